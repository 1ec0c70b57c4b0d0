package se.arena.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SwedishTimeTest {

    private static final Instant WINTER = Instant.parse("2026-12-04T13:20:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-01T12:20:00Z");

    @Test
    void aMomentIsWrittenInSwedishTimeWinterAndSummer() {
        assertThat(SwedishTime.format(WINTER, "d MMMM yyyy HH:mm")).isEqualTo("4 december 2026 14:20");
        assertThat(SwedishTime.format(SUMMER, "yyyy-MM-dd HH:mm")).isEqualTo("2026-07-01 14:20");
        assertThat(SwedishTime.format(ZonedDateTime.ofInstant(WINTER, ZoneOffset.UTC), "HH:mm")).isEqualTo("14:20");
    }

    @Test
    void aDateStaysTheDateItIsWithSwedishNames() {
        assertThat(SwedishTime.format(LocalDate.of(2027, 2, 15), "EEEE d MMMM yyyy")).isEqualTo("måndag 15 februari 2027");
        assertThat(SwedishTime.format(null, "d MMMM yyyy")).isEmpty();
    }

    @Test
    void anExportCarriesTheSwedishTimeWithItsOffset() {
        assertThat(SwedishTime.iso(WINTER)).isEqualTo("2026-12-04T14:20:00+01:00");
        assertThat(SwedishTime.iso(SUMMER.plusNanos(123_456_789))).isEqualTo("2026-07-01T14:20:00+02:00");
        assertThat(SwedishTime.iso(null)).isEmpty();
        // the night summer time ends, the same 02:30 twice, told apart by the offset
        assertThat(SwedishTime.iso(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("2026-10-25T02:30:00+02:00");
        assertThat(SwedishTime.iso(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("2026-10-25T02:30:00+01:00");
    }
}
