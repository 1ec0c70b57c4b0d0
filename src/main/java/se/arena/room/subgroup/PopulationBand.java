package se.arena.room.subgroup;

/** The population bands by which staff group a network's organisations by size. */
enum PopulationBand {
    UNDER_15_000(15_000),
    UNDER_50_000(50_000),
    UNDER_100_000(100_000),
    OVER_100_000(Integer.MAX_VALUE);

    private final int below;

    PopulationBand(int below) {
        this.below = below;
    }

    static PopulationBand of(int population) {
        for (PopulationBand band : values()) {
            if (population < band.below) {
                return band;
            }
        }
        return OVER_100_000;
    }
}
