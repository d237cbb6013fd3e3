-- Schema version 11: the items of a purchase (issue 15).
--
-- A point-of-sale or web-shop export has one line per item; the import groups
-- the lines of one invoice/order into one purchase and keeps each line here.
-- "quantity" is the decimal text as the file wrote it (2, 0.5, -3 for a
-- return); prices are integer minor units in the purchase's currency.
CREATE TABLE "purchase_item" ("id" INTEGER NOT NULL PRIMARY KEY, "purchase_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "description" TEXT NOT NULL, "sku" VARCHAR(255) NOT NULL, "quantity" VARCHAR(255) NOT NULL, "unit_price_minor" INTEGER NOT NULL, "total_minor" INTEGER NOT NULL, FOREIGN KEY ("purchase_id") REFERENCES "purchase" ("id") ON DELETE CASCADE);
CREATE INDEX "purchase_item_purchase_id" ON "purchase_item" ("purchase_id");
