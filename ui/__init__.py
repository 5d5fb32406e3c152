"""The PySide6 user interface: main window, pages, dialogs, widgets and item models.

Widgets call `app/services` through the `AppContext` and get plain data back; no SQL and no
business rule lives here.
"""
