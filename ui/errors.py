"""Where a failure becomes a message: storage failures beside the form, the rest logged and told.

`refusal(error)` turns a storage failure (disk full, database busy, read-only, server connection
lost; app/services/failures) into the refusal a form shows in its general message line: the
unit of work rolled back as a whole, the window stays open with what was typed. Form dialogs
(ui/dialogs/form_dialog) and the windows that save by themselves call it.

`install()` makes every exception nobody caught — in a Qt slot, the main thread or a worker
thread — go to the log file (app/logs) with its traceback and to a message box: a storage
failure with its plain message, anything else as "unexpected", naming the log file. Nothing is
swallowed.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.config import APP_NAME
from app.context import AppContext
from app.domain.errors import InputError
from app.services.failures import storage_failure
from ui.i18n import error_text

log = logging.getLogger("garagedesk.ui")
BOX_NAME = "failure_message"


def refusal(error: BaseException, context: AppContext | None = None) -> InputError | None:
    """The storage failure in `error` as a refusal to show, logged; None if it is not one.

    With the window's `context` a disk I/O error on a full disk is told as a full disk.
    """
    failure = storage_failure(error, database_folder(context))
    if failure is not None:
        log.warning("not saved: %s: %s", type(error).__name__, error)
    return failure


def database_folder(context: AppContext | None) -> Path | None:
    if context is None or not context.db.is_sqlite or not context.db.url.database:
        return None
    return Path(context.db.url.database).parent


class _Reporter(QObject):
    """Carries an exception from whichever thread raised it to the UI thread's message box."""

    raised = Signal(object)

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self.log_path = log_path
        self.raised.connect(self.present, Qt.ConnectionType.QueuedConnection)

    def present(self, error: BaseException) -> None:
        show_failure(error, self.log_path)


_reporter: _Reporter | None = None
_open_boxes: list[QMessageBox] = []


def show_failure(error: BaseException, log_path: Path | None = None,
                 parent: QWidget | None = None) -> QMessageBox:
    """A message box over the active window: the storage failure's message or "unexpected"."""
    failure = storage_failure(error)
    if failure is not None:
        icon, text, detail = QMessageBox.Icon.Warning, error_text(failure), ""
    else:
        icon = QMessageBox.Icon.Critical
        text = QApplication.translate(
            "Failure", "Something went wrong that GarageDesk did not expect; what you were "
            "doing may not have been done. Please tell whoever looks after GarageDesk.")
        if log_path is not None:
            text += "\n\n" + QApplication.translate(
                "Failure", "The details are written to {file}.").format(file=log_path)
        detail = f"{type(error).__name__}: {error}"
    parent = parent or QApplication.activeModalWidget() or QApplication.activeWindow()
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(BOX_NAME)
    if detail:
        box.setInformativeText(detail)
    _open_boxes.append(box)  # a box without a parent lives as long as Python holds it
    box.finished.connect(lambda _result: _open_boxes.remove(box))
    box.open()  # window-modal, no nested event loop: the window under it keeps its input
    return box


def _excepthook(kind: type[BaseException], error: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if storage_failure(error) is not None:
        log.warning("not saved: %s: %s", kind.__name__, error)
    else:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if _reporter is not None:
        _reporter.raised.emit(error)
    else:  # before the window exists: at least the console sees it
        sys.__excepthook__(kind, error, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install(log_path: Path) -> None:
    """Route every uncaught exception to the log and a message box (call once a QApplication
    exists)."""
    global _reporter
    if _reporter is None:
        _reporter = _Reporter(log_path)
    _reporter.log_path = log_path
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook

