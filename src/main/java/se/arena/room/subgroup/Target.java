package se.arena.room.subgroup;

/**
 * How big the proposed groups should be: either a number of groups or a number of people per
 * group, as staff choose.
 *
 * @param groups true when {@code value} is the number of groups, false when it is the people per group
 */
record Target(boolean groups, int value) {

    Target {
        if (value < 1) {
            throw new IllegalArgumentException("A target is at least one");
        }
    }

    static Target groups(int count) {
        return new Target(true, count);
    }

    static Target size(int people) {
        return new Target(false, people);
    }

    /** People per group for this many people in all. */
    double sizeFor(int people) {
        return groups ? (double) people / value : value;
    }
}
