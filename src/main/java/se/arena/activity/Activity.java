package se.arena.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.arena.Money;
import se.arena.RichText;

/**
 * A meeting, webcast, seminar, conference or study trip, with one or more occasions to choose
 * between. It belongs to one or more networks, whose seat holders may sign up, or is open to
 * anyone (the arena's seminars).
 *
 * <p>The meeting link is for people with a confirmed place: pages show it only through
 * {@link SignUps#linkFor}, never from this record directly.
 *
 * @param extraCost what participants are invoiced afterwards on top of the network fee (a study trip), or null
 * @param invitationDue the date by which the invitation and programme are sent, or null
 */
public record Activity(
        long id,
        ActivityKind kind,
        String title,
        RichText description,
        ActivityFormat format,
        String venue,
        String streetAddress,
        String city,
        String meetingLink,
        boolean openToPublic,
        List<Long> networkIds,
        String included,
        String paidByParticipants,
        Money extraCost,
        LocalDate invitationDue,
        ActivityStatus status,
        boolean demo,
        List<ProgrammeItem> programme) {

    public Activity {
        if (format.hasPlace() && (isBlank(venue) || isBlank(city))) {
            throw new IllegalArgumentException("En aktivitet på plats behöver lokal och ort.");
        }
        if (!openToPublic && networkIds.isEmpty()) {
            throw new IllegalArgumentException("En aktivitet hör till minst ett nätverk eller är öppen för alla.");
        }
        networkIds = List.copyOf(networkIds);
        programme = List.copyOf(programme);
    }

    /** "Konferenscentret, Hornsgatan 20, Stockholm": where people go, for pages and calendar entries. */
    public String place() {
        if (!format.hasPlace()) {
            return "";
        }
        return Stream.of(venue, streetAddress, city).filter(part -> !isBlank(part)).collect(Collectors.joining(", "));
    }

    /** Takes sign-ups at all: published and not cancelled. Each occasion has its own closing time. */
    public boolean isOpen() {
        return status == ActivityStatus.PUBLISHED;
    }

    public boolean hasMeetingLink() {
        return format.hasLink() && !isBlank(meetingLink);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
