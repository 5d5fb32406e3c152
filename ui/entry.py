"""The program's entry point: app/cli's command line with the window plugged in.

`garagedesk`, `garagedesk-gui` and `python -m app` start here. The window's modules are imported
only when a window is asked for (documented lazy imports), so `garagedesk print …`, `check` or
`backup` never load Qt.
"""

from __future__ import annotations

import sys

from app import cli


def _run_window(db: str | None, lang: str | None, create: bool) -> int:
    from ui.run import run_gui  # lazy: Qt loads only for the window

    return run_gui(db, lang, create=create)


def _smoke(db: str | None) -> int:
    from ui.smoke import run_smoke  # lazy: Qt loads only for the window

    return run_smoke(db)


WINDOW = cli.Window(run=_run_window, smoke=_smoke)


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv, window=WINDOW)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console window on Windows)."""
    return main(sys.argv[1:])
