package se.arena.activity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/** Who is coming to an occasion, who came, and how each network and organisation takes part over time. */
@Service
public class Attendance {

    static final String ATTENDANCE_RECORDED = "ACTIVITY_ATTENDANCE_RECORDED";

    private final SignUpRepository signUps;
    private final OrganisationDirectory organisations;
    private final NetworkCatalogue networks;
    private final AuditLog audit;
    private final Clock clock;

    Attendance(SignUpRepository signUps, OrganisationDirectory organisations, NetworkCatalogue networks, AuditLog audit, Clock clock) {
        this.signUps = signUps;
        this.organisations = organisations;
        this.networks = networks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everyone with a place on the occasion, by name. */
    @Transactional(readOnly = true)
    public List<Attendee> attendees(Occasion occasion) {
        return withOrganisations(signUps.attendees(occasion.id()));
    }

    /** Each sign-up with the name of its organisation: the member's name, or what the person typed. */
    public List<Attendee> withOrganisations(List<SignUp> list) {
        Map<Long, String> names = organisations.findAll(list.stream().map(SignUp::organisationId)
                        .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        return list.stream().map(signUp -> new Attendee(signUp, signUp.organisationId() != null
                ? names.getOrDefault(signUp.organisationId(), "") : signUp.organisationName() == null ? "" : signUp.organisationName()))
                .toList();
    }

    /** Marks who came: those ticked attended, everyone else with a place did not. */
    @Transactional
    public void record(Activity activity, Occasion occasion, Collection<Long> attendedIds, Actor staff) {
        signUps.recordAttendance(occasion.id(), attendedIds);
        audit.record(new AuditEvent(staff, ATTENDANCE_RECORDED, "activity", Long.toString(activity.id()),
                "Närvaro för " + occasion.label() + ": " + attendedIds.size() + " deltog"));
    }

    /** Participation per network in occasions that are over; activities open to all count under no network. */
    @Transactional(readOnly = true)
    public List<Participation> byNetwork(Long networkId, Integer year) {
        List<Participation> rows = signUps.participation(Participation.By.NETWORK, networkId, year, clock.instant());
        return rows.stream().map(row -> row.named(row.groupId() == null ? "Öppna aktiviteter (utan nätverk)"
                : networks.find(row.groupId()).map(Network::title).orElse("Nätverk " + row.groupId()))).toList();
    }

    /** Participation per organisation in occasions that are over. */
    @Transactional(readOnly = true)
    public List<Participation> byOrganisation(Long networkId, Integer year) {
        List<Participation> rows = signUps.participation(Participation.By.ORGANISATION, networkId, year, clock.instant());
        Map<Long, Organisation> members = organisations.findAll(rows.stream().map(Participation::groupId)
                        .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return rows.stream().map(row -> row.named(row.groupId() != null && members.containsKey(row.groupId())
                ? members.get(row.groupId()).name()
                : row.groupName() == null ? "Okänd organisation" : row.groupName())).toList();
    }
}
