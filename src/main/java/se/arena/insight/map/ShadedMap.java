package se.arena.insight.map;

import java.util.List;
import java.util.Map;

import se.arena.organisation.Organisation;

/**
 * A map of Sweden with every kommun in one of a few categories, and its legend. Whoever colours the
 * map (participation here; a survey's responses later) gives each kommunkod a category; kommuner
 * it does not name fall in the default one.
 *
 * @param areas the kommuner in the order given, each with its outline
 */
public record ShadedMap(int width, int height, List<MapArea> areas, List<MapCategory> legend) {

    public ShadedMap {
        areas = List.copyOf(areas);
        legend = List.copyOf(legend);
    }

    /**
     * @param municipalities the kommuner to draw, in the order the tables list them
     * @param byCode         kommunkod to category
     * @param otherwise      the category of a kommun {@code byCode} does not name
     */
    public static ShadedMap of(KommunShapes shapes, List<Organisation> municipalities, Map<String, MapCategory> byCode,
                               MapCategory otherwise, List<MapCategory> legend) {
        List<MapArea> areas = municipalities.stream()
                .filter(kommun -> shapes.path(kommun.code()) != null)
                .map(kommun -> new MapArea(kommun.code(), kommun.name(), kommun.county() == null ? "" : kommun.county().name(),
                        shapes.path(kommun.code()), byCode.getOrDefault(kommun.code(), otherwise)))
                .toList();
        return new ShadedMap(shapes.width(), shapes.height(), areas, legend);
    }

    /** The SVG view box. */
    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
