package se.arena.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.Money;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class NetworkDemoContentIntegrationTest {

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    NetworkDemoContent demoContent;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void seedNetworksCarryTheirRealPeriodsFeesAndDeadlines() {
        Network civilSociety = network("samverkan-civilsamhallet-2023-2026");
        assertThat(civilSociety.period()).isEqualTo("2023–2026");
        assertThat(civilSociety.feePerYear()).isEqualTo(Money.ofKronor(900));
        assertThat(civilSociety.seatsPerOrganisation()).isEqualTo(2);
        assertThat(civilSociety.registrationDeadline()).isEqualTo(LocalDate.of(2023, 2, 15));
        assertThat(civilSociety.demo()).isFalse();

        Network electedOfficials = network("fortroendevalda-medborgardialog-2019-2022");
        assertThat(electedOfficials.targetGroup()).isEqualTo(TargetGroup.ELECTED_OFFICIALS);
        assertThat(electedOfficials.feePerYear()).isEqualTo(Money.ofKronor(1500));

        assertThat(network("tjanstepersoner-medborgardialog-2015-2018").feePerYear()).isEqualTo(Money.ofKronor(1200));

        Network agreements = network("overenskommelser-civilsamhallet-2009-2010");
        assertThat(agreements.isFree()).isTrue();
        assertThat(agreements.seatsPerOrganisation()).isNull();
    }

    private static final List<String> DEMO_SLUGS = List.of("samverkan-civilsamhallet-2023-2026",
            "fortroendevalda-medborgardialog-2019-2022", "tjanstepersoner-medborgardialog-2015-2018",
            "overenskommelser-civilsamhallet-2009-2010", "samverkan-civilsamhallet-2027-2030",
            "fortroendevalda-samverkan-2027-2030", "tjanstepersoner-medborgardialog-2027-2030");

    @Test
    void everyNetworkHasTheWholeInvitationAndFictionalContacts() {
        for (String slug : DEMO_SLUGS) {
            Invitation invitation = catalogue.publicInvitation(slug).orElseThrow();
            Network network = invitation.network();
            assertThat(invitation.sections()).extracting(InvitationSection::kind)
                    .as(network.slug()).containsExactly(SectionKind.values());
            assertThat(invitation.contacts()).as(network.slug()).isNotEmpty()
                    .allSatisfy(contact -> assertThat(contact.email()).endsWith("@example.org"));
        }
    }

    @Test
    void nextPeriodIsADemoOpenForRegistrationNow() {
        Network next = network("samverkan-civilsamhallet-2027-2030");
        assertThat(next.demo()).isTrue();
        assertThat(next.acceptsRegistrations(LocalDate.now(clock))).isTrue();
        assertThat(next.registrationDeadline()).isAfter(LocalDate.now(clock));
    }

    @Test
    void aDemoNetworkRunsFromThisYearSoTheComingYearCanBeReConfirmed() {
        int year = LocalDate.now(clock).getYear();
        Invitation invitation = catalogue.publicInvitation("overenskommelser-iop-" + year + "-" + (year + 3)).orElseThrow();
        Network running = invitation.network();
        assertThat(running.demo()).isTrue();
        assertThat(running.status()).isEqualTo(NetworkStatus.RUNNING);
        assertThat(running.title()).endsWith(year + "–" + (year + 3));
        assertThat(invitation.sections()).extracting(InvitationSection::kind).containsExactly(SectionKind.values());
        assertThat(invitation.sections()).noneMatch(section -> section.body().html().contains("{"));
        assertThat(invitation.contacts()).allSatisfy(contact -> assertThat(contact.email()).endsWith("@example.org"));
    }

    @Test
    void loadingAgainNeverDuplicates() {
        long before = jdbc.sql("SELECT count(*) FROM network").query(Long.class).single();
        demoContent.run(null);
        demoContent.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM network").query(Long.class).single()).isEqualTo(before);
        for (String slug : DEMO_SLUGS) {
            assertThat(jdbc.sql("SELECT count(*) FROM network WHERE slug = :slug").param("slug", slug)
                    .query(Long.class).single()).as(slug).isEqualTo(1);
        }
    }

    private Network network(String slug) {
        List<Network> all = catalogue.publicNetworks(NetworkFilter.of(null, null, null));
        return all.stream().filter(network -> network.slug().equals(slug)).findFirst().orElseThrow();
    }
}
