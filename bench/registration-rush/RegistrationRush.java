import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registration rush through HTTP, as people do it: each virtual person opens the form (which
 * gives a session, a CSRF token and a form key) and submits it. Reports submissions per second
 * and the latency of the submit. Run by run.sh; loopback addresses only.
 *
 * Usage: java RegistrationRush.java http://127.0.0.1:18080 network-slug people concurrency
 */
public class RegistrationRush {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");
    private static final Pattern ORGANISATION = Pattern.compile("<option value=\"(\\d+)\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("Load is only ever sent to loopback addresses");
        }
        String slug = args[1];
        int people = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        String formUrl = base + "/natverk/" + slug + "/anmalan";

        Semaphore slots = new Semaphore(concurrency);
        ConcurrentLinkedQueue<Long> submitNanos = new ConcurrentLinkedQueue<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int person = 0; person < people; person++) {
                int number = person;
                slots.acquire();
                executor.submit(() -> {
                    try {
                        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
                        String form = browser.send(HttpRequest.newBuilder(URI.create(formUrl)).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        List<String> organisations = all(ORGANISATION, form);
                        String body = "_csrf=" + enc(first(CSRF, form)) + "&submissionKey=" + enc(first(KEY, form))
                                + "&organisationId=" + organisations.get(ThreadLocalRandom.current().nextInt(organisations.size()))
                                + "&name=" + enc("Bänk Person " + number) + "&kind=CIVIL_SERVANT"
                                + "&email=" + enc("bench-" + runId + "-" + number + "@example.org") + "&consent=on";
                        long before = System.nanoTime();
                        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(URI.create(formUrl))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                        submitNanos.add(System.nanoTime() - before);
                        if (response.statusCode() == 302) {
                            accepted.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> latencies = new ArrayList<>(submitNanos);
        Collections.sort(latencies);
        System.out.printf("people=%d concurrency=%d accepted=%d failed=%d seconds=%.2f%n", people, concurrency,
                accepted.get(), failed.get(), seconds);
        System.out.printf("registrations_per_second=%.1f%n", accepted.get() / seconds);
        System.out.printf("submit_p50_ms=%.1f submit_p95_ms=%.1f submit_p99_ms=%.1f%n",
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99));
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Form without " + pattern);
        }
        return matcher.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> values = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
