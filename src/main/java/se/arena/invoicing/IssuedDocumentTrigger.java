package se.arena.invoicing;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Makes H2 refuse UPDATE and DELETE on issued invoices and credit notes and their lines, as the
 * PL/pgSQL trigger does on PostgreSQL. Installed by db/vendor/h2/V6_1; H2 instantiates it by
 * name, so it must stay public with a public no-argument constructor and keep its name.
 */
public final class IssuedDocumentTrigger implements Trigger {

    private String table = "invoice_document";

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        // SQLSTATE P0001 is what PostgreSQL's RAISE EXCEPTION reports, so both databases fail alike.
        throw new SQLException(table + " is append-only: issued documents are corrected with a credit note, "
                + operation + " is not allowed", "P0001");
    }
}
