package se.arena.registration;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.arena.ArenaProperties;
import se.arena.identity.Coordinators;
import se.arena.network.Network;
import se.arena.notification.Outbox;
import se.arena.notification.PersonalLink;

/** The e-mails a seat decision sends: to the person it concerns, and to their organisation's coordinators. */
@Component
class RegistrationMails {

    private final Outbox outbox;
    private final Coordinators coordinators;
    private final ArenaProperties arena;

    RegistrationMails(Outbox outbox, Coordinators coordinators, ArenaProperties arena) {
        this.outbox = outbox;
        this.coordinators = coordinators;
        this.arena = arena;
    }

    /** @param manageToken the person's new personal link, or null when the e-mail carries none */
    void send(Network network, Registration registration, String template, String subject, String manageToken) {
        outbox.enqueue(registration.email(), subject, template, model(network, registration, manageToken));
    }

    /** The waitlisted person got a seat; when it holds only from a later year, the e-mail says from when. */
    void sendPromoted(Network network, Registration registration, Integer laterFirstYear) {
        Map<String, Object> model = model(network, registration, null);
        model.put("fromYear", laterFirstYear);
        outbox.enqueue(registration.email(), "Du har fått en plats: " + network.title(), "registration-promoted", model);
    }

    void sendTransferOffer(Network network, Registration holder, String colleagueName, String colleagueEmail, String token) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", colleagueName);
        model.put("holder", holder.name());
        model.put("network", network.title());
        model.put("period", network.period());
        model.put("fee", network.feeDescription());
        model.put("acceptLink", new PersonalLink(arena.baseUrl() + "/anmalan/overlatelse/" + token, "seat-transfer",
                Long.toString(holder.id())));
        outbox.enqueue(colleagueEmail, "Du har erbjudits en plats: " + network.title(), "registration-transfer-offer", model);
    }

    /** The organisation's coordinators learn who registered in its name, and whether they got a seat. */
    void tellCoordinators(Network network, Registration registration) {
        for (String coordinator : coordinators.emailsOf(registration.organisationId())) {
            if (coordinator.equalsIgnoreCase(registration.email())) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("person", registration.name());
            model.put("personTitle", registration.title());
            model.put("status", registration.status().label());
            model.put("network", network.title());
            model.put("networkLink", arena.baseUrl() + "/natverk/" + network.slug());
            outbox.enqueue(coordinator, "Ny anmälan från er organisation: " + network.title(), "registration-coordinator", model);
        }
    }

    private Map<String, Object> model(Network network, Registration registration, String manageToken) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", registration.name());
        model.put("network", network.title());
        model.put("period", network.period());
        model.put("fee", network.feeDescription());
        model.put("networkLink", arena.baseUrl() + "/natverk/" + network.slug());
        model.put("manageLink", manageToken == null ? null
                : new PersonalLink(arena.baseUrl() + "/anmalan/" + manageToken, "registration", Long.toString(registration.id())));
        model.put("signInLink", arena.baseUrl() + "/logga-in");
        return model;
    }
}
