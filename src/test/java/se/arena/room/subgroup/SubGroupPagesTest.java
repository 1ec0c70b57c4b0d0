package se.arena.room.subgroup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

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

/** Staff propose sub-groups for a network, move people and organisations, confirm, rename, remove and export. */
@SpringBootTest
@AutoConfigureMockMvc
class SubGroupPagesTest {

    private static final SignedInUser STAFF = TestSignIn.user(990_901, Role.STAFF, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffProposeByNeighbouringCountiesMoveAPersonAndAnOrganisationThenConfirmOnce() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        Map<String, List<Registration>> people = seatPeople(network);
        String base = "/admin/natverk/" + network.id() + "/undergrupper";

        mvc.perform(get(base).with(TestSignIn.as(STAFF))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Inga undergrupper ännu"), containsString("Gör ett förslag"))));
        mvc.perform(post(base + "/forslag").with(csrf()).with(TestSignIn.as(STAFF))
                        .param("grouping", "NEIGHBOURS").param("measure", "grupper").param("number", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base + "/forslag"));
        long division = jdbc.sql("SELECT id FROM room_subgroup_division WHERE network_id = :network AND status = 'PROPOSED'")
                .param("network", network.id()).query(Long.class).single();
        // north (Norrbotten, Västerbotten: 3 people) and south (Skåne: 3 people)
        long north = groupOf(division, people.get("Kiruna").getFirst());
        long south = groupOf(division, people.get("Lund").getFirst());
        assertThat(north).isNotEqualTo(south);
        assertThat(groupOf(division, people.get("Umeå").getFirst())).isEqualTo(north);
        assertThat(groupOf(division, people.get("Malmö").getFirst())).isEqualTo(south);
        mvc.perform(get(base + "/forslag").with(TestSignIn.as(STAFF))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 grupper efter grannlän"), containsString("Skåne län"),
                        containsString("Norrbottens län och Västerbottens län"), containsString(people.get("Lund").getFirst().name()))));

        mvc.perform(post(base + "/flytta-deltagare").with(csrf()).with(TestSignIn.as(STAFF)).param("indelning", Long.toString(division))
                        .param("deltagare", Long.toString(people.get("Lund").getFirst().id())).param("grupp", Long.toString(north)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base + "/forslag"));
        assertThat(groupOf(division, people.get("Lund").getFirst())).isEqualTo(north);
        mvc.perform(post(base + "/flytta-organisation").with(csrf()).with(TestSignIn.as(STAFF)).param("indelning", Long.toString(division))
                        .param("organisation", Long.toString(people.get("Malmö").getFirst().organisationId())).param("grupp", Long.toString(north)))
                .andExpect(status().is3xxRedirection());
        assertThat(people.get("Malmö")).allSatisfy(malmö -> assertThat(groupOf(division, malmö)).isEqualTo(north));
        // a group of another division is refused: nothing moves
        mvc.perform(post(base + "/flytta-deltagare").with(csrf()).with(TestSignIn.as(STAFF)).param("indelning", Long.toString(division))
                        .param("deltagare", Long.toString(people.get("Kiruna").getFirst().id())).param("grupp", "999999999"))
                .andExpect(status().is3xxRedirection());
        assertThat(groupOf(division, people.get("Kiruna").getFirst())).isEqualTo(north);
        assertThat(jdbc.sql("SELECT status FROM room_subgroup_division WHERE id = :id").param("id", division).query(String.class).single())
                .isEqualTo("PROPOSED");

