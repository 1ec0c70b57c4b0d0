package se.arena.organisation;

/** One row of the shipped SCB reference data, before it has a database id. */
record ReferenceOrganisation(
        OrganisationType type,
        String code,
        String name,
        String countyCode,
        OrganisationNumber orgNumber,
        Integer population,
        Integer populationYear) {

    String key() {
        return type.name() + ":" + code;
    }
}
