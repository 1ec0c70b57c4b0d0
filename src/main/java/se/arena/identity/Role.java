package se.arena.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What an account may do. A staff admin is also staff; the other roles are separate. */
public enum Role {
    ADMIN("Administratör"),
    STAFF("Handläggare"),
    COORDINATOR("Kontaktperson"),
    PARTICIPANT("Deltagare");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isStaff() {
        return this == ADMIN || this == STAFF;
    }

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
