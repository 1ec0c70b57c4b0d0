-- How an organisation wants its network fees invoiced: one invoice for the organisation (the
-- default, when there is no row) or one per person. Organisations live in the organisation
-- module, so the id is a plain number, as in invoice_document.
CREATE TABLE invoice_preference (
    organisation_id BIGINT       NOT NULL PRIMARY KEY,
    per_person      BOOLEAN      NOT NULL,
    changed_by      VARCHAR(320) NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
