-- Payments of issued invoices. The invoice itself never changes (V6_0, V6_1), so what happens to
-- it afterwards is kept beside it: one row while staff say it is paid. Undoing a mistaken marking
-- removes the row; the audit log keeps both steps. The primary key makes a double submit of the
-- same marking store one row.
CREATE TABLE invoice_payment (
    document_id BIGINT       NOT NULL PRIMARY KEY REFERENCES invoice_document (id),
    paid_on     DATE         NOT NULL,
    recorded_by VARCHAR(320) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
