package se.arena.registration;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.DemoYaml;
import se.arena.SecretTokens;
import se.arena.identity.Coordinators;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkFilter;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.privacy.Actor;

import static se.arena.DemoYaml.list;
import static se.arena.DemoYaml.map;
import static se.arena.DemoYaml.number;
import static se.arena.DemoYaml.optional;
import static se.arena.DemoYaml.text;

/**
 * The demo's people, from {@code demo-registrations.yaml}, after the networks and accounts are
 * loaded: registrations in the running civil-society network and in its 2027–2030 successor,
 * added as staff add people (confirmed at once, to a seat or the waitlist); a board decision that
 * Karlskoga's coordinator records to appoint its representatives; and in the running demo network
 * a re-confirmation round for the coming year, opened by staff, with some answers. Everything goes
 * through this module's services, so the e-mails, accounts and audit events are the real ones.
 */
@Component
@Order(115)
@ConditionalOnDemoContent
class RegistrationDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistrationDemoContent.class);

    private final Registrations registrations;
    private final Renewals renewals;
    private final NetworkCatalogue networks;
    private final OrganisationDirectory organisations;
    private final Coordinators coordinators;
    private final DemoContentLedger ledger;
    private final Clock clock;

    RegistrationDemoContent(Registrations registrations, Renewals renewals, NetworkCatalogue networks,
                            OrganisationDirectory organisations, Coordinators coordinators, DemoContentLedger ledger, Clock clock) {
        this.registrations = registrations;
        this.renewals = renewals;
        this.networks = networks;
        this.organisations = organisations;
        this.coordinators = coordinators;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> entries = DemoYaml.entries(RegistrationDemoContent.class, "demo-registrations.yaml", "networks");
        if (ledger.loadOnce("registrations", () -> load(entries))) {
            log.info("Demo content: registrations, an appointment and a re-confirmation round loaded");
        }
    }

    private void load(List<Map<String, Object>> entries) {
        Map<String, Organisation> members = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::name, Function.identity(), (first, second) -> first));
        for (Map<String, Object> entry : entries) {
            Optional<Network> found = network(text(entry, "slug"));
            if (found.isEmpty()) {
                log.warn("Demo content: no network {} for the demo's registrations", entry.get("slug"));
                continue;
            }
            Network network = found.get();
            Map<String, Object> appointment = map(entry, "appointment");
            if (appointment != null) {
                appoint(network, appointment, members);
            }
            for (Map<String, Object> person : list(entry, "people")) {
                registrations.addByStaff(network, newRegistration(network, members.get(text(person, "organisation")).id(), person),
                        Actor.system());
            }
            Map<String, Object> renewal = map(entry, "renewal");
            if (renewal != null) {
                openRenewal(network, renewal);
            }
        }
    }

    /** The organisation's coordinator records the decision, as on the organisation's "Utse representanter" page. */
    private void appoint(Network network, Map<String, Object> appointment, Map<String, Organisation> members) {
        Organisation organisation = members.get(text(appointment, "organisation"));
        Actor coordinator = coordinators.actorsOf(organisation.id()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo's appointment needs a coordinator for " + organisation.name()));
        LocalDate decidedOn = today().minusDays(number(appointment, "decidedDaysAgo"));
        List<NewRegistration> people = list(appointment, "people").stream()
                .map(person -> newRegistration(network, organisation.id(), person)).toList();
        registrations.appoint(network, new Appointment(network.id(), organisation.id(), text(appointment, "decidedBy"), decidedOn,
                text(appointment, "reference").replace("{year}", Integer.toString(decidedOn.getYear())),
                optional(appointment, "note")), people, "demo-appointment-" + network.slug(), coordinator);
    }

    /**
     * Staff open the round for the coming year; a seat holder answers through their own request,
     * and staff answer for another after a phone call. The rest is left for the demo's visitors.
     */
    private void openRenewal(Network network, Map<String, Object> renewal) {
        Optional<Integer> year = renewals.yearToAsk(network);
        if (year.isEmpty()) {
            log.warn("Demo content: {} has no coming year to re-confirm", network.title());
            return;
        }
        RenewalRound round = renewals.open(network, year.get(), today().plusDays(number(renewal, "deadlineDaysFromToday")),
                Actor.system());
        List<RenewalSeat> seats = renewals.seats(round);
        for (Map<String, Object> answer : list(renewal, "answers")) {
            RenewalSeat seat = seats.stream().filter(candidate -> candidate.name().equals(text(answer, "name"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No seat of " + answer.get("name") + " in the demo's round"));
            Map<Long, SeatChoice> choice = Map.of(seat.registrationId(), SeatChoice.of(RenewalAnswer.valueOf(text(answer, "answer"))));
            if ("holder".equals(answer.get("by"))) {
                RenewalRequest request = renewals.requests(round).stream().filter(candidate -> candidate.covers(seat)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No request for " + seat.name() + " in the demo's round"));
                renewals.answer(network, round, request, choice, new Actor(null, request.recipientEmail(), null));
            } else {
                renewals.answer(network, round, null, choice, Actor.system());
            }
        }
    }

    /** A slug with {firstYear} and {lastYear} in it names a network whose period is set when the demo is loaded. */
    private Optional<Network> network(String slug) {
        Pattern pattern = Pattern.compile(Pattern.quote(slug).replace("{firstYear}", "\\E\\d{4}\\Q").replace("{lastYear}", "\\E\\d{4}\\Q"));
        return networks.publicNetworks(new NetworkFilter(null, null, false)).stream()
                .filter(network -> pattern.matcher(network.slug()).matches()).findFirst();
    }

    private static NewRegistration newRegistration(Network network, long organisationId, Map<String, Object> person) {
        String name = text(person, "name");
        String email = person.get("email") != null ? text(person, "email") : emailOf(name);
        ParticipantKind kind = person.get("kind") != null ? ParticipantKind.valueOf(text(person, "kind")) : ParticipantKind.CIVIL_SERVANT;
        return new NewRegistration(network.id(), organisationId, email, name, optional(person, "title"), kind, null, null, null,
                optional(person, "invoiceAddress"), optional(person, "invoiceReference"), null,
                Phase.parse(optional(person, "phase")).orElse(null), SecretTokens.newToken());
    }

    /** "Linnea Sjöberg" is linnea.sjoberg@example.org. */
    static String emailOf(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.strip().replaceAll("[^a-z]+", ".") + "@example.org";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
