package se.arena.identity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.arena.TestClock;
import se.arena.identity.Role;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every request mapping of the application that takes an id and proves that a
 * coordinator of municipality A gets 403 or 404, and none of B's data, for B's ids. New
 * endpoints are picked up by themselves, because the list comes from the running application.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrossOrganisationAccessTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TestClock clock;

    @Autowired
    OrganisationDirectory organisations;

    TestAccounts accounts;
    Account coordinatorOfA;
    Account coordinatorOfB;
    long organisationB;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(accountRepository, passwords, clock);
        long organisationA = organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
        organisationB = organisations.search(OrganisationFilter.of("Kiruna", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
        coordinatorOfA = accounts.coordinatorOf(organisationA);
        coordinatorOfB = accounts.coordinatorOf(organisationB);
    }

    @Test
    void coordinatorOfAReachesNoneOfBsRecordsThroughAnyIdBearingEndpoint() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                Map<String, String> values = valuesFor(pattern);
                if (values.isEmpty()) {
                    continue;
                }
                String url = expand(pattern, values);
                for (RequestMethod method : methodsOf(mapping.getKey())) {
                    MvcResult result = mvc.perform(asCoordinatorOfA(method, url)).andReturn();
                    int status = result.getResponse().getStatus();
                    assertThat(status).as(method + " " + url).isIn(403, 404);
                    assertThat(result.getResponse().getContentAsString())
                            .as(method + " " + url).doesNotContain(coordinatorOfB.email());
                    checked.add(method + " " + pattern);
                }
            }
        }
        assertThat(checked).as("id-bearing endpoints walked").isNotEmpty();
    }

    /** The negative control: the same kind of request by staff does reach B's data, so the walk could fail. */
    @Test
    void staffReachBsRecordsThroughTheSameEndpoints() throws Exception {
        Account admin = accounts.staff(Role.ADMIN);
        MvcResult result = mvc.perform(request(org.springframework.http.HttpMethod.GET, "/admin/konton/" + coordinatorOfB.id())
                .with(accounts.signedInAs(admin))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains(coordinatorOfB.email());
    }

    private MockHttpServletRequestBuilder asCoordinatorOfA(RequestMethod method, String url) {
        MockHttpServletRequestBuilder builder = request(org.springframework.http.HttpMethod.valueOf(method.name()), url)
                .with(accounts.signedInAs(coordinatorOfA));
        return method == RequestMethod.GET ? builder : builder.with(csrf());
    }

    /** B's ids for the pattern's id variables; empty when the pattern takes no id. */
    private Map<String, String> valuesFor(String pattern) {
        Map<String, String> values = new HashMap<>();
        boolean takesId = false;
        Matcher variable = VARIABLE.matcher(pattern);
        while (variable.find()) {
            String name = variable.group(1);
            if (OwnershipInterceptor.isIdVariable(name)) {
                takesId = true;
                values.put(name, name.equals("organisationId") ? Long.toString(organisationB) : Long.toString(coordinatorOfB.id()));
            } else {
                values.put(name, "x");
            }
        }
        return takesId ? values : Map.of();
    }

    private static String expand(String pattern, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(url, values.get(variable.group(1)));
        }
        variable.appendTail(url);
        return url.toString();
    }

    private static Set<RequestMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
    }
}
