-- Schema version 8: follow-ups on autopilot (issue 8).
--
-- * Reminders: a task's reminder can be snoozed (snoozed_until) and is shown
--   once per reminder time (reminded_at).
-- * Tickets get a due time (set from the priority when opened; see
--   crm_desktop/services/ticket_desk.py), customers a do-not-contact flag that
--   campaigns and automatic emails respect.
-- * Automation rules with their run history: rule_run's UNIQUE (rule, event
--   key) is what makes a rule act at most once per event, across restarts.
-- * Email: templates, the outbox (queued -> sending -> sent | failed; see
--   crm_desktop/email/outbox.py for the crash rules), saved customer segments
--   and campaigns with their recipients.
ALTER TABLE "customer" ADD COLUMN "do_not_contact" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ticket" ADD COLUMN "due_at" DATETIME;
CREATE INDEX "ticket_due_at" ON "ticket" ("due_at");
UPDATE "ticket" SET "due_at" = datetime("opened_at", CASE "priority" WHEN 2 THEN '+4 hours' WHEN 0 THEN '+72 hours' ELSE '+24 hours' END) WHERE "due_at" IS NULL;
ALTER TABLE "task" ADD COLUMN "snoozed_until" DATETIME;
ALTER TABLE "task" ADD COLUMN "reminded_at" DATETIME;
CREATE TABLE "email_template" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "subject" VARCHAR(255) NOT NULL, "body" TEXT NOT NULL, "preset" VARCHAR(255), "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "email_template_name" ON "email_template" ("name");
CREATE UNIQUE INDEX "email_template_preset" ON "email_template" ("preset");
CREATE TABLE "segment" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "filters" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "segment_name" ON "segment" ("name");
CREATE TABLE "campaign" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "segment_id" INTEGER, "template_id" INTEGER, "subject" VARCHAR(255) NOT NULL, "body" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "sent_at" DATETIME, FOREIGN KEY ("segment_id") REFERENCES "segment" ("id") ON DELETE SET NULL, FOREIGN KEY ("template_id") REFERENCES "email_template" ("id") ON DELETE SET NULL);
CREATE INDEX "campaign_segment_id" ON "campaign" ("segment_id");
CREATE INDEX "campaign_template_id" ON "campaign" ("template_id");
CREATE TABLE "outbox_message" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER, "to_address" VARCHAR(255) NOT NULL, "to_name" VARCHAR(255) NOT NULL, "subject" VARCHAR(255) NOT NULL, "body" TEXT NOT NULL, "message_id" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "attempts" INTEGER NOT NULL, "attempt_id" VARCHAR(255), "claimed_at" DATETIME, "handed_over_at" DATETIME, "next_attempt_at" DATETIME NOT NULL, "last_error" TEXT NOT NULL, "origin" VARCHAR(255) NOT NULL, "campaign_id" INTEGER, "created_at" DATETIME NOT NULL, "sent_at" DATETIME, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE SET NULL, FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE SET NULL);
CREATE INDEX "outbox_message_customer_id" ON "outbox_message" ("customer_id");
CREATE UNIQUE INDEX "outbox_message_message_id" ON "outbox_message" ("message_id");
CREATE INDEX "outbox_message_status_next_attempt_at" ON "outbox_message" ("status", "next_attempt_at");
CREATE INDEX "outbox_message_campaign_id" ON "outbox_message" ("campaign_id");
CREATE TABLE "campaign_recipient" ("id" INTEGER NOT NULL PRIMARY KEY, "campaign_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "outbox_id" INTEGER, "status" VARCHAR(255) NOT NULL, FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE CASCADE, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("outbox_id") REFERENCES "outbox_message" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "campaign_recipient_campaign_id_customer_id" ON "campaign_recipient" ("campaign_id", "customer_id");
CREATE INDEX "campaign_recipient_customer_id" ON "campaign_recipient" ("customer_id");
CREATE INDEX "campaign_recipient_outbox_id" ON "campaign_recipient" ("outbox_id");
CREATE TABLE "automation_rule" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "trigger" VARCHAR(255) NOT NULL, "trigger_params" TEXT NOT NULL, "conditions" TEXT NOT NULL, "actions" TEXT NOT NULL, "enabled" INTEGER NOT NULL, "enabled_at" DATETIME, "checked_until" DATETIME, "preset" VARCHAR(255), "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "automation_rule_preset" ON "automation_rule" ("preset");
CREATE TABLE "rule_run" ("id" INTEGER NOT NULL PRIMARY KEY, "rule_id" INTEGER NOT NULL, "event_key" VARCHAR(255) NOT NULL, "customer_id" INTEGER, "at" DATETIME NOT NULL, "status" VARCHAR(255) NOT NULL, "detail" TEXT NOT NULL, FOREIGN KEY ("rule_id") REFERENCES "automation_rule" ("id") ON DELETE CASCADE, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "rule_run_rule_id_event_key" ON "rule_run" ("rule_id", "event_key");
CREATE INDEX "rule_run_rule_id_at" ON "rule_run" ("rule_id", "at");
CREATE INDEX "rule_run_customer_id" ON "rule_run" ("customer_id");
