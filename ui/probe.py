"""Start-up probe for the benchmark: `python -m ui.probe --db PATH`.

Starts exactly as the program does, but logs in as the first active administrator without the
login dialog, shows the main window, prints `ready` once the event loop has painted it, and
quits. The benchmark times process start to that line.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ui import startup

if TYPE_CHECKING:
    from app.context import AppContext
    from app.services.actor import Actor
    from ui.launch import Launched
    from ui.main_window import MainWindow


def first_admin(context: AppContext) -> Actor | None:
    """The program's own SYSTEM actor once the shop has an active administrator.

    No password is typed here, so no user's login can be issued: the probe works as the
    program itself, the way the command line does.
    """
    from app.services import auth
    from app.services.actor import SYSTEM

    with context.read() as s:
        if any(user.role == "admin" and user.active for user in auth.list_users(s)):
            return SYSTEM
    return None


def show_as_program(db_url: str | None, lang: str | None
                    ) -> tuple[Launched, MainWindow] | None:
    """Start as the program does and show its main window, working as the program itself (no
    login dialog); None after saying why not. `ui.probe` and `garagedesk --smoke` start so."""
    from ui.launch import launch

    launched = launch(db_url, lang)
    if launched is None:
        return None
    launched.context.actor = first_admin(launched.context)
    if launched.context.actor is None:
        print("no active administrator: set the shop up first", file=sys.stderr)
        return None
    from ui.main_window import MainWindow

    window = MainWindow(launched.context, launched.languages)
    window.show()
    return launched, window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ui.probe", description=__doc__)
    parser.add_argument("--db", help="database file or URL")
    parser.add_argument("--lang", choices=["zh_CN", "en"])
    args = parser.parse_args(argv)
    startup.begin()
    shown = show_as_program(args.db, args.lang)
    if shown is None:
        return 1
    app = shown[0].app
    from PySide6.QtCore import QTimer

    def ready() -> None:
        startup.finished()
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
