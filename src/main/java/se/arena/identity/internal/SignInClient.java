package se.arena.identity.internal;

import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is signing in, as far as the throttle is concerned: the client's address and the
 * trusted-browser cookie the browser sent, if any (not yet checked; see {@link TrustedBrowsers}).
 */
record SignInClient(String ipAddress, String trustedBrowserCookie) {

    static SignInClient of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        String trusted = cookies == null ? null : Arrays.stream(cookies)
                .filter(cookie -> TrustedBrowsers.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
        return new SignInClient(request.getRemoteAddr(), trusted);
    }
}
