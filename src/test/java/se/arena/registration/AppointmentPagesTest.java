package se.arena.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.SecretTokens;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.MembershipForm;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkContact;
import se.arena.network.NetworkForm;
import se.arena.network.NetworkStatus;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

@SpringBootTest
@AutoConfigureMockMvc
class AppointmentPagesTest {

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
    JdbcClient jdbc;

    @Test
    void coordinatorAppointsTwoRepresentativesWithTheDecisionBehindIt() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        String first = email();
        String second = email();
        mvc.perform(appoint(karlskoga, network, key(), "KS 2027/123")
                        .param("name0", "Eva Ordförande").param("title0", "Kommunstyrelsens ordförande").param("email0", first)
                        .param("kind0", "ELECTED_OFFICIAL")
                        .param("name1", "Olof Oppositionsråd").param("email1", second).param("kind1", "ELECTED_OFFICIAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Representanterna är utsedda"),
                        containsString("Eva Ordförande: Bekräftad"), containsString("Olof Oppositionsråd: Bekräftad"),
                        containsString("De 2 som anmäldes har fått ett mejl"))));

        assertThat(jdbc.sql("""
                SELECT count(*) FROM registration r JOIN appointment a ON a.id = r.appointment_id
                WHERE r.network_id = :network AND a.reference = 'KS 2027/123' AND a.decided_by = 'Kommunstyrelsen'
                """).param("network", network.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(new Mailbox(jdbc).countTo(first)).isEqualTo(1);
        assertThat(new Mailbox(jdbc).countTo(second)).isEqualTo(1);
    }

    @Test
    void invalidDecisionIsExplainedAndEverythingTypedIsKept() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        mvc.perform(post("/organisation/" + karlskoga + "/utse").with(as(coordinatorOf(karlskoga))).with(csrf())
                        .param("submissionKey", key()).param("networkId", Long.toString(network.id()))
                        .param("decidedBy", "Kommunstyrelsen").param("decidedOn", LocalDate.now().plusDays(5).toString())
                        .param("reference", "").param("name0", "Eva Ordförande").param("email0", "eva@"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("kan inte ligga i framtiden"),
                        containsString("Skriv diarienummer"), containsString("Skriv representantens e-postadress"),
                        containsString("value=\"Eva Ordförande\""), containsString("value=\"eva@\""))));
    }

    /** Before the fix the first person was registered, e-mailed and audited, and the second made the page fail. */
    @Test
    void aBadSecondPersonIsExplainedNextToTheirFieldsAndNothingIsRecorded() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        long karlskoga = organisation("Karlskoga");
        String first = email();
        String reference = "KS " + UUID.randomUUID().toString().substring(0, 8);
        String longName = "Olof " + "O".repeat(200);
        mvc.perform(appoint(karlskoga, network, key(), reference)
                        .param("name0", "Eva Ordförande").param("email0", first)
                        .param("name1", longName).param("email1", email())
                        .param("name2", "Stina Samma").param("email2", first.toUpperCase()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"name1-fel\">Skriv högst 200 tecken här."),
                        containsString("id=\"email2-fel\">Samma e-postadress står redan för representant 1."),
                        containsString("value=\"Eva Ordförande\""), containsString("value=\"" + first + "\""),
                        containsString("value=\"" + longName + "\""), containsString("value=\"" + reference + "\""))));

        assertThat(appointmentsWith(reference)).isZero();
        assertThat(registrationsIn(network)).isZero();
        assertThat(new Mailbox(jdbc).countTo(first)).isZero();
    }

    /**
     * However the second person fails once the first is written (here a name the form would have
     * refused, given straight to the service), the decision, the first registration, its e-mail and
     * the audit record go with it. Before the fix each was committed on its own.
     */
    @Test
    void anAppointmentThatFailsHalfwayLeavesNothingBehind() {
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        long karlskoga = organisation("Karlskoga");
        String reference = "KS " + UUID.randomUUID().toString().substring(0, 8);
        NewRegistration valid = TestNetworks.person(network, karlskoga);
        NewRegistration tooLong = new NewRegistration(network.id(), karlskoga, email(), "N".repeat(300), null,
                ParticipantKind.ELECTED_OFFICIAL, null, null, null, null, null, null, null, key());
        long auditBefore = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();

        assertThatThrownBy(() -> registrations.appoint(network, decision(network, karlskoga, reference), List.of(valid, tooLong),
                key(), new Actor(990_777L, "samordnare@example.org", "127.0.0.1")))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(appointmentsWith(reference)).isZero();
        assertThat(registrationsIn(network)).isZero();
        assertThat(new Mailbox(jdbc).countTo(valid.email())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE id > :before AND details LIKE :reference")
                .param("before", auditBefore).param("reference", "%" + reference + "%").query(Long.class).single()).isZero();
    }

    /** Before the fix a second submit recorded a second decision and said "utsett 0 representanter". */
    @Test
    void submittingTheSameAppointmentTwiceRecordsOneDecisionAndShowsTheFirstOutcome() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        String person = email();
        String reference = "KS " + UUID.randomUUID().toString().substring(0, 8);
        String key = key();
        for (int submit = 0; submit < 2; submit++) {
            mvc.perform(appoint(karlskoga, network, key, reference).param("name0", "Eva Ordförande").param("email0", person))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Eva Ordförande: Bekräftad"),
                            not(containsString("utsett 0")))));
        }
        mvc.perform(appoint(karlskoga, network, key, reference).param("name0", "Eva Ordförande").param("email0", person))
                .andExpect(content().string(containsString("Formuläret hade redan skickats")));

        assertThat(appointmentsWith(reference)).isEqualTo(1);
        assertThat(registrationsIn(network)).isEqualTo(1);
        assertThat(new Mailbox(jdbc).countTo(person)).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsFormKeyShowsNothingOfTheirAppointment() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        long kiruna = organisation("Kiruna");
        String key = key();
        mvc.perform(appoint(karlskoga, network, key, "KS 2027/1").param("name0", "Eva Hemlig").param("email0", email()))
                .andExpect(status().isOk());
        mvc.perform(appoint(kiruna, network, key, "KS 2027/2").param("name0", "Kim Kiruna").param("email0", email()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Formuläret är för gammalt"), not(containsString("Eva Hemlig")),
                        containsString("value=\"Kim Kiruna\""))));
    }

    @Test
    void aPersonRegisteredForAnotherOrganisationIsExplainedAndNothingIsRecorded() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        String taken = email();
        new TestSeats(registrations).seat(network, organisation("Kiruna"), taken, "Kim Kiruna");
        String reference = "KS " + UUID.randomUUID().toString().substring(0, 8);
        String first = email();
        mvc.perform(appoint(karlskoga, network, key(), reference).param("name0", "Eva Ordförande").param("email0", first)
                        .param("name1", "Kim Kiruna").param("email1", taken))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"email1-fel\">Den här adressen är redan anmäld till nätverket för en annan organisation."),
                        containsString("value=\"Eva Ordförande\""))));
        assertThat(appointmentsWith(reference)).isZero();
        assertThat(new Mailbox(jdbc).countTo(first)).isZero();
    }

    @Test
    void aPersonOfTheOrganisationRegisteredAlreadyKeepsTheirSeatUnderTheDecision() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        String already = email();
        Registration earlier = new TestSeats(registrations).seat(network, karlskoga, already, "Ada Anmäld");
        String reference = "KS " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(appoint(karlskoga, network, key(), reference).param("name0", "Ada Anmäld").param("email0", already))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ada Anmäld: Bekräftad"),
                        containsString("En av dem var redan anmäld till nätverket"))));
        assertThat(jdbc.sql("SELECT a.reference FROM registration r JOIN appointment a ON a.id = r.appointment_id WHERE r.id = :id")
                .param("id", earlier.id()).query(String.class).single()).isEqualTo(reference);
        assertThat(registrationsIn(network)).isEqualTo(1);
        assertThat(new Mailbox(jdbc).countTo(already)).isEqualTo(1);
    }

    /** One mail per decision to the network's contact person with a staff account; other staff are not mailed. */
    @Test
    void theNetworksContactPersonIsToldOfTheDecisionOnce() throws Exception {
        String contact = "handlaggare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        staffAccount(contact, "STAFF");
        String otherStaff = "handlaggare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        staffAccount(otherStaff, "STAFF");
        Network network = networkWithContact(contact);
        long karlskoga = organisation("Karlskoga");
        mvc.perform(appoint(karlskoga, network, key(), "KS 2027/77").param("name0", "Eva Ordförande").param("email0", email())
                        .param("name1", "Olof Oppositionsråd").param("email1", email()))
                .andExpect(status().isOk());
        assertThat(new Mailbox(jdbc).countTo(contact)).isEqualTo(1);
        assertThat(new Mailbox(jdbc).latestTextTo(contact)).hasValueSatisfying(text -> assertThat(text)
                .contains("Karlskoga har registrerat ett beslut", "dnr KS 2027/77", "Eva Ordförande (Bekräftad)", "Olof Oppositionsråd (Bekräftad)",
                        "/admin/natverk/" + network.id() + "/anmalningar"));
        assertThat(new Mailbox(jdbc).countTo(otherStaff)).isZero();
    }

    @Test
    void withoutAContactPersonWithAnAccountEveryHandlaggareIsTold() throws Exception {
        String handlaggare = "handlaggare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        staffAccount(handlaggare, "STAFF");
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        mvc.perform(appoint(karlskoga, network, key(), "KS 2027/78").param("name0", "Eva Ordförande").param("email0", email()))
                .andExpect(status().isOk());
        assertThat(new Mailbox(jdbc).countTo(handlaggare)).isEqualTo(1);
    }

    @Test
    void aCoordinatorCannotAppointForAnotherOrganisation() throws Exception {
        long karlskoga = organisation("Karlskoga");
        long kiruna = organisation("Kiruna");
        mvc.perform(get("/organisation/" + karlskoga + "/utse").with(as(coordinatorOf(kiruna)))).andExpect(status().isForbidden());
        mvc.perform(get("/organisation/" + karlskoga + "/utse").with(as(coordinatorOf(karlskoga)))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder appoint(long organisationId, Network network, String key, String reference) {
        return post("/organisation/" + organisationId + "/utse").with(as(coordinatorOf(organisationId))).with(csrf())
                .param("submissionKey", key).param("networkId", Long.toString(network.id()))
                .param("decidedBy", "Kommunstyrelsen").param("decidedOn", LocalDate.now().minusDays(3).toString())
                .param("reference", reference);
    }

    private static Appointment decision(Network network, long organisationId, String reference) {
        return new Appointment(network.id(), organisationId, "Kommunstyrelsen", LocalDate.now().minusDays(3), reference, null);
    }

    private long appointmentsWith(String reference) {
        return jdbc.sql("SELECT count(*) FROM appointment WHERE reference = :reference").param("reference", reference)
                .query(Long.class).single();
    }

    private long registrationsIn(Network network) {
        return jdbc.sql("SELECT count(*) FROM registration WHERE network_id = :network").param("network", network.id())
                .query(Long.class).single();
    }

    private void staffAccount(String email, String role) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (email, display_name) VALUES (:email, 'Handläggare')").param("email", email).update(key, "id");
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, :role)")
                .param("id", key.getKeyAs(Long.class)).param("role", role).update();
    }

    private Network networkWithContact(String contactEmail) {
        long id = administration.create(new NetworkForm("Testnätverk " + UUID.randomUUID().toString().substring(0, 8), "", "Test",
                "CIVIL_SERVANTS", "2027", "2030", "900", "25", "2", "", "", true, true, "Lunch", "Ett nätverk för tester.",
                java.util.Map.of(), List.of(new NetworkContact("Hanna Handläggare", "Handläggare", contactEmail, "070-174 06 05")),
                (MembershipForm) null, false), Actor.system());
        administration.moveStatus(id, NetworkStatus.DRAFT, NetworkStatus.OPEN, Actor.system());
        return catalogue.find(id).orElseThrow();
    }

    private static SignedInUser coordinatorOf(long organisationId) {
        return new SignedInUser(990200 + organisationId, "samordnare@example.org", "Samordnare", Set.of(Role.COORDINATOR),
                Set.of(organisationId), Instant.now());
    }

    private long organisation(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    private static String email() {
        return "utsedd-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String key() {
        return SecretTokens.newToken();
    }
}
