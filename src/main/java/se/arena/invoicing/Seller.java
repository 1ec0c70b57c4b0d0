package se.arena.invoicing;

import java.util.Locale;

import se.arena.web.FormValues;

/**
 * The association as the seller on its invoices: who it is, its VAT number, where to pay and in
 * how many days. Copied into every document when it is issued.
 *
 * @param vatNumber          momsregistreringsnummer: SE, the ten digits of the organisation number, 01
 * @param approvedForFTax    whether the invoice says "Godkänd för F-skatt"
 * @param bankgiro           null when payments go by IBAN only
 * @param iban               null when payments go by bankgiro only
 * @param vatExemptionReason what an invoice line without VAT says about why
 */
public record Seller(InvoiceParty party, String vatNumber, boolean approvedForFTax, String email, String bankgiro,
                     String iban, String bic, int paymentTermsDays, String vatExemptionReason) {

    public Seller {
        if (party.organisationNumber() == null) {
            throw new IllegalArgumentException("The seller needs an organisation number");
        }
        vatNumber = vatNumber == null || vatNumber.isBlank()
                ? "SE" + InvoiceParty.digits(party.organisationNumber()) + "01"
                : vatNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        // The Swedish Peppol rules SE-R-001 and SE-R-002: 14 characters, SE and twelve digits.
        if (!vatNumber.matches("SE\\d{12}")) {
            throw new IllegalArgumentException("The seller's VAT number must be SE followed by twelve digits, was " + vatNumber);
        }
        email = FormValues.orNull(email);
        bankgiro = FormValues.orNull(bankgiro);
        iban = iban == null || iban.isBlank() ? null : iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        bic = FormValues.orNull(bic);
        // SE-R-008 and SE-R-009: a bankgiro number is seven or eight digits.
        if (bankgiro != null && !bankgiro.replace("-", "").matches("\\d{7,8}")) {
            throw new IllegalArgumentException("The seller's bankgiro must be seven or eight digits, was " + bankgiro);
        }
        if (iban != null && !iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{1,30}")) {
            throw new IllegalArgumentException("The seller's IBAN is not an IBAN: " + iban);
        }
        if (bankgiro == null && iban == null) {
            throw new IllegalArgumentException("The seller needs a bankgiro or an IBAN to be paid to");
        }
        if (paymentTermsDays < 0 || paymentTermsDays > 365) {
            throw new IllegalArgumentException("The seller's payment terms must be 0 to 365 days");
        }
        vatExemptionReason = FormValues.orNull(vatExemptionReason);
        if (vatExemptionReason == null) {
            vatExemptionReason = "Undantaget från mervärdesskatt";
        }
    }

    /** Bankgiro as payment files write it: digits only. */
    public String bankgiroDigits() {
        return bankgiro == null ? null : bankgiro.replace("-", "");
    }

    /** "30 dagar netto", as Swedish invoices state the terms. */
    public String paymentTerms() {
        return paymentTermsDays == 0 ? "Betalas vid mottagandet" : paymentTermsDays + " dagar netto";
    }
}
