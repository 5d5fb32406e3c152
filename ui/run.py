"""`run_gui`: the windowed program (what `garagedesk` with no sub-command opens).

First start on an empty database sets the shop up, otherwise the login dialog asks who is at
the desk; then the main window. Dialogs and heavy libraries are imported when first used.
"""

from __future__ import annotations

from ui import startup


def run_gui(db_url: str | None, lang: str | None, create: bool = False) -> int:
    startup.begin()
    try:
        from ui.launch import launch, sign_in

        launched = launch(db_url, lang, create)
    finally:
        startup.finished()  # the first window from here on is a dialog: collect as usual
    if launched is None:
        return 1
    if not sign_in(launched.context):
        from ui.launch import discard_unfinished

        discard_unfinished(launched)
        return 0
    from ui.daily_backup import DailyBackup
    from ui.main_window import MainWindow

    daily = DailyBackup(launched.context)
    daily.start()  # the day's first start: a backup, off the UI thread
    window = MainWindow(launched.context, launched.languages)
    window.showMaximized()
    code = launched.app.exec()
    daily.at_close()  # the day's first close (e.g. the program ran past midnight)
    return code
