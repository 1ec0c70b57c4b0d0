package se.arena.invoicing;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.arena.Paged;
import se.arena.web.TableExport;

/** Staff's list of issued invoices and credit notes ("Fakturor"), with each document as PDF and e-invoice XML. */
@Controller
class InvoicePages {

    private static final int PAGE_SIZE = 50;

    private final Invoices invoices;
    private final InvoicePayments payments;
    private final TableExport export;

    InvoicePages(Invoices invoices, InvoicePayments payments, TableExport export) {
        this.invoices = invoices;
        this.payments = payments;
        this.export = export;
    }

    @GetMapping("/admin/fakturor")
    String list(@RequestParam(name = "typ", required = false) String kind,
                @RequestParam(name = "ar", required = false) String year,
                @RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "korning", required = false) String run,
                @RequestParam(name = "betalning", required = false) String payment,
                @RequestParam(name = "sida", required = false) String page,
                Model model) {
        InvoiceFilter filter = InvoiceFilter.of(kind, year, query, run, payment);
        Paged<IssuedDocument> result = invoices.search(filter, Paged.pageNumber(page), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("paymentChoices", InvoiceFilter.PaymentChoice.values());
        model.addAttribute("years", invoices.years());
        model.addAttribute("result", result);
        model.addAttribute("creditedBy", invoices.creditNoteNumbers(result.items()));
        model.addAttribute("statuses", payments.statuses(result.items()));
        return "invoicing/list";
    }

    @GetMapping("/admin/fakturor/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "typ", required = false) String kind,
                                  @RequestParam(name = "ar", required = false) String year,
                                  @RequestParam(name = "q", required = false) String query,
                                  @RequestParam(name = "korning", required = false) String run,
                                  @RequestParam(name = "betalning", required = false) String payment,
                                  @RequestParam(name = "format", required = false) String format) {
        List<IssuedDocument> documents = invoices.all(InvoiceFilter.of(kind, year, query, run, payment));
        return export.download(InvoiceExport.lines("fakturarader", documents, payments.statuses(documents)), format);
    }

    @GetMapping("/admin/fakturor/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return DocumentFiles.pdf(DocumentFiles.existing(invoices, id));
    }

    @GetMapping("/admin/fakturor/{id}/xml")
    ResponseEntity<byte[]> xml(@PathVariable String id) {
        return DocumentFiles.xml(DocumentFiles.existing(invoices, id));
    }
}
