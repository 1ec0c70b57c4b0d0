package se.arena.invoicing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Money;

/**
 * What was invoiced per network and participation year, for staff reports. Credit notes are
 * stored with positive amounts and carry their invoice's network and year, so they are
 * subtracted in the same group: an invoice credited in full nets to zero. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceRevenue {

    private final JdbcClient jdbc;

    InvoiceRevenue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The invoiced sums of one network and year, credit notes subtracted.
     *
     * @param networkId   null for documents issued without a network
     * @param year        the participation year invoiced for; null when the documents name none
     * @param invoices    invoices issued, whether credited or not
     * @param creditNotes credit notes issued against them
     */
    public record NetworkYear(Long networkId, Integer year, Money net, Money vat, Money total, int invoices,
                              int creditNotes) {
    }

    /**
     * Every network and year with an issued document in the selection. Documents without a network
     * or year are only counted when the selection does not ask for one.
     *
     * @param networkId null for every network
     * @param fromYear  the first participation year, or null for no lower bound
     * @param toYear    the last participation year, or null for no upper bound
     */
    public List<NetworkYear> perNetworkAndYear(Long networkId, Integer fromYear, Integer toYear) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (networkId != null) {
            where.append("AND network_id = :network\n");
            params.put("network", networkId);
        }
        if (fromYear != null) {
            where.append("AND participation_year >= :from\n");
            params.put("from", fromYear);
        }
        if (toYear != null) {
            where.append("AND participation_year <= :to\n");
            params.put("to", toYear);
        }
        return jdbc.sql("""
                SELECT network_id, participation_year,
                       sum(CASE WHEN kind = 'CREDIT_NOTE' THEN -net_ore ELSE net_ore END) AS net_ore,
                       sum(CASE WHEN kind = 'CREDIT_NOTE' THEN -vat_ore ELSE vat_ore END) AS vat_ore,
                       sum(CASE WHEN kind = 'CREDIT_NOTE' THEN -total_ore ELSE total_ore END) AS total_ore,
                       sum(CASE WHEN kind = 'INVOICE' THEN 1 ELSE 0 END) AS invoices,
                       sum(CASE WHEN kind = 'CREDIT_NOTE' THEN 1 ELSE 0 END) AS credit_notes
                FROM invoice_document
                WHERE 1 = 1
                """ + where + """
                GROUP BY network_id, participation_year
                ORDER BY network_id NULLS LAST, participation_year NULLS LAST
                """)
                .params(params)
                .query((rs, row) -> new NetworkYear(rs.getObject("network_id", Long.class),
                        rs.getObject("participation_year", Integer.class), new Money(rs.getLong("net_ore")),
                        new Money(rs.getLong("vat_ore")), new Money(rs.getLong("total_ore")), rs.getInt("invoices"),
                        rs.getInt("credit_notes")))
                .list();
    }
}
