package se.arena.identity.internal;

enum TokenPurpose {
    /** A passwordless sign-in link for a coordinator or participant. */
    SIGN_IN,
    /** A staff member's link to choose a password and connect an authenticator app. */
    SET_UP
}
