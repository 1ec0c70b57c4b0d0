package se.arena.insight.map;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.arena.organisation.Organisation;

/**
 * The coverage map's page: the map of kommuner, the regions beside it and the counts per county,
 * for one network or all and one year.
 */
record Coverage(ShadedMap map, List<RegionCoverage> regions, List<CountyCoverage> counties) {

    /**
     * @param statuses each organisation's status by id; an organisation not in it takes no part
     */
    static Coverage of(KommunShapes shapes, List<Organisation> municipalities, List<Organisation> regions,
                       Map<Long, CoverageStatus> statuses) {
        Function<Organisation, CoverageStatus> status = organisation -> statuses.getOrDefault(organisation.id(), CoverageStatus.NONE);
        ShadedMap map = ShadedMap.of(shapes, municipalities,
                municipalities.stream().collect(Collectors.toMap(Organisation::code, kommun -> status.apply(kommun).category(),
                        (a, b) -> a)),
                CoverageStatus.NONE.category(), CoverageStatus.legend());
        Map<String, CountyCoverage> counties = new LinkedHashMap<>();
        municipalities.stream()
                .sorted(Comparator.comparing((Organisation kommun) -> kommun.county().code()))
                .forEach(kommun -> counties.compute(kommun.county().code(), (code, sum) ->
                        (sum == null ? new CountyCoverage(kommun.county().name(), 0, 0, 0, 0) : sum).add(status.apply(kommun))));
        List<RegionCoverage> regionRows = regions.stream()
                .map(region -> new RegionCoverage(region.name(), region.county().name(), status.apply(region).category()))
                .toList();
        return new Coverage(map, regionRows, List.copyOf(counties.values()));
    }
}
