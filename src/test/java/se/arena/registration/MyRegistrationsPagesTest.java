package se.arena.registration;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** A registrant signs in by e-mail link and finds their registrations on Mina sidor; staff correct any detail. */
@SpringBootTest
@AutoConfigureMockMvc
class MyRegistrationsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registeringGivesAnAccountThatSignsInByLinkAndSeesTheRegistrationWithItsYears() throws Exception {
        Network network = networks().open(2, null, "");
        Registration mine = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();

        assertThat(jdbc.sql("""
                SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE a.email = :email AND r.role = 'PARTICIPANT'
                """).param("email", mine.email()).query(Long.class).single()).isEqualTo(1);

        SignedInUser me = participant(mine.email());
        mvc.perform(get("/mina-sidor").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mina anmälningar"), containsString(network.title()),
                        containsString("/mina-sidor/anmalningar/" + mine.id()))));
        mvc.perform(get("/mina-sidor/anmalningar/" + mine.id()).with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Platsens år"), containsString("2030"),
                        containsString("action=\"/mina-sidor/anmalningar/" + mine.id() + "/avboka\""))));
    }

    @Test
    void aSignedInPersonCorrectsAndCancelsTheirOwnRegistrationButCannotReachSomeoneElses() throws Exception {
        Network network = networks().open(2, null, "");
        Registration mine = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();
        Registration theirs = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();
        SignedInUser me = participant(mine.email());

        mvc.perform(post("/mina-sidor/anmalningar/" + mine.id() + "/uppgifter").with(as(me)).with(csrf())
                        .param("title", "Utvecklingsledare").param("phone", "nej"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv ett svenskt telefonnummer"),
                        containsString("value=\"Utvecklingsledare\""))));
        mvc.perform(post("/mina-sidor/anmalningar/" + mine.id() + "/uppgifter").with(as(me)).with(csrf())
                        .param("title", "Utvecklingsledare").param("phone", "0586-610 00"))
                .andExpect(redirectedUrl("/mina-sidor/anmalningar/" + mine.id()));
        assertThat(registrations.find(mine.id()).orElseThrow().title()).isEqualTo("Utvecklingsledare");

        mvc.perform(get("/mina-sidor/anmalningar/" + theirs.id()).with(as(me))).andExpect(status().isForbidden());
        mvc.perform(post("/mina-sidor/anmalningar/" + theirs.id() + "/avboka").with(as(me)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(registrations.find(theirs.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);

        mvc.perform(post("/mina-sidor/anmalningar/" + mine.id() + "/avboka").with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/mina-sidor/anmalningar/" + mine.id()));
        assertThat(registrations.find(mine.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void staffEditAPersonsDetailsAndAnInvalidSaveKeepsWhatWasTyped() throws Exception {
        Network network = networks().open(2, null, "");
        Registration person = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();
        SignedInUser staff = new SignedInUser(990102, "handlaggare2@example.org", "Handläggare", Set.of(Role.STAFF), Set.of(),
                Instant.now());
        String page = "/admin/natverk/" + network.id() + "/anmalningar/" + person.id();

        mvc.perform(get("/admin/natverk/" + network.id() + "/anmalningar").with(as(staff)))
                .andExpect(content().string(containsString("href=\"" + page + "\"")));
        mvc.perform(get(page).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(person.name()), containsString("Platsens år"))));
        mvc.perform(post(page).with(as(staff)).with(csrf()).param("name", "Nytt Namn").param("kind", "ELECTED_OFFICIAL")
                        .param("email", "inte-en-adress").param("title", "Ordförande"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv din e-postadress"), containsString("value=\"Nytt Namn\""),
                        containsString("value=\"Ordförande\""), containsString("value=\"inte-en-adress\""))));
        mvc.perform(post(page).with(as(staff)).with(csrf()).param("name", "Nytt Namn").param("kind", "ELECTED_OFFICIAL")
                        .param("email", "nytt-" + person.id() + "@example.org").param("title", "Ordförande"))
                .andExpect(redirectedUrl("/admin/natverk/" + network.id() + "/anmalningar"));
        Registration changed = registrations.find(person.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("Nytt Namn");
        assertThat(changed.email()).isEqualTo("nytt-" + person.id() + "@example.org");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'registration' AND subject_id = :id")
                .param("id", Long.toString(person.id())).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/natverk/" + network.id() + "/anmalningar/" + person.id()).with(as(participant(person.email()))))
                .andExpect(status().isForbidden());
    }

    private SignedInUser participant(String email) {
        long accountId = jdbc.sql("SELECT id FROM account WHERE email = :email").param("email", email).query(Long.class)
                .optional().orElse(0L);
        return new SignedInUser(accountId, email, "Deltagare", Set.of(Role.PARTICIPANT), Set.of(), Instant.now());
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private long karlskoga() {
        return organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }
}
