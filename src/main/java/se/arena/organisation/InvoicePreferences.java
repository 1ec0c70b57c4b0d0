package se.arena.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/**
 * Whether an organisation gets one invoice for its people in a network or one invoice per person
 * (some municipalities pay each participant from the budget of the person's own unit). Staff set
 * it when the organisation asks; without a choice it is one invoice for the organisation.
 */
@Service
public class InvoicePreferences {

    public static final String PREFERENCE_CHANGED = "INVOICE_PREFERENCE_CHANGED";

    private final PreferenceRepository preferences;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    InvoicePreferences(PreferenceRepository preferences, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.preferences = preferences;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public boolean isPerPerson(long organisationId) {
        return preferences.perPerson(organisationId).orElse(false);
    }

    /** Those of the organisations that want an invoice per person. */
    public Set<Long> perPerson(Collection<Long> organisationIds) {
        return preferences.perPerson(organisationIds);
    }

    /**
     * Records the organisation's choice; choosing what is already chosen changes nothing.
     *
     * @return false when nothing changed
     */
    public boolean choose(Organisation organisation, boolean perPerson, Actor staff) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                Optional<Boolean> current = preferences.perPerson(organisation.id());
                if (current.orElse(false) == perPerson) {
                    return false;
                }
                if (current.isPresent()) {
                    preferences.update(organisation.id(), perPerson, staff.label(), clock.instant());
                } else {
                    preferences.insert(organisation.id(), perPerson, staff.label(), clock.instant());
                }
                audit.record(new AuditEvent(staff, PREFERENCE_CHANGED, "organisation", Long.toString(organisation.id()),
                        organisation.name() + (perPerson ? " faktureras med en faktura per person"
                                : " faktureras med en faktura för organisationen")));
                return true;
            }));
        } catch (DuplicateKeyException chosenByAnotherRequestJustNow) {
            // a colleague (or a second click) made the same first choice a moment before
            return false;
        }
    }
}
