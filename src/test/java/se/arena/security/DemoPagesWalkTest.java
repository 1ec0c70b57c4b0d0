package se.arena.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A newcomer walks the embedded default right after start: every staff page, export and download
 * the application maps is read with the ids of what the demo content made (its networks and their
 * registrations, rounds, activities, occasions, invoices, messages and accounts), the demo
 * coordinator's pages as the coordinator and Mina sidor as the demo participant. None may fail,
 * and every page that takes an id opens for at least one of the demo's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoPagesWalkTest {

    private static final String DEMO_NETWORKS = "SELECT id FROM network WHERE slug IN ('samverkan-civilsamhallet-2023-2026', "
            + "'samverkan-civilsamhallet-2027-2030') OR slug LIKE 'overenskommelser-iop-%'";

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
        SignedInUser admin = new SignedInUser(990_801, "admin-demo@example.org", "Admin Demo", Set.of(Role.ADMIN), Set.of(),
                clock.instant());
        long karlskoga = single("SELECT id FROM organisation WHERE name = 'Karlskoga'");
        SignedInUser coordinator = account("samordnare.karlskoga@example.org", Role.COORDINATOR, Set.of(karlskoga));
        SignedInUser participant = account("deltagare.karlskoga@example.org", Role.PARTICIPANT, Set.of());
        for (Route route : Route.all(context)) {
            if (route.method() != RequestMethod.GET || route.handler() == null) {
                continue;
            }
            List<SignedInUser> readers = route.isUnder("/admin") ? List.of(admin) : route.isUnder("/organisation") ? List.of(coordinator)
                    : route.isUnder("/mina-sidor") ? List.of(participant, coordinator) : List.of();
            for (SignedInUser reader : readers) {
                for (String path : route.paths(variable -> values(variable, karlskoga, reader)).orElse(List.of())) {
                    read(route, path, reader);
                }
            }
            if (!readers.isEmpty() && !byRoute.containsKey(route.toString())) {
                failed.add(route + ": the demo has nothing to open it with; teach DemoPagesWalkTest.values");
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

    private SignedInUser account(String email, Role role, Set<Long> organisations) {
        return new SignedInUser(single("SELECT id FROM account WHERE email = '" + email + "'"), email, email, Set.of(role), organisations,
                clock.instant());
    }

    /** The demo's ids for a variable, by its name and, for a plain "id", the path segment before it. */
    private Optional<List<String>> values(Route.Variable variable, long karlskoga, SignedInUser reader) {
        List<String> values = switch (variable.name()) {
            case "network", "networkId" -> ids(DEMO_NETWORKS);
            case "registrationId" -> reader.roles().contains(Role.PARTICIPANT)
                    ? ids("SELECT id FROM registration WHERE email = '" + reader.email() + "'")
                    : ids("SELECT id FROM registration WHERE network_id IN (" + DEMO_NETWORKS + ") AND organisation_id = " + karlskoga);
            case "personId" -> ids("SELECT id FROM registration WHERE status = 'CONFIRMED' AND network_id IN (" + DEMO_NETWORKS
                    + ") AND organisation_id = " + karlskoga);
            case "roundId" -> ids("SELECT id FROM renewal_round WHERE network_id IN (" + DEMO_NETWORKS + ")");
            case "renewalRequestId" -> ids("SELECT id FROM renewal_request WHERE recipient_email = '" + reader.email() + "'");
            case "activityId" -> ids("SELECT DISTINCT activity_id FROM activity_sign_up WHERE network_id IN (" + DEMO_NETWORKS + ")");
            case "occasionId" -> ids("SELECT DISTINCT occasion_id FROM activity_sign_up WHERE network_id IN (" + DEMO_NETWORKS + ")");
            case "invoiceDocumentId" -> ids("SELECT id FROM invoice_document WHERE organisation_id = " + karlskoga
                    + " AND network_id IN (" + DEMO_NETWORKS + ")");
            case "organisationId" -> List.of(Long.toString(karlskoga));
            case "report" -> List.of("intakter", "deltagare", "avbojda");
            case "nummer" -> List.of("1");
            case "id" -> switch (variable.segmentBefore()) {
                case "natverk" -> ids(DEMO_NETWORKS);
                case "fakturor" -> ids("SELECT id FROM invoice_document WHERE network_id IN (" + DEMO_NETWORKS + ")");
                case "utskick" -> ids("SELECT id FROM outbox_message WHERE recipient IN ('deltagare.karlskoga@example.org', "
                        + "'samordnare.karlskoga@example.org') ORDER BY id");
                case "konton" -> ids("SELECT id FROM account WHERE email LIKE '%.karlskoga@example.org'");
                default -> null;
            };
            default -> null;
        };
        return Optional.ofNullable(values).map(List::copyOf);
    }

    private List<String> ids(String sql) {
        return new ArrayList<>(jdbc.sql(sql).query(Long.class).list().stream().map(Object::toString).toList());
    }

    private long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
