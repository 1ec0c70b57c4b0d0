package se.arena.room.subgroup;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.arena.registration.Phase;

/**
 * Proposes how to divide a network's organisations into sub-groups of about a target size,
 * counted in people, keeping each organisation's people together:
 * <ul>
 * <li>by size: organisations in order of population, cut at the population bands where the parts
 * stay within a fifth of the target; a band too big is split, one too small joins its neighbour in size;</li>
 * <li>by county: each county its own group, a county far above the target split into equal parts;</li>
 * <li>by neighbouring counties: counties along a route of bordering counties, cut at county
 * borders where the parts stay within a fifth of the target;</li>
 * <li>by phase: each phase its own group, in the phases' order, and one last group "Fas okänd" for
 * organisations whose people did not answer (kept apart rather than spread, so that no group mixes
 * an answer with a guess and staff see who to ask); a phase far above the target is split into equal
 * parts along the route of counties, so that each part stays near together. A small phase stays one
 * small group: the sizes follow the answers.</li>
 * </ul>
 */
final class SubGroupProposal {

    /** A part that mixes two segments costs more than any part within tolerance. */
    private static final double MIXING = 1;
    private static final int MAX_NAME = 200;
    static final String UNKNOWN_PHASE = "Fas okänd";

    private SubGroupProposal() {
    }

    static List<ProposedGroup> propose(List<MemberOrganisation> organisations, Grouping grouping, Target target, CountyMap counties) {
        List<MemberOrganisation> taking = organisations.stream().filter(organisation -> !organisation.people().isEmpty()).toList();
        if (taking.isEmpty()) {
            return List.of();
        }
        double size = target.sizeFor(taking.stream().mapToInt(organisation -> organisation.people().size()).sum());
        return switch (grouping) {
            case SIZE -> {
                List<MemberOrganisation> ordered = taking.stream().sorted(Comparator.comparingInt(MemberOrganisation::population)
                        .thenComparingLong(MemberOrganisation::id)).toList();
                yield named(split(ordered, organisation -> PopulationBand.of(organisation.population()), size,
                        target.groups() ? target.value() : 0), SubGroupProposal::populationRange);
            }
            case NEIGHBOURS -> {
                List<MemberOrganisation> ordered = inRouteOrder(taking, counties);
                yield named(split(ordered, MemberOrganisation::countyCode, size, target.groups() ? target.value() : 0),
                        SubGroupProposal::countyNames);
            }
            case COUNTY -> named(splitEach(inRouteOrder(taking, counties).stream()
                    .collect(Collectors.groupingBy(MemberOrganisation::countyCode, LinkedHashMap::new, Collectors.toList()))
                    .values(), size), SubGroupProposal::countyNames);
            case PHASE -> named(splitEach(inRouteOrder(taking, counties).stream()
                    .collect(Collectors.groupingBy(SubGroupProposal::phaseOrder, TreeMap::new, Collectors.toList()))
                    .values(), size), SubGroupProposal::phaseName);
        };
    }

    /** Each group its own parts: as many of about the target size as it holds, at least one. */
    private static List<List<MemberOrganisation>> splitEach(Collection<List<MemberOrganisation>> groups, double size) {
        List<List<MemberOrganisation>> parts = new ArrayList<>();
        for (List<MemberOrganisation> group : groups) {
            int people = group.stream().mapToInt(organisation -> organisation.people().size()).sum();
            parts.addAll(split(group, organisation -> 0, size, (int) Math.max(1, Math.round(people / size))));
        }
        return parts;
    }

    /** The phases in their order, unknown last. */
    private static int phaseOrder(MemberOrganisation organisation) {
        return organisation.phase() == null ? Phase.values().length : organisation.phase().ordinal();
    }

    private static String phaseName(List<MemberOrganisation> part) {
        Phase phase = part.getFirst().phase();
        return phase == null ? UNKNOWN_PHASE : phase.label();
    }

    private static List<MemberOrganisation> inRouteOrder(List<MemberOrganisation> organisations, CountyMap counties) {
        List<String> route = counties.route();
        return organisations.stream().sorted(Comparator.comparingInt((MemberOrganisation organisation) -> route.indexOf(organisation.countyCode()))
                .thenComparingLong(MemberOrganisation::id)).toList();
    }

    private static List<List<MemberOrganisation>> split(List<MemberOrganisation> ordered, Function<MemberOrganisation, Object> segmentOf,
                                                        double size, int parts) {
        int[] weights = new int[ordered.size()];
        int[] segments = new int[ordered.size()];
        Object previous = null;
        int segment = 0;
        for (int i = 0; i < ordered.size(); i++) {
            weights[i] = ordered.get(i).people().size();
            Object current = segmentOf.apply(ordered.get(i));
            if (i > 0 && !Objects.equals(current, previous)) {
                segment++;
            }
            segments[i] = segment;
            previous = current;
        }
        List<List<MemberOrganisation>> result = new ArrayList<>();
        int begin = 0;
        for (int end : ContiguousSplit.cut(weights, segments, size, parts, MIXING)) {
            result.add(ordered.subList(begin, end));
            begin = end;
        }
        return result;
    }

    /** Each part named by what it holds; parts of the same name get "(del 1 av 3)". */
    private static List<ProposedGroup> named(List<List<MemberOrganisation>> parts, Function<List<MemberOrganisation>, String> naming) {
        List<String> names = parts.stream().map(naming).toList();
        Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Integer> seen = new HashMap<>();
        List<ProposedGroup> groups = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String name = names.get(i);
            if (counts.get(name) > 1) {
                name = name + " (del " + seen.merge(name, 1, Integer::sum) + " av " + counts.get(name) + ")";
            }
            groups.add(new ProposedGroup(name, parts.get(i)));
        }
        return groups;
    }

    private static String populationRange(List<MemberOrganisation> part) {
        NumberFormat swedish = NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv-SE"));
        int smallest = part.stream().mapToInt(MemberOrganisation::population).min().orElse(0);
        int largest = part.stream().mapToInt(MemberOrganisation::population).max().orElse(0);
        String range = smallest == largest ? swedish.format(smallest) : swedish.format(smallest) + "–" + swedish.format(largest);
        return range.replace('\u00a0', ' ') + " invånare";
    }

    private static String countyNames(List<MemberOrganisation> part) {
        List<String> names = part.stream().map(MemberOrganisation::countyName).distinct().toList();
        String all = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.getLast();
        return all.length() <= MAX_NAME ? all : names.getFirst() + " – " + names.getLast();
    }
}
