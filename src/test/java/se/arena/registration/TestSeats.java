package se.arena.registration;

import java.util.UUID;

import se.arena.network.Network;

/** Gives people confirmed seats through the registration module's own rules, for other modules' tests. */
public record TestSeats(Registrations registrations) {

    /** Registers the person in the network; the test's network must leave room for a seat. */
    public Registration seat(Network network, long organisationId, String email, String name) {
        return seat(network, organisationId, email, name, null);
    }

    /** As {@link #seat(Network, long, String, String)}, with the person's answer on where the organisation stands in the work. */
    public Registration seat(Network network, long organisationId, String email, String name, Phase phase) {
        return register(network, organisationId, email, name, phase, RegistrationStatus.CONFIRMED);
    }

    /** Registers the person in a network that has no seat left for them, so that they wait. */
    public Registration waitlisted(Network network, long organisationId, String email, String name) {
        return register(network, organisationId, email, name, null, RegistrationStatus.WAITLISTED);
    }

    private Registration register(Network network, long organisationId, String email, String name, Phase phase,
                                  RegistrationStatus expected) {
        String key = "seat-" + UUID.randomUUID().toString().replace("-", "");
        Registration registration = registrations.register(network, new NewRegistration(network.id(), organisationId, email, name,
                "Utvecklingsstrateg", ParticipantKind.CIVIL_SERVANT, null, null, null, null, null, null, phase, key)).registration();
        if (registration.status() != expected) {
            throw new IllegalStateException("The test network gave " + email + " " + registration.status() + ", not " + expected);
        }
        return registration;
    }
}
