package se.arena.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import se.arena.SecretTokens;

/**
 * OWASP's "device cookie": after a complete staff sign-in (password and second factor, or the
 * set-up link, password and first code) the browser gets a cookie that names a random browser id
 * and when it was issued, signed with HMAC-SHA256 over those and the account's e-mail address.
 * The address is not in the cookie; a cookie only counts when the address typed is the one it was
 * signed for, so it tells a stranger who finds it nothing and works for no other account.
 *
 * <p>A browser with a valid cookie for the address is counted by {@link SignInThrottle} under
 * its own id instead of under the address and the client's network, so someone who hammers an
 * address cannot keep its owner out. Every complete sign-in replaces the cookie with a new one.
 * The cookie is HttpOnly, SameSite=Strict, Secure over HTTPS, and only sent to the staff sign-in.
 */
@Component
class TrustedBrowsers {

    static final String COOKIE = "arena-trusted-browser";

    private static final String PATH = "/logga-in/personal";
    /** Issued time, browser id and signature with their separators; anything longer is not ours. */
    private static final int MAX_LENGTH = 120;
    /** How far a cookie's issue time may lie ahead, for nodes whose clocks differ a little. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SecretKeys keys;
    private final SecurityProperties properties;
    private final Clock clock;

    TrustedBrowsers(SecretKeys keys, SecurityProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the browser's id when the cookie is one this application signed for the address and it has not expired */
    Optional<String> recognise(String cookie, String email) {
        if (cookie == null || cookie.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = cookie.split("\\.", -1);
        if (parts.length != 3 || !parts[0].matches("\\d{1,12}") || !parts[1].matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
        Instant now = clock.instant();
        if (issued.isAfter(now.plus(CLOCK_SKEW)) || !issued.plus(properties.trustedBrowserValidity()).isAfter(now)) {
            return Optional.empty();
        }
        byte[] expected = signature(parts[0], parts[1], email).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(parts[1])
                : Optional.empty();
    }

    /** Gives the browser a new cookie for the account's address, in place of any earlier one. */
    void trust(String email, HttpServletRequest request, HttpServletResponse response) {
        String issued = Long.toString(clock.instant().getEpochSecond());
        String browserId = Base64.getUrlEncoder().withoutPadding().encodeToString(SecretTokens.randomBytes(16));
        ResponseCookie cookie = ResponseCookie.from(COOKIE, issued + "." + browserId + "." + signature(issued, browserId, email))
                .path(PATH)
                .maxAge(properties.trustedBrowserValidity())
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private String signature(String issued, String browserId, String email) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.hmac(SecretKeys.Purpose.TRUSTED_BROWSER_COOKIE,
                issued + "|" + browserId + "|" + AccountRepository.normaliseEmail(email)));
    }
}
