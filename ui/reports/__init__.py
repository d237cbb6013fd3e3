"""The Reports view's parts: date range, KPI tiles, chart cards, the goals editor."""
