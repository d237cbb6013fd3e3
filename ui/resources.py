"""Resource paths for the window (the same folder the core uses)."""

from crm_desktop.resources import resource_path, resource_root

__all__ = ["resource_path", "resource_root"]
