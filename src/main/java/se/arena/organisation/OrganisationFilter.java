package se.arena.organisation;

/**
 * What a visitor asked the organisation list for. Blank or unknown values mean "no filter",
 * so a hand-edited address still shows a list instead of an error.
 */
public record OrganisationFilter(String query, String countyCode, OrganisationType type) {

    public static OrganisationFilter of(String query, String countyCode, String type) {
        return new OrganisationFilter(
                query == null || query.isBlank() ? null : query.strip(),
                countyCode == null || !countyCode.matches("\\d{2}") ? null : countyCode,
                parseType(type));
    }

    private static OrganisationType parseType(String type) {
        if (type == null) {
            return null;
        }
        for (OrganisationType candidate : OrganisationType.values()) {
            if (candidate.name().equalsIgnoreCase(type.strip())) {
                return candidate;
            }
        }
        return null;
    }
}
