package se.arena.activity;

/** The e-mail address already holds or waits for a place on one of the activity's occasions. */
public class AlreadySignedUpException extends RuntimeException {

    public AlreadySignedUpException() {
        super("Already signed up to the activity");
    }
}
