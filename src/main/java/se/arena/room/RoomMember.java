package se.arena.room;

import java.util.Locale;

import se.arena.network.Network;

/**
 * Someone in a network's room for this request: a seat holder, an invited speaker, or staff.
 *
 * @param email lower-case, as the room stores addresses
 */
public record RoomMember(Network network, long accountId, String email, String name, Kind kind) {

    public enum Kind { SEAT_HOLDER, SPEAKER, STAFF }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public long networkId() {
        return network.id();
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
