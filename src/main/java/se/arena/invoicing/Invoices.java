package se.arena.invoicing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.Money;
import se.arena.Paged;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.web.FormValues;

/**
 * Issues invoices and credit notes. A number is taken from the series' counter row under a row
 * lock, in the same transaction that stores the document: two staff issuing at once wait for
 * each other, and a failed issue rolls the counter back with it, so every series runs 1, 2, 3 …
 * without gaps or repeats. A unique constraint on the number guards the same thing a second time.
 */
@Service
public class Invoices {

    public static final String INVOICE_ISSUED = "INVOICE_ISSUED";
    public static final String CREDIT_NOTE_ISSUED = "CREDIT_NOTE_ISSUED";

    private final InvoiceRepository documents;
    private final Seller seller;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separateTransaction;

    Invoices(InvoiceRepository documents, SellerProperties seller, AuditLog audit, Clock clock,
             PlatformTransactionManager transactions) {
        this.documents = documents;
        this.seller = seller.seller();
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The association as it appears on documents issued now. */
    public Seller seller() {
        return seller;
    }

    /**
     * Gives the draft the next invoice number of the year and stores it for good. Issuing the same
     * draft (the same issue key) again returns the invoice it became the first time.
     */
    public Invoice issue(DraftInvoice draft, Actor actor) {
        String issueKey = "invoice:" + draft.issueKey();
        return documents.findByIssueKey(issueKey).map(Invoice.class::cast).orElseGet(() -> {
            LocalDate today = LocalDate.now(clock);
            try {
                return numbered(DocumentKind.INVOICE, today.getYear(), true, sequence -> { },
                        sequence -> storeInvoice(draft, today, sequence, issueKey, actor));
            } catch (DuplicateKeyException issuedByAnotherRequestJustNow) {
                return documents.findByIssueKey(issueKey).map(Invoice.class::cast)
                        .orElseThrow(() -> issuedByAnotherRequestJustNow);
            }
        });
    }

    /**
     * Issues one organisation's invoices of an invoice run for a network and year together: in
     * one transaction, all of them or none, with consecutive numbers. Under the number series'
     * lock it first checks that none of the drafts' items (a person's year, an extra cost) has
     * been invoiced yet, so that two staff issuing at once, one of them after the organisation
     * switched between one invoice and one per person, cannot both invoice the same item. Issuing
     * the same drafts again returns the invoices they became the first time.
     *
     * @param drafts the organisation's drafts, all for the same network, year and organisation
     * @return the invoices; empty when another invoice covers one of the items already
     */
    public List<Invoice> issueTogether(List<DraftInvoice> drafts, Actor actor) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        DraftInvoice first = drafts.getFirst();
        if (first.networkId() == null || first.participationYear() == null || first.organisationId() == null
                || drafts.stream().anyMatch(draft -> !Objects.equals(draft.networkId(), first.networkId())
                        || !Objects.equals(draft.participationYear(), first.participationYear())
                        || !Objects.equals(draft.organisationId(), first.organisationId()))) {
            throw new IllegalArgumentException("Drafts issued together are for one network, year and organisation");
        }
        List<String> keys = drafts.stream().map(draft -> "invoice:" + draft.issueKey()).toList();
        List<Invoice> earlier = issuedUnder(keys);
        if (earlier.size() == keys.size()) {
            return earlier;
        }
        LocalDate today = LocalDate.now(clock);
        ensureCounter(DocumentKind.INVOICE, today.getYear());
        try {
            return transaction.execute(status -> {
                int last = documents.lockCounter(DocumentKind.INVOICE, today.getYear());
                Set<String> invoiced = documents.invoicedItems(first.networkId(), first.participationYear());
                if (drafts.stream().flatMap(draft -> draft.items().stream()).anyMatch(invoiced::contains)) {
                    return List.of();
                }
                List<Invoice> issued = new ArrayList<>();
                for (int index = 0; index < drafts.size(); index++) {
                    issued.add(storeInvoice(drafts.get(index), today, ++last, keys.get(index), actor));
                }
                documents.setCounter(DocumentKind.INVOICE, today.getYear(), last);
                return issued;
            });
        } catch (DuplicateKeyException issuedByAnotherRequestJustNow) {
            List<Invoice> issued = issuedUnder(keys);
            return issued.size() == keys.size() ? issued : List.of();
        }
    }

    private List<Invoice> issuedUnder(List<String> keys) {
        return keys.stream().map(documents::findByIssueKey).flatMap(Optional::stream).map(Invoice.class::cast).toList();
    }

    /**
     * The same issue with the counter read without its lock, pausing after the read: only for the
     * test that proves the lock is what keeps two issuers from taking the same number.
     */
    Invoice issueWithoutLock(DraftInvoice draft, Actor actor, IntConsumer afterReading) {
        LocalDate today = LocalDate.now(clock);
        return numbered(DocumentKind.INVOICE, today.getYear(), false, afterReading,
                sequence -> storeInvoice(draft, today, sequence, "invoice:" + draft.issueKey(), actor));
    }

