package se.arena.invoicing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.identity.MyPagesSection;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;

/**
 * "Fakturor" on a coordinator's Mina sidor: the invoices and credit notes issued to their
 * organisations, and the way to each organisation's invoice details.
 */
@Component
@Order(30)
class MyInvoices implements MyPagesSection {

    private final Invoices invoices;
    private final InvoicePayments payments;
    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;

    MyInvoices(Invoices invoices, InvoicePayments payments, NetworkCatalogue catalogue, OrganisationDirectory organisations) {
        this.invoices = invoices;
        this.payments = payments;
        this.catalogue = catalogue;
        this.organisations = organisations;
    }

    /** The coordinator's organisations and what was issued to them. */
    record Content(List<Organisation> organisations, List<Entry> entries) {
    }

    /**
     * One document with the network it is for.
     *
     * @param status "Betald 2027-01-15", "Obetald", … for an invoice; what it credits for a credit note
     */
    record Entry(IssuedDocument document, Network network, String status) {
    }

    @Override
    public String template() {
        return "invoicing/my-invoices";
    }

    /** Every coordinator sees the section, with a note when nothing has been invoiced yet. */
    @Override
    public Optional<Content> content(SignedInUser user) {
        if (!user.has(Role.COORDINATOR)) {
            return Optional.empty();
        }
        List<IssuedDocument> documents = invoices.ofOrganisations(user.organisationIds());
        Map<Long, PaymentStatus> statuses = payments.statuses(documents);
        Map<Long, Network> networks = documents.stream().map(IssuedDocument::networkId).filter(Objects::nonNull).distinct()
                .map(catalogue::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Network::id, Function.identity()));
        return Optional.of(new Content(organisations.findAll(user.organisationIds()), documents.stream()
                .map(document -> new Entry(document, networks.get(document.networkId()), switch (document) {
                    case Invoice invoice -> statuses.get(invoice.id()).label();
                    case CreditNote credit -> "Krediterar " + credit.invoiceNumber();
                }))
                .toList()));
    }
}
