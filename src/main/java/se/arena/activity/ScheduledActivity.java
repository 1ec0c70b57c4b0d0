package se.arena.activity;

import java.util.List;

/** An activity with the occasions a page or a feed shows of it. */
public record ScheduledActivity(Activity activity, List<Occasion> occasions) {
}
