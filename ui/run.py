"""`run_gui`: the windowed program (what `garagedesk` with no sub-command opens).

First start on an empty database sets the shop up, otherwise the login dialog asks who is at
the desk; then the main window. Dialogs and heavy libraries are imported when first used.
"""

from __future__ import annotations

from ui import startup


def run_gui(db_url: str | None, lang: str | None) -> int:
    startup.begin()
    try:
        from ui.launch import launch, sign_in

        launched = launch(db_url, lang)
    finally:
        startup.finished()  # the first window from here on is a dialog: collect as usual
    if launched is None:
        return 1
    if not sign_in(launched.context):
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(launched.context, launched.languages)
    window.showMaximized()
    return launched.app.exec()
