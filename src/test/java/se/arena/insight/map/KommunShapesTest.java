package se.arena.insight.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kommuner's outlines: read once, projected into the view box, written as compact relative paths. */
class KommunShapesTest {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");

    private final KommunShapes shapes = new KommunShapes();

    @Test
    void everyKommunHasAnOutlineInsideTheViewBox() {
        assertThat(shapes.size()).isEqualTo(290);
        assertThat(shapes.width()).isEqualTo(400);
        // Sweden is a little over twice as tall as it is wide on this projection
        assertThat(shapes.height()).isBetween(850, 920);
        assertThat(shapes.path("9999")).isNull();
        for (String code : List.of("0180", "1883", "2584", "1280", "0980")) {
            for (double[] point : absolutePoints(shapes.path(code))) {
                assertThat(point[0]).as(code).isBetween(-0.1, 400.1);
                assertThat(point[1]).as(code).isBetween(-0.1, shapes.height() + 0.1);
            }
        }
    }

    @Test
    void theNorthernmostKommunLiesAboveTheSouthernmostAndStockholmEastOfGothenburg() {
        double kirunaY = centre(shapes.path("2584"))[1];
        double malmoY = centre(shapes.path("1280"))[1];
        assertThat(kirunaY).isLessThan(malmoY);
        assertThat(centre(shapes.path("0180"))[0]).isGreaterThan(centre(shapes.path("1480"))[0]);
    }

    /** Follows a path of one absolute move per ring and relative steps after it. */
    private static List<double[]> absolutePoints(String d) {
        List<double[]> points = new ArrayList<>();
        for (String ring : d.split("z")) {
            String[] parts = ring.substring(1).split("l", 2);
            List<Double> start = numbers(parts[0]);
            double x = start.get(0), y = start.get(1);
            points.add(new double[] {x, y});
            List<Double> steps = parts.length > 1 ? numbers(parts[1]) : List.of();
            assertThat(steps.size() % 2).isZero();
            for (int i = 0; i < steps.size(); i += 2) {
                x += steps.get(i);
                y += steps.get(i + 1);
                points.add(new double[] {x, y});
            }
        }
        return points;
    }

    private static double[] centre(String d) {
        List<double[]> points = absolutePoints(d);
        return new double[] {points.stream().mapToDouble(p -> p[0]).average().orElseThrow(),
                points.stream().mapToDouble(p -> p[1]).average().orElseThrow()};
    }

    private static List<Double> numbers(String text) {
        List<Double> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(Double.valueOf(matcher.group()));
        }
        return numbers;
    }
}
