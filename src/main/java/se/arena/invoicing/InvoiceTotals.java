package se.arena.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.arena.Money;

/**
 * The sums of a document as EN 16931 and Peppol compute them: the lines' net amounts added up,
 * VAT once per rate on the sum of that rate's lines, rounded to whole öre (half away from zero),
 * and the total as net plus VAT. Every figure is exact in öre, so the e-invoice and the PDF show
 * the same amounts and pass the rules' cross-checks.
 *
 * @param vat one breakdown per VAT rate, lowest rate first
 */
public record InvoiceTotals(Money net, List<VatBreakdown> vat, Money vatTotal, Money total) {

    /** The net amount and VAT of all lines with one rate. */
    public record VatBreakdown(int ratePerMille, Money taxable, Money vat) {

        public String category() {
            return InvoiceTotals.category(ratePerMille);
        }

        public BigDecimal percent() {
            return InvoiceTotals.percent(ratePerMille);
        }
    }

    /** EN 16931's VAT category: S (standard rate) or, without VAT, E (exempt). */
    public static String category(int ratePerMille) {
        return ratePerMille == 0 ? "E" : "S";
    }

    /** The rate in percent, 25 or 12.5, as UBL and the PDF write it. */
    public static BigDecimal percent(int ratePerMille) {
        return BigDecimal.valueOf(ratePerMille, 1).stripTrailingZeros();
    }

    public static InvoiceTotals of(List<InvoiceLine> lines) {
        Map<Integer, Long> taxableByRate = new TreeMap<>();
        for (InvoiceLine line : lines) {
            taxableByRate.merge(line.vatRatePerMille(), line.net().ore(), Math::addExact);
        }
        List<VatBreakdown> breakdown = taxableByRate.entrySet().stream()
                .map(rate -> new VatBreakdown(rate.getKey(), new Money(rate.getValue()), vatOn(rate.getValue(), rate.getKey())))
                .toList();
        long net = breakdown.stream().mapToLong(part -> part.taxable().ore()).sum();
        long vat = breakdown.stream().mapToLong(part -> part.vat().ore()).sum();
        return new InvoiceTotals(new Money(net), breakdown, new Money(vat), new Money(Math.addExact(net, vat)));
    }

    static Money vatOn(long taxableOre, int ratePerMille) {
        return new Money(BigDecimal.valueOf(taxableOre).multiply(BigDecimal.valueOf(ratePerMille))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValueExact());
    }
}
