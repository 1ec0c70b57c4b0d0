package se.arena.invoicing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import se.arena.Money;
import se.arena.SecretTokens;
import se.arena.activity.ActivityKind;
import se.arena.activity.ExtraCosts;
import se.arena.activity.ExtraCosts.ExtraCost;
import se.arena.network.Network;
import se.arena.organisation.InvoicePreferences;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationInvoiceDetails;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.organisation.PeppolId;
import se.arena.privacy.Actor;
import se.arena.registration.ParticipationYears;
import se.arena.registration.ParticipationYears.HeldYear;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;

/**
 * An invoice run for a network and a year: for each organisation, one invoice with a line per
 * person with a confirmed participation year and a line per extra cost (a study trip), at the
 * network's fee and VAT, sent to the invoice details the organisation keeps; or, where the
 * organisation asked for it, one invoice per person, sent where the person's registration says.
 * Staff see the run before issuing it; an invoice whose details are missing is listed with what
 * is missing, and where to fill it in, instead. Each person's year and each extra cost is invoiced once: a run after the first
 * proposes a supplementary invoice with only what is new (a seat given in March, a study trip in
 * September), and what an invoice covers is invoiced again only once it has been credited in full.
 */
@Service
public class InvoiceRuns {

    private static final int MAX_DESCRIPTION = 300;
    private static final String SEAT = "seat-";

    private final ParticipationYears participationYears;
    private final ExtraCosts extraCosts;
    private final Registrations registrations;
    private final OrganisationDirectory organisations;
    private final OrganisationInvoicing organisationInvoicing;
    private final InvoicePreferences preferences;
    private final Invoices invoices;

    InvoiceRuns(ParticipationYears participationYears, ExtraCosts extraCosts, Registrations registrations,
                OrganisationDirectory organisations, OrganisationInvoicing organisationInvoicing, InvoicePreferences preferences,
                Invoices invoices) {
        this.participationYears = participationYears;
        this.extraCosts = extraCosts;
        this.registrations = registrations;
        this.organisations = organisations;
        this.organisationInvoicing = organisationInvoicing;
        this.preferences = preferences;
        this.invoices = invoices;
    }

    /**
     * What a run would issue, what was issued before, and how each organisation of the run wants
     * its invoices.
     */
    public record Preview(List<Proposal> proposals, List<Invoice> issued, List<Choice> organisations) {

        static final Preview NOTHING = new Preview(List.of(), List.of(), List.of());

        public long issuable() {
            return proposals.stream().filter(Proposal::canBeIssued).count();
        }
    }

    /**
     * One invoice of the run, or why it cannot be issued yet.
     *
     * @param person the person a per-person invoice is for; null for the organisation's invoice
     * @param fix    where staff fill in what is missing, if there is such a page
     */
    public record Proposal(Organisation organisation, String person, List<InvoiceLine> lines, DraftInvoice draft,
                           String problem, Fix fix) {

        public Proposal {
            lines = List.copyOf(lines);
        }

        public boolean canBeIssued() {
            return draft != null && problem == null;
        }

        /** What the invoice comes to, VAT included. */
        public Money total() {
            return InvoiceTotals.of(lines).total();
        }

        Proposal held(String why) {
            return new Proposal(organisation, person, lines, draft, why, null);
        }
    }

    /** A staff page that fills in what an invoice lacks, and what its link says. */
    public record Fix(String path, String label) {
    }

    /** An organisation of the run and how it is invoiced. */
    public record Choice(Organisation organisation, boolean perPerson) {
    }

