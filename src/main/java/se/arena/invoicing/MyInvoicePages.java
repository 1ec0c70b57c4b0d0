package se.arena.invoicing;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A coordinator downloads the invoices and credit notes of their organisations from Mina sidor.
 * Who may download which document is decided by {@link InvoiceOwnership}, before these run.
 */
@Controller
class MyInvoicePages {

    private final Invoices invoices;

    MyInvoicePages(Invoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/mina-sidor/fakturor/{invoiceDocumentId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String invoiceDocumentId) {
        return DocumentFiles.pdf(DocumentFiles.existing(invoices, invoiceDocumentId));
    }

    @GetMapping("/mina-sidor/fakturor/{invoiceDocumentId}/xml")
    ResponseEntity<byte[]> xml(@PathVariable String invoiceDocumentId) {
        return DocumentFiles.xml(DocumentFiles.existing(invoices, invoiceDocumentId));
    }
}
