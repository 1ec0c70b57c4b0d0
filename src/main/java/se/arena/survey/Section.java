package se.arena.survey;

import java.util.List;

/** A titled part of a survey with its questions in order. */
record Section(long id, int position, String title, List<Question> questions) {

    Section {
        questions = List.copyOf(questions);
    }
}
