package se.arena.invoicing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import se.arena.Money;

/**
 * The printable invoice or credit note in Swedish, with everything Swedish VAT rules ask of an
 * invoice: number, dates, seller and buyer with organisation and VAT numbers, the lines, VAT per
 * rate, the total and how to pay. Liberation Sans is embedded, so å, ä and ö print the same in
 * every reader.
 */
public final class InvoicePdf {

    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");
    private static final Font TEXT = new Font(REGULAR, 9.5f);
    private static final Font SMALL = new Font(REGULAR, 8f);
    private static final Font STRONG = new Font(BOLD, 9.5f);
    private static final Font HEADING = new Font(BOLD, 11f);
    private static final Font TITLE = new Font(BOLD, 20f);

    private InvoicePdf() {
    }

    public static byte[] pdf(IssuedDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(pdf, bytes);
        pdf.addTitle(document.kind().label() + " " + document.number());
        pdf.addAuthor(document.seller().party().name());
        pdf.addCreator("Arena");
        pdf.open();
        pdf.add(header(document));
        pdf.add(partiesAndFacts(document));
        pdf.add(lines(document));
        pdf.add(totals(document));
        if (document instanceof Invoice invoice) {
            pdf.add(payment(invoice));
        }
        pdf.add(footer(document.seller()));
        pdf.close();
        return bytes.toByteArray();
    }

    private static PdfPTable header(IssuedDocument document) {
        PdfPTable header = table(new float[] {3, 2});
        header.addCell(cell(new Phrase(document.seller().party().name(), HEADING)));
        PdfPCell title = cell(new Phrase(document.kind().label(), TITLE));
        title.setHorizontalAlignment(Element.ALIGN_RIGHT);
        header.addCell(title);
        header.setSpacingAfter(24);
        return header;
    }

    private static PdfPTable partiesAndFacts(IssuedDocument document) {
        PdfPTable layout = table(new float[] {1, 1});
        InvoiceParty buyer = document.buyer();
        List<String> buyerLines = new ArrayList<>(buyer.address().lines());
        if (buyer.organisationNumber() != null) {
            buyerLines.add("Organisationsnummer: " + buyer.organisationNumber().value());
        }
        buyerLines.add("Peppol-id: " + buyer.peppolId());
        layout.addCell(block("Köpare", buyer.name(), buyerLines));

        PdfPTable facts = table(new float[] {1, 1});
        boolean invoice = document instanceof Invoice;
        fact(facts, invoice ? "Fakturanummer" : "Kreditfakturanummer", document.number());
        fact(facts, invoice ? "Fakturadatum" : "Datum", document.issueDate().toString());
        switch (document) {
            case Invoice issued -> {
                fact(facts, "Förfallodatum", issued.dueDate().toString());
                fact(facts, "Betalningsvillkor", issued.seller().paymentTerms());
            }
            case CreditNote credit -> {
                fact(facts, "Krediterar faktura", credit.invoiceNumber() + " (" + credit.invoiceIssueDate() + ")");
                fact(facts, "Orsak", credit.reason());
            }
        }
        if (document.buyerReference() != null) {
            fact(facts, "Er referens", document.buyerReference());
        }
        if (document.orderReference() != null) {
            fact(facts, "Ordernummer", document.orderReference());
        }
        PdfPCell factsCell = new PdfPCell(facts);
        factsCell.setBorder(Rectangle.NO_BORDER);
        layout.addCell(factsCell);
        layout.setSpacingAfter(24);
        return layout;
    }

