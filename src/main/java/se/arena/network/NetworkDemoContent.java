package se.arena.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import se.arena.web.SwedishTime;

import static se.arena.DemoYaml.number;
import static se.arena.DemoYaml.text;

/**
 * Loads the networks of the seed invitations, plus each network's next period marked as
 * demo, from {@code demo-networks.yaml}. Demo periods carry deadlines relative to the day
 * the demo is first loaded, so registration can be tried live; one of them runs from that
 * year ({@code firstYearFromToday}), so that there is always a coming year to re-confirm.
 */
@Component
@Order(100)
@ConditionalOnDemoContent
class NetworkDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NetworkDemoContent.class);
    private static final DateTimeFormatter SWEDISH_DATE = SwedishTime.pattern("d MMMM yyyy");

    private final NetworkRepository networks;
    private final DemoContentLedger ledger;
    private final Clock clock;

    NetworkDemoContent(NetworkRepository networks, DemoContentLedger ledger, Clock clock) {
        this.networks = networks;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> entries = DemoYaml.entries(NetworkDemoContent.class, "demo-networks.yaml", "networks");
        if (ledger.loadOnce("networks", () -> entries.forEach(this::insert))) {
            log.info("Demo content: {} networks loaded", entries.size());
        }
    }

    private void insert(Map<String, Object> entry) {
        LocalDate deadline = deadline(entry);
        int firstYear = entry.get("firstYearFromToday") != null
                ? LocalDate.now(clock).getYear() + number(entry, "firstYearFromToday") : number(entry, "firstYear");
        int lastYear = entry.get("periodYears") != null ? firstYear + number(entry, "periodYears") - 1 : number(entry, "lastYear");
        Map<String, String> placeholders = new HashMap<>();
        placeholders.put("{registrationDeadline}", deadline == null ? "" : SWEDISH_DATE.format(deadline));
        placeholders.put("{firstYear}", Integer.toString(firstYear));
        placeholders.put("{lastYear}", Integer.toString(lastYear));
        Network network = new Network(
                0,
                fillIn(text(entry, "slug"), placeholders),
                fillIn(text(entry, "title"), placeholders),
                text(entry, "theme"),
                TargetGroup.valueOf(text(entry, "targetGroup")),
                NetworkStatus.valueOf(text(entry, "status")),
                firstYear,
                lastYear,
                Money.ofKronor(number(entry, "feePerYearKronor")),
                250,
                (Integer) entry.get("seatsPerOrganisation"),
                deadline,
                (String) entry.get("feeIncludes"),
                text(entry, "summary"),
                Boolean.TRUE.equals(entry.get("demo")),
                null,
                true,
                true,
                MembershipRules.DEFAULT,
                Boolean.TRUE.equals(entry.get("asksPhase")));
        long id = networks.insert(network);

        @SuppressWarnings("unchecked")
        Map<String, String> sections = (Map<String, String>) entry.get("sections");
        sections.forEach((kind, html) -> networks.insertSection(id,
                new InvitationSection(SectionKind.valueOf(kind), RichText.sanitise(fillIn(html, placeholders)))));

        @SuppressWarnings("unchecked")
        List<Map<String, String>> contacts = (List<Map<String, String>>) entry.getOrDefault("contacts", List.of());
        for (int position = 0; position < contacts.size(); position++) {
            Map<String, String> contact = contacts.get(position);
            networks.insertContact(id, position, new NetworkContact(
                    contact.get("name"), contact.get("title"), contact.get("email"), contact.get("phone")));
        }
    }

    private LocalDate deadline(Map<String, Object> entry) {
        Object fixed = entry.get("registrationDeadline");
        if (fixed != null) {
            return LocalDate.parse(fixed.toString());
        }
        Object daysFromToday = entry.get("registrationDeadlineDaysFromToday");
        return daysFromToday == null ? null : LocalDate.now(clock).plusDays(((Number) daysFromToday).longValue());
    }

    private static String fillIn(String html, Map<String, String> placeholders) {
        String result = html;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            result = result.replace(placeholder.getKey(), placeholder.getValue());
        }
        return result;
    }
}
