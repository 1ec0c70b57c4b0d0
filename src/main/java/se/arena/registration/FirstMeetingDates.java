package se.arena.registration;

import java.util.List;
import java.util.Optional;

import se.arena.network.Network;

/**
 * The dates of a network's first coming meeting, which the registration form offers to choose
 * between ("Önskat datum"). The activity module, which holds meetings, provides it: it depends on
 * this module, so this module asks through an interface rather than depend on it back.
 */
public interface FirstMeetingDates {

    /** The network's first meeting that still takes sign-ups, with its dates open for sign-up; empty when there is none. */
    Optional<FirstMeeting> of(Network network);

    /**
     * A meeting and its dates as people read them.
     *
     * @param dates e.g. "tisdag 31 mars 2027, 10:00–15:00", in time order, each at most 100 characters
     */
    record FirstMeeting(String title, List<String> dates) {

        public FirstMeeting {
            dates = List.copyOf(dates);
        }

        /** Only a meeting on several dates gives something to choose. */
        public boolean offersChoice() {
            return dates.size() > 1;
        }
    }
}