    /** Credits the whole invoice, line for line. Nothing of it may have been credited before. */
    public CreditNote creditInFull(long invoiceId, String reason, String issueKey, Actor actor) {
        Invoice invoice = findInvoice(invoiceId).orElseThrow(() -> new IllegalArgumentException("Fakturan finns inte."));
        return creditLines(invoice.id(), IntStream.range(0, invoice.lines().size()).boxed().toList(), reason, issueKey, actor);
    }

    /**
     * Credits lines of the invoice as they stand on it, each line once: a line credited before,
     * by anyone, is refused.
     *
     * @param positions the lines' positions on the invoice, from 0
     * @param issueKey  the caller's unique key for this credit: the same key again returns the same credit note
     * @throws IllegalArgumentException with a Swedish message when the credit is not allowed
     */
    public CreditNote creditLines(long invoiceId, Collection<Integer> positions, String reason, String issueKey, Actor actor) {
        Invoice invoice = findInvoice(invoiceId).orElseThrow(() -> new IllegalArgumentException("Fakturan finns inte."));
        List<Integer> chosen = positions.stream().distinct().sorted().toList();
        if (chosen.stream().anyMatch(position -> position < 0 || position >= invoice.lines().size())) {
            throw new IllegalArgumentException("Fakturan har inte de raderna.");
        }
        return credit(invoice, chosen.stream().map(invoice.lines()::get).toList(), chosen, reason, issueKey, actor);
    }

    /**
     * Issues a credit note for some or all of an invoice's amounts. Under the invoice's row lock
     * the credit is checked against what earlier credit notes left, per VAT rate, so two people
     * crediting the same invoice at once cannot take back more than it was.
     *
     * @param issueKey the caller's unique key for this credit: the same key again returns the same credit note
     * @throws IllegalArgumentException with a Swedish message when the credit is not allowed
     */
    public CreditNote credit(long invoiceId, List<InvoiceLine> lines, String reason, String issueKey, Actor actor) {
        Invoice invoice = findInvoice(invoiceId).orElseThrow(() -> new IllegalArgumentException("Fakturan finns inte."));
        return credit(invoice, lines, List.of(), reason, issueKey, actor);
    }

    /** @param positions the invoice's lines the credit takes back as they are, from 0; empty for free amounts */
    private CreditNote credit(Invoice invoice, List<InvoiceLine> lines, List<Integer> positions, String reason, String issueKey,
                              Actor actor) {
        String why = FormValues.orNull(reason);
        if (why == null || why.length() > 500) {
            throw new IllegalArgumentException("Skriv varför fakturan krediteras, högst 500 tecken.");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("Kreditfakturan behöver minst en rad.");
        }
        String key = "credit-note:" + issueKey;
        Optional<CreditNote> earlier = documents.findByIssueKey(key).map(CreditNote.class::cast);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        LocalDate today = LocalDate.now(clock);
        try {
            return numbered(DocumentKind.CREDIT_NOTE, today.getYear(), true, sequence -> { }, sequence -> {
                documents.lockDocument(invoice.id());
                Set<Integer> creditedBefore = documents.creditedLines(invoice.id());
                for (int position : positions) {
                    if (creditedBefore.contains(position + 1)) {
                        throw new IllegalArgumentException("Raden \"" + invoice.lines().get(position).description()
                                + "\" är redan krediterad.");
                    }
                }
                if (checkCreditable(invoice, lines)) {
                    documents.releaseItems(invoice.id());
                }
                CreditNote credit = new CreditNote(0, DocumentKind.CREDIT_NOTE.number(today.getYear(), sequence), today,
                        invoice.id(), invoice.number(), invoice.issueDate(), why, seller, invoice.buyer(),
                        invoice.buyerReference(), invoice.orderReference(), lines, invoice.networkId(),
                        invoice.participationYear(), invoice.organisationId(), invoice.runId(), clock.instant(), actor.label());
                long id = documents.insert(credit, sequence, key);
                documents.insertLineCredits(invoice.id(), positions.stream().map(position -> position + 1).toList(), id);
                audit.record(new AuditEvent(actor, CREDIT_NOTE_ISSUED, "invoice", credit.number(), "Kreditfaktura "
                        + credit.number() + " för faktura " + invoice.number() + ", " + credit.totals().total().format() + ": " + why));
                return (CreditNote) documents.find(id).orElseThrow();
            });
        } catch (DuplicateKeyException issuedByAnotherRequestJustNow) {
            return documents.findByIssueKey(key).map(CreditNote.class::cast).orElseThrow(() -> issuedByAnotherRequestJustNow);
        }
    }

    public Optional<IssuedDocument> find(long id) {
        return documents.find(id);
    }

    public Optional<Invoice> findInvoice(long id) {
        return documents.find(id).filter(Invoice.class::isInstance).map(Invoice.class::cast);
    }

