package se.arena.invoicing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.web.FormErrors;

/**
 * Staff mark invoices paid, and undo a marking made by mistake; both go to the audit log, which
 * is where the history of markings is kept. Credit notes are never paid, so they have no status.
 */
@Service
public class InvoicePayments {

    public static final String INVOICE_PAID = "INVOICE_PAID";
    public static final String PAYMENT_UNDONE = "INVOICE_PAYMENT_UNDONE";

    private final PaymentRepository payments;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    InvoicePayments(PaymentRepository payments, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.payments = payments;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Optional<Payment> paymentOf(Invoice invoice) {
        return payments.find(invoice.id());
    }

    public PaymentStatus status(Invoice invoice) {
        return statuses(List.of(invoice)).get(invoice.id());
    }

    /** The status of each invoice among the documents, by id; credit notes have none. */
    public Map<Long, PaymentStatus> statuses(List<? extends IssuedDocument> documents) {
        List<Invoice> invoices = documents.stream().filter(Invoice.class::isInstance).map(Invoice.class::cast).toList();
        Map<Long, PaymentRepository.Standing> standings = payments.standings(invoices.stream().map(Invoice::id).toList());
        LocalDate today = LocalDate.now(clock);
        Map<Long, PaymentStatus> statuses = new HashMap<>();
        for (Invoice invoice : invoices) {
            PaymentRepository.Standing standing = standings.getOrDefault(invoice.id(), new PaymentRepository.Standing(null, 0));
            statuses.put(invoice.id(), PaymentStatus.of(invoice, standing.paidOn(), standing.creditedNetOre(), today));
        }
        return statuses;
    }

    /**
     * Notes that the invoice was paid on the day in the form. Marking an invoice that is already
     * marked (a second click, or a colleague a moment before) changes nothing and is no error.
     *
     * @return what is wrong with the form, in Swedish, by field; empty when the invoice is marked paid
     */
    public FormErrors markPaid(Invoice invoice, PaymentForm form, Actor staff) {
        FormErrors errors = form.validate(invoice, LocalDate.now(clock));
        if (errors.isEmpty() && status(invoice).state() == PaymentStatus.State.CREDITED) {
            errors.add(PaymentForm.FIELD, "Fakturan är krediterad i sin helhet och ska inte betalas.");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        LocalDate paidOn = form.date();
        try {
            transaction.executeWithoutResult(status -> {
                if (payments.insertOnce(invoice.id(), paidOn, staff.label(), clock.instant())) {
                    audit.record(new AuditEvent(staff, INVOICE_PAID, "invoice", invoice.number(),
                            "Faktura " + invoice.number() + " markerad som betald " + paidOn));
                }
            });
        } catch (DuplicateKeyException markedByAnotherRequestJustNow) {
            // both requests passed the NOT EXISTS at once; the key kept one row, which is the outcome wanted
        }
        return errors;
    }

    /** @return false when the invoice was not marked paid (the undo was already made) */
    public boolean undo(Invoice invoice, Actor staff) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Optional<Payment> payment = payments.find(invoice.id());
            if (payment.isEmpty() || !payments.delete(invoice.id())) {
                return false;
            }
            audit.record(new AuditEvent(staff, PAYMENT_UNDONE, "invoice", invoice.number(),
                    "Markeringen att faktura " + invoice.number() + " betalades " + payment.get().paidOn() + " är ångrad"));
            return true;
        }));
    }
}
