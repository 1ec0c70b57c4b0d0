package se.arena.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import se.arena.ArenaProperties;
import se.arena.identity.Coordinators;
import se.arena.identity.Role;
import se.arena.identity.StaffMembers;
import se.arena.network.Invitation;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkContact;
import se.arena.notification.MailText;
import se.arena.notification.Outbox;
import se.arena.notification.PersonalLink;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;

/**
 * The e-mails a seat decision sends: to the person it concerns, and to their organisation's
 * coordinators. Names typed on a form go out only as {@link MailText} leaves them, since a
 * stranger chose many of these addresses.
 */
@Component
class RegistrationMails {

    private final Outbox outbox;
    private final Coordinators coordinators;
    private final ArenaProperties arena;
    private final StaffMembers staff;
    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;

    RegistrationMails(Outbox outbox, Coordinators coordinators, ArenaProperties arena, StaffMembers staff,
                      NetworkCatalogue catalogue, OrganisationDirectory organisations) {
        this.outbox = outbox;
        this.coordinators = coordinators;
        this.arena = arena;
        this.staff = staff;
        this.catalogue = catalogue;
        this.organisations = organisations;
    }

    /** @param manageLink the person's new personal link, or null when the e-mail carries none */
    void send(Network network, Registration registration, String template, String subject, PersonalLink manageLink) {
        outbox.enqueue(registration.email(), subject, template, model(network, registration, manageLink));
    }

    /**
     * Asks the person to confirm a registration from the public form. Everything in it is the
     * network's; nothing typed on the form, since whoever typed it chose the address too.
     */
    void sendConfirmationRequest(Network network, Registration pending, PersonalLink confirmLink) {
        Map<String, Object> model = new HashMap<>();
        model.put("network", network.title());
        model.put("period", network.period());
        model.put("fee", network.feeDescription());
        model.put("holdsSeat", pending.hold().seat());
        model.put("expires", pending.hold().expiresLabel());
        model.put("confirmLink", confirmLink);
        model.put("networkLink", arena.baseUrl() + "/natverk/" + network.slug());
        outbox.enqueue(pending.email(), "Bekräfta din anmälan: " + network.title(), "registration-confirm", model);
    }

    /** The waitlisted person got a seat; when it holds only from a later year, the e-mail says from when. */
    void sendPromoted(Network network, Registration registration, Integer laterFirstYear) {
        Map<String, Object> model = model(network, registration, null);
        model.put("fromYear", laterFirstYear);
        outbox.enqueue(registration.email(), "Du har fått en plats: " + network.title(), "registration-promoted", model);
    }

    /** @param organisation the name of the organisation that replaces the holder, or null when the holder offers the seat */
    void sendTransferOffer(Network network, Registration holder, String colleagueEmail, PersonalLink acceptLink,
                           String organisation) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", organisation);
        // the colleague is greeted without the name the holder typed, and the holder named only as MailText allows
        model.put("holder", MailText.name(holder.name()));
        model.put("network", network.title());
        model.put("period", network.period());
        model.put("fee", network.feeDescription());
        model.put("acceptLink", acceptLink);
        outbox.enqueue(colleagueEmail, "Du har erbjudits en plats: " + network.title(), "registration-transfer-offer", model);
    }

    /** The organisation's coordinators learn who registered in its name, and whether they got a seat. */
    void tellCoordinators(Network network, Registration registration) {
        for (String coordinator : coordinators.emailsOf(registration.organisationId())) {
            if (coordinator.equalsIgnoreCase(registration.email())) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("person", Objects.requireNonNullElse(MailText.name(registration.name()), "En person"));
            model.put("personTitle", MailText.words(registration.title(), MailText.NAME_LENGTH));
            model.put("status", registration.status().label());
            model.put("network", network.title());
            model.put("networkLink", arena.baseUrl() + "/natverk/" + network.slug());
            outbox.enqueue(coordinator, "Ny anmälan från er organisation: " + network.title(), "registration-coordinator", model);
        }
    }

    /**
     * Staff learn of a decision the moment it is recorded, each recipient once per decision however
     * many people it appoints: the network's contact people who have staff accounts, since they
     * follow the network; when none has one, every handläggare (role STAFF); and when there is no
     * handläggare, the administrators, so that a decision never goes unnoticed.
     */
    void tellStaffOfAppointment(Network network, Appointment appointment, List<Registration> appointed) {
        List<String> contacts = catalogue.publicInvitation(network.slug()).map(Invitation::contacts).orElse(List.of())
                .stream().map(NetworkContact::email).toList();
        List<String> recipients = staff.staffAmong(contacts);
        String reason = "Du får det här meddelandet eftersom du är kontaktperson för nätverket.";
        if (recipients.isEmpty()) {
            recipients = staff.withRole(Role.STAFF);
            reason = "Du får det här meddelandet eftersom nätverket saknar en kontaktperson med konto i Arena.";
        }
        if (recipients.isEmpty()) {
            recipients = staff.withRole(Role.ADMIN);
        }
        String organisation = organisations.findAll(List.of(appointment.organisationId())).stream().map(Organisation::name)
                .findFirst().orElse("En organisation");
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", organisation);
        model.put("network", network.title());
        model.put("decision", appointment.label());
        model.put("people", appointed.stream().map(person -> person.name() + " (" + person.status().label() + ")").toList());
        model.put("listLink", arena.baseUrl() + "/admin/natverk/" + network.id() + "/anmalningar");
        model.put("reason", reason);
        for (String recipient : recipients) {
            outbox.enqueue(recipient, "Beslut om representanter: " + organisation + " i " + network.title(),
                    "registration-appointment-staff", model);
        }
    }

    private Map<String, Object> model(Network network, Registration registration, PersonalLink manageLink) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", MailText.name(registration.name()));
        model.put("network", network.title());
        model.put("period", network.period());
        model.put("fee", network.feeDescription());
        model.put("networkLink", arena.baseUrl() + "/natverk/" + network.slug());
        model.put("manageLink", manageLink);
        model.put("signInLink", arena.baseUrl() + "/logga-in");
        return model;
    }
}
