package se.arena.network;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.Money;
import se.arena.RichText;

@Repository
class NetworkRepository {

    private static final String SELECT_NETWORK = """
            SELECT id, slug, title, theme, target_group, status, first_year, last_year,
                   fee_per_year_ore, vat_rate_per_mille, seats_per_organisation,
                   registration_deadline, fee_includes, summary, demo, total_capacity,
                   admits_municipalities, admits_regions, leaving_fee, unanswered_seats, renewal_opens_on,
                   renewal_answer_days, renewal_reminder_days, asks_phase
            FROM network
            """;

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Public networks, those open for registration first, then the newest periods. */
    List<Network> findPublic(NetworkFilter filter, LocalDate today) {
        List<String> conditions = new ArrayList<>(List.of("status <> 'DRAFT'"));
        Map<String, Object> params = new HashMap<>();
        if (filter.targetGroup() != null) {
            conditions.add("target_group = :targetGroup");
            params.put("targetGroup", filter.targetGroup().name());
        }
        if (filter.theme() != null) {
            conditions.add("theme = :theme");
            params.put("theme", filter.theme());
        }
        if (filter.openOnly()) {
            // the same rule as Network.acceptsRegistrations: open, and the deadline not passed
            conditions.add("status = 'OPEN' AND (registration_deadline IS NULL OR registration_deadline >= :today)");
            params.put("today", today);
        }
        return jdbc.sql(SELECT_NETWORK + "WHERE " + String.join(" AND ", conditions) + """
                 ORDER BY CASE status WHEN 'OPEN' THEN 0 WHEN 'CLOSED' THEN 1 WHEN 'RUNNING' THEN 2 ELSE 3 END,
                          first_year DESC, title
                """)
                .params(params)
                .query(NetworkRepository::network)
                .list();
    }

    List<String> publicThemes() {
        return jdbc.sql("SELECT DISTINCT theme FROM network WHERE status <> 'DRAFT' ORDER BY theme")
                .query(String.class)
                .list();
    }

    Optional<Network> findBySlug(String slug) {
        return jdbc.sql(SELECT_NETWORK + "WHERE slug = :slug")
                .param("slug", slug)
                .query(NetworkRepository::network)
                .optional();
    }

    List<InvitationSection> sections(long networkId) {
        return jdbc.sql("SELECT kind, body_html FROM network_section WHERE network_id = :id")
                .param("id", networkId)
                .query((rs, row) -> new InvitationSection(
                        SectionKind.valueOf(rs.getString("kind")), new RichText(rs.getString("body_html"))))
                .list()
                .stream()
                .sorted((a, b) -> a.kind().compareTo(b.kind()))
                .toList();
    }

    List<NetworkContact> contacts(long networkId) {
        return jdbc.sql("""
                SELECT name, title, email, phone FROM network_contact
                WHERE network_id = :id ORDER BY position
                """)
                .param("id", networkId)
                .query(NetworkContact.class)
                .list();
    }

