package se.arena.registration;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.arena.identity.ResourceOwnership;
import se.arena.identity.SignedInUser;

/**
 * A coordinator reaches one of an organisation's people (a registration, on the organisation's
 * pages as {@code /organisation/{organisationId}/deltagare/{personId}}) only for an organisation
 * they act for. Separate from {@link RegistrationOwnership}, which lets only the person themselves
 * reach their own registration's pages.
 */
@Component
class OrganisationPersonOwnership implements ResourceOwnership {

    private final RegistrationRepository registrations;

    OrganisationPersonOwnership(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public String pathVariable() {
        return "personId";
    }

    @Override
    public boolean mayAccess(Optional<SignedInUser> user, String id) {
        return user.isPresent() && id != null && id.matches("\\d{1,18}")
                && registrations.findById(Long.parseLong(id))
                        .filter(registration -> user.get().mayAccessOrganisation(registration.organisationId()))
                        .isPresent();
    }
}
