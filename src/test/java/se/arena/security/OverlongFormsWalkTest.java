package se.arena.security;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;

import se.arena.identity.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form on every staff, coordinator and Mina sidor page of the embedded default, sent once
 * with {@link Browser#OVERLONG} characters in each text field: each must come back refused (4xx),
 * with a Swedish message at each field and what was typed still in it, never a 500. The forms that
 * people outside staff reach by an e-mailed link (a registration's own page, a seat offer, the
 * activity sign-up) get the same treatment in {@link XssSweepTest}, through {@link Browser#sweep}.
 */
@SpringBootTest
class OverlongFormsWalkTest {

    /** A renewal's name and address are read only for a seat handed to another person. */
    private static final Map<String, String> CHOICES = Map.of("svar\\d+", "TRANSFERRED");

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void everyFormRefusesOverlongTextWithAMessageAtEachFieldAndKeepsIt() throws Exception {
        DemoWalk walk = new DemoWalk(jdbc, clock);
        PayloadSweep sweep = new PayloadSweep();
        Set<String> sent = new LinkedHashSet<>();
        for (Route route : Route.all(context)) {
            if (route.method() != RequestMethod.GET || !route.rendersPage()) {
                continue;
            }
            for (SignedInUser reader : walk.readers(route)) {
                try (Browser browser = Browser.signedIn(context, reader, sweep)) {
                    for (String path : walk.paths(route, reader)) {
                        Optional<HtmlPage> opened = browser.openIfPage(path);
                        if (opened.isEmpty()) {
                            continue;
                        }
                        HtmlPage page = opened.get();
                        for (int index = 0; index < page.getForms().size(); index++) {
                            HtmlForm form = page.getForms().get(index);
                            String action = Browser.actionPath(page, form);
                            // the same form on another demo id or for another reader tells nothing new
                            if ("post".equalsIgnoreCase(form.getMethodAttribute()) && !Browser.textFields(form).isEmpty()
                                    && sent.add(action.replaceAll("/\\d+", "/{id}"))) {
                                browser.overlong(form, action, CHOICES);
                                page = browser.open(path);
                            }
                        }
                    }
                }
            }
        }
        assertThat(sweep.problems()).as("forms that took, lost or failed on over-long text").isEmpty();
        assertThat(sent).as("forms sent").contains("/admin/natverk/nytt", "/admin/natverk/{id}", "/admin/aktiviteter/ny",
                "/organisation/{id}/utse", "/mina-sidor/profil", "/admin/konton/nytt", "/admin/fakturor/{id}/kreditera",
                        "/admin/meddelanden/nytt", "/admin/enkater/ny", "/admin/enkater/{id}/avsnitt", "/admin/enkater/{id}/fragor/ny",
                        "/admin/enkater/{id}/fragor/{id}", "/admin/enkater/{id}/uppgifter")
                .hasSizeGreaterThanOrEqualTo(15);
    }
}
