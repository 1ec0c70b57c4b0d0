package se.arena.insight.map;

/** A region and how it takes part. */
public record RegionCoverage(String name, String county, MapCategory status) {
}
