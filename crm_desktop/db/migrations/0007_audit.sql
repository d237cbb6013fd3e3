-- Schema version 7: the audit trail (issue 7, data safety).
--
-- One audit_entry per change to a customer or a deal (who, when, what kind of
-- change), with the field-level old -> new values in audit_value. Entries
-- belong to the customer whose timeline shows them (for a deal, its
-- customer): deleting a customer for good deletes its trail too, so nothing
-- personal outlives "delete for good". The trail is kept for ever unless the
-- user sets audit_retention_days (see crm_desktop/services/audit.py).
CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user_id" INTEGER, "entity" VARCHAR(255) NOT NULL, "entity_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "action" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE);
CREATE INDEX "audit_entry_at" ON "audit_entry" ("at");
CREATE INDEX "audit_entry_user_id" ON "audit_entry" ("user_id");
CREATE INDEX "audit_entry_customer_id_at" ON "audit_entry" ("customer_id", "at");
CREATE TABLE "audit_value" ("id" INTEGER NOT NULL PRIMARY KEY, "entry_id" INTEGER NOT NULL, "field" VARCHAR(255) NOT NULL, "old_value" TEXT, "new_value" TEXT, FOREIGN KEY ("entry_id") REFERENCES "audit_entry" ("id") ON DELETE CASCADE);
CREATE INDEX "audit_value_entry_id" ON "audit_value" ("entry_id");
