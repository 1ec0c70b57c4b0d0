package se.arena.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;

import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A newcomer walks the embedded default right after start: every staff page, export and download
 * the application maps is read with the ids of what the demo content made (its networks and their
 * registrations, rounds, activities, occasions, invoices, messages and accounts), the demo
 * coordinator's pages as the coordinator and Mina sidor as the demo participant ({@link DemoWalk}). None may fail,
 * and every page that takes an id opens for at least one of the demo's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoPagesWalkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final Map<String, Set<Integer>> byRoute = new LinkedHashMap<>();
    private final List<String> failed = new ArrayList<>();

    @Test
    void everyPageOpensWithTheDemosData() throws Exception {
        DemoWalk walk = new DemoWalk(jdbc, clock);
        for (Route route : Route.all(context)) {
            if (route.method() != RequestMethod.GET || route.handler() == null) {
                continue;
            }
            List<SignedInUser> readers = walk.readers(route);
            for (SignedInUser reader : readers) {
                for (String path : walk.paths(route, reader)) {
                    read(route, path, reader);
                }
            }
            if (!readers.isEmpty() && !byRoute.containsKey(route.toString())) {
                failed.add(route + ": the demo has nothing to open it with; teach DemoWalk.values");
            }
        }
        assertThat(failed).as("pages that failed").isEmpty();
        assertThat(byRoute).as("pages read").hasSizeGreaterThan(40);
        assertThat(byRoute.entrySet().stream().filter(entry -> !entry.getValue().contains(200)).map(Map.Entry::getKey).toList())
                .as("pages that opened for none of the demo's ids").isEmpty();
    }

    private void read(Route route, String path, SignedInUser reader) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(TestSignIn.as(reader));
        if (route.requestParameters().contains("format")) {
            request.param("format", "xlsx");
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        byRoute.computeIfAbsent(route.toString(), unused -> new LinkedHashSet<>()).add(status);
        if (status >= 500) {
            failed.add(path + " as " + reader.email() + ": " + status);
        }
    }
}
