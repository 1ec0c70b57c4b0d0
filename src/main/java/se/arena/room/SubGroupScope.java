package se.arena.room;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sub-groups whose threads and documents a member of the room sees: the groups they are in,
 * or, for staff, everything. Everything outside a sub-group is seen by the whole room.
 *
 * @param everything true for staff, who see every sub-group's content, even a removed group's
 * @param groups     the groups listed for the member: their own, or for staff all current ones
 */
public record SubGroupScope(boolean everything, List<RoomSubGroup> groups) {

    /**
     * The SQL condition on a sub-group column; binds {@code :groups} to {@link #ids()}. Spaced on
     * both sides, as a text block drops the space after a line's last word.
     */
    public String condition(String column) {
        return everything ? " (1 = 1) " : " (" + column + " IS NULL OR " + column + " IN (:groups)) ";
    }

    /** The ids for {@code :groups}; never empty, as SQL has no empty list (no group has id 0). */
    public List<Long> ids() {
        return groups.isEmpty() ? List.of(0L) : groups.stream().map(RoomSubGroup::id).toList();
    }

    /** Whether the member may read and write in this current group. */
    public boolean includes(long groupId) {
        return groups.stream().anyMatch(group -> group.id() == groupId);
    }

    /**
     * The group a form or link names by its id, for a thread or document in it.
     *
     * @return empty for no id; a group the member may not write in is refused as not found
     * @throws ResponseStatusException 404 for an id that is not one of {@link #groups()}
     */
    public Optional<RoomSubGroup> named(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(groups.stream().filter(group -> id.equals(Long.toString(group.id()))).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }
}
