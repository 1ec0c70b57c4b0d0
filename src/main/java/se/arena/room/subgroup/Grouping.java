package se.arena.room.subgroup;

/** What a proposal groups a network's organisations by. Phase is not offered: no registration asks for it. */
enum Grouping {
    SIZE("Storlek: invånare (under 15 000, 15 000–50 000, 50 000–100 000, över 100 000)"),
    COUNTY("Län: ett eller flera grupper per län"),
    NEIGHBOURS("Grannlän sammanslagna till målstorleken");

    private final String label;

    Grouping(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
