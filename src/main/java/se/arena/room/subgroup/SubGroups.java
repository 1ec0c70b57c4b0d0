package se.arena.room.subgroup;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ScheduledActivity;
import se.arena.network.Network;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationType;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.registration.Phase;
import se.arena.registration.SeatHolders;

/**
 * A network's sub-groups: staff have the app propose a division of its current seat holders,
 * move people or whole organisations between the proposed groups, and confirm it; the confirmed
 * division replaces the one before it.
 */
@Service
@Transactional
public class SubGroups {

    static final String CONFIRMED = "SUBGROUPS_CONFIRMED";
    static final String REMOVED = "SUBGROUP_REMOVED";
    static final String ACTIVITY_LINKED = "SUBGROUP_ACTIVITY_LINKED";
    static final String ACTIVITY_UNLINKED = "SUBGROUP_ACTIVITY_UNLINKED";
    private static final CountyMap SWEDEN = CountyMap.sweden();

    private final SubGroupRepository repository;
    private final SeatHolders holders;
    private final OrganisationDirectory directory;
    private final ActivityCatalogue activities;
    private final AuditLog audit;
    private final Clock clock;

    SubGroups(SubGroupRepository repository, SeatHolders holders, OrganisationDirectory directory, ActivityCatalogue activities,
              AuditLog audit, Clock clock) {
        this.repository = repository;
        this.holders = holders;
        this.directory = directory;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Replaces any earlier proposal for the network with a new one.
     *
     * @return the proposal's id; empty when nobody holds a seat in the network, so there is no one to divide
     */
    Optional<Long> propose(Network network, Grouping grouping, Target target) {
        List<MemberOrganisation> organisations = participating(network);
        if (organisations.isEmpty()) {
            return Optional.empty();
        }
        repository.lockNetwork(network.id());
        repository.discardProposals(network.id());
        long division = repository.insertDivision(network.id(), grouping, clock.instant());
        List<ProposedGroup> groups = SubGroupProposal.propose(organisations, grouping, target, SWEDEN);
        for (int position = 0; position < groups.size(); position++) {
            ProposedGroup proposed = groups.get(position);
            long group = repository.insertGroup(division, network.id(), proposed.name(), position);
            repository.place(division, proposed.organisations().stream()
                    .flatMap(organisation -> organisation.people().stream()).map(Member::registrationId).toList(), group);
        }
        return Optional.of(division);
    }

    @Transactional(readOnly = true)
    Optional<DivisionView> latest(Network network, DivisionStatus status) {
        return repository.latest(network.id(), status).map(division -> view(network, division));
    }

    /**
     * The network's confirmed groups, each with its members who hold a seat now, for the room's
     * other parts (messages to a sub-group); empty when no division is confirmed.
     */
    @Transactional(readOnly = true)
    public List<DivisionView.GroupView> confirmedGroups(Network network) {
        return latest(network, DivisionStatus.CONFIRMED).map(DivisionView::groups).orElse(List.of());
    }

    /** The id of the network's proposal that staff are working on, if any. */
    @Transactional(readOnly = true)
    Optional<Long> proposalId(Network network) {
        return repository.latest(network.id(), DivisionStatus.PROPOSED).map(Division::id);
    }

    @Transactional(readOnly = true)
    Optional<DivisionView.GroupView> group(Network network, long groupId) {
        return repository.group(network.id(), groupId).flatMap(group -> repository.division(network.id(), group.divisionId()))
                .map(division -> view(network, division))
                .flatMap(view -> view.groups().stream().filter(shown -> shown.group().id() == groupId).findFirst());
    }

    /** @return false when the group is not one of the division's, or the person holds no seat in the network */
    boolean movePerson(Network network, long divisionId, long registrationId, long groupId) {
        return move(network, divisionId, groupId, member -> member.registrationId() == registrationId);
    }

    /** Moves every seat holder of the organisation; false as for {@link #movePerson}. */
    boolean moveOrganisation(Network network, long divisionId, long organisationId, long groupId) {
        return move(network, divisionId, groupId, member -> member.organisationId() == organisationId);
    }

    private boolean move(Network network, long divisionId, long groupId, Predicate<Member> who) {
        Optional<SubGroup> group = repository.group(network.id(), groupId).filter(found -> found.divisionId() == divisionId);
        if (group.isEmpty()) {
            return false;
        }
        repository.lockNetwork(network.id());
        List<Long> moving = participating(network).stream().flatMap(organisation -> organisation.people().stream())
                .filter(who).map(Member::registrationId).toList();
        repository.place(divisionId, moving, groupId);
        return !moving.isEmpty();
    }

    /** @return false when there was no such proposal (already confirmed, say, by a double submit) */
    boolean confirm(Network network, long divisionId, Actor actor) {
        // two staff confirming at once take turns, so exactly one division ends up in force
        repository.lockNetwork(network.id());
        if (!repository.confirm(network.id(), divisionId, clock.instant(), actor.label())) {
            return false;
        }
        Division division = repository.division(network.id(), divisionId).orElseThrow();
        int groups = repository.groups(divisionId).size();
        audit.record(new AuditEvent(actor, CONFIRMED, "network", Long.toString(network.id()),
                groups + " undergrupper efter " + division.grouping().basis() + " bekräftade"));
        return true;
    }

    boolean rename(Network network, long groupId, String name) {
        Optional<SubGroup> group = repository.group(network.id(), groupId);
        group.ifPresent(found -> repository.rename(found.id(), name.strip()));
        return group.isPresent();
    }

    boolean remove(Network network, long groupId, Actor actor) {
        Optional<SubGroup> group = repository.group(network.id(), groupId);
        group.ifPresent(found -> {
            repository.remove(found.id(), clock.instant());
            audit.record(new AuditEvent(actor, REMOVED, "subgroup", Long.toString(found.id()), "Undergrupp borttagen"));
        });
        return group.isPresent();
    }

    /**
     * The group's members who hold a seat now, by name, for the group's page in the room: three
     * reads, where the staff view of a whole division takes more.
     */
    @Transactional(readOnly = true)
    List<Member> members(Network network, long groupId) {
        Set<Long> placed = Set.copyOf(repository.registrationsIn(groupId));
        List<SeatHolders.Seat> seats = holders.holdersOf(network.id()).stream().filter(seat -> placed.contains(seat.id())).toList();
        Map<Long, Organisation> organisations = directory.findAll(seats.stream().map(SeatHolders.Seat::organisationId).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::id, organisation -> organisation));
        return seats.stream().sorted(Comparator.comparing(SeatHolders.Seat::name, String.CASE_INSENSITIVE_ORDER)).map(seat -> {
            Organisation organisation = organisations.get(seat.organisationId());
            return new Member(seat.id(), seat.organisationId(), seat.name(), seat.email(), seat.title(), organisation.name(),
                    organisation.county().name());
        }).toList();
    }

