package se.arena.invoicing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.Money;
import se.arena.Paged;
import se.arena.SwedishCollation;
import se.arena.organisation.OrganisationNumber;

@Repository
class InvoiceRepository {

    private static final String SELECT_DOCUMENT = """
            SELECT d.*, credited.number AS credited_number, credited.issue_date AS credited_issue_date
            FROM invoice_document d
            LEFT JOIN invoice_document credited ON credited.id = d.credited_document_id
            """;

    /** Documents per query when lines are loaded for many at once; keeps the IN list short. */
    private static final int LINE_BATCH = 500;

    private final JdbcClient jdbc;

    InvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean counterExists(DocumentKind kind, int year) {
        return jdbc.sql("SELECT count(*) FROM invoice_number_counter WHERE kind = :kind AND series_year = :year")
                .param("kind", kind.name()).param("year", year).query(Long.class).single() > 0;
    }

    void insertCounter(DocumentKind kind, int year) {
        jdbc.sql("INSERT INTO invoice_number_counter (kind, series_year, last_number) VALUES (:kind, :year, 0)")
                .param("kind", kind.name()).param("year", year).update();
    }

    /** The last number taken, with the counter row locked until the transaction ends. */
    int lockCounter(DocumentKind kind, int year) {
        return jdbc.sql("SELECT last_number FROM invoice_number_counter WHERE kind = :kind AND series_year = :year FOR UPDATE")
                .param("kind", kind.name()).param("year", year).query(Integer.class).single();
    }

    /** The last number taken, read without a lock: only for the test that shows why the lock is needed. */
    int readCounter(DocumentKind kind, int year) {
        return jdbc.sql("SELECT last_number FROM invoice_number_counter WHERE kind = :kind AND series_year = :year")
                .param("kind", kind.name()).param("year", year).query(Integer.class).single();
    }

    void setCounter(DocumentKind kind, int year, int lastNumber) {
        jdbc.sql("UPDATE invoice_number_counter SET last_number = :last WHERE kind = :kind AND series_year = :year")
                .param("last", lastNumber).param("kind", kind.name()).param("year", year).update();
    }

