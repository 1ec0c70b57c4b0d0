-- Issued invoices and credit notes never change (see V6_0). Row triggers refuse UPDATE and
-- DELETE, statement triggers refuse TRUNCATE, which row triggers never see.
CREATE FUNCTION invoice_document_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: issued documents are corrected with a credit note, % is not allowed',
        TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER invoice_document_append_only
    BEFORE UPDATE OR DELETE ON invoice_document
    FOR EACH ROW EXECUTE FUNCTION invoice_document_refuse_change();

CREATE TRIGGER invoice_document_no_truncate
    BEFORE TRUNCATE ON invoice_document
    FOR EACH STATEMENT EXECUTE FUNCTION invoice_document_refuse_change();

CREATE TRIGGER invoice_document_line_append_only
    BEFORE UPDATE OR DELETE ON invoice_document_line
    FOR EACH ROW EXECUTE FUNCTION invoice_document_refuse_change();

CREATE TRIGGER invoice_document_line_no_truncate
    BEFORE TRUNCATE ON invoice_document_line
    FOR EACH STATEMENT EXECUTE FUNCTION invoice_document_refuse_change();
