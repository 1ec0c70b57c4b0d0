package se.arena.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Size;

import se.arena.TimeConfiguration;
import se.arena.web.FormErrors;

/**
 * A new survey as typed, kept as text so that a refused form comes back as it was.
 *
 * @param target "natverk-12", "aktivitet-7", or blank for none yet
 * @param closesOn a Swedish date (2027-03-31): the survey takes answers through that day
 * @param submissionKey the form's own key, so that a double submit makes one survey
 */
record SurveyForm(@Size(max = 200) String title, @Size(max = 4000) String intro, @Size(max = 20) String audience,
                  @Size(max = 30) String target, @Size(max = 10) String closesOn, @Size(max = 64) String submissionKey) {

    static SurveyForm empty(String submissionKey) {
        return new SurveyForm("", "", Survey.Audience.ORGANISATION.name(), "", "", submissionKey);
    }

    /** The survey's details as the edit form starts with them. */
    static SurveyForm of(Survey survey, String submissionKey) {
        String target = survey.networkId() != null ? "natverk-" + survey.networkId()
                : survey.activityId() != null ? "aktivitet-" + survey.activityId() : "";
        String closesOn = survey.closesAt() == null ? ""
                : survey.closesAt().minusSeconds(1).atZone(TimeConfiguration.SWEDEN).toLocalDate().toString();
        return new SurveyForm(survey.title(), survey.intro(), survey.audience().name(), target, closesOn, submissionKey);
    }

    FormErrors validate(Instant now) {
        FormErrors errors = FormErrors.checking(this);
        if (title.isBlank()) {
            errors.add("title", "Skriv enkätens rubrik.");
        }
        if (audienceKind() == null) {
            errors.add("audience", "Välj om enkäten besvaras en gång per organisation eller per person.");
        }
        if (!target.isBlank() && !target.matches("(natverk|aktivitet)-\\d{1,18}")) {
            errors.add("target", "Välj ett nätverk eller en aktivitet i listan.");
        }
        if (!closesOn.isBlank()) {
            Instant closes = closesAt();
            if (closes == null) {
                errors.add("closesOn", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-31.");
            } else if (!closes.isAfter(now)) {
                errors.add("closesOn", "Datumet har redan varit. Välj ett senare datum eller lämna fältet tomt.");
            }
        }
        if (!submissionKey.matches("[A-Za-z0-9_-]{20,64}")) {
            errors.add("title", "Formuläret är för gammalt. Ladda om sidan och skicka igen.");
        }
        return errors;
    }

    Survey.Audience audienceKind() {
        for (Survey.Audience kind : Survey.Audience.values()) {
            if (kind.name().equals(audience)) {
                return kind;
            }
        }
        return null;
    }

    Long networkId() {
        return target.startsWith("natverk-") ? Long.valueOf(target.substring("natverk-".length())) : null;
    }

    Long activityId() {
        return target.startsWith("aktivitet-") ? Long.valueOf(target.substring("aktivitet-".length())) : null;
    }

    /** The end of the day typed, in Swedish time: a survey closing "31 mars" takes answers all that day. */
    Instant closesAt() {
        if (closesOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(closesOn.strip()).plusDays(1).atStartOfDay(TimeConfiguration.SWEDEN).toInstant();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
