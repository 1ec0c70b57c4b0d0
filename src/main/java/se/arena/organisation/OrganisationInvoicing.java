package se.arena.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/**
 * Where each organisation wants its invoices: the invoice details its coordinators and staff keep
 * for the whole organisation. Invoice runs read them; every change is audited.
 */
@Service
public class OrganisationInvoicing {

    public static final String DETAILS_CHANGED = "INVOICE_DETAILS_CHANGED";

    private final InvoiceDetailsRepository details;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OrganisationInvoicing(InvoiceDetailsRepository details, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.details = details;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Optional<OrganisationInvoiceDetails> detailsOf(long organisationId) {
        return details.find(organisationId);
    }

    /** The details of those of the organisations that have any, by organisation id. */
    public Map<Long, OrganisationInvoiceDetails> detailsOf(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return details.findAll(organisationIds).stream()
                .collect(Collectors.toMap(OrganisationInvoiceDetails::organisationId, Function.identity()));
    }

    /**
     * Saves what the form says; saving what is already stored changes nothing and is not audited.
     *
     * @param form a form whose {@link InvoiceDetailsForm#validate()} found nothing wrong
     * @return false when nothing changed
     */
    public boolean save(Organisation organisation, InvoiceDetailsForm form, Actor actor) {
        if (!form.validate().isEmpty()) {
            throw new IllegalArgumentException("Only valid invoice details are saved");
        }
        OrganisationInvoiceDetails wanted = form.toDetails(organisation.id());
        try {
            return saveLocked(organisation, wanted, actor);
        } catch (DuplicateKeyException firstSavedByAnotherRequestJustNow) {
            // the row exists now: save again over it, under its lock
            return saveLocked(organisation, wanted, actor);
        }
    }

    private boolean saveLocked(Organisation organisation, OrganisationInvoiceDetails wanted, Actor actor) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Optional<OrganisationInvoiceDetails> stored = details.lock(organisation.id());
            List<String> changed = changes(stored, wanted);
            if (changed.isEmpty()) {
                return false;
            }
            if (stored.isPresent()) {
                details.update(wanted, actor.label(), clock.instant());
            } else {
                details.insert(wanted, actor.label(), clock.instant());
            }
            // the log names what changed, not the values: an address may name a person
            audit.record(new AuditEvent(actor, DETAILS_CHANGED, "organisation", Long.toString(organisation.id()),
                    "Fakturauppgifter för " + organisation.name() + ": " + String.join(", ", changed)));
            return true;
        }));
    }

    private static List<String> changes(Optional<OrganisationInvoiceDetails> stored, OrganisationInvoiceDetails wanted) {
        OrganisationInvoiceDetails before = stored.orElse(new OrganisationInvoiceDetails(wanted.organisationId(), null, null, null,
                null, null, null, null, null, null));
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.additionalLine(), wanted.additionalLine()) || !Objects.equals(before.street(), wanted.street())
                || !Objects.equals(before.postalCode(), wanted.postalCode()) || !Objects.equals(before.city(), wanted.city())) {
            changed.add("adress");
        }
        if (!Objects.equals(before.reference(), wanted.reference())) {
            changed.add("referens");
        }
        if (!Objects.equals(before.peppolId(), wanted.peppolId())) {
            changed.add("Peppol-id");
        }
        if (!Objects.equals(before.gln(), wanted.gln())) {
            changed.add("GLN");
        }
        return changed;
    }
}