        mvc.perform(post(base + "/forslag/bekrafta").with(csrf()).with(TestSignIn.as(STAFF)).param("indelning", Long.toString(division)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/forslag/bekrafta").with(csrf()).with(TestSignIn.as(STAFF)).param("indelning", Long.toString(division)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SUBGROUPS_CONFIRMED' AND subject_id = :network")
                .param("network", Long.toString(network.id())).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(base).with(TestSignIn.as(STAFF))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 grupper efter grannlän, bekräftade"),
                        containsString(people.get("Malmö").getLast().name()), not(containsString("Inga undergrupper ännu")))));

        String csv = mvc.perform(get(base + "/export").with(TestSignIn.as(STAFF)).param("format", "csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Grupp;Namn;E-post;Titel;Organisation;Län")
                .contains("Norrbottens län och Västerbottens län;" + people.get("Lund").getFirst().name());
        assertThat(csv.lines()).hasSize(1 + 6);
        mvc.perform(get(base + "/export").with(TestSignIn.as(STAFF)).param("format", "xlsx")).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void aRefusedProposalOrNameComesBackAs422WithTheMessageAndWhatWasTyped() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        seatPeople(network);
        String base = "/admin/natverk/" + network.id() + "/undergrupper";
        mvc.perform(post(base + "/forslag").with(csrf()).with(TestSignIn.as(STAFF))
                        .param("grouping", "AGE").param("measure", "storlek").param("number", "tjugo"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Välj vad grupperna ska utgå från."),
                        containsString("Skriv ett heltal, till exempel 6."), containsString("value=\"tjugo\""))));
        mvc.perform(post(base + "/forslag").with(csrf()).with(TestSignIn.as(STAFF))
                        .param("grouping", "SIZE").param("measure", "storlek").param("number", "1234567"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv högst 5 tecken här."), containsString("value=\"1234567\""))));

        mvc.perform(post(base + "/forslag").with(csrf()).with(TestSignIn.as(STAFF))
                        .param("grouping", "SIZE").param("measure", "grupper").param("number", "2"))
                .andExpect(status().is3xxRedirection());
        long division = jdbc.sql("SELECT id FROM room_subgroup_division WHERE network_id = :network").param("network", network.id())
                .query(Long.class).single();
        long group = jdbc.sql("SELECT min(id) FROM room_subgroup WHERE division_id = :id").param("id", division).query(Long.class).single();
        String overlong = "x".repeat(201);
        mvc.perform(post(base + "/" + group).with(csrf()).with(TestSignIn.as(STAFF)).param("name", overlong))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv högst 200 tecken här."), containsString("value=\"" + overlong + "\""))));
        mvc.perform(post(base + "/" + group).with(csrf()).with(TestSignIn.as(STAFF)).param("name", "  Små kommuner "))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base + "/" + group));
        mvc.perform(get(base + "/" + group).with(TestSignIn.as(STAFF))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Små kommuner</h1>")));

        // removed, the group is gone from the pages and its people stand without a group
        mvc.perform(post(base + "/" + group + "/ta-bort").with(csrf()).with(TestSignIn.as(STAFF)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base + "/forslag"));
        mvc.perform(get(base + "/" + group).with(TestSignIn.as(STAFF))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/forslag").with(TestSignIn.as(STAFF))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Utan grupp"), containsString("1 grupp efter storlek"))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SUBGROUP_REMOVED' AND subject_id = :id")
                .param("id", Long.toString(group)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNetworkWithoutSeatHoldersGetsNoProposalButAnExplanation() throws Exception {
        Network empty = new TestNetworks(administration, catalogue).open(3, null, "");
        mvc.perform(post("/admin/natverk/" + empty.id() + "/undergrupper/forslag").with(csrf()).with(TestSignIn.as(STAFF))
                        .param("grouping", "SIZE").param("measure", "grupper").param("number", "2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ingen har en plats i nätverket just nu")));
        assertThat(jdbc.sql("SELECT count(*) FROM room_subgroup_division WHERE network_id = :network").param("network", empty.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyStaffReachTheSubGroupsAndAGroupAnswersOnlyUnderItsOwnNetwork() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        Network other = new TestNetworks(administration, catalogue).open(3, null, "");
        seatPeople(network);
        String base = "/admin/natverk/" + network.id() + "/undergrupper";
        mvc.perform(post(base + "/forslag").with(csrf()).with(TestSignIn.as(STAFF))
                .param("grouping", "COUNTY").param("measure", "storlek").param("number", "10")).andExpect(status().is3xxRedirection());
        long group = jdbc.sql("SELECT min(g.id) FROM room_subgroup g WHERE g.network_id = :network").param("network", network.id())
                .query(Long.class).single();

        SignedInUser participant = TestSignIn.user(990_902, Role.PARTICIPANT, Set.of());
        SignedInUser coordinator = TestSignIn.user(990_903, Role.COORDINATOR, Set.of(1L));
        for (SignedInUser notStaff : List.of(participant, coordinator)) {
            mvc.perform(get(base).with(TestSignIn.as(notStaff))).andExpect(status().isForbidden());
            mvc.perform(get(base + "/export").with(TestSignIn.as(notStaff))).andExpect(status().isForbidden());
            mvc.perform(post(base + "/forslag").with(csrf()).with(TestSignIn.as(notStaff))
                    .param("grouping", "SIZE").param("measure", "grupper").param("number", "2")).andExpect(status().isForbidden());
            mvc.perform(post(base + "/" + group).with(csrf()).with(TestSignIn.as(notStaff)).param("name", "Kapad"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(base)).andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/export")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/natverk/" + other.id() + "/undergrupper/" + group).with(TestSignIn.as(STAFF))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/natverk/" + other.id() + "/undergrupper/" + group).with(csrf()).with(TestSignIn.as(STAFF))
                .param("name", "Fel nätverk")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT name FROM room_subgroup WHERE id = :id").param("id", group).query(String.class).single())
                .isNotEqualTo("Fel nätverk");
    }

    /** Six people: two in Kiruna, one in Umeå, one in Lund, two in Malmö. */
    private Map<String, List<Registration>> seatPeople(Network network) {
        TestSeats seats = new TestSeats(registrations);
        return Map.of(
                "Kiruna", List.of(seat(seats, network, "Kiruna"), seat(seats, network, "Kiruna")),
                "Umeå", List.of(seat(seats, network, "Umeå")),
                "Lund", List.of(seat(seats, network, "Lund")),
                "Malmö", List.of(seat(seats, network, "Malmö"), seat(seats, network, "Malmö")));
    }

    private Registration seat(TestSeats seats, Network network, String kommun) {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = :name AND type = 'MUNICIPALITY'").param("name", kommun)
                .query(Long.class).single();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        return seats.seat(network, organisation, marker + "@example.org", kommun + "bo " + marker);
    }

    private long groupOf(long division, Registration person) {
        return jdbc.sql("SELECT subgroup_id FROM room_subgroup_member WHERE division_id = :division AND registration_id = :registration")
                .param("division", division).param("registration", person.id()).query(Long.class).single();
    }
}
