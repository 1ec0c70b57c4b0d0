package se.arena.insight.map;

/**
 * A category a kommun is shown in on a map, such as "Bekräftad plats" or, for a survey, "Har svarat".
 *
 * @param key   the category's name in CSS classes, lower-case ASCII
 * @param label the Swedish text in the legend, the kommun's tooltip and the tables
 * @param tone  which of the stylesheet's four fills ({@code map-tone-0} darkest to {@code map-tone-3} lightest) it gets
 */
public record MapCategory(String key, String label, int tone) {

    public MapCategory {
        if (!key.matches("[a-z-]+") || tone < 0 || tone > 3) {
            throw new IllegalArgumentException("A map category needs a CSS-safe key and a tone 0-3: " + key + ", " + tone);
        }
    }
}
