package se.arena.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.DemoYaml;
import se.arena.Money;
import se.arena.RichText;
import se.arena.SecretTokens;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.privacy.Actor;
import se.arena.registration.SeatHolders;

import static se.arena.DemoYaml.optional;
import static se.arena.DemoYaml.text;

/**
 * Loads the meetings, webcasts and seminars of the seed documents from
 * {@code demo-activities.yaml}, linked to the demo networks, after those are loaded. The seed
 * networks' activities keep their real dates; the demo periods' activities are dated on the
 * next occurrence of the seed's day (a working day), so they lie ahead and can be signed up for.
 *
 * <p>Then, after the demo's registrations, the seat holders take part: in the running network
 * they came to its past meetings and webcast, with attendance ticked off, so the participation
 * statistics show numbers; in its 2027–2030 successor they sign up for the coming meeting and
 * the shared webcast, and ask the webcast's speaker questions.
 */
@Component
@Order(120)
@ConditionalOnDemoContent
class ActivityDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ActivityDemoContent.class);
    /** A demo date is at least this far ahead, so it is not over before anyone has looked. */
    private static final int DAYS_AHEAD = 14;

    /** The seed network whose meetings are over, and its demo successor whose meetings lie ahead. */
    static final String RUNNING_NETWORK = "samverkan-civilsamhallet-2023-2026";
    static final String NEXT_NETWORK = "samverkan-civilsamhallet-2027-2030";
    /** People sign up for a meeting about two weeks before it. */
    private static final Duration SIGNED_UP_AHEAD = Duration.ofDays(14);
    private static final List<String> QUESTIONS = List.of(
            "Hur kan en mindre kommun komma igång med IOP utan en egen jurist?",
            "Finns det exempel på överenskommelser som har följts upp med mätbara mål?",
            "Hur ser ni på gränsen mellan upphandling och idéburet offentligt partnerskap?");

    private final ActivityRepository activities;
    private final ActivityCatalogue catalogue;
    private final SignUpRepository signUpRows;
    private final SignUps signUps;
    private final Attendance attendance;
    private final Questions questions;
    private final SeatHolders seatHolders;
    private final NetworkCatalogue networks;
    private final DemoContentLedger ledger;
    private final Clock clock;

    ActivityDemoContent(ActivityRepository activities, ActivityCatalogue catalogue, SignUpRepository signUpRows, SignUps signUps,
                        Attendance attendance, Questions questions, SeatHolders seatHolders, NetworkCatalogue networks,
                        DemoContentLedger ledger, Clock clock) {
        this.activities = activities;
        this.catalogue = catalogue;
        this.signUpRows = signUpRows;
        this.signUps = signUps;
        this.attendance = attendance;
        this.questions = questions;
        this.seatHolders = seatHolders;
        this.networks = networks;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> entries = DemoYaml.entries(ActivityDemoContent.class, "demo-activities.yaml", "activities");
        if (ledger.loadOnce("activities", () -> entries.forEach(this::insert))) {
            log.info("Demo content: activities loaded");
        }
        if (ledger.loadOnce("activity participation", this::takePart)) {
            log.info("Demo content: sign-ups, attendance and questions to the speaker loaded");
        }
    }

    private void takePart() {
        networks.publicInvitation(RUNNING_NETWORK).ifPresent(invitation -> cameToPastMeetings(invitation.network()));
        networks.publicInvitation(NEXT_NETWORK).ifPresent(invitation -> signUpAndAsk(invitation.network()));
    }

    /**
     * The seat holders came to the network's meetings and webcast that are over. Those dates were
     * past long before the demo, and sign-ups are taken only for what lies ahead, so the demo
     * writes each sign-up as it was made two weeks before; staff then tick off who came, as on
     * the attendee list. Every fourth person did not come; the webcast has no roll call.
     */
    private void cameToPastMeetings(Network network) {
        List<SeatHolders.Seat> holders = seatHolders.holdersOf(network.id());
        int first = 0;
        for (ScheduledActivity scheduled : catalogue.feed(network.id())) {
            for (Occasion occasion : scheduled.occasions()) {
                if (!occasion.isOver(clock.instant())) {
                    continue;
                }
                List<Long> attended = new ArrayList<>();
                List<SeatHolders.Seat> came = rotated(holders, first, Math.min(holders.size(), 12));
                for (int index = 0; index < came.size(); index++) {
                    long id = signUpRows.insert(scheduled.activity().id(), signUp(occasion, came.get(index)), SignUpStatus.CONFIRMED,
                            occasion.startsAt().minus(SIGNED_UP_AHEAD));
                    if (index % 4 != 3) {
                        attended.add(id);
                    }
                }
                if (scheduled.activity().kind() != ActivityKind.WEBCAST) {
                    attendance.record(scheduled.activity(), occasion, attended, Actor.system());
                }
                first += 5;
            }
        }
    }

    /** Seat holders sign up for the coming meeting and the shared webcast, and three of them ask the speaker. */
    private void signUpAndAsk(Network network) {
        List<SeatHolders.Seat> holders = seatHolders.holdersOf(network.id());
        List<ScheduledActivity> coming = catalogue.feed(network.id());
        first(coming, scheduled -> scheduled.activity().kind() == ActivityKind.MEETING)
                .ifPresent(meeting -> holders.stream().limit(8).forEach(holder -> signUpFor(meeting, holder)));
        first(coming, scheduled -> scheduled.activity().kind() == ActivityKind.WEBCAST).ifPresent(webcast -> {
            List<SignUp> asking = holders.stream().limit(6).map(holder -> signUpFor(webcast, holder)).limit(QUESTIONS.size()).toList();
            Occasion occasion = webcast.occasions().getFirst();
            for (int index = 0; index < asking.size(); index++) {
                questions.ask(asking.get(index), occasion, QUESTIONS.get(index), SecretTokens.newToken());
            }
            questions.forModeration(webcast.activity()).stream().findFirst().ifPresent(question ->
                    questions.mark(webcast.activity(), question.id(), QuestionStatus.ANSWERED, "Föredragshållaren"));
        });
    }

    private SignUp signUpFor(ScheduledActivity scheduled, SeatHolders.Seat holder) {
        return signUps.signUp(scheduled.activity(), signUp(scheduled.occasions().getFirst(), holder)).signUp();
    }

    /** A seat holder's sign-up, in the name their seat is held in, as the sign-up page makes it. */
    private static NewSignUp signUp(Occasion occasion, SeatHolders.Seat holder) {
        return new NewSignUp(occasion.id(), holder.email(), holder.name(), holder.title(), holder.organisationId(), null,
                holder.networkId(), null, null, null, SecretTokens.newToken(), false);
    }

    private static Optional<ScheduledActivity> first(List<ScheduledActivity> activities, Predicate<ScheduledActivity> kind) {
        return activities.stream().filter(kind).filter(scheduled -> !scheduled.occasions().isEmpty()).findFirst();
    }

    /** {@code count} of the list from {@code first} on, going round, so each meeting has a mix of the same and other people. */
    private static <T> List<T> rotated(List<T> list, int first, int count) {
        List<T> picked = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            picked.add(list.get((first + index) % list.size()));
        }
        return picked;
    }

    /** @return false when none of the activity's networks exists, so it is left out */
    @SuppressWarnings("unchecked")
    private boolean insert(Map<String, Object> entry) {
        List<Network> linked = ((List<String>) entry.getOrDefault("networks", List.of())).stream()
                .map(slug -> networks.publicInvitation(slug).map(invitation -> invitation.network()))
                .flatMap(Optional::stream).toList();
        boolean openToPublic = Boolean.TRUE.equals(entry.get("openToPublic"));
        if (!openToPublic && linked.isEmpty()) {
            return false;
        }
        List<Map<String, Object>> occasions = (List<Map<String, Object>>) entry.get("occasions");
        LocalDate first = firstDate(occasions.getFirst(), linked);
        LocalDate invitationDue = entry.get("invitationDue") != null ? LocalDate.parse(entry.get("invitationDue").toString())
                : entry.get("invitationDueDaysBefore") != null ? first.minusDays(((Number) entry.get("invitationDueDaysBefore")).longValue())
                : null;
        List<ProgrammeItem> programme = ((List<Map<String, Object>>) entry.getOrDefault("programme", List.of())).stream()
                .map(item -> new ProgrammeItem(time(item.get("start")), time(item.get("end")), item.get("title").toString(),
                        item.get("speaker") == null ? null : item.get("speaker").toString()))
                .toList();
        Activity activity = new Activity(0, ActivityKind.valueOf(text(entry, "kind")), text(entry, "title"),
                RichText.sanitise(text(entry, "description")), ActivityFormat.valueOf(text(entry, "format")),
                optional(entry, "venue"), optional(entry, "streetAddress"), optional(entry, "city"), optional(entry, "meetingLink"),
                openToPublic, linked.stream().map(Network::id).toList(), optional(entry, "included"),
                optional(entry, "paidByParticipants"),
                entry.get("extraCostKronor") == null ? null : Money.ofKronor(((Number) entry.get("extraCostKronor")).longValue()),
                invitationDue, ActivityStatus.PUBLISHED, Boolean.TRUE.equals(entry.get("demo")), programme);
        long id = activities.insert(activity, clock.instant());
        for (Map<String, Object> occasion : occasions) {
            LocalDate date = occasion.get("date") != null ? LocalDate.parse(occasion.get("date").toString())
                    : weekday(MonthDay.parse("--" + occasion.get("day")).atYear(first.getYear()));
            LocalDate endDate = date.plusDays(occasion.get("endDay") == null ? 0 : ((Number) occasion.get("endDay")).longValue());
            activities.insertOccasion(id, Occasion.instant(date, time(occasion.get("start"))),
                    Occasion.instant(endDate, time(occasion.get("end"))),
                    occasion.get("capacity") == null ? null : ((Number) occasion.get("capacity")).intValue(), clock.instant());
        }
        return true;
    }

    /**
     * A seed date as it is; a demo day on its next occurrence from the networks' first year,
     * and at least {@value #DAYS_AHEAD} days from today.
     */
    private LocalDate firstDate(Map<String, Object> occasion, List<Network> linked) {
        if (occasion.get("date") != null) {
            return LocalDate.parse(occasion.get("date").toString());
        }
        MonthDay day = MonthDay.parse("--" + occasion.get("day"));
        LocalDate earliest = LocalDate.now(clock).plusDays(DAYS_AHEAD);
        int year = Math.max(earliest.getYear(), linked.stream().mapToInt(Network::firstYear).min().orElse(earliest.getYear()));
        LocalDate date = day.atYear(year);
        return weekday(date.isBefore(earliest) ? day.atYear(year + 1) : date);
    }

    /** Meetings are held on working days: a demo date on a weekend moves to the Monday after. */
    private static LocalDate weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private static LocalTime time(Object value) {
        return value == null ? null : LocalTime.parse(value.toString());
    }
}
