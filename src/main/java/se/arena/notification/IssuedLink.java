package se.arena.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import se.arena.web.SwedishTime;

/**
 * A fresh personal link and whom it is for.
 *
 * @param recipient the address that what the link opens belongs to now
 * @param opens     what the link opens, as the e-mail names it, e.g. "din anmälan till Nätverket för …"
 * @param expiresAt when it stops working
 */
public record IssuedLink(PersonalLink link, String recipient, String opens, Instant expiresAt) {

    private static final DateTimeFormatter SWEDISH_TIME = SwedishTime.pattern("d MMMM yyyy 'kl.' HH:mm");

    Map<String, Object> mailModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("link", link);
        model.put("opens", opens);
        model.put("validUntil", SWEDISH_TIME.format(expiresAt));
        return model;
    }
}
