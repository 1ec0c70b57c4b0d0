package se.arena.registration;

/** Where and with which reference a person's own invoice goes, as a registration form takes them. */
record InvoiceDetails(String address, String reference) {
}
