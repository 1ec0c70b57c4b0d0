-- What each invoice of a run covers: a person's participation year ("seat-" + registration id) or
-- an extra cost ("sign-up-" + sign-up id). Each item is invoiced once per network and year, which
-- the key enforces even when two staff members issue at once, and a later run proposes only what
-- is not yet covered: someone who got a seat in March, a study trip in September. Crediting an
-- invoice in full removes its items, so that they can be invoiced again, to the right buyer.
CREATE TABLE invoiced_item (
    network_id         BIGINT      NOT NULL,
    participation_year INTEGER     NOT NULL,
    item_key           VARCHAR(60) NOT NULL,
    document_id        BIGINT      NOT NULL REFERENCES invoice_document (id),
    PRIMARY KEY (network_id, participation_year, item_key)
);
CREATE INDEX invoiced_item_by_document ON invoiced_item (document_id);
