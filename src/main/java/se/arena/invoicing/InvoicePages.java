package se.arena.invoicing;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.arena.Paged;
import se.arena.web.TableExport;

/** Staff's list of issued invoices and credit notes ("Fakturor"), with each document as PDF and e-invoice XML. */
@Controller
class InvoicePages {

    private static final int PAGE_SIZE = 50;

    private final Invoices invoices;
    private final TableExport export;

    InvoicePages(Invoices invoices, TableExport export) {
        this.invoices = invoices;
        this.export = export;
    }

    @GetMapping("/admin/fakturor")
    String list(@RequestParam(name = "typ", required = false) String kind,
                @RequestParam(name = "ar", required = false) String year,
                @RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "korning", required = false) String run,
                @RequestParam(name = "sida", required = false) String page,
                Model model) {
        InvoiceFilter filter = InvoiceFilter.of(kind, year, query, run);
        Paged<IssuedDocument> result = invoices.search(filter, Paged.pageNumber(page), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("years", invoices.years());
        model.addAttribute("result", result);
        model.addAttribute("creditedBy", invoices.creditNoteNumbers(result.items()));
        return "invoicing/list";
    }

    @GetMapping("/admin/fakturor/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "typ", required = false) String kind,
                                  @RequestParam(name = "ar", required = false) String year,
                                  @RequestParam(name = "q", required = false) String query,
                                  @RequestParam(name = "korning", required = false) String run,
                                  @RequestParam(name = "format", required = false) String format) {
        return export.download(InvoiceExport.lines("fakturarader", invoices.all(InvoiceFilter.of(kind, year, query, run))), format);
    }

    @GetMapping("/admin/fakturor/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        IssuedDocument document = existing(id);
        return file(InvoicePdf.pdf(document), MediaType.APPLICATION_PDF, document.fileName() + ".pdf");
    }

    /** The Peppol BIS Billing 3.0 file, for sending through a Peppol access point or checking by hand. */
    @GetMapping("/admin/fakturor/{id}/xml")
    ResponseEntity<byte[]> xml(@PathVariable String id) {
        IssuedDocument document = existing(id);
        return file(PeppolUbl.xml(document), MediaType.APPLICATION_XML, document.fileName() + ".xml");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private IssuedDocument existing(String id) {
        return parseId(id).flatMap(invoices::find).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id)).filter(value -> value > 0);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