    public List<CreditNote> creditNotesOf(Invoice invoice) {
        return documents.creditNotesOf(invoice.id());
    }

    public Paged<IssuedDocument> search(InvoiceFilter filter, int page, int pageSize) {
        return documents.search(filter, LocalDate.now(clock), page, pageSize);
    }

    /** Every document that matches, in number order: what an export holds. */
    public List<IssuedDocument> all(InvoiceFilter filter) {
        return documents.all(filter, LocalDate.now(clock));
    }

    /** The run items (a person's year, an extra cost) that an invoice not credited in full covers. */
    public Set<String> invoicedItems(long networkId, int participationYear) {
        return documents.invoicedItems(networkId, participationYear);
    }

    /** The invoices issued for the network and year, to whichever organisation or person, in number order. */
    public List<Invoice> invoicesFor(long networkId, int participationYear) {
        return documents.invoicesFor(networkId, participationYear);
    }

    /** The invoices and credit notes of the organisations, newest first: what their coordinators see. */
    public List<IssuedDocument> ofOrganisations(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : documents.ofOrganisations(organisationIds);
    }

    /** For each invoice, the numbers of the credit notes that correct it. */
    public Map<Long, List<String>> creditNoteNumbers(List<? extends IssuedDocument> invoices) {
        return documents.creditNoteNumbers(invoices.stream().filter(Invoice.class::isInstance).map(IssuedDocument::id).toList());
    }

    public List<Integer> years() {
        return documents.years();
    }

    private Invoice storeInvoice(DraftInvoice draft, LocalDate today, int sequence, String issueKey, Actor actor) {
        Invoice invoice = new Invoice(0, DocumentKind.INVOICE.number(today.getYear(), sequence), today,
                today.plusDays(seller.paymentTermsDays()), seller, draft.buyer(), draft.buyerReference(),
                draft.orderReference(), draft.lines(), draft.networkId(), draft.participationYear(), draft.organisationId(),
                draft.runId(), clock.instant(), actor.label());
        long id = documents.insert(invoice, sequence, issueKey);
        if (!draft.items().isEmpty()) {
            documents.insertItems(id, draft.networkId(), draft.participationYear(), draft.items());
        }
        audit.record(new AuditEvent(actor, INVOICE_ISSUED, "invoice", invoice.number(),
                "Faktura " + invoice.number() + " till " + invoice.buyer().name() + ", " + invoice.totals().total().format()));
        return (Invoice) documents.find(id).orElseThrow();
    }

    /**
     * Runs {@code store} in one transaction with the next number of the series. With
     * {@code locked} false the counter is read without its lock: the negative control only.
     */
    private <T> T numbered(DocumentKind kind, int year, boolean locked, IntConsumer afterReading, Numbered<T> store) {
        ensureCounter(kind, year);
        return transaction.execute(status -> {
            int sequence = (locked ? documents.lockCounter(kind, year) : documents.readCounter(kind, year)) + 1;
            afterReading.accept(sequence);
            documents.setCounter(kind, year, sequence);
            return store.with(sequence);
        });
    }

    @FunctionalInterface
    private interface Numbered<T> {
        T with(int sequence);
    }

    /** The counter row of a new series and year is made in its own transaction; it takes no number. */
    private void ensureCounter(DocumentKind kind, int year) {
        if (documents.counterExists(kind, year)) {
            return;
        }
        try {
            separateTransaction.executeWithoutResult(status -> documents.insertCounter(kind, year));
        } catch (DuplicateKeyException madeByAConcurrentIssue) {
            // the row exists now, which is all that was needed
        }
    }

    /** @return whether the credit takes back all that was left of the invoice */
    private boolean checkCreditable(Invoice invoice, List<InvoiceLine> lines) {
        Map<Integer, Long> remaining = new HashMap<>();
        invoice.totals().vat().forEach(rate -> remaining.put(rate.ratePerMille(), rate.taxable().ore()));
        for (CreditNote earlier : documents.creditNotesOf(invoice.id())) {
            earlier.totals().vat().forEach(rate -> remaining.merge(rate.ratePerMille(), -rate.taxable().ore(), Long::sum));
        }
        for (InvoiceTotals.VatBreakdown rate : InvoiceTotals.of(lines).vat()) {
            if (!remaining.containsKey(rate.ratePerMille())) {
                throw new IllegalArgumentException("Fakturan har inga rader med " + rate.percent().toPlainString()
                        + " % moms att kreditera.");
            }
            long left = remaining.get(rate.ratePerMille());
            if (rate.taxable().ore() > left) {
                throw new IllegalArgumentException("Kreditfakturan är större än det som återstår av faktura " + invoice.number()
                        + " med " + rate.percent().toPlainString() + " % moms (" + new Money(left).format() + " exkl. moms).");
            }
            remaining.merge(rate.ratePerMille(), -rate.taxable().ore(), Long::sum);
        }
        return remaining.values().stream().allMatch(left -> left == 0);
    }
}
