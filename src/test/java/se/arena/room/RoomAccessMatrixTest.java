package se.arena.room;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.activity.Activity;
import se.arena.activity.ActivityAdministration;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityDocuments;
import se.arena.identity.SignedInUser;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.arena.identity.TestSignIn.as;

/**
 * Every room route, for everyone the rules tell apart: a current seat holder and staff get in, a
 * former seat holder, another network's seat holder and a coordinator without a seat are told
 * the room does not exist, and an anonymous visitor is sent to sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoomAccessMatrixTest {

    @Autowired
    RoomScenarios scenarios;

    @Autowired
    MockMvc mvc;

    @Autowired
    RoomAccess access;

    @Autowired
    Rooms rooms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivityAdministration activityAdministration;

    @Autowired
    ActivityCatalogue activityCatalogue;

    @Autowired
    ActivityDocuments activityDocuments;

    private RoomScenario scenario;
    private long threadId;
    private long holdersPost;
    private long staffPost;
    private long documentId;
    private long versionId;
    private long meetingId;
    private long meetingDocumentId;
    private long subgroupId;

    @BeforeEach
    void room() throws Exception {
        scenario = scenarios.create();
        RoomMember holder = access.member(scenario.network().id(), scenario.holder()).orElseThrow();
        threadId = rooms.startThread(holder, "Hur gör ni med IOP?", "Vi funderar på en överenskommelse.", RoomScenario.key());
        holdersPost = rooms.posts(rooms.thread(holder, threadId).orElseThrow()).getFirst().id();
        RoomMember staff = access.member(scenario.network().id(), scenario.staff()).orElseThrow();
        rooms.reply(staff, rooms.thread(staff, threadId).orElseThrow(), "Välkomna!", RoomScenario.key());
        staffPost = rooms.posts(rooms.thread(staff, threadId).orElseThrow()).getLast().id();
        Activity meeting = RoomMeetings.meeting(activityAdministration, activityCatalogue, scenario.network().id());
        meetingId = meeting.id();
        meetingDocumentId = activityDocuments.attach(meeting, "Dokumentation.pdf", RoomDocumentsTest.PDF, Actor.system());
        String document = mvc.perform(multipart(scenario.room() + "/dokument")
                        .file(new MockMultipartFile("file", "plan.txt", "text/plain", "Plan\n".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Plan").param("meeting", "").param("submissionKey", RoomScenario.key())
                        .with(as(scenario.holder())).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        documentId = Long.parseLong(document.substring(document.lastIndexOf('/') + 1));
        versionId = jdbc.sql("SELECT latest_version_id FROM room_document WHERE id = :id").param("id", documentId).query(Long.class).single();
        subgroupId = scenario.subgroupOf(jdbc, scenario.holder());
    }

    /** The pages, with the edit page of a post the reader wrote (an edit page of someone else's post is never found). */
    private List<Function<SignedInUser, MockHttpServletRequestBuilder>> pages() {
        String room = scenario.room();
        return List.of(
                user -> get(room),
                user -> get(room + "/tradar"),
                user -> get(room + "/tradar").param("sida", "2"),
                user -> get(room + "/tradar/ny"),
                user -> get(room + "/tradar/" + threadId),
                user -> get(room + "/inlagg/" + (user == scenario.staff() ? staffPost : holdersPost) + "/andra"),
                user -> get(room + "/personer"),
                user -> get(room + "/dokument"),
                user -> get(room + "/dokument").param("mote", Long.toString(meetingId)).param("sida", "2"),
                user -> get(room + "/dokument/" + documentId),
                user -> get(room + "/dokument/" + documentId + "/versioner/" + versionId),
                user -> get(room + "/motesdokument/" + meetingDocumentId),
                user -> get(room + "/personer").param("lan", "01").param("typ", "kommun").param("q", "a").param("sida", "2"),
                user -> get(room + "/sok"),
                user -> get(room + "/sok").param("q", "IOP").param("antal", "100"),
                user -> get(room + "/installningar"),
                user -> get(room + "/undergrupper/" + subgroupId),
                user -> get(room + "/undergrupper/" + subgroupId).param("sida", "2"),
                user -> get(room + "/tradar/ny").param("grupp", Long.toString(subgroupId)),
                user -> get(room + "/dokument").param("grupp", Long.toString(subgroupId)));
    }

    /** Each form as a fresh request every time: a request builder keeps whom it was signed in as. */
    private List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> forms() {
        String room = scenario.room();
        return List.of(
                () -> post(room + "/tradar").param("title", "Smyger in").param("body", "Text").param("submissionKey", RoomScenario.key()),
                () -> post(room + "/tradar/" + threadId).param("body", "Smyger in").param("submissionKey", RoomScenario.key()),
                () -> post(room + "/inlagg/" + holdersPost + "/andra").param("body", "Ändrat").param("submissionKey", RoomScenario.key()),
                () -> post(room + "/inlagg/" + holdersPost + "/dolj"),
                () -> post(room + "/talare").param("name", "Talare").param("email", "talare-matris@example.org"),
                () -> post(room + "/talare/ta-bort").param("email", "talare-matris@example.org"),
                () -> post(room + "/installningar").param("choice", "NONE"),
                () -> post(room + "/installningar/personer").param("showEmail", "ja").param("showPhone", "ja").param("phone", "070-123 45 67"),
                () -> multipart(room + "/dokument").file(new MockMultipartFile("file", "smyger.pdf", "application/pdf", RoomDocumentsTest.PDF))
                        .param("title", "Smyger in").param("meeting", "").param("submissionKey", RoomScenario.key()),
                () -> multipart(room + "/dokument/" + documentId + "/versioner")
                        .file(new MockMultipartFile("file", "smyger.pdf", "application/pdf", RoomDocumentsTest.PDF))
                        .param("submissionKey", RoomScenario.key()),
                () -> post(room + "/dokument/" + documentId + "/ta-bort"),
                () -> post(room + "/tradar").param("grupp", Long.toString(subgroupId)).param("title", "Smyger in").param("body", "Text")
                        .param("submissionKey", RoomScenario.key()),
                () -> multipart(room + "/dokument").file(new MockMultipartFile("file", "smyger.pdf", "application/pdf", RoomDocumentsTest.PDF))
                        .param("grupp", Long.toString(subgroupId)).param("title", "Smyger in").param("meeting", "")
                        .param("submissionKey", RoomScenario.key()));
    }

    /** What only staff do in a room: members who are not staff are refused, everyone else is told it does not exist. */
    private List<Supplier<MockHttpServletRequestBuilder>> staffOnly() {
        String room = scenario.room();
        return List.of(
                () -> get(room + "/personer/export").param("format", "csv"),
                () -> get(room + "/personer/export").param("format", "xlsx").param("typ", "region"),
                () -> post(room + "/talare").param("name", "Talare").param("email", "talare-matris@example.org").with(csrf()),
                () -> post(room + "/talare/ta-bort").param("email", "talare-matris@example.org").with(csrf()),
                () -> post(room + "/inlagg/" + holdersPost + "/dolj").with(csrf()));
    }

    @Test
    void seatHoldersAndStaffReadEveryPageAndNobodyElseLearnsTheRoomExists() throws Exception {
        for (var page : pages()) {
            assertThat(status(page.apply(scenario.holder()).with(as(scenario.holder())))).as("holder").isEqualTo(200);
            assertThat(status(page.apply(scenario.staff()).with(as(scenario.staff())))).as("staff").isEqualTo(200);
            for (SignedInUser outsider : List.of(scenario.former(), scenario.otherHolder(), scenario.coordinator())) {
                assertThat(status(page.apply(outsider).with(as(outsider)))).as(outsider.email()).isEqualTo(404);
            }
            var anonymous = mvc.perform(page.apply(null)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).endsWith("/logga-in");
        }
    }

    @Test
    void nobodyOutsideTheRoomCanWriteInItOrChangeAnything() throws Exception {
        long posts = postCount();
        for (Supplier<AbstractMockHttpServletRequestBuilder<?>> form : forms()) {
            for (SignedInUser outsider : List.of(scenario.former(), scenario.otherHolder(), scenario.coordinator())) {
                assertThat(status(form.get().with(as(outsider)).with(csrf()))).as(outsider.email()).isEqualTo(404);
            }
            var anonymous = mvc.perform(form.get().with(csrf())).andReturn().getResponse();
            assertThat(anonymous.getStatus()).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).endsWith("/logga-in");
        }
        assertThat(postCount()).isEqualTo(posts);
        assertThat(jdbc.sql("SELECT count(*) FROM room_document_version v JOIN room_document d ON d.id = v.document_id "
                + "WHERE d.network_id = :n AND d.removed_at IS NULL").param("n", scenario.network().id()).query(Long.class).single())
                .as("the holder's one document, untouched").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM room_speaker WHERE network_id = :n").param("n", scenario.network().id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM room_notification WHERE network_id = :n").param("n", scenario.network().id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM room_directory WHERE network_id = :n").param("n", scenario.network().id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyStaffExportPeopleAndInviteRemoveOrHide() throws Exception {
        for (Supplier<MockHttpServletRequestBuilder> request : staffOnly()) {
            assertThat(status(request.get().with(as(scenario.holder())))).as("holder").isEqualTo(403);
            assertThat(status(request.get().with(as(scenario.staff())))).as("staff").isIn(200, 302);
            for (SignedInUser outsider : List.of(scenario.former(), scenario.otherHolder(), scenario.coordinator())) {
                assertThat(status(request.get().with(as(outsider)))).as(outsider.email()).isEqualTo(404);
            }
            var anonymous = mvc.perform(request.get()).andReturn().getResponse();
            assertThat(anonymous.getStatus()).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).endsWith("/logga-in");
        }
    }

    @Test
    void aRoomThatDoesNotExistIsNotFoundForStaffToo() throws Exception {
        assertThat(status(get("/rum/987654321").with(as(scenario.staff())))).isEqualTo(404);
        assertThat(status(get(scenario.room() + "/tradar/987654321").with(as(scenario.staff())))).isEqualTo(404);
        assertThat(status(get("/rum/" + scenario.otherNetwork().id() + "/tradar/" + threadId).with(as(scenario.staff()))))
                .as("a thread seen through another network's room").isEqualTo(404);
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long postCount() {
        return jdbc.sql("SELECT count(*) FROM room_post WHERE network_id = :n").param("n", scenario.network().id()).query(Long.class).single();
    }
}
