package se.arena.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import se.arena.web.SwedishTime;

/**
 * Loads the networks of the seed invitations, plus each network's next period marked as
 * demo, from {@code demo-networks.yaml}. Demo periods carry deadlines relative to the day
 * the demo is first loaded, so registration can be tried live.
 */
@Component
@Order(100)
@ConditionalOnDemoContent
class NetworkDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NetworkDemoContent.class);
    private static final DateTimeFormatter SWEDISH_DATE = SwedishTime.pattern("d MMMM yyyy");

    private final NetworkRepository networks;
    private final DemoContentLedger ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NetworkDemoContent(NetworkRepository networks, DemoContentLedger ledger, TransactionTemplate transaction, Clock clock) {
        this.networks = networks;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> entries = readEntries();
        try {
            boolean loaded = Boolean.TRUE.equals(transaction.execute(status -> {
                if (!ledger.claim("networks")) {
                    return false;
                }
                entries.forEach(this::insert);
                return true;
            }));
            if (loaded) {
                log.info("Demo content: {} networks loaded", entries.size());
            }
        } catch (DuplicateKeyException loadedByAnotherNode) {
            log.info("Demo content: networks were loaded by another node starting at the same time");
        }
    }

    private void insert(Map<String, Object> entry) {
        LocalDate deadline = deadline(entry);
        Network network = new Network(
                0,
                text(entry, "slug"),
                text(entry, "title"),
                text(entry, "theme"),
                TargetGroup.valueOf(text(entry, "targetGroup")),
                NetworkStatus.valueOf(text(entry, "status")),
                number(entry, "firstYear"),
                number(entry, "lastYear"),
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
                MembershipRules.DEFAULT);
        long id = networks.insert(network);

        Map<String, String> placeholders = new HashMap<>();
        placeholders.put("{registrationDeadline}", deadline == null ? "" : SWEDISH_DATE.format(deadline));
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

    private static String text(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo network " + entry.get("slug") + " lacks " + key);
        }
        return value.toString();
    }

    private static int number(Map<String, Object> entry, String key) {
        return ((Number) entry.get(key)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> readEntries() {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (InputStream in = new ClassPathResource("demo-networks.yaml", NetworkDemoContent.class).getInputStream()) {
            Map<String, Object> document = yaml.load(in);
            return new ArrayList<>((List<Map<String, Object>>) document.get("networks"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo networks", e);
        }
    }
}
