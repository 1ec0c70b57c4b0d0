package se.arena.identity.internal;

import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;
import se.arena.identity.Role;
import se.arena.notification.Outbox;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditActions;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/** What staff admins do with accounts; every change is audited and ends the account's sessions. */
@Service
class AccountAdministration {

    private final AccountRepository accounts;
    private final AccountSetUp setUp;
    private final SessionTermination sessions;
    private final Outbox outbox;
    private final AuditLog audit;

    AccountAdministration(AccountRepository accounts, AccountSetUp setUp, SessionTermination sessions,
                          Outbox outbox, AuditLog audit) {
        this.accounts = accounts;
        this.setUp = setUp;
        this.sessions = sessions;
        this.outbox = outbox;
        this.audit = audit;
    }

    Paged<Account> search(String text, Role role, int page) {
        return accounts.search(text, role, page, 50);
    }

    List<Account> searchAll(String text, Role role) {
        return accounts.search(text, role, 1, Integer.MAX_VALUE).items();
    }

    Optional<Account> find(long id) {
        return accounts.findById(id);
    }

    boolean emailTaken(String email, Long exceptAccountId) {
        return accounts.findByEmail(email).filter(found -> !Long.valueOf(found.id()).equals(exceptAccountId)).isPresent();
    }

    /** Creates the account; staff get a set-up link by e-mail, the others sign in by e-mail link when they like. */
    @Transactional
    public long create(AccountForm form, Actor admin) {
        long id = accounts.insert(form.email(), form.displayName());
        accounts.updateProfile(id, form.displayName(), form.title(), form.phone());
        accounts.replaceRoles(id, form.roles());
        accounts.replaceOrganisations(id, form.organisationIds());
        audit.record(new AuditEvent(admin, AuditActions.ACCOUNT_CREATED, "account", Long.toString(id),
                "Konto skapat för " + form.email().strip() + " med roller " + labels(form.roles())));
        if (form.roles().stream().anyMatch(Role::isStaff)) {
            sendSetUpLink(id, admin);
        }
        return id;
    }

    @Transactional
    public void update(long id, AccountForm form, Actor admin) {
        Account before = accounts.findById(id).orElseThrow();
        accounts.updateProfile(id, form.displayName(), form.title(), form.phone());
        audit.record(new AuditEvent(admin, AuditActions.PERSONAL_DATA_CHANGED, "account", Long.toString(id),
                "Namn, titel eller telefon ändrade av administratör"));
        if (!before.roles().equals(form.roles()) || !before.organisationIds().equals(form.organisationIds())) {
            accounts.replaceRoles(id, form.roles());
            accounts.replaceOrganisations(id, form.organisationIds());
            audit.record(new AuditEvent(admin, AuditActions.ROLE_CHANGED, "account", Long.toString(id),
                    "Roller " + labels(before.roles()) + " → " + labels(form.roles())
                            + ", organisationer " + before.organisationIds() + " → " + form.organisationIds()));
            sessions.endAllSessionsOf(id);
        }
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, Actor admin) {
        accounts.setEnabled(id, enabled);
        audit.record(new AuditEvent(admin, enabled ? AuditActions.ACCOUNT_ENABLED : AuditActions.ACCOUNT_DISABLED,
                "account", Long.toString(id), enabled ? "Kontot aktiverat" : "Kontot avstängt"));
        if (!enabled) {
            sessions.endAllSessionsOf(id);
        }
    }

    @Transactional
    public void sendSetUpLink(long id, Actor admin) {
        Account account = accounts.findById(id).orElseThrow();
        outbox.enqueue(account.email(), "Välkommen till Arena – välj lösenord", "staff-set-up-link",
                Map.of("link", setUp.issueLink(id), "validDays", (int) AccountSetUp.LINK_VALIDITY.toDays(),
                        "name", account.displayName()));
        audit.record(new AuditEvent(admin, AuditActions.SET_UP_LINK_SENT, "account", Long.toString(id),
                "Länk för att välja lösenord och koppla autentiseringsapp skickad"));
    }

    private static String labels(Set<Role> roles) {
        return roles.isEmpty() ? "(inga)" : roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }

    /** What the account form holds, after parsing. */
    public record AccountForm(@Size(max = 320) String email, @Size(max = 200) String displayName, @Size(max = 200) String title,
                              @Size(max = 40) String phone, Set<Role> roles, Set<Long> organisationIds) {

        static Set<Role> parseRoles(List<String> names) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (names != null) {
                for (String name : names) {
                    for (Role role : Role.values()) {
                        if (role.name().equals(name)) {
                            roles.add(role);
                        }
                    }
                }
            }
            return roles;
        }
    }
}
