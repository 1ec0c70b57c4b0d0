package se.arena.room.message;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Size;

import se.arena.TimeConfiguration;
import se.arena.web.FormErrors;

/**
 * A message to participants as typed, kept as text so that a refused form comes back as it was.
 * The limits are the message's columns.
 *
 * @param sendAt blank to send now, or a Swedish date and time ({@code 2027-03-01T09:00}) to send then
 * @param submissionKey the form's own key, so that a double submit sends once
 */
record MessageForm(@Size(max = 200) String subject, @Size(max = 10_000) String body, @Size(max = 16) String sendAt,
                   @Size(max = 64) String submissionKey) {

    /** How far ahead a message may be scheduled: a programme goes out within the year. */
    static final int LATEST_DAYS_AHEAD = 366;

    static MessageForm empty(String submissionKey) {
        return new MessageForm("", "", "", submissionKey);
    }

    MessageForm withSubmissionKey(String key) {
        return new MessageForm(subject, body, sendAt, key);
    }

    FormErrors validate(Instant now) {
        FormErrors errors = FormErrors.checking(this);
        if (subject.isBlank()) {
            errors.add("subject", "Skriv en ämnesrad.");
        } else if (subject.matches("(?s).*[\\r\\n].*")) {
            errors.add("subject", "Ämnesraden är en rad utan radbrytningar.");
        }
        if (body.isBlank()) {
            errors.add("body", "Skriv meddelandet.");
        }
        if (!sendAt.isBlank()) {
            Instant when = scheduledFor();
            if (when == null) {
                errors.add("sendAt", "Skriv datum och tid som ÅÅÅÅ-MM-DD TT:MM, till exempel 2027-03-01 09:00.");
            } else if (!when.isAfter(now)) {
                errors.add("sendAt", "Tiden har redan varit. Välj en senare tid, eller lämna fältet tomt för att skicka nu.");
            } else if (when.isAfter(now.plus(Duration.ofDays(LATEST_DAYS_AHEAD)))) {
                errors.add("sendAt", "Ett meddelande kan schemaläggas högst ett år framåt.");
            }
        }
        if (!submissionKey.matches("[A-Za-z0-9_-]{20,64}")) {
            errors.add("subject", "Formuläret är för gammalt. Ladda om sidan och skicka igen.");
        }
        return errors;
    }

    boolean isScheduled() {
        return !sendAt.isBlank();
    }

    /** The moment typed, in Swedish time, or null when blank or not a date and time. */
    Instant scheduledFor() {
        try {
            return LocalDateTime.parse(sendAt.strip().replace(' ', 'T')).atZone(TimeConfiguration.SWEDEN).toInstant();
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }
}
