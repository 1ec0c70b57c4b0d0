package se.arena.room;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/** A new thread as typed: its title and first post, with the form's own key so that a double submit starts one thread. */
public record ThreadForm(@Size(max = RoomThread.MAX_TITLE_LENGTH) String title, @Size(max = Post.MAX_LENGTH) String body,
                         String submissionKey) {

    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (title.isBlank()) {
            errors.add("title", "Skriv en rubrik för tråden.");
        }
        if (body.isBlank()) {
            errors.add("body", "Skriv ett inlägg.");
        }
        PostForm.checkKey(submissionKey, errors, "title");
        return errors;
    }
}
