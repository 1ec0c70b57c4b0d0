package se.arena.registration;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an organisation stands in the work a network is about, as a registrant answers when the
 * network asks ({@code Network.asksPhase()}). Fixed in code so that every network's answers mean
 * the same and sub-groups can be formed by them. The labels read both as an answer and as the
 * name of a sub-group of organisations in that phase.
 */
public enum Phase {
    NOT_STARTED("Har inte börjat ännu"),
    STARTING("Har påbörjat arbetet"),
    ESTABLISHED("Har ett etablerat arbete");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * An organisation's phase from its people's answers: the one most of them gave, on a tie the
     * one given first. Its people may see the work differently; the majority is the fairest single
     * answer, and the first registration the steadiest tie-break.
     *
     * @param answers in the order the people registered; null for someone not asked
     * @return empty when nobody answered
     */
    public static Optional<Phase> mostGiven(Collection<Phase> answers) {
        Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
        answers.stream().filter(Objects::nonNull).forEach(answer -> counts.merge(answer, 1, Integer::sum));
        // the first answer with the highest count: a later answer wins only with strictly more votes
        return answers.stream().filter(Objects::nonNull)
                .reduce((best, next) -> counts.get(next) > counts.get(best) ? next : best);
    }

    /** The phase a form or a stored row names; empty for anything else, an empty answer too. */
    public static Optional<Phase> parse(String name) {
        for (Phase phase : values()) {
            if (phase.name().equals(name)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
