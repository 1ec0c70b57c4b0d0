package se.arena.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.arena.identity.RateLimits;
import se.arena.network.Network;
import se.arena.web.FormErrors;

/**
 * How often a requester may make Arena e-mail an address of their choosing: a confirmation link
 * from the public form, a seat offered to a colleague, the mails of an appointment. What must hold
 * across nodes is counted in the database from the rows those requests leave; the client address
 * is counted per node in memory. These are rate limits, not invariants: two requests at the same
 * moment may both pass the last free slot.
 */
@Component
class MailLimits {

    private static final String BUSY = "Det har kommit många förfrågningar från din uppkoppling den senaste timmen. "
            + "Vänta en stund och försök igen.";
    private static final String ADDRESS_BUSY = "Vi har redan skickat flera mejl till den adressen den senaste timmen. "
            + "Vänta en stund och försök igen.";

    private final RegistrationRepository registrations;
    private final RateLimits rateLimits;
    private final RegistrationProperties properties;
    private final Clock clock;

    MailLimits(RegistrationRepository registrations, RateLimits rateLimits, RegistrationProperties properties, Clock clock) {
        this.registrations = registrations;
        this.rateLimits = rateLimits;
        this.properties = properties;
        this.clock = clock;
    }

    /** A registration from the public form, which e-mails a confirmation link to the typed address. */
    Optional<FormErrors> refuseRegistration(Network network, String email, String client) {
        if (!clientMayAsk(client)) {
            return refusal("form", BUSY);
        }
        if (registrations.mailsRequestedTo(email, since()) >= properties.mailsPerAddressPerHour()) {
            return refusal("email", ADDRESS_BUSY);
        }
        if (registrations.confirmationsRequestedIn(network.id(), since()) >= properties.pendingPerNetworkPerHour()) {
            return refusal("form", "Många har anmält sig till nätverket den senaste timmen, så vi tar emot fler anmälningar "
                    + "om en stund. Försök igen senare, eller logga in med din e-postadress så kan du anmäla dig direkt.");
        }
        return Optional.empty();
    }

    /** A seat offered to a colleague, who is e-mailed the offer; {@code field} is where the form shows the refusal. */
    Optional<FormErrors> refuseOffer(long seatRegistrationId, String colleagueEmail, String client, String field) {
        if (!clientMayAsk(client)) {
            return refusal(field, BUSY);
        }
        if (registrations.offersFrom(seatRegistrationId, since()) >= properties.offersPerSeatPerHour()) {
            return refusal(field, "Platsen har erbjudits flera gånger den senaste timmen. Vänta en stund innan den erbjuds igen.");
        }
        if (registrations.mailsRequestedTo(colleagueEmail, since()) >= properties.mailsPerAddressPerHour()) {
            return refusal(field, ADDRESS_BUSY);
        }
        return Optional.empty();
    }

    /** A coordinator's appointment, which e-mails each person appointed. */
    Optional<FormErrors> refuseAppointment(long accountId, String client) {
        if (!clientMayAsk(client)) {
            return refusal("name0", BUSY);
        }
        if (registrations.appointmentsRecordedBy(accountId, since()) >= properties.appointmentsPerAccountPerHour()) {
            return refusal("name0", "Du har utsett representanter många gånger den senaste timmen. Vänta en stund och försök igen.");
        }
        return Optional.empty();
    }

    private boolean clientMayAsk(String client) {
        return rateLimits.tryAcquire("registration-mail:ip:" + client, properties.requestsPerClientPerHour(),
                RegistrationProperties.LIMIT_WINDOW);
    }

    private Instant since() {
        return clock.instant().minus(RegistrationProperties.LIMIT_WINDOW);
    }

    private static Optional<FormErrors> refusal(String field, String message) {
        return Optional.of(new FormErrors().add(field, message));
    }
}