    /** What a run would issue; nothing for a free network, which is never invoiced. */
    public Preview preview(Network network, int year) {
        if (network.isFree() || year < network.firstYear() || year > network.lastYear()) {
            return Preview.NOTHING;
        }
        Map<Long, List<HeldYear>> people = participationYears.confirmed(network.id(), year).stream()
                .collect(Collectors.groupingBy(HeldYear::organisationId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<ExtraCost>> costs = extraCosts.of(network.id(), year).stream()
                .collect(Collectors.groupingBy(ExtraCost::organisationId, LinkedHashMap::new, Collectors.toList()));
        List<Invoice> issued = invoices.invoicesFor(network.id(), year);
        Set<Long> invoiced = issued.stream().map(Invoice::organisationId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> covered = invoices.invoicedItems(network.id(), year);
        Set<Long> organisationIds = new LinkedHashSet<>(people.keySet());
        organisationIds.addAll(costs.keySet());
        organisationIds.addAll(invoiced);
        Map<Long, Organisation> members = organisations.findAll(List.copyOf(organisationIds)).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Set<Long> perPerson = preferences.perPerson(organisationIds);
        Map<Long, OrganisationInvoiceDetails> details = organisationInvoicing.detailsOf(organisationIds);
        Map<Long, String> emails = registrations.allOf(network).stream()
                .collect(Collectors.toMap(Registration::id, Registration::email));

        List<Proposal> proposals = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        for (long organisationId : organisationIds) {
            Organisation organisation = members.get(organisationId);
            if (organisation == null) {
                continue;
            }
            choices.add(new Choice(organisation, perPerson.contains(organisationId)));
            List<HeldYear> newPeople = people.getOrDefault(organisationId, List.of()).stream()
                    .filter(person -> !covered.contains(item(person))).toList();
            List<ExtraCost> newCosts = costs.getOrDefault(organisationId, List.of()).stream()
                    .filter(cost -> !covered.contains(item(cost))).toList();
            if (newPeople.isEmpty() && newCosts.isEmpty()) {
                continue;
            }
            Part part = new Part(network, year, organisation, Optional.ofNullable(details.get(organisationId)), newPeople, newCosts,
                    invoiced.contains(organisationId));
            proposals.addAll(perPerson.contains(organisationId) ? part.perPerson(emails) : List.of(part.whole()));
        }
        return new Preview(proposals, issued, choices);
    }

    /**
     * Issues the invoices of every organisation whose invoices can all be issued. Issuing again
     * issues nothing twice: what an invoice covers is not proposed again, and each draft has a
     * fixed issue key.
     *
     * @return the invoices issued now
     */
    public List<Invoice> issue(Network network, int year, Actor staff) {
        Map<Long, List<DraftInvoice>> drafts = preview(network, year).proposals().stream().filter(Proposal::canBeIssued)
                .collect(Collectors.groupingBy(proposal -> proposal.organisation().id(), LinkedHashMap::new,
                        Collectors.mapping(Proposal::draft, Collectors.toList())));
        return drafts.values().stream().flatMap(together -> invoices.issueTogether(together, staff).stream()).toList();
    }

    static String item(HeldYear person) {
        return SEAT + person.registrationId();
    }

    /** The registration whose seat year the item is, if it is one. */
    static Optional<Long> seatOf(String item) {
        return item.startsWith(SEAT) && item.substring(SEAT.length()).matches("\\d{1,18}")
                ? Optional.of(Long.parseLong(item.substring(SEAT.length()))) : Optional.empty();
    }

    static String item(ExtraCost cost) {
        return "sign-up-" + cost.signUpId();
    }

    /** One organisation's part of the run: its people's confirmed years and its extra costs not yet invoiced. */
    private final class Part {

        private final Network network;
        private final int year;
        private final Organisation organisation;
        private final Optional<OrganisationInvoiceDetails> details;
        private final List<HeldYear> people;
        private final List<ExtraCost> costs;
        private final boolean supplement;
        private final String key;

        /**
         * @param details    the invoice details the organisation keeps, if it has any
         * @param supplement whether the organisation has had invoices for the network and year before
         */
        Part(Network network, int year, Organisation organisation, Optional<OrganisationInvoiceDetails> details,
             List<HeldYear> people, List<ExtraCost> costs, boolean supplement) {
            this.network = network;
            this.year = year;
            this.organisation = organisation;
            this.details = details;
            this.people = people;
            this.costs = costs;
            this.supplement = supplement;
            this.key = "network-" + network.id() + "/year-" + year + "/organisation-" + organisation.id();
        }

        /** One invoice for the organisation, to the invoice details it keeps. */
        Proposal whole() {
            List<InvoiceLine> lines = Stream.concat(people.stream().map(this::fee), costs.stream().map(this::extra)).toList();
            return propose(null, lines, items(people, costs), organisationRecipient(), key);
        }

        /**
         * One invoice per person, with the address and reference of the person's registration and
         * the person's extra costs. Someone with an extra cost but no seat (an activity open to
         * all) gets an invoice of their own to the organisation's invoice details. The invoices are
         * issued together or not at all, so that none is left behind once the organisation counts
         * as invoiced.
         */
        List<Proposal> perPerson(Map<Long, String> emails) {
            Map<String, List<ExtraCost>> costsByEmail = costs.stream().collect(Collectors.groupingBy(
                    cost -> normalised(cost.email()), LinkedHashMap::new, Collectors.toList()));
            List<Proposal> proposals = new ArrayList<>();
            for (HeldYear person : people) {
                List<ExtraCost> own = Optional.ofNullable(costsByEmail.remove(normalised(emails.get(person.registrationId()))))
                        .orElse(List.of());
                List<InvoiceLine> lines = Stream.concat(Stream.of(fee(person)), own.stream().map(this::extra)).toList();
                proposals.add(propose(person.name(), lines, items(List.of(person), own), personRecipient(person),
                        key + "/registration-" + person.registrationId()));
            }
            costsByEmail.values().forEach(own -> proposals.add(propose(own.getFirst().name(),
                    own.stream().map(this::extra).toList(), items(List.of(), own), organisationRecipient(),
                    key + "/sign-up-" + own.getFirst().signUpId())));
            if (proposals.stream().anyMatch(proposal -> proposal.problem() != null)) {
                return proposals.stream().map(proposal -> proposal.problem() == null
                        ? proposal.held("Utfärdas när alla fakturor till organisationen är klara.") : proposal).toList();
            }
            return proposals;
        }

        /**
         * A supplementary invoice's key names what it covers, so that issuing it twice finds the
         * first, and a later supplement with other items is another invoice.
         */
        private Proposal propose(String person, List<InvoiceLine> lines, List<String> items, Recipient recipient, String baseKey) {
            String issueKey = supplement ? baseKey + "/supplement-" + SecretTokens.digest(String.join(",", items)).substring(0, 16) : baseKey;
            if (organisation.orgNumber() == null) {
                return new Proposal(organisation, person, lines, null, "Organisationsnummer saknas. Lägg in det innan fakturan skapas.", null);
            }
            if (recipient.problem() != null) {
                return new Proposal(organisation, person, lines, null, recipient.problem(), recipient.fix());
            }
            InvoiceParty buyer = new InvoiceParty(organisation.name(), organisation.orgNumber(), recipient.address(),
                    details.flatMap(OrganisationInvoiceDetails::electronicAddress).map(PeppolId::toString).orElse(null));
            DraftInvoice draft = new DraftInvoice(buyer, recipient.reference(), null, lines, network.id(), year, organisation.id(),
                    null, issueKey, items);
            return new Proposal(organisation, person, lines, draft, null, null);
        }

        /** The invoice details the organisation keeps, whole, or what is missing from them. */
        private Recipient organisationRecipient() {
            Fix fix = new Fix("/admin/organisationer/" + organisation.id() + "/fakturauppgifter",
                    "Fyll i fakturauppgifter för " + organisation.name());
            if (details.isEmpty()) {
                return Recipient.missing("Fakturauppgifter saknas. Organisationens samordnare fyller i dem på Mina sidor, "
                        + "eller du på organisationens sida.", fix);
            }
            List<String> missing = details.get().missing();
            if (!missing.isEmpty()) {
                return Recipient.missing("Fakturauppgifterna saknar " + String.join(", ", missing) + ".", fix);
            }
            return new Recipient(PostalAddress.of(details.get()), details.get().reference(), null, null);
        }

        /** The address and reference the person's registration gives, both from it. */
        private Recipient personRecipient(HeldYear person) {
            Fix fix = new Fix("/admin/natverk/" + network.id() + "/anmalningar/" + person.registrationId(),
                    "Rätta anmälan för " + person.name());
            if (person.invoiceAddress() == null) {
                return Recipient.missing("Fakturaadress saknas i anmälan.", fix);
            }
            if (person.invoiceReference() == null) {
                return Recipient.missing("Fakturareferens saknas i anmälan.", fix);
            }
            return new Recipient(PostalAddress.parse(person.invoiceAddress()), person.invoiceReference(), null, null);
        }

        private static List<String> items(List<HeldYear> people, List<ExtraCost> costs) {
            return Stream.concat(people.stream().map(InvoiceRuns::item), costs.stream().map(InvoiceRuns::item)).toList();
        }

        private InvoiceLine fee(HeldYear person) {
            return new InvoiceLine(description("Deltagaravgift " + year + ", " + network.title() + ": " + person.name()), 1,
                    network.feePerYear(), network.vatRatePerMille());
        }

        private InvoiceLine extra(ExtraCost cost) {
            String what = cost.kind() == ActivityKind.STUDY_TRIP ? "Studieresa" : "Extra kostnad";
            // a title such as "Studieresa till Göteborg" already says what it is; the line would say it twice
            String item = cost.activityTitle().regionMatches(true, 0, what, 0, what.length())
                    ? cost.activityTitle() : what + ": " + cost.activityTitle();
            return new InvoiceLine(description(item + ", " + cost.name()), 1, cost.amount(), network.vatRatePerMille());
        }
    }

    /** Where an invoice goes and with which reference, or what is missing for it and where to fill it in. */
    private record Recipient(PostalAddress address, String reference, String problem, Fix fix) {

        static Recipient missing(String problem, Fix fix) {
            return new Recipient(null, null, problem, fix);
        }
    }

    private static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Long network or activity titles are cut rather than refused: a line holds 300 characters. */
    private static String description(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int end = MAX_DESCRIPTION - 1;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + "…";
    }
}
