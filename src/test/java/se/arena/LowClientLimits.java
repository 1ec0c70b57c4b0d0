package se.arena;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The per-client limits, lowered for the tests that check them. Every test class that uses them
 * names both, in this order, so they share one application context.
 */
public final class LowClientLimits {

    public static final int PER_HOUR = 2;
    public static final String REGISTRATION = "arena.registration.requests-per-client-per-hour=2";
    public static final String ACTIVITY_SIGN_UP = "arena.activity.sign-ups-per-client-per-hour=2";

    private LowClientLimits() {
    }

    /** The request comes from this client address. */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
