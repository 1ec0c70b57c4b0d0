package se.arena.room.subgroup;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Sweden's 21 län and which of them border each other ({@code county-neighbours.csv}), and a
 * route through all of them in which each county borders the next: cutting the route into
 * consecutive stretches gives groups of neighbouring counties.
 */
final class CountyMap {

    private static final CSVFormat TABLE = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();

    private final Map<String, Set<String>> neighbours;
    private final List<String> route;

    CountyMap(Map<String, Set<String>> neighbours) {
        this.neighbours = new TreeMap<>(neighbours);
        this.route = List.copyOf(findRoute());
    }

    static CountyMap sweden() {
        Map<String, Set<String>> neighbours = new TreeMap<>();
        ClassPathResource resource = new ClassPathResource("county-neighbours.csv", CountyMap.class);
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : TABLE.parse(reader)) {
                neighbours.put(row.get("county"), new LinkedHashSet<>(Arrays.asList(row.get("neighbours").strip().split("\\s+"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read county-neighbours.csv", e);
        }
        return new CountyMap(neighbours);
    }

    Map<String, Set<String>> neighbours() {
        return neighbours;
    }

    /** Every county once, each bordering the one before it. */
    List<String> route() {
        return route;
    }

    /**
     * A Hamiltonian path by depth-first search that tries the counties with fewest unvisited
     * neighbours first (Warnsdorff's rule), starting from a county at the edge of the map: on 21
     * counties it finds one at once.
     */
    private List<String> findRoute() {
        List<String> starts = new ArrayList<>(neighbours.keySet());
        starts.sort(Comparator.comparingInt((String county) -> neighbours.get(county).size()).thenComparing(Comparator.naturalOrder()));
        for (String start : starts) {
            List<String> path = new ArrayList<>(List.of(start));
            if (extend(path, new LinkedHashSet<>(path))) {
                return path;
            }
        }
        throw new IllegalStateException("No route passes every county once; check county-neighbours.csv");
    }

    private boolean extend(List<String> path, Set<String> visited) {
        if (path.size() == neighbours.size()) {
            return true;
        }
        List<String> next = new ArrayList<>(neighbours.get(path.getLast()));
        next.removeAll(visited);
        next.sort(Comparator.comparingLong((String county) -> neighbours.get(county).stream().filter(n -> !visited.contains(n)).count())
                .thenComparing(Comparator.naturalOrder()));
        for (String county : next) {
            path.add(county);
            visited.add(county);
            if (extend(path, visited)) {
                return true;
            }
            path.removeLast();
            visited.remove(county);
        }
        return false;
    }
}
