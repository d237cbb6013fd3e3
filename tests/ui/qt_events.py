"""Qt events built the same way on every PySide6 the project supports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF


def drag_event(kind: type, spot: QPointF, *args: Any) -> Any:
    """A drag enter/move/drop event: PySide6 6.12 takes a QPointF (QPoint is
    deprecated there); earlier versions take only a QPoint."""
    try:
        return kind(spot, *args)
    except TypeError:
        return kind(spot.toPoint(), *args)
