package se.arena.activity;

/**
 * A validated sign-up before it has a place.
 *
 * @param waitlistIfFull the person chose the waitlist should the occasion be full when the decision is made
 */
public record NewSignUp(
        long occasionId,
        String email,
        String name,
        String title,
        Long organisationId,
        String organisationName,
        Long networkId,
        String phone,
        String dietaryNeeds,
        String accessibilityNeeds,
        String submissionKey,
        boolean waitlistIfFull) {
}
