package se.arena.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor on a real server (random port), for what MockMvc does not do: the container's error
 * pages and the filters before MVC. Keeps its cookies like a browser, so it has a session, and
 * sends a form with the CSRF token of the last page it was shown. Safe to share between threads.
 */
public final class PageClient {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private volatile String csrfToken;

    public PageClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
        Matcher token = CSRF_TOKEN.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    public HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /** Sends the form with the CSRF token of the last page shown, as a browser would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        if (csrfToken == null) {
            throw new IllegalStateException("Open a page with a form first: it gives the CSRF token");
        }
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrfToken) + "&", ""));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // longer than any time limit of the application, so that a hang shows as a hang
        return http.send(request.timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
