package se.arena.activity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.LowClientLimits;
import se.arena.identity.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.LowClientLimits.from;

/** One client address signs up anyone for activities open to all only so often an hour; another address is not held back. */
@SpringBootTest(properties = {LowClientLimits.REGISTRATION, LowClientLimits.ACTIVITY_SIGN_UP})
@AutoConfigureMockMvc
class OpenSignUpClientLimitPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneClientAddressSignsUpOnlySoOftenAnHour() throws Exception {
        TestActivities activities = new TestActivities(administration, catalogue, signUps);
        Activity seminar = activities.publicSeminar(40);
        for (int request = 0; request < LowClientLimits.PER_HOUR; request++) {
            mvc.perform(OpenSignUpLimitsPageTest.signUp(activities, seminar, OpenSignUpLimitsPageTest.email(), "Skript")
                    .with(from("192.0.2.30"))).andExpect(status().is3xxRedirection());
        }
        String refused = OpenSignUpLimitsPageTest.email();
        mvc.perform(OpenSignUpLimitsPageTest.signUp(activities, seminar, refused, "Skript").with(from("192.0.2.30")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Det har kommit många anmälningar från din uppkoppling")));
        assertThat(new Mailbox(jdbc).countTo(refused)).isZero();
        mvc.perform(OpenSignUpLimitsPageTest.signUp(activities, seminar, refused, "Skript").with(from("192.0.2.31")))
                .andExpect(status().is3xxRedirection());
    }
}