    long insert(Network network) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO network (slug, title, theme, target_group, status, first_year, last_year,
                                     fee_per_year_ore, vat_rate_per_mille, seats_per_organisation,
                                     registration_deadline, fee_includes, summary, demo, total_capacity,
                                     admits_municipalities, admits_regions, leaving_fee, unanswered_seats,
                                     renewal_opens_on, renewal_answer_days, renewal_reminder_days, asks_phase)
                VALUES (:slug, :title, :theme, :targetGroup, :status, :firstYear, :lastYear,
                        :fee, :vat, :seats, :deadline, :feeIncludes, :summary, :demo, :capacity,
                        :municipalities, :regions, :leavingFee, :unansweredSeats, :renewalOpensOn,
                        :renewalAnswerDays, :renewalReminderDays, :asksPhase)
                """)
                .params(membership(network.membership()))
                .param("slug", network.slug())
                .param("title", network.title())
                .param("theme", network.theme())
                .param("targetGroup", network.targetGroup().name())
                .param("status", network.status().name())
                .param("firstYear", network.firstYear())
                .param("lastYear", network.lastYear())
                .param("fee", network.feePerYear().ore())
                .param("vat", network.vatRatePerMille())
                .param("seats", network.seatsPerOrganisation())
                .param("deadline", network.registrationDeadline())
                .param("feeIncludes", network.feeIncludes())
                .param("summary", network.summary())
                .param("demo", network.demo())
                .param("capacity", network.totalCapacity())
                .param("municipalities", network.admitsMunicipalities())
                .param("regions", network.admitsRegions())
                .param("asksPhase", network.asksPhase())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Everything staff edit; the status moves only through {@link #moveStatus}. */
    void update(Network network) {
        jdbc.sql("""
                UPDATE network SET slug = :slug, title = :title, theme = :theme, target_group = :targetGroup,
                       first_year = :firstYear, last_year = :lastYear, fee_per_year_ore = :fee,
                       vat_rate_per_mille = :vat, seats_per_organisation = :seats, registration_deadline = :deadline,
                       fee_includes = :feeIncludes, summary = :summary, total_capacity = :capacity,
                       admits_municipalities = :municipalities, admits_regions = :regions,
                       leaving_fee = :leavingFee, unanswered_seats = :unansweredSeats, renewal_opens_on = :renewalOpensOn,
                       renewal_answer_days = :renewalAnswerDays, renewal_reminder_days = :renewalReminderDays,
                       asks_phase = :asksPhase, updated_at = CURRENT_TIMESTAMP
                WHERE id = :id
                """)
                .params(membership(network.membership()))
                .param("id", network.id())
                .param("slug", network.slug())
                .param("title", network.title())
                .param("theme", network.theme())
                .param("targetGroup", network.targetGroup().name())
                .param("firstYear", network.firstYear())
                .param("lastYear", network.lastYear())
                .param("fee", network.feePerYear().ore())
                .param("vat", network.vatRatePerMille())
                .param("seats", network.seatsPerOrganisation())
                .param("deadline", network.registrationDeadline())
                .param("feeIncludes", network.feeIncludes())
                .param("summary", network.summary())
                .param("capacity", network.totalCapacity())
                .param("municipalities", network.admitsMunicipalities())
                .param("regions", network.admitsRegions())
                .param("asksPhase", network.asksPhase())
                .update();
    }

    /** Moves the status only from the state the person saw, so two staff members cannot cross each other. */
    boolean moveStatus(long id, NetworkStatus from, NetworkStatus to) {
        return jdbc.sql("UPDATE network SET status = :to, updated_at = CURRENT_TIMESTAMP WHERE id = :id AND status = :from")
                .param("to", to.name()).param("from", from.name()).param("id", id)
                .update() == 1;
    }

    Optional<Network> findById(long id) {
        return jdbc.sql(SELECT_NETWORK + "WHERE id = :id").param("id", id).query(NetworkRepository::network).optional();
    }

    boolean slugTaken(String slug, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM network WHERE slug = :slug AND (:except IS NULL OR id <> :except)")
                .param("slug", slug).param("except", exceptId, java.sql.Types.BIGINT)
                .query(Long.class).single() > 0;
    }

    /** Every network, drafts included, for staff; newest period first. */
    List<Network> findAllForStaff(String text, NetworkStatus status) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(title) LIKE :text OR lower(slug) LIKE :text OR lower(theme) LIKE :text)");
            params.put("text", "%" + text.strip().toLowerCase(java.util.Locale.forLanguageTag("sv-SE")) + "%");
        }
        if (status != null) {
            conditions.add("status = :status");
            params.put("status", status.name());
        }
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + " ";
        return jdbc.sql(SELECT_NETWORK + where + "ORDER BY first_year DESC, title")
                .params(params).query(NetworkRepository::network).list();
    }

    void replaceSections(long networkId, List<InvitationSection> sections) {
        jdbc.sql("DELETE FROM network_section WHERE network_id = :id").param("id", networkId).update();
        sections.stream().filter(section -> !section.body().isBlank()).forEach(section -> insertSection(networkId, section));
    }

    void replaceContacts(long networkId, List<NetworkContact> contacts) {
        jdbc.sql("DELETE FROM network_contact WHERE network_id = :id").param("id", networkId).update();
        for (int position = 0; position < contacts.size(); position++) {
            insertContact(networkId, position, contacts.get(position));
        }
    }

    void insertSection(long networkId, InvitationSection section) {
        jdbc.sql("INSERT INTO network_section (network_id, kind, body_html) VALUES (:id, :kind, :body)")
                .param("id", networkId)
                .param("kind", section.kind().name())
                .param("body", section.body().html())
                .update();
    }

    void insertContact(long networkId, int position, NetworkContact contact) {
        jdbc.sql("""
                INSERT INTO network_contact (network_id, position, name, title, email, phone)
                VALUES (:id, :position, :name, :title, :email, :phone)
                """)
                .param("id", networkId)
                .param("position", position)
                .param("name", contact.name())
                .param("title", contact.title())
                .param("email", contact.email())
                .param("phone", contact.phone())
                .update();
    }

    private static Network network(ResultSet rs, int row) throws SQLException {
        Date deadline = rs.getDate("registration_deadline");
        return new Network(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("theme"),
                TargetGroup.valueOf(rs.getString("target_group")),
                NetworkStatus.valueOf(rs.getString("status")),
                rs.getInt("first_year"),
                rs.getInt("last_year"),
                new Money(rs.getLong("fee_per_year_ore")),
                rs.getInt("vat_rate_per_mille"),
                rs.getObject("seats_per_organisation", Integer.class),
                deadline == null ? null : deadline.toLocalDate(),
                rs.getString("fee_includes"),
                rs.getString("summary"),
                rs.getBoolean("demo"),
                rs.getObject("total_capacity", Integer.class),
                rs.getBoolean("admits_municipalities"),
                rs.getBoolean("admits_regions"),
                new MembershipRules(
                        MembershipRules.LeavingFee.valueOf(rs.getString("leaving_fee")),
                        MembershipRules.UnansweredSeats.valueOf(rs.getString("unanswered_seats")),
                        rs.getString("renewal_opens_on") == null ? null : MonthDay.parse("--" + rs.getString("renewal_opens_on")),
                        rs.getInt("renewal_answer_days"),
                        rs.getInt("renewal_reminder_days")),
                rs.getBoolean("asks_phase"));
    }

    private static Map<String, Object> membership(MembershipRules rules) {
        Map<String, Object> params = new HashMap<>();
        params.put("leavingFee", rules.leavingFee().name());
        params.put("unansweredSeats", rules.unansweredSeats().name());
        params.put("renewalOpensOn", rules.renewalOpensOn() == null ? null : rules.renewalOpensOn().toString().substring(2));
        params.put("renewalAnswerDays", rules.renewalAnswerDays());
        params.put("renewalReminderDays", rules.renewalReminderDays());
        return params;
    }
}
