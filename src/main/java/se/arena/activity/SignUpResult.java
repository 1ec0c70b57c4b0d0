package se.arena.activity;

/**
 * What became of a sign-up: a place, a place in the queue, or nothing yet because the chosen
 * occasion filled up (the person then chooses its waitlist or another date) or has closed.
 */
public record SignUpResult(Outcome outcome, SignUp signUp) {

    public enum Outcome { SIGNED_UP, OCCASION_FULL, OCCASION_CLOSED }

    static SignUpResult of(SignUp signUp) {
        return new SignUpResult(Outcome.SIGNED_UP, signUp);
    }

    static SignUpResult full() {
        return new SignUpResult(Outcome.OCCASION_FULL, null);
    }

    static SignUpResult closed() {
        return new SignUpResult(Outcome.OCCASION_CLOSED, null);
    }
}
