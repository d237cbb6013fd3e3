-- Schema version 2: full-text search over customers.
--
-- The trigram tokenizer indexes every run of three characters, so a query
-- matches any part of a word and Bengali words are never split at vowel
-- signs or the virama (as unicode61 would). Queries of one or two characters
-- cannot use a trigram index; the search module answers those another way.
CREATE VIRTUAL TABLE customer_search USING fts5(
    name, company, phones, emails, tags, notes,
    tokenize = 'trigram'
);

-- The document indexed for each customer (rowid = customer.id).
CREATE VIEW customer_search_doc AS
SELECT c.id AS id,
       trim(c.display_name || ' ' || c.given_name || ' ' || c.family_name) AS name,
       c.company AS company,
       coalesce((SELECT group_concat(p.raw_text || ' ' || p.search_digits, ' ')
                 FROM customer_phone p WHERE p.customer_id = c.id), '') AS phones,
       coalesce((SELECT group_concat(e.email, ' ')
                 FROM customer_email e WHERE e.customer_id = c.id), '') AS emails,
       c.tag_names AS tags,
       c.notes AS notes
FROM customer c;

-- Bulk loaders switch the triggers off inside their own transaction, then
-- rebuild the rows they touched before committing; nobody else ever sees it off.
CREATE TABLE search_sync (enabled INTEGER NOT NULL);
INSERT INTO search_sync VALUES (1);

-- Triggers that re-index a customer when it or its phones or emails change
-- are created by crm_desktop/db/migrations/search_triggers.py (one template).

CREATE TRIGGER customer_search_ad AFTER DELETE ON customer
BEGIN
    DELETE FROM customer_search WHERE rowid = OLD.id;
END;

-- Customers that existed before this version.
INSERT INTO customer_search (rowid, name, company, phones, emails, tags, notes)
SELECT id, name, company, phones, emails, tags, notes FROM customer_search_doc;

-- The short-query fallback looks names up by prefix.
CREATE INDEX customer_sort_name_live ON customer (sort_name) WHERE deleted_at IS NULL;
