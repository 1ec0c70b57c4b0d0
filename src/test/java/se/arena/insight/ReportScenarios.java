package se.arena.insight;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.arena.Money;
import se.arena.TestClock;
import se.arena.invoicing.DraftInvoice;
import se.arena.invoicing.Invoice;
import se.arena.invoicing.InvoiceLine;
import se.arena.invoicing.InvoiceParty;
import se.arena.invoicing.Invoices;
import se.arena.network.MembershipForm;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.organisation.OrganisationNumber;
import se.arena.privacy.Actor;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.registration.RenewalAnswer;
import se.arena.registration.Renewals;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestRenewals;
import se.arena.registration.TestSeats;

/**
 * A network of 2027–2030 as the report tests know it, whose unanswered seats lapse. Anna Andersson
 * and Bo Berg from Karlskoga, Cecilia Ceder from Region Örebro län and David Dahl from Degerfors
 * took seats before the period. In the re-confirmation round for 2028 Anna declined and David did
 * not answer, so his seat lapsed; in the round for 2029 Cecilia declined. Each decline and lapse
 * holds for the rest of the period. Invoiced: 2027 to Karlskoga (two fees of 900 kr, 25 % VAT) and
 * Degerfors (333,33 kr, 12 % VAT); 2028 to Karlskoga (900 kr), credited in full.
 */
@Component
class ReportScenarios {

    static final Actor STAFF = new Actor(null, "ekonomi@example.org", "127.0.0.1");

    private final NetworkAdministration administration;
    private final NetworkCatalogue catalogue;
    private final Registrations registrations;
    private final OrganisationDirectory organisations;
    private final Invoices invoices;
    private final Renewals renewals;
    private final TestClock clock;

    ReportScenarios(NetworkAdministration administration, NetworkCatalogue catalogue, Registrations registrations,
                    OrganisationDirectory organisations, Invoices invoices, Renewals renewals, TestClock clock) {
        this.administration = administration;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.organisations = organisations;
        this.invoices = invoices;
        this.renewals = renewals;
        this.clock = clock;
    }

    Network create() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        try {
            Network network = new TestNetworks(administration, catalogue).open(2, null, "",
                    new MembershipForm("CURRENT_YEAR_INVOICED", "LAPSE", "", "30", "10"));
            Organisation karlskoga = organisation("Karlskoga", "MUNICIPALITY");
            Organisation degerfors = organisation("Degerfors", "MUNICIPALITY");
            Organisation region = organisation("Region Örebro", "REGION");
            Registration anna = seat(network, karlskoga, "Anna Andersson");
            Registration bo = seat(network, karlskoga, "Bo Berg");
            Registration cecilia = seat(network, region, "Cecilia Ceder");
            Registration david = seat(network, degerfors, "David Dahl");
            issue(network, karlskoga, 2027, fee(2027, anna), fee(2027, bo));
            issue(network, degerfors, 2027, new InvoiceLine("Deltagaravgift 2027, " + david.name(), 1, new Money(33_333), 120));
            Invoice credited = issue(network, karlskoga, 2028, fee(2028, anna));
            invoices.creditInFull(credited.id(), "Avböjt före årets start", "report-" + credited.id(), STAFF);

            TestRenewals rounds = new TestRenewals(renewals, clock);
            rounds.round(network, 2028, Map.of(anna.id(), RenewalAnswer.DECLINED, bo.id(), RenewalAnswer.CONFIRMED,
                    cecilia.id(), RenewalAnswer.CONFIRMED), STAFF);
            rounds.round(network, 2029, Map.of(bo.id(), RenewalAnswer.CONFIRMED, cecilia.id(), RenewalAnswer.DECLINED), STAFF);
            return network;
        } finally {
            clock.reset();
        }
    }

    /** A network of its own with nothing in it yet. */
    Network emptyNetwork() {
        return new TestNetworks(administration, catalogue).open(2, null, "");
    }

    private Registration seat(Network network, Organisation organisation, String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return new TestSeats(registrations).seat(network, organisation.id(), email, name);
    }

    private static InvoiceLine fee(int year, Registration person) {
        return new InvoiceLine("Deltagaravgift " + year + ", " + person.name(), 1, Money.ofKronor(900), 250);
    }

    private Invoice issue(Network network, Organisation buyer, int year, InvoiceLine... lines) {
        OrganisationNumber number = buyer.orgNumber() != null ? buyer.orgNumber() : new OrganisationNumber("212000-1991");
        return invoices.issue(new DraftInvoice(InvoiceParty.of(buyer.name(), number, null), "Ref " + buyer.code(), null,
                List.of(lines), network.id(), year, buyer.id(), null, "report-test/" + UUID.randomUUID()), STAFF);
    }

    private Organisation organisation(String name, String type) {
        return organisations.search(OrganisationFilter.of(name, null, type), 1, 1).items().getFirst();
    }
}
