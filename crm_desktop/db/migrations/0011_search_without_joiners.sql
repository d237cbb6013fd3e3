-- Schema version 11: the search index leaves out zero-width joiners and non-joiners.
--
-- Bengali is typed with and without a ZWJ (U+200D) or ZWNJ (U+200C) for the same
-- word (র‍্যাংগস and র্যাংগস); they only choose a glyph. The query drops them
-- (crm_desktop/search.py), so the index must too, or one spelling never finds the other.
DROP VIEW customer_search_doc;

CREATE VIEW customer_search_doc AS
SELECT c.id AS id,
       replace(replace(trim(c.display_name || ' ' || c.given_name || ' ' || c.family_name),
                       char(8205), ''), char(8204), '') AS name,
       replace(replace(c.company, char(8205), ''), char(8204), '') AS company,
       coalesce((SELECT group_concat(p.raw_text || ' ' || p.search_digits, ' ')
                 FROM customer_phone p WHERE p.customer_id = c.id), '') AS phones,
       coalesce((SELECT group_concat(e.email, ' ')
                 FROM customer_email e WHERE e.customer_id = c.id), '') AS emails,
       replace(replace(c.tag_names, char(8205), ''), char(8204), '') AS tags,
       replace(replace(c.notes, char(8205), ''), char(8204), '') AS notes
FROM customer c;

-- Re-index the customers whose text holds a joiner (the others read the same).
CREATE TEMP TABLE joined_customer AS
SELECT id FROM customer
WHERE instr(display_name || given_name || family_name || company || tag_names || notes, char(8205)) > 0
   OR instr(display_name || given_name || family_name || company || tag_names || notes, char(8204)) > 0;

DELETE FROM customer_search WHERE rowid IN (SELECT id FROM joined_customer);

INSERT INTO customer_search (rowid, name, company, phones, emails, tags, notes)
SELECT id, name, company, phones, emails, tags, notes FROM customer_search_doc
WHERE id IN (SELECT id FROM joined_customer);

DROP TABLE joined_customer;
