package se.arena.privacy;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Makes H2 refuse UPDATE and DELETE on audit_event, as the PL/pgSQL trigger does on PostgreSQL.
 * Installed by db/vendor/h2/V2_3__audit_event_append_only.sql; H2 instantiates it by name, so it
 * must stay public with a public no-argument constructor and keep its name.
 */
public final class AuditEventAppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        // SQLSTATE P0001 is what PostgreSQL's RAISE EXCEPTION reports, so both databases fail alike.
        throw new SQLException("audit_event is append-only: " + operation + " is not allowed", "P0001");
    }
}
