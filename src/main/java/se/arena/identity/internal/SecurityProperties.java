package se.arena.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings under {@code arena.security.*}.
 *
 * @param staffIdleTimeout how long a staff session survives without a request
 * @param idleTimeout the same for coordinators and participants
 * @param absoluteTimeout how long any session lives, however active
 * @param signInLinkValidity how long an e-mailed sign-in link works
 * @param lockoutThreshold failed staff sign-ins within the lock-out window that lock the account
 * @param lockoutWindow the window failures are counted in, and how long the lock lasts
 * @param firstAdminEmail the address of the admin account created on an empty database
 * @param linkRequestsPerAddress sign-in link requests one client address may make in 15 minutes
 * @param staffSignInsPerAddress staff password attempts one client address may make in 15 minutes
 */
@ConfigurationProperties("arena.security")
record SecurityProperties(
        Duration staffIdleTimeout,
        Duration idleTimeout,
        Duration absoluteTimeout,
        Duration signInLinkValidity,
        Integer lockoutThreshold,
        Duration lockoutWindow,
        String firstAdminEmail,
        Integer linkRequestsPerAddress,
        Integer staffSignInsPerAddress) {

    SecurityProperties {
        staffIdleTimeout = staffIdleTimeout == null ? Duration.ofMinutes(30) : staffIdleTimeout;
        idleTimeout = idleTimeout == null ? Duration.ofHours(2) : idleTimeout;
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
        signInLinkValidity = signInLinkValidity == null ? Duration.ofMinutes(15) : signInLinkValidity;
        lockoutThreshold = lockoutThreshold == null ? 5 : lockoutThreshold;
        lockoutWindow = lockoutWindow == null ? Duration.ofMinutes(15) : lockoutWindow;
        linkRequestsPerAddress = linkRequestsPerAddress == null ? 10 : linkRequestsPerAddress;
        staffSignInsPerAddress = staffSignInsPerAddress == null ? 20 : staffSignInsPerAddress;
        firstAdminEmail = firstAdminEmail == null || firstAdminEmail.isBlank() ? "admin@example.org" : firstAdminEmail;
    }
}
