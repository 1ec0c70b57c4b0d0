package se.arena.room;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/** A search in a room as typed, stripped: a few words, never a whole text. */
public record SearchForm(@Size(max = RoomSearch.MAX_QUERY_LENGTH) String q) {

    static SearchForm of(String typed) {
        return new SearchForm(typed == null ? "" : typed.strip());
    }

    FormErrors validate() {
        return FormErrors.checking(this);
    }

    boolean isEmpty() {
        return q.isEmpty();
    }
}
