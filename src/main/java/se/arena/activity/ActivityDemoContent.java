package se.arena.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.Money;
import se.arena.RichText;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;

/**
 * Loads the meetings, webcasts and seminars of the seed documents from
 * {@code demo-activities.yaml}, linked to the demo networks, after those are loaded. The seed
 * networks' activities keep their real dates; the demo periods' activities are dated on the
 * next occurrence of the seed's day (a working day), so they lie ahead and can be signed up for.
 */
@Component
@Order(120)
@ConditionalOnDemoContent
class ActivityDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ActivityDemoContent.class);
    /** A demo date is at least this far ahead, so it is not over before anyone has looked. */
    private static final int DAYS_AHEAD = 14;

    private final ActivityRepository activities;
    private final NetworkCatalogue networks;
    private final DemoContentLedger ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ActivityDemoContent(ActivityRepository activities, NetworkCatalogue networks, DemoContentLedger ledger,
                        TransactionTemplate transaction, Clock clock) {
        this.activities = activities;
        this.networks = networks;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> entries = readEntries();
        try {
            Integer loaded = transaction.execute(status -> {
                if (!ledger.claim("activities")) {
                    return 0;
                }
                return (int) entries.stream().filter(this::insert).count();
            });
            if (loaded != null && loaded > 0) {
                log.info("Demo content: {} activities loaded", loaded);
            }
        } catch (DuplicateKeyException loadedByAnotherNode) {
            log.info("Demo content: activities were loaded by another node starting at the same time");
        }
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

    private static String text(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo activity " + entry.get("title") + " lacks " + key);
        }
        return value.toString();
    }

    private static String optional(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> readEntries() {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (InputStream in = new ClassPathResource("demo-activities.yaml", ActivityDemoContent.class).getInputStream()) {
            Map<String, Object> document = yaml.load(in);
            return new ArrayList<>((List<Map<String, Object>>) document.get("activities"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
