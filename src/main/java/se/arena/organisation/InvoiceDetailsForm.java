package se.arena.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

import static se.arena.web.FormValues.orEmpty;
import static se.arena.web.FormValues.orNull;

/**
 * The organisation's invoice details as typed in the form, so that a refused form comes back
 * exactly as it was. The length limits are the columns' (organisation_invoice_details).
 */
public record InvoiceDetailsForm(@Size(max = 200) String street, @Size(max = 200) String additionalLine, @Size(max = 20) String postalCode,
                                 @Size(max = 100) String city, @Size(max = 200) String reference, @Size(max = 60) String peppolId,
                                 @Size(max = 20) String gln) {

    /** "123 45", "12345" or "SE-123 45", as Swedish postcodes are written. */
    private static final Pattern POSTAL_CODE = Pattern.compile("(?:SE-?\\s*)?(\\d{3})\\s?(\\d{2})", Pattern.CASE_INSENSITIVE);

    /** The stored details as the form shows them, or an empty form. */
    public static InvoiceDetailsForm of(Optional<OrganisationInvoiceDetails> stored) {
        return stored.map(details -> new InvoiceDetailsForm(orEmpty(details.street()), orEmpty(details.additionalLine()),
                        orEmpty(details.postalCode()), orEmpty(details.city()), orEmpty(details.reference()),
                        details.peppolId() == null ? "" : details.peppolId().toString(), orEmpty(details.gln())))
                .orElse(new InvoiceDetailsForm("", "", "", "", "", "", ""));
    }

    public FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        // line breaks and other invisible characters have no place on one line of an invoice, and XML refuses most of them
        for (String[] field : new String[][] {{"additionalLine", additionalLine}, {"street", street}, {"postalCode", postalCode},
                {"city", city}, {"reference", reference}, {"peppolId", peppolId}, {"gln", gln}}) {
            if (field[1] != null && field[1].chars().anyMatch(Character::isISOControl)) {
                errors.add(field[0], "Ta bort radbrytningar och andra osynliga tecken.");
            }
        }
        if (orNull(street) == null) {
            errors.add("street", "Skriv gatuadress eller box, till exempel Box 123.");
        }
        if (normalisedPostalCode() == null) {
            errors.add("postalCode", "Skriv postnumret med fem siffror, till exempel 123 45.");
        }
        if (orNull(city) == null) {
            errors.add("city", "Skriv orten, till exempel Karlskoga.");
        }
        if (orNull(reference) == null) {
            errors.add("reference", "Skriv er referens, till exempel en kod eller beställarens namn: "
                    + "offentliga organisationer tar inte emot e-fakturor utan referens.");
        }
        if (orNull(peppolId) != null) {
            try {
                PeppolId.parse(peppolId);
            } catch (IllegalArgumentException notAPeppolId) {
                errors.add("peppolId", notAPeppolId.getMessage());
            }
        }
        if (orNull(gln) != null && !PeppolId.isGln(glnDigits())) {
            errors.add("gln", "Ett GLN-nummer har 13 siffror, till exempel 7350000000009. Kontrollera siffrorna.");
        }
        return errors;
    }

    /** The details as stored; only call on a valid form. */
    OrganisationInvoiceDetails toDetails(long organisationId) {
        return new OrganisationInvoiceDetails(organisationId, street.strip(), orNull(additionalLine), normalisedPostalCode(),
                city.strip(), reference.strip(), orNull(peppolId) == null ? null : PeppolId.parse(peppolId),
                orNull(gln) == null ? null : glnDigits(), null, null);
    }

    private String normalisedPostalCode() {
        Matcher digits = POSTAL_CODE.matcher(postalCode == null ? "" : postalCode.strip());
        return digits.matches() ? digits.group(1) + " " + digits.group(2) : null;
    }

    private String glnDigits() {
        return gln.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
