-- Schema version 4: import batches (undo an import as a whole) and saved column mappings.
-- The batch a row came from is kept in import_change, not on the rows themselves.
CREATE TABLE "import_batch" ("id" INTEGER NOT NULL PRIMARY KEY, "entity" VARCHAR(255) NOT NULL, "file_name" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "created" INTEGER NOT NULL, "updated" INTEGER NOT NULL, "skipped" INTEGER NOT NULL, "rejected" INTEGER NOT NULL, "options" TEXT NOT NULL, "undone_at" DATETIME);
CREATE TABLE "import_change" ("id" INTEGER NOT NULL PRIMARY KEY, "batch_id" INTEGER NOT NULL, "entity" VARCHAR(255) NOT NULL, "row_id" INTEGER NOT NULL, "action" VARCHAR(255) NOT NULL, "before" TEXT, FOREIGN KEY ("batch_id") REFERENCES "import_batch" ("id") ON DELETE CASCADE);
CREATE INDEX "import_change_batch_id" ON "import_change" ("batch_id");
CREATE TABLE "saved_mapping" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "entity" VARCHAR(255) NOT NULL, "mapping" TEXT NOT NULL, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "saved_mapping_name" ON "saved_mapping" ("name");
ALTER TABLE "interaction" ADD COLUMN "external_id" VARCHAR(255);
CREATE INDEX "interaction_external_id" ON "interaction" ("external_id");
ALTER TABLE "deal" ADD COLUMN "external_id" VARCHAR(255);
CREATE INDEX "deal_external_id" ON "deal" ("external_id");
ALTER TABLE "purchase" ADD COLUMN "external_id" VARCHAR(255);
CREATE INDEX "purchase_external_id" ON "purchase" ("external_id");
