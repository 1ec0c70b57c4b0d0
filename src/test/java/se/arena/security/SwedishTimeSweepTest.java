package se.arena.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;

import se.arena.TestClock;
import se.arena.TimeConfiguration;
import se.arena.activity.Activity;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.NewSignUp;
import se.arena.activity.Occasion;
import se.arena.activity.Questions;
import se.arena.activity.SignUp;
import se.arena.activity.SignUps;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkContact;
import se.arena.network.NetworkForm;
import se.arena.network.NetworkStatus;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.privacy.Actor;
import se.arena.registration.TestCoordinators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every time a person reads is Swedish time, whatever the server's zone. With the JVM's default
 * zone at UTC, as on servers and in CI, a registration, a renewal answer, an activity sign-up, a
 * question, their e-mails and audit events are made at a moment just before midnight UTC, once in
 * winter and once in summer, so that in Swedish time it is already the next day. Then every staff
 * and coordinator page the application maps, every staff export, the participant's question page
 * and Mina sidor are read: none may show that moment's UTC day (as a date, or with its time), and
 * the pages that show when something happened must show the Swedish day and time.
 *
 * <p>The moments lie in 2031, a year nothing else in the database is dated, so any date of those
 * UTC days on any page is one of these moments written in the wrong zone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SwedishTimeSweepTest {

    /** 00:47 on 15 January in Sweden (+01:00). */
    private static final Instant WINTER = Instant.parse("2031-01-14T23:47:00Z");
    /** 00:47 on 15 July in Sweden (+02:00). */
    private static final Instant SUMMER = Instant.parse("2031-07-14T22:47:00Z");

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    /** The pages and exports that show when something the sweep made happened, down to the minute. */
    private static final Set<String> SHOWING_THE_TIME = Set.of(
            "GET /admin/natverk/{networkId}/anmalningar/{registrationId}",
            "GET /admin/natverk/{networkId}/anmalningar/export",
            "GET /admin/natverk/{networkId}/fornyelse/{roundId}/export",
            "GET /admin/aktiviteter/{activityId}/export",
            "GET /admin/aktiviteter/{activityId}/fragor",
            "GET /admin/aktiviteter/{activityId}/fragor/export",
            "GET /aktiviteter/{activity}/fragor",
            "GET /admin/utskick",
            "GET /admin/utskick/{id}",
            "GET /admin/utskick/export",
            "GET /admin/logg",
            "GET /admin/logg/export");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    NetworkAdministration networks;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ActivityCatalogue activities;

    @Autowired
    SignUps signUps;

    @Autowired
    Questions questions;

    private final String marker = "Tidsvep" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Made> made = new ArrayList<>();
    private final Map<String, Set<String>> leaks = new LinkedHashMap<>();
    private final Map<String, Set<Instant>> shownInSwedishTime = new LinkedHashMap<>();
    private long organisation;
    private String coordinator;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyPageAndExportShowsSwedishTimeWinterAndSummer() throws Exception {
        assertThat(List.of(WINTER, SUMMER)).as("the JVM's default zone, which must be UTC as on servers and in CI "
                        + "(surefire sets -Duser.timezone=UTC)")
                .allSatisfy(moment -> assertThat(ZoneId.systemDefault().getRules().getOffset(moment)).isEqualTo(ZoneOffset.UTC));
        organisation = organisations.search(OrganisationFilter.of("Dals-Ed", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
        coordinator = new TestCoordinators(jdbc).create(organisation);
        made.add(makeEverythingAt(WINTER, "vinter"));
        made.add(makeEverythingAt(SUMMER, "sommar"));

        readEveryPage();

        assertThat(leaks).as("pages that show a moment of the sweep in UTC").isEmpty();
        assertThat(SHOWING_THE_TIME).as("pages that show the moments of the sweep in Swedish time, winter and summer")
                .allSatisfy(route -> assertThat(shownInSwedishTime.getOrDefault(route, Set.of())).as(route)
                        .containsExactlyInAnyOrder(WINTER, SUMMER));
    }

    /**
     * A registration, a renewal answer, a sign-up and a question at that moment, as staff and
     * participants make them. The round asks about a seat taken before it opened, so that seat and
     * the round come a few minutes earlier, still after midnight in Sweden.
     */
    private Made makeEverythingAt(Instant moment, String season) throws Exception {
        clock.set(moment.minus(Duration.ofMinutes(10)));
        int year = LocalDate.now(clock).getYear();
        long network = networks.create(new NetworkForm(marker + " nätverk " + season, "", "Tid", "CIVIL_SERVANTS",
                Integer.toString(year), Integer.toString(year + 3), "900", "25", "", "", "", true, true, "Lunch",
                "Ett nätverk för tidsvepet.", Map.of(), List.of(new NetworkContact("Karin Ekholm", "Handläggare",
                "karin.ekholm@example.org", "070-174 06 05")), null, false), Actor.system());
        networks.moveStatus(network, NetworkStatus.DRAFT, NetworkStatus.OPEN, Actor.system());
        long earlier = register(network, "tidigare-");
        clock.advance(Duration.ofMinutes(5));
        staff(post("/admin/natverk/" + network + "/fornyelse").param("deadline", LocalDate.now(clock).plusDays(14).toString()));
        long round = jdbc.sql("SELECT id FROM renewal_round WHERE network_id = :network").param("network", network)
                .query(Long.class).single();

        clock.set(moment);
        String registrant = "tidsvep-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long registration = register(network, registrant);
        staff(post("/admin/natverk/" + network + "/fornyelse/" + round + "/svar").param("registration", Long.toString(earlier))
                .param("svar" + earlier, "CONFIRMED"));

        long activity = publicSeminar();
        Activity seminar = activities.find(activity).orElseThrow();
        Occasion occasion = activities.occasions(seminar).getFirst();
        SignUp signUp = signUps.signUp(seminar, new NewSignUp(occasion.id(), registrant, marker + " Deltagare", null, null,
                "Dals-Eds kommun", null, null, null, null, UUID.randomUUID().toString(), false)).signUp();
        assertThat(questions.ask(signUp, occasion, marker + " fråga", UUID.randomUUID().toString().replace("-", ""))).isTrue();
        return new Made(network, registration, round, activity, occasion.id(), registrant, moment);
    }

    /** @return the registration's id */
    private long register(long network, String email) throws Exception {
        String address = email.contains("@") ? email : email + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        staff(post("/admin/natverk/" + network + "/anmalningar/ny").param("organisationId", Long.toString(organisation))
                .param("name", marker + " Deltagare").param("kind", "CIVIL_SERVANT").param("email", address));
        return jdbc.sql("SELECT id FROM registration WHERE email = :email").param("email", address).query(Long.class).single();
    }

    private long publicSeminar() throws Exception {
        MvcResult created = staff(post("/admin/aktiviteter/ny").param("kind", "SEMINAR").param("title", marker + " seminarium")
                .param("description", "<p>Ett seminarium.</p>").param("format", "PHYSICAL").param("venue", "Konferenscentret")
                .param("streetAddress", "Hornsgatan 20").param("city", "Stockholm").param("openToPublic", "on")
                .param("firstDate", LocalDate.now(clock).plusDays(7).toString()).param("firstStart", "10:00")
                .param("firstEnd", "15:00").param("firstCapacity", "20"));
        String location = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        staff(post("/admin/aktiviteter/" + id + "/status").param("fran", "DRAFT").param("till", "PUBLISHED"));
        return id;
    }

    /** Every staff and coordinator page, every staff export, and the participant's own pages. */
    private void readEveryPage() throws Exception {
        SignedInUser admin = new SignedInUser(990_601, "admin-tidsvep@example.org", "Admin Tidsvep", Set.of(Role.ADMIN), Set.of(),
                clock.instant());
        SignedInUser coordinatorUser = new SignedInUser(new TestCoordinators(jdbc).accountId(coordinator), coordinator,
                "Samordnare", Set.of(Role.COORDINATOR), Set.of(organisation), clock.instant());
        for (Route route : Route.all(context)) {
            if (route.method() != RequestMethod.GET || route.isUnder("/test")) {
                continue;
            }
            boolean export = route.pattern().endsWith("/export");
            if (!route.rendersPage() && !export) {
                continue;
            }
            for (Made one : made) {
                Optional<SignedInUser> reader = route.isUnder("/admin") ? Optional.of(admin)
                        : route.isUnder("/organisation") ? Optional.of(coordinatorUser)
                        : route.isUnder("/mina-sidor") || route.pattern().equals("/aktiviteter/{activity:\\d{1,18}}/fragor")
                        ? Optional.of(participant(one)) : Optional.empty();
                if (reader.isEmpty()) {
                    continue;
                }
                for (String path : route.paths(variable -> values(variable, one)).orElse(List.of())) {
                    for (Map<String, String> query : queries(route, one, export)) {
                        MockHttpServletRequestBuilder request = get(path).with(TestSignIn.as(reader.get()));
                        query.forEach(request::param);
                        read(route.toString().replace(":\\d{1,18}", ""), request);
                    }
                }
            }
        }
    }

    private SignedInUser participant(Made one) {
        long account = jdbc.sql("SELECT id FROM account WHERE email = :email").param("email", one.registrant()).query(Long.class).single();
        return new SignedInUser(account, one.registrant(), marker + " Deltagare", Set.of(Role.PARTICIPANT), Set.of(), clock.instant());
    }

    private void read(String route, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (Made one : made) {
            if (moment(one.moment(), ZoneOffset.UTC).matcher(text).find() || utcDay(one.moment()).matcher(text).find()) {
                leaks.computeIfAbsent(route, unused -> new LinkedHashSet<>()).add(result.getRequest().getRequestURI());
            }
        }
        for (Made one : made) {
            if (moment(one.moment(), TimeConfiguration.SWEDEN).matcher(text).find()) {
                shownInSwedishTime.computeIfAbsent(route, unused -> new LinkedHashSet<>()).add(one.moment());
            }
        }
    }

    /**
     * The moment's day and time as pages and exports write them in the zone: "2031-01-15 00:47",
     * "2031-01-15T00:47:00+01:00", "15 januari 2031 00:47", "15 januari 00:47", "15 jan. 00:47".
     */
    private static Pattern moment(Instant moment, ZoneId zone) {
        LocalDateTime wall = LocalDateTime.ofInstant(moment, zone);
        return Pattern.compile("(" + dayForms(wall.toLocalDate()) + ")( " + wall.getYear() + ")?[ T]"
                + Pattern.quote(DateTimeFormatter.ofPattern("HH:mm").format(wall)));
    }

    /** The moment's UTC day with its year, which nothing the sweep made falls on in Swedish time. */
    private static Pattern utcDay(Instant moment) {
        LocalDate day = LocalDate.ofInstant(moment, ZoneOffset.UTC);
        return Pattern.compile(Pattern.quote(day.toString()) + "|"
                + Pattern.quote(DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH).format(day)));
    }

    private static String dayForms(LocalDate day) {
        return String.join("|", Pattern.quote(day.toString()),
                Pattern.quote(DateTimeFormatter.ofPattern("d MMMM", SWEDISH).format(day)),
                Pattern.quote(DateTimeFormatter.ofPattern("d MMM", SWEDISH).format(day)));
    }

    /** The page as it opens with the sweep's network and year, and searched for the sweep's marker where it takes a search. */
    private List<Map<String, String>> queries(Route route, Made one, boolean export) {
        Set<String> parameters = route.requestParameters();
        Map<String, String> query = new LinkedHashMap<>();
        if (export) {
            query.put("format", "csv");
        }
        if (parameters.contains("natverk")) {
            query.put("natverk", Long.toString(one.network()));
        }
        if (parameters.contains("ar")) {
            query.put("ar", Integer.toString(LocalDate.ofInstant(one.moment(), TimeConfiguration.SWEDEN).getYear()));
        }
        List<Map<String, String>> queries = new ArrayList<>(List.of(query));
        if (parameters.contains("q")) {
            Map<String, String> searched = new LinkedHashMap<>(query);
            searched.put("q", route.isUnder("/admin/utskick") ? one.registrant() : marker);
            queries.add(searched);
        }
        return queries;
    }

    private Optional<List<String>> values(Route.Variable variable, Made one) {
        List<String> values = switch (variable.name()) {
            case "activity", "activityId" -> List.of(Long.toString(one.activity()));
            case "occasionId" -> List.of(Long.toString(one.occasion()));
            case "network", "networkId" -> List.of(Long.toString(one.network()));
            case "registrationId" -> List.of(Long.toString(one.registration()));
            case "roundId" -> List.of(Long.toString(one.round()));
            case "organisationId" -> List.of(Long.toString(organisation));
            case "id" -> switch (variable.segmentBefore()) {
                case "natverk" -> List.of(Long.toString(one.network()));
                case "utskick" -> ids("SELECT id FROM outbox_message WHERE recipient = :value", one.registrant());
                default -> null;
            };
            default -> null;
        };
        return Optional.ofNullable(values);
    }

    private List<String> ids(String sql, String value) {
        return jdbc.sql(sql).param("value", value).query(Long.class).list().stream().map(Object::toString).toList();
    }

    private MvcResult staff(MockHttpServletRequestBuilder request) throws Exception {
        SignedInUser admin = new SignedInUser(990_600, "admin-tidsvep@example.org", "Admin Tidsvep", Set.of(Role.ADMIN), Set.of(),
                clock.instant());
        MvcResult result = mvc.perform(request.with(csrf()).with(TestSignIn.as(admin))).andReturn();
        assertThat(result.getResponse().getStatus()).as("staff's %s", result.getRequest().getRequestURI()).isEqualTo(302);
        return result;
    }

    /** What the sweep made at one moment. */
    private record Made(long network, long registration, long round, long activity, long occasion, String registrant,
                        Instant moment) {
    }
}
