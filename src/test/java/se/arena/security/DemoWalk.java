package se.arena.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;

/**
 * A newcomer's walk through the embedded default: who reads each page the application maps (staff
 * under /admin, the demo coordinator under /organisation, the demo participant and the coordinator
 * on Mina sidor) and the ids of what the demo content made to open it with.
 */
final class DemoWalk {

    private static final String DEMO_NETWORKS = "SELECT id FROM network WHERE slug IN ('samverkan-civilsamhallet-2023-2026', "
            + "'samverkan-civilsamhallet-2027-2030') OR slug LIKE 'overenskommelser-iop-%'";

    /** The demo's room, in which the demo participant holds a seat and has written. */
    private static final String DEMO_ROOM = "SELECT id FROM network WHERE slug = 'samverkan-civilsamhallet-2023-2026'";

    /** The demo's draft survey, whose builder pages the walk opens. */
    private static final String DEMO_SURVEY = "SELECT id FROM survey WHERE title = 'Kartläggning av samverkan med civilsamhället'";

    private final JdbcClient jdbc;
    private final long karlskoga;
    private final SignedInUser admin;
    private final SignedInUser coordinator;
    private final SignedInUser participant;

    DemoWalk(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.karlskoga = single("SELECT id FROM organisation WHERE name = 'Karlskoga'");
        this.admin = new SignedInUser(990_801, "admin-demo@example.org", "Admin Demo", Set.of(Role.ADMIN), Set.of(), clock.instant());
        this.coordinator = account("samordnare.karlskoga@example.org", Role.COORDINATOR, Set.of(karlskoga), clock);
        this.participant = account("deltagare.karlskoga@example.org", Role.PARTICIPANT, Set.of(), clock);
    }

    /** Who reads the route's pages in the walk; nobody for a public page. */
    List<SignedInUser> readers(Route route) {
        return route.isUnder("/admin") ? List.of(admin) : route.isUnder("/organisation") ? List.of(coordinator)
                : route.isUnder("/mina-sidor") ? List.of(participant, coordinator)
                : route.isUnder("/rum") && !route.isUnder("/rum/avsluta-bevakning") ? List.of(participant, admin) : List.of();
    }

    /** The route's paths with the demo's ids, as the reader may open them. */
    List<String> paths(Route route, SignedInUser reader) {
        List<String> paths = new ArrayList<>(route.paths(variable -> values(variable, reader)).orElse(List.of()));
        queries(route).forEach(query -> paths.add(route.pattern() + "?" + query));
        return paths;
    }

    /**
     * The query strings of the demo's ids for a page whose form shows only for what its query
     * parameters name: without them the walk would open the page's chooser and never its form.
     */
    private List<String> queries(Route route) {
        if (route.pattern().equals("/admin/sidfeedback/kommentarer")) {
            return List.of("adress=/natverk/samverkan-civilsamhallet-2023-2026", "adress=/natverk/samverkan-civilsamhallet-2023-2026&visa=hanterade");
        }
        if (!route.pattern().equals("/admin/meddelanden/nytt")) {
            return List.of();
        }
        long room = single(DEMO_ROOM);
        long activity = single("SELECT min(activity_id) FROM activity_sign_up WHERE network_id IN (" + DEMO_NETWORKS + ")");
        List<String> queries = new ArrayList<>(List.of("natverk=" + room, "aktivitet=" + activity, "aktivitet=" + activity + "&utkast=program"));
        ids("SELECT g.id FROM room_subgroup g JOIN room_subgroup_division d ON d.id = g.division_id WHERE d.status = 'CONFIRMED' "
                + "AND g.removed_at IS NULL AND g.network_id = " + room).stream().findFirst()
                .ifPresent(group -> queries.add("natverk=" + room + "&undergrupp=" + group));
        return queries;
    }