    private static PdfPTable lines(IssuedDocument document) {
        PdfPTable lines = table(new float[] {6, 1.2f, 2, 1.3f, 2.2f});
        for (String heading : List.of("Beskrivning", "Antal", "À-pris", "Moms", "Belopp exkl. moms")) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, STRONG));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setPaddingBottom(5);
            cell.setHorizontalAlignment("Beskrivning".equals(heading) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            lines.addCell(cell);
        }
        lines.setHeaderRows(1);
        for (InvoiceLine line : document.lines()) {
            lines.addCell(row(line.description(), false));
            lines.addCell(row(Integer.toString(line.quantity()), true));
            lines.addCell(row(line.unitPrice().format(), true));
            lines.addCell(row(line.vatLabel(), true));
            lines.addCell(row(line.net().format(), true));
        }
        lines.setSpacingAfter(12);
        return lines;
    }

    private static PdfPTable totals(IssuedDocument document) {
        InvoiceTotals totals = document.totals();
        PdfPTable sums = table(new float[] {7, 2.2f});
        sum(sums, "Summa exkl. moms", totals.net(), TEXT);
        for (InvoiceTotals.VatBreakdown rate : totals.vat()) {
            String label = rate.ratePerMille() == 0
                    ? "Ingen moms på " + rate.taxable().format() + ": " + document.seller().vatExemptionReason()
                    : "Moms " + rate.percent().toPlainString().replace('.', ',') + " % på " + rate.taxable().format();
            sum(sums, label, rate.vat(), TEXT);
        }
        sum(sums, "Summa moms", totals.vatTotal(), TEXT);
        sum(sums, document instanceof Invoice ? "Att betala" : "Att kreditera", totals.total(), HEADING);
        sums.setSpacingAfter(24);
        return sums;
    }

    private static PdfPTable payment(Invoice invoice) {
        Seller seller = invoice.seller();
        List<String> lines = new ArrayList<>();
        if (seller.bankgiro() != null) {
            lines.add("Bankgiro: " + seller.bankgiro());
        }
        if (seller.iban() != null) {
            lines.add("IBAN: " + seller.iban() + (seller.bic() == null ? "" : "   BIC: " + seller.bic()));
        }
        lines.add("Förfallodatum: " + invoice.dueDate());
        lines.add("Ange fakturanummer " + invoice.number() + " som referens när du betalar.");
        PdfPTable box = table(new float[] {1});
        PdfPCell cell = block("Betalning", "Att betala: " + invoice.totals().total().format(), lines);
        cell.setBorder(Rectangle.BOX);
        cell.setPadding(10);
        box.addCell(cell);
        box.setSpacingAfter(24);
        return box;
    }

    private static Paragraph footer(Seller seller) {
        List<String> parts = new ArrayList<>();
        parts.add(seller.party().name());
        parts.addAll(seller.party().address().lines());
        parts.add("Organisationsnummer: " + seller.party().organisationNumber().value());
        parts.add("Momsregistreringsnummer: " + seller.vatNumber());
        if (seller.approvedForFTax()) {
            parts.add("Godkänd för F-skatt");
        }
        if (seller.email() != null) {
            parts.add(seller.email());
        }
        Paragraph footer = new Paragraph(String.join("  ·  ", parts), SMALL);
        footer.setAlignment(Element.ALIGN_CENTER);
        return footer;
    }

    private static PdfPCell block(String heading, String first, List<String> rest) {
        Paragraph text = new Paragraph();
        text.setLeading(0, 1.35f);
        text.add(new Phrase(heading + "\n", SMALL));
        text.add(new Phrase(first + "\n", STRONG));
        text.add(new Phrase(String.join("\n", rest), TEXT));
        PdfPCell cell = cell(text);
        cell.setPaddingRight(12);
        return cell;
    }

    private static void fact(PdfPTable facts, String label, String value) {
        facts.addCell(cell(new Phrase(label, SMALL)));
        facts.addCell(cell(new Phrase(value, STRONG)));
    }

    private static void sum(PdfPTable sums, String label, Money amount, Font font) {
        PdfPCell text = cell(new Phrase(label, font));
        text.setHorizontalAlignment(Element.ALIGN_RIGHT);
        sums.addCell(text);
        PdfPCell value = cell(new Phrase(amount.format(), font));
        value.setHorizontalAlignment(Element.ALIGN_RIGHT);
        sums.addCell(value);
    }

    private static PdfPCell row(String text, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(5);
        cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private static PdfPCell cell(Phrase content) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = InvoicePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
