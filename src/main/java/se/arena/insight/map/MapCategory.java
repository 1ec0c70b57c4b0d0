package se.arena.insight.map;

/**
 * A category a kommun is shown in on a map, such as "Bekräftad plats" or, for a survey, "Har svarat".
 *
 * @param key   the category's name in CSS classes, lower-case ASCII
 * @param label the Swedish text in the legend, the kommun's tooltip and the tables
 * @param tone  which of the four fills it gets, 0 darkest to 3 lightest
 */
public record MapCategory(String key, String label, int tone) {

    /**
     * Fills that differ in lightness as well as hue, so they also read in greyscale. They are the
     * map's presentation attributes rather than stylesheet rules, so the map keeps its colours
     * when shown as an image, where the page's stylesheet does not reach.
     */
    private static final String[] FILLS = {"#0b4f8a", "#c0620a", "#8fb3d9", "#e3e7ec"};

    public MapCategory {
        if (!key.matches("[a-z-]+") || tone < 0 || tone > 3) {
            throw new IllegalArgumentException("A map category needs a CSS-safe key and a tone 0-3: " + key + ", " + tone);
        }
    }

    public String fill() {
        return FILLS[tone];
    }
}
