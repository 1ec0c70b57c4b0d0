package se.arena.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.SecretTokens;
import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A registration from the public form waits for the person's confirmation: what its hold counts,
 * what happens when it runs out, who skips the confirmation, what staff can do, and how often a
 * stranger may make Arena e-mail an address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationConfirmationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    Registrations registrations;

    @Autowired
    ParticipationYears participationYears;

    @Autowired
    ConfirmationHoldJobs holdJobs;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixTime() {
        clock.set(Instant.now());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anExpiredHoldStopsCountingAtOnceItsLinkSaysSoAndConfirmingThenGivesTheSeatToTheWaitlist() throws Exception {
        Network network = networks().open(1, null, "");
        String stranger = email();
        String key = key();
        mvc.perform(PublicForm.submit(network, stranger, karlskoga(), key, "Sena Svensson")).andExpect(status().is3xxRedirection());
        SignedInUser waiting = participant(900_101);
        signedIn(network, waiting, "Väntande Person");
        assertThat(statusOf(network, waiting.email())).isEqualTo("WAITLISTED");
        String link = form().confirmationLink(stranger);

        clock.advance(Duration.ofHours(48).plusMinutes(1));
        assertThat(statusOf(network, stranger)).isEqualTo("PENDING");
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(karlskoga())))
                .andExpect(content().string(containsString("Karlskoga har 1 av 1 plats kvar 20")));
        mvc.perform(get(link)).andExpect(status().isGone())
                .andExpect(content().string(allOf(containsString("Tiden för att bekräfta har gått ut"),
                        containsString("href=\"/natverk/" + network.slug() + "/anmalan\""), not(containsString("<button")))));
        mvc.perform(get("/natverk/" + network.slug() + "/anmalan/kvitto/" + key))
                .andExpect(content().string(allOf(containsString("Tiden för att bekräfta har gått ut"),
                        not(containsString("Öppna länken i mejlet")))));

        mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl(link));
        assertThat(statusOf(network, stranger)).isEqualTo("EXPIRED");
        assertThat(statusOf(network, waiting.email())).isEqualTo("CONFIRMED");
        assertThat(new Mailbox(jdbc).countTo(stranger)).isEqualTo(1);
        assertThat(new Mailbox(jdbc).latestTextTo(waiting.email())).hasValueSatisfying(text -> assertThat(text).contains("fått"));

        // the address may register again
        mvc.perform(PublicForm.submit(network, stranger, karlskoga(), key(), "Sena Svensson")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM registration WHERE network_id = :id AND email = :email")
                .param("id", network.id()).param("email", stranger).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theHourlyJobEndsHoldsNobodyConfirmedAndGivesTheirSeatsToTheWaitlist() throws Exception {
        Network network = networks().open(1, null, "");
        String stranger = email();
        mvc.perform(PublicForm.submit(network, stranger, karlskoga(), key(), "Sena Svensson"));
        SignedInUser waiting = participant(900_102);
        signedIn(network, waiting, "Väntande Person");

        clock.advance(Duration.ofHours(47));
        holdJobs.endExpiredHolds();
        assertThat(statusOf(network, stranger)).isEqualTo("PENDING");

        clock.advance(Duration.ofHours(2));
        holdJobs.endExpiredHolds();
        assertThat(statusOf(network, stranger)).isEqualTo("EXPIRED");
        assertThat(statusOf(network, waiting.email())).isEqualTo("CONFIRMED");
    }

    @Test
    void whenTheOrganisationsSeatsAreTakenTheConfirmationJoinsTheWaitlistBehindThoseWhoJoinedBefore() throws Exception {
        Network network = networks().open(1, null, "");
        new TestSeats(registrations).seat(network, karlskoga(), email(), "Platsinnehavare");
        String late = email();
        String key = key();
        mvc.perform(PublicForm.submit(network, late, karlskoga(), key, "Sen Bekräftare"));
        mvc.perform(get("/natverk/" + network.slug() + "/anmalan/kvitto/" + key))
                .andExpect(content().string(allOf(containsString("Bekräfta din anmälan"),
                        containsString("Organisationens platser är tagna"), not(containsString("Platsinnehavare")))));
        assertThat(new Mailbox(jdbc).latestTextTo(late)).hasValueSatisfying(text ->
                assertThat(text).contains("Alla platser är tagna just nu"));

        SignedInUser queued = participant(900_103);
        signedIn(network, queued, "Köad Före");
        clock.advance(Duration.ofMinutes(5));
        form().confirm(late);
        assertThat(statusOf(network, late)).isEqualTo("WAITLISTED");
        assertThat(new Mailbox(jdbc).latestTextTo(late)).hasValueSatisfying(text ->
                assertThat(text).contains("Du står på väntelistan", "/anmalan/"));

        Registration holder = registrations.allOf(network).getFirst();
        registrations.cancel(network, holder);
        assertThat(statusOf(network, queued.email())).isEqualTo("CONFIRMED");
        assertThat(statusOf(network, late)).isEqualTo("WAITLISTED");
    }

    @Test
    void someoneSignedInWithTheAddressTheyRegisterIsConfirmedAtOnceAndAnyOtherAddressWaits() throws Exception {
        Network network = networks().open(2, null, "");
        SignedInUser person = participant(900_104);
        mvc.perform(get("/natverk/" + network.slug() + "/anmalan").with(TestSignIn.as(person)))
                .andExpect(content().string(allOf(containsString("value=\"" + person.email() + "\""),
                        containsString("Anmäler du dig med den adressen gäller anmälan direkt"))));
        signedIn(network, person, "Inloggad Person");
        assertThat(statusOf(network, person.email())).isEqualTo("CONFIRMED");

        String colleague = email();
        mvc.perform(PublicForm.submit(network, colleague, karlskoga(), key(), "Kollega").with(TestSignIn.as(person)))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(network, colleague)).isEqualTo("PENDING");
    }

    @Test
    void staffFindPendingRegistrationsAndConfirmOneOnThePersonsBehalfAudited() throws Exception {
        Network network = networks().open(2, null, "");
        String person = email();
        mvc.perform(PublicForm.submit(network, person, karlskoga(), key(), "Telefon Tina"));
        String list = "/admin/natverk/" + network.id() + "/anmalningar";
        SignedInUser staff = new SignedInUser(900_105, "personal@example.org", "Personal", Set.of(Role.STAFF), Set.of(),
                clock.instant());
        mvc.perform(get(list).param("status", "PENDING").with(TestSignIn.as(staff)))
                .andExpect(content().string(allOf(containsString("Telefon Tina"), containsString("Väntar på bekräftelse"),
                        containsString("Håller en plats till"), containsString("Bekräfta anmälan för Telefon Tina"))));
        mvc.perform(get(list).param("status", "CONFIRMED").with(TestSignIn.as(staff)))
                .andExpect(content().string(not(containsString("Telefon Tina"))));

        long id = registrations.allOf(network).getFirst().id();
        mvc.perform(post(list + "/" + id + "/bekrafta").with(csrf()).with(TestSignIn.as(staff)))
                .andExpect(redirectedUrl(list)).andExpect(flash().attribute("message", containsString("är bekräftad")));
        assertThat(statusOf(network, person)).isEqualTo("CONFIRMED");
        assertThat(new Mailbox(jdbc).latestTextTo(person)).hasValueSatisfying(text -> assertThat(text).contains("/anmalan/"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'REGISTRATION_CONFIRMED' AND subject_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPendingRegistrationHasNoSeatYearsSoNoInvoiceRunSeesIt() throws Exception {
        Network network = networks().open(2, null, "");
        String person = email();
        mvc.perform(PublicForm.submit(network, person, karlskoga(), key(), "Faktura Fia"));
        int year = SeatPeriod.of(network).firstYearHeldFrom(LocalDate.now(clock).getYear());
        assertThat(participationYears.confirmed(network.id(), year)).isEmpty();
        form().confirm(person);
        assertThat(participationYears.confirmed(network.id(), year)).extracting(ParticipationYears.HeldYear::name)
                .containsExactly("Faktura Fia");
    }

    @Test
    void oneAddressGetsAtMostThreeConfirmationLinksAnHourAndTheFormKeepsWhatWasTyped() throws Exception {
        String target = email();
        for (int network = 0; network < 3; network++) {
            mvc.perform(PublicForm.submit(networks().open(2, null, ""), target, karlskoga(), key(), "Offer"))
                    .andExpect(status().is3xxRedirection());
        }
        Network fourth = networks().open(2, null, "");
        mvc.perform(PublicForm.submit(fourth, target, karlskoga(), key(), "Offer Fyra").param("title", "REF-4"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString("Vi har redan skickat flera mejl till den adressen"),
                        containsString("value=\"Offer Fyra\""), containsString("value=\"" + target + "\""),
                        containsString("value=\"REF-4\""))));
        assertThat(new Mailbox(jdbc).countTo(target)).isEqualTo(3);

        clock.advance(Duration.ofMinutes(61));
        mvc.perform(PublicForm.submit(fourth, target, karlskoga(), key(), "Offer Fyra")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aNetworkTakesAtMostFiftyRegistrationsAnHourFromTheFormButSomeoneSignedInStillGetsIn() throws Exception {
        Network network = networks().open(null, null, "");
        for (int person = 0; person < 50; person++) {
            mvc.perform(PublicForm.submit(network, email(), karlskoga(), key(), "Skript " + person))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(PublicForm.submit(network, email(), karlskoga(), key(), "Skript 51"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString("Många har anmält sig till nätverket den senaste timmen"),
                        containsString("value=\"Skript 51\""))));
        SignedInUser person = participant(900_106);
        signedIn(network, person, "Inloggad Ivar");
        assertThat(statusOf(network, person.email())).isEqualTo("CONFIRMED");
    }

    @Test
    void aSeatIsOfferedAtMostThreeTimesAnHourAndNeverToAnAddressThatHadItsShare() throws Exception {
        Network network = networks().open(2, null, "");
        String holder = email();
        form().registerAndConfirm(network, holder, karlskoga(), key(), "Hanna Innehavare");
        String manageLink = new Mailbox(jdbc).latestLinkPathTo(holder, "/anmalan/");
        for (int offer = 0; offer < 3; offer++) {
            mvc.perform(post(manageLink + "/overlat").with(csrf()).param("colleagueName", "Kollega").param("colleagueEmail", email()))
                    .andExpect(redirectedUrl(manageLink));
        }
        String fourth = email();
        mvc.perform(post(manageLink + "/overlat").with(csrf()).param("colleagueName", "Kalle Fyra").param("colleagueEmail", fourth))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString("Platsen har erbjudits flera gånger den senaste timmen"),
                        containsString("value=\"Kalle Fyra\""), containsString("value=\"" + fourth + "\""))));
        assertThat(new Mailbox(jdbc).countTo(fourth)).isZero();

        // three confirmation links to an address use up its share: no seat offer reaches it either
        String flooded = email();
        for (int network2 = 0; network2 < 3; network2++) {
            mvc.perform(PublicForm.submit(networks().open(2, null, ""), flooded, karlskoga(), key(), "Offer"));
        }
        Network other = networks().open(2, null, "");
        String otherHolder = email();
        form().registerAndConfirm(other, otherHolder, karlskoga(), key(), "Olle Innehavare");
        String otherLink = new Mailbox(jdbc).latestLinkPathTo(otherHolder, "/anmalan/");
        mvc.perform(post(otherLink + "/overlat").with(csrf()).param("colleagueName", "Kollega").param("colleagueEmail", flooded))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Vi har redan skickat flera mejl till den adressen")));
        assertThat(new Mailbox(jdbc).countTo(flooded)).isEqualTo(3);
    }

    @Test
    void aCoordinatorRecordsAtMostTenAppointmentsAnHour() throws Exception {
        Network network = networks().open(null, null, "");
        SignedInUser coordinator = TestSignIn.user(900_107, Role.COORDINATOR, Set.of(karlskoga()));
        for (int appointment = 0; appointment < 10; appointment++) {
            mvc.perform(appoint(network, coordinator, "Utsedd " + appointment, email())).andExpect(status().isOk());
        }
        String eleventh = email();
        mvc.perform(appoint(network, coordinator, "Utsedd Elva", eleventh))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString("Du har utsett representanter många gånger den senaste timmen"),
                        containsString("value=\"Utsedd Elva\""))));
        assertThat(new Mailbox(jdbc).countTo(eleventh)).isZero();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder appoint(Network network, SignedInUser coordinator,
                                                                                             String name, String email) {
        return post("/organisation/" + karlskoga() + "/utse").with(TestSignIn.as(coordinator)).with(csrf())
                .param("submissionKey", SecretTokens.newToken())
                .param("networkId", Long.toString(network.id())).param("decidedBy", "Kommunstyrelsen")
                .param("decidedOn", LocalDate.now(clock).minusDays(3).toString()).param("reference", "KS 2027/9")
                .param("name0", name).param("email0", email).param("kind0", "ELECTED_OFFICIAL");
    }

    /** Registers through the form signed in as the person, with their own address. */
    private void signedIn(Network network, SignedInUser person, String name) throws Exception {
        mvc.perform(PublicForm.submit(network, person.email(), karlskoga(), key(), name).with(TestSignIn.as(person)))
                .andExpect(status().is3xxRedirection());
    }

    private SignedInUser participant(long accountId) {
        return new SignedInUser(accountId, "deltagare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "Deltagare", Set.of(Role.PARTICIPANT), Set.of(), clock.instant());
    }

    private PublicForm form() {
        return new PublicForm(mvc, jdbc);
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private long karlskoga() {
        return organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    private String statusOf(Network network, String email) {
        return jdbc.sql("SELECT status FROM registration WHERE network_id = :id AND email = :email ORDER BY id DESC")
                .param("id", network.id()).param("email", email).query(String.class).list().getFirst();
    }

    private static String email() {
        return "bekraftas-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
