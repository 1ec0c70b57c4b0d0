package se.arena.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.arena.RichText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OccasionTest {

    @Test
    void timesAreEnteredAndShownInSwedishTimeAcrossTheChangeToSummerTime() {
        Instant start = Occasion.instant(LocalDate.of(2027, 3, 31), LocalTime.of(10, 0));
        Occasion occasion = new Occasion(1, 1, start, Occasion.instant(LocalDate.of(2027, 3, 31), LocalTime.of(15, 0)), 30,
                OccasionStatus.SCHEDULED);
        assertThat(start).isEqualTo(Instant.parse("2027-03-31T08:00:00Z"));
        assertThat(occasion.label()).isEqualTo("onsdag 31 mars 2027, 10:00–15:00");
        Instant winter = Occasion.instant(LocalDate.of(2027, 2, 10), LocalTime.of(9, 0));
        assertThat(winter).isEqualTo(Instant.parse("2027-02-10T08:00:00Z"));
    }

    @Test
    void aStudyTripOverTwoDaysShowsWhenItEnds() {
        Occasion trip = new Occasion(1, 1, Occasion.instant(LocalDate.of(2027, 5, 24), LocalTime.of(9, 0)),
                Occasion.instant(LocalDate.of(2027, 5, 25), LocalTime.of(16, 0)), null, OccasionStatus.SCHEDULED);
        assertThat(trip.times()).isEqualTo("09:00 – 25 maj 2027 16:00");
    }

    @Test
    void capacityDecidesRoomAndSignUpsCloseWhenTheOccasionBegins() {
        Instant start = Instant.parse("2027-03-31T08:00:00Z");
        Occasion limited = new Occasion(1, 1, start, start.plusSeconds(3600), 2, OccasionStatus.SCHEDULED);
        Occasion open = new Occasion(2, 1, start, start.plusSeconds(3600), null, OccasionStatus.SCHEDULED);
        assertThat(limited.hasRoomFor(1)).isTrue();
        assertThat(limited.hasRoomFor(2)).isFalse();
        assertThat(open.hasRoomFor(10_000)).isTrue();
        assertThat(limited.takesSignUps(start.minusSeconds(1))).isTrue();
        assertThat(limited.takesSignUps(start)).isFalse();
        assertThat(new Occasion(3, 1, start, start.plusSeconds(3600), 2, OccasionStatus.CANCELLED).takesSignUps(start.minusSeconds(60)))
                .isFalse();
        assertThat(new OccasionDemand(limited, 2, 3).placesLabel()).isEqualTo("Fullbokat");
        assertThat(new OccasionDemand(limited, 1, 0).placesLabel()).isEqualTo("1 plats kvar");
        assertThatThrownBy(() -> new Occasion(4, 1, start, start, 2, OccasionStatus.SCHEDULED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMeetingInARoomNeedsAPlaceAndANetworksActivityNeedsANetwork() {
        assertThatThrownBy(() -> activity(ActivityFormat.PHYSICAL, null, false, List.of(1L))).hasMessageContaining("lokal och ort");
        assertThatThrownBy(() -> activity(ActivityFormat.DIGITAL, null, false, List.of())).hasMessageContaining("minst ett nätverk");
        Activity digital = activity(ActivityFormat.DIGITAL, null, true, List.of());
        assertThat(digital.hasMeetingLink()).isFalse();
        assertThat(digital.place()).isEmpty();
        Activity hybrid = activity(ActivityFormat.HYBRID, "Konferenscentret", true, List.of());
        assertThat(hybrid.place()).isEqualTo("Konferenscentret, Stockholm");
    }

    private static Activity activity(ActivityFormat format, String venue, boolean openToPublic, List<Long> networks) {
        return new Activity(0, ActivityKind.SEMINAR, "Seminarium", RichText.sanitise("<p>Text</p>"), format, venue, null,
                venue == null ? null : "Stockholm", null, openToPublic, networks, null, null, null, null, ActivityStatus.DRAFT,
                false, List.of());
    }
}
