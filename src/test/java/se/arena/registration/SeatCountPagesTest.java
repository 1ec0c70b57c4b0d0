package se.arena.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.TestClock;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A seat declined for next year still counts this year, while the person next in line holds it
 * only from next year: every page that counts seats counts the two years apart. Before the fix
 * staff read "Bekräftade 4 av 3" and the network page counted all four in this year.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeatCountPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    Renewals renewals;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void thisYearAndTheYearsAfterAreCountedApartOnEveryPage() throws Exception {
        clock.set(Instant.parse("2027-10-01T08:00:00Z"));
        Network network = new TestNetworks(administration, catalogue).open(3, 3, "");
        long karlskoga = organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
        registrations.register(network, TestNetworks.person(network, karlskoga));
        registrations.register(network, TestNetworks.person(network, karlskoga));
        Registration declines = registrations.register(network, TestNetworks.person(network, karlskoga)).registration();
        Registration next = registrations.register(network, TestNetworks.person(network, karlskoga)).registration();
        assertThat(next.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        RenewalRound round = renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());
        renewals.answer(network, round, null, Map.of(declines.id(), SeatChoice.of(RenewalAnswer.DECLINED)), Actor.system());
        assertThat(registrations.find(next.id()).orElseThrow().status()).as("given the seat from 2028").isEqualTo(RegistrationStatus.CONFIRMED);

        var staff = TestSignIn.as(signedIn(990_611, Role.STAFF, Set.of()));
        mvc.perform(get("/admin/natverk/" + network.id() + "/anmalningar").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<dt>Platser 2027</dt><dd>3 av 3</dd>"),
                        containsString("<dt>Platser från 2028</dt><dd>3 av 3</dd>"), not(containsString("4 av 3")))));
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(karlskoga)))
                .andExpect(content().string(containsString("Karlskoga har inga platser kvar 2027. Anmäler du dig hamnar du på väntelistan.")));
        mvc.perform(get("/admin/organisationer/" + karlskoga).with(staff))
                .andExpect(content().string(containsString("2027: 3 av 3, från 2028: 3 av 3")));
        mvc.perform(get("/organisation/" + karlskoga + "/natverk").with(TestSignIn.as(signedIn(990_612, Role.COORDINATOR,
                        Set.of(karlskoga)))))
                .andExpect(content().string(allOf(containsString("2027: 3 av 3"), containsString("från 2028: 3 av 3"))));
    }

    /**
     * The next in line holds the declined seat only from 2028, so when someone leaves in 2027 a
     * newcomer may have the seat for 2027 and later years: the counts the page shows are the counts
     * the decision uses. Before the fix the 2028 holder counted in 2027 too.
     */
    @Test
    void aSeatFreeInEveryYearFromNowOnIsGivenAndTheNetworkPageSaysSo() throws Exception {
        clock.set(Instant.parse("2027-10-01T08:00:00Z"));
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long kiruna = organisations.search(OrganisationFilter.of("Kiruna", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
        Registration leaves = registrations.register(network, TestNetworks.person(network, kiruna)).registration();
        Registration declines = registrations.register(network, TestNetworks.person(network, kiruna)).registration();
        Registration next = registrations.register(network, TestNetworks.person(network, kiruna)).registration();
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        RenewalRound round = renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());
        renewals.answer(network, round, null, Map.of(declines.id(), SeatChoice.of(RenewalAnswer.DECLINED)), Actor.system());
        assertThat(registrations.find(next.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        registrations.cancel(network, leaves);

        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(kiruna)))
                .andExpect(content().string(containsString("Kiruna har 1 av 2 platser kvar 2027 och 1 av 2 platser kvar från 2028.")));
        Registration newcomer = registrations.register(network, TestNetworks.person(network, kiruna)).registration();
        assertThat(newcomer.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(kiruna)))
                .andExpect(content().string(containsString("Kiruna har inga platser kvar 2027.")));
    }

    /** Signed in now by the test clock, so that the session has not outlived its absolute timeout. */
    private SignedInUser signedIn(long accountId, Role role, Set<Long> organisations) {
        return new SignedInUser(accountId, "konto" + accountId + "@example.org", role.label(), Set.of(role), organisations,
                clock.instant());
    }
}
