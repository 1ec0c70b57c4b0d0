package se.arena.registration;

import java.util.List;

/** People an organisation appoints who hold, wait for or claim a place in the network for another organisation. */
class RegisteredElsewhereException extends RuntimeException {

    private final List<String> emails;

    RegisteredElsewhereException(List<String> emails) {
        super("Registered in the network for another organisation");
        this.emails = List.copyOf(emails);
    }

    List<String> emails() {
        return emails;
    }
}
