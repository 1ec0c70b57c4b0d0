package se.arena.room.document;

import jakarta.validation.constraints.Size;

import se.arena.SecretTokens;
import se.arena.web.FormErrors;

/**
 * An upload as typed: the title (for a new document; empty takes the file's name), the meeting
 * folder chosen by its activity id ("" for none), and the form's own key so that a double submit
 * stores one version.
 */
public record UploadForm(@Size(max = RoomDocument.MAX_TITLE_LENGTH) String title,
                         String meeting,
                         String submissionKey) {

    static UploadForm empty(String meeting) {
        return new UploadForm("", meeting, SecretTokens.newToken());
    }

    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (!meeting.isEmpty() && !meeting.matches("\\d{1,18}")) {
            errors.add("meeting", "Välj ett möte i listan.");
        }
        if (!submissionKey.matches("[A-Za-z0-9_-]{20,64}")) {
            errors.add("file", "Formuläret är för gammalt. Välj filen och skicka igen.");
        }
        return errors;
    }

    Long meetingId() {
        return meeting.isEmpty() ? null : Long.valueOf(meeting);
    }
}
