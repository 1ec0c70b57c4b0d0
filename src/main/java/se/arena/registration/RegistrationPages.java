package se.arena.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.SecretTokens;
import se.arena.identity.SignedInUser;
import se.arena.network.Invitation;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.InvoicePreferences;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationType;
import se.arena.registration.FirstMeetingDates.FirstMeeting;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;
import static se.arena.web.FormValues.orEmpty;

/**
 * The public registration form of a network, its receipt, the confirmation behind the e-mailed
 * link, and the personal page behind the link sent once it is confirmed.
 */
@Controller
class RegistrationPages {

    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;
    private final Registrations registrations;
    private final SeatTransfers transfers;
    private final MailLimits limits;
    private final InvoicePreferences invoicePreferences;
    private final Clock clock;
    private final RegistrationSeatCounts seatCounts;
    private final FirstMeetingDates meetings;

    RegistrationPages(NetworkCatalogue catalogue, OrganisationDirectory organisations, Registrations registrations,
                      SeatTransfers transfers, MailLimits limits, InvoicePreferences invoicePreferences, Clock clock,
                      RegistrationSeatCounts seatCounts, FirstMeetingDates meetings) {
        this.seatCounts = seatCounts;
        this.meetings = meetings;
        this.limits = limits;
        this.invoicePreferences = invoicePreferences;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.registrations = registrations;
        this.transfers = transfers;
        this.clock = clock;
    }

    /**
     * With ?organisation=… (from the network page's seat check) the organisation is chosen. The
     * person is asked for an invoice address only when the organisation wants an invoice per
     * person; the organisation's own invoice details are then filled in, only for its coordinators
     * and staff. Signed in, the person's own name and address are filled in.
     */
    @GetMapping("/natverk/{slug}/anmalan")
    String form(@PathVariable String slug, @RequestParam(name = "organisation", required = false) String organisation,
                Model model) {
        Invitation invitation = invitation(slug);
        Optional<SignedInUser> user = SignedInUser.current();
        String chosen = organisation != null && organisation.matches("\\d{1,18}")
                && admits(invitation.network(), Long.valueOf(organisation)) ? organisation : "";
        InvoiceDetails invoice = chosen.isEmpty() || !mayKnowOrganisation(user, Long.parseLong(chosen))
                ? new InvoiceDetails("", "")
                : registrations.knownInvoiceDetails(Long.parseLong(chosen)).orElse(new InvoiceDetails("", ""));
        model.addAttribute("form", new RegistrationForm(chosen, user.map(SignedInUser::displayName).orElse(""), "",
                ParticipantKind.CIVIL_SERVANT.name(), "", "", "", user.map(SignedInUser::email).orElse(""), invoice.address(),
                orEmpty(invoice.reference()), "", "", false, SecretTokens.newToken()));
        return page(model, invitation);
    }

