package se.arena.activity;

import java.time.Instant;

/**
 * A person's place, or place in the queue, on one occasion of an activity.
 *
 * @param organisationId the member organisation, or null when the person named another organisation
 * @param organisationName the organisation as typed when it is not a member
 * @param networkId the network whose seat let the person sign up, or null for an activity open to all
 * @param attended null until staff take attendance
 */
public record SignUp(
        long id,
        long activityId,
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
        SignUpStatus status,
        Boolean attended,
        Instant createdAt) {

    public boolean isConfirmed() {
        return status == SignUpStatus.CONFIRMED;
    }
}
