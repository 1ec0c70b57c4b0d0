package se.arena.organisation;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceDetailsFormTest {

    @Test
    void postcodesAreWrittenTheSwedishWayAndTheGlnGivesTheElectronicAddressWhenNoPeppolIdIsGiven() {
        InvoiceDetailsForm form = new InvoiceDetailsForm(" Box 385 ", "", "SE-69183", "Karlskoga", "KS-4711", "", "735 0000 000009");
        assertThat(form.validate().isEmpty()).isTrue();

        OrganisationInvoiceDetails details = form.toDetails(7);
        assertThat(details.street()).isEqualTo("Box 385");
        assertThat(details.postalCode()).isEqualTo("691 83");
        assertThat(details.additionalLine()).isNull();
        assertThat(details.gln()).isEqualTo("7350000000009");
        assertThat(details.electronicAddress()).contains(PeppolId.ofGln("7350000000009"));
        assertThat(details.addressLines()).containsExactly("Box 385", "691 83 Karlskoga");
        assertThat(details.missing()).isEmpty();
        assertThat(InvoiceDetailsForm.of(Optional.of(details))).isEqualTo(
                new InvoiceDetailsForm("Box 385", "", "691 83", "Karlskoga", "KS-4711", "", "7350000000009"));
    }

    @Test
    void everyFieldIsCheckedAndTheColumnsLimitTheLengths() {
        assertThat(new InvoiceDetailsForm("", "", "", "", "", "", "").validate().asMap())
                .containsOnlyKeys("street", "postalCode", "city", "reference");
        assertThat(new InvoiceDetailsForm("a".repeat(201), "b".repeat(201), "123 456", "c".repeat(101), "d".repeat(201),
                "0007:1", "123").validate().asMap())
                .containsOnlyKeys("street", "additionalLine", "postalCode", "city", "reference", "peppolId", "gln");
        assertThat(new InvoiceDetailsForm("a".repeat(200), "b".repeat(200), "12345", "c".repeat(100), "d".repeat(200),
                "0088:7300010000001", "").validate().isEmpty()).isTrue();
        assertThat(new InvoiceDetailsForm("Box 1", "Ekonomi\nenheten", "123 45", "Ort", "Ref\u0000", "", "").validate().asMap())
                .containsOnlyKeys("additionalLine", "reference")
                .containsValue("Ta bort radbrytningar och andra osynliga tecken.");
    }

    @Test
    void detailsSeededFromAnOldRegistrationSayWhatTheyLack() {
        OrganisationInvoiceDetails seeded = new OrganisationInvoiceDetails(7, "Box 1", null, null, "Karlskoga", null, null, null,
                "migrering", java.time.Instant.now());
        assertThat(seeded.missing()).containsExactly("postnummer", "er referens");
        assertThat(seeded.electronicAddress()).isEmpty();
    }
}
