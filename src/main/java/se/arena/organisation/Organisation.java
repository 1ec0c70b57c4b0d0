package se.arena.organisation;

/**
 * A member: one of Sweden's kommuner or regioner. The organisation number is missing where
 * no reliable source was found (staff fill it in); population is SCB's figure for a year.
 */
public record Organisation(
        long id,
        OrganisationType type,
        String code,
        String name,
        County county,
        OrganisationNumber orgNumber,
        Integer population,
        Integer populationYear) {
}
