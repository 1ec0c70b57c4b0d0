package se.arena.registration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code arena.registration.*} that guard the registration pages against a stranger
 * with a script: how long an unconfirmed registration is held, and how often one may make Arena
 * e-mail an address of their choosing. Every limit counts over the last hour.
 *
 * @param confirmationHold            how long a registration from the public form is held for its confirmation
 * @param requestsPerClientPerHour    registrations, seat offers and appointments from one client address (per node)
 * @param mailsPerAddressPerHour      confirmation links and seat offers e-mailed to one address
 * @param pendingPerNetworkPerHour    registrations from the public form in one network
 * @param offersPerSeatPerHour        seat offers made for one seat
 * @param appointmentsPerAccountPerHour appointments a coordinator records
 */
@ConfigurationProperties("arena.registration")
record RegistrationProperties(
        Duration confirmationHold,
        Integer requestsPerClientPerHour,
        Integer mailsPerAddressPerHour,
        Integer pendingPerNetworkPerHour,
        Integer offersPerSeatPerHour,
        Integer appointmentsPerAccountPerHour) {

    static final Duration LIMIT_WINDOW = Duration.ofHours(1);

    RegistrationProperties {
        confirmationHold = confirmationHold == null ? Duration.ofHours(48) : confirmationHold;
        requestsPerClientPerHour = requestsPerClientPerHour == null ? 30 : requestsPerClientPerHour;
        mailsPerAddressPerHour = mailsPerAddressPerHour == null ? 3 : mailsPerAddressPerHour;
        pendingPerNetworkPerHour = pendingPerNetworkPerHour == null ? 50 : pendingPerNetworkPerHour;
        offersPerSeatPerHour = offersPerSeatPerHour == null ? 3 : offersPerSeatPerHour;
        appointmentsPerAccountPerHour = appointmentsPerAccountPerHour == null ? 10 : appointmentsPerAccountPerHour;
        if (confirmationHold.isNegative() || confirmationHold.isZero()) {
            throw new IllegalArgumentException("arena.registration.confirmation-hold must be positive");
        }
    }
}
