-- Schema version 12: the dues ledger, বাকি খাতা (issue 18).
--
-- Append-only: an entry is never edited or deleted by the app; a mistake is
-- undone by a reversing entry ("reverses_id" names the entry it cancels).
-- "amount_minor" is signed from the shop's side: positive raises what the
-- customer owes (opening balance, sale on credit, an adjustment up), negative
-- lowers it (payment, write-off, an adjustment down). A sale on credit is also
-- a purchase ("purchase_id"), so revenue counts it once; a payment is not.
CREATE TABLE "ledger_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "occurred_at" DATETIME NOT NULL, "amount_minor" INTEGER NOT NULL, "currency" VARCHAR(255) NOT NULL DEFAULT 'BDT', "method" VARCHAR(255) NOT NULL DEFAULT '', "reference" VARCHAR(255) NOT NULL DEFAULT '', "note" TEXT NOT NULL DEFAULT '', "purchase_id" INTEGER, "reverses_id" INTEGER, "created_at" DATETIME NOT NULL, "user_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("purchase_id") REFERENCES "purchase" ("id") ON DELETE SET NULL, FOREIGN KEY ("reverses_id") REFERENCES "ledger_entry" ("id") ON DELETE CASCADE, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "ledger_entry_customer_id_occurred_at" ON "ledger_entry" ("customer_id", "occurred_at");
CREATE INDEX "ledger_entry_reference" ON "ledger_entry" ("reference") WHERE "reference" != '';
CREATE UNIQUE INDEX "ledger_entry_reverses_id" ON "ledger_entry" ("reverses_id") WHERE "reverses_id" IS NOT NULL;

-- A payment that settles named sales: how much of it went to which entry.
CREATE TABLE "ledger_settlement" ("id" INTEGER NOT NULL PRIMARY KEY, "payment_id" INTEGER NOT NULL, "debit_id" INTEGER NOT NULL, "amount_minor" INTEGER NOT NULL, FOREIGN KEY ("payment_id") REFERENCES "ledger_entry" ("id") ON DELETE CASCADE, FOREIGN KEY ("debit_id") REFERENCES "ledger_entry" ("id") ON DELETE CASCADE);
CREATE INDEX "ledger_settlement_payment_id" ON "ledger_settlement" ("payment_id");

-- Per-customer credit terms; a customer without a row has no limit and the
-- shop's default due days (setting "ledger_due_days", 30).
CREATE TABLE "credit_terms" ("customer_id" INTEGER NOT NULL PRIMARY KEY, "limit_minor" INTEGER, "due_days" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE);
