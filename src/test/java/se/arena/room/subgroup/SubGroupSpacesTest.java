package se.arena.room.subgroup;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.activity.Activity;
import se.arena.activity.ActivityAdministration;
import se.arena.activity.ActivityCatalogue;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.privacy.Actor;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;
import se.arena.room.RoomMeetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * A sub-group's threads, documents and occasions in the room: its members and staff see them,
 * the rest of the room never does (lists, start page, search, direct links, mail), and only
 * members and staff write in it. Two staff confirming at once take turns.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubGroupSpacesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    SubGroups subGroups;

    @Autowired
    ActivityAdministration activityAdministration;

    @Autowired
    ActivityCatalogue activityCatalogue;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    private Network network;
    private String room;
    private SignedInUser north;
    private SignedInUser northColleague;
    private SignedInUser south;
    private SignedInUser staff;
    private long northGroup;
    private long southGroup;
    private String marker;

    /** Kiruna and Umeå in the north group, Lund in the south group, by neighbouring counties. */
    @BeforeEach
    void groups() {
        network = new TestNetworks(administration, catalogue).open(3, null, "");
        room = "/rum/" + network.id();
        marker = UUID.randomUUID().toString().substring(0, 8);
        Registration kiruna = seat("Kiruna");
        Registration umeå = seat("Umeå");
        Registration lund = seat("Lund");
        long division = subGroups.propose(network, Grouping.NEIGHBOURS, Target.groups(2)).orElseThrow();
        assertThat(subGroups.confirm(network, division, Actor.system())).isTrue();
        northGroup = groupOf(division, kiruna);
        southGroup = groupOf(division, lund);
        assertThat(groupOf(division, umeå)).isEqualTo(northGroup);
        assertThat(southGroup).isNotEqualTo(northGroup);
        north = participant(kiruna);
        northColleague = participant(umeå);
        south = participant(lund);
        staff = new SignedInUser(970_500_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFF), "handlaggare-" + marker + "@example.org",
                "Hanna Handläggare", Set.of(Role.STAFF), Set.of(), Instant.now());
    }

    @Test
    void aGroupsThreadIsSeenByItsMembersAndStaffOnlyAndOnlyMembersGetItsMail() throws Exception {
        everyPost(northColleague);
        everyPost(south);
        String title = "Norrgruppens tråd " + marker;
        String thread = mvc.perform(post(room + "/tradar").with(csrf()).with(as(north)).param("grupp", Long.toString(northGroup))
                        .param("title", title).param("body", "Hemligt för söder " + marker).param("submissionKey", key()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(thread).startsWith(room + "/tradar/");

        for (SignedInUser member : new SignedInUser[] {north, northColleague, staff}) {
            mvc.perform(get(room + "/tradar").with(as(member))).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(title), containsString("Gruppen "))));
            mvc.perform(get(room).with(as(member))).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
            mvc.perform(get(thread).with(as(member))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(room + "/undergrupper/" + northGroup)));
            mvc.perform(get(room + "/sok").param("q", marker).with(as(member))).andExpect(content().string(containsString(title)));
            mvc.perform(get(room + "/undergrupper/" + northGroup).with(as(member))).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(title), containsString("Kirunabo " + marker),
                            containsString("Starta en tråd i gruppen"))));
        }
        mvc.perform(get(room + "/tradar").with(as(south))).andExpect(status().isOk()).andExpect(content().string(not(containsString(title))));
        mvc.perform(get(room).with(as(south))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(title)), not(containsString("Hemligt för söder")))));
        mvc.perform(get(room + "/sok").param("q", marker).with(as(south))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get(thread).with(as(south))).andExpect(status().isNotFound());
        mvc.perform(get(room + "/undergrupper/" + northGroup).with(as(south))).andExpect(status().isNotFound());
        long post = jdbc.sql("SELECT min(id) FROM room_post WHERE thread_id = :t").param("t", threadId(thread)).query(Long.class).single();
        mvc.perform(post(room + "/tradar/" + threadId(thread)).with(csrf()).with(as(south)).param("body", "Smyger in").param("submissionKey", key()))
                .andExpect(status().isNotFound());
        mvc.perform(post(room + "/inlagg/" + post + "/dolj").with(csrf()).with(as(south))).andExpect(status().isNotFound());

        assertThat(mailsTo(northColleague)).as("the group's member who chose every post").isEqualTo(1);
        assertThat(mailsTo(south)).as("outside the group").isZero();

        // start pages: the member's own groups; staff see them all
        mvc.perform(get(room).with(as(south))).andExpect(content().string(allOf(containsString("Mina undergrupper"),
                containsString(room + "/undergrupper/" + southGroup), not(containsString(room + "/undergrupper/" + northGroup)))));
        mvc.perform(get(room).with(as(staff))).andExpect(content().string(allOf(containsString(room + "/undergrupper/" + southGroup),
                containsString(room + "/undergrupper/" + northGroup))));
    }

    @Test
    void startingAThreadOrUploadingInAGroupYouAreNotInIsRefused() throws Exception {
        mvc.perform(get(room + "/tradar/ny").param("grupp", Long.toString(northGroup)).with(as(south))).andExpect(status().isNotFound());
        mvc.perform(post(room + "/tradar").with(csrf()).with(as(south)).param("grupp", Long.toString(northGroup))
                .param("title", "Smyger in").param("body", "Text").param("submissionKey", key())).andExpect(status().isNotFound());
        mvc.perform(multipart(room + "/dokument").file(file("smyger.txt")).param("grupp", Long.toString(northGroup))
                .param("title", "Smyger").param("meeting", "").param("submissionKey", key()).with(csrf()).with(as(south)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM room_thread WHERE network_id = :n").param("n", network.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM room_document WHERE network_id = :n").param("n", network.id()).query(Long.class).single()).isZero();

        mvc.perform(get(room + "/tradar/ny").param("grupp", Long.toString(northGroup)).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"grupp\" value=\"" + northGroup + "\"")));
        mvc.perform(post(room + "/tradar").with(csrf()).with(as(staff)).param("grupp", Long.toString(northGroup))
                .param("title", "Från handläggaren").param("body", "Text").param("submissionKey", key())).andExpect(status().is3xxRedirection());
        mvc.perform(get(room + "/tradar").with(as(north))).andExpect(content().string(containsString("Från handläggaren")));
        mvc.perform(get(room + "/tradar").with(as(south))).andExpect(content().string(not(containsString("Från handläggaren"))));
    }

    @Test
    void aGroupsDocumentIsSeenByItsMembersAndStaffOnly() throws Exception {
        String title = "Norrgruppens plan " + marker;
        mvc.perform(get(room + "/dokument").param("grupp", Long.toString(northGroup)).with(as(north))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"grupp\" value=\"" + northGroup + "\"")));
        String document = mvc.perform(multipart(room + "/dokument").file(file("plan.txt")).param("grupp", Long.toString(northGroup))
                        .param("title", title).param("meeting", "").param("submissionKey", key()).with(csrf()).with(as(north)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long version = jdbc.sql("SELECT latest_version_id FROM room_document WHERE network_id = :n").param("n", network.id())
                .query(Long.class).single();

        for (SignedInUser member : new SignedInUser[] {north, northColleague, staff}) {
            mvc.perform(get(room + "/dokument").with(as(member))).andExpect(content().string(containsString(title)));
            mvc.perform(get(room).with(as(member))).andExpect(content().string(containsString(title)));
            mvc.perform(get(document).with(as(member))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(room + "/undergrupper/" + northGroup)));
            mvc.perform(get(room + "/sok").param("q", marker).with(as(member))).andExpect(content().string(containsString(title)));
            mvc.perform(get(room + "/undergrupper/" + northGroup).with(as(member))).andExpect(content().string(containsString(title)));
        }
        mvc.perform(get(room + "/dokument").with(as(south))).andExpect(status().isOk()).andExpect(content().string(not(containsString(title))));
        mvc.perform(get(room).with(as(south))).andExpect(content().string(not(containsString(title))));
        mvc.perform(get(room + "/sok").param("q", marker).with(as(south))).andExpect(content().string(not(containsString(title))));
        mvc.perform(get(document).with(as(south))).andExpect(status().isNotFound());
        mvc.perform(get(document + "/versioner/" + version).with(as(south))).andExpect(status().isNotFound());
        mvc.perform(post(document + "/ta-bort").with(csrf()).with(as(south))).andExpect(status().isNotFound());
    }

    @Test
    void staffLinkAndUnlinkTheNetworksActivitiesToAGroupAuditedAndTheGroupsPageListsThem() throws Exception {
        Activity meeting = RoomMeetings.meeting(activityAdministration, activityCatalogue, network.id());
        String staffPage = "/admin/natverk/" + network.id() + "/undergrupper/" + northGroup;
        mvc.perform(get(staffPage).with(as(staff))).andExpect(status().isOk()).andExpect(content().string(containsString(meeting.title())));
        mvc.perform(post(staffPage + "/aktiviteter").with(csrf()).with(as(staff)).param("aktivitet", Long.toString(meeting.id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(staffPage + "/aktiviteter").with(csrf()).with(as(staff)).param("aktivitet", Long.toString(meeting.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(audits(SubGroups.ACTIVITY_LINKED)).as("a second link of the same activity links nothing").isEqualTo(1);

        mvc.perform(get(room + "/undergrupper/" + northGroup).with(as(north))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(meeting.title()), containsString("/aktiviteter/" + meeting.id()))));
        mvc.perform(get(room + "/undergrupper/" + southGroup).with(as(south))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(meeting.title()))));

        Activity othersMeeting = RoomMeetings.meeting(activityAdministration, activityCatalogue,
                new TestNetworks(administration, catalogue).open(3, null, "").id());
        mvc.perform(post(staffPage + "/aktiviteter").with(csrf()).with(as(staff)).param("aktivitet", Long.toString(othersMeeting.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(audits(SubGroups.ACTIVITY_LINKED)).as("another network's activity is refused").isEqualTo(1);

        mvc.perform(post(staffPage + "/aktiviteter/ta-bort").with(csrf()).with(as(staff)).param("aktivitet", Long.toString(meeting.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(audits(SubGroups.ACTIVITY_UNLINKED)).isEqualTo(1);
        mvc.perform(get(room + "/undergrupper/" + northGroup).with(as(north)))
                .andExpect(content().string(not(containsString(meeting.title()))));
        mvc.perform(post(staffPage + "/aktiviteter").with(csrf()).with(as(north)).param("aktivitet", Long.toString(meeting.id())))
                .andExpect(status().isForbidden());
    }

    /**
     * Two proposals confirmed by two staff at the same moment: the second confirm waits for the
     * first one's lock and then replaces it, so one division is in force, never two.
     */
    @Test
    void twoStaffConfirmingAtOnceTakeTurnsAndOneDivisionIsInForce() throws Exception {
        long first = insertProposal();
        long second = insertProposal();
        CountDownLatch firstConfirmed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> firstStaff = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(status -> {
            boolean confirmed = subGroups.confirm(network, first, Actor.system());
            firstConfirmed.countDown();
            await(release);
            return confirmed;
        }));
        assertThat(firstConfirmed.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> secondStaff = CompletableFuture.supplyAsync(() -> subGroups.confirm(network, second, Actor.system()));
        // the second confirm waits for the first one's lock: it stays unfinished for as long as the lock is held
        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !secondStaff.isDone());
        release.countDown();

        assertThat(firstStaff.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(secondStaff.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(jdbc.sql("SELECT id FROM room_subgroup_division WHERE network_id = :n AND status = 'CONFIRMED'").param("n", network.id())
                .query(Long.class).list()).containsExactly(second);
        assertThat(jdbc.sql("SELECT status FROM room_subgroup_division WHERE id = :id").param("id", first).query(String.class).single())
                .isEqualTo("REPLACED");
    }

    /** A proposal as two staff proposing at the same moment would each have made one. */
    private long insertProposal() {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO room_subgroup_division (network_id, grouping_key, status, created_at)
                VALUES (:n, 'SIZE', 'PROPOSED', CURRENT_TIMESTAMP)
                """).param("n", network.id()).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Registration seat(String kommun) {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = :name AND type = 'MUNICIPALITY'").param("name", kommun)
                .query(Long.class).single();
        return new TestSeats(registrations).seat(network, organisation, kommun.toLowerCase() + "-" + marker + "@example.org",
                kommun + "bo " + marker);
    }

    private long groupOf(long division, Registration person) {
        return jdbc.sql("SELECT subgroup_id FROM room_subgroup_member WHERE division_id = :division AND registration_id = :registration")
                .param("division", division).param("registration", person.id()).query(Long.class).single();
    }

    private static SignedInUser participant(Registration registration) {
        return new SignedInUser(970_600_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFF), registration.email(), registration.name(),
                Set.of(Role.PARTICIPANT), Set.of(), Instant.now());
    }

    private void everyPost(SignedInUser user) throws Exception {
        mvc.perform(post(room + "/installningar").with(csrf()).with(as(user)).param("choice", "EVERY_POST"))
                .andExpect(status().is3xxRedirection());
    }

    /** The room's mails about the test's threads (a seat's own mails are not counted). */
    private long mailsTo(SignedInUser user) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :r AND subject LIKE :s").param("r", user.email())
                .param("s", "%" + marker + "%").query(Long.class).single();
    }

    private long audits(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :a AND subject_id = :g").param("a", action)
                .param("g", Long.toString(northGroup)).query(Long.class).single();
    }

    private static long threadId(String threadUrl) {
        return Long.parseLong(threadUrl.substring(threadUrl.lastIndexOf('/') + 1));
    }

    private static MockMultipartFile file(String name) {
        return new MockMultipartFile("file", name, "text/plain", "Plan\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
