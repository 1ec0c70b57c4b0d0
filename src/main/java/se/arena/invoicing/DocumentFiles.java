package se.arena.invoicing;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** An issued document as staff and coordinators download it, found by the id in a page's address. */
final class DocumentFiles {

    private DocumentFiles() {
    }

    /** The document the address names; an id that is no number, or no document's, is not found. */
    static IssuedDocument existing(Invoices invoices, String id) {
        return parseId(id).flatMap(invoices::find).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id)).filter(value -> value > 0);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static ResponseEntity<byte[]> pdf(IssuedDocument document) {
        return file(InvoicePdf.pdf(document), MediaType.APPLICATION_PDF, document.fileName() + ".pdf");
    }

    /** The Peppol BIS Billing 3.0 file, for sending through a Peppol access point or checking by hand. */
    static ResponseEntity<byte[]> xml(IssuedDocument document) {
        return file(PeppolUbl.xml(document), MediaType.APPLICATION_XML, document.fileName() + ".xml");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
