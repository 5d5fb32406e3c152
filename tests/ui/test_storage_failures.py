"""A full disk, a read-only database and an unexpected error while saving through the real
windows: a clear message, the form keeps what was typed, nothing half-saved, and the same save
goes through once the cause is gone."""

from __future__ import annotations

import errno
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from db.models import Customer, Vehicle
from tests.mounts import read_only, small_disk
from tests.ui.conftest import make_context, type_text


def _shop_on(path: Path):  # type: ignore[no-untyped-def]
    """A migrated database file with its shop set up and the administrator logged in."""
    from app.bootstrap import open_database, prepare
    from app.config import paths
    from app.services import auth, shop

    database, where = open_database(str(path), paths())
    prepare(database, where)
    with database.write() as s:
        admin = shop.set_up_shop(
            s, shop.ShopForm("长沙星沙汽修", "长沙县星沙大道 8 号", "0731-84001234", "BR01", "湘A"),
            auth.UserForm("admin", "管理员", "admin", "admin-pass-1"))
    return database, make_context(database, admin)


def _checkpoint(database, reopen: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Fold the -wal into the file and empty it: the next save needs new room on the disk.

    `reopen`: every connection closed too (SQLite then removes -wal and -shm), as after a
    restart: the next connection must make them anew.
    """
    database.engine.dispose()
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    if reopen:
        database.engine.dispose()


def _fill(disk: Path) -> Path:
    """Fill the small disk to the last page with a file of zeros."""
    filler = disk / "filler.bin"
    with filler.open("wb", buffering=0) as f:
        for size in (65536, 4096, 512):
            try:
                while True:
                    f.write(b"\0" * size)
            except OSError as full:
                assert full.errno == errno.ENOSPC
    return filler


def _counts(database) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with database.read() as s:
        return (s.scalar(select(func.count(Customer.id))),
                s.scalar(select(func.count(Vehicle.id))))


def _register_dialog(qtbot, context):  # type: ignore[no-untyped-def]
    from ui.dialogs.customer_dialog import CustomerDialog

    dialog = CustomerDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.fields.inputs["name"], "赵六")
    type_text(qtbot, dialog.fields.phones.edits[0], "13900139000")
    type_text(qtbot, dialog.car.inputs["plate"], "湘A66666")
    return dialog


def _typed(dialog) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    return (dialog.fields.inputs["name"].text(), dialog.fields.phones.edits[0].text(),
            dialog.car.inputs["plate"].text())


@pytest.mark.parametrize("reopen", [False, True], ids=["while-open", "after-restart"])
def test_a_full_disk_while_saving_a_customer(qtbot, tmp_path, reopen):  # type: ignore[no-untyped-def]
    with small_disk(tmp_path / "disk", "6m") as disk:
        database, context = _shop_on(disk / "shop.db")
        try:
            dialog = _register_dialog(qtbot, context)
            _checkpoint(database, reopen)
            filler = _fill(disk)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
            assert dialog.general_error.isVisible()
            assert "The disk is full, so nothing was saved" in dialog.general_error.text()
            assert _typed(dialog) == ("赵六", "13900139000", "湘A66666")
            filler.unlink()  # space freed (a full disk cannot even start a reader after a restart)
            assert _counts(database) == (0, 0)  # nothing half-saved
            # the same save, as it is, goes through
            with qtbot.waitSignal(dialog.customer_saved):
                qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert dialog.result() == dialog.DialogCode.Accepted
            assert _counts(database) == (1, 1)
            with database.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        finally:
            database.dispose()


def test_a_database_gone_read_only_while_open(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "shop"
    folder.mkdir()
    database, context = _shop_on(folder / "shop.db")
    try:
        dialog = _register_dialog(qtbot, context)
        _checkpoint(database, reopen=True)  # open files stay writable; new ones are not
        with read_only(folder):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert dialog.isVisible()
            text = dialog.general_error.text()
            assert text.startswith("The database cannot be written") and "read-only" in text
            assert _typed(dialog) == ("赵六", "13900139000", "湘A66666")
        database.engine.dispose()
        assert _counts(database) == (0, 0)
        with qtbot.waitSignal(dialog.customer_saved):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert _counts(database) == (1, 1)
    finally:
        database.dispose()


def _failing_settle(*_args, **_kwargs):  # type: ignore[no-untyped-def]
    raise RuntimeError("settle broke in a way nobody foresaw")


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_in_the_settle_dialog_is_logged_and_shown(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, database, advisor, garagedesk_home):
    """Before: the exception left the button's slot and went to stderr only (nothing on screen,
    nothing in a log). Now it is written to the log file and told in a message box."""
    from app.config import paths
    from app.logs import setup_logging
    from app.services import settlement
    from tests.app.settle_helpers import ready_order
    from ui import errors
    from ui.dialogs.settlement_dialog import SettlementDialog

    order_id = ready_order(database, advisor)
    log_path = setup_logging(paths())
    hooks = sys.excepthook
    errors.install(log_path)
    try:
        dialog = SettlementDialog(make_context(database, advisor), order_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        monkeypatch.setattr(settlement, "settle", _failing_settle)
        qtbot.mouseClick(dialog.settle_button, Qt.MouseButton.LeftButton)

        def box_shown() -> QMessageBox:
            boxes = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.objectName() == errors.BOX_NAME
                     and w.isVisible()]
            assert boxes
            return boxes[0]

        qtbot.waitUntil(lambda: bool(box_shown()))
        box = box_shown()
        assert "did not expect" in box.text() and str(log_path) in box.text()
        assert "settle broke" in box.informativeText()
        box.close()
        assert dialog.isVisible()  # the typed amount became its payment row, still there
        assert [p.amount_fen for p in dialog.model.rows()] == [37750]
        for handler in logging.getLogger().handlers:
            handler.flush()
        logged = log_path.read_text(encoding="utf-8")
        assert "settle broke in a way nobody foresaw" in logged and "Traceback" in logged
    finally:
        sys.excepthook = hooks
        import threading

        threading.excepthook = threading.__excepthook__
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "") == str(log_path):
                root.removeHandler(handler)
                handler.close()


@pytest.mark.qt_no_exception_capture
def test_a_storage_failure_in_any_window_is_told_plainly(qtbot, garagedesk_home):  # type: ignore[no-untyped-def]
    """A window that does not catch it itself: the hook tells the plain message, no "unexpected"."""
    import sqlite3
    import threading

    from PySide6.QtWidgets import QPushButton

    from app.config import paths
    from app.logs import log_file
    from ui import errors

    hooks = sys.excepthook
    errors.install(log_file(paths()))
    try:
        button = QPushButton("save")
        qtbot.addWidget(button)
        button.show()

        def save() -> None:
            raise sqlite3.OperationalError("database or disk is full")

        button.clicked.connect(save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        def shown() -> list[QMessageBox]:
            return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                    and w.objectName() == errors.BOX_NAME and w.isVisible()]

        qtbot.waitUntil(lambda: bool(shown()))
        box = shown()[0]
        assert box.text().startswith("The disk is full, so nothing was saved")
        assert "did not expect" not in box.text()
        box.close()
    finally:
        sys.excepthook = hooks
        threading.excepthook = threading.__excepthook__
