package se.arena.registration;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.arena.registration.Phase.ESTABLISHED;
import static se.arena.registration.Phase.NOT_STARTED;
import static se.arena.registration.Phase.STARTING;

class PhaseTest {

    @Test
    void anOrganisationsPhaseIsTheOneMostOfItsPeopleGave() {
        assertThat(Phase.mostGiven(List.of(STARTING, ESTABLISHED, ESTABLISHED))).contains(ESTABLISHED);
        assertThat(Phase.mostGiven(Arrays.asList(null, NOT_STARTED, null))).contains(NOT_STARTED);
    }

    @Test
    void aTieGoesToTheEarliestRegistrationsAnswer() {
        assertThat(Phase.mostGiven(List.of(STARTING, ESTABLISHED))).contains(STARTING);
        assertThat(Phase.mostGiven(List.of(ESTABLISHED, STARTING, STARTING, ESTABLISHED))).contains(ESTABLISHED);
        assertThat(Phase.mostGiven(Arrays.asList(null, NOT_STARTED, ESTABLISHED))).contains(NOT_STARTED);
    }

    @Test
    void withoutAnswersThePhaseIsUnknown() {
        assertThat(Phase.mostGiven(List.of())).isEmpty();
        assertThat(Phase.mostGiven(Arrays.asList(null, null))).isEmpty();
    }

    @Test
    void onlyAPhasesOwnNameParses() {
        assertThat(Phase.parse("STARTING")).contains(STARTING);
        assertThat(Phase.parse("starting")).isEmpty();
        assertThat(Phase.parse("")).isEmpty();
        assertThat(Phase.parse(null)).isEmpty();
    }
}
