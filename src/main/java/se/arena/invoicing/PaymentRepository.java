package se.arena.invoicing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentRepository {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Payment> find(long documentId) {
        return jdbc.sql("SELECT document_id, paid_on, recorded_by, recorded_at FROM invoice_payment WHERE document_id = :id")
                .param("id", documentId)
                .query((rs, row) -> new Payment(rs.getLong("document_id"), rs.getObject("paid_on", LocalDate.class),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    /** @return false when the invoice was already marked paid (a second click, or a colleague just now) */
    boolean insertOnce(long documentId, LocalDate paidOn, String recordedBy, Instant now) {
        return jdbc.sql("""
                INSERT INTO invoice_payment (document_id, paid_on, recorded_by, recorded_at)
                SELECT :id, :paidOn, :by, :now
                WHERE NOT EXISTS (SELECT 1 FROM invoice_payment WHERE document_id = :id)
                """)
                .param("id", documentId).param("paidOn", paidOn).param("by", recordedBy).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** @return false when there was no marking to remove */
    boolean delete(long documentId) {
        return jdbc.sql("DELETE FROM invoice_payment WHERE document_id = :id").param("id", documentId).update() == 1;
    }

    /** What an invoice's status is made of: the day it was paid, if it was, and what credit notes took back. */
    record Standing(LocalDate paidOn, long creditedNetOre) {
    }

    /** The standing of each of the invoices; ids of credit notes are left out. */
    Map<Long, Standing> standings(List<Long> invoiceIds) {
        Map<Long, Standing> standings = new HashMap<>();
        // a few hundred ids per query keep the IN list short when a whole export asks
        for (int from = 0; from < invoiceIds.size(); from += BATCH) {
            jdbc.sql("""
                    SELECT d.id, p.paid_on,
                           (SELECT COALESCE(SUM(c.net_ore), 0) FROM invoice_document c WHERE c.credited_document_id = d.id) AS credited
                    FROM invoice_document d LEFT JOIN invoice_payment p ON p.document_id = d.id
                    WHERE d.id IN (:ids) AND d.kind = 'INVOICE'
                    """)
                    .param("ids", invoiceIds.subList(from, Math.min(invoiceIds.size(), from + BATCH)))
                    .query((rs, row) -> Map.entry(rs.getLong("id"),
                            new Standing(rs.getObject("paid_on", LocalDate.class), rs.getLong("credited"))))
                    .list()
                    .forEach(standing -> standings.put(standing.getKey(), standing.getValue()));
        }
        return standings;
    }
}
