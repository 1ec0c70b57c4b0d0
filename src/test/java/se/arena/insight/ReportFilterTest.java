package se.arena.insight;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilterTest {

    @Test
    void blankChoicesMeanEveryNetworkAndEveryYear() {
        ReportFilter filter = ReportFilter.of(null, " ", "");
        assertThat(filter).isEqualTo(new ReportFilter(null, null, null, Map.of()));
        assertThat(filter.isUsable()).isTrue();
    }

    @Test
    void aNetworkAndARangeAreReadAsGivenAndOneYearIsARangeOfItsOwn() {
        assertThat(ReportFilter.of("12", "2027", " 2030 ")).isEqualTo(new ReportFilter(12L, 2027, 2030, Map.of()));
        assertThat(ReportFilter.of("", "2028", "2028").isUsable()).isTrue();
    }

    @Test
    void whatCannotBeUsedGetsAMessageForItsFieldAndIsLeftOut() {
        ReportFilter filter = ReportFilter.of("alla", "2031", "2029");
        assertThat(filter.isUsable()).isFalse();
        assertThat(filter.errors()).containsOnlyKeys("natverk", "till")
                .containsEntry("till", "Till och med år kan inte vara före från och med år (2031).");
        assertThat(ReportFilter.of(null, "1e3", "99999").errors())
                .containsEntry("fran", "Välj ett år i listan.").containsEntry("till", "Välj ett år i listan.");
    }
}
