package se.arena.insight.map;

/**
 * One kommun on a shaded map.
 *
 * @param code   the kommunkod, four digits
 * @param path   the outline as an SVG path
 */
public record MapArea(String code, String name, String county, String path, MapCategory category) {

    /** The path's id: an XML id may not start with a digit. */
    public String id() {
        return "k" + code;
    }

    /** What hover and keyboard focus show. */
    public String title() {
        return name + ": " + category.label().toLowerCase(java.util.Locale.forLanguageTag("sv-SE"));
    }
}
