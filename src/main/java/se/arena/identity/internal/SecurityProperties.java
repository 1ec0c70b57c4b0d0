package se.arena.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings under {@code arena.security.*}. The secret key, {@value SecretKeys#PROPERTY},
 * is read by {@link SecretKeys} alone, so that it never sits in a bean that may be printed.
 *
 * @param staffIdleTimeout how long a staff session survives without a request
 * @param idleTimeout the same for coordinators and participants
 * @param absoluteTimeout how long any session lives, however active
 * @param signInLinkValidity how long an e-mailed sign-in link works
 * @param firstAdminEmail the address of the admin account created on an empty database
 * @param linkRequestsPerAddress sign-in link requests one client address may make in 15 minutes
 * @param signInFailureWindow the sliding window the staff sign-in failures below are counted in
 * @param signInFailuresPerEmail failed staff sign-ins (password or code) for one e-mail address,
 *                               from browsers not trusted for it, after which such browsers must wait
 * @param signInFailuresPerClient failed staff sign-ins from one client address (an IPv6 /64), from
 *                                browsers that are not trusted, after which it must wait
 * @param signInFailuresPerTrustedBrowser failed staff sign-ins one trusted browser may make
 * @param secondFactorFailuresPerDay wrong codes for one account in 24 hours, from browsers not
 *                                   trusted for it, after which its second step waits
 * @param trustedBrowserValidity how long a browser stays trusted after a complete staff sign-in
 */
@ConfigurationProperties("arena.security")
record SecurityProperties(
        Duration staffIdleTimeout,
        Duration idleTimeout,
        Duration absoluteTimeout,
        Duration signInLinkValidity,
        String firstAdminEmail,
        Integer linkRequestsPerAddress,
        Duration signInFailureWindow,
        Integer signInFailuresPerEmail,
        Integer signInFailuresPerClient,
        Integer signInFailuresPerTrustedBrowser,
        Integer secondFactorFailuresPerDay,
        Duration trustedBrowserValidity) {

    SecurityProperties {
        staffIdleTimeout = staffIdleTimeout == null ? Duration.ofMinutes(30) : staffIdleTimeout;
        idleTimeout = idleTimeout == null ? Duration.ofHours(2) : idleTimeout;
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
        signInLinkValidity = signInLinkValidity == null ? Duration.ofMinutes(15) : signInLinkValidity;
        firstAdminEmail = firstAdminEmail == null || firstAdminEmail.isBlank() ? "admin@example.org" : firstAdminEmail;
        linkRequestsPerAddress = linkRequestsPerAddress == null ? 10 : linkRequestsPerAddress;
        signInFailureWindow = signInFailureWindow == null ? Duration.ofMinutes(15) : signInFailureWindow;
        signInFailuresPerEmail = signInFailuresPerEmail == null ? 5 : signInFailuresPerEmail;
        signInFailuresPerClient = signInFailuresPerClient == null ? 20 : signInFailuresPerClient;
        signInFailuresPerTrustedBrowser = signInFailuresPerTrustedBrowser == null ? 10 : signInFailuresPerTrustedBrowser;
        secondFactorFailuresPerDay = secondFactorFailuresPerDay == null ? 10 : secondFactorFailuresPerDay;
        trustedBrowserValidity = trustedBrowserValidity == null ? Duration.ofDays(90) : trustedBrowserValidity;
    }
}
