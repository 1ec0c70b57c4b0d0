package se.arena.invoicing;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.arena.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTotalsTest {

    @Test
    void vatIsComputedOncePerRateOnTheSumOfThatRatesLinesAndRoundedToWholeÖre() {
        InvoiceTotals totals = InvoiceTotals.of(List.of(
                new InvoiceLine("Tryck", 1, new Money(2), 250),
                new InvoiceLine("Porto", 1, new Money(2), 250),
                new InvoiceLine("Middag", 3, new Money(33_333), 120),
                new InvoiceLine("Studieresa", 1, new Money(1_234_567), 0)));

        // 25 % of 0,04 kr is 0,01 kr; VAT per line would have made it 0,02 kr
        assertThat(totals.vat()).containsExactly(
                new InvoiceTotals.VatBreakdown(0, new Money(1_234_567), Money.ZERO),
                new InvoiceTotals.VatBreakdown(120, new Money(99_999), new Money(12_000)),
                new InvoiceTotals.VatBreakdown(250, new Money(4), new Money(1)));
        assertThat(totals.net()).isEqualTo(new Money(1_334_570));
        assertThat(totals.vatTotal()).isEqualTo(new Money(12_001));
        assertThat(totals.total()).isEqualTo(new Money(1_346_571));
    }

    @Test
    void halfAnÖreRoundsUp() {
        assertThat(InvoiceTotals.vatOn(2, 250)).isEqualTo(new Money(1));
        assertThat(InvoiceTotals.vatOn(1, 250)).isEqualTo(Money.ZERO);
        assertThat(InvoiceTotals.vatOn(90_000, 250)).isEqualTo(new Money(22_500));
    }

    @Test
    void ratesReadAsPercentWithTheirEn16931Category() {
        assertThat(InvoiceTotals.percent(250).toPlainString()).isEqualTo("25");
        assertThat(InvoiceTotals.percent(125).toPlainString()).isEqualTo("12.5");
        assertThat(InvoiceTotals.category(250)).isEqualTo("S");
        assertThat(InvoiceTotals.category(0)).isEqualTo("E");
    }

    @Test
    void aLineNeedsADescriptionAPositiveQuantityAndNoNegativePrice() {
        assertThatThrownBy(() -> new InvoiceLine(" ", 1, Money.ofKronor(900), 250)).hasMessageContaining("beskrivning");
        assertThatThrownBy(() -> new InvoiceLine("Avgift", 0, Money.ofKronor(900), 250)).hasMessageContaining("minst 1");
        assertThatThrownBy(() -> new InvoiceLine("Avgift", 1, new Money(-1), 250)).hasMessageContaining("negativt");
        assertThatThrownBy(() -> new InvoiceLine("Avgift", 1, Money.ofKronor(900), 1001)).hasMessageContaining("Momssatsen");
    }

    @Test
    void aDraftNeedsAReferenceTheBuyerCanRouteItBy() {
        assertThatThrownBy(() -> new DraftInvoice(TestDocuments.KARLSKOGA, " ", null, List.of(TestDocuments.fee("Åsa")),
                null, null, null, null, "key")).hasMessageContaining("referens");
        assertThat(new DraftInvoice(TestDocuments.KARLSKOGA, null, "Avtal 12", List.of(TestDocuments.fee("Åsa")),
                null, null, null, null, "key").orderReference()).isEqualTo("Avtal 12");
    }
}
