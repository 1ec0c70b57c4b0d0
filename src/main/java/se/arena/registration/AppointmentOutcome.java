package se.arena.registration;

import java.util.List;

/**
 * What an appointment came to: the decision and the people registered under it, in the order the
 * form named them.
 *
 * @param newlyRegistered how many of the people were registered by this appointment (and e-mailed);
 *                        the others were registered already and are now linked to the decision
 * @param repeated        the form had been submitted before: this is the first submit's outcome, and nothing new was recorded
 */
public record AppointmentOutcome(Appointment decision, List<Registration> people, int newlyRegistered, boolean repeated) {

    public int alreadyRegistered() {
        return people.size() - newlyRegistered;
    }
}
