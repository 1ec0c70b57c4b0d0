package se.arena.room.subgroup;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import se.arena.registration.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/** Proposals for the 290 kommuner of the shipped reference data, one person each unless said otherwise. */
class SubGroupProposalTest {

    private static final CountyMap SWEDEN = CountyMap.sweden();

    @ParameterizedTest
    @ValueSource(ints = {8, 12, 20, 30, 45})
    void bySizeEveryGroupIsWithinAFifthOfTheTargetSize(int target) throws IOException {
        assertWithinAFifth(SubGroupProposal.propose(kommuner(1), Grouping.SIZE, Target.size(target), SWEDEN), target, 290);
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 12, 20, 30, 45})
    void byNeighbouringCountiesEveryGroupIsWithinAFifthOfTheTargetSize(int target) throws IOException {
        assertWithinAFifth(SubGroupProposal.propose(kommuner(1), Grouping.NEIGHBOURS, Target.size(target), SWEDEN), target, 290);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 10, 15})
    void aNumberOfGroupsGivesThatManyOfAboutEqualSizeByEitherKey(int groups) throws IOException {
        for (Grouping grouping : List.of(Grouping.SIZE, Grouping.NEIGHBOURS)) {
            List<ProposedGroup> proposal = SubGroupProposal.propose(kommuner(1), grouping, Target.groups(groups), SWEDEN);
            assertThat(proposal).as(grouping.name()).hasSize(groups);
            assertWithinAFifth(proposal, 290.0 / groups, 290);
        }
    }

    @Test
    void organisationsWithSeveralPeopleStayTogetherAndTheGroupsStillFit() throws IOException {
        List<MemberOrganisation> kommuner = kommuner(3);
        int people = kommuner.stream().mapToInt(organisation -> organisation.people().size()).sum();
        for (Grouping grouping : List.of(Grouping.SIZE, Grouping.NEIGHBOURS)) {
            List<ProposedGroup> proposal = SubGroupProposal.propose(kommuner, grouping, Target.size(40), SWEDEN);
            assertWithinAFifth(proposal, 40, people);
            assertThat(proposal.stream().mapToLong(group -> group.organisations().size()).sum()).isEqualTo(290);
        }
    }

    @Test
    void bySizeAGroupHoldsOneBandWhereTheBandCanBeCutToTheTarget() throws IOException {
        List<ProposedGroup> proposal = SubGroupProposal.propose(kommuner(1), Grouping.SIZE, Target.size(20), SWEDEN);
        long mixed = proposal.stream().filter(group -> group.organisations().stream()
                .map(organisation -> PopulationBand.of(organisation.population())).distinct().count() > 1).count();
        // four bands, so at most three groups straddle a band boundary
        assertThat(mixed).isLessThanOrEqualTo(3);
        assertThat(proposal.getFirst().name()).endsWith("invånare");
        // in order of size: every group's smallest kommun is at least as big as the previous group's largest
        for (int i = 1; i < proposal.size(); i++) {
            int previousLargest = proposal.get(i - 1).organisations().stream().mapToInt(MemberOrganisation::population).max().orElseThrow();
            int smallest = proposal.get(i).organisations().stream().mapToInt(MemberOrganisation::population).min().orElseThrow();
            assertThat(smallest).isGreaterThanOrEqualTo(previousLargest);
        }
    }

    @Test
    void byNeighbouringCountiesAGroupsCountiesAreConnectedByBorders() throws IOException {
        for (int target : List.of(10, 20, 35)) {
            for (ProposedGroup group : SubGroupProposal.propose(kommuner(1), Grouping.NEIGHBOURS, Target.size(target), SWEDEN)) {
                Set<String> counties = new HashSet<>(group.organisations().stream().map(MemberOrganisation::countyCode).toList());
                assertThat(connected(counties)).as(group.name()).isTrue();
            }
        }
    }

    @Test
    void byCountyNoGroupMixesCountiesAndBigCountiesAreSplit() throws IOException {
        List<ProposedGroup> proposal = SubGroupProposal.propose(kommuner(1), Grouping.COUNTY, Target.size(20), SWEDEN);
        assertThat(proposal).allSatisfy(group ->
                assertThat(group.organisations().stream().map(MemberOrganisation::countyCode).distinct()).hasSize(1));
        assertThat(proposal).extracting(ProposedGroup::name).contains("Gotlands län", "Västra Götalands län (del 1 av 2)");
        assertThat(proposal.stream().mapToInt(ProposedGroup::people).sum()).isEqualTo(290);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void byPhaseEachGroupHoldsExactlyTheOrganisationsOfOnePhaseAndTheUnknownComeLast(int people) throws IOException {
        List<MemberOrganisation> kommuner = withPhases(kommuner(people));
        List<ProposedGroup> proposal = SubGroupProposal.propose(kommuner, Grouping.PHASE, Target.size(20), SWEDEN);
        Map<String, List<Long>> given = kommuner.stream().collect(Collectors.groupingBy(SubGroupProposalTest::phaseKey,
                Collectors.mapping(MemberOrganisation::id, Collectors.toList())));
        Map<String, List<Long>> grouped = new HashMap<>();
        for (ProposedGroup group : proposal) {
            List<Phase> phases = group.organisations().stream().map(MemberOrganisation::phase).distinct().toList();
            assertThat(phases).as(group.name()).hasSize(1);
            Phase phase = phases.getFirst();
            assertThat(group.name()).startsWith(phase == null ? SubGroupProposal.UNKNOWN_PHASE : phase.label());
            grouped.computeIfAbsent(phaseKey(group.organisations().getFirst()), key -> new ArrayList<>())
                    .addAll(group.organisations().stream().map(MemberOrganisation::id).toList());
        }
        grouped.values().forEach(ids -> ids.sort(null));
        assertThat(grouped).isEqualTo(given);
        // in the phases' order, the organisations nobody answered for in a group of their own at the end
        assertThat(proposal.getFirst().name()).startsWith(Phase.NOT_STARTED.label());
        assertThat(proposal.getLast().name()).startsWith(SubGroupProposal.UNKNOWN_PHASE);
    }

    /** Targets at which every phase of {@link #withPhases} can be cut within a fifth (29 people cannot be, at 12). */
    @ParameterizedTest
    @ValueSource(ints = {15, 20, 25, 30})
    void byPhaseALargePhaseIsSplitIntoPartsWithinAFifthOfTheTargetSize(int target) throws IOException {
        List<ProposedGroup> proposal = SubGroupProposal.propose(withPhases(kommuner(1)), Grouping.PHASE, Target.size(target), SWEDEN);
        List<ProposedGroup> parts = proposal.stream().filter(group -> group.name().contains("(del ")).toList();
        // the established phase holds half the kommuner, far above any of these targets
        assertThat(parts).extracting(ProposedGroup::name).anyMatch(name -> name.startsWith(Phase.ESTABLISHED.label()));
        assertThat(parts).allSatisfy(group -> assertThat((double) group.people()).as(group.name())
                .isBetween(target * 0.8, target * 1.2));
        assertThat(proposal.stream().mapToInt(ProposedGroup::people).sum()).isEqualTo(290);
    }

    @Test
    void byPhaseANumberOfGroupsSplitsEachPhaseByItsShareAndASmallPhaseStaysWhole() throws IOException {
        List<ProposedGroup> proposal = SubGroupProposal.propose(withPhases(kommuner(1)), Grouping.PHASE, Target.groups(10), SWEDEN);
        // 290 kommuner in 10 groups is 29 each: the established half in five parts, the small phases whole
        assertThat(proposal).extracting(ProposedGroup::name).contains(Phase.ESTABLISHED.label() + " (del 5 av 5)",
                Phase.NOT_STARTED.label(), SubGroupProposal.UNKNOWN_PHASE);
        assertThat(proposal).filteredOn(group -> group.name().contains("(del ")).allSatisfy(group ->
                assertThat((double) group.people()).as(group.name()).isBetween(29 * 0.8, 29 * 1.2));
    }

    @Test
    void organisationsWithoutPeopleAreLeftOutAndNoPeopleGiveNoGroups() throws IOException {
        List<MemberOrganisation> none = kommuner(0);
        assertThat(SubGroupProposal.propose(none, Grouping.SIZE, Target.size(10), SWEDEN)).isEmpty();
    }

    @Test
    void moreGroupsThanOrganisationsGivesOneGroupPerOrganisation() throws IOException {
        List<MemberOrganisation> three = kommuner(1).subList(0, 3);
        assertThat(SubGroupProposal.propose(three, Grouping.NEIGHBOURS, Target.groups(10), SWEDEN)).hasSize(3);
    }

    @Test
    void theCountyTableIsSymmetricConnectedAndCoversTheTwentyOneLan() {
        assertThat(SWEDEN.neighbours()).hasSize(21);
        SWEDEN.neighbours().forEach((county, neighbours) -> neighbours.forEach(neighbour ->
                assertThat(SWEDEN.neighbours().get(neighbour)).as(neighbour + " borders " + county).contains(county)));
        assertThat(connected(SWEDEN.neighbours().keySet())).isTrue();
        List<String> route = SWEDEN.route();
        assertThat(route).hasSize(21).doesNotHaveDuplicates();
        IntStream.range(1, route.size()).forEach(i ->
                assertThat(SWEDEN.neighbours().get(route.get(i - 1))).as("route step " + i).contains(route.get(i)));
    }

    private static void assertWithinAFifth(List<ProposedGroup> proposal, double target, int people) {
        assertThat(proposal.stream().mapToInt(ProposedGroup::people).sum()).isEqualTo(people);
        assertThat(proposal).allSatisfy(group -> assertThat((double) group.people()).as(group.name())
                .isBetween(target * 0.8, target * 1.2));
    }

    private static boolean connected(Collection<String> counties) {
        Set<String> reached = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(counties.iterator().next()));
        while (!queue.isEmpty()) {
            String county = queue.removeFirst();
            if (reached.add(county)) {
                SWEDEN.neighbours().get(county).stream().filter(counties::contains).forEach(queue::add);
            }
        }
        return reached.size() == counties.size();
    }

    private static String phaseKey(MemberOrganisation organisation) {
        return organisation.phase() == null ? "okänd" : organisation.phase().name();
    }

    /**
     * The kommuner with answers: half established, three in ten starting, one in ten not started
     * and one in ten without an answer.
     */
    private static List<MemberOrganisation> withPhases(List<MemberOrganisation> kommuner) {
        return kommuner.stream().map(kommun -> {
            int tenth = (int) (kommun.id() % 10);
            Phase phase = tenth < 5 ? Phase.ESTABLISHED : tenth < 8 ? Phase.STARTING : tenth == 8 ? Phase.NOT_STARTED : null;
            return new MemberOrganisation(kommun.id(), kommun.name(), kommun.countyCode(), kommun.countyName(), kommun.population(),
                    kommun.people(), phase);
        }).toList();
    }

    /** The 290 kommuner with up to this many people each (1, 2, 3, 1, ... for more than one). */
    static List<MemberOrganisation> kommuner(int people) throws IOException {
        List<MemberOrganisation> kommuner = new ArrayList<>();
        ClassPathResource csv = new ClassPathResource("se/arena/organisation/municipalities.csv");
        try (Reader reader = new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                long id = kommuner.size() + 1;
                int count = people <= 1 ? people : 1 + (int) (id % people);
                List<Member> members = IntStream.range(0, count).mapToObj(i -> new Member(id * 10 + i, id, "Person " + i,
                        "p" + i + "@example.org", "", row.get("name"), row.get("county_name"))).toList();
                kommuner.add(new MemberOrganisation(id, row.get("name"), row.get("county_code"), row.get("county_name"),
                        Integer.parseInt(row.get("population")), members, null));
            }
        }
        return kommuner;
    }
}
