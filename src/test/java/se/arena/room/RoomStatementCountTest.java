package se.arena.room;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.StatementCounter;
import se.arena.identity.SignedInUser;
import se.arena.registration.Registrations;
import se.arena.registration.TestSeats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * The room's busiest pages cost the same number of SQL statements with 5 threads as with 200,
 * and a thread page the same with 5 posts as with 200: nothing is read once per row.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class RoomStatementCountTest {

    /** What a room page may cost: the access check, the page's reads and the read marker. */
    private static final int MOST_STATEMENTS_PER_PAGE = 15;

    @Autowired
    RoomScenarios scenarios;

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    RoomAccess access;

    @Autowired
    Rooms rooms;

    @Autowired
    JdbcClient jdbc;

    private RoomScenario scenario;
    private RoomMember holder;
    private long longThread;

    @BeforeEach
    void room() {
        scenario = scenarios.create();
        holder = access.member(scenario.network().id(), scenario.holder()).orElseThrow();
        longThread = rooms.startThread(holder, "Den långa tråden", "Första inlägget", RoomScenario.key());
    }

    @Test
    void theStartPageAndTheThreadListCostTheSameWhateverTheNumberOfThreads() throws Exception {
        startThreads(4);
        int startWithFew = statements(scenario.room(), scenario.holder());
        int listWithFew = statements(scenario.room() + "/tradar", scenario.holder());
        int staffListWithFew = statements(scenario.room() + "/tradar", scenario.staff());

        assertThat(IntStream.of(startWithFew, listWithFew, staffListWithFew).min().orElseThrow()).as("statements counted").isPositive();

        startThreads(195);

        assertThat(statements(scenario.room(), scenario.holder())).isEqualTo(startWithFew).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statements(scenario.room() + "/tradar", scenario.holder())).isEqualTo(listWithFew)
                .isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statements(scenario.room() + "/tradar?sida=5", scenario.holder())).isEqualTo(listWithFew);
        assertThat(statements(scenario.room() + "/tradar", scenario.staff())).isEqualTo(staffListWithFew)
                .isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void aThreadPageCostsTheSameWhateverTheNumberOfPosts() throws Exception {
        RoomThread thread = rooms.thread(holder, longThread).orElseThrow();
        reply(thread, 4);
        String page = scenario.room() + "/tradar/" + longThread;
        // both measured visits find posts the reader has not read, and move the reader's marker on
        statements(page, scenario.colleague());
        reply(thread, 1);
        int withFew = statements(page, scenario.colleague());

        assertThat(withFew).as("statements counted").isPositive();

        reply(thread, 195);

        assertThat(statements(page, scenario.colleague())).isEqualTo(withFew).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void aSubGroupsPageCostsTheSameWhateverTheNumberOfItsThreads() throws Exception {
        long group = scenario.subgroupOf(jdbc, scenario.holder());
        String page = scenario.room() + "/undergrupper/" + group;
        IntStream.range(0, 4).forEach(i -> rooms.startThread(holder, group, "Gruppens tråd " + i, "Inlägg " + i, RoomScenario.key()));
        int withFew = statements(page, scenario.holder());
        int staffWithFew = statements(page, scenario.staff());

        assertThat(withFew).as("statements counted").isPositive();

        IntStream.range(0, 195).forEach(i -> rooms.startThread(holder, group, "Gruppens tråd " + i, "Inlägg " + i, RoomScenario.key()));

        assertThat(statements(page, scenario.holder())).isEqualTo(withFew).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statements(page + "?sida=5", scenario.holder())).isEqualTo(withFew);
        assertThat(statements(page, scenario.staff())).isEqualTo(staffWithFew).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void theDocumentsThePeopleAndTheSearchPagesCostTheSameWhateverTheRoomHolds() throws Exception {
        addDocuments(5);
        List<String> pages = List.of(scenario.room() + "/dokument", scenario.room() + "/personer", scenario.room() + "/sok?q=Plan",
                scenario.room());
        List<Integer> withFew = new ArrayList<>();
        for (String page : pages) {
            withFew.add(statements(page, scenario.holder()));
        }
        assertThat(withFew).as("statements counted").allMatch(count -> count > 0);

        addDocuments(150);
        TestSeats seats = new TestSeats(registrations);
        jdbc.sql("SELECT id FROM organisation WHERE type = 'MUNICIPALITY' ORDER BY id LIMIT 40 OFFSET 2").query(Long.class).list()
                .forEach(organisation -> seats.seat(scenario.network(), organisation, "person-" + organisation + "-" + RoomScenario.key()
                        + "@example.org", "Person " + organisation));
        startThreads(60);

        for (int i = 0; i < pages.size(); i++) {
            assertThat(statements(pages.get(i), scenario.holder())).as(pages.get(i)).isEqualTo(withFew.get(i))
                    .isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        }
    }

    /** Written straight into the tables: the size of what the pages read is the point, not the upload. */
    private void addDocuments(int count) {
        for (int i = 0; i < count; i++) {
            KeyHolder documentKey = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO room_document (network_id, title, created_by_email, created_by_name, created_at, updated_at, version_count)
                    VALUES (:network, :title, :email, 'Ida', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)
                    """).param("network", scenario.network().id()).param("title", "Plan " + i).param("email", holder.email())
                    .update(documentKey, "id");
            long document = documentKey.getKeyAs(Long.class);
            KeyHolder versionKey = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO room_document_version (document_id, file_name, content_type, size_bytes, content, uploaded_at,
                                                       uploaded_by_email, uploaded_by_name, submission_key)
                    VALUES (:document, 'plan.txt', 'text/plain', 4, :content, CURRENT_TIMESTAMP, :email, 'Ida', :key)
                    """).param("document", document).param("content", "plan".getBytes(StandardCharsets.UTF_8))
                    .param("email", holder.email()).param("key", RoomScenario.key())
                    .update(versionKey, "id");
            jdbc.sql("UPDATE room_document SET latest_version_id = :version WHERE id = :document")
                    .param("version", versionKey.getKeyAs(Long.class)).param("document", document).update();
        }
    }

    private void startThreads(int count) {
        IntStream.range(0, count).forEach(i -> rooms.startThread(holder, "Tråd " + i, "Inlägg " + i, RoomScenario.key()));
    }

    private void reply(RoomThread thread, int count) {
        IntStream.range(0, count).forEach(i -> rooms.reply(holder, thread, "Svar " + i, RoomScenario.key()));
    }

    private int statements(String page, SignedInUser reader) throws Exception {
        return StatementCounter.count(() -> mvc.perform(get(page).with(as(reader))).andExpect(status().isOk()));
    }
}
