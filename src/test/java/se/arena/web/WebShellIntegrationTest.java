package se.arena.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs a real server, because error pages are rendered by the servlet container's error dispatch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebShellIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyPageIsSwedishWithSkipLinkAndFooterStatements() throws Exception {
        for (String path : new String[] {"/", "/natverk", "/organisationer", "/tillganglighet", "/integritet"}) {
            HttpResponse<String> response = get(path, "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path)
                    .contains("<html lang=\"sv\">")
                    .contains("href=\"#innehall\"")
                    .contains("id=\"innehall\"")
                    .contains("href=\"/tillganglighet\"")
                    .contains("href=\"/integritet\"");
        }
    }

    @Test
    void missingPageIsASwedish404() throws Exception {
        HttpResponse<String> response = get("/finns/inte", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Sidan finns inte", "<html lang=\"sv\">");
    }

    @Test
    void failureIsASwedish500WithoutStackTrace() throws Exception {
        HttpResponse<String> response = get("/test/krasch", "text/html");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Något gick fel hos oss")
                .doesNotContain("IllegalStateException", "se.arena.internal", "Simulated failure", "at se.arena");
    }

    /** A unique key broken by what the person sent, which the page did not check first, is their conflict and not our crash. */
    @Test
    void aWriteThatClashesWithDataAlreadyThereIsASwedish409() throws Exception {
        HttpResponse<String> page = get("/test/krock", "text/html");
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("Uppgifterna krockar med något som redan finns", "<html lang=\"sv\">")
                .doesNotContain("shedlock", "Exception");
        HttpResponse<String> api = get("/api/test/krock", "application/json");
        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(api.body()).contains("\"status\":409", "Uppgifterna krockar").doesNotContain("shedlock");
    }

    @Test
    void forbiddenIsExplainedInSwedish() throws Exception {
        HttpResponse<String> response = get("/test/forbjuden", "text/html");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Du har inte behörighet till sidan", "<html lang=\"sv\">");
    }

    /** MockMvc has no servlet container cookie settings, so the cookie's attributes are checked on a real server. */
    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = get("/logga-in", "text/html");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("SESSION=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
                .noneMatch(cookie -> cookie.contains("Secure"));
    }


    /** By default no proxy is trusted: a client on the same network or machine cannot choose the address it is seen with. */
    @Test
    void forwardedHeadersFromAnUnnamedAddressAreIgnored() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/klientadress"))
                .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("127.0.0.1 http");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
