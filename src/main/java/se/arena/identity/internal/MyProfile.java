package se.arena.identity.internal;

import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.identity.SignedInUser;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditActions;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.web.FormErrors;

@Service
class MyProfile {

    private final AccountRepository accounts;
    private final AuditLog audit;

    MyProfile(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    Account account(long accountId) {
        return accounts.findById(accountId).orElseThrow();
    }

    @Transactional
    public void update(SignedInUser user, ProfileForm form, String ipAddress) {
        accounts.updateProfile(user.accountId(), form.displayName(), form.title(), form.phone());
        audit.record(new AuditEvent(new Actor(user.accountId(), user.email(), ipAddress),
                AuditActions.PERSONAL_DATA_CHANGED, "account", Long.toString(user.accountId()),
                "Egna kontaktuppgifter ändrade"));
    }

    /** The contact details a person keeps up to date themselves. */
    public record ProfileForm(@Size(max = 200) String displayName, @Size(max = 200) String title, @Size(max = 40) String phone) {

        FormErrors validate() {
            FormErrors errors = FormErrors.checking(this);
            if (displayName == null || displayName.isBlank()) {
                errors.add("displayName", "Skriv ditt namn.");
            }
            if (phone != null && !phone.isBlank() && !FormErrors.isPhone(phone)) {
                errors.add("phone", "Skriv ett svenskt telefonnummer, till exempel 08-123 456 78 eller 070-123 45 67.");
            }
            return errors;
        }
    }
}
