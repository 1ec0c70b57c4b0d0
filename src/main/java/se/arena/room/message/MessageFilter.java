package se.arena.room.message;

/**
 * What staff asked the list of messages for. Blank or unknown values mean "no filter".
 *
 * @param query part of the subject, the audience or the sender
 */
record MessageFilter(ParticipantMessage.Status status, Audience.Kind kind, String query) {

    static MessageFilter of(String status, String kind, String query) {
        return new MessageFilter(ParticipantMessage.Status.parse(status), Audience.Kind.parse(kind),
                query == null || query.isBlank() ? null : query.strip());
    }
}
