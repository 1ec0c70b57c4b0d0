package se.arena.room;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** "@Förnamn Efternamn" in a post, matched against the names of the room's members. */
final class Mentions {

    private Mentions() {
    }

    /** The addresses of the members whose whole name follows an @ in the text, in any case. */
    static Set<String> in(String text, List<RoomPerson> members) {
        if (text == null || text.indexOf('@') < 0) {
            return Set.of();
        }
        return members.stream()
                .filter(member -> !member.name().isBlank()
                        && Pattern.compile("(?<![\\p{L}\\p{N}.])@" + Pattern.quote(member.name()) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find())
                .map(RoomPerson::email)
                .collect(Collectors.toSet());
    }
}
