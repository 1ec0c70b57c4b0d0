package se.arena.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.Money;
import se.arena.Paged;
import se.arena.RichText;

/** Activities, the networks they belong to, their programmes and their occasions. */
@Repository
class ActivityRepository {

    private static final String SELECT_ACTIVITY = """
            SELECT a.id, a.kind, a.title, a.description_html, a.format, a.venue, a.street_address, a.city, a.meeting_link,
                   a.open_to_public, a.included, a.paid_by_participants, a.extra_cost_ore, a.invitation_due, a.status, a.demo
            FROM activity a
            """;

    private static final String SELECT_OCCASION = """
            SELECT id, activity_id, starts_at, ends_at, capacity, status FROM activity_occasion
            """;

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Activity activity, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO activity (kind, title, description_html, format, venue, street_address, city, meeting_link,
                                      open_to_public, included, paid_by_participants, extra_cost_ore, invitation_due,
                                      status, demo, created_at)
                VALUES (:kind, :title, :description, :format, :venue, :streetAddress, :city, :meetingLink, :openToPublic,
                        :included, :paidByParticipants, :extraCost, :invitationDue, :status, :demo, :now)
                """)
                .params(columns(activity))
                .param("extraCost", activity.extraCost() == null ? null : activity.extraCost().ore(), Types.BIGINT)
                .param("invitationDue", activity.invitationDue(), Types.DATE)
                .param("status", activity.status().name())
                .param("demo", activity.demo())
                .param("now", Timestamp.from(now))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        replaceNetworks(id, activity.networkIds());
        replaceProgramme(id, activity.programme());
        return id;
    }

    /** Everything staff edit; the status and the demo mark stay as they are. */
    void update(long id, Activity activity, Instant now) {
        jdbc.sql("""
                UPDATE activity SET kind = :kind, title = :title, description_html = :description, format = :format,
                       venue = :venue, street_address = :streetAddress, city = :city, meeting_link = :meetingLink,
                       open_to_public = :openToPublic, included = :included, paid_by_participants = :paidByParticipants,
                       extra_cost_ore = :extraCost, invitation_due = :invitationDue, updated_at = :now
                WHERE id = :id
                """)
                .params(columns(activity))
                .param("extraCost", activity.extraCost() == null ? null : activity.extraCost().ore(), Types.BIGINT)
                .param("invitationDue", activity.invitationDue(), Types.DATE)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        replaceNetworks(id, activity.networkIds());
        replaceProgramme(id, activity.programme());
    }

    /** @return false when someone else moved the activity first */
    boolean moveStatus(long id, ActivityStatus from, ActivityStatus to, Instant now) {
        return jdbc.sql("UPDATE activity SET status = :to, updated_at = :now WHERE id = :id AND status = :from")
                .param("to", to.name()).param("from", from.name()).param("now", Timestamp.from(now)).param("id", id)
                .update() == 1;
    }

    Optional<Activity> findById(long id) {
        return assemble(jdbc.sql(SELECT_ACTIVITY + "WHERE a.id = :id").param("id", id).query(this::row).list())
                .stream().findFirst();
    }

    /** Staff's list: every activity whatever its state, the latest first. */
    List<Activity> findForStaff(String text, ActivityStatus status, ActivityKind kind) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            conditions.add("lower(a.title) LIKE :text");
            params.put("text", "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (status != null) {
            conditions.add("a.status = :status");
            params.put("status", status.name());
        }
        if (kind != null) {
            conditions.add("a.kind = :kind");
            params.put("kind", kind.name());
        }
        return assemble(jdbc.sql(SELECT_ACTIVITY + "WHERE " + String.join(" AND ", conditions) + """
                 ORDER BY (SELECT max(o.starts_at) FROM activity_occasion o WHERE o.activity_id = a.id) DESC NULLS LAST, a.id DESC
                """).params(params).query(this::row).list());
    }

    /**
     * One page of the public calendar: published (and cancelled, so people see it) activities
     * with an occasion still to end, soonest first; or those that are over, latest first.
     */
    Paged<Activity> calendar(ActivityFilter filter, Instant now, int page, int pageSize) {
        List<String> conditions = new ArrayList<>(List.of("a.status <> 'DRAFT'"));
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(now));
        conditions.add(filter.past()
                ? "NOT EXISTS (SELECT 1 FROM activity_occasion o WHERE o.activity_id = a.id AND o.ends_at > :now)"
                : "EXISTS (SELECT 1 FROM activity_occasion o WHERE o.activity_id = a.id AND o.ends_at > :now)");
        conditions.add("EXISTS (SELECT 1 FROM activity_occasion o WHERE o.activity_id = a.id)");
        if (filter.networkId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM activity_network n WHERE n.activity_id = a.id AND n.network_id = :network)");
            params.put("network", filter.networkId());
        }
        if (filter.openToPublicOnly()) {
            conditions.add("a.open_to_public = TRUE");
        }
        if (filter.kind() != null) {
            conditions.add("a.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.format() != null) {
            conditions.add("a.format = :format");
            params.put("format", filter.format().name());
        }
        String where = "WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM activity a " + where).params(params).query(Long.class).single();
        int shownPage = Paged.clamp(page, total, pageSize);
        String order = filter.past()
                ? " ORDER BY (SELECT max(o.starts_at) FROM activity_occasion o WHERE o.activity_id = a.id) DESC, a.id DESC"
                : " ORDER BY (SELECT min(o.starts_at) FROM activity_occasion o WHERE o.activity_id = a.id AND o.ends_at > :now), a.id";
        List<Activity> items = assemble(jdbc.sql(SELECT_ACTIVITY + where + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", pageSize)
                .param("offset", Paged.firstRow(shownPage, pageSize))
                .query(this::row).list());
        return new Paged<>(items, shownPage, pageSize, total);
    }

    /** The public activities of a network, or those open to all when networkId is null, for a calendar feed. */
    List<Activity> forFeed(Long networkId) {
        String where = networkId == null
                ? "WHERE a.status <> 'DRAFT' AND a.open_to_public = TRUE"
                : "WHERE a.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM activity_network n WHERE n.activity_id = a.id AND n.network_id = :network)";
        JdbcClient.StatementSpec statement = jdbc.sql(SELECT_ACTIVITY + where + " ORDER BY a.id");
        if (networkId != null) {
            statement = statement.param("network", networkId);
        }
        return assemble(statement.query(this::row).list());
    }

    long insertOccasion(long activityId, Instant startsAt, Instant endsAt, Integer capacity, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO activity_occasion (activity_id, starts_at, ends_at, capacity, status, created_at)
                VALUES (:activity, :startsAt, :endsAt, :capacity, 'SCHEDULED', :now)
                """)
                .param("activity", activityId)
                .param("startsAt", Timestamp.from(startsAt))
                .param("endsAt", Timestamp.from(endsAt))
                .param("capacity", capacity, Types.INTEGER)
                .param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<Occasion> findOccasion(long id) {
        return jdbc.sql(SELECT_OCCASION + "WHERE id = :id").param("id", id).query(ActivityRepository::occasion).optional();
    }

    /** Every occasion of the activities, cancelled ones too, in time order. */
    Map<Long, List<Occasion>> occasionsOf(Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT_OCCASION + "WHERE activity_id IN (:ids) ORDER BY starts_at, id").param("ids", activityIds)
                .query(ActivityRepository::occasion).list().stream()
                .collect(Collectors.groupingBy(Occasion::activityId, Collectors.toList()));
    }

    /** @return false when the occasion was cancelled already */
    boolean cancelOccasion(long id, Instant now) {
        return jdbc.sql("UPDATE activity_occasion SET status = 'CANCELLED', cancelled_at = :now WHERE id = :id AND status = 'SCHEDULED'")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    void setTimes(long occasionId, Instant startsAt, Instant endsAt) {
        jdbc.sql("UPDATE activity_occasion SET starts_at = :start, ends_at = :end WHERE id = :id")
                .param("start", Timestamp.from(startsAt)).param("end", Timestamp.from(endsAt)).param("id", occasionId).update();
    }

    /** Planned occasions of published activities that start in [from, to). */
    List<Occasion> occasionsStartingBetween(Instant from, Instant to) {
        return jdbc.sql(SELECT_OCCASION + """
                WHERE status = 'SCHEDULED' AND starts_at >= :from AND starts_at < :to
                  AND activity_id IN (SELECT id FROM activity WHERE status = 'PUBLISHED')
                ORDER BY starts_at, id
                """)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(ActivityRepository::occasion).list();
    }

    /** Published activities whose invitation is due on or before the day and has not been sent. */
    List<Long> invitationsDue(LocalDate day) {
        return jdbc.sql("""
                SELECT id FROM activity
                WHERE status = 'PUBLISHED' AND invitation_due IS NOT NULL AND invitation_due <= :day AND invitation_sent_at IS NULL
                ORDER BY id
                """)
                .param("day", day).query(Long.class).list();
    }

    /** @return true for the one caller that marks the invitation sent; sending it is theirs */
    boolean markInvitationSent(long activityId, Instant now) {
        return jdbc.sql("UPDATE activity SET invitation_sent_at = :now WHERE id = :id AND invitation_sent_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", activityId).update() == 1;
    }

    void setCapacity(long occasionId, Integer capacity) {
        jdbc.sql("UPDATE activity_occasion SET capacity = :capacity WHERE id = :id")
                .param("capacity", capacity, Types.INTEGER).param("id", occasionId).update();
    }

    private void replaceNetworks(long activityId, List<Long> networkIds) {
        jdbc.sql("DELETE FROM activity_network WHERE activity_id = :id").param("id", activityId).update();
        for (Long networkId : networkIds) {
            jdbc.sql("INSERT INTO activity_network (activity_id, network_id) VALUES (:activity, :network)")
                    .param("activity", activityId).param("network", networkId).update();
        }
    }

    private void replaceProgramme(long activityId, List<ProgrammeItem> programme) {
        jdbc.sql("DELETE FROM activity_programme_item WHERE activity_id = :id").param("id", activityId).update();
        for (int position = 0; position < programme.size(); position++) {
            ProgrammeItem item = programme.get(position);
            jdbc.sql("""
                    INSERT INTO activity_programme_item (activity_id, position, starts_at, ends_at, title, speaker)
                    VALUES (:activity, :position, :startsAt, :endsAt, :title, :speaker)
                    """)
                    .param("activity", activityId)
                    .param("position", position)
                    .param("startsAt", item.startsAt() == null ? null : Time.valueOf(item.startsAt()), Types.TIME)
                    .param("endsAt", item.endsAt() == null ? null : Time.valueOf(item.endsAt()), Types.TIME)
                    .param("title", item.title())
                    .param("speaker", item.speaker())
                    .update();
        }
    }

    /** Adds each activity's networks and programme with one query each, however many activities there are. */
    private List<Activity> assemble(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Long>> networks = new HashMap<>();
        jdbc.sql("SELECT activity_id, network_id FROM activity_network WHERE activity_id IN (:ids) ORDER BY network_id")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getLong("activity_id"), rs.getLong("network_id"))).list()
                .forEach(link -> networks.computeIfAbsent(link.getKey(), id -> new ArrayList<>()).add(link.getValue()));
        Map<Long, List<ProgrammeItem>> programmes = new HashMap<>();
        jdbc.sql("""
                SELECT activity_id, starts_at, ends_at, title, speaker FROM activity_programme_item
                WHERE activity_id IN (:ids) ORDER BY activity_id, position
                """)
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getLong("activity_id"), new ProgrammeItem(
                        rs.getTime("starts_at") == null ? null : rs.getTime("starts_at").toLocalTime(),
                        rs.getTime("ends_at") == null ? null : rs.getTime("ends_at").toLocalTime(),
                        rs.getString("title"), rs.getString("speaker")))).list()
                .forEach(item -> programmes.computeIfAbsent(item.getKey(), id -> new ArrayList<>()).add(item.getValue()));
        return rows.stream().map(row -> row.toActivity(networks.getOrDefault(row.id(), List.of()),
                programmes.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Map<String, Object> columns(Activity activity) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("kind", activity.kind().name());
        columns.put("title", activity.title());
        columns.put("description", activity.description().html());
        columns.put("format", activity.format().name());
        columns.put("venue", activity.venue());
        columns.put("streetAddress", activity.streetAddress());
        columns.put("city", activity.city());
        columns.put("meetingLink", activity.meetingLink());
        columns.put("openToPublic", activity.openToPublic());
        columns.put("included", activity.included());
        columns.put("paidByParticipants", activity.paidByParticipants());
        return columns;
    }

    private Row row(ResultSet rs, int rowNumber) throws SQLException {
        Long extraCost = rs.getObject("extra_cost_ore", Long.class);
        return new Row(rs.getLong("id"), ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"),
                new RichText(rs.getString("description_html")), ActivityFormat.valueOf(rs.getString("format")),
                rs.getString("venue"), rs.getString("street_address"), rs.getString("city"), rs.getString("meeting_link"),
                rs.getBoolean("open_to_public"), rs.getString("included"), rs.getString("paid_by_participants"),
                extraCost == null ? null : new Money(extraCost),
                rs.getObject("invitation_due", java.time.LocalDate.class),
                ActivityStatus.valueOf(rs.getString("status")), rs.getBoolean("demo"));
    }

    private static Occasion occasion(ResultSet rs, int row) throws SQLException {
        return new Occasion(rs.getLong("id"), rs.getLong("activity_id"), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getObject("capacity", Integer.class),
                OccasionStatus.valueOf(rs.getString("status")));
    }

    private record Row(long id, ActivityKind kind, String title, RichText description, ActivityFormat format, String venue,
                       String streetAddress, String city, String meetingLink, boolean openToPublic, String included,
                       String paidByParticipants, Money extraCost, java.time.LocalDate invitationDue, ActivityStatus status,
                       boolean demo) {

        Activity toActivity(List<Long> networkIds, List<ProgrammeItem> programme) {
            return new Activity(id, kind, title, description, format, venue, streetAddress, city, meetingLink, openToPublic,
                    networkIds, included, paidByParticipants, extraCost, invitationDue, status, demo, programme);
        }
    }
}
