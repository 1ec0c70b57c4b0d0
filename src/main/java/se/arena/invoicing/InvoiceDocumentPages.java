package se.arena.invoicing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.identity.SignedInUser;
import se.arena.network.NetworkCatalogue;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/** One issued document for staff: its lines, its credit notes and, for an invoice, its payment. */
@Controller
class InvoiceDocumentPages {

    private final Invoices invoices;
    private final InvoicePayments payments;
    private final NetworkCatalogue networks;
    private final CreditsDue creditsDue;
    private final Clock clock;

    InvoiceDocumentPages(Invoices invoices, InvoicePayments payments, NetworkCatalogue networks, CreditsDue creditsDue, Clock clock) {
        this.creditsDue = creditsDue;
        this.invoices = invoices;
        this.payments = payments;
        this.networks = networks;
        this.clock = clock;
    }

    @GetMapping("/admin/fakturor/{id}")
    String show(@PathVariable String id, Model model) {
        IssuedDocument document = DocumentFiles.existing(invoices, id);
        model.addAttribute("document", document);
        model.addAttribute("network", document.networkId() == null ? null : networks.find(document.networkId()).orElse(null));
        if (document instanceof Invoice invoice) {
            model.addAttribute("status", payments.status(invoice));
            model.addAttribute("payment", payments.paymentOf(invoice).orElse(null));
            model.addAttribute("creditNotes", invoices.creditNotesOf(invoice));
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", PaymentForm.today(LocalDate.now(clock)));
            }
            Optional<CreditsDue.CreditDue> due = creditsDue.of(invoice);
            model.addAttribute("dueCredit", due.orElse(null));
            if (!model.containsAttribute("credit")) {
                model.addAttribute("credit", due.map(CreditForm::due).orElseGet(() -> CreditForm.whole(invoice)));
            }
        }
        return "invoicing/document";
    }

    @PostMapping("/admin/fakturor/{id}/betalning")
    String markPaid(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
                    RedirectAttributes redirect) {
        Invoice invoice = invoice(id);
        PaymentForm form = new PaymentForm(value(request, PaymentForm.FIELD));
        FormErrors errors = payments.markPaid(invoice, form, SignedInUser.actor(request));
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors.asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(id, model);
        }
        redirect.addFlashAttribute("message", "Faktura " + invoice.number() + " är markerad som betald.");
        return "redirect:/admin/fakturor/" + invoice.id();
    }

    @PostMapping("/admin/fakturor/{id}/betalning/angra")
    String undo(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        Invoice invoice = invoice(id);
        redirect.addFlashAttribute("message", payments.undo(invoice, SignedInUser.actor(request))
                ? "Markeringen är ångrad: faktura " + invoice.number() + " räknas som obetald igen."
                : "Faktura " + invoice.number() + " var inte markerad som betald.");
        return "redirect:/admin/fakturor/" + invoice.id();
    }

    /**
     * Staff correct an issued invoice with a credit note for some or all of its lines, also from
     * the invoice run's list of credits due. The form's key makes a double submit find the credit
     * note the first submit issued.
     */
    @PostMapping("/admin/fakturor/{id}/kreditera")
    String credit(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        Invoice invoice = invoice(id);
        CreditForm form = CreditForm.read(invoice, value(request, CreditForm.REASON), request.getParameterValues(CreditForm.LINES),
                value(request, "submissionKey"));
        FormErrors errors = form.validate();
        if (errors.isEmpty()) {
            try {
                CreditNote note = invoices.creditLines(invoice.id(), form.lines(), form.reason(),
                        "staff/" + invoice.id() + "/" + form.submissionKey(), SignedInUser.actor(request));
                redirect.addFlashAttribute("message", "Kreditfaktura " + note.number() + " är utfärdad för faktura " + invoice.number() + ".");
                return "redirect:/admin/fakturor/" + note.id();
            } catch (IllegalArgumentException notCreditable) {
                errors.add(CreditForm.LINES, notCreditable.getMessage());
            }
        }
        model.addAttribute("credit", form);
        model.addAttribute("errors", errors.asMap());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(id, model);
    }

    private Invoice invoice(String id) {
        return DocumentFiles.parseId(id).flatMap(invoices::findInvoice)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