    /**
     * Someone signed in with the address they register is confirmed at once; anyone else's
     * registration waits for the confirmation link e-mailed to the address, within the limits on
     * how often a stranger may make Arena e-mail an address.
     */
    @PostMapping("/natverk/{slug}/anmalan")
    String register(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
        Invitation invitation = invitation(slug);
        Network network = invitation.network();
        RegistrationForm form = read(request, network.asksPhase());
        model.addAttribute("form", form);
        if (!network.acceptsRegistrations(LocalDate.now(clock))) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, invitation);
        }
        FormErrors errors = form.validate(network.asksPhase());
        Optional<FirstMeeting> firstMeeting = meetings.of(network).filter(FirstMeeting::offersChoice);
        if (firstMeeting.isPresent() && !form.preferredDate().isBlank() && !firstMeeting.get().dates().contains(form.preferredDate())) {
            errors.add("preferredDate", "Datumen har ändrats sedan du öppnade formuläret. Välj ett av dem som finns nu.");
        }
        if (errors.isEmpty() && !admits(network, form.organisation())) {
            errors.add("organisationId", "Nätverket är öppet för " + network.admits().toLowerCase() + ". Välj en sådan organisation.");
        }
        requireOwnInvoiceDetails(form, errors);
        if (!RegistrationForm.isSubmissionKey(form.submissionKey())) {
            errors.add("form", "Formuläret är för gammalt. Kontrollera uppgifterna och skicka igen.");
            model.addAttribute("form", withNewKey(form));
        }
        if (!errors.isEmpty()) {
            return refuse(model, response, invitation, errors, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        String receipt = "redirect:/natverk/" + slug + "/anmalan/kvitto/" + form.submissionKey();
        if (registrations.findBySubmissionKey(network, form.submissionKey()).isPresent()) {
            return receipt;
        }
        NewRegistration registration = form.toNew(network.id());
        boolean proven = SignedInUser.current().filter(user -> user.email().equalsIgnoreCase(registration.email())).isPresent();
        if (!proven) {
            Optional<FormErrors> refused = limits.refuseRegistration(network, registration.email(), request.getRemoteAddr());
            if (refused.isPresent()) {
                return refuse(model, response, invitation, refused.get(), HttpStatus.TOO_MANY_REQUESTS);
            }
        }
        try {
            if (proven) {
                registrations.register(network, registration);
            } else {
                registrations.registerPending(network, registration);
            }
        } catch (AlreadyRegisteredException alreadyRegistered) {
            return refuse(model, response, invitation, new FormErrors().add("email", "Den här e-postadressen är redan anmäld "
                    + "till nätverket. Använd länken i mejlet du fick för att bekräfta eller se din anmälan."), HttpStatus.CONFLICT);
        }
        return receipt;
    }

    /**
     * What became of the registration. The key is in the form's HTML, so the page shows nothing
     * the person did not type themselves, except to the organisation's coordinators and staff:
     * they also see who holds the organisation's seats.
     */
    @GetMapping("/natverk/{slug}/anmalan/kvitto/{key}")
    String receipt(@PathVariable String slug, @PathVariable String key, Model model) {
        Invitation invitation = invitation(slug);
        Registration registration = registrations.findBySubmissionKey(invitation.network(), key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).registration();
        Confirmation state = Confirmation.of(registration, clock.instant());
        boolean withoutSeat = state == Confirmation.WAITLIST || state == Confirmation.AWAITING && !registration.hold().seat();
        model.addAttribute("network", invitation.network());
        model.addAttribute("invitation", invitation);
        model.addAttribute("registration", registration);
        model.addAttribute("state", state);
        model.addAttribute("organisation", organisation(registration.organisationId()));
        boolean toldWhoHoldsTheSeats = withoutSeat && mayKnowOrganisation(SignedInUser.current(), registration.organisationId());
        model.addAttribute("seatHolders", toldWhoHoldsTheSeats
                ? registrations.seatHoldersOf(invitation.network(), registration.organisationId())
                : List.of());
        model.addAttribute("seatYears", toldWhoHoldsTheSeats
                ? seatCounts.seatsTaken(invitation.network(), registration.organisationId())
                : List.of());
        return "registration/receipt";
    }

    /** Shows a button rather than confirming: mail scanners open links, and GET never changes state. */
    @GetMapping("/anmalan/bekrafta/{token}")
    String confirmation(@PathVariable String token, HttpServletResponse response, Model model) {
        Registration registration = registrations.findByConfirmationToken(token).orElse(null);
        Confirmation state = Confirmation.of(registration, clock.instant());
        response.setStatus(state.status.value());
        model.addAttribute("state", state);
        model.addAttribute("registration", registration);
        model.addAttribute("token", token);
        if (registration != null) {
            model.addAttribute("network", catalogue.find(registration.networkId()).orElseThrow());
            model.addAttribute("organisation", organisation(registration.organisationId()));
        }
        return "registration/confirm";
    }

    /** Confirms under the network's lock; a second click finds it confirmed and changes nothing. */
    @PostMapping("/anmalan/bekrafta/{token}")
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<Registration> pending = registrations.findByConfirmationToken(token);
        if (pending.isEmpty()) {
            return confirmation(token, response, model);
        }
        registrations.confirm(catalogue.find(pending.get().networkId()).orElseThrow(), pending.get());
        return "redirect:/anmalan/bekrafta/" + token;
    }

    /** Where a registration stands, as its receipt and its confirmation link's page tell it. */
    enum Confirmation {
        UNKNOWN(HttpStatus.NOT_FOUND, "Länken gäller inte"),
        AWAITING(HttpStatus.OK, "Bekräfta din anmälan"),
        EXPIRED(HttpStatus.GONE, "Tiden för att bekräfta har gått ut"),
        SEAT(HttpStatus.OK, "Du är anmäld"),
        WAITLIST(HttpStatus.OK, "Du står på väntelistan"),
        ENDED(HttpStatus.OK, "Anmälan är avslutad");

        private final HttpStatus status;
        private final String heading;

        Confirmation(HttpStatus status, String heading) {
            this.status = status;
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }

        static Confirmation of(Registration registration, Instant now) {
            if (registration == null) {
                return UNKNOWN;
            }
            return switch (registration.status()) {
                case PENDING -> registration.awaitsConfirmation(now) ? AWAITING : EXPIRED;
                case EXPIRED -> EXPIRED;
                case CONFIRMED -> SEAT;
                case WAITLISTED -> WAITLIST;
                case CANCELLED, TRANSFERRED -> ENDED;
            };
        }
    }

    /**
     * The personal page of a registration, by its e-mailed link or, signed in, from "Mina sidor"
     * (where {@link RegistrationOwnership} lets only the address's owner in).
     */
    @GetMapping({"/anmalan/{token}", "/mina-sidor/anmalningar/{registrationId}"})
    String manage(@PathVariable(required = false) String token, @PathVariable(required = false) Long registrationId,
                  Model model) {
        Managed managed = managed(token, registrationId);
        Registration registration = managed.registration();
        Network network = catalogue.find(registration.networkId()).orElseThrow();
        model.addAttribute("registration", registration);
        model.addAttribute("network", network);
        model.addAttribute("organisation", organisation(registration.organisationId()));
        model.addAttribute("previousHolders", transfers.previousHolders(registration));
        model.addAttribute("seatYears", registrations.seatYears(registration));
        model.addAttribute("path", managed.path());
        model.addAttribute("invoicePerPerson", invoicesPerPerson(registration.organisationId()));
        if (!model.containsAttribute("details")) {
            model.addAttribute("details", new RegistrationForm("", registration.name(), orEmpty(registration.title()),
                    registration.kind().name(), orEmpty(registration.address()), orEmpty(registration.phone()),
                    orEmpty(registration.mobile()), registration.email(), orEmpty(registration.invoiceAddress()),
                    orEmpty(registration.invoiceReference()), "", "", true, ""));
        }
        if (!model.containsAttribute("colleagueName")) {
            model.addAttribute("colleagueName", "");
            model.addAttribute("colleagueEmail", "");
        }
        return "registration/manage";
    }

    @PostMapping({"/anmalan/{token}/uppgifter", "/mina-sidor/anmalningar/{registrationId}/uppgifter"})
    String correctDetails(@PathVariable(required = false) String token, @PathVariable(required = false) Long registrationId,
                          HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Managed managed = managed(token, registrationId);
        Registration registration = managed.registration();
        RegistrationForm typed = read(request, false);
        // only the correctable fields are taken from the form; the rest are the registration's own, the invoice
        // details too unless the organisation wants an invoice per person (the page asks for them only then)
        boolean ownInvoice = invoicesPerPerson(registration.organisationId());
        RegistrationForm details = new RegistrationForm(Long.toString(registration.organisationId()), registration.name(),
                typed.title(), registration.kind().name(), typed.address(), typed.phone(), typed.mobile(),
                registration.email(), ownInvoice ? typed.invoiceAddress() : orEmpty(registration.invoiceAddress()),
                ownInvoice ? typed.invoiceReference() : orEmpty(registration.invoiceReference()), "", "", true, "");
        FormErrors errors = details.validate();
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            model.addAttribute("details", details);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return manage(token, registrationId, model);
        }
        registrations.correctDetails(registration, details, request.getRemoteAddr());
        redirect.addFlashAttribute("message", "Dina uppgifter är sparade.");
        return "redirect:" + managed.path();
    }

    @PostMapping({"/anmalan/{token}/overlat", "/mina-sidor/anmalningar/{registrationId}/overlat"})
    String offerTransfer(@PathVariable(required = false) String token, @PathVariable(required = false) Long registrationId,
                         HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Managed managed = managed(token, registrationId);
        Registration registration = managed.registration();
        String name = value(request, "colleagueName").strip();
        String email = value(request, "colleagueEmail").strip().toLowerCase(java.util.Locale.ROOT);
        FormErrors errors = FormErrors.checking(new SeatChoice(RenewalAnswer.TRANSFERRED, name, email));
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            errors.add("colleagueName", "Bara en bekräftad plats kan överlåtas.");
        }
        HttpStatus refusal = HttpStatus.UNPROCESSABLE_CONTENT;
        if (name.isEmpty()) {
            errors.add("colleagueName", "Skriv kollegans namn.");
        }
        if (!FormErrors.isEmail(email)) {
            errors.add("colleagueEmail", "Skriv kollegans e-postadress.");
        } else if (email.equalsIgnoreCase(registration.email())) {
            errors.add("colleagueEmail", "Skriv kollegans adress, inte din egen.");
        }
        if (errors.isEmpty()) {
            Optional<FormErrors> refused = limits.refuseOffer(registration.id(), email, request.getRemoteAddr(), "colleagueEmail");
            if (refused.isPresent()) {
                errors = refused.get();
                refusal = HttpStatus.TOO_MANY_REQUESTS;
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            model.addAttribute("colleagueName", value(request, "colleagueName"));
            model.addAttribute("colleagueEmail", value(request, "colleagueEmail"));
            response.setStatus(refusal.value());
            return manage(token, registrationId, model);
        }
        transfers.offer(catalogue.find(registration.networkId()).orElseThrow(), registration, name, email);
        redirect.addFlashAttribute("message", "Vi har skickat ett mejl till " + email + ". Platsen går över när "
                + name + " har tagit emot den; fram till dess är den din.");
        return "redirect:" + managed.path();
    }

    @GetMapping("/anmalan/overlatelse/{token}")
    String transferPage(@PathVariable String token, Model model) {
        SeatTransfer transfer = transfers.find(token).orElse(null);
        if (transfer == null) {
            model.addAttribute("transfer", null);
            return "registration/transfer";
        }
        Registration holder = registrations.find(transfer.registrationId()).orElseThrow();
        model.addAttribute("form", new RegistrationForm(Long.toString(holder.organisationId()), transfer.colleagueName(), "",
                ParticipantKind.CIVIL_SERVANT.name(), "", "", "", transfer.colleagueEmail(), orEmpty(holder.invoiceAddress()),
                orEmpty(holder.invoiceReference()), "", "", false, SecretTokens.newToken()));
        return transferPage(model, token, transfer, holder);
    }

    @PostMapping("/anmalan/overlatelse/{token}")
    String acceptTransfer(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        SeatTransfer transfer = transfers.find(token).orElse(null);
        if (transfer == null) {
            model.addAttribute("transfer", null);
            response.setStatus(HttpStatus.GONE.value());
            return "registration/transfer";
        }
        Registration holder = registrations.find(transfer.registrationId()).orElseThrow();
        Network network = catalogue.find(holder.networkId()).orElseThrow();
        RegistrationForm typed = read(request, false);
        // the colleague takes over the seat for the same organisation, so the holder's answer on its phase goes with it
        RegistrationForm form = new RegistrationForm(Long.toString(holder.organisationId()), typed.name(), typed.title(),
                typed.kind(), typed.address(), typed.phone(), typed.mobile(), transfer.colleagueEmail(), typed.invoiceAddress(),
                typed.invoiceReference(), "", holder.phase() == null ? "" : holder.phase().name(), typed.consent(),
                SecretTokens.newToken());
        FormErrors errors = requireOwnInvoiceDetails(form, form.validate());
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors.asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return transferPage(model, token, transfer, holder);
        }
        try {
            Optional<Registration> taken = transfers.accept(network, transfer, form.toNew(network.id()));
            if (taken.isEmpty()) {
                model.addAttribute("transfer", null);
                response.setStatus(HttpStatus.GONE.value());
                return "registration/transfer";
            }
        } catch (AlreadyRegisteredException alreadyRegistered) {
            model.addAttribute("form", form);
            model.addAttribute("errors", new FormErrors().add("name",
                    "Du är redan anmäld till nätverket och kan inte ta emot ytterligare en plats.").asMap());
            response.setStatus(HttpStatus.CONFLICT.value());
            return transferPage(model, token, transfer, holder);
        }
        return "redirect:/natverk/" + network.slug() + "/anmalan/kvitto/" + form.submissionKey();
    }

    private String transferPage(Model model, String token, SeatTransfer transfer, Registration holder) {
        model.addAttribute("transfer", transfer);
        model.addAttribute("holder", holder);
        model.addAttribute("network", catalogue.find(holder.networkId()).orElseThrow());
        model.addAttribute("organisation", organisation(holder.organisationId()));
        model.addAttribute("kinds", ParticipantKind.values());
        model.addAttribute("token", token);
        model.addAttribute("invoicePerPerson", invoicesPerPerson(holder.organisationId()));
        return "registration/transfer";
    }

    @PostMapping({"/anmalan/{token}/avboka", "/mina-sidor/anmalningar/{registrationId}/avboka"})
    String cancel(@PathVariable(required = false) String token, @PathVariable(required = false) Long registrationId) {
        Managed managed = managed(token, registrationId);
        registrations.cancel(catalogue.find(managed.registration().networkId()).orElseThrow(), managed.registration());
        return "redirect:" + managed.path();
    }

    /** A registration and the address of its personal page, however the person reached it. */
    private record Managed(Registration registration, String path) {
    }

    private Managed managed(String token, Long registrationId) {
        if (token != null) {
            return new Managed(registrations.findByManageToken(token)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), "/anmalan/" + token);
        }
        Registration registration = registrations.find(registrationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Managed(registration, "/mina-sidor/anmalningar/" + registration.id());
    }

    private String refuse(Model model, HttpServletResponse response, Invitation invitation, FormErrors errors, HttpStatus status) {
        model.addAttribute("errors", errors.asMap());
        response.setStatus(status.value());
        return page(model, invitation);
    }

    /**
     * Whether the organisation wants one invoice per person: then, and only then, a person gives
     * their own invoice address and reference. Otherwise the invoice goes to the invoice details
     * the organisation keeps, and nobody registering is asked for them.
     */
    private boolean invoicesPerPerson(Long organisationId) {
        return organisationId != null && invoicePreferences.isPerPerson(organisationId);
    }

    private FormErrors requireOwnInvoiceDetails(RegistrationForm form, FormErrors errors) {
        if (invoicesPerPerson(form.organisation())) {
            if (form.invoiceAddress() == null || form.invoiceAddress().isBlank()) {
                errors.add("invoiceAddress", "Din organisation vill ha en faktura per deltagare. Skriv adressen din faktura ska till.");
            }
            if (form.invoiceReference() == null || form.invoiceReference().isBlank()) {
                errors.add("invoiceReference", "Skriv referensen som ska stå på din faktura, till exempel din enhets kod.");
            }
        }
        return errors;
    }

    /** Whether the visitor may see what Arena knows of the organisation: its coordinators and staff. */
    private static boolean mayKnowOrganisation(Optional<SignedInUser> user, long organisationId) {
        return user.isPresent() && user.get().mayAccessOrganisation(organisationId);
    }

    private String page(Model model, Invitation invitation) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("network", invitation.network());
        model.addAttribute("open", invitation.network().acceptsRegistrations(LocalDate.now(clock)));
        model.addAttribute("organisations", organisations.all().stream()
                .filter(organisation -> admits(invitation.network(), organisation.type())).toList());
        model.addAttribute("kinds", ParticipantKind.values());
        model.addAttribute("phases", invitation.network().asksPhase() ? Phase.values() : new Phase[0]);
        model.addAttribute("signedInEmail", SignedInUser.current().map(SignedInUser::email).orElse(null));
        model.addAttribute("firstMeeting", meetings.of(invitation.network()).orElse(null));
        model.addAttribute("invoicePerPerson", model.getAttribute("form") instanceof RegistrationForm form
                && invoicesPerPerson(form.organisation()));
        return "registration/form";
    }

    private Invitation invitation(String slug) {
        return catalogue.publicInvitation(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Organisation organisation(long id) {
        return organisations.findAll(List.of(id)).stream().findFirst().orElseThrow();
    }

    private boolean admits(Network network, Long organisationId) {
        Optional<Organisation> organisation = organisations.findAll(List.of(organisationId)).stream().findFirst();
        return organisation.isPresent() && admits(network, organisation.get().type());
    }

    private static boolean admits(Network network, OrganisationType type) {
        return type == OrganisationType.MUNICIPALITY ? network.admitsMunicipalities() : network.admitsRegions();
    }

    private static RegistrationForm withNewKey(RegistrationForm form) {
        return new RegistrationForm(form.organisationId(), form.name(), form.title(), form.kind(), form.address(),
                form.phone(), form.mobile(), form.email(), form.invoiceAddress(), form.invoiceReference(),
                form.preferredDate(), form.phase(), form.consent(), SecretTokens.newToken());
    }

    /** @param phaseAsked whether the form asked for the phase; an answer to a question not asked is not taken */
    private static RegistrationForm read(HttpServletRequest request, boolean phaseAsked) {
        return new RegistrationForm(value(request, "organisationId"), value(request, "name"), value(request, "title"),
                value(request, "kind"), value(request, "address"), value(request, "phone"), value(request, "mobile"),
                value(request, "email"), value(request, "invoiceAddress"), value(request, "invoiceReference"),
                value(request, "preferredDate"), phaseAsked ? value(request, "phase") : "", request.getParameter("consent") != null,
                value(request, "submissionKey"));
    }

}
