package se.arena.room;

import java.util.Arrays;
import java.util.Locale;

import se.arena.organisation.OrganisationType;

/**
 * The people page's filters as the address bar has them: {@code ?lan=} a county's code,
 * {@code ?typ=} kommun or region, {@code ?q=} part of a name, title or organisation. Anything
 * unknown means no filter, so an old or edited link still shows a list.
 *
 * @param county a county code, or empty for every county
 * @param type null for both kinds of organisation
 * @param query stripped, at most {@link #MAX_QUERY} characters; empty for no search
 */
public record DirectoryFilter(String county, OrganisationType type, String query) {

    static final int MAX_QUERY = 200;

    static DirectoryFilter of(String county, String type, String query) {
        String code = county == null || !county.strip().matches("\\d{2}") ? "" : county.strip();
        OrganisationType kind = type == null ? null : Arrays.stream(OrganisationType.values())
                .filter(candidate -> candidate.label().equalsIgnoreCase(type.strip())).findFirst().orElse(null);
        String text = query == null ? "" : query.strip();
        return new DirectoryFilter(code, kind, text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text);
    }

    boolean matches(RoomPerson person) {
        return (county.isEmpty() || person.county() != null && person.county().code().equals(county))
                && (type == null || person.organisationType() == type)
                && (query.isEmpty() || contains(person.name()) || contains(person.title()) || contains(person.organisation()));
    }

    private boolean contains(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
    }
}
