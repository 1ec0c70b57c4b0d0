package se.arena.invoicing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.InvoiceDetailsForm;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.privacy.Actor;

/**
 * This year's invoices of the running civil-society network, after the demo's registrations and
 * activities: staff issue the year's invoice run, one invoice is then paid, one is partly
 * credited (a credit note), and one waits for its payment. The run holds the other
 * organisations' invoices with what they are missing, for staff to see on the run's page.
 *
 * <p>The run takes each organisation's own invoice details, so the {@link #PAYERS}' coordinators
 * are shown to have recorded theirs before it; the other organisations have none, which the run's
 * page shows as what each is missing.
 */
@Component
@Order(130)
@ConditionalOnDemoContent
class InvoicingDemoContent implements ApplicationRunner {

    static final String RUNNING_NETWORK = "samverkan-civilsamhallet-2023-2026";
    /** Whose invoices the run issues: the first waits for payment, the second is paid, the third partly credited. */
    static final List<String> PAYERS = List.of("Karlskoga", "Umeå", "Botkyrka");
    private static final Map<String, InvoiceDetailsForm> PAYERS_DETAILS = Map.of(
            "Karlskoga", new InvoiceDetailsForm("Kommunledningsförvaltningen", "", "691 83", "Karlskoga", "KS 4711", "", ""),
            "Umeå", new InvoiceDetailsForm("Fakturaservice", "", "901 84", "Umeå", "UK-118", "0007:2120002627", ""),
            "Botkyrka", new InvoiceDetailsForm("Box 300", "", "147 80", "Tumba", "BK 5520", "", ""));

    private static final Logger log = LoggerFactory.getLogger(InvoicingDemoContent.class);

    private final InvoiceRuns runs;
    private final Invoices invoices;
    private final InvoicePayments payments;
    private final NetworkCatalogue networks;
    private final OrganisationDirectory organisations;
    private final DemoContentLedger ledger;
    private final OrganisationInvoicing invoiceDetails;
    private final Clock clock;

    InvoicingDemoContent(InvoiceRuns runs, Invoices invoices, InvoicePayments payments, NetworkCatalogue networks,
                         OrganisationDirectory organisations, OrganisationInvoicing invoiceDetails, DemoContentLedger ledger,
                         Clock clock) {
        this.invoiceDetails = invoiceDetails;
        this.runs = runs;
        this.invoices = invoices;
        this.payments = payments;
        this.networks = networks;
        this.organisations = organisations;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (ledger.loadOnce("invoices", this::invoiceTheYear)) {
            log.info("Demo content: this year's invoices, a payment and a credit note loaded");
        }
    }

    private void invoiceTheYear() {
        Optional<Network> found = networks.publicInvitation(RUNNING_NETWORK).map(invitation -> invitation.network());
        int year = LocalDate.now(clock).getYear();
        if (found.isEmpty() || year < found.get().firstYear() || year > found.get().lastYear()) {
            log.info("Demo content: {} is not running this year, so it has no invoices to issue", RUNNING_NETWORK);
            return;
        }
        Map<String, Organisation> payers = organisations.all().stream().filter(organisation -> PAYERS.contains(organisation.name()))
                .collect(Collectors.toMap(Organisation::name, Function.identity()));
        payers.forEach((name, payer) -> invoiceDetails.save(payer, PAYERS_DETAILS.get(name), Actor.system()));
        Map<Long, Invoice> issued = runs.issue(found.get(), year, Actor.system()).stream()
                .collect(Collectors.toMap(Invoice::organisationId, Function.identity(), (first, second) -> first));
        Map<String, Long> ids = payers.values().stream().collect(Collectors.toMap(Organisation::name, Organisation::id));
        List<Invoice> ofPayers = PAYERS.stream().map(ids::get).map(issued::get).filter(Objects::nonNull).toList();
        if (ofPayers.size() < PAYERS.size()) {
            log.warn("Demo content: the run issued invoices to {} of {} ({}), so there is no payment or credit note to show",
                    ofPayers.size(), PAYERS.size(), PAYERS);
            return;
        }
        payments.markPaid(ofPayers.get(1), PaymentForm.today(LocalDate.now(clock)), Actor.system());
        Invoice credited = ofPayers.get(2);
        InvoiceLine left = credited.lines().getLast();
        invoices.credit(credited.id(), List.of(left), "Personen lämnade nätverket i början av året; avgiften för "
                + year + " krediteras.", "demo-" + credited.number(), Actor.system());
    }
}
