"""Starting the windowed program: application, bundled font, language, database, login.

Shared by `ui.run` (the program) and `ui.probe` (the start-up benchmark), so both start the
same way. Import it after `ui.startup.begin()`: it loads Qt.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import __version__
from app.config import APP_NAME, Workstation, paths
from app.context import AppContext
from app.resources import CJK_FONT, resource_path
from app.services.health import PendingCheck
from ui.i18n import LanguageSwitcher


@dataclass(frozen=True)
class Launched:
    app: QApplication
    context: AppContext
    languages: LanguageSwitcher
    created: Path | None = None  # the database file this start created (the default one)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    load_cjk_font(app)
    return app


def load_cjk_font(app: QApplication) -> list[str]:
    """Register the bundled WenQuanYi Micro Hei so Chinese shows where no CJK font is installed.

    It becomes the fallback family of the application font: Latin text keeps the system's
    font, Chinese characters come from the bundled one. Returns the families it added.
    """
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*CJK_FONT)))
    if font_id < 0:
        return []
    added = QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(app.font())
    families = [f for f in [*font.families(), *added] if f]
    font.setFamilies(list(dict.fromkeys(families)))
    app.setFont(font)
    return added


def start_language(lang: str | None) -> LanguageSwitcher:
    """The language switch, set to `lang` or this workstation's saved choice."""
    switcher = LanguageSwitcher()
    switcher.switch(lang or Workstation.load(paths()).language)
    return switcher


def open_context(db_url: str | None, started: PendingCheck | None = None) -> AppContext | None:
    """The database opened and brought up to date; None after telling the user why it failed.

    `started`: the start-up check of the database, begun before the window system.
    """
    from app.bootstrap import build_context
    from app.services.health import DatabaseUnhealthy
    from db.migrate import DatabaseTooNew

    try:
        return build_context(db_url, started)
    except DatabaseUnhealthy as unhealthy:  # damaged, read-only, on a network share: said now
        from ui.dialogs.health_dialog import tell

        tell(unhealthy.health)
    except DatabaseTooNew as error:
        _fatal(QApplication.translate(
            "Startup",
            "This database was written by a newer GarageDesk; this version cannot open it."
            "\n\n{detail}").format(detail=error))
    except Exception as error:  # any failure here is shown, then the program ends
        logging.getLogger("garagedesk.ui").exception("the database could not be opened")
        _fatal(QApplication.translate(
            "Startup",
            "The database cannot be opened. Check that the file or the database server is "
            "reachable and that you may write to it.\n\n{detail}").format(detail=error))
    return None


def _fatal(text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.setObjectName("startup_error")
    box.exec()


def sign_in(context: AppContext) -> bool:
    """First start (set up the shop) or login; sets `context.actor`. False: the user quit."""
    from app.services import shop

    with context.read() as s:
        ready = shop.is_set_up(s)
    if ready:
        from ui.dialogs.login import LoginDialog

        dialog: QDialog = LoginDialog(context)
    else:
        from ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(context)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    context.actor = dialog.actor  # type: ignore[attr-defined]
    return True


def launch(db_url: str | None, lang: str | None, create: bool = False) -> Launched | None:
    """The application, the language and the open database; None if the database failed.

    A missing SQLite file is created only when it is the program's default file (the first
    start's set-up follows) or `create` says so: a mistyped path never opens an empty shop.
    """
    from app.bootstrap import missing_sqlite_file, start_health_check

    app = create_application()
    from app.logs import setup_logging
    from ui import errors

    errors.install(setup_logging(paths()))  # from here on nothing that fails goes unsaid
    languages = start_language(lang)
    missing = missing_sqlite_file(db_url)
    if missing is not None and not create and missing != paths().default_database:
        _fatal(QApplication.translate(
            "Startup",
            "There is no database file {path}.\n\nCheck the path (a USB disk or network "
            "folder that is not connected?). To start a new, empty shop there, start "
            "GarageDesk with --create.").format(path=missing))
        return None
    started = start_health_check(db_url)  # quick_check reads the file while Qt starts
    context = open_context(db_url, started)
    if context is None:
        return None
    return Launched(app, context, languages, missing)


def discard_unfinished(launched: Launched) -> None:
    """The first start was cancelled: remove the database file this start created, which
    holds no shop (the next start asks again); a file that existed before is never touched."""
    from app.bootstrap import discard_unset_database

    if launched.created is not None:
        discard_unset_database(launched.context.db, launched.created)
