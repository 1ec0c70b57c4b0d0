package se.arena.registration;

/**
 * An organisation left a network: every seat and waitlist place it had there has ended. Modules
 * that give a network's people something (places on its meetings and webcasts) end it too.
 * Published in the transaction that ends the registrations, so it is never lost or sent for a
 * leaving that did not happen.
 */
public record OrganisationLeftNetwork(long networkId, long organisationId) {
}
