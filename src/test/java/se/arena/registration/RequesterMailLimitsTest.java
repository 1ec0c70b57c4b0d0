package se.arena.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.SecretTokens;
import se.arena.LowClientLimits;
import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.LowClientLimits.from;

/**
 * One client address may make Arena e-mail addresses of its choosing only so often an hour, on
 * every registration page that does: the public form, a seat offer by link and on Mina sidor, the
 * re-confirmation's "another person", a coordinator's appointment. Each test comes from its own
 * address; another address is not held back.
 */
@SpringBootTest(properties = {LowClientLimits.REGISTRATION, LowClientLimits.ACTIVITY_SIGN_UP})
@AutoConfigureMockMvc
class RequesterMailLimitsTest {

    private static final String BUSY = "Det har kommit många förfrågningar från din uppkoppling den senaste timmen";

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
    void thePublicForm() throws Exception {
        Network network = networks().open(null, null, "");
        for (int request = 0; request < LowClientLimits.PER_HOUR; request++) {
            mvc.perform(PublicForm.submit(network, email(), karlskoga(), key(), "Skript").with(from("192.0.2.10")))
                    .andExpect(status().is3xxRedirection());
        }
        String refused = email();
        mvc.perform(PublicForm.submit(network, refused, karlskoga(), key(), "Skript Tre").with(from("192.0.2.10")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString(BUSY), containsString("value=\"Skript Tre\""))));
        assertThat(new Mailbox(jdbc).countTo(refused)).isZero();
        mvc.perform(PublicForm.submit(network, refused, karlskoga(), key(), "Skript Tre").with(from("192.0.2.11")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aSeatOfferByThePersonalLink() throws Exception {
        Network network = networks().open(null, null, "");
        String manageLink = new Mailbox(jdbc).latestLinkPathTo(seat(network).email(), "/anmalan/");
        assertOfferLimit(manageLink, null, "192.0.2.20");
    }

    @Test
    void aSeatOfferOnMinaSidor() throws Exception {
        Network network = networks().open(null, null, "");
        Registration holder = seat(network);
        SignedInUser signedIn = new SignedInUser(900_201, holder.email(), holder.name(), Set.of(Role.PARTICIPANT), Set.of(),
                Instant.now());
        assertOfferLimit("/mina-sidor/anmalningar/" + holder.id(), signedIn, "192.0.2.21");
    }

    @Test
    void anotherPersonInTheReConfirmation() throws Exception {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = networks().open(3, null, "", new MembershipForm("CURRENT_YEAR_INVOICED", "KEEP", "", "30", "10"));
        long hallefors = organisation("Hällefors");
        Registration[] holders = {seat(network, hallefors), seat(network, hallefors), seat(network, hallefors)};
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());
        for (int request = 0; request < holders.length; request++) {
            Registration holder = holders[request];
            String colleague = email();
            MockHttpServletRequestBuilder answer = post(new Mailbox(jdbc).latestLinkPathTo(holder.email(), "/fornyelse/")).with(csrf()).with(from("192.0.2.22"))
                    .param("svar" + holder.id(), "TRANSFERRED").param("namn" + holder.id(), "Ny Person")
                    .param("epost" + holder.id(), colleague);
            if (request < LowClientLimits.PER_HOUR) {
                mvc.perform(answer).andExpect(status().is3xxRedirection());
                assertThat(new Mailbox(jdbc).countTo(colleague)).isEqualTo(1);
            } else {
                mvc.perform(answer).andExpect(status().isTooManyRequests())
                        .andExpect(content().string(allOf(containsString(BUSY), containsString("value=\"" + colleague + "\""))));
                assertThat(new Mailbox(jdbc).countTo(colleague)).isZero();
            }
        }
    }

    @Test
    void aCoordinatorsAppointment() throws Exception {
        Network network = networks().open(null, null, "");
        SignedInUser coordinator = TestSignIn.user(900_202, Role.COORDINATOR, Set.of(karlskoga()));
        for (int request = 0; request <= LowClientLimits.PER_HOUR; request++) {
            String person = email();
            var answer = mvc.perform(post("/organisation/" + karlskoga() + "/utse").with(TestSignIn.as(coordinator)).with(csrf())
                    .with(from("192.0.2.23")).param("submissionKey", SecretTokens.newToken())
                    .param("networkId", Long.toString(network.id())).param("decidedBy", "Kommunstyrelsen")
                    .param("decidedOn", LocalDate.now().minusDays(1).toString()).param("reference", "KS 2027/1")
                    .param("name0", "Utsedd Person").param("email0", person));
            if (request < LowClientLimits.PER_HOUR) {
                answer.andExpect(status().isOk());
            } else {
                answer.andExpect(status().isTooManyRequests()).andExpect(content().string(containsString(BUSY)));
                assertThat(new Mailbox(jdbc).countTo(person)).isZero();
            }
        }
    }

    private void assertOfferLimit(String page, SignedInUser signedIn, String client) throws Exception {
        for (int request = 0; request <= LowClientLimits.PER_HOUR; request++) {
            String colleague = email();
            MockHttpServletRequestBuilder offer = post(page + "/overlat").with(csrf()).with(from(client))
                    .param("colleagueName", "Kalle Kollega").param("colleagueEmail", colleague);
            if (signedIn != null) {
                offer.with(TestSignIn.as(signedIn));
            }
            if (request < LowClientLimits.PER_HOUR) {
                mvc.perform(offer).andExpect(status().is3xxRedirection());
            } else {
                mvc.perform(offer).andExpect(status().isTooManyRequests())
                        .andExpect(content().string(allOf(containsString(BUSY), containsString("value=\"" + colleague + "\""))));
                assertThat(new Mailbox(jdbc).countTo(colleague)).isZero();
            }
        }
    }

    private Registration seat(Network network) {
        return seat(network, karlskoga());
    }

    private Registration seat(Network network, long organisationId) {
        return new TestSeats(registrations).seat(network, organisationId, email(), "Platsinnehavare");
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private long karlskoga() {
        return organisation("Karlskoga");
    }

    private long organisation(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    private static String email() {
        return "klient-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
