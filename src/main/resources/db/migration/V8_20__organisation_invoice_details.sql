-- Each organisation's invoice details, kept for the whole organisation by its coordinators and
-- staff (OrganisationInvoicing): the invoice runs read them instead of the invoice address and
-- reference people once typed into their registrations. One row per organisation, changed in
-- place; the audit log records every change (INVOICE_DETAILS_CHANGED). Lengths are those of the
-- buyer's columns in invoice_document, which the details are copied into when an invoice is issued.
CREATE TABLE organisation_invoice_details (
    organisation_id BIGINT       NOT NULL PRIMARY KEY REFERENCES organisation (id),
    -- a unit or c/o line above the street
    additional_line VARCHAR(200),
    street          VARCHAR(200),
    -- "123 45"
    postal_code     VARCHAR(6),
    city            VARCHAR(100),
    reference       VARCHAR(200),
    -- scheme:identifier, e.g. 0007:2120000019; NULL means 0007 and the organisation number
    peppol_id       VARCHAR(60),
    gln             VARCHAR(13),
    changed_by      VARCHAR(320) NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
