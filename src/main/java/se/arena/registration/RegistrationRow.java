package se.arena.registration;

import se.arena.organisation.Organisation;

/** A registration as staff see it in a list: with its organisation's name and county. */
public record RegistrationRow(Registration registration, Organisation organisation) {
}
