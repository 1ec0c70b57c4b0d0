package se.arena.room.subgroup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.room.RoomSubGroup;

/** Divisions, their sub-groups and who is in which (room_subgroup_division, room_subgroup, room_subgroup_member). */
@Repository
class SubGroupRepository {

    private static final String SELECT_DIVISION = """
            SELECT id, network_id, grouping_key, status, created_at, confirmed_at, confirmed_by FROM room_subgroup_division
            """;
    private static final String SELECT_GROUP = """
            SELECT g.id, g.division_id, g.name, g.position FROM room_subgroup g
            """;

    private final JdbcClient jdbc;

    SubGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDivision(long networkId, Grouping grouping, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO room_subgroup_division (network_id, grouping_key, status, created_at)
                VALUES (:network, :grouping, 'PROPOSED', :now)
                """)
                .param("network", networkId).param("grouping", grouping.name()).param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    long insertGroup(long divisionId, long networkId, String name, int position) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO room_subgroup (division_id, network_id, name, position)
                VALUES (:division, :network, :name, :position)
                """)
                .param("division", divisionId).param("network", networkId).param("name", name).param("position", position)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** A draft is staff's scratch work: a new proposal takes its place, with nothing to keep. */
    void discardProposals(long networkId) {
        String proposals = "SELECT id FROM room_subgroup_division WHERE network_id = :network AND status = 'PROPOSED'";
        jdbc.sql("DELETE FROM room_subgroup_member WHERE division_id IN (" + proposals + ")").param("network", networkId).update();
        jdbc.sql("DELETE FROM room_subgroup WHERE division_id IN (" + proposals + ")").param("network", networkId).update();
        jdbc.sql("DELETE FROM room_subgroup_division WHERE network_id = :network AND status = 'PROPOSED'").param("network", networkId).update();
    }

