package se.arena.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import se.arena.TestClock;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.organisation.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every request that changes something needs the form's CSRF token. The routes are read from the
 * running application's handler mappings, so a route added later is checked without anyone
 * listing it; sign-out, which a Spring Security filter answers, is added by hand.
 *
 * <p>Each route is sent twice by the same signed-in person, an administrator who is also an
 * organisation's coordinator and a participant, so that no role check refuses them: without a
 * token it must stop in the security filter chain with 403, before any controller is chosen;
 * with a token it must get past the filter chain (a controller is chosen, or sign-out happens).
 * The two requests differ only in the token, so the first refusal is the CSRF filter's and not
 * an authorisation or an ownership check.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CsrfProtectionTest {

    /** Spring Security's sign-out filter answers it, so no handler mapping lists it (see SecurityConfiguration). */
    private static final Route SIGN_OUT = new Route(RequestMethod.POST, "/logga-ut", null);

    /**
     * The one route meant to take a POST without a token: a mail client's one-click unsubscribe
     * (RFC 8058) posts to the link from the mail with neither a session nor a form, and the link's
     * own unguessable token proves what a CSRF token would.
     */
    private static final String ONE_CLICK_UNSUBSCRIBE = "POST /rum/avsluta-bevakning/{token}";

    /** A value no route holds, so that a request that gets through only meets "not found" or a form error. */
    private static final String UNKNOWN_ID = "987654321";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    TestClock clock;

    @Test
    void everyStateChangingRouteRefusesARequestWithoutItsCsrfToken() throws Exception {
        List<String> unprotected = new ArrayList<>();
        List<Route> routes = stateChangingRoutes();
        for (Route route : routes) {
            if (route.toString().equals(ONE_CLICK_UNSUBSCRIBE)) {
                assertThat(verdict(route)).as(ONE_CLICK_UNSUBSCRIBE).isEqualTo(Verdict.REACHED_WITHOUT_A_TOKEN);
                continue;
            }
            Verdict verdict = verdict(route);
            if (verdict != Verdict.REFUSED_FOR_THE_MISSING_TOKEN) {
                unprotected.add(route + " (" + route.path(this::value) + "): " + verdict);
            }
        }
        assertThat(unprotected).as("state-changing routes not refused for a missing CSRF token, of %d checked", routes.size())
                .isEmpty();
    }

    @Test
    void theEnumerationFindsEveryKindOfRouteSoThatTheSweepCannotPassByCheckingNothing() {
        List<Route> routes = stateChangingRoutes();
        assertThat(routes).as("the state-changing routes the sweep checks").hasSizeGreaterThan(60)
                .extracting(Route::toString)
                .contains("POST /logga-in", "POST /mina-sidor/profil", "POST /logga-ut",
                        "POST /admin/natverk/{networkId}/anmalningar/{registrationId}",
                        "POST /organisation/{organisationId}/utse", "POST /admin/utskick/{id}/skicka-igen", ONE_CLICK_UNSUBSCRIBE);
        // the actuator's own handler mapping is read too, so an operation exposed there later (a POST
        // to loggers or shutdown, say) is swept like any controller's
        assertThat(Route.all(context)).extracting(Route::toString).contains("GET /actuator/health");
    }

    @Test
    void aRouteLeftOutOfCsrfProtectionIsCaughtByTheSameCheck() throws Exception {
        Route exempt = Route.all(context).stream().filter(route -> route.pattern().equals(ExemptRoute.PATH)).findFirst().orElseThrow();
        assertThat(verdict(exempt)).isEqualTo(Verdict.REACHED_WITHOUT_A_TOKEN);
    }

    private List<Route> stateChangingRoutes() {
        List<Route> routes = new ArrayList<>(Route.all(context).stream()
                .filter(Route::changesState)
                .filter(route -> route.handler().getBeanType() != ExemptRoute.Probe.class)
                .toList());
        routes.add(SIGN_OUT);
        return routes;
    }

    private Verdict verdict(Route route) throws Exception {
        String path = route.path(this::value);
        Sent withoutToken = send(request(HttpMethod.valueOf(route.method().name()), path));
        if (!withoutToken.stoppedByTheFilterChain()) {
            return Verdict.REACHED_WITHOUT_A_TOKEN;
        }
        Sent withToken = send(request(HttpMethod.valueOf(route.method().name()), path).with(csrf()));
        return withToken.stoppedByTheFilterChain() ? Verdict.REFUSED_WITH_A_TOKEN_TOO : Verdict.REFUSED_FOR_THE_MISSING_TOKEN;
    }

    private Sent send(MockHttpServletRequestBuilder request) throws Exception {
        try {
            MvcResult result = mvc.perform(request.with(TestSignIn.as(everyRole()))).andReturn();
            return new Sent(result.getResponse().getStatus(), result.getHandler() != null);
        } catch (Exception thrownByTheController) {
            // only a controller throws out of MockMvc: the request got past the filters
            return new Sent(500, true);
        }
    }

    /** Fills path variables: the person's own organisation where one is asked for, elsewhere an id no route holds. */
    private String value(Route route, Route.Variable variable) {
        String candidate = variable.name().equals("organisationId") ? Long.toString(organisation()) : UNKNOWN_ID;
        if (variable.accepts(candidate)) {
            return candidate;
        }
        throw new IllegalStateException("No value for {" + variable.name() + ":" + variable.regex() + "} in " + route);
    }

    private SignedInUser everyRole() {
        return new SignedInUser(990_411, "admin-och-samordnare@example.org", "Admin och samordnare",
                Set.of(Role.ADMIN, Role.STAFF, Role.COORDINATOR, Role.PARTICIPANT), Set.of(organisation()), clock.instant());
    }

    private long organisation() {
        return organisations.all().getFirst().id();
    }

    private enum Verdict {
        REFUSED_FOR_THE_MISSING_TOKEN,
        REACHED_WITHOUT_A_TOKEN,
        /** Something besides the token stops it, so the check cannot tell that the token is required. */
        REFUSED_WITH_A_TOKEN_TOO
    }

    /**
     * @param reachedController whether Spring MVC chose a controller for it: the security filter chain let it through
     */
    private record Sent(int status, boolean reachedController) {

        /** A 403 from the security filters comes before Spring MVC chooses a controller; sign-out's redirect is no refusal. */
        boolean stoppedByTheFilterChain() {
            return status == 403 && !reachedController;
        }
    }

    /**
     * Exists only in this test's application: a route whose own security filter chain leaves it out
     * of CSRF protection with ignoringRequestMatchers, as a careless change to SecurityConfiguration
     * would, to show that the check above catches such a route.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ExemptRoute {

        static final String PATH = "/test/utan-csrf";

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain exemptFromCsrf(HttpSecurity http) throws Exception {
            return http.securityMatcher(PATH)
                    .csrf(csrf -> csrf.ignoringRequestMatchers(PATH))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }

        /** Registered as a member of this configuration. */
        @Controller
        static class Probe {

            @PostMapping(PATH)
            @ResponseBody
            String changeSomething() {
                return "ändrat";
            }
        }
    }
}
