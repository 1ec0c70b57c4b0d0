package se.arena.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff typed into the audit log search, kept exactly as typed so the form comes back
 * filled in (null when left blank), with a Swedish message per field that could not be understood.
 * Errors are keyed by the request parameter, which is also the field's id in the form.
 * Public only because the page's template reads it; other modules have no use for it.
 */
public record AuditSearch(String text, String action, String from, String to, String ip,
                   AuditFilter filter, Map<String, String> errors) {

    static final int MAX_TEXT = 200;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    static AuditSearch of(String text, String action, String from, String to, String ip) {
        text = typedOrNull(text);
        action = typedOrNull(action);
        from = typedOrNull(from);
        to = typedOrNull(to);
        ip = typedOrNull(ip);
        Map<String, String> errors = new LinkedHashMap<>();

        String searchText = text == null ? null : text.strip();
        if (searchText != null && searchText.length() > MAX_TEXT) {
            errors.put("q", "Skriv högst " + MAX_TEXT + " tecken.");
        }
        LocalDate fromDate = date(from, "fran", "Från-datumet", errors);
        LocalDate toDate = date(to, "till", "Till-datumet", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("till", "Till-datumet måste vara samma dag som från-datumet eller senare.");
        }
        String ipAddress = null;
        if (ip != null) {
            ipAddress = IpAddresses.canonical(ip).orElse(null);
            if (ipAddress == null) {
                errors.put("ip", "Skriv en hel IP-adress, till exempel 192.0.2.10 eller 2001:db8::1.");
            }
        }
        // The action comes from a select, so a hand-edited code that is not one means "all", as in
        // the other lists; a well-formed code is kept even when no label knows it.
        String actionCode = action != null && AuditEvent.ACTION.matcher(action.strip()).matches() ? action.strip() : null;

        AuditFilter filter = errors.isEmpty()
                ? new AuditFilter(searchText, actionCode, fromDate, toDate, ipAddress)
                : null;
        return new AuditSearch(text, actionCode, from, to, ip,
                filter, Collections.unmodifiableMap(errors));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** True when the action is not one of the labelled ones, so the select must offer it too. */
    public boolean unlabelledAction() {
        return action != null && !AuditActions.labels().containsKey(action);
    }

    private static LocalDate date(String typed, String field, String name, Map<String, String> errors) {
        if (typed == null) {
            return null;
        }
        Matcher parts = DATE.matcher(typed.strip());
        if (!parts.matches()) {
            errors.put(field, "Skriv " + name.toLowerCase(Locale.ROOT) + " som ÅÅÅÅ-MM-DD, till exempel 2026-03-14.");
            return null;
        }
        int year = Integer.parseInt(parts.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.put(field, name + " måste ligga mellan år " + FIRST_YEAR + " och " + LAST_YEAR + ".");
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
        } catch (DateTimeException noSuchDay) {
            errors.put(field, name + " finns inte i kalendern. Kontrollera månad och dag.");
            return null;
        }
    }

    /** Blank means "not filled in"; anything else is kept exactly as typed, for the form. */
    private static String typedOrNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
