package se.arena.organisation;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;

/** Looks up member organisations; the module's public entry point for other modules. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final OrganisationRepository organisations;

    OrganisationDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Paged<Organisation> search(OrganisationFilter filter, int page, int pageSize) {
        return organisations.search(filter, page, pageSize);
    }

    /** The organisations with these ids, in Swedish alphabetical order; unknown ids are left out. */
    public List<Organisation> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : organisations.findAll(ids);
    }

    /** Every member, in Swedish alphabetical order, for choosing one in a form. */
    public List<Organisation> all() {
        return organisations.search(OrganisationFilter.of(null, null, null), 1, Integer.MAX_VALUE).items();
    }

    public List<County> counties() {
        return organisations.counties();
    }

    public long count(OrganisationType type) {
        return organisations.count(type);
    }
}
