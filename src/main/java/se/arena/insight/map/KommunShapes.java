package se.arena.insight.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outline of each of Sweden's 290 kommuner as an SVG path, keyed by kommunkod. Read once from
 * {@code kommuner.geojson} (the reference data's simplified WGS84 polygons) and kept in memory,
 * so a map costs no more than writing the paths out.
 *
 * <p>The projection is equirectangular with longitudes shrunk by cos 62° (the middle of Sweden):
 * near enough to a conformal map at this scale for a participation map, and simple to check.
 * Coordinates are rounded to one decimal of a {@value #WIDTH}-unit-wide view box, points that
 * round onto the one before are dropped and the path data is relative, which keeps the page small.
 */
@Component
public class KommunShapes {

    /** Width of the view box; the height follows Sweden's proportions. */
    static final int WIDTH = 400;

    private static final double LONGITUDE_SCALE = Math.cos(Math.toRadians(62));

    private final Map<String, String> paths;
    private final int height;

    KommunShapes() {
        JsonNode features = read().get("features");
        List<Geometry> geometries = new ArrayList<>();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (JsonNode feature : features) {
            List<List<double[]>> rings = rings(feature.get("geometry"));
            for (List<double[]> ring : rings) {
                for (double[] point : ring) {
                    minX = Math.min(minX, point[0]);
                    maxX = Math.max(maxX, point[0]);
                    minY = Math.min(minY, point[1]);
                    maxY = Math.max(maxY, point[1]);
                }
            }
            geometries.add(new Geometry(feature.get("properties").get("id").asString(), rings));
        }
        double scale = WIDTH / (maxX - minX);
        this.height = (int) Math.ceil((maxY - minY) * scale);
        Map<String, String> byCode = new LinkedHashMap<>();
        for (Geometry geometry : geometries) {
            byCode.put(geometry.code(), path(geometry.rings(), minX, maxY, scale));
        }
        this.paths = Map.copyOf(byCode);
    }

    /** The path's {@code d} attribute for the kommun, or null for a code the map does not know. */
    public String path(String kommunkod) {
        return paths.get(kommunkod);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return height;
    }

    /** How many kommuner the map draws. */
    int size() {
        return paths.size();
    }

    private static JsonNode read() {
        try (InputStream in = KommunShapes.class.getResourceAsStream("kommuner.geojson")) {
            if (in == null) {
                throw new IllegalStateException("kommuner.geojson is missing from the application");
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every ring of a Polygon or MultiPolygon, projected but not yet scaled. */
    private static List<List<double[]>> rings(JsonNode geometry) {
        JsonNode coordinates = geometry.get("coordinates");
        List<JsonNode> polygons = new ArrayList<>();
        switch (geometry.get("type").asString()) {
            case "Polygon" -> polygons.add(coordinates);
            case "MultiPolygon" -> coordinates.forEach(polygons::add);
            default -> throw new IllegalStateException("Unexpected geometry " + geometry.get("type").asString());
        }
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                List<double[]> points = new ArrayList<>();
                for (JsonNode position : ring) {
                    points.add(new double[] {position.get(0).asDouble() * LONGITUDE_SCALE, position.get(1).asDouble()});
                }
                rings.add(points);
            }
        }
        return rings;
    }

    /**
     * The rings as compact SVG path data: each ring starts with an absolute move and goes on with
     * relative steps in tenths of a unit ({@code M44.9 706.3l-.3-.9-1.5-.5z}), about half the size
     * of absolute coordinates. Steps are taken between rounded points, so rounding never adds up.
     */
    private static String path(List<List<double[]>> rings, double minX, double maxY, double scale) {
        StringBuilder d = new StringBuilder();
        for (List<double[]> ring : rings) {
            long x = 0, y = 0;
            boolean first = true;
            for (double[] point : ring) {
                long nextX = Math.round((point[0] - minX) * scale * 10);
                long nextY = Math.round((maxY - point[1]) * scale * 10);
                if (first) {
                    d.append('M').append(tenths(nextX)).append(' ').append(tenths(nextY)).append('l');
                    first = false;
                } else if (nextX != x || nextY != y) {
                    number(d, nextX - x);
                    number(d, nextY - y);
                } else {
                    continue;
                }
                x = nextX;
                y = nextY;
            }
            d.append('z');
        }
        return d.toString().replace("lz", "z");
    }

    /** Appends a number, with a space only where the one before would otherwise run into it. */
    private static void number(StringBuilder d, long tenths) {
        String text = tenths(tenths);
        if (!text.startsWith("-") && d.charAt(d.length() - 1) != 'l') {
            d.append(' ');
        }
        d.append(text);
    }

    /** Tenths as the shortest decimal: 12 is "1.2", 3 is ".3", -5 is "-.5", 20 is "2". */
    private static String tenths(long tenths) {
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        if (tenth == 0) {
            return sign + whole;
        }
        return sign + (whole == 0 ? "" : Long.toString(whole)) + "." + tenth;
    }

    private record Geometry(String code, List<List<double[]>> rings) {
    }
}
