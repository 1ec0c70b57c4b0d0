-- Issued invoices and credit notes never change (see V6_0). H2 has no procedural language, so
-- the refusal is a Java trigger shipped with the application; H2 triggers cannot see TRUNCATE,
-- which PostgreSQL, the production database, refuses too.
CREATE TRIGGER invoice_document_append_only
    BEFORE UPDATE, DELETE ON invoice_document
    FOR EACH ROW CALL 'se.arena.invoicing.IssuedDocumentTrigger';

CREATE TRIGGER invoice_document_line_append_only
    BEFORE UPDATE, DELETE ON invoice_document_line
    FOR EACH ROW CALL 'se.arena.invoicing.IssuedDocumentTrigger';
