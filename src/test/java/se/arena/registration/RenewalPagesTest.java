package se.arena.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.MembershipForm;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** The answer page behind the request's link, staff's follow page, and leaving a network. */
@SpringBootTest
@AutoConfigureMockMvc
class RenewalPagesTest {

    private static final Pattern ANSWER_PATH = Pattern.compile("https?://[^/\\s]+(/fornyelse/[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    Renewals renewals;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aTransferWithoutAnAddressComesBackWithTheMessageAndWhatWasTypedAndAValidAnswerIsSaved() throws Exception {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network();
        Registration holder = seat(network, withoutCoordinator());
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());
        String page = answerPath(holder.email());

        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fortsätter ni 2028?"), containsString(holder.name()),
                        containsString("Fortsätter 2028"), containsString("En annan person tar över platsen"))));

        mvc.perform(post(page).with(csrf()).param("svar" + holder.id(), "TRANSFERRED").param("namn" + holder.id(), "Nya Nilsson")
                        .param("epost" + holder.id(), "inte-en-adress"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Skriv e-postadressen till den som ska ta över platsen"),
                        containsString("value=\"Nya Nilsson\""), containsString("value=\"inte-en-adress\""))));
        mvc.perform(post(page).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Välj ett svar för minst en plats.")));

        mvc.perform(post(page).with(csrf()).param("svar" + holder.id(), "CONFIRMED"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page + "?sparat=ja"));
        mvc.perform(get(page + "?sparat=ja")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Svaret är sparat"), containsString("Svar hittills: Fortsätter"))));
    }

    @Test
    void theRequestsLinkStopsAWeekAfterTheDeadlineAndANewOneIsSentOnlyWhileTheRoundTakesAnswers() throws Exception {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network();
        Registration holder = seat(network, withoutCoordinator());
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());
        String page = answerPath(holder.email());

        clock.set(Instant.parse("2027-12-07T22:00:00Z"));
        mvc.perform(get(page)).andExpect(status().isOk());
        clock.set(Instant.parse("2027-12-08T00:00:00Z"));
        mvc.perform(get(page)).andExpect(status().isGone())
                .andExpect(content().string(containsString("Länken fungerar inte längre")));
        long mails = new Mailbox(jdbc).countTo(holder.email());
        mvc.perform(post("/lank/ny").with(csrf()).param("lank", page.substring(page.lastIndexOf('/') + 1)))
                .andExpect(redirectedUrl("/lank/ny/skickad"));
        assertThat(new Mailbox(jdbc).countTo(holder.email())).as("the round has closed: nothing left to answer").isEqualTo(mails);
    }

    @Test
    void staffRevokeAnOrganisationsLinksAndItsHolderCanHaveANewOneWhileTheRoundTakesAnswers() throws Exception {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network();
        long organisation = withoutCoordinator();
        Registration holder = seat(network, organisation);
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        RenewalRound round = renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());
        String page = answerPath(holder.email());
        String follow = "/admin/natverk/" + network.id() + "/fornyelse/" + round.id();

        mvc.perform(get(follow).with(as(staff()))).andExpect(content().string(containsString("Spärra länkarna")));
        mvc.perform(post(follow + "/sparra-lankar").with(as(staff())).with(csrf()).param("organisation", Long.toString(organisation)))
                .andExpect(redirectedUrl(follow));
        mvc.perform(get(page)).andExpect(status().isGone());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'RENEWAL_LINKS_REVOKED' AND subject_id = :id")
                .param("id", Long.toString(network.id())).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/lank/ny").with(csrf()).param("lank", page.substring(page.lastIndexOf('/') + 1)))
                .andExpect(redirectedUrl("/lank/ny/skickad"));
        String fresh = answerPath(holder.email());
        assertThat(fresh).isNotEqualTo(page);
        mvc.perform(get(fresh)).andExpect(status().isOk()).andExpect(content().string(containsString(holder.name())));
    }

    @Test
    void aSignedInCoordinatorFindsTheRequestOnMinaSidorAndAnswersThereWhileNoOneElseGetsIn() throws Exception {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network();
        Registration holder = seat(network, karlskoga());
        TestCoordinators coordinators = new TestCoordinators(jdbc);
        String email = coordinators.create(karlskoga());
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        RenewalRound round = renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());
        RenewalRequest request = renewals.requests(round).stream().filter(asked -> asked.recipientEmail().equals(email))
                .findFirst().orElseThrow();
        SignedInUser coordinator = new SignedInUser(coordinators.accountId(email), email, "Samordnare", Set.of(Role.COORDINATOR),
                Set.of(karlskoga()), clock.instant());
        String page = "/mina-sidor/fornyelse/" + request.id();

        mvc.perform(get("/mina-sidor").with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Förnyelse att svara på"), containsString("href=\"" + page + "\""),
                        containsString("1 plats utan svar."))));
        mvc.perform(get(page).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(holder.name()), containsString("action=\"" + page + "\""))));
        mvc.perform(post(page).with(as(coordinator)).with(csrf()).param("svar" + holder.id(), "CONFIRMED"))
                .andExpect(redirectedUrl(page + "?sparat=ja"));
        assertThat(renewals.seats(round, request)).singleElement().satisfies(seat -> {
            assertThat(seat.answer()).isEqualTo(RenewalAnswer.CONFIRMED);
            assertThat(seat.answeredBy()).isEqualTo(email);
        });

        SignedInUser someoneElse = new SignedInUser(coordinators.accountId(coordinators.create(karlskoga())), "annan@example.org",
                "Annan", Set.of(Role.COORDINATOR), Set.of(karlskoga()), clock.instant());
        mvc.perform(get(page).with(as(someoneElse))).andExpect(status().isForbidden());
        mvc.perform(post(page).with(as(someoneElse)).with(csrf()).param("svar" + holder.id(), "DECLINED"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownLinkSaysSoAndAClosedRoundShowsTheAnswersWithoutAForm() throws Exception {
        mvc.perform(get("/fornyelse/ingen-sadan-lank")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Länken gäller inte")));

        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network();
        Registration holder = seat(network, withoutCoordinator());
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());
        String page = answerPath(holder.email());
        clock.set(Instant.parse("2027-12-01T08:00:00Z"));
        renewals.closeRoundsPastDeadline();

        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Svarstiden gick ut 2027-11-30"), containsString("Behölls utan svar"),
                        not(containsString("Spara svaren")))));
        mvc.perform(post(page).with(csrf()).param("svar" + holder.id(), "DECLINED")).andExpect(status().isBadRequest());
        assertThat(registrations.seatYears(holder)).allMatch(year -> year.status() == SeatYearStatus.CONFIRMED);
    }

    @Test
    void staffOpenARoundFollowItAnswerForASeatAndRemindTheSilentWhileOthersAreKeptOut() throws Exception {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network();
        Registration answered = seat(network, karlskoga());
        Registration silent = seat(network, withoutCoordinator());
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        String base = "/admin/natverk/" + network.id() + "/fornyelse";

        mvc.perform(post(base).with(csrf()).with(as(staff())).param("deadline", "30 november"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Skriv sista svarsdag som ÅÅÅÅ-MM-DD"), containsString("value=\"30 november\""))));
        mvc.perform(post(base).with(csrf()).with(as(staff())).param("deadline", "2027-11-30"))
                .andExpect(status().is3xxRedirection());
        RenewalRound round = renewals.roundsOf(network).getFirst();
        String roundPage = base + "/" + round.id();

        mvc.perform(post(roundPage + "/svar").with(csrf()).with(as(staff())).param("registration", Long.toString(silent.id()))
                        .param("svar" + silent.id(), "TRANSFERRED").param("namn" + silent.id(), "Nina Ny"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Skriv e-postadressen till den som ska ta över platsen"),
                        containsString("value=\"Nina Ny\""))));
        assertThat(renewals.seats(renewals.findRound(network, round.id()).orElseThrow()))
                .filteredOn(seat -> seat.registrationId() == silent.id()).singleElement()
                .satisfies(seat -> assertThat(seat.isAnswered()).isFalse());
        mvc.perform(post(roundPage + "/svar").with(csrf()).with(as(staff())).param("registration", Long.toString(answered.id()))
                .param("svar" + answered.id(), "DECLINED")).andExpect(status().is3xxRedirection());
        assertThat(registrations.seatYears(answered)).filteredOn(year -> year.year() >= 2028)
                .allMatch(year -> year.status() == SeatYearStatus.DECLINED);

        long mailsBefore = new Mailbox(jdbc).countTo(silent.email());
        mvc.perform(post(roundPage + "/paminn").with(csrf()).with(as(staff())).param("organisation", Long.toString(withoutCoordinator())))
                .andExpect(status().is3xxRedirection());
        assertThat(new Mailbox(jdbc).countTo(silent.email())).isEqualTo(mailsBefore + 1);

        mvc.perform(get(roundPage).with(as(staff())).param("visa", "tysta")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hällefors: Inget svar"), not(containsString("Karlskoga: Besvarad")))));
        mvc.perform(get(roundPage).with(as(staff()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Karlskoga: Besvarad"), containsString("Avböjd"))));
        mvc.perform(get(roundPage + "/export").with(as(staff())).param("format", "csv")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(answered.name()), containsString("Avböjd"), containsString("Inget svar"))));

        SignedInUser coordinator = new SignedInUser(99_001, "samordnare@example.org", "Samordnare", Set.of(Role.COORDINATOR),
                Set.of(karlskoga()), clock.instant());
        mvc.perform(get(roundPage).with(as(coordinator))).andExpect(status().isForbidden());
    }

    @Test
    void aCoordinatorLeavesForTheirOwnOrganisationOnlyAfterSeeingWhatItMeans() throws Exception {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network();
        Registration holder = seat(network, karlskoga());
        clock.set(Instant.parse("2028-03-01T09:00:00Z"));
        SignedInUser coordinator = new SignedInUser(99_002, "samordnare2@example.org", "Samordnare", Set.of(Role.COORDINATOR),
                Set.of(karlskoga()), clock.instant());
        String leave = "/organisation/" + karlskoga() + "/natverk/" + network.id() + "/lamna";

        mvc.perform(get("/organisation/" + karlskoga() + "/natverk").with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(network.title()), containsString(holder.name()))));
        mvc.perform(get(leave).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Avgiften för 2028 faktureras ändå")));
        mvc.perform(post("/organisation/" + degerfors() + "/natverk/" + network.id() + "/lamna").with(csrf()).with(as(coordinator)))
                .andExpect(status().isForbidden());

        mvc.perform(post(leave).with(csrf()).with(as(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/organisation/" + karlskoga() + "/natverk"));
        assertThat(registrations.find(holder.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        mvc.perform(get(leave).with(as(coordinator))).andExpect(redirectedUrl("/organisation/" + karlskoga() + "/natverk"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ORGANISATION_LEFT_NETWORK' AND subject_id = :id")
                .param("id", Long.toString(network.id())).query(Long.class).single()).isEqualTo(1);
    }

    private String answerPath(String recipient) {
        String mail = new Mailbox(jdbc).latestTextTo(recipient).orElseThrow();
        Matcher link = ANSWER_PATH.matcher(mail);
        assertThat(link.find()).as("a link to the answer page in:%n%s", mail).isTrue();
        return link.group(1);
    }

    private Network network() {
        return new TestNetworks(administration, catalogue).open(3, null, "",
                new MembershipForm("CURRENT_YEAR_INVOICED", "KEEP", "", "30", "10"));
    }

    private Registration seat(Network network, long organisationId) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new TestSeats(registrations).seat(network, organisationId, "deltagare-" + unique + "@example.org", "Deltagare " + unique);
    }

    /** Signed in at the test clock's now, or the session would have outlived its absolute timeout. */
    private SignedInUser staff() {
        return new SignedInUser(99_000, "personal@example.org", "Personal", Set.of(Role.STAFF), Set.of(), clock.instant());
    }

    private long karlskoga() {
        return organisation("Karlskoga");
    }

    private long degerfors() {
        return organisation("Degerfors");
    }

    /** No test makes a coordinator for Hällefors, so its seat holders are asked themselves. */
    private long withoutCoordinator() {
        return organisation("Hällefors");
    }

    private long organisation(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }
}
