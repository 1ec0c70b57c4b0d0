package se.arena.invoicing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.network.Network;
import se.arena.registration.ParticipationYears;

/**
 * The credit notes staff still owe: an invoice charged a person's year, and since then the seat
 * has stopped holding that year. That is what leaving a network (or cancelling a seat) does to
 * the year it happens in when the network's rule releases the current year, and to every later
 * year whatever the rule; and what a declined or lapsed re-confirmation does to the next year.
 * Worked out from the invoices and the seats each time, so a credit note issued for the lines,
 * here or by hand on the invoice's page, settles it.
 */
@Service
@Transactional(readOnly = true)
class CreditsDue {

    private final InvoiceRepository documents;
    private final Invoices invoices;
    private final ParticipationYears participationYears;

    CreditsDue(InvoiceRepository documents, Invoices invoices, ParticipationYears participationYears) {
        this.documents = documents;
        this.invoices = invoices;
        this.participationYears = participationYears;
    }

    /**
     * What an invoice should be credited for.
     *
     * @param positions the lines to take back, from 0, as the credit form counts them
     */
    public record CreditDue(Invoice invoice, List<Integer> positions) {

        public List<InvoiceLine> lines() {
            return positions.stream().map(invoice.lines()::get).toList();
        }

        public InvoiceTotals totals() {
            return InvoiceTotals.of(lines());
        }

        /** A credit form with the lines chosen and the reason written, ready to send. */
        public CreditForm form() {
            return CreditForm.due(this);
        }

        /** What the credit note says about why. */
        public String reason() {
            return (positions.size() == 1 ? "Avslutad plats" : "Avslutade platser") + ": deltagaravgiften för "
                    + invoice.participationYear() + " krediteras för " + positions.size() + " deltagare.";
        }
    }

    /** The network's invoices for the year that are due a credit, in number order. */
    List<CreditDue> of(Network network, int year) {
        return due(network.id(), year, null);
    }

    /** What the invoice is due a credit for, if anything. */
    Optional<CreditDue> of(Invoice invoice) {
        if (invoice.networkId() == null || invoice.participationYear() == null) {
            return Optional.empty();
        }
        return due(invoice.networkId(), invoice.participationYear(), invoice.id()).stream().findFirst();
    }

    private List<CreditDue> due(long networkId, int year, Long onlyInvoice) {
        Set<Long> givenUp = participationYears.givenUp(networkId, year);
        if (givenUp.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Integer>> positions = new LinkedHashMap<>();
        for (InvoiceRepository.InvoicedLine line : documents.uncreditedLines(networkId, year)) {
            boolean ended = InvoiceRuns.seatOf(line.item()).filter(givenUp::contains).isPresent();
            if (ended && (onlyInvoice == null || onlyInvoice == line.invoiceId())) {
                positions.computeIfAbsent(line.invoiceId(), id -> new ArrayList<>()).add(line.lineNumber() - 1);
            }
        }
        List<CreditDue> due = new ArrayList<>();
        positions.forEach((invoiceId, lines) -> invoices.findInvoice(invoiceId)
                .ifPresent(invoice -> due.add(new CreditDue(invoice, List.copyOf(lines)))));
        return due;
    }
}