    /** The demo's ids for a variable, by its name and, for a plain "id", the path segment before it. */
    private Optional<List<String>> values(Route.Variable variable, SignedInUser reader) {
        List<String> values = switch (variable.name()) {
            case "network", "networkId" -> ids(DEMO_NETWORKS);
            case "registrationId" -> reader.roles().contains(Role.PARTICIPANT)
                    ? ids("SELECT id FROM registration WHERE email = '" + reader.email() + "'")
                    : ids("SELECT id FROM registration WHERE network_id IN (" + DEMO_NETWORKS + ") AND organisation_id = " + karlskoga);
            case "personId" -> ids("SELECT id FROM registration WHERE status = 'CONFIRMED' AND network_id IN (" + DEMO_NETWORKS
                    + ") AND organisation_id = " + karlskoga);
            case "roundId" -> ids("SELECT id FROM renewal_round WHERE network_id IN (" + DEMO_NETWORKS + ")");
            case "renewalRequestId" -> ids("SELECT id FROM renewal_request WHERE recipient_email = '" + reader.email() + "'");
            case "activityId" -> ids("SELECT DISTINCT activity_id FROM activity_sign_up WHERE network_id IN (" + DEMO_NETWORKS + ")");
            case "occasionId" -> ids("SELECT DISTINCT occasion_id FROM activity_sign_up WHERE network_id IN (" + DEMO_NETWORKS + ")");
            case "invoiceDocumentId" -> ids("SELECT id FROM invoice_document WHERE organisation_id = " + karlskoga
                    + " AND network_id IN (" + DEMO_NETWORKS + ")");
            case "organisationId" -> List.of(Long.toString(karlskoga));
            // staff open every group; a participant only the room pages of the groups they are in
            case "subgroupId" -> reader.roles().contains(Role.PARTICIPANT) ? ids(groupsOf(reader))
                    : ids("SELECT id FROM room_subgroup WHERE removed_at IS NULL AND network_id IN (" + DEMO_NETWORKS + ")");
            case "report" -> List.of("intakter", "deltagare", "avbojda");
            case "nummer" -> List.of("1");
            case "roomId" -> ids(DEMO_ROOM);
            case "threadId" -> ids("SELECT id FROM room_thread WHERE network_id IN (" + DEMO_ROOM + ") AND " + visibleTo(reader));
            case "postId" -> ids("SELECT id FROM room_post WHERE author_email = '" + reader.email() + "' AND network_id IN (" + DEMO_ROOM + ")");
            case "documentId" -> ids("SELECT id FROM room_document WHERE network_id IN (" + DEMO_ROOM + ") AND " + visibleTo(reader));
            case "versionId" -> ids("SELECT v.id FROM room_document_version v JOIN room_document d ON d.id = v.document_id "
                    + "WHERE d.network_id IN (" + DEMO_ROOM + ")");
            case "meetingDocumentId" -> ids("SELECT d.id FROM activity_document d JOIN activity_network n ON n.activity_id = d.activity_id "
                    + "WHERE n.network_id IN (" + DEMO_ROOM + ")");
            case "messageId" -> ids("SELECT id FROM participant_message ORDER BY id");
            case "surveyId" -> ids(DEMO_SURVEY);
            case "sectionId" -> ids("SELECT id FROM survey_section WHERE survey_id IN (" + DEMO_SURVEY + ")");
            case "questionId" -> ids("SELECT id FROM survey_question WHERE survey_id IN (" + DEMO_SURVEY + ")");
            case "id" -> switch (variable.segmentBefore()) {
                case "natverk" -> ids(DEMO_NETWORKS);
                case "fakturor" -> ids("SELECT id FROM invoice_document WHERE network_id IN (" + DEMO_NETWORKS + ")");
                case "utskick" -> ids("SELECT id FROM outbox_message WHERE recipient IN ('deltagare.karlskoga@example.org', "
                        + "'samordnare.karlskoga@example.org') ORDER BY id");
                case "konton" -> ids("SELECT id FROM account WHERE email LIKE '%.karlskoga@example.org'");
                default -> null;
            };
            default -> null;
        };
        return Optional.ofNullable(values).map(List::copyOf);
    }

    /** The sub-groups whose threads and documents the reader sees: staff all of them. */
    private static String visibleTo(SignedInUser reader) {
        return reader.roles().contains(Role.PARTICIPANT) ? "(subgroup_id IS NULL OR subgroup_id IN (" + groupsOf(reader) + "))" : "1 = 1";
    }

    private static String groupsOf(SignedInUser participant) {
        return "SELECT m.subgroup_id FROM room_subgroup_member m JOIN registration r ON r.id = m.registration_id "
                + "JOIN room_subgroup_division d ON d.id = m.division_id AND d.status = 'CONFIRMED' WHERE lower(r.email) = '" + participant.email() + "'";
    }

    private SignedInUser account(String email, Role role, Set<Long> organisations, Clock clock) {
        return new SignedInUser(single("SELECT id FROM account WHERE email = '" + email + "'"), email, email, Set.of(role), organisations,
                clock.instant());
    }

    private List<String> ids(String sql) {
        return new ArrayList<>(jdbc.sql(sql).query(Long.class).list().stream().map(Object::toString).toList());
    }

    private long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
