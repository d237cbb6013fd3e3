-- Schema version 11: an index on deleted_at only for the trashed customers (issue 13).
--
-- "Not in the trash" holds for ~99 % of customers, but in sqlite_stat1 the old
-- full index "customer_deleted_at" looked selective (a bounded ANALYZE, as
-- PRAGMA optimize runs it, samples it as ~2 rows per value). After the app had
-- gathered statistics, SQLite drove searches through it: for every live
-- customer it ran the full-text MATCH again (a phone search on 100k customers:
-- 37 s). With only the trashed rows in the index, "deleted_at IS NULL" has no
-- index to walk, and the trash view (deleted_at IS NOT NULL) still has one.
DROP INDEX IF EXISTS "customer_deleted_at";
CREATE INDEX "customer_trashed" ON "customer" ("deleted_at") WHERE "deleted_at" IS NOT NULL;
