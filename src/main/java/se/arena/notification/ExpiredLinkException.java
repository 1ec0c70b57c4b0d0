package se.arena.notification;

/**
 * A personal link that was issued but no longer works (expired or revoked). Whatever page it was
 * opened on, the person gets the page that offers a new one ({@link ExpiredLinkAdvice}).
 */
public class ExpiredLinkException extends RuntimeException {

    private final transient String token;
    private final boolean renewable;

    /** @param renewable whether the holder can have a new one sent ({@link PersonalLinks#sendNew(String)}) */
    ExpiredLinkException(String token, boolean renewable) {
        super("The personal link has expired or been revoked");
        this.token = token;
        this.renewable = renewable;
    }

    String token() {
        return token;
    }

    boolean renewable() {
        return renewable;
    }
}
