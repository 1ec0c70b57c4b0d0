package se.arena.invoicing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.arena.organisation.OrganisationNumber;

/**
 * The seller on every invoice, under {@code arena.invoicing.seller.*}. The defaults are example
 * data for trying the product; a real installation sets the association's own details.
 */
@ConfigurationProperties("arena.invoicing.seller")
record SellerProperties(String name, String organisationNumber, String vatNumber, Boolean approvedForFTax,
                        String street, String postalCode, String city, String countryCode, String peppolId,
                        String email, String bankgiro, String iban, String bic, Integer paymentTermsDays,
                        String vatExemptionReason) {

    SellerProperties {
        name = orDefault(name, "Föreningen Arena (exempel)");
        organisationNumber = orDefault(organisationNumber, "802500-0004");
        approvedForFTax = approvedForFTax == null || approvedForFTax;
        street = orDefault(street, "Exempelgatan 1");
        postalCode = orDefault(postalCode, "111 11");
        city = orDefault(city, "Stockholm");
        email = orDefault(email, "faktura@example.org");
        // Bankgirot's own example number and the IBAN registry's example for Sweden
        bankgiro = bankgiro == null ? "5050-1055" : bankgiro;
        iban = iban == null ? "SE4550000000058398257466" : iban;
        paymentTermsDays = paymentTermsDays == null ? 30 : paymentTermsDays;
    }

    /** @throws IllegalArgumentException on start-up when the configuration cannot make a valid e-invoice */
    Seller seller() {
        OrganisationNumber number = OrganisationNumber.parse(organisationNumber).orElseThrow();
        return new Seller(new InvoiceParty(name, number, new PostalAddress(street, null, postalCode, city, countryCode), peppolId),
                vatNumber, approvedForFTax, email, bankgiro, iban, bic, paymentTermsDays, vatExemptionReason);
    }

    private static String orDefault(String value, String example) {
        return value == null || value.isBlank() ? example : value;
    }
}
