package se.arena.invoicing;

import org.junit.jupiter.api.Test;

import se.arena.organisation.OrganisationNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoicePartyTest {

    @Test
    void aSwedishBuyerIsReachedAtScheme0007AndItsOrganisationNumberByDefault() {
        InvoiceParty party = InvoiceParty.of("Upplands Väsby kommun", new OrganisationNumber("212000-0019"), null);

        assertThat(party.peppolId()).isEqualTo("0007:2120000019");
        assertThat(party.endpointScheme()).isEqualTo("0007");
        assertThat(party.endpointId()).isEqualTo("2120000019");
        assertThat(party.address().countryCode()).isEqualTo("SE");
    }

    @Test
    void anotherPeppolIdCanBeGivenButMustBeWellFormed() {
        assertThat(new InvoiceParty("Region Test", null, null, "0088:7300010000001").endpointScheme()).isEqualTo("0088");
        assertThatThrownBy(() -> new InvoiceParty("Region Test", null, null, null)).hasMessageContaining("Peppol-id");
        assertThatThrownBy(() -> new InvoiceParty("Region Test", null, null, "7300010000001")).hasMessageContaining("schema:id");
        assertThatThrownBy(() -> new InvoiceParty("Region Test", null, null, "0007:212000-0019")).hasMessageContaining("tio siffror");
    }

    @Test
    void aFreeTextInvoiceAddressIsReadIntoStreetPostalCodeAndCity() {
        PostalAddress address = PostalAddress.parse("Kommunledningsförvaltningen\r\nBox 385\n\n69183 Karlskoga");

        assertThat(address).isEqualTo(new PostalAddress("Kommunledningsförvaltningen", "Box 385", "691 83", "Karlskoga", "SE"));
        assertThat(address.lines()).containsExactly("Kommunledningsförvaltningen", "Box 385", "691 83 Karlskoga");
        assertThat(PostalAddress.parse("Fakturaservice, FE 123, SE-105 69 Stockholm"))
                .isEqualTo(new PostalAddress("Fakturaservice", "FE 123", "105 69", "Stockholm", "SE"));
        assertThat(PostalAddress.parse("Skannas av leverantören")).isEqualTo(new PostalAddress("Skannas av leverantören", null, null, null, "SE"));
        assertThat(PostalAddress.parse(null).lines()).isEmpty();
    }

    @Test
    void theExampleSellerIsAValidSwedishSellerAndAWrongVatNumberStopsStartUp() {
        Seller seller = TestDocuments.SELLER;

        assertThat(seller.vatNumber()).isEqualTo("SE802500000401");
        assertThat(seller.bankgiroDigits()).isEqualTo("50501055");
        assertThat(seller.paymentTerms()).isEqualTo("30 dagar netto");
        assertThatThrownBy(() -> new SellerProperties(null, null, "SE8025000004", null, null, null, null, null, null,
                null, null, null, null, null, null).seller()).hasMessageContaining("VAT number");
        assertThatThrownBy(() -> new SellerProperties(null, null, null, null, null, null, null, null, null,
                null, "", "", null, null, null).seller()).hasMessageContaining("bankgiro or an IBAN");
    }
}
