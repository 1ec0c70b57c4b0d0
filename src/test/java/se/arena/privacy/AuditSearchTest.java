package se.arena.privacy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditSearchTest {

    @Test
    void emptyFormSearchesEverything() {
        AuditSearch search = AuditSearch.of(null, "", "  ", null, "");
        assertThat(search.valid()).isTrue();
        assertThat(search.filter()).isEqualTo(AuditFilter.NONE);
        assertThat(search.from()).isNull();
    }

    @Test
    void validValuesBecomeTheFilter() {
        AuditSearch search = AuditSearch.of("  Anna Åberg ", "ROLE_CHANGED", "2026-3-1", "2026-03-14", "::1");
        assertThat(search.valid()).isTrue();
        assertThat(search.filter()).isEqualTo(new AuditFilter("Anna Åberg", "ROLE_CHANGED",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14), "0:0:0:0:0:0:0:1"));
        assertThat(search.filter().searchText()).isEqualTo("anna åberg");
        assertThat(search.text()).as("kept as typed").isEqualTo("  Anna Åberg ");
    }

    @Test
    void datesAreWholeSwedishDaysWithBothEndsIncluded() {
        AuditFilter winter = AuditSearch.of(null, null, "2026-03-14", "2026-03-14", null).filter();
        assertThat(winter.fromInstant()).isEqualTo(Instant.parse("2026-03-13T23:00:00Z"));
        assertThat(winter.untilInstant()).isEqualTo(Instant.parse("2026-03-14T23:00:00Z"));

        AuditFilter summer = AuditSearch.of(null, null, "2026-07-01", "2026-07-01", null).filter();
        assertThat(summer.fromInstant()).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(summer.untilInstant()).isEqualTo(Instant.parse("2026-07-01T22:00:00Z"));

        // The day summer time ends has 25 hours.
        AuditFilter longDay = AuditSearch.of(null, null, "2026-10-25", "2026-10-25", null).filter();
        assertThat(longDay.fromInstant()).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
        assertThat(longDay.untilInstant()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    }

    @Test
    void badDatesGetASwedishMessageAndTheTypedTextIsKept() {
        AuditSearch search = AuditSearch.of(null, null, "14/3 2026", "2026-02-30", null);
        assertThat(search.valid()).isFalse();
        assertThat(search.filter()).isNull();
        assertThat(search.errors())
                .containsEntry("fran", "Skriv från-datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-14.")
                .containsEntry("till", "Till-datumet finns inte i kalendern. Kontrollera månad och dag.");
        assertThat(search.from()).isEqualTo("14/3 2026");
        assertThat(search.to()).isEqualTo("2026-02-30");
    }

    @Test
    void yearsOutsideAnySensibleRangeAreRefused() {
        assertThat(AuditSearch.of(null, null, "0000-01-01", null, null).errors())
                .containsEntry("fran", "Från-datumet måste ligga mellan år 1900 och 2999.");
    }

    @Test
    void toBeforeFromIsExplainedOnTheToField() {
        AuditSearch search = AuditSearch.of(null, null, "2026-03-14", "2026-03-13", null);
        assertThat(search.errors()).containsOnlyKeys("till")
                .containsEntry("till", "Till-datumet måste vara samma dag som från-datumet eller senare.");
    }

    @Test
    void partialOrMistypedAddressIsExplained() {
        assertThat(AuditSearch.of(null, null, null, null, "192.168.1").errors())
                .containsEntry("ip", "Skriv en hel IP-adress, till exempel 192.0.2.10 eller 2001:db8::1.");
        assertThat(AuditSearch.of(null, null, null, null, "192.168.1").ip()).isEqualTo("192.168.1");
    }

    @Test
    void overlongTextIsExplained() {
        assertThat(AuditSearch.of("x".repeat(201), null, null, null, null).errors()).containsKey("q");
        assertThat(AuditSearch.of("x".repeat(200), null, null, null, null).valid()).isTrue();
    }

    @Test
    void handEditedActionThatIsNoCodeMeansAllButAnUnlabelledCodeIsKept() {
        AuditSearch nonsense = AuditSearch.of(null, "<script>", null, null, null);
        assertThat(nonsense.valid()).isTrue();
        assertThat(nonsense.filter().action()).isNull();

        AuditSearch later = AuditSearch.of(null, "INVOICE_SENT", null, null, null);
        assertThat(later.filter().action()).isEqualTo("INVOICE_SENT");
        assertThat(later.unlabelledAction()).isTrue();
        assertThat(AuditSearch.of(null, "SIGN_IN", null, null, null).unlabelledAction()).isFalse();
    }
}
