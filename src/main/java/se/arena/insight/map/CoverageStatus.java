package se.arena.insight.map;

import java.util.Arrays;
import java.util.List;

/** How a kommun or region takes part in the networks chosen, strongest first. */
enum CoverageStatus {
    CONFIRMED(new MapCategory("bekraftad", "Bekräftad plats", 0)),
    WAITLISTED(new MapCategory("vantelista", "Väntelista", 1)),
    FORMER(new MapCategory("tidigare", "Tidigare deltagare", 2)),
    NONE(new MapCategory("ingen", "Deltar inte", 3));

    private final MapCategory category;

    CoverageStatus(MapCategory category) {
        this.category = category;
    }

    MapCategory category() {
        return category;
    }

    static List<MapCategory> legend() {
        return Arrays.stream(values()).map(CoverageStatus::category).toList();
    }
}
