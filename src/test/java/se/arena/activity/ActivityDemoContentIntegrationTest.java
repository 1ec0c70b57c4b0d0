package se.arena.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds' meetings, webcasts and seminars are loaded with their dates; the demo periods' lie ahead. */
@SpringBootTest
class ActivityDemoContentIntegrationTest {

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    NetworkCatalogue networks;

    @Test
    void theSeedNetworksKeepTheirRealDates() {
        assertThat(occasionsOf("samverkan-civilsamhallet-2023-2026")).extracting(Occasion::label).containsExactlyInAnyOrder(
                "fredag 10 februari 2023, 09:00–10:00", "fredag 17 mars 2023, 10:00–15:00", "tisdag 19 september 2023, 10:00–16:00");
        assertThat(occasionsOf("tjanstepersoner-medborgardialog-2015-2018")).extracting(Occasion::date)
                .containsExactly(LocalDate.of(2015, 3, 31), LocalDate.of(2015, 4, 9));
        assertThat(occasionsOf("fortroendevalda-medborgardialog-2019-2022")).extracting(Occasion::date)
                .containsExactly(LocalDate.of(2019, 5, 17));
        List<ScheduledActivity> open = catalogue.feed(null);
        assertThat(open).flatExtracting(ScheduledActivity::occasions).extracting(Occasion::date)
                .contains(LocalDate.of(2018, 9, 12), LocalDate.of(2018, 10, 3));
        assertThat(catalogue.feed(network("samverkan-civilsamhallet-2023-2026").id()))
                .filteredOn(scheduled -> scheduled.activity().kind() == ActivityKind.MEETING && scheduled.activity().format() == ActivityFormat.DIGITAL)
                .singleElement().satisfies(scheduled -> assertThat(scheduled.activity().invitationDue()).isEqualTo(LocalDate.of(2023, 2, 14)));
    }

    @Test
    void theDemoPeriodsActivitiesLieAheadAndTheWebcastIsSharedByThreeNetworks() {
        Instant now = Instant.now();
        List<ScheduledActivity> demo = catalogue.feed(network("samverkan-civilsamhallet-2027-2030").id());
        assertThat(demo).isNotEmpty().allSatisfy(scheduled -> {
            assertThat(scheduled.activity().demo()).isTrue();
            assertThat(scheduled.occasions()).allMatch(occasion -> occasion.startsAt().isAfter(now));
        });
        assertThat(demo).filteredOn(scheduled -> scheduled.activity().kind() == ActivityKind.WEBCAST).singleElement()
                .satisfies(scheduled -> assertThat(scheduled.activity().networkIds()).hasSize(3));
        assertThat(catalogue.feed(network("tjanstepersoner-medborgardialog-2027-2030").id()))
                .filteredOn(scheduled -> scheduled.activity().kind() == ActivityKind.MEETING).singleElement()
                .satisfies(scheduled -> {
                    List<LocalDate> dates = scheduled.occasions().stream().map(Occasion::date).toList();
                    assertThat(dates).hasSize(2);
                    assertThat(dates.getFirst()).isBetween(LocalDate.of(dates.getFirst().getYear(), 3, 31),
                            LocalDate.of(dates.getFirst().getYear(), 4, 2));
                    assertThat(dates.get(1)).isBetween(LocalDate.of(dates.getFirst().getYear(), 4, 9),
                            LocalDate.of(dates.getFirst().getYear(), 4, 11));
                });
        assertThat(catalogue.feed(null)).filteredOn(scheduled -> scheduled.activity().demo())
                .flatExtracting(ScheduledActivity::occasions)
                .allSatisfy(occasion -> assertThat(occasion.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
    }

    private List<Occasion> occasionsOf(String slug) {
        return catalogue.feed(network(slug).id()).stream().flatMap(scheduled -> scheduled.occasions().stream()).toList();
    }

    private Network network(String slug) {
        return networks.publicInvitation(slug).orElseThrow().network();
    }
}
