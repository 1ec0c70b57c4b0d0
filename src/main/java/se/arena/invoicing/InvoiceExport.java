package se.arena.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.arena.Money;
import se.arena.web.ExportTable;

/**
 * Issued documents for the association's finance system: one row per line, with the document's
 * parties, references and totals repeated on each row. Amounts are plain numbers with a decimal
 * comma (900,00) and always positive; the type column says which rows are credit notes. "Betald"
 * is the day staff marked an invoice paid, empty while it is not.
 */
public final class InvoiceExport {

    static final List<String> HEADERS = List.of("Typ", "Nummer", "Datum", "Förfallodatum", "Betald",
            "Krediterar faktura", "Köpare", "Organisationsnummer", "Peppol-id", "Er referens", "Ordernummer", "Rad",
            "Beskrivning", "Antal",
            "À-pris", "Belopp exkl. moms", "Momssats %", "Dokumentets summa exkl. moms", "Dokumentets moms",
            "Dokumentets summa", "Nätverk-id", "Deltagarår", "Fakturakörning", "Utfärdad av");

    private InvoiceExport() {
    }

    /** @param statuses the payment status of each invoice, by id, for the date it was paid */
    public static ExportTable lines(String name, List<IssuedDocument> documents, Map<Long, PaymentStatus> statuses) {
        List<List<String>> rows = new ArrayList<>();
        for (IssuedDocument document : documents) {
            InvoiceTotals totals = document.totals();
            PaymentStatus status = statuses.get(document.id());
            String paidOn = status != null && status.isPaid() ? status.paidOn().toString() : "";
            int lineNumber = 0;
            for (InvoiceLine line : document.lines()) {
                rows.add(List.of(
                        document.kind().label(),
                        document.number(),
                        document.issueDate().toString(),
                        document instanceof Invoice invoice ? invoice.dueDate().toString() : "",
                        paidOn,
                        document instanceof CreditNote credit ? credit.invoiceNumber() : "",
                        document.buyer().name(),
                        document.buyer().organisationNumber() == null ? "" : document.buyer().organisationNumber().value(),
                        document.buyer().peppolId(),
                        Objects.toString(document.buyerReference(), ""),
                        Objects.toString(document.orderReference(), ""),
                        Integer.toString(++lineNumber),
                        line.description(),
                        Integer.toString(line.quantity()),
                        amount(line.unitPrice()),
                        amount(line.net()),
                        InvoiceTotals.percent(line.vatRatePerMille()).toPlainString().replace('.', ','),
                        amount(totals.net()),
                        amount(totals.vatTotal()),
                        amount(totals.total()),
                        Objects.toString(document.networkId(), ""),
                        Objects.toString(document.participationYear(), ""),
                        Objects.toString(document.runId(), ""),
                        document.issuedBy()));
            }
        }
        return new ExportTable(name, HEADERS, rows);
    }

    /** 1234,50: what Excel with Swedish settings and most finance systems read as a number. */
    static String amount(Money money) {
        return BigDecimal.valueOf(money.ore(), 2).toPlainString().replace('.', ',');
    }
}
