package se.arena.room;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is in which of a network's current sub-groups (those of its confirmed division that staff
 * have not removed). Implemented where sub-groups are kept, so that the room's core asks without
 * knowing how they are made. Each method is one read.
 */
public interface SubGroupMembership {

    /** The current sub-groups the address is in, in their order. */
    List<RoomSubGroup> groupsOf(long networkId, String email);

    /** All the network's current sub-groups, in their order: staff see them all. */
    List<RoomSubGroup> groupsIn(long networkId);

    /** Each lower-case address in a current sub-group, with the ids of its groups. */
    Map<String, Set<Long>> membersOf(long networkId);
}
