package se.arena.network;

import java.time.DateTimeException;
import java.time.MonthDay;

import se.arena.network.MembershipRules.LeavingFee;
import se.arena.network.MembershipRules.UnansweredSeats;
import se.arena.web.FormErrors;

/**
 * The membership part of the network form, as typed, with the rules that turn it into
 * {@link MembershipRules}. A field left out (an older client, the API) takes the default rule.
 */
public record MembershipForm(String leavingFee, String unansweredSeats, String renewalOpensOn, String renewalAnswerDays,
                             String renewalReminderDays) {

    public MembershipForm {
        MembershipRules defaults = MembershipRules.DEFAULT;
        leavingFee = blank(leavingFee) ? defaults.leavingFee().name() : leavingFee;
        unansweredSeats = blank(unansweredSeats) ? defaults.unansweredSeats().name() : unansweredSeats;
        renewalOpensOn = renewalOpensOn == null ? "" : renewalOpensOn;
        renewalAnswerDays = blank(renewalAnswerDays) ? Integer.toString(defaults.renewalAnswerDays()) : renewalAnswerDays;
        renewalReminderDays = blank(renewalReminderDays) ? Integer.toString(defaults.renewalReminderDays()) : renewalReminderDays;
    }

    public static MembershipForm of(MembershipRules rules) {
        return new MembershipForm(rules.leavingFee().name(), rules.unansweredSeats().name(),
                rules.renewalOpensOn() == null ? "" : rules.renewalOpensOn().toString().substring(2),
                Integer.toString(rules.renewalAnswerDays()), Integer.toString(rules.renewalReminderDays()));
    }

    void validate(FormErrors errors) {
        if (parse(LeavingFee.class, leavingFee) == null) {
            errors.add("leavingFee", "Välj vad som gäller för avgiften när en organisation lämnar nätverket.");
        }
        if (parse(UnansweredSeats.class, unansweredSeats) == null) {
            errors.add("unansweredSeats", "Välj vad som händer med platser som ingen svarat för.");
        }
        if (!blank(renewalOpensOn) && opensOn() == null) {
            errors.add("renewalOpensOn", "Skriv dagen som MM-DD, till exempel 11-01 för 1 november, eller lämna tomt.");
        }
        if (days(renewalAnswerDays) == null) {
            errors.add("renewalAnswerDays", "Skriv svarstiden som ett antal dagar från 1 till 365.");
        }
        if (days(renewalReminderDays) == null) {
            errors.add("renewalReminderDays", "Skriv antal dagar mellan påminnelserna, från 1 till 365.");
        }
    }

    /** Only call on a valid form. */
    MembershipRules toRules() {
        return new MembershipRules(parse(LeavingFee.class, leavingFee), parse(UnansweredSeats.class, unansweredSeats),
                blank(renewalOpensOn) ? null : opensOn(), days(renewalAnswerDays), days(renewalReminderDays));
    }

    private MonthDay opensOn() {
        if (!renewalOpensOn.strip().matches("\\d\\d-\\d\\d")) {
            return null;
        }
        try {
            return MonthDay.parse("--" + renewalOpensOn.strip());
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    private static Integer days(String value) {
        if (value == null || !value.strip().matches("\\d{1,3}")) {
            return null;
        }
        int days = Integer.parseInt(value.strip());
        return days >= 1 && days <= 365 ? days : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
