-- Schema version 6: indexes for the reports (issue 5).
--
-- The dashboard sums a year of purchases and interactions by month. With
-- these covering indexes each (currency, month) or (channel, month) sum is a
-- range scan of the index alone, instead of a sort of every row of the year
-- (see crm_desktop/reports/buckets.py); on the 100k-customer demo database
-- that takes the channel report from ~2 s to ~0.1 s. RFM groups purchases by
-- customer from the same purchase index.
CREATE INDEX "purchase_currency_occurred_at" ON "purchase" ("currency", "occurred_at", "amount_minor", "customer_id", "deleted_at");
CREATE INDEX "interaction_channel_occurred_at" ON "interaction" ("channel", "occurred_at", "deleted_at");
