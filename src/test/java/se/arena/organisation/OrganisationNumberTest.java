package se.arena.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationNumberTest {

    @Test
    void acceptsAValidNumberWrittenInTheUsualWays() {
        assertThat(OrganisationNumber.parse("212000-0019")).contains(new OrganisationNumber("212000-0019"));
        assertThat(OrganisationNumber.parse("2120000019")).contains(new OrganisationNumber("212000-0019"));
        assertThat(OrganisationNumber.parse(" 212000 0019 ")).contains(new OrganisationNumber("212000-0019"));
    }

    @Test
    void blankMeansUnknown() {
        assertThat(OrganisationNumber.parse("")).isEmpty();
        assertThat(OrganisationNumber.parse(null)).isEmpty();
    }

    @Test
    void refusesAWrongCheckDigitInSwedish() {
        assertThatThrownBy(() -> OrganisationNumber.parse("212000-0018"))
                .hasMessage("Organisationsnumret har fel kontrollsiffra.");
    }

    @Test
    void refusesTheWrongNumberOfDigits() {
        assertThatThrownBy(() -> OrganisationNumber.parse("21200-0019"))
                .hasMessageContaining("tio siffror");
    }
}
