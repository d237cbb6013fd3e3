"""The Kanban pipeline: one column per stage, cards dragged between them."""