    /** The network's latest division in that state. */
    Optional<Division> latest(long networkId, DivisionStatus status) {
        return jdbc.sql(SELECT_DIVISION + "WHERE network_id = :network AND status = :status ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param("network", networkId).param("status", status.name()).query(SubGroupRepository::division).optional();
    }

    Optional<Division> division(long networkId, long divisionId) {
        return jdbc.sql(SELECT_DIVISION + "WHERE network_id = :network AND id = :id")
                .param("network", networkId).param("id", divisionId).query(SubGroupRepository::division).optional();
    }

    /** The division's groups that staff have not removed, in their order. */
    List<SubGroup> groups(long divisionId) {
        return jdbc.sql(SELECT_GROUP + "WHERE g.division_id = :division AND g.removed_at IS NULL ORDER BY g.position, g.id")
                .param("division", divisionId).query(SubGroupRepository::group).list();
    }

    /** A group of the network, if it is neither removed nor in a replaced division. */
    Optional<SubGroup> group(long networkId, long groupId) {
        return jdbc.sql(SELECT_GROUP + """
                JOIN room_subgroup_division d ON d.id = g.division_id
                WHERE g.id = :id AND g.network_id = :network AND g.removed_at IS NULL AND d.status <> 'REPLACED'
                """).param("id", groupId).param("network", networkId).query(SubGroupRepository::group).optional();
    }

    /** Registration id to group id, for everyone placed in the division. */
    Map<Long, Long> membership(long divisionId) {
        Map<Long, Long> groupOf = new HashMap<>();
        jdbc.sql("SELECT registration_id, subgroup_id FROM room_subgroup_member WHERE division_id = :division")
                .param("division", divisionId)
                .query(rs -> {
                    groupOf.put(rs.getLong("registration_id"), rs.getLong("subgroup_id"));
                });
        return groupOf;
    }

    /** Puts these people in the group, out of any other group of the division. */
    void place(long divisionId, Collection<Long> registrationIds, long groupId) {
        if (registrationIds.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM room_subgroup_member WHERE division_id = :division AND registration_id IN (:registrations)")
                .param("division", divisionId).param("registrations", registrationIds).update();
        for (long registrationId : registrationIds) {
            jdbc.sql("""
                    INSERT INTO room_subgroup_member (division_id, registration_id, subgroup_id)
                    VALUES (:division, :registration, :group)
                    """)
                    .param("division", divisionId).param("registration", registrationId).param("group", groupId).update();
        }
    }

    /**
     * Puts the proposal in force and the division before it out of force. Conditional on the
     * proposal still being one, so a double submit confirms once.
     */
    boolean confirm(long networkId, long divisionId, Instant now, String confirmedBy) {
        int confirmed = jdbc.sql("""
                UPDATE room_subgroup_division SET status = 'CONFIRMED', confirmed_at = :now, confirmed_by = :by
                WHERE id = :id AND network_id = :network AND status = 'PROPOSED'
                """)
                .param("id", divisionId).param("network", networkId).param("now", Timestamp.from(now)).param("by", confirmedBy)
                .update();
        if (confirmed == 0) {
            return false;
        }
        jdbc.sql("UPDATE room_subgroup_division SET status = 'REPLACED' WHERE network_id = :network AND status = 'CONFIRMED' AND id <> :id")
                .param("network", networkId).param("id", divisionId).update();
        return true;
    }

    void rename(long groupId, String name) {
        jdbc.sql("UPDATE room_subgroup SET name = :name WHERE id = :id").param("id", groupId).param("name", name).update();
    }

    /** The group is kept, marked removed, so that what refers to it still finds it; its people are left without a group. */
    void remove(long groupId, Instant now) {
        jdbc.sql("UPDATE room_subgroup SET removed_at = :now WHERE id = :id").param("id", groupId).param("now", Timestamp.from(now)).update();
        jdbc.sql("DELETE FROM room_subgroup_member WHERE subgroup_id = :id").param("id", groupId).update();
    }

    /**
     * Takes the network's row lock until the transaction ends, so that two staff changing the
     * network's sub-groups at once take turns: each confirm sees the other's result.
     */
    void lockNetwork(long networkId) {
        jdbc.sql("SELECT id FROM network WHERE id = :network FOR UPDATE").param("network", networkId).query(Long.class).optional();
    }

    private static final String CURRENT_GROUP = """
            FROM room_subgroup g JOIN room_subgroup_division d ON d.id = g.division_id AND d.status = 'CONFIRMED'
            """;

    /** The current groups (of the confirmed division, not removed) the address is in. */
    List<RoomSubGroup> groupsOf(long networkId, String email) {
        return jdbc.sql("SELECT DISTINCT g.id, g.name, g.position " + CURRENT_GROUP + """
                JOIN room_subgroup_member m ON m.subgroup_id = g.id JOIN registration r ON r.id = m.registration_id
                WHERE g.network_id = :network AND g.removed_at IS NULL AND lower(r.email) = lower(:email) ORDER BY g.position, g.id
                """).param("network", networkId).param("email", email).query(SubGroupRepository::roomGroup).list();
    }

    List<RoomSubGroup> groupsIn(long networkId) {
        return jdbc.sql("SELECT g.id, g.name, g.position " + CURRENT_GROUP
                        + "WHERE g.network_id = :network AND g.removed_at IS NULL ORDER BY g.position, g.id")
                .param("network", networkId).query(SubGroupRepository::roomGroup).list();
    }

    /** Each lower-case address in a current group, with its groups. */
    Map<String, Set<Long>> membersOf(long networkId) {
        Map<String, Set<Long>> groups = new HashMap<>();
        jdbc.sql("SELECT lower(r.email) AS email, g.id " + CURRENT_GROUP + """
                JOIN room_subgroup_member m ON m.subgroup_id = g.id JOIN registration r ON r.id = m.registration_id
                WHERE g.network_id = :network AND g.removed_at IS NULL
                """).param("network", networkId)
                .query(rs -> {
                    groups.computeIfAbsent(rs.getString("email"), unused -> new HashSet<>()).add(rs.getLong("id"));
                });
        return groups;
    }

    List<Long> registrationsIn(long groupId) {
        return jdbc.sql("SELECT registration_id FROM room_subgroup_member WHERE subgroup_id = :group").param("group", groupId)
                .query(Long.class).list();
    }

    /** The activities linked to a group as its occasions, by id. */
    List<Long> activityIds(long groupId) {
        return jdbc.sql("SELECT activity_id FROM room_subgroup_activity WHERE subgroup_id = :group ORDER BY activity_id")
                .param("group", groupId).query(Long.class).list();
    }

    /** @return false when the activity was linked already */
    boolean linkActivity(long groupId, long activityId, String by, Instant now) {
        try {
            return jdbc.sql("""
                    INSERT INTO room_subgroup_activity (subgroup_id, activity_id, linked_at, linked_by)
                    SELECT :group, :activity, :now, :by WHERE NOT EXISTS
                        (SELECT 1 FROM room_subgroup_activity WHERE subgroup_id = :group AND activity_id = :activity)
                    """)
                    .param("group", groupId).param("activity", activityId).param("now", Timestamp.from(now)).param("by", by)
                    .update() == 1;
        } catch (DuplicateKeyException linkedTwiceAtOnce) {
            return false;
        }
    }

    /** @return false when the activity was not linked */
    boolean unlinkActivity(long groupId, long activityId) {
        return jdbc.sql("DELETE FROM room_subgroup_activity WHERE subgroup_id = :group AND activity_id = :activity")
                .param("group", groupId).param("activity", activityId).update() == 1;
    }

    private static RoomSubGroup roomGroup(ResultSet rs, int row) throws SQLException {
        return new RoomSubGroup(rs.getLong("id"), rs.getString("name"));
    }

    private static Division division(ResultSet rs, int row) throws SQLException {
        Timestamp confirmedAt = rs.getTimestamp("confirmed_at");
        return new Division(rs.getLong("id"), rs.getLong("network_id"), Grouping.valueOf(rs.getString("grouping_key")),
                DivisionStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                confirmedAt == null ? null : confirmedAt.toInstant(), rs.getString("confirmed_by"));
    }

    private static SubGroup group(ResultSet rs, int row) throws SQLException {
        return new SubGroup(rs.getLong("id"), rs.getLong("division_id"), rs.getString("name"), rs.getInt("position"));
    }
}
