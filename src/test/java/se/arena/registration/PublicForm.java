package se.arena.registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.identity.Mailbox;
import se.arena.network.Network;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A stranger's way through the public registration form, as a person goes it: the form, then
 * the confirmation link from the e-mail the form sent, then the button on its page.
 */
record PublicForm(MockMvc mvc, JdbcClient jdbc) {

    static final String CONFIRMATION_PATH = "/anmalan/bekrafta/";

    /** A valid submit of the form by someone who is not signed in. */
    static MockHttpServletRequestBuilder submit(Network network, String email, long organisationId, String key, String name) {
        return post("/natverk/" + network.slug() + "/anmalan").with(csrf())
                .param("submissionKey", key).param("organisationId", Long.toString(organisationId))
                .param("name", name).param("kind", "CIVIL_SERVANT").param("email", email)
                .param("phone", "0586-610 00").param("consent", "on");
    }

    /** Registers and confirms by the e-mailed link: what a person does to get a seat from the public form. */
    void registerAndConfirm(Network network, String email, long organisationId, String key, String name) throws Exception {
        mvc.perform(submit(network, email, organisationId, key, name)).andExpect(status().is3xxRedirection());
        confirm(email);
    }

    /** Presses "Bekräfta anmälan" behind the newest confirmation link sent to the address. */
    void confirm(String email) throws Exception {
        String link = confirmationLink(email);
        mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl(link));
    }

    /** The path of the newest confirmation link sent to the address. */
    String confirmationLink(String email) {
        return new Mailbox(jdbc).latestLinkPathTo(email, CONFIRMATION_PATH);
    }
}
