"""The Tasks view: overdue, today, upcoming and done."""
