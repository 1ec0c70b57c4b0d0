package se.arena.room;

import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.StatementCounter;
import se.arena.identity.SignedInUser;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.Registrations;

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
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

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
        scenario = RoomScenario.create(administration, catalogue, registrations, jdbc);
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
