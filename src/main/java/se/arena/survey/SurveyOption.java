package se.arena.survey;

/** One answer option of a choice question, in its place. */
record SurveyOption(long id, int position, String label) {
}
