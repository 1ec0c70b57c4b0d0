package se.arena.invoicing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.arena.Money;
import se.arena.network.Network;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.privacy.Actor;
import se.arena.registration.ParticipationYears;
import se.arena.registration.ParticipationYears.HeldYear;

/**
 * An invoice run for a network and a year: one invoice per organisation, a line per person with
 * a confirmed participation year, at the network's fee and VAT. Staff see the run before issuing
 * it; an organisation whose details are missing is listed with what is missing instead.
 */
@Service
public class InvoiceRuns {

    private final ParticipationYears participationYears;
    private final OrganisationDirectory organisations;
    private final Invoices invoices;

    InvoiceRuns(ParticipationYears participationYears, OrganisationDirectory organisations, Invoices invoices) {
        this.participationYears = participationYears;
        this.organisations = organisations;
        this.invoices = invoices;
    }

    /** One organisation's part of the run: its invoice, or why it cannot be issued yet. */
    public record Proposal(Organisation organisation, List<HeldYear> people, DraftInvoice draft, String problem) {

        public boolean canBeIssued() {
            return draft != null;
        }

        /** What the organisation pays, VAT included; only for a proposal that can be issued. */
        public Money total() {
            return InvoiceTotals.of(draft.lines()).total();
        }
    }

    /** What a run would issue; empty for a free network, which is never invoiced. */
    public List<Proposal> preview(Network network, int year) {
        if (network.isFree() || year < network.firstYear() || year > network.lastYear()) {
            return List.of();
        }
        Map<Long, List<HeldYear>> byOrganisation = participationYears.confirmed(network.id(), year).stream()
                .collect(Collectors.groupingBy(HeldYear::organisationId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Organisation> members = organisations.findAll(List.copyOf(byOrganisation.keySet())).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<Proposal> proposals = new ArrayList<>();
        byOrganisation.forEach((organisationId, people) ->
                proposals.add(propose(network, year, members.get(organisationId), people)));
        return proposals;
    }

    /**
     * Issues every proposal that can be issued. Issuing again issues nothing twice: each
     * organisation's invoice for the network and year has a fixed issue key.
     */
    public List<Invoice> issue(Network network, int year, Actor staff) {
        return preview(network, year).stream().filter(Proposal::canBeIssued)
                .map(proposal -> invoices.issue(proposal.draft(), staff)).toList();
    }

    private static Proposal propose(Network network, int year, Organisation organisation, List<HeldYear> people) {
        String address = people.stream().map(HeldYear::invoiceAddress).filter(Objects::nonNull).reduce((first, last) -> last).orElse(null);
        String reference = people.stream().map(HeldYear::invoiceReference).filter(Objects::nonNull).reduce((first, last) -> last).orElse(null);
        if (organisation.orgNumber() == null) {
            return new Proposal(organisation, people, null, "Organisationsnummer saknas. Lägg in det innan fakturan skapas.");
        }
        if (address == null) {
            return new Proposal(organisation, people, null, "Fakturaadress saknas i anmälningarna.");
        }
        if (reference == null) {
            return new Proposal(organisation, people, null, "Fakturareferens saknas i anmälningarna.");
        }
        List<InvoiceLine> lines = people.stream().map(person -> new InvoiceLine(
                "Deltagaravgift " + year + ", " + network.title() + ": " + person.name(), 1, network.feePerYear(),
                network.vatRatePerMille())).toList();
        DraftInvoice draft = new DraftInvoice(InvoiceParty.of(organisation.name(), organisation.orgNumber(), PostalAddress.parse(address)),
                reference, null, lines, network.id(), year, organisation.id(), null,
                "network-" + network.id() + "/year-" + year + "/organisation-" + organisation.id());
        return new Proposal(organisation, people, draft, null);
    }
}
