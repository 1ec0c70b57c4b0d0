package se.arena.registration;

/** Where and with which reference an organisation wants its invoices, as given in a registration. */
public record InvoiceDetails(String address, String reference) {
}
