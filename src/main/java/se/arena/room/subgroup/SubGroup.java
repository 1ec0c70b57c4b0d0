package se.arena.room.subgroup;

/** A sub-group of a network: a few of its organisations' people, grouped by phase, size or geography. */
public record SubGroup(long id, long divisionId, String name, int position) {
}
