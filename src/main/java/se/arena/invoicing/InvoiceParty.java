package se.arena.invoicing;

import se.arena.organisation.OrganisationNumber;
import se.arena.organisation.PeppolId;
import se.arena.web.FormValues;

/**
 * Seller or buyer of an invoice. The Peppol participant id is where an e-invoice is delivered;
 * Swedish public bodies are registered under scheme 0007 with their organisation number, so
 * that is the default.
 *
 * @param organisationNumber null when the buyer's number is unknown; the Peppol id is then required
 * @param peppolId           scheme and identifier, e.g. "0007:2120000019"
 */
public record InvoiceParty(String name, OrganisationNumber organisationNumber, PostalAddress address, String peppolId) {

    /** ISO 6523 scheme for Swedish organisation numbers. */
    public static final String SWEDISH_ORGANISATION_SCHEME = PeppolId.SWEDISH_ORGANISATION_NUMBER;

    public InvoiceParty {
        name = FormValues.orNull(name);
        if (name == null || name.length() > 200) {
            throw new IllegalArgumentException("Namnet ska fyllas i och får vara högst 200 tecken.");
        }
        if (address == null) {
            address = new PostalAddress(null, null, null, null, "SE");
        }
        peppolId = FormValues.orNull(peppolId);
        if (peppolId == null && organisationNumber != null) {
            peppolId = PeppolId.of(organisationNumber).toString();
        }
        if (peppolId == null) {
            throw new IllegalArgumentException("Ange organisationsnummer eller Peppol-id.");
        }
        peppolId = PeppolId.parse(peppolId).toString();
    }

    /** An organisation invoiced at its e-invoice address, which defaults to 0007 and its organisation number. */
    public static InvoiceParty of(String name, OrganisationNumber organisationNumber, PostalAddress address) {
        return new InvoiceParty(name, organisationNumber, address, null);
    }

    /** The organisation number as e-invoices write it: ten digits, no hyphen. */
    public static String digits(OrganisationNumber number) {
        return number.value().replace("-", "");
    }

    public String endpointScheme() {
        return peppolId.substring(0, peppolId.indexOf(':'));
    }

    public String endpointId() {
        return peppolId.substring(peppolId.indexOf(':') + 1);
    }
}
