"""The Customers view: list, customer page with timeline, Trash, welcome page, customer dialog."""