    /** The network's activities, for staff to link to a group as its occasions. */
    @Transactional(readOnly = true)
    List<ScheduledActivity> networkActivities(Network network) {
        return activities.feed(network.id());
    }

    /** The activities linked to the group, as the network's feed shows them (a withdrawn one drops out). */
    @Transactional(readOnly = true)
    List<ScheduledActivity> occasions(Network network, long groupId) {
        Set<Long> linked = Set.copyOf(repository.activityIds(groupId));
        return linked.isEmpty() ? List.of() : activities.feed(network.id()).stream()
                .filter(activity -> linked.contains(activity.activity().id())).toList();
    }

    /** @return false when the activity is not the network's, or was linked already */
    boolean linkActivity(Network network, long groupId, long activityId, Actor actor) {
        boolean isNetworks = activities.find(activityId).filter(activity -> activity.networkIds().contains(network.id())).isPresent();
        if (!isNetworks || repository.group(network.id(), groupId).isEmpty()
                || !repository.linkActivity(groupId, activityId, actor.label(), clock.instant())) {
            return false;
        }
        audit.record(new AuditEvent(actor, ACTIVITY_LINKED, "subgroup", Long.toString(groupId), "Aktivitet " + activityId + " kopplad till undergruppen"));
        return true;
    }

    /** @return false when the activity was not linked */
    boolean unlinkActivity(Network network, long groupId, long activityId, Actor actor) {
        if (repository.group(network.id(), groupId).isEmpty() || !repository.unlinkActivity(groupId, activityId)) {
            return false;
        }
        audit.record(new AuditEvent(actor, ACTIVITY_UNLINKED, "subgroup", Long.toString(groupId), "Aktivitet " + activityId + " bortkopplad från undergruppen"));
        return true;
    }

    private DivisionView view(Network network, Division division) {
        List<MemberOrganisation> organisations = participating(network);
        Map<Long, Long> groupOf = repository.membership(division.id());
        List<SubGroup> groups = repository.groups(division.id());
        Set<Long> shown = groups.stream().map(SubGroup::id).collect(Collectors.toCollection(HashSet::new));
        List<Member> everyone = organisations.stream().flatMap(organisation -> organisation.people().stream()).toList();
        return new DivisionView(division,
                groups.stream().map(group -> new DivisionView.GroupView(group, everyone.stream()
                        .filter(member -> groupOf.getOrDefault(member.registrationId(), -1L) == group.id()).toList())).toList(),
                everyone.stream().filter(member -> !shown.contains(groupOf.getOrDefault(member.registrationId(), -1L))).toList(),
                organisations);
    }

    /**
     * The network's current seat holders by organisation, in the organisations' alphabetical
     * order. A region's population is its county's, the sum of its kommuner.
     */
    private List<MemberOrganisation> participating(Network network) {
        Map<Long, List<SeatHolders.Seat>> seats = holders.holdersOf(network.id()).stream()
                .collect(Collectors.groupingBy(SeatHolders.Seat::organisationId, LinkedHashMap::new, Collectors.toList()));
        if (seats.isEmpty()) {
            return List.of();
        }
        List<Organisation> all = directory.all();
        Map<String, Integer> countyPopulation = all.stream()
                .filter(organisation -> organisation.type() == OrganisationType.MUNICIPALITY && organisation.population() != null)
                .collect(Collectors.groupingBy(organisation -> organisation.county().code(), Collectors.summingInt(Organisation::population)));
        return all.stream().filter(organisation -> seats.containsKey(organisation.id())).map(organisation -> new MemberOrganisation(
                organisation.id(), organisation.name(), organisation.county().code(), organisation.county().name(),
                organisation.population() != null ? organisation.population() : countyPopulation.getOrDefault(organisation.county().code(), 0),
                seats.get(organisation.id()).stream().sorted(Comparator.comparing(SeatHolders.Seat::name, String.CASE_INSENSITIVE_ORDER))
                        .map(seat -> new Member(seat.id(), organisation.id(), seat.name(), seat.email(), seat.title(),
                                organisation.name(), organisation.county().name())).toList(),
                // the seats come in the order they were registered, as the tie-break needs
                Phase.mostGiven(seats.get(organisation.id()).stream().map(SeatHolders.Seat::phase).toList()).orElse(null)))
                .toList();
    }
}
