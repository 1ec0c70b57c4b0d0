package se.arena.room.subgroup;

import java.util.Optional;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/**
 * What staff ask a proposal for, as typed: the key, whether the number is of groups or of people
 * per group, and the number.
 */
public record ProposalForm(@Size(max = 20) String grouping, @Size(max = 20) String measure, @Size(max = 5) String number) {

    static final String GROUPS = "grupper";
    static final String SIZE = "storlek";
    static final int MAX_GROUPS = 100;
    static final int MAX_SIZE = 600;
    static final String PHASE_NOT_ASKED = "Nätverket frågar inte om fas vid anmälan";

    static ProposalForm empty() {
        return new ProposalForm(Grouping.NEIGHBOURS.name(), SIZE, "20");
    }

    /** @param phaseAsked whether the network's registration asks for the phase, without which there is nothing to group by */
    FormErrors validate(boolean phaseAsked) {
        FormErrors errors = FormErrors.checking(this);
        if (chosenGrouping().isEmpty()) {
            errors.add("grouping", "Välj vad grupperna ska utgå från.");
        } else if (chosenGrouping().get() == Grouping.PHASE && !phaseAsked) {
            errors.add("grouping", PHASE_NOT_ASKED + ". Välj en annan grund för grupperna.");
        }
        if (!GROUPS.equals(measure) && !SIZE.equals(measure)) {
            errors.add("measure", "Välj om talet är antal grupper eller antal personer per grupp.");
        }
        Integer value = parsed();
        if (value == null || value < 1) {
            errors.add("number", "Skriv ett heltal, till exempel 6.");
        } else if (GROUPS.equals(measure) && value > MAX_GROUPS) {
            errors.add("number", "Välj högst " + MAX_GROUPS + " grupper.");
        } else if (SIZE.equals(measure) && (value < 2 || value > MAX_SIZE)) {
            errors.add("number", "En grupp har mellan 2 och " + MAX_SIZE + " personer.");
        }
        return errors;
    }

    Optional<Grouping> chosenGrouping() {
        try {
            return Optional.of(Grouping.valueOf(grouping == null ? "" : grouping.strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Only for a form that {@link #validate()} passed. */
    Target target() {
        return GROUPS.equals(measure) ? Target.groups(parsed()) : Target.size(parsed());
    }

    private Integer parsed() {
        String digits = number == null ? "" : number.strip();
        return digits.matches("\\d{1,5}") ? Integer.valueOf(digits) : null;
    }
}
