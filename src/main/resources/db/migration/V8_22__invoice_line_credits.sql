-- Which line of its invoice each run item is (a person's year, an extra cost), so that a credit
-- note due for a seat that ended after the invoice (the organisation left, the year was declined)
-- names the right line. Items stored before this have no line, except on invoices of a single
-- line, which can only be that one; the rest are credited by hand from the invoice's page.
ALTER TABLE invoiced_item ADD COLUMN line_number INTEGER;
UPDATE invoiced_item SET line_number = 1
WHERE document_id IN (SELECT document_id FROM invoice_document_line GROUP BY document_id HAVING count(*) = 1);

-- The lines of an invoice that a credit note took back, chosen line by line: a line is credited
-- once, which the key enforces even when two staff members credit at once. Credits of free
-- amounts (no line chosen) are not listed; the amounts check of Invoices guards those.
CREATE TABLE invoice_line_credit (
    invoice_id     BIGINT  NOT NULL REFERENCES invoice_document (id),
    line_number    INTEGER NOT NULL CHECK (line_number > 0),
    credit_note_id BIGINT  NOT NULL REFERENCES invoice_document (id),
    PRIMARY KEY (invoice_id, line_number)
);
CREATE INDEX invoice_line_credit_by_credit_note ON invoice_line_credit (credit_note_id);
