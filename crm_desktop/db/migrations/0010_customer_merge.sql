-- Schema version 10: customer merges, kept so a merge can be undone (issue 7).
--
-- "moved" is JSON {table: [[row id, customer it came from], ...]} for every
-- row the merge gave to the kept customer; "kept_fields" is JSON
-- {field: [before, after]} for the kept customer's fields the merge filled in.
-- Undo gives the rows back, puts a field back only if it still holds what the
-- merge wrote, and brings the merged customers out of the trash.
CREATE TABLE "customer_merge" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "kept_id" INTEGER NOT NULL, "merged_ids" TEXT NOT NULL, "moved" TEXT NOT NULL, "kept_fields" TEXT NOT NULL, FOREIGN KEY ("kept_id") REFERENCES "customer" ("id") ON DELETE CASCADE);
CREATE INDEX "customer_merge_kept_id" ON "customer_merge" ("kept_id");
