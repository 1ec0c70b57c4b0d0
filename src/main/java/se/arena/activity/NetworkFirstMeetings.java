package se.arena.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.arena.network.Network;
import se.arena.registration.FirstMeetingDates;

/**
 * The dates the registration form offers: of the network's published meetings, the one whose
 * next date open for sign-up comes first, with all its dates still open for sign-up.
 */
@Component
class NetworkFirstMeetings implements FirstMeetingDates {

    private final ActivityRepository activities;
    private final Clock clock;

    NetworkFirstMeetings(ActivityRepository activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FirstMeeting> of(Network network) {
        Instant now = clock.instant();
        List<Activity> meetings = activities.forFeed(network.id()).stream()
                .filter(activity -> activity.kind() == ActivityKind.MEETING && activity.isOpen()).toList();
        Map<Long, List<Occasion>> occasions = activities.occasionsOf(meetings.stream().map(Activity::id).toList());
        return meetings.stream()
                .map(meeting -> new Open(meeting, occasions.getOrDefault(meeting.id(), List.of()).stream()
                        .filter(occasion -> occasion.takesSignUps(now)).toList()))
                .filter(open -> !open.occasions().isEmpty())
                .min(Comparator.comparing(open -> open.occasions().getFirst().startsAt()))
                .map(open -> new FirstMeeting(open.meeting().title(), open.occasions().stream().map(Occasion::label).toList()));
    }

    /** A meeting with its dates that still take sign-ups, in time order. */
    private record Open(Activity meeting, List<Occasion> occasions) {
    }
}
