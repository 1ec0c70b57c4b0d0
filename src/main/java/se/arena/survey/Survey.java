package se.arena.survey;

import java.time.Instant;

/**
 * A survey as the list and its pages show it.
 *
 * @param target the network's or activity's title, or null when no target is chosen
 */
record Survey(long id, String title, String intro, Audience audience, Long networkId, Long activityId, String target,
              Instant closesAt, Status status, String createdBy, Instant createdAt, int questionCount) {

    enum Audience {
        ORGANISATION("En per organisation"),
        PERSON("En per person");

        private final String label;

        Audience(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    enum Status {
        DRAFT("Utkast"),
        OPEN("Öppen"),
        CLOSED("Stängd");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
