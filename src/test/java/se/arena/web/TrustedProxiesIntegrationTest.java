package se.arena.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the proxy at 127.0.0.1 named, its X-Forwarded-For and -Proto are believed. What a request
 * says without that setting is in {@link WebShellIntegrationTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "arena.security.trusted-proxies=192.0.2.0/24, 127.0.0.1")
class TrustedProxiesIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aNamedProxyGivesTheClientAddressAndScheme() throws Exception {
        assertThat(clientAsSeen("203.0.113.9")).isEqualTo("203.0.113.9 https");
    }

    /** A client cannot pose as another by sending its own X-Forwarded-For: only the named proxy's entry counts. */
    @Test
    void whatTheClientPutsBeforeTheProxysEntryIsIgnored() throws Exception {
        assertThat(clientAsSeen("198.51.100.7, 203.0.113.9")).isEqualTo("203.0.113.9 https");
        assertThat(clientAsSeen("198.51.100.7, 192.0.2.10")).isEqualTo("198.51.100.7 https");
    }

    private String clientAsSeen(String forwardedFor) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/klientadress"))
                        .header("X-Forwarded-For", forwardedFor).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
