package se.arena.organisation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.privacy.Actor;

/** Gives organisations invoice details through the module's own service, and takes them away again, for other modules' tests. */
public record TestInvoiceDetails(OrganisationInvoicing invoicing, OrganisationDirectory organisations, JdbcClient jdbc) {

    /** The organisation's details as its coordinator would save them; no Peppol id or GLN. */
    public void give(long organisationId, String street, String postalCode, String city, String reference) {
        give(organisationId, new InvoiceDetailsForm(street, "", postalCode, city, reference, "", ""));
    }

    public void give(long organisationId, InvoiceDetailsForm form) {
        Organisation organisation = organisations.findAll(List.of(organisationId)).getFirst();
        invoicing.save(organisation, form, new Actor(null, "samordnare@example.org", null));
    }

    /** The organisations have no invoice details again, as before anyone filled them in. */
    public void remove(Long... organisationIds) {
        jdbc.sql("DELETE FROM organisation_invoice_details WHERE organisation_id IN (:ids)").param("ids", List.of(organisationIds))
                .update();
    }
}
