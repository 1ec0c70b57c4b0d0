package se.arena.activity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.identity.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anyone may sign up for an activity open to all with any e-mail address, so the sign-up must not
 * become a way to send mail: one address is e-mailed only so often an hour, and the mail carries
 * no link or number the person typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenSignUpLimitsPageTest {

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
    void oneAddressIsSignedUpAtMostFiveTimesAnHourAndTheFormKeepsWhatWasTyped() throws Exception {
        String target = email();
        for (int activity = 0; activity < 5; activity++) {
            mvc.perform(signUp(activities().publicSeminar(40), target, "Offer")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(signUp(activities().publicSeminar(40), target, "Offer Sex"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString("Vänta en stund och försök igen"),
                        containsString("value=\"Offer Sex\""), containsString("value=\"" + target + "\""))));
        assertThat(new Mailbox(jdbc).countTo(target)).isEqualTo(5);
    }

    @Test
    void theConfirmationCarriesNoLinkOrNumberThatWasTypedAsTheName() throws Exception {
        String target = email();
        mvc.perform(signUp(activities().publicSeminar(40), target, "Gratis resa på https://spam.example ring 0701234567"))
                .andExpect(status().is3xxRedirection());
        assertThat(new Mailbox(jdbc).latestTextTo(target)).hasValueSatisfying(text -> assertThat(text)
                .contains("Hej Gratis resa på ring!").doesNotContain("spam.example", "0701234567"));
    }

    /** Anyone's sign-up, with the basic details, for the activity's first date. */
    static MockHttpServletRequestBuilder signUp(TestActivities activities, Activity activity, String email, String name) {
        return post("/aktiviteter/" + activity.id() + "/anmalan").with(csrf())
                .param("occasion", Long.toString(activities.occasions(activity).getFirst().id())).param("name", name)
                .param("organisationName", "Föreningen Framtid").param("email", email).param("consent", "on")
                .param("submissionKey", UUID.randomUUID().toString().replace("-", ""));
    }

    private MockHttpServletRequestBuilder signUp(Activity activity, String email, String name) {
        return signUp(activities(), activity, email, name);
    }

    private TestActivities activities() {
        return new TestActivities(administration, catalogue, signUps);
    }

    static String email() {
        return "oppen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
