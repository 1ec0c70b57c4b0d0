package se.arena.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where and how an organisation wants its invoices, kept for the whole organisation by its
 * coordinators and staff: the postal address, the reference the invoice must carry (often a code
 * that routes it to the right unit) and, when the organisation knows it, its e-invoice address.
 * Details seeded from an old registration may lack a part; the form never saves such details.
 *
 * @param additionalLine a unit or c/o line printed above the street, if any
 * @param postalCode     "123 45"
 * @param peppolId       the organisation's Peppol id, when it is not 0007 and its organisation number
 * @param gln            the organisation's GLN, which e-invoice operators also use as its address
 * @param changedBy      who saved them last, as the audit log names them
 */
public record OrganisationInvoiceDetails(long organisationId, String street, String additionalLine, String postalCode,
                                         String city, String reference, PeppolId peppolId, String gln, String changedBy,
                                         Instant changedAt) {

    /** What an invoice cannot go without, in Swedish, in the order the form asks for it; empty when complete. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (street == null) {
            missing.add("gatuadress eller box");
        }
        if (postalCode == null) {
            missing.add("postnummer");
        }
        if (city == null) {
            missing.add("ort");
        }
        if (reference == null) {
            missing.add("er referens");
        }
        return missing;
    }

    /**
     * Where an e-invoice goes when it is not the default 0007 and the organisation number: the
     * Peppol id given, or else the GLN under scheme 0088.
     */
    public Optional<PeppolId> electronicAddress() {
        if (peppolId != null) {
            return Optional.of(peppolId);
        }
        return Optional.ofNullable(gln).map(PeppolId::ofGln);
    }

    /** The postal address one line each, as an envelope and an invoice print it. */
    public List<String> addressLines() {
        List<String> lines = new ArrayList<>();
        if (additionalLine != null) {
            lines.add(additionalLine);
        }
        if (street != null) {
            lines.add(street);
        }
        String postal = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
        if (!postal.isEmpty()) {
            lines.add(postal);
        }
        return lines;
    }
}
