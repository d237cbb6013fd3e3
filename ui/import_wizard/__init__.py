"""Importing in the window: the wizard, the import history, a File menu and dropping files.

:func:`install` gives the main window a File menu (Import…, Export…, Import
history…) and lets a CSV or vCard file dropped on it open the wizard.
"""

from ui.import_wizard.actions import install, open_import_wizard
from ui.import_wizard.history import ImportHistoryDialog
from ui.import_wizard.wizard import ImportWizard

__all__ = ["ImportHistoryDialog", "ImportWizard", "install", "open_import_wizard"]
