package se.arena.invoicing;

import java.time.LocalDate;

/**
 * Where an invoice stands with its payment. A payment staff recorded comes first; otherwise an
 * invoice credited in full is settled, and anything else is unpaid, overdue after its due date.
 *
 * @param paidOn the day it was paid, for a paid invoice only
 */
public record PaymentStatus(State state, LocalDate paidOn) {

    public enum State {
        PAID, UNPAID, OVERDUE, CREDITED
    }

    /**
     * @param creditedNetOre what credit notes have taken back of it, without VAT
     */
    static PaymentStatus of(Invoice invoice, LocalDate paidOn, long creditedNetOre, LocalDate today) {
        if (paidOn != null) {
            return new PaymentStatus(State.PAID, paidOn);
        }
        // a credit note never takes back more than the invoice per VAT rate, so equal nets mean every rate is credited
        if (creditedNetOre >= invoice.totals().net().ore()) {
            return new PaymentStatus(State.CREDITED, null);
        }
        return new PaymentStatus(invoice.dueDate().isBefore(today) ? State.OVERDUE : State.UNPAID, null);
    }

    /** "Betald 2027-01-15", "Obetald", "Förfallen" or "Krediterad". */
    public String label() {
        return switch (state) {
            case PAID -> "Betald " + paidOn;
            case UNPAID -> "Obetald";
            case OVERDUE -> "Förfallen";
            case CREDITED -> "Krediterad";
        };
    }

    public boolean isPaid() {
        return state == State.PAID;
    }

    /** Still waiting for money: what may be marked paid. */
    public boolean isOutstanding() {
        return state == State.UNPAID || state == State.OVERDUE;
    }
}
