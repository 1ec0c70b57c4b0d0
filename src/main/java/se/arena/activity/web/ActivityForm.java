package se.arena.activity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.arena.Money;
import se.arena.RichText;
import se.arena.activity.Activity;
import se.arena.activity.ActivityFormat;
import se.arena.activity.ActivityKind;
import se.arena.activity.ActivityStatus;
import se.arena.activity.ProgrammeItem;
import se.arena.web.FormErrors;

import static se.arena.activity.web.OccasionForm.blank;
import static se.arena.web.FormValues.orEmpty;
import static se.arena.web.FormValues.orNull;

/**
 * What staff typed into the activity form, kept as text so that an invalid form comes back
 * exactly as typed, and the rules that turn it into an {@link Activity}.
 *
 * @param firstOccasion the first date, asked only when the activity is created
 */
public record ActivityForm(
        String kind,
        @Size(max = 300) String title,
        @Size(max = 10_000) String description,
        String format,
        @Size(max = 200) String venue,
        @Size(max = 300) String streetAddress,
        @Size(max = 100) String city,
        @Size(max = 1000) String meetingLink,
        boolean openToPublic,
        Set<String> networkIds,
        @Size(max = 1000) String included,
        @Size(max = 1000) String paidByParticipants,
        String extraCostKronor,
        String invitationDue,
        List<@Valid Row> programme,
        OccasionForm firstOccasion) {

    static final int PROGRAMME_ROWS = 8;
    static final int MAX_PROGRAMME_ROWS = 60;

    public ActivityForm {
        networkIds = Set.copyOf(networkIds);
        programme = padded(programme);
    }

    /** One programme line as typed. */
    public record Row(String startTime, String endTime, @Size(max = 300, message = "Skriv högst {max} tecken i programpunkten.") String title,
                      @Size(max = 300, message = "Skriv högst {max} tecken om vem som talar.") String speaker) {

        boolean isEmpty() {
            return blank(startTime) && blank(endTime) && blank(title) && blank(speaker);
        }
    }

    static ActivityForm empty() {
        return new ActivityForm(ActivityKind.MEETING.name(), "", "", ActivityFormat.DIGITAL.name(), "", "", "", "", false,
                Set.of(), "", "", "", "", List.of(), OccasionForm.empty());
    }

    static ActivityForm of(Activity activity) {
        return new ActivityForm(activity.kind().name(), activity.title(), activity.description().html(),
                activity.format().name(), orEmpty(activity.venue()), orEmpty(activity.streetAddress()), orEmpty(activity.city()),
                orEmpty(activity.meetingLink()), activity.openToPublic(),
                activity.networkIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()),
                orEmpty(activity.included()), orEmpty(activity.paidByParticipants()),
                activity.extraCost() == null ? "" : Money.formatPlain(activity.extraCost()),
                activity.invitationDue() == null ? "" : activity.invitationDue().toString(),
                activity.programme().stream().map(item -> new Row(item.startsAt() == null ? "" : item.startsAt().toString(),
                        item.endsAt() == null ? "" : item.endsAt().toString(), item.title(), orEmpty(item.speaker()))).toList(),
                null);
    }

    public boolean hasNetwork(long id) {
        return networkIds.contains(Long.toString(id));
    }

    /** @param knownNetworks the ids of the networks staff could choose from */
    FormErrors validate(Set<Long> knownNetworks) {
        // a programme row's fields share the row's message
        FormErrors errors = FormErrors.checking(this, path -> path.replaceFirst("^programme\\[(\\d+)].*", "programme$1"));
        if (ActivityKind.parse(kind) == null) {
            errors.add("kind", "Välj vilken sorts aktivitet det är.");
        }
        if (blank(title)) {
            errors.add("title", "Skriv aktivitetens namn.");
        }
        if (blank(description)) {
            errors.add("description", "Skriv en beskrivning som visas i kalendern.");
        }
        ActivityFormat chosenFormat = ActivityFormat.parse(format);
        if (chosenFormat == null) {
            errors.add("format", "Välj om aktiviteten är på plats, digital eller båda.");
        } else {
            if (chosenFormat.hasPlace() && blank(venue)) {
                errors.add("venue", "Skriv lokalen, till exempel Konferenscentret.");
            }
            if (chosenFormat.hasPlace() && blank(city)) {
                errors.add("city", "Skriv orten, till exempel Stockholm.");
            }
        }
        if (!blank(meetingLink) && !isHttpsLink(meetingLink)) {
            errors.add("meetingLink", "Skriv hela möteslänken, som börjar med https://, till exempel https://zoom.us/j/123456789.");
        }
        if (!openToPublic && networks().isEmpty()) {
            errors.add("networkIds", "Välj minst ett nätverk, eller markera att aktiviteten är öppen för alla.");
        } else if (!knownNetworks.containsAll(networks())) {
            errors.add("networkIds", "Välj bland nätverken i listan.");
        }
        if (!blank(extraCostKronor) && (Money.parseKronor(extraCostKronor) == null || Money.parseKronor(extraCostKronor).isZero())) {
            errors.add("extraCostKronor", "Skriv extra kostnad i kronor, till exempel 2 500, eller lämna tomt.");
        }
        if (!blank(invitationDue) && OccasionForm.parseDate(invitationDue) == null) {
            errors.add("invitationDue", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-02-14.");
        }
        for (int row = 0; row < programme.size(); row++) {
            Row line = programme.get(row);
            if (line.isEmpty()) {
                continue;
            }
            if (blank(line.title())) {
                errors.add("programme" + row, "Skriv vad som händer på programpunkten.");
            } else if (!blank(line.startTime()) && OccasionForm.parseTime(line.startTime()) == null
                    || !blank(line.endTime()) && OccasionForm.parseTime(line.endTime()) == null) {
                errors.add("programme" + row, "Skriv tiderna som TT:MM, till exempel 10:00.");
            }
        }
        if (firstOccasion != null) {
            firstOccasion.validate(errors, "first");
        }
        return errors;
    }

    /** Only call on a valid form. */
    Activity toActivity(long id, ActivityStatus status, boolean demo) {
        ActivityFormat chosenFormat = ActivityFormat.parse(format);
        List<ProgrammeItem> items = programme.stream().filter(row -> !row.isEmpty())
                .map(row -> new ProgrammeItem(OccasionForm.parseTime(row.startTime()), OccasionForm.parseTime(row.endTime()),
                        row.title().strip(), orNull(row.speaker())))
                .toList();
        return new Activity(id, ActivityKind.parse(kind), title.strip(), RichText.sanitise(description), chosenFormat,
                chosenFormat.hasPlace() ? orNull(venue) : null, chosenFormat.hasPlace() ? orNull(streetAddress) : null,
                chosenFormat.hasPlace() ? orNull(city) : null, chosenFormat.hasLink() ? orNull(meetingLink) : null,
                openToPublic, networks(), orNull(included), orNull(paidByParticipants),
                blank(extraCostKronor) ? null : Money.parseKronor(extraCostKronor),
                blank(invitationDue) ? null : LocalDate.parse(invitationDue.strip()), status, demo, items);
    }

    private List<Long> networks() {
        return networkIds.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).sorted().toList();
    }

    private static boolean isHttpsLink(String value) {
        try {
            URI uri = URI.create(value.strip());
            return "https".equals(uri.getScheme()) && uri.getHost() != null && value.strip().length() <= 1000;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static List<Row> padded(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows == null ? List.of() : rows);
        while (all.size() < PROGRAMME_ROWS) {
            all.add(new Row("", "", "", ""));
        }
        return all;
    }
}
