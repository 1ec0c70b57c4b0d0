package se.arena.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RegistrationRepository {

    private static final String SELECT_REGISTRATION = """
            SELECT id, network_id, organisation_id, email, name, title, participant_kind, address, phone, mobile,
                   invoice_address, invoice_reference, preferred_date, phase, status, created_at, hold_expires_at, holds_seat
            FROM registration
            """;

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean lockRowExists(long networkId) {
        return jdbc.sql("SELECT count(*) FROM registration_lock WHERE network_id = :id").param("id", networkId)
                .query(Long.class).single() > 0;
    }

    void insertLockRow(long networkId) {
        jdbc.sql("INSERT INTO registration_lock (network_id) VALUES (:id)").param("id", networkId).update();
    }

    /** Holds the network's lock row until the transaction ends: seat decisions for one network happen one at a time. */
    void lock(long networkId) {
        jdbc.sql("SELECT network_id FROM registration_lock WHERE network_id = :id FOR UPDATE")
                .param("id", networkId).query(Long.class).single();
    }

    /**
     * The seats held in one year: confirmed registrations that hold the year, and pending
     * registrations holding a seat until their hold runs out. A confirmed registration does not
     * hold a year it declined or let lapse (a seat declined for next year still counts this year),
     * nor a year before its seat begins (a waitlisted person given a seat from next year); a
     * colleague who took a seat over holds it from the transfer on, though the year of the
     * transfer stays with the one who handed it over. A year without rows (past the period, or
     * added to it later) counts every confirmed registration. An expired hold stops counting at
     * once, before the job that marks it expired has run.
     */
    private static final String SEATS_HELD = """
            SELECT count(*) FROM registration r
            WHERE r.network_id = :network
              AND (r.status = 'CONFIRMED'
                   AND NOT EXISTS (SELECT 1 FROM seat_year y WHERE y.registration_id = r.id AND y.period_year = :year
                                   AND y.status IN ('DECLINED', 'LAPSED'))
                   AND (r.transferred_from_id IS NOT NULL
                        OR EXISTS (SELECT 1 FROM seat_year y WHERE y.registration_id = r.id AND y.period_year <= :year)
                        OR NOT EXISTS (SELECT 1 FROM seat_year y WHERE y.registration_id = r.id))
                   OR r.status = 'PENDING' AND r.holds_seat = TRUE AND r.hold_expires_at > :now)
            """;

    int seatsHeld(long networkId, long organisationId, int year, Instant now) {
        return jdbc.sql(SEATS_HELD + "AND r.organisation_id = :organisation")
                .param("network", networkId).param("organisation", organisationId).param("year", year)
                .param("now", Timestamp.from(now)).query(Integer.class).single();
    }

    int seatsHeld(long networkId, int year, Instant now) {
        return jdbc.sql(SEATS_HELD).param("network", networkId).param("year", year).param("now", Timestamp.from(now))
                .query(Integer.class).single();
    }

    /** The organisation's seats and waitlist places in the network, in arrival order. */
    List<Registration> activeOf(long networkId, long organisationId) {
        return jdbc.sql(SELECT_REGISTRATION + """
                WHERE network_id = :network AND organisation_id = :organisation AND status IN ('CONFIRMED', 'WAITLISTED')
                ORDER BY id
                """)
                .param("network", networkId).param("organisation", organisationId)
                .query(RegistrationRepository::registration).list();
    }

    Optional<Registration> findById(long id) {
        return jdbc.sql(SELECT_REGISTRATION + "WHERE id = :id").param("id", id)
                .query(RegistrationRepository::registration).optional();
    }

    Optional<Registration> findBySubmissionKey(String key) {
        return jdbc.sql(SELECT_REGISTRATION + "WHERE submission_key = :key").param("key", key)
                .query(RegistrationRepository::registration).optional();
    }

    Optional<Registration> findActive(long networkId, String email) {
        return jdbc.sql(SELECT_REGISTRATION + "WHERE network_id = :network AND active_email = :email")
                .param("network", networkId).param("email", email).query(RegistrationRepository::registration).optional();
    }

    /** Who holds the organisation's seats, for telling the next person why they are on the waitlist. */
    List<Registration> confirmedOf(long networkId, long organisationId) {
        return jdbc.sql(SELECT_REGISTRATION + """
                WHERE network_id = :network AND organisation_id = :organisation AND status = 'CONFIRMED' ORDER BY id
                """)
                .param("network", networkId).param("organisation", organisationId)
                .query(RegistrationRepository::registration).list();
    }

    /** Every registration of a network in arrival order, for staff. */
    List<Registration> allOf(long networkId) {
        return jdbc.sql(SELECT_REGISTRATION + "WHERE network_id = :network ORDER BY id")
                .param("network", networkId).query(RegistrationRepository::registration).list();
    }

    /** Every registration of an organisation, in any network, newest first. */
    List<Registration> allOfOrganisation(long organisationId) {
        return jdbc.sql(SELECT_REGISTRATION + "WHERE organisation_id = :organisation ORDER BY id DESC")
                .param("organisation", organisationId).query(RegistrationRepository::registration).list();
    }

    /** The waitlist in the order people joined it. */
    List<Registration> waitlist(long networkId) {
        return jdbc.sql(SELECT_REGISTRATION + "WHERE network_id = :network AND status = 'WAITLISTED' ORDER BY queued_at, id")
                .param("network", networkId).query(RegistrationRepository::registration).list();
    }

    /** A registration decided at once: a seat or a waitlist place. */
    long insert(NewRegistration registration, RegistrationStatus status, Instant now) {
        return insert(registration, status, null, false, now);
    }

    /** A registration that waits for the person to confirm it, holding a seat or not until {@code holdExpiresAt}. */
    long insertPending(NewRegistration registration, Instant holdExpiresAt, boolean holdsSeat, Instant now) {
        return insert(registration, RegistrationStatus.PENDING, holdExpiresAt, holdsSeat, now);
    }

    private long insert(NewRegistration registration, RegistrationStatus status, Instant holdExpiresAt, boolean holdsSeat,
                        Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO registration (network_id, organisation_id, email, active_email, name, title, participant_kind,
                                          address, phone, mobile, invoice_address, invoice_reference, preferred_date,
                                          phase, status, submission_key, created_at, confirmed_at, queued_at, hold_expires_at,
                                          holds_seat)
                VALUES (:network, :organisation, :email, :email, :name, :title, :kind, :address, :phone, :mobile,
                        :invoiceAddress, :invoiceReference, :preferredDate, :phase, :status, :submissionKey, :now, :confirmedAt,
                        :queuedAt, :holdExpiresAt, :holdsSeat)
                """)
                .param("network", registration.networkId())
                .param("organisation", registration.organisationId())
                .param("email", registration.email())
                .param("name", registration.name())
                .param("title", registration.title())
                .param("kind", registration.kind().name())
                .param("address", registration.address())
                .param("phone", registration.phone())
                .param("mobile", registration.mobile())
                .param("invoiceAddress", registration.invoiceAddress())
                .param("invoiceReference", registration.invoiceReference())
                .param("preferredDate", registration.preferredDate())
                .param("phase", registration.phase() == null ? null : registration.phase().name(), Types.VARCHAR)
                .param("status", status.name())
                .param("submissionKey", registration.submissionKey())
                .param("now", Timestamp.from(now))
                .param("confirmedAt", status == RegistrationStatus.CONFIRMED ? Timestamp.from(now) : null, Types.TIMESTAMP)
                .param("queuedAt", status == RegistrationStatus.WAITLISTED ? Timestamp.from(now) : null, Types.TIMESTAMP)
                .param("holdExpiresAt", holdExpiresAt == null ? null : Timestamp.from(holdExpiresAt), Types.TIMESTAMP)
                .param("holdsSeat", holdsSeat)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /**
     * The person confirmed: the pending registration becomes a seat or a waitlist place (joining
     * the queue now); the condition makes a second confirmation do nothing.
     */
    boolean confirmPending(long id, RegistrationStatus status, Instant now) {
        return jdbc.sql("""
                UPDATE registration SET status = :status, confirmed_at = :confirmedAt, queued_at = :queuedAt
                WHERE id = :id AND status = 'PENDING'
                """)
                .param("status", status.name())
                .param("confirmedAt", status == RegistrationStatus.CONFIRMED ? Timestamp.from(now) : null, Types.TIMESTAMP)
                .param("queuedAt", status == RegistrationStatus.WAITLISTED ? Timestamp.from(now) : null, Types.TIMESTAMP)
                .param("id", id).update() == 1;
    }

    /** Ends the network's pending registrations whose hold has run out; their address may register again. */
    int expireHolds(long networkId, Instant now) {
        return jdbc.sql("""
                UPDATE registration SET status = 'EXPIRED', active_email = NULL, ended_at = hold_expires_at
                WHERE network_id = :network AND status = 'PENDING' AND hold_expires_at <= :now
                """)
                .param("network", networkId).param("now", Timestamp.from(now)).update();
    }

    List<Long> networksWithExpiredHolds(Instant now) {
        return jdbc.sql("SELECT DISTINCT network_id FROM registration WHERE status = 'PENDING' AND hold_expires_at <= :now")
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    /** Confirmation links and seat offers e-mailed to the address since then: what a stranger made us send it. */
    int mailsRequestedTo(String email, Instant since) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM registration
                        WHERE email = :email AND hold_expires_at IS NOT NULL AND created_at > :since)
                     + (SELECT count(*) FROM seat_transfer WHERE colleague_email = :email AND created_at > :since)
                """)
                .param("email", email).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Registrations from the public form in the network since then, confirmed or not. */
    int confirmationsRequestedIn(long networkId, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM registration
                WHERE network_id = :network AND hold_expires_at IS NOT NULL AND created_at > :since
                """)
                .param("network", networkId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    int offersFrom(long registrationId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM seat_transfer WHERE registration_id = :registration AND created_at > :since")
                .param("registration", registrationId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    int appointmentsRecordedBy(long accountId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM appointment WHERE recorded_by_account = :account AND created_at > :since")
                .param("account", accountId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    long insertTransfer(long registrationId, String colleagueName, String colleagueEmail, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO seat_transfer (registration_id, colleague_name, colleague_email, created_at)
                VALUES (:registration, :name, :email, :now)
                """)
                .param("registration", registrationId).param("name", colleagueName).param("email", colleagueEmail)
                .param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<SeatTransfer> findOpenTransfer(long id) {
        return jdbc.sql("""
                SELECT id, registration_id, colleague_name, colleague_email FROM seat_transfer
                WHERE id = :id AND accepted_at IS NULL
                """)
                .param("id", id).query(SeatTransfer.class).optional();
    }

    /** The offers not yet accepted of the seats the registrations hold, oldest first. */
    List<SeatTransfer> openTransfersOf(Collection<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, registration_id, colleague_name, colleague_email FROM seat_transfer
                WHERE registration_id IN (:ids) AND accepted_at IS NULL ORDER BY id
                """)
                .param("ids", registrationIds).query(SeatTransfer.class).list();
    }

    /** Marks the offer accepted; the condition makes a double click accept it once. */
    boolean acceptTransfer(long transferId, Instant now) {
        return jdbc.sql("UPDATE seat_transfer SET accepted_at = :now WHERE id = :id AND accepted_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", transferId).update() == 1;
    }

    void setTransferredFrom(long registrationId, long previousId) {
        jdbc.sql("UPDATE registration SET transferred_from_id = :previous WHERE id = :id")
                .param("previous", previousId).param("id", registrationId).update();
    }

    /** Who held the seat before this registration, most recent first. */
    List<Registration> previousHolders(long registrationId) {
        List<Registration> holders = new java.util.ArrayList<>();
        Long previous = transferredFrom(registrationId);
        while (previous != null) {
            findById(previous).ifPresent(holders::add);
            previous = transferredFrom(previous);
        }
        return holders;
    }

    private Long transferredFrom(long registrationId) {
        return jdbc.sql("SELECT transferred_from_id FROM registration WHERE id = :id").param("id", registrationId)
                .query((rs, row) -> rs.getObject("transferred_from_id", Long.class)).optional().orElse(null);
    }

    long insertAppointment(Appointment appointment, String submissionKey, long recordedBy, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO appointment (network_id, organisation_id, decided_by, decided_on, reference, note,
                                         recorded_by_account, submission_key, created_at)
                VALUES (:network, :organisation, :decidedBy, :decidedOn, :reference, :note, :recordedBy, :submissionKey, :now)
                """)
                .param("network", appointment.networkId()).param("organisation", appointment.organisationId())
                .param("decidedBy", appointment.decidedBy()).param("decidedOn", appointment.decidedOn())
                .param("reference", appointment.reference()).param("note", appointment.note())
                .param("recordedBy", recordedBy).param("submissionKey", submissionKey).param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    private static final String SELECT_APPOINTMENT = """
            SELECT a.network_id, a.organisation_id, a.decided_by, a.decided_on, a.reference, a.note
            """;

    /** The decision recorded by the form with this key, if it was submitted before. */
    Optional<Appointment> findAppointmentBySubmissionKey(String key) {
        return jdbc.sql(SELECT_APPOINTMENT + "FROM appointment a WHERE a.submission_key = :key").param("key", key)
                .query(RegistrationRepository::appointment).optional();
    }

    /** The registrations linked to the decision the form with this key recorded, in the order they were made. */
    List<Registration> appointedBySubmissionKey(String key) {
        return jdbc.sql(SELECT_REGISTRATION + """
                WHERE appointment_id = (SELECT id FROM appointment WHERE submission_key = :key) ORDER BY id
                """)
                .param("key", key).query(RegistrationRepository::registration).list();
    }

    /** The decision behind each of the registrations that has one, by registration id. */
    Map<Long, Appointment> appointmentsOf(Collection<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Appointment> found = new HashMap<>();
        jdbc.sql(SELECT_APPOINTMENT + ", r.id AS registration_id FROM registration r JOIN appointment a ON a.id = r.appointment_id "
                        + "WHERE r.id IN (:ids)")
                .param("ids", registrationIds)
                .query(rs -> {
                    found.put(rs.getLong("registration_id"), appointment(rs, 0));
                });
        return found;
    }

    void setAppointment(long registrationId, long appointmentId) {
        jdbc.sql("UPDATE registration SET appointment_id = :appointment WHERE id = :id")
                .param("appointment", appointmentId).param("id", registrationId).update();
    }

    /**
     * A changed address follows into active_email while the registration is active, so the rule of
     * one active registration per address in a network holds for the new address too.
     */
    void updateDetails(long id, NewRegistration details) {
        jdbc.sql("""
                UPDATE registration SET name = :name, title = :title, participant_kind = :kind, email = :email,
                       active_email = CASE WHEN active_email IS NULL THEN NULL ELSE :email END,
                       phone = :phone, mobile = :mobile, address = :address,
                       invoice_address = :invoiceAddress, invoice_reference = :invoiceReference
                WHERE id = :id
                """)
                .param("name", details.name()).param("title", details.title()).param("kind", details.kind().name())
                .param("email", details.email()).param("phone", details.phone()).param("mobile", details.mobile())
                .param("address", details.address()).param("invoiceAddress", details.invoiceAddress())
                .param("invoiceReference", details.invoiceReference()).param("id", id)
                .update();
    }

    void confirm(long id, Instant now) {
        jdbc.sql("UPDATE registration SET status = 'CONFIRMED', confirmed_at = :now WHERE id = :id AND status = 'WAITLISTED'")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void end(long id, RegistrationStatus status, Instant now) {
        jdbc.sql("UPDATE registration SET status = :status, active_email = NULL, ended_at = :now WHERE id = :id")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Gives the registration the seat's years from {@code fromYear} to {@code toYear}. */
    void holdSeatYears(long registrationId, int fromYear, int toYear, Instant now) {
        for (int year = fromYear; year <= toYear; year++) {
            jdbc.sql("INSERT INTO seat_year (registration_id, period_year, status, changed_at) VALUES (:registration, :year, 'CONFIRMED', :now)")
                    .param("registration", registrationId).param("year", year).param("now", Timestamp.from(now)).update();
        }
    }

    /** The colleague who takes over a seat takes its years from {@code fromYear} on, with their status. */
    void passSeatYears(long fromRegistrationId, long toRegistrationId, int fromYear) {
        jdbc.sql("UPDATE seat_year SET registration_id = :to WHERE registration_id = :from AND period_year >= :year")
                .param("to", toRegistrationId).param("from", fromRegistrationId).param("year", fromYear).update();
    }

    /** Ends the seat's confirmed years from {@code fromYear} on, as declined or lapsed. */
    void releaseSeatYears(long registrationId, int fromYear, SeatYearStatus status, Instant now) {
        jdbc.sql("""
                UPDATE seat_year SET status = :status, changed_at = :now
                WHERE registration_id = :registration AND period_year >= :year AND status = 'CONFIRMED'
                """)
                .param("status", status.name()).param("now", Timestamp.from(now)).param("registration", registrationId)
                .param("year", fromYear).update();
    }

    List<SeatYear> seatYears(long registrationId) {
        return jdbc.sql("SELECT registration_id, period_year, status FROM seat_year WHERE registration_id = :registration ORDER BY period_year")
                .param("registration", registrationId)
                .query((rs, row) -> new SeatYear(rs.getLong("registration_id"), rs.getInt("period_year"),
                        SeatYearStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Every registration made with this e-mail address, newest first. */
    List<Registration> allOfEmail(String email) {
        return jdbc.sql(SELECT_REGISTRATION + "WHERE lower(email) = lower(:email) ORDER BY id DESC")
                .param("email", email).query(RegistrationRepository::registration).list();
    }

    private static Appointment appointment(ResultSet rs, int row) throws SQLException {
        return new Appointment(rs.getLong("network_id"), rs.getLong("organisation_id"), rs.getString("decided_by"),
                rs.getObject("decided_on", java.time.LocalDate.class), rs.getString("reference"), rs.getString("note"));
    }

    private static Registration registration(ResultSet rs, int row) throws SQLException {
        RegistrationStatus status = RegistrationStatus.valueOf(rs.getString("status"));
        return new Registration(
                rs.getLong("id"),
                rs.getLong("network_id"),
                rs.getLong("organisation_id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("title"),
                ParticipantKind.valueOf(rs.getString("participant_kind")),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getString("mobile"),
                rs.getString("invoice_address"),
                rs.getString("invoice_reference"),
                rs.getString("preferred_date"),
                Phase.parse(rs.getString("phase")).orElse(null),
                status,
                rs.getTimestamp("created_at").toInstant(),
                status == RegistrationStatus.PENDING
                        ? new Registration.Hold(rs.getTimestamp("hold_expires_at").toInstant(), rs.getBoolean("holds_seat"))
                        : null);
    }
}
