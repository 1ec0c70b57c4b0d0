package se.arena.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
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

import se.arena.SecretTokens;
import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
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
 * Types a script payload, a distinct one per field, into every free-text field that an anonymous
 * visitor, a participant or a coordinator can submit, through the real forms, then reads every
 * page where that text may show: every staff page and coordinator page the application maps
 * (enumerated from its routes, with the ids of what the sweep created), the pages other people
 * see (questions to the speaker, the speaker's page, a transfer offer), and the HTML part of every
 * e-mail the sweep caused. No page may show a payload unescaped, and every HTML page must carry
 * the security headers.
 *
 * <p>The forms are filled field by field from the page itself, so a field added to one of them is
 * swept without changing this test. The fields swept today, all in {@link #FIELDS_SWEPT}: the
 * public registration form (name, title, e-mail, phones, addresses, invoice reference, preferred
 * date); the registration's own page (details correction, the colleague a seat is offered to);
 * the transfer acceptance form (the invoice fields of all three only show because the sweep's
 * organisation is invoiced per person); a coordinator's appointment (decision body, date, reference,
 * note, three people); a coordinator's replacement of one of their people (name, e-mail); the
 * renewal answer (another person's name and address); the organisation's invoice details as its
 * coordinator keeps them (address lines, reference, Peppol id, GLN); the anonymous activity sign-up
 * (name, title, organisation, e-mail, phone, food and accessibility needs); a question to the
 * speaker; the profile on Mina sidor; and the two sign-in forms' e-mail address.
 *
 * <p>To show that it reached each field, the sweep requires every payload to be seen escaped on
 * some page, or, for a field the form refuses (an address, a number, a date), escaped on the
 * form that refused it. A value that is kept but shown on no page must be found in the database
 * as typed and be one of {@link #KEPT_BUT_SHOWN_NOWHERE}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class XssSweepTest {

    static final Set<String> FIELDS_SWEPT = Set.of(
            "Sidfeedback: kommentar",
            "Anmälan till nätverk: name", "Anmälan till nätverk: title", "Anmälan till nätverk: email",
            "Anmälan till nätverk: phone", "Anmälan till nätverk: mobile", "Anmälan till nätverk: address",
            "Anmälan till nätverk: invoiceAddress", "Anmälan till nätverk: invoiceReference",
            "Anmälan till nätverk: preferredDate",
            "Din anmälan, uppgifter: title", "Din anmälan, uppgifter: phone", "Din anmälan, uppgifter: mobile",
            "Din anmälan, uppgifter: address", "Din anmälan, uppgifter: invoiceAddress",
            "Din anmälan, uppgifter: invoiceReference",
            "Din anmälan, överlåt platsen: colleagueName", "Din anmälan, överlåt platsen: colleagueEmail",
            "Ta emot en plats: name", "Ta emot en plats: title", "Ta emot en plats: phone",
            "Ta emot en plats: invoiceAddress", "Ta emot en plats: invoiceReference",
            "Utse representanter: decidedBy", "Utse representanter: decidedOn", "Utse representanter: reference",
            "Utse representanter: note", "Utse representanter: name0", "Utse representanter: title0",
            "Utse representanter: email0", "Utse representanter: name2",
            "Ersätt en deltagare: name", "Ersätt en deltagare: email",
            "Anmälan till aktivitet: name", "Anmälan till aktivitet: title", "Anmälan till aktivitet: organisationName",
            "Anmälan till aktivitet: email", "Anmälan till aktivitet: phone", "Anmälan till aktivitet: dietaryNeeds",
            "Anmälan till aktivitet: accessibilityNeeds",
            "Fråga till föredragshållaren: question",
            "Mina sidor, profil: displayName", "Mina sidor, profil: title", "Mina sidor, profil: phone",
            "Fakturauppgifter: additionalLine", "Fakturauppgifter: street", "Fakturauppgifter: postalCode",
            "Fakturauppgifter: city", "Fakturauppgifter: reference", "Fakturauppgifter: peppolId", "Fakturauppgifter: gln",
            "Inloggning med länk: email", "Inloggning för personal: email");

    /** Kept for the record, but shown on no page or e-mail: none today. */
    static final Set<String> KEPT_BUT_SHOWN_NOWHERE = Set.of();

    /** The renewal form, whose fields are named after each seat's registration (namn123, epost123). */
    private static final String RENEWAL = "Förnyelse";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue networkCatalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    TestClock clock;

    private final PayloadSweep sweep = new PayloadSweep();
    private final Set<String> staffPagesShowingPayloads = new LinkedHashSet<>();
    private Mailbox mailbox;
    private SignedInUser admin;

    @Test
    void everyFreeTextFieldShowsEscapedOnEveryPageThatShowsIt() throws Exception {
        mailbox = new Mailbox(jdbc);
        admin = new SignedInUser(990_501, "admin-svep@example.org", "Admin Svep", Set.of(Role.ADMIN), Set.of(), clock.instant());
        long mailsBefore = maxId("outbox_message");
        long accountsBefore = maxId("account");
        // a municipality no other test gives a coordinator, so that the renewal request goes to this one
        long organisation = organisations.search(OrganisationFilter.of("Ljusnarsberg", null, "MUNICIPALITY"), 1, 1)
                .items().getFirst().id();
        Network network = openNetwork();
        String coordinatorEmail = new TestCoordinators(jdbc).create(organisation);
        long activity = publicSeminar();

        // invoiced per person, so that the registration forms ask each person for their own invoice address
        choosePerPerson(network, organisation, true);
        String registrant = registerThroughTheForm(network, organisation);
        String colleague = correctTheDetailsAndOfferTheSeat(mailbox.latestLinkPathTo(registrant, "/anmalan/"));
        acceptTheSeat(colleague);
        editTheProfile(registrant);
        appointAndAnswerTheRenewal(network, organisation, coordinatorEmail);
        keepTheInvoiceDetails(organisation, coordinatorEmail);
        signUpAndAskTheSpeaker(activity);
        readTheQuestionsAsAnotherParticipantAndAsTheSpeaker(activity);
        tryTheSignInForms();
        answerThePageFeedback(network);
        staff(post("/admin/natverk/" + network.id() + "/fakturering").param("ar", Integer.toString(LocalDate.now(clock).getYear())));
        // the message page lists its recipients by name, and the network's are the sweep's people
        staff(post("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).param("subject", "Till deltagarna")
                .param("body", "Hej!").param("sendAt", "").param("submissionKey", SecretTokens.newToken()).param("atgard", "skicka"));
        buildASurvey(network);

        SignedInUser coordinator = new SignedInUser(new TestCoordinators(jdbc).accountId(coordinatorEmail), coordinatorEmail,
                "Samordnare", Set.of(Role.COORDINATOR), Set.of(organisation), clock.instant());
        readEveryPage(new Made(network, organisation, activity, accountsBefore, mailsBefore), coordinator);
        readTheMails(mailsBefore);
        choosePerPerson(network, organisation, false);

        assertThat(sweep.problems()).as("payloads shown unescaped and pages without their security headers").isEmpty();
        assertThat(routesOf(sweep.formsWithText())).as("forms with free text that people outside staff saw but the sweep did not fill")
                .isSubsetOf(routesOf(sweep.formsSwept()));
        assertThat(sweep.fields()).extracting(PayloadSweep.Field::toString).as("the fields swept").containsAll(FIELDS_SWEPT);
        assertThat(sweep.fields()).as("renewal answers for another person").filteredOn(field -> field.form().equals(RENEWAL))
                .extracting(PayloadSweep.Field::name).anyMatch(name -> name.startsWith("namn")).anyMatch(name -> name.startsWith("epost"));
        assertEveryFieldWasReached();
        assertThat(sweep.shownInMails()).as("fields whose payload an e-mail shows, escaped").isNotEmpty();
        assertThat(staffPagesShowingPayloads).as("staff pages that showed what was typed").hasSizeGreaterThanOrEqualTo(10);
    }

    /**
     * Registers a new person through the public form, with a payload in every field. The one place
     * that registers, so that a change in how a registration is made (a confirmation by an e-mailed
     * link, say) is made here.
     *
     * @return the address the registration was made with
     */
    private String registerThroughTheForm(Network network, long organisation) throws Exception {
        try (Browser visitor = browser()) {
            String form = "/natverk/" + network.slug() + "/anmalan";
            Browser.Swept registration = visitor.sweep(visitor.open(form + "?organisation=" + organisation), form, "Anmälan till nätverk",
                    Map.of("organisationId", Long.toString(organisation)));
            expectAccepted(registration);
            String email = registration.value("email");
            visitor.submit(visitor.open(mailbox.latestLinkPathTo(email, "/anmalan/bekrafta/")), "/anmalan/bekrafta/", Map.of());
            return email;
        }
    }

    /** @return the address of the colleague the seat was offered to */
    private String correctTheDetailsAndOfferTheSeat(String registrationPage) throws Exception {
        try (Browser participant = browser()) {
            expectAccepted(participant.sweep(participant.open(registrationPage), "/uppgifter", "Din anmälan, uppgifter", Map.of()));
            Browser.Swept offer = participant.sweep(participant.open(registrationPage), "/overlat", "Din anmälan, överlåt platsen", Map.of());
            expectAccepted(offer);
            return offer.value("colleagueEmail");
        }
    }

    private void acceptTheSeat(String colleague) throws Exception {
        try (Browser browser = browser()) {
            HtmlPage offer = browser.open(mailbox.latestLinkPathTo(colleague, "/anmalan/overlatelse/"));
            expectAccepted(browser.sweep(offer, "/anmalan/overlatelse/", "Ta emot en plats", Map.of()));
        }
    }

    private void editTheProfile(String participantEmail) throws Exception {
        try (Browser participant = browser()) {
            HtmlPage myPages = participant.signInByLink(participantEmail, mailbox);
            expectAccepted(participant.sweep(myPages, "/mina-sidor/profil", "Mina sidor, profil", Map.of()));
        }
    }

    /** The coordinator appoints three people, staff open next year's re-confirmation, and the coordinator proposes others. */
    private void appointAndAnswerTheRenewal(Network network, long organisation, String coordinatorEmail) throws Exception {
        try (Browser coordinator = browser()) {
            coordinator.signInByLink(coordinatorEmail, mailbox);
            HtmlPage appoint = coordinator.open("/organisation/" + organisation + "/utse");
            expectAccepted(coordinator.sweep(appoint, "/utse", "Utse representanter", Map.of("networkId", Long.toString(network.id()))));
            HtmlPage replacement = coordinator.open(link(coordinator.open("/organisation/" + organisation + "/natverk"), "/ersatt"));
            expectAccepted(coordinator.sweep(replacement, "/ersatt", "Ersätt en deltagare", Map.of()));

            staff(post("/admin/natverk/" + network.id() + "/fornyelse").param("deadline", LocalDate.now(clock).plusDays(14).toString()));
            HtmlPage renewal = coordinator.open(link(coordinator.open("/mina-sidor"), "/mina-sidor/fornyelse/"));
            Browser.Swept answer = coordinator.sweep(renewal, "/mina-sidor/fornyelse/", RENEWAL, Map.of("svar\\d+", "TRANSFERRED"));
            expectAccepted(answer);
            openTheOffersAsTheColleagues(answer);
        }
    }

    /** The offer mail carries none of the coordinator's text; the page its link opens shows the name the coordinator typed. */
    private void openTheOffersAsTheColleagues(Browser.Swept renewalAnswer) throws Exception {
        for (Map.Entry<String, String> field : renewalAnswer.values().entrySet()) {
            if (field.getKey().startsWith("epost")) {
                try (Browser colleague = browser()) {
                    colleague.open(mailbox.latestLinkPathTo(field.getValue(), "/anmalan/overlatelse/"));
                }
            }
        }
    }

    private void keepTheInvoiceDetails(long organisation, String coordinatorEmail) throws Exception {
        try (Browser coordinator = browser()) {
            coordinator.signInByLink(coordinatorEmail, mailbox);
            HtmlPage details = coordinator.open("/organisation/" + organisation + "/fakturauppgifter");
            expectAccepted(coordinator.sweep(details, "/fakturauppgifter", "Fakturauppgifter", Map.of()));
        }
    }

    private void choosePerPerson(Network network, long organisation, boolean perPerson) throws Exception {
        staff(post("/admin/natverk/" + network.id() + "/fakturering/fakturamottagare").param("organisation", Long.toString(organisation))
                .param("perPerson", Boolean.toString(perPerson)));
    }

    private void signUpAndAskTheSpeaker(long activity) throws Exception {
        try (Browser visitor = browser()) {
            String form = "/aktiviteter/" + activity + "/anmalan";
            Browser.Swept signUp = visitor.sweep(visitor.open(form), form, "Anmälan till aktivitet", Map.of("organisationId", ""));
            expectAccepted(signUp);
            String signUpPage = mailbox.latestLinkPathTo(signUp.value("email"), "/aktiviteter/min-anmalan/");
            expectAccepted(visitor.sweep(visitor.open(signUpPage + "/fragor"), "/fragor", "Fråga till föredragshållaren", Map.of()));
        }
    }

    private void readTheQuestionsAsAnotherParticipantAndAsTheSpeaker(long activity) throws Exception {
        try (Browser otherParticipant = browser()) {
            String email = "kollega-" + UUID.randomUUID() + "@example.org";
            String form = "/aktiviteter/" + activity + "/anmalan";
            otherParticipant.submit(otherParticipant.open(form), form, Map.of("name", "Kim Kollega", "email", email));
            otherParticipant.open(mailbox.latestLinkPathTo(email, "/aktiviteter/min-anmalan/") + "/fragor");
        }
        String speakerLink = (String) staff(post("/admin/aktiviteter/" + activity + "/fragor/talarlank")).getFlashMap().get("speakerLink");
        try (Browser speaker = browser()) {
            speaker.open(speakerLink.replaceFirst("https?://[^/]+", ""));
        }
    }

    /** An anonymous visitor's "Vad saknade du?" reaches staff on the page's comments in Sidfeedback. */
    private void answerThePageFeedback(Network network) throws Exception {
        try (Browser visitor = browser()) {
            HtmlPage answer = visitor.open("/sidfeedback?adress=/natverk/" + network.slug() + "&svar=nej");
            expectAccepted(visitor.sweep(answer, "/sidfeedback", "Sidfeedback", Map.of()));
        }
    }

    /** An anonymous visitor's text in the sign-in forms reaches staff through the audit log of failed sign-ins. */
    private void tryTheSignInForms() throws Exception {
        try (Browser stranger = browser()) {
            stranger.sweep(stranger.open("/logga-in"), "/logga-in", "Inloggning med länk", Map.of());
            stranger.sweep(stranger.open("/logga-in/personal"), "/logga-in/personal", "Inloggning för personal", Map.of());
        }
    }

    /**
     * Each field the forms refused showed the payload back, escaped; each field they took showed it
     * on some page later, or is kept but shown nowhere, which the database must confirm.
     */
    private void assertEveryFieldWasReached() {
        Set<PayloadSweep.Field> refused = sweep.refused();
        assertThat(refused).as("fields the forms refused, which must show the typed payload back escaped")
                .allSatisfy(field -> assertThat(sweep.echoedOn(field)).as(field.toString()).isNotNull());
        List<PayloadSweep.Field> shownNowhere = sweep.fields().stream()
                .filter(field -> !refused.contains(field) && sweep.shownOn(field) == null).toList();
        Set<PayloadSweep.Field> kept = keptInTheDatabase();
        assertThat(shownNowhere).as("fields taken whose payload no page showed")
                .allSatisfy(field -> assertThat(kept).as("kept in the database as typed").contains(field))
                .extracting(PayloadSweep.Field::toString).isSubsetOf(KEPT_BUT_SHOWN_NOWHERE);
    }

    /**
     * Reads every page the application maps for staff and coordinators, and every public page it can
     * fill in, with each variable given every id of what the sweep made; and each list once more
     * searched for the sweep's text and for a payload.
     */
    private void readEveryPage(Made made, SignedInUser coordinator) throws Exception {
        for (Route route : Route.all(context)) {
            // the flows read Mina sidor as its owners; pages under /test exist only in tests (CrashingTestController)
            if (route.method() != RequestMethod.GET || !route.rendersPage() || route.isUnder("/mina-sidor") || route.isUnder("/test")) {
                continue;
            }
            boolean staffPage = route.isUnder("/admin");
            boolean coordinatorPage = route.isUnder("/organisation");
            Optional<List<String>> paths = route.paths(variable -> values(variable, made));
            if (paths.isEmpty()) {
                if (staffPage || coordinatorPage) {
                    sweep.problem(route + ": the sweep does not know which ids to read it with; teach XssSweepTest.values");
                }
                continue;
            }
            for (String path : paths.get()) {
                for (Map<String, String> query : queries(route, made)) {
                    MockHttpServletRequestBuilder request = get(path);
                    query.forEach(request::param);
                    if (staffPage) {
                        request.with(TestSignIn.as(admin));
                    } else if (coordinatorPage) {
                        request.with(TestSignIn.as(coordinator));
                    }
                    if (read(request, path + query) && staffPage) {
                        staffPagesShowingPayloads.add(route.toString());
                    }
                }
            }
        }
    }

    /** The routes that answer the form actions, so that one person's link and another's count as the same form. */
    private Set<String> routesOf(Set<String> actions) {
        List<Route> posts = Route.all(context).stream().filter(route -> route.method() == RequestMethod.POST).toList();
        Set<String> routes = new LinkedHashSet<>();
        for (String action : actions) {
            routes.add(posts.stream().filter(route -> route.matches(action)).map(Route::toString).findFirst()
                    .orElse("no route answers POST " + action));
        }
        return routes;
    }

    private void readTheMails(long mailsBefore) {
        jdbc.sql("SELECT id, recipient, subject, html_body FROM outbox_message WHERE id > :before ORDER BY id")
                .param("before", mailsBefore)
                .query((row, number) -> {
                    sweep.readMail("e-mail " + row.getLong("id") + " to " + row.getString("recipient") + " (" + row.getString("subject") + ")",
                            row.getString("html_body"));
                    return null;
                }).list();
    }

    /** The fields whose payload some text column of some table holds as typed, found by reading the schema. */
    private Set<PayloadSweep.Field> keptInTheDatabase() {
        List<String[]> columns = jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE lower(table_schema) = 'public'
                          AND upper(data_type) IN ('CHARACTER VARYING', 'TEXT', 'CHARACTER LARGE OBJECT')
                        """)
                .query((row, number) -> new String[] {row.getString(1).toLowerCase(), row.getString(2).toLowerCase()}).list();
        Set<PayloadSweep.Field> kept = new LinkedHashSet<>();
        for (String[] column : columns) {
            // events waiting for their listeners are not where a value is kept
            if (column[0].equals("event_publication") || !column[0].matches("[a-z0-9_]+") || !column[1].matches("[a-z0-9_]+")) {
                continue;
            }
            jdbc.sql("SELECT " + column[1] + " FROM " + column[0] + " WHERE " + column[1] + " LIKE :tag")
                    .param("tag", "%" + sweep.tag() + "%")
                    .query(String.class).list()
                    .forEach(value -> sweep.fieldsIn(value).stream()
                            .filter(field -> value.contains(field.payload()))
                            .forEach(kept::add));
        }
        return kept;
    }

    /** @return whether the page showed a field's payload */
    private boolean read(MockHttpServletRequestBuilder request, String what) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            sweep.problem(what + ": " + status);
        }
        return sweep.read("GET " + what + " → " + status, false, result.getResponse().getContentType(), result.getResponse()::getHeader,
                result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A survey to the sweep's network with a section and a question, so that the builder's pages have one to show. */
    private void buildASurvey(Network network) throws Exception {
        staff(post("/admin/enkater/ny").param("title", "Enkät till " + network.title()).param("intro", "").param("audience", "PERSON")
                .param("target", "natverk-" + network.id()).param("closesOn", "").param("submissionKey", SecretTokens.newToken()));
        long survey = jdbc.sql("SELECT id FROM survey WHERE network_id = :id").param("id", network.id()).query(Long.class).single();
        staff(post("/admin/enkater/" + survey + "/avsnitt").param("sectionTitle", "Avsnitt").param("submissionKey", SecretTokens.newToken()));
        long section = jdbc.sql("SELECT id FROM survey_section WHERE survey_id = :id").param("id", survey).query(Long.class).single();
        staff(post("/admin/enkater/" + survey + "/fragor/ny").param("section", Long.toString(section)).param("kind", "SINGLE_CHOICE")
                .param("text", "Fråga").param("options", "Ja\nNej").param("submissionKey", SecretTokens.newToken()));
    }

    private MvcResult staff(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(csrf()).with(TestSignIn.as(admin))).andReturn();
        assertThat(result.getResponse().getStatus()).as("staff's %s", result.getRequest().getRequestURI()).isEqualTo(302);
        return result;
    }

    private Browser browser() {
        return new Browser(mvc, sweep);
    }

    private static void expectAccepted(Browser.Swept swept) {
        assertThat(swept.status()).as("the answer to a form with valid values, at %s", swept.answer().getUrl()).isEqualTo(200);
    }

    private static String link(HtmlPage page, String to) {
        return page.getAnchors().stream().map(HtmlAnchor::getHrefAttribute).filter(href -> href.contains(to)).findFirst()
                .orElseThrow(() -> new AssertionError("No link to " + to + " on " + page.getUrl()));
    }

    /** A network open for registration from this year, so that next year's re-confirmation can be asked now. */
    private Network openNetwork() {
        int year = LocalDate.now(clock).getYear();
        long id = networkAdministration.create(new NetworkForm("Svepets nätverk " + UUID.randomUUID(), "", "Säkerhet", "CIVIL_SERVANTS",
                Integer.toString(year), Integer.toString(year + 3), "900", "25", "", "", "", true, true, "Lunch",
                "Ett nätverk för svepet.", Map.of(), List.of(new NetworkContact("Karin Ekholm", "Handläggare",
                "karin.ekholm@example.org", "070-174 06 05")), null, true), Actor.system());
        networkAdministration.moveStatus(id, NetworkStatus.DRAFT, NetworkStatus.OPEN, Actor.system());
        return networkCatalogue.find(id).orElseThrow();
    }

    /** A seminar open to anyone, on site so that it asks for food and accessibility needs, as staff create it. */
    private long publicSeminar() throws Exception {
        MvcResult created = staff(post("/admin/aktiviteter/ny").param("kind", "SEMINAR").param("title", "Svepets seminarium")
                .param("description", "<p>Ett seminarium.</p>").param("format", "PHYSICAL").param("venue", "Konferenscentret")
                .param("streetAddress", "Hornsgatan 20").param("city", "Stockholm").param("openToPublic", "on")
                .param("firstDate", seminarDay().toString()).param("firstStart", "10:00")
                .param("firstEnd", "15:00").param("firstCapacity", "20"));
        String location = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        staff(post("/admin/aktiviteter/" + id + "/status").param("fran", "DRAFT").param("till", "PUBLISHED"));
        return id;
    }

    private LocalDate seminarDay() {
        return LocalDate.now(clock).plusDays(7);
    }

    private long maxId(String table) {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM " + table).query(Long.class).single();
    }

    /** What the sweep made, whose ids fill the routes' variables; the rows numbered above the "before" ids are the sweep's. */
    private record Made(Network network, long organisation, long activity, long accountsBefore, long mailsBefore) {
    }

    /** The page as it opens, and, where it takes a search, searched for the sweep's text and for a payload. */
    private List<Map<String, String>> queries(Route route, Made made) {
        Set<String> parameters = route.requestParameters();
        Map<String, String> opened = new LinkedHashMap<>();
        if (parameters.contains("natverk")) {
            opened.put("natverk", Long.toString(made.network().id()));
        }
        if (parameters.contains("adress")) {
            opened.put("adress", "/natverk/" + made.network().slug());
        }
        List<Map<String, String>> queries = new ArrayList<>();
        if (parameters.contains("ar")) {
            // this year's invoices, and the seminar's year, which may be next year
            Stream.of(LocalDate.now(clock), seminarDay()).map(LocalDate::getYear).distinct().forEach(year -> {
                Map<String, String> query = new LinkedHashMap<>(opened);
                query.put("ar", Integer.toString(year));
                queries.add(query);
            });
        } else {
            queries.add(opened);
        }
        if (parameters.contains("q")) {
            queries.add(Map.of("q", sweep.tag()));
            queries.add(Map.of("q", sweep.searchPayload()));
        }
        return queries;
    }

    /** A variable is known by its name, and an "id" by the path segment before it (natverk/{id} is a network). */
    private Optional<List<String>> values(Route.Variable variable, Made made) {
        Network network = made.network();
        List<String> values = switch (variable.name()) {
            case "slug" -> List.of(network.slug());
            case "activity", "activityId" -> List.of(Long.toString(made.activity()));
            case "occasionId" -> ids("SELECT id FROM activity_occasion WHERE activity_id = :id", made.activity());
            case "network", "networkId" -> List.of(Long.toString(network.id()));
            case "registrationId", "personId" -> ids("SELECT id FROM registration WHERE network_id = :id", network.id());
            case "roundId" -> ids("SELECT id FROM renewal_round WHERE network_id = :id", network.id());
            case "organisationId" -> List.of(Long.toString(made.organisation()));
            case "messageId" -> ids("SELECT id FROM participant_message WHERE audience_kind = 'NETWORK' AND audience_id = :id",
                    network.id());
            case "subgroupId" -> ids("SELECT id FROM room_subgroup WHERE network_id = :id", network.id());
            case "surveyId" -> ids("SELECT id FROM survey WHERE network_id = :id", network.id());
            case "questionId" -> ids("SELECT q.id FROM survey_question q JOIN survey s ON s.id = q.survey_id WHERE s.network_id = :id",
                    network.id());
            case "id" -> switch (variable.segmentBefore()) {
                case "natverk" -> List.of(Long.toString(network.id()));
                case "konton" -> ids("SELECT id FROM account WHERE id > :id", made.accountsBefore());
                case "fakturor" -> ids("SELECT id FROM invoice_document WHERE network_id = :id", network.id());
                case "utskick" -> ids("SELECT id FROM outbox_message WHERE id > :id", made.mailsBefore());
                default -> null;
            };
            default -> null;
        };
        return Optional.ofNullable(values);
    }

    private List<String> ids(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).list().stream().map(Object::toString).toList();
    }
}
