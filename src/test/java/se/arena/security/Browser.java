package se.arena.security;

import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.util.WebConnectionWrapper;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arena.identity.Mailbox;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One person's browser on the application over MockMvc: it keeps their cookies, sends the forms'
 * own CSRF tokens, follows redirects, and hands every response to the sweep. It fills a form the
 * way an attacker would: every text field gets a payload of its own; a field the form refuses
 * (an e-mail address, a telephone number, a date) must show the payload back escaped and is then
 * given a valid value, until the form is accepted.
 */
final class Browser implements AutoCloseable {

    private static final String ORIGIN = "http://localhost";
    /** More than any field takes: the longest limits, of rich text, are 10 000 characters. */
    static final int OVERLONG = 10_001;
    private static final Set<String> TEXT_TYPES = Set.of("text", "email", "tel", "search", "url", "");

    private final WebClient client;
    private final PayloadSweep sweep;

    Browser(MockMvc mvc, PayloadSweep sweep) {
        this.sweep = sweep;
        this.client = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setPrintContentOnFailingStatusCode(false);
        new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                sweep.read(request.getHttpMethod() + " " + request.getUrl().getFile() + " → " + response.getStatusCode(),
                        request.getHttpMethod() != HttpMethod.GET, response.getContentType(), response::getResponseHeaderValue,
                        response.getContentAsString());
                return response;
            }
        };
    }

    /** A staff member's, coordinator's or participant's browser, signed in without the sign-in pages. */
    static Browser signedIn(WebApplicationContext application, SignedInUser user, PayloadSweep sweep) {
        return new Browser(MockMvcBuilders.webAppContextSetup(application).apply(springSecurity())
                .defaultRequest(get("/").with(TestSignIn.as(user))).build(), sweep);
    }

    HtmlPage open(String path) throws IOException {
        return seen(client.getPage(ORIGIN + path));
    }

    /** The page at the path, or nothing when it answers otherwise than with a page (a 404 for an id of another network, say). */
    Optional<HtmlPage> openIfPage(String path) throws IOException {
        Page page = client.getPage(ORIGIN + path);
        return page instanceof HtmlPage && page.getWebResponse().getStatusCode() == 200 ? Optional.of(seen(page)) : Optional.empty();
    }

    /** Signs in with the link the application e-mails, as a coordinator or participant does. */
    HtmlPage signInByLink(String email, Mailbox mailbox) throws IOException {
        HtmlPage sent = submit(open("/logga-in"), "/logga-in", Map.of("email", email));
        if (sent.getWebResponse().getStatusCode() != 200) {
            throw new AssertionError("Asking for a sign-in link for " + email + " gave " + sent.getWebResponse().getStatusCode());
        }
        return submit(open(mailbox.latestLinkPathTo(email)), "/logga-in/lank/", Map.of());
    }

    /** Submits the form with the given text, ticking its checkboxes, as someone who types what is asked. */
    HtmlPage submit(HtmlPage page, String action, Map<String, String> values) throws IOException {
        HtmlForm form = form(page, action);
        fill(form, values, Map.of());
        return click(form);
    }

    /**
     * Types a payload into every text field of the form and sends it, then gives each field the form
     * refuses a valid value, until it is accepted or refuses no single field.
     *
     * @param choices a value for each select or radio group whose name matches the regex key; others
     *                keep what is chosen, or take the first real option. Every checkbox is ticked.
     */
    Swept sweep(HtmlPage page, String action, String formName, Map<String, String> choices) throws IOException {
        HtmlForm form = form(page, action);
        String actionPath = actionPath(page, form);
        sweep.swept(actionPath);
        HtmlPage refused = overlong(form, actionPath, choices);
        if (refused.getWebResponse().getStatusCode() / 100 != 4) {
            throw new AssertionError("The form " + actionPath + " took or failed on over-long text: " + sweep.problems());
        }
        form = form(refused, action);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, PayloadSweep.Field> payloads = new LinkedHashMap<>();
        for (HtmlElement control : textFields(form)) {
            String name = control.getAttribute("name");
            PayloadSweep.Field field = sweep.field(formName, name);
            payloads.put(name, field);
            typed.put(name, field.payload());
        }
        if (payloads.isEmpty()) {
            throw new AssertionError("The form " + actionPath + " has no text field to sweep");
        }
        Predicate<String> holdsItsPayload = name -> typed.get(name).equals(payloads.get(name).payload());
        for (int attempt = 1; attempt <= payloads.size() + 1; attempt++) {
            fill(form, typed, choices);
            HtmlPage answer = click(form);
            if (answer.getWebResponse().getStatusCode() < 400) {
                return new Swept(answer, typed);
            }
            List<String> refusedNow = typed.keySet().stream().filter(holdsItsPayload)
                    .filter(name -> answer.getElementById(name + "-fel") != null).toList();
            if (refusedNow.isEmpty()) {
                // refused as a whole (a wrong password, say): nothing typed was taken
                typed.keySet().stream().filter(holdsItsPayload).forEach(name -> sweep.refused(payloads.get(name)));
                return new Swept(answer, typed);
            }
            for (String name : refusedNow) {
                sweep.refused(payloads.get(name));
                typed.put(name, validValue(answer, name));
            }
            form = form(answer, action);
        }
        throw new AssertionError("The form " + actionPath + " never accepted valid values");
    }

    /**
     * Sends the form with {@link #OVERLONG} characters in every text field, as someone pasting a
     * whole document would, and notes a problem unless the form comes back refused (4xx) with a
     * message at each field and each field still holding what was typed.
     *
     * @return the answer, which holds the form again when the form behaves
     */
    HtmlPage overlong(HtmlForm form, String actionPath, Map<String, String> choices) throws IOException {
        Map<String, String> typed = new LinkedHashMap<>();
        for (HtmlElement control : textFields(form)) {
            typed.put(control.getAttribute("name"), "å".repeat(OVERLONG));
        }
        // a browser would stop at maxlength; someone posting by hand does not
        textFields(form).forEach(control -> control.removeAttribute("maxlength"));
        fill(form, typed, choices);
        HtmlPage answer = click(form);
        int status = answer.getWebResponse().getStatusCode();
        String what = "POST " + actionPath + " with " + OVERLONG + " characters in each field";
        if (status < 400 || status >= 500) {
            sweep.problem(what + ": answered " + status + " where the form should come back refused (4xx)");
            return answer;
        }
        for (String name : typed.keySet()) {
            DomElement field = answer.getElementByName(name);
            if (field == null) {
                sweep.problem(what + ": the form came back without " + name);
            } else if (!typed.get(name).equals(field instanceof HtmlTextArea area ? area.getText() : field.getAttribute("value"))) {
                sweep.problem(what + ": " + name + " lost what was typed");
            } else if (!showsAnErrorAt(answer, field)) {
                sweep.problem(what + ": no message next to " + name);
            }
        }
        return answer;
    }

    /** A message at the field itself, or at the group of fields (a contact person, say) it belongs to. */
    private static boolean showsAnErrorAt(HtmlPage page, DomElement field) {
        if (page.getElementById(field.getAttribute("name") + "-fel") != null) {
            return true;
        }
        for (DomElement group = field; group != null; group = group.getParentNode() instanceof DomElement parent ? parent : null) {
            if (group.getAttribute("class").contains("field--invalid")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a sweep got for what it typed.
     *
     * @param values what each text field held when the form was last sent
     */
    record Swept(HtmlPage answer, Map<String, String> values) {

        int status() {
            return answer.getWebResponse().getStatusCode();
        }

        String value(String field) {
            return values.get(field);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private HtmlPage click(HtmlForm form) throws IOException {
        HtmlElement button = form.getFirstByXPath(".//button[not(@type) or @type='submit'] | .//input[@type='submit']");
        if (button == null) {
            throw new AssertionError("No submit button in the form " + form.getActionAttribute());
        }
        return seen(button.click());
    }

    /** Notes the page's forms that post free text, so that the sweep can tell a form it left out. */
    private HtmlPage seen(Page page) {
        if (!(page instanceof HtmlPage html)) {
            throw new AssertionError("Expected a page, got " + page.getWebResponse().getContentType() + " from "
                    + page.getUrl());
        }
        for (HtmlForm form : html.getForms()) {
            if ("post".equalsIgnoreCase(form.getMethodAttribute()) && !textFields(form).isEmpty()) {
                sweep.sawFormWithText(actionPath(html, form));
            }
        }
        return html;
    }

    private static HtmlForm form(HtmlPage page, String action) {
        return page.getForms().stream()
                .filter(form -> "post".equalsIgnoreCase(form.getMethodAttribute()))
                .filter(form -> actionPath(page, form).contains(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No form posting to " + action + " on " + page.getUrl() + " ("
                        + page.getWebResponse().getStatusCode() + "):\n" + page.asNormalizedText()));
    }

    static String actionPath(HtmlPage page, HtmlForm form) {
        try {
            URL url = page.getFullyQualifiedUrl(form.getActionAttribute());
            return url.getPath();
        } catch (IOException malformed) {
            throw new AssertionError(malformed);
        }
    }

    static List<HtmlElement> textFields(HtmlForm form) {
        return form.getFormElements().stream()
                .filter(element -> element instanceof HtmlTextArea
                        || element instanceof HtmlInput input && TEXT_TYPES.contains(input.getTypeAttribute().toLowerCase(Locale.ROOT)))
                .filter(element -> !element.hasAttribute("readonly") && !element.hasAttribute("disabled"))
                .filter(element -> !element.getAttribute("name").isEmpty())
                .toList();
    }

    private static void fill(HtmlForm form, Map<String, String> typed, Map<String, String> choices) {
        typed.forEach((name, value) -> setText(form, name, value));
        for (HtmlElement element : form.getFormElements()) {
            String name = element.getAttribute("name");
            String chosen = choices.entrySet().stream().filter(choice -> name.matches(choice.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            switch (element) {
                case HtmlCheckBoxInput checkbox -> checkbox.setChecked(true);
                case HtmlRadioButtonInput radio when chosen != null -> radio.setChecked(radio.getValueAttribute().equals(chosen));
                case HtmlRadioButtonInput radio when form.getCheckedRadioButton(name) == null
                        && form.getRadioButtonsByName(name).getFirst() == radio -> radio.setChecked(true);
                case HtmlSelect select when chosen != null -> select.setSelectedAttribute(chosen, true);
                case HtmlSelect select when select.getSelectedOptions().stream().allMatch(option -> option.getValueAttribute().isEmpty()) ->
                        select.getOptions().stream().map(HtmlOption::getValueAttribute).filter(value -> !value.isEmpty()).findFirst()
                                .ifPresent(value -> select.setSelectedAttribute(value, true));
                default -> {
                }
            }
        }
    }

    private static void setText(HtmlForm form, String name, String value) {
        HtmlElement field = form.getFormElements().stream().filter(element -> name.equals(element.getAttribute("name")))
                .findFirst().orElseThrow(() -> new AssertionError("No field " + name + " in " + form.getActionAttribute()));
        switch (field) {
            case HtmlTextArea area -> area.setText(value);
            case HtmlInput input -> input.setValue(value);
            default -> throw new AssertionError(name + " is not a text field");
        }
    }

    /** What a person would type in a field the form refused: what its type or the date format in its label asks for. */
    private static String validValue(HtmlPage page, String name) {
        DomElement field = page.getElementByName(name);
        String type = field.getAttribute("type").toLowerCase(Locale.ROOT);
        DomElement label = page.getFirstByXPath("//label[@for='" + field.getId() + "']");
        String labelText = label == null ? "" : label.asNormalizedText();
        if (type.equals("email")) {
            return "svept-" + UUID.randomUUID() + "@example.org";
        }
        if (type.equals("tel")) {
            return "070-123 45 67";
        }
        if (labelText.contains("ÅÅÅÅ-MM-DD")) {
            return LocalDate.now().minusDays(1).toString();
        }
        if (labelText.startsWith("Postnummer")) {
            return "123 45";
        }
        if (labelText.startsWith("Peppol-id")) {
            return "0007:2120000019";
        }
        if (labelText.startsWith("GLN")) {
            return "7350000000009";
        }
        throw new AssertionError("The form refused the payload in " + name + " (" + labelText + "): "
                + page.getElementById(name + "-fel").asNormalizedText()
                + ". Teach Browser.validValue what a person would type there.");
    }
}