    /** Holds the invoice's row until the transaction ends, so two credit notes for it are decided one at a time. */
    void lockDocument(long id) {
        jdbc.sql("SELECT id FROM invoice_document WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
    }

    long insert(IssuedDocument document, int sequence, String issueKey) {
        Seller seller = document.seller();
        InvoiceParty buyer = document.buyer();
        InvoiceTotals totals = document.totals();
        LocalDate dueDate = document instanceof Invoice invoice ? invoice.dueDate() : null;
        Long creditedId = document instanceof CreditNote credit ? credit.invoiceId() : null;
        String reason = document instanceof CreditNote credit ? credit.reason() : null;
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO invoice_document (kind, number, series_year, sequence_number, issue_date, due_date,
                    payment_terms_days, credited_document_id, credit_reason, network_id, participation_year,
                    organisation_id, run_id, buyer_name, buyer_org_number, buyer_street, buyer_additional_street,
                    buyer_postal_code, buyer_city, buyer_country, buyer_peppol_id, buyer_reference, order_reference,
                    seller_name, seller_org_number, seller_vat_number, seller_approved_for_f_tax, seller_street,
                    seller_additional_street, seller_postal_code, seller_city, seller_country, seller_peppol_id,
                    seller_email, seller_bankgiro, seller_iban, seller_bic, seller_vat_exemption_reason,
                    net_ore, vat_ore, total_ore, search_text, issue_key, issued_at, issued_by)
                VALUES (:kind, :number, :year, :sequence, :issueDate, :dueDate, :paymentTerms, :creditedId, :reason,
                    :networkId, :participationYear, :organisationId, :runId, :buyerName, :buyerOrgNumber, :buyerStreet,
                    :buyerAdditionalStreet, :buyerPostalCode, :buyerCity, :buyerCountry, :buyerPeppolId, :buyerReference,
                    :orderReference, :sellerName, :sellerOrgNumber, :sellerVatNumber, :sellerFTax, :sellerStreet,
                    :sellerAdditionalStreet, :sellerPostalCode, :sellerCity, :sellerCountry, :sellerPeppolId,
                    :sellerEmail, :sellerBankgiro, :sellerIban, :sellerBic, :sellerVatExemptionReason,
                    :net, :vat, :total, :searchText, :issueKey, :issuedAt, :issuedBy)
                """)
                .param("kind", document.kind().name())
                .param("number", document.number())
                .param("year", document.issueDate().getYear())
                .param("sequence", sequence)
                .param("issueDate", document.issueDate())
                .param("dueDate", dueDate, Types.DATE)
                .param("paymentTerms", seller.paymentTermsDays())
                .param("creditedId", creditedId, Types.BIGINT)
                .param("reason", reason, Types.VARCHAR)
                .param("networkId", document.networkId(), Types.BIGINT)
                .param("participationYear", document.participationYear(), Types.INTEGER)
                .param("organisationId", document.organisationId(), Types.BIGINT)
                .param("runId", document.runId(), Types.BIGINT)
                .param("buyerName", buyer.name())
                .param("buyerOrgNumber", buyer.organisationNumber() == null ? null : buyer.organisationNumber().value(), Types.VARCHAR)
                .param("buyerStreet", buyer.address().street(), Types.VARCHAR)
                .param("buyerAdditionalStreet", buyer.address().additionalStreet(), Types.VARCHAR)
                .param("buyerPostalCode", buyer.address().postalCode(), Types.VARCHAR)
                .param("buyerCity", buyer.address().city(), Types.VARCHAR)
                .param("buyerCountry", buyer.address().countryCode())
                .param("buyerPeppolId", buyer.peppolId())
                .param("buyerReference", document.buyerReference(), Types.VARCHAR)
                .param("orderReference", document.orderReference(), Types.VARCHAR)
                .param("sellerName", seller.party().name())
                .param("sellerOrgNumber", seller.party().organisationNumber().value())
                .param("sellerVatNumber", seller.vatNumber())
                .param("sellerFTax", seller.approvedForFTax())
                .param("sellerStreet", seller.party().address().street(), Types.VARCHAR)
                .param("sellerAdditionalStreet", seller.party().address().additionalStreet(), Types.VARCHAR)
                .param("sellerPostalCode", seller.party().address().postalCode(), Types.VARCHAR)
                .param("sellerCity", seller.party().address().city(), Types.VARCHAR)
                .param("sellerCountry", seller.party().address().countryCode())
                .param("sellerPeppolId", seller.party().peppolId())
                .param("sellerEmail", seller.email(), Types.VARCHAR)
                .param("sellerBankgiro", seller.bankgiro(), Types.VARCHAR)
                .param("sellerIban", seller.iban(), Types.VARCHAR)
                .param("sellerBic", seller.bic(), Types.VARCHAR)
                .param("sellerVatExemptionReason", seller.vatExemptionReason(), Types.VARCHAR)
                .param("net", totals.net().ore())
                .param("vat", totals.vatTotal().ore())
                .param("total", totals.total().ore())
                .param("searchText", searchText(document))
                .param("issueKey", issueKey)
                .param("issuedAt", document.issuedAt().atOffset(ZoneOffset.UTC))
                .param("issuedBy", document.issuedBy())
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        int lineNumber = 0;
        for (InvoiceLine line : document.lines()) {
            jdbc.sql("""
                    INSERT INTO invoice_document_line (document_id, line_number, description, quantity, unit_price_ore,
                                                       vat_rate_per_mille, net_ore)
                    VALUES (:document, :lineNumber, :description, :quantity, :price, :rate, :net)
                    """)
                    .param("document", id).param("lineNumber", ++lineNumber).param("description", line.description())
                    .param("quantity", line.quantity()).param("price", line.unitPrice().ore())
                    .param("rate", line.vatRatePerMille()).param("net", line.net().ore())
                    .update();
        }
        return id;
    }

    Optional<IssuedDocument> find(long id) {
        return withLines(jdbc.sql(SELECT_DOCUMENT + " WHERE d.id = :id").param("id", id).query(Row::of).list()).stream().findFirst();
    }

    Optional<IssuedDocument> findByIssueKey(String issueKey) {
        return withLines(jdbc.sql(SELECT_DOCUMENT + " WHERE d.issue_key = :key").param("key", issueKey).query(Row::of).list())
                .stream().findFirst();
    }

    List<CreditNote> creditNotesOf(long invoiceId) {
        return withLines(jdbc.sql(SELECT_DOCUMENT + " WHERE d.credited_document_id = :id ORDER BY d.id")
                .param("id", invoiceId).query(Row::of).list())
                .stream().map(CreditNote.class::cast).toList();
    }

    Paged<IssuedDocument> search(InvoiceFilter filter, LocalDate today, int page, int pageSize) {
        Where where = where(filter, today);
        long total = jdbc.sql("SELECT count(*) FROM invoice_document d " + where.sql()).params(where.params())
                .query(Long.class).single();
        int shownPage = Paged.clamp(page, total, pageSize);
        List<Row> rows = jdbc.sql(SELECT_DOCUMENT + where.sql() + """
                 ORDER BY d.issued_at DESC, d.id DESC
                 LIMIT :limit OFFSET :offset
                """)
                .params(where.params())
                .param("limit", pageSize)
                .param("offset", Paged.firstRow(shownPage, pageSize))
                .query(Row::of)
                .list();
        return new Paged<>(withLines(rows), shownPage, pageSize, total);
    }

    /** Oldest first, the order of the number series, as a finance system reads them in. */
    List<IssuedDocument> all(InvoiceFilter filter, LocalDate today) {
        Where where = where(filter, today);
        return withLines(jdbc.sql(SELECT_DOCUMENT + where.sql() + " ORDER BY d.kind DESC, d.series_year, d.sequence_number")
                .params(where.params()).query(Row::of).list());
    }

    List<Invoice> invoicesFor(long networkId, int participationYear) {
        return withLines(jdbc.sql(SELECT_DOCUMENT + """
                 WHERE d.kind = 'INVOICE' AND d.network_id = :network AND d.participation_year = :year
                 ORDER BY d.series_year, d.sequence_number
                """).param("network", networkId).param("year", participationYear).query(Row::of).list())
                .stream().map(Invoice.class::cast).toList();
    }

    /** The run items already invoiced for the network and year. */
    Set<String> invoicedItems(long networkId, int participationYear) {
        return new HashSet<>(jdbc.sql("""
                SELECT item_key FROM invoiced_item WHERE network_id = :network AND participation_year = :year
                """)
                .param("network", networkId).param("year", participationYear).query(String.class).list());
    }

    /**
     * Records what the invoice covers, the first item on line 1 and so on; the key refuses an item
     * invoiced already, so it rolls the issue back.
     */
    void insertItems(long documentId, long networkId, int participationYear, List<String> items) {
        for (int line = 1; line <= items.size(); line++) {
            jdbc.sql("""
                    INSERT INTO invoiced_item (network_id, participation_year, item_key, document_id, line_number)
                    VALUES (:network, :year, :item, :document, :line)
                    """)
                    .param("network", networkId).param("year", participationYear).param("item", items.get(line - 1))
                    .param("document", documentId).param("line", line).update();
        }
    }

    /**
     * What the invoices for the network and year cover on lines that no credit note has taken back,
     * by invoice and line. Items without a known line are left out.
     */
    List<InvoicedLine> uncreditedLines(long networkId, int participationYear) {
        return jdbc.sql("""
                SELECT i.document_id, i.line_number, i.item_key FROM invoiced_item i
                WHERE i.network_id = :network AND i.participation_year = :year AND i.line_number IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM invoice_line_credit c WHERE c.invoice_id = i.document_id AND c.line_number = i.line_number)
                ORDER BY i.document_id, i.line_number
                """)
                .param("network", networkId).param("year", participationYear)
                .query((rs, row) -> new InvoicedLine(rs.getLong("document_id"), rs.getInt("line_number"), rs.getString("item_key")))
                .list();
    }

    /** A line of an invoice and the run item it is for. */
    record InvoicedLine(long invoiceId, int lineNumber, String item) {
    }

    /** The invoice's lines (from 1) that credit notes have taken back line by line. */
    Set<Integer> creditedLines(long invoiceId) {
        return new HashSet<>(jdbc.sql("SELECT line_number FROM invoice_line_credit WHERE invoice_id = :invoice")
                .param("invoice", invoiceId).query(Integer.class).list());
    }

    /** The key refuses a line credited already, so it rolls the credit note back. */
    void insertLineCredits(long invoiceId, Collection<Integer> lineNumbers, long creditNoteId) {
        for (int line : lineNumbers) {
            jdbc.sql("INSERT INTO invoice_line_credit (invoice_id, line_number, credit_note_id) VALUES (:invoice, :line, :credit)")
                    .param("invoice", invoiceId).param("line", line).param("credit", creditNoteId).update();
        }
    }

    /** An invoice credited in full no longer covers its items. */
    void releaseItems(long documentId) {
        jdbc.sql("DELETE FROM invoiced_item WHERE document_id = :document").param("document", documentId).update();
    }

    List<IssuedDocument> ofOrganisations(Collection<Long> organisationIds) {
        return withLines(jdbc.sql(SELECT_DOCUMENT + " WHERE d.organisation_id IN (:organisations) ORDER BY d.issued_at DESC, d.id DESC")
                .param("organisations", organisationIds).query(Row::of).list());
    }

    /** The numbers of the credit notes that point to each of the invoices. */
    Map<Long, List<String>> creditNoteNumbers(List<Long> invoiceIds) {
        Map<Long, List<String>> numbers = new HashMap<>();
        if (invoiceIds.isEmpty()) {
            return numbers;
        }
        jdbc.sql("SELECT credited_document_id, number FROM invoice_document WHERE credited_document_id IN (:ids) ORDER BY id")
                .param("ids", invoiceIds)
                .query((rs, row) -> numbers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return numbers;
    }

    /** Years that have documents, newest first, for the list's filter. */
    List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT series_year FROM invoice_document ORDER BY series_year DESC").query(Integer.class).list();
    }

    /** @param today the day from which an unpaid invoice past its due date is overdue */
    private static Where where(InvoiceFilter filter, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            conditions.add("d.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.year() != null) {
            conditions.add("d.series_year = :year");
            params.put("year", filter.year());
        }
        if (filter.query() != null) {
            // POSITION needs no escaping of % and _, unlike LIKE
            conditions.add("POSITION(:query IN d.search_text) > 0");
            params.put("query", SwedishCollation.searchForm(filter.query()));
        }
        if (filter.runId() != null) {
            // a run's invoices and the credit notes that correct them
            conditions.add("(d.run_id = :run OR d.credited_document_id IN (SELECT id FROM invoice_document WHERE run_id = :run))");
            params.put("run", filter.runId());
        }
        if (filter.payment() != null) {
            conditions.add(switch (filter.payment()) {
                case PAID -> "d.kind = 'INVOICE' AND EXISTS (SELECT 1 FROM invoice_payment p WHERE p.document_id = d.id)";
                // an invoice credited in full is settled: credit notes never take back more than it was
                case UNPAID, OVERDUE -> """
                        d.kind = 'INVOICE' AND NOT EXISTS (SELECT 1 FROM invoice_payment p WHERE p.document_id = d.id)
                        AND d.net_ore > (SELECT COALESCE(SUM(c.net_ore), 0) FROM invoice_document c
                                         WHERE c.credited_document_id = d.id)""";
            });
            if (filter.payment() == InvoiceFilter.PaymentChoice.OVERDUE) {
                conditions.add("d.due_date < :today");
                params.put("today", today);
            }
        }
        return new Where(conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static String searchText(IssuedDocument document) {
        return SwedishCollation.searchForm(String.join(" ", Stream.of(document.number(), document.buyer().name(),
                document.buyerReference(), document.orderReference()).filter(Objects::nonNull).toList()));
    }

    private List<IssuedDocument> withLines(List<Row> rows) {
        Map<Long, List<InvoiceLine>> lines = new LinkedHashMap<>();
        rows.forEach(row -> lines.put(row.id(), new ArrayList<>()));
        List<Long> ids = List.copyOf(lines.keySet());
        for (int from = 0; from < ids.size(); from += LINE_BATCH) {
            jdbc.sql("""
                    SELECT document_id, description, quantity, unit_price_ore, vat_rate_per_mille
                    FROM invoice_document_line WHERE document_id IN (:ids) ORDER BY document_id, line_number
                    """)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + LINE_BATCH)))
                    .query((rs, row) -> lines.get(rs.getLong("document_id")).add(new InvoiceLine(rs.getString("description"),
                            rs.getInt("quantity"), new Money(rs.getLong("unit_price_ore")), rs.getInt("vat_rate_per_mille"))))
                    .list();
        }
        return rows.stream().map(row -> row.document(lines.get(row.id()))).toList();
    }

    /** A document row before its lines are read. */
    private record Row(long id, DocumentKind kind, String number, LocalDate issueDate, LocalDate dueDate, Long creditedId,
                       String creditedNumber, LocalDate creditedIssueDate, String reason, Seller seller, InvoiceParty buyer,
                       String buyerReference, String orderReference, Long networkId, Integer participationYear,
                       Long organisationId, Long runId, Instant issuedAt, String issuedBy) {

        static Row of(ResultSet rs, int rowNumber) throws SQLException {
            InvoiceParty sellerParty = new InvoiceParty(rs.getString("seller_name"),
                    new OrganisationNumber(rs.getString("seller_org_number")),
                    new PostalAddress(rs.getString("seller_street"), rs.getString("seller_additional_street"),
                            rs.getString("seller_postal_code"), rs.getString("seller_city"), rs.getString("seller_country")),
                    rs.getString("seller_peppol_id"));
            Seller seller = new Seller(sellerParty, rs.getString("seller_vat_number"), rs.getBoolean("seller_approved_for_f_tax"),
                    rs.getString("seller_email"), rs.getString("seller_bankgiro"), rs.getString("seller_iban"),
                    rs.getString("seller_bic"), rs.getInt("payment_terms_days"), rs.getString("seller_vat_exemption_reason"));
            String buyerNumber = rs.getString("buyer_org_number");
            InvoiceParty buyer = new InvoiceParty(rs.getString("buyer_name"),
                    buyerNumber == null ? null : new OrganisationNumber(buyerNumber),
                    new PostalAddress(rs.getString("buyer_street"), rs.getString("buyer_additional_street"),
                            rs.getString("buyer_postal_code"), rs.getString("buyer_city"), rs.getString("buyer_country")),
                    rs.getString("buyer_peppol_id"));
            return new Row(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("number"),
                    rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                    rs.getObject("credited_document_id", Long.class), rs.getString("credited_number"),
                    rs.getObject("credited_issue_date", LocalDate.class), rs.getString("credit_reason"), seller, buyer,
                    rs.getString("buyer_reference"), rs.getString("order_reference"), rs.getObject("network_id", Long.class),
                    rs.getObject("participation_year", Integer.class), rs.getObject("organisation_id", Long.class),
                    rs.getObject("run_id", Long.class), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                    rs.getString("issued_by"));
        }

        IssuedDocument document(List<InvoiceLine> lines) {
            return switch (kind) {
                case INVOICE -> new Invoice(id, number, issueDate, dueDate, seller, buyer, buyerReference, orderReference,
                        lines, networkId, participationYear, organisationId, runId, issuedAt, issuedBy);
                case CREDIT_NOTE -> new CreditNote(id, number, issueDate, creditedId, creditedNumber, creditedIssueDate,
                        reason, seller, buyer, buyerReference, orderReference, lines, networkId, participationYear,
                        organisationId, runId, issuedAt, issuedBy);
            };
        }
    }
}
