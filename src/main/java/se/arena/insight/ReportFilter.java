package se.arena.insight;

import java.util.Map;

import se.arena.web.FormErrors;

/**
 * What the reports are for: one network or all, and a range of participation years. A blank
 * choice means no limit. A choice the page cannot use comes back with a Swedish message for its
 * field, and then no report is shown rather than one for something staff did not ask for.
 *
 * @param errors field name ("natverk", "fran", "till") to message; empty when the filter can be used
 */
public record ReportFilter(Long networkId, Integer fromYear, Integer toYear, Map<String, String> errors) {

    public ReportFilter {
        errors = Map.copyOf(errors);
    }

    /** As the page's address gives it. */
    static ReportFilter of(String network, String from, String to) {
        FormErrors errors = new FormErrors();
        Long networkId = null;
        if (isChosen(network)) {
            if (network.strip().matches("\\d{1,18}")) {
                networkId = Long.valueOf(network.strip());
            } else {
                errors.add("natverk", "Välj ett nätverk i listan.");
            }
        }
        Integer fromYear = year(from, "fran", errors);
        Integer toYear = year(to, "till", errors);
        if (fromYear != null && toYear != null && toYear < fromYear) {
            errors.add("till", "Till och med år kan inte vara före från och med år (" + fromYear + ").");
        }
        return new ReportFilter(networkId, fromYear, toYear, errors.asMap());
    }

    public boolean isUsable() {
        return errors.isEmpty();
    }

    private static Integer year(String value, String field, FormErrors errors) {
        if (!isChosen(value)) {
            return null;
        }
        if (!value.strip().matches("(19|20|21)\\d\\d")) {
            errors.add(field, "Välj ett år i listan.");
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static boolean isChosen(String value) {
        return value != null && !value.isBlank();
    }
}
