package se.arena.invoicing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.arena.Money;
import se.arena.invoicing.InvoiceRevenue.NetworkYear;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/** Revenue per network and participation year, exact to the öre, with credit notes subtracted. */
@SpringBootTest
class InvoiceRevenueIntegrationTest {

    private static final Actor STAFF = new Actor(null, "ekonomi@example.org", "127.0.0.1");

    @Autowired
    Invoices invoices;

    @Autowired
    InvoiceRevenue revenue;

    /** Network ids of this test alone (the documents keep the id without a foreign key), so others' invoices never count. */
    private long network;
    private long otherNetwork;

    @BeforeEach
    void networks() {
        network = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
        otherNetwork = network + 1;
    }

    @Test
    void eachYearSumsItsInvoicesToTheOreAndSubtractsItsCreditNotes() {
        Invoice mixedRates = issue(network, 2027, new InvoiceLine("Deltagaravgift 2027, Åsa Öberg", 1, Money.ofKronor(900), 250),
                new InvoiceLine("Studieresa till Göteborg", 1, new Money(250_050), 0));
        issue(network, 2027, new InvoiceLine("Deltagaravgift 2027, tre personer", 3, new Money(33_333), 120));
        invoices.credit(mixedRates.id(), List.of(new InvoiceLine("Studieresa till Göteborg", 1, new Money(250_050), 0)),
                "Resan ställdes in", "revenue-" + mixedRates.id(), STAFF);
        Invoice wrongBuyer = issue(network, 2028, new InvoiceLine("Deltagaravgift 2028, Per Ärlig", 1, Money.ofKronor(900), 250));
        invoices.creditInFull(wrongBuyer.id(), "Fel köpare", "revenue-" + wrongBuyer.id(), STAFF);
        issue(network, 2028, new InvoiceLine("Deltagaravgift 2028, halvår", 2, new Money(45_005), 250));

        assertThat(revenue.perNetworkAndYear(network, null, null)).containsExactly(
                // 3 400,50 + 999,99 − 2 500,50 net; VAT 225,00 + 120,00 (119,9988 rounded once per rate)
                new NetworkYear(network, 2027, new Money(189_999), new Money(34_500), new Money(224_499), 2, 1),
                // 1 125,00 − 1 125,00 for the credited invoice, then 900,10 with VAT 225,025 rounded up
                new NetworkYear(network, 2028, new Money(90_010), new Money(22_503), new Money(112_513), 2, 1));
    }

    @Test
    void anInvoiceCreditedInFullNetsToZero() {
        Invoice invoice = issue(network, 2029, new InvoiceLine("Deltagaravgift 2029, Åsa Öberg", 1, new Money(90_001), 250),
                new InvoiceLine("Middag", 1, new Money(33_333), 120));
        invoices.creditInFull(invoice.id(), "Nätverket ställdes in", "revenue-" + invoice.id(), STAFF);

        assertThat(revenue.perNetworkAndYear(network, 2029, 2029))
                .containsExactly(new NetworkYear(network, 2029, Money.ZERO, Money.ZERO, Money.ZERO, 1, 1));
    }

    @Test
    void theSelectionNarrowsByNetworkAndByARangeOfParticipationYears() {
        for (int year = 2027; year <= 2030; year++) {
            issue(network, year, new InvoiceLine("Deltagaravgift " + year, 1, Money.ofKronor(900), 250));
        }
        issue(otherNetwork, 2028, new InvoiceLine("Deltagaravgift 2028", 1, Money.ofKronor(1_500), 250));

        assertThat(revenue.perNetworkAndYear(network, 2028, 2029)).extracting(NetworkYear::year).containsExactly(2028, 2029);
        assertThat(revenue.perNetworkAndYear(network, 2029, null)).extracting(NetworkYear::year).containsExactly(2029, 2030);
        assertThat(revenue.perNetworkAndYear(network, null, 2027)).extracting(NetworkYear::year).containsExactly(2027);
        assertThat(revenue.perNetworkAndYear(otherNetwork, null, null))
                .containsExactly(new NetworkYear(otherNetwork, 2028, Money.ofKronor(1_500), Money.ofKronor(375),
                        Money.ofKronor(1_875), 1, 0));
        assertThat(revenue.perNetworkAndYear(null, 2028, 2028))
                .contains(new NetworkYear(network, 2028, Money.ofKronor(900), Money.ofKronor(225), Money.ofKronor(1_125), 1, 0),
                        new NetworkYear(otherNetwork, 2028, Money.ofKronor(1_500), Money.ofKronor(375), Money.ofKronor(1_875), 1, 0))
                .allSatisfy(row -> assertThat(row.year()).isEqualTo(2028));
    }

    private Invoice issue(long networkId, int year, InvoiceLine... lines) {
        return invoices.issue(new DraftInvoice(TestDocuments.KARLSKOGA, "KS-4711", null, List.of(lines), networkId, year, null,
                null, "revenue-test/" + UUID.randomUUID()), STAFF);
    }
}
