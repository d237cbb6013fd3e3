-- Schema version 5: monthly goals (targets for revenue, deals won, new customers).
CREATE TABLE "goal" ("id" INTEGER NOT NULL PRIMARY KEY, "month" VARCHAR(255) NOT NULL, "metric" VARCHAR(255) NOT NULL, "target" INTEGER NOT NULL, "currency" VARCHAR(255) NOT NULL);
CREATE UNIQUE INDEX "goal_month_metric_currency" ON "goal" ("month", "metric", "currency");
