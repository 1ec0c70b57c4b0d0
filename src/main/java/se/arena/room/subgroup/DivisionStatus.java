package se.arena.room.subgroup;

/** Where a division of a network into sub-groups stands: staff's draft, the one in force, or one replaced since. */
public enum DivisionStatus {
    PROPOSED, CONFIRMED, REPLACED
}
