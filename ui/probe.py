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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ui.probe", description=__doc__)
    parser.add_argument("--db", help="database file or URL")
    parser.add_argument("--lang", choices=["zh_CN", "en"])
    args = parser.parse_args(argv)
    startup.begin()
    from ui.launch import launch

    launched = launch(args.db, args.lang)
    if launched is None:
        return 1
    app, context = launched.app, launched.context
    context.actor = first_admin(context)
    if context.actor is None:
        print("no active administrator: set the shop up first", file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer

    from ui.main_window import MainWindow

    window = MainWindow(context, launched.languages)
    window.show()

    def ready() -> None:
        startup.finished()
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
