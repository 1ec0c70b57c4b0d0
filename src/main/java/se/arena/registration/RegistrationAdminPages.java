package se.arena.registration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.SecretTokens;
import se.arena.identity.Coordinators;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationType;
import se.arena.web.ExportTable;
import se.arena.web.FormErrors;
import se.arena.web.SwedishTime;
import se.arena.web.TableExport;

import static se.arena.web.FormValues.value;
import static se.arena.web.FormValues.orEmpty;

/** Staff follow a network's registrations: who has a seat, who waits, which organisations take part. */
@Controller
class RegistrationAdminPages {

    private final NetworkCatalogue catalogue;
    private final Registrations registrations;
    private final SeatTransfers transfers;
    private final OrganisationDirectory organisations;
    private final TableExport export;
    private final Coordinators coordinators;
    private final RegistrationSeatCounts seatCounts;

    RegistrationAdminPages(NetworkCatalogue catalogue, Registrations registrations, SeatTransfers transfers,
                           OrganisationDirectory organisations, TableExport export, Coordinators coordinators,
                           RegistrationSeatCounts seatCounts) {
        this.seatCounts = seatCounts;
        this.transfers = transfers;
        this.coordinators = coordinators;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.organisations = organisations;
        this.export = export;
    }

    @GetMapping("/admin/natverk/{networkId}/anmalningar")
    String list(@PathVariable long networkId, @RequestParam(name = "q", required = false) String text,
                @RequestParam(name = "status", required = false) String status, Model model) {
        Network network = network(networkId);
        List<RegistrationRow> all = rows(network);
        List<RegistrationRow> shown = filter(all, text, parseStatus(status));
        List<RegistrationRow> confirmed = all.stream().filter(row -> row.registration().status() == RegistrationStatus.CONFIRMED).toList();
        model.addAttribute("network", network);
        model.addAttribute("rows", shown);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RegistrationForm.empty(""));
        }
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("kinds", ParticipantKind.values());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("query", text == null ? "" : text);
        model.addAttribute("status", parseStatus(status));
        model.addAttribute("statuses", RegistrationStatus.values());
        model.addAttribute("seatYears", seatCounts.inNetwork(network));
        model.addAttribute("waitlistedCount", all.stream().filter(row -> row.registration().status() == RegistrationStatus.WAITLISTED).count());
        model.addAttribute("pendingCount", all.stream().filter(row -> row.registration().status() == RegistrationStatus.PENDING).count());
        model.addAttribute("municipalities", confirmed.stream().filter(row -> row.organisation().type() == OrganisationType.MUNICIPALITY)
                .map(row -> row.organisation().id()).distinct().count());
        model.addAttribute("regions", confirmed.stream().filter(row -> row.organisation().type() == OrganisationType.REGION)
                .map(row -> row.organisation().id()).distinct().count());
        model.addAttribute("byCounty", confirmed.stream().collect(Collectors.groupingBy(row -> row.organisation().county().name(),
                java.util.TreeMap::new, Collectors.counting())));
        return "registration/admin-list";
    }

    @GetMapping("/admin/natverk/{networkId}/anmalningar/export")
    ResponseEntity<byte[]> export(@PathVariable long networkId, @RequestParam(name = "q", required = false) String text,
                                  @RequestParam(name = "status", required = false) String status,
                                  @RequestParam(name = "format", defaultValue = "csv") String format) {
        Network network = network(networkId);
        List<RegistrationRow> shown = filter(rows(network), text, parseStatus(status));
        Map<Long, Appointment> decisions = registrations.decisionsOf(shown.stream().map(RegistrationRow::registration).toList());
        List<List<String>> rows = shown.stream().map(row -> {
            Registration registration = row.registration();
            Optional<Appointment> decision = Optional.ofNullable(decisions.get(registration.id()));
            return List.of(registration.name(), orEmpty(registration.title()), registration.email(),
                    row.organisation().name(), row.organisation().county().name(), registration.kind().label(),
                    registration.status().label(), orEmpty(registration.phone()), orEmpty(registration.mobile()),
                    orEmpty(registration.address()), orEmpty(registration.preferredDate()),
                    registration.phase() == null ? "" : registration.phase().label(),
                    orEmpty(registration.invoiceAddress()), orEmpty(registration.invoiceReference()),
                    decision.map(Appointment::decidedBy).orElse(""),
                    decision.map(appointment -> appointment.decidedOn().toString()).orElse(""),
                    decision.map(Appointment::reference).orElse(""),
                    SwedishTime.iso(registration.createdAt()));
        }).toList();
        return export.download(new ExportTable("anmalningar-" + network.slug(), List.of("Namn", "Titel", "E-post",
                "Organisation", "Län", "Deltar som", "Status", "Telefon", "Mobil", "Adress", "Önskat datum", "Fas", "Fakturaadress",
                "Fakturareferens", "Beslutande organ", "Beslutsdatum", "Diarienummer", "Anmäld"), rows), format);
    }

    /** One organisation's part in all networks: its people, their status, and who coordinates for it. */
    @GetMapping("/admin/organisationer/{organisationId}")
    String organisation(@PathVariable long organisationId, Model model) {
        Organisation organisation = knownOrganisation(organisationId);
        List<Registration> all = registrations.allOfOrganisation(organisationId);
        Map<Long, Network> networks = networksOf(all);
        model.addAttribute("organisation", organisation);
        model.addAttribute("registrations", all);
        model.addAttribute("networks", networks);
        model.addAttribute("seatYears", all.stream().filter(registration -> registration.status().isActive())
                .map(Registration::networkId).distinct().filter(networks::containsKey)
                .collect(Collectors.toMap(Function.identity(), id -> seatCounts.seatsTaken(networks.get(id), organisationId),
                        (first, second) -> first, java.util.LinkedHashMap::new)));
        model.addAttribute("coordinators", coordinators.emailsOf(organisationId));
        return "registration/admin-organisation";
    }

    /** The organisation page's registrations in all networks, as the page lists them. */
    @GetMapping("/admin/organisationer/{organisationId}/anmalningar/export")
    ResponseEntity<byte[]> exportOrganisation(@PathVariable long organisationId,
                                              @RequestParam(name = "format", defaultValue = "csv") String format) {
        knownOrganisation(organisationId);
        List<Registration> all = registrations.allOfOrganisation(organisationId);
        Map<Long, Network> networks = networksOf(all);
        List<List<String>> rows = all.stream().map(registration -> List.of(networks.get(registration.networkId()).title(),
                registration.name(), registration.email(), registration.status().label())).toList();
        return export.download(new ExportTable("anmalningar-organisation-" + organisationId,
                List.of("Nätverk", "Namn", "E-post", "Status"), rows), format);
    }

    /** Staff add someone, also after the deadline or when registration is closed. */
    @PostMapping("/admin/natverk/{networkId}/anmalningar/ny")
    String add(@PathVariable long networkId, HttpServletRequest request, HttpServletResponse response, Model model,
               RedirectAttributes redirect) {
        Network network = network(networkId);
        RegistrationForm form = new RegistrationForm(value(request, "organisationId"), value(request, "name"),
                value(request, "title"), value(request, "kind"), "", value(request, "phone"), "", value(request, "email"),
                "", "", "", network.asksPhase() ? value(request, "phase") : "", true, SecretTokens.newToken());
        FormErrors errors = form.validate();
        if (errors.isEmpty()) {
            try {
                RegistrationResult result = registrations.addByStaff(network, form.toNew(network.id()), SignedInUser.actor(request));
                redirect.addFlashAttribute("message", result.registration().name() + " är tillagd med status "
                        + result.registration().status().label().toLowerCase(Locale.ROOT) + " och har fått ett mejl.");
                return "redirect:/admin/natverk/" + networkId + "/anmalningar";
            } catch (AlreadyRegisteredException alreadyRegistered) {
                errors.add("email", "Den här e-postadressen är redan anmäld till nätverket.");
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return list(networkId, null, null, model);
    }

    /** One person's registration: every detail editable by staff, with the seat's years and history. */
    @GetMapping("/admin/natverk/{networkId}/anmalningar/{registrationId}")
    String edit(@PathVariable long networkId, @PathVariable long registrationId, Model model) {
        Network network = network(networkId);
        Registration registration = registration(networkId, registrationId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RegistrationForm(Long.toString(registration.organisationId()), registration.name(),
                    orEmpty(registration.title()), registration.kind().name(), orEmpty(registration.address()),
                    orEmpty(registration.phone()), orEmpty(registration.mobile()), registration.email(),
                    orEmpty(registration.invoiceAddress()), orEmpty(registration.invoiceReference()), "", "", true, ""));
        }
        model.addAttribute("network", network);
        model.addAttribute("registration", registration);
        model.addAttribute("organisation", organisations.findAll(List.of(registration.organisationId())).getFirst());
        model.addAttribute("kinds", ParticipantKind.values());
        model.addAttribute("seatYears", registrations.seatYears(registration));
        model.addAttribute("previousHolders", transfers.previousHolders(registration));
        model.addAttribute("hasWorkingLink", registrations.hasWorkingLink(registration));
        model.addAttribute("decision", registrations.decisionsOf(List.of(registration)).get(registration.id()));
        return "registration/admin-edit";
    }

    /** Stops the person's personal links, e.g. one forwarded by mistake; they can have a new one sent to their own address. */
    @PostMapping("/admin/natverk/{networkId}/anmalningar/{registrationId}/sparra-lank")
    String revokeLinks(@PathVariable long networkId, @PathVariable long registrationId, HttpServletRequest request,
                       RedirectAttributes redirect) {
        Registration registration = registration(networkId, registrationId);
        registrations.revokeLinks(network(networkId), registration, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Den personliga länken för " + registration.name()
                + " är spärrad. Hen kan be om en ny, som skickas till anmälans e-postadress.");
        return "redirect:/admin/natverk/" + networkId + "/anmalningar/" + registrationId;
    }

    @PostMapping("/admin/natverk/{networkId}/anmalningar/{registrationId}")
    String save(@PathVariable long networkId, @PathVariable long registrationId, HttpServletRequest request,
                HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Registration registration = registration(networkId, registrationId);
        RegistrationForm form = new RegistrationForm(Long.toString(registration.organisationId()), value(request, "name"),
                value(request, "title"), value(request, "kind"), value(request, "address"), value(request, "phone"),
                value(request, "mobile"), value(request, "email"), value(request, "invoiceAddress"),
                value(request, "invoiceReference"), "", "", true, "");
        FormErrors errors = form.validate();
        if (errors.isEmpty()) {
            try {
                registrations.correctDetailsByStaff(registration, form, SignedInUser.actor(request));
                redirect.addFlashAttribute("message", "Uppgifterna för " + form.name().strip() + " är sparade.");
                return "redirect:/admin/natverk/" + networkId + "/anmalningar";
            } catch (AlreadyRegisteredException alreadyRegistered) {
                errors.add("email", "Den e-postadressen har redan en anmälan i nätverket.");
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return edit(networkId, registrationId, model);
    }

    @PostMapping("/admin/natverk/{networkId}/anmalningar/{registrationId}/ge-plats")
    String promote(@PathVariable long networkId, @PathVariable long registrationId, HttpServletRequest request,
                   RedirectAttributes redirect) {
        Network network = network(networkId);
        Registration registration = registration(networkId, registrationId);
        boolean promoted = registrations.promoteByStaff(network, registration, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", promoted
                ? registration.name() + " har fått en plats och ett mejl om det."
                : "Det finns ingen ledig plats för " + registration.name() + ": organisationen har redan sina platser eller nätverket är fullt. Avboka någon först.");
        return "redirect:/admin/natverk/" + networkId + "/anmalningar";
    }

    /** Staff confirm a registration from the public form for the person, e.g. after a phone call; audited. */
    @PostMapping("/admin/natverk/{networkId}/anmalningar/{registrationId}/bekrafta")
    String confirm(@PathVariable long networkId, @PathVariable long registrationId, HttpServletRequest request,
                   RedirectAttributes redirect) {
        Network network = network(networkId);
        Registration registration = registration(networkId, registrationId);
        if (registration.status() != RegistrationStatus.PENDING) {
            redirect.addFlashAttribute("message", registration.name() + " väntar inte på bekräftelse.");
            return "redirect:/admin/natverk/" + networkId + "/anmalningar";
        }
        Registration confirmed = registrations.confirmByStaff(network, registration, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", confirmed.status().isActive()
                ? registration.name() + " är bekräftad med status " + confirmed.status().label().toLowerCase(Locale.ROOT)
                        + " och har fått ett mejl."
                : "Tiden för att bekräfta " + registration.name() + " har gått ut. Lägg till personen på nytt om hen ska vara med.");
        return "redirect:/admin/natverk/" + networkId + "/anmalningar";
    }

    @PostMapping("/admin/natverk/{networkId}/anmalningar/{registrationId}/avboka")
    String cancel(@PathVariable long networkId, @PathVariable long registrationId, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Network network = network(networkId);
        Registration registration = registration(networkId, registrationId);
        registrations.cancelByStaff(network, registration, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", registration.name() + " är avbokad. En frigjord plats har gått till väntelistan.");
        return "redirect:/admin/natverk/" + networkId + "/anmalningar";
    }

    private List<RegistrationRow> rows(Network network) {
        List<Registration> all = registrations.allOf(network);
        Map<Long, Organisation> byId = organisations.findAll(all.stream().map(Registration::organisationId).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        return all.stream().map(registration -> new RegistrationRow(registration, byId.get(registration.organisationId()))).toList();
    }

    private static List<RegistrationRow> filter(List<RegistrationRow> rows, String text, RegistrationStatus status) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.forLanguageTag("sv-SE"));
        return rows.stream()
                .filter(row -> status == null || row.registration().status() == status)
                .filter(row -> needle.isEmpty()
                        || (row.registration().name() + " " + row.registration().email() + " " + row.organisation().name())
                        .toLowerCase(Locale.forLanguageTag("sv-SE")).contains(needle))
                .toList();
    }

    private Registration registration(long networkId, long registrationId) {
        return registrations.find(registrationId)
                .filter(found -> found.networkId() == networkId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Organisation knownOrganisation(long id) {
        return organisations.findAll(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<Long, Network> networksOf(List<Registration> listed) {
        return listed.stream().map(Registration::networkId).distinct()
                .map(catalogue::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Network::id, Function.identity()));
    }

    private Network network(long id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static RegistrationStatus parseStatus(String value) {
        for (RegistrationStatus status : RegistrationStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
