package se.arena.room.message;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.ArenaProperties;
import se.arena.TimeConfiguration;
import se.arena.activity.Activity;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityStatus;
import se.arena.activity.Occasion;
import se.arena.activity.ProgrammeItem;
import se.arena.activity.ScheduledActivity;

/**
 * An activity's programme or invitation as a message's first text: staff read it, change what
 * they like and send it now or by a set date like any message. The automatic invitation of the
 * activity module is not touched; this is for sending it again, earlier or to fewer people.
 */
@Service
@Transactional(readOnly = true)
class ActivityDrafts {

    private final ActivityCatalogue activities;
    private final ArenaProperties arena;
    private final Clock clock;

    ActivityDrafts(ActivityCatalogue activities, ArenaProperties arena, Clock clock) {
        this.activities = activities;
        this.arena = arena;
        this.clock = clock;
    }

    /** What a text can be made from. */
    enum Kind {
        PROGRAMME("program"),
        INVITATION("inbjudan");

        private final String parameter;

        Kind(String parameter) {
            this.parameter = parameter;
        }

        /** Kinds come from the address bar: anything else means "no draft". */
        static Optional<Kind> parse(String value) {
            for (Kind kind : values()) {
                if (kind.parameter.equals(value)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** The published activities of the network with an occasion still to come, to choose one from. */
    List<Activity> upcoming(long networkId) {
        Instant now = clock.instant();
        return activities.feed(networkId).stream()
                .filter(scheduled -> scheduled.activity().status() == ActivityStatus.PUBLISHED)
                .filter(scheduled -> scheduled.occasions().stream().anyMatch(occasion -> occasion.isScheduled() && !occasion.isOver(now)))
                .map(ScheduledActivity::activity).toList();
    }

    /**
     * The activity a draft for the audience is made from: an activity audience's own, or for a
     * network or a sub-group one of the network's activities, by its id.
     */
    Optional<Activity> source(Audience audience, String activityId) {
        return switch (audience) {
            case Audience.OfActivity activity -> Optional.of(activity.activity());
            case Audience.OfNetwork network -> ofNetwork(network.id(), activityId);
            case Audience.OfSubGroup subGroup -> ofNetwork(subGroup.network().id(), activityId);
        };
    }

    private Optional<Activity> ofNetwork(long networkId, String activityId) {
        if (activityId == null || !activityId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return activities.find(Long.parseLong(activityId))
                .filter(activity -> activity.status().isPublic() && activity.networkIds().contains(networkId));
    }

    /** The draft as the compose form's first text, with a fresh submission key. */
    MessageForm draft(Kind kind, Activity activity, String submissionKey) {
        List<Occasion> occasions = activities.occasions(activity).stream().filter(Occasion::isScheduled).toList();
        return text(kind, activity, occasions, arena.baseUrl(), submissionKey);
    }

    /** The day the automatic invitation goes, or went, out: null when the activity has none. */
    AutomaticInvitation automatic(Activity activity) {
        if (activity.invitationDue() == null) {
            return null;
        }
        return new AutomaticInvitation(activity.invitationDue(), activity.invitationDue().isBefore(
                clock.instant().atZone(TimeConfiguration.SWEDEN).toLocalDate()));
    }

    /** @param passed whether the day is behind us (whether it then went out is the activity module's to say) */
    record AutomaticInvitation(LocalDate due, boolean passed) {
    }

    /** The subject and text; the occasions' dates and times in Swedish time, as {@link Occasion#label()} writes them. */
    static MessageForm text(Kind kind, Activity activity, List<Occasion> occasions, String baseUrl, String submissionKey) {
        String kindLabel = activity.kind().label().toLowerCase(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        lines.add(kind == Kind.PROGRAMME
                ? "Här kommer programmet till " + activity.title() + " (" + kindLabel + ")."
                : "Du är inbjuden till " + activity.title() + " (" + kindLabel + ").");
        lines.add("");
        if (!occasions.isEmpty()) {
            lines.add(occasions.size() == 1 ? "Datum och tid:" : "Datum och tider:");
            occasions.forEach(occasion -> lines.add("- " + occasion.label()));
        }
        if (activity.format().hasPlace()) {
            lines.add("Plats: " + activity.place());
        }
        if (activity.format().hasLink()) {
            lines.add(kind == Kind.PROGRAMME ? "Länken till mötet finns på din anmälan." : "Länken till mötet får du när du har anmält dig.");
        }
        if (!activity.programme().isEmpty()) {
            lines.add("");
            lines.add("Program:");
            for (ProgrammeItem item : activity.programme()) {
                String time = item.time().isEmpty() ? "" : item.time() + " ";
                String speaker = item.speaker() == null || item.speaker().isBlank() ? "" : ", " + item.speaker();
                lines.add(time + item.title() + speaker);
            }
        }
        lines.add("");
        lines.add(kind == Kind.PROGRAMME
                ? "Läs mer om aktiviteten: " + baseUrl + "/aktiviteter/" + activity.id()
                : "Anmäl dig här: " + baseUrl + "/aktiviteter/" + activity.id() + "/anmalan");
        String subject = (kind == Kind.PROGRAMME ? "Program: " : "Inbjudan: ") + activity.title();
        return new MessageForm(subject, String.join("\n", lines), "", submissionKey);
    }
}
