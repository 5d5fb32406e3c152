"""The import dialog: a real file previewed off the UI thread, imported, the refusals saved."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
)
from sqlalchemy import func, select

from app.config import Workstation, paths
from app.context import AppContext
from app.domain.vin import with_check_digit
from app.services import files
from app.services.actor import Actor
from db.engine import Database
from db.models import Customer, Vehicle
from ui.import_dialog import DIFFERS, STATUS_COLOURS, ImportDialog

WAIT_MS = 20_000
HEADER = ["姓名", "手机", "车牌号", "车架号", "品牌", "车型"]
ROWS = [
    ["张三", "13800138000", "湘A12345", with_check_digit("LFV2A21K0A3012345"), "大众", "朗逸"],
    ["张三", "13800138000", "湘A5B7C2", "", "丰田", "凯美瑞"],
    ["周九", "13800000004", "湘A33333", "WDD2050421Z123456", "奔驰", "C200"],  # VIN flag
    ["钱七", "12345", "湘A11111", "", "", ""],  # bad phone
    ["张三", "13800138000", "湘A·12345", with_check_digit("LFV2A21K0A3012345"), "大众",
     "朗逸"],  # the first row again
]


def _csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    return path


def _count(database: Database, model: type) -> int:
    with database.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _dialog(qtbot, database: Database, actor: Actor) -> ImportDialog:  # type: ignore[no-untyped-def]
    context = AppContext(database, paths(), Workstation(), actor=actor)
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _preview(qtbot, dialog: ImportDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.set_file(path)


def _button(dialog: ImportDialog, name: str) -> QPushButton:
    return dialog.findChild(QPushButton, name)


def test_preview_import_and_report(qtbot, qtmodeltester, database: Database, manager: Actor,
                                   tmp_path: Path) -> None:
    dialog = _dialog(qtbot, database, manager)
    apply = _button(dialog, "import_apply")
    assert not apply.isEnabled()
    _preview(qtbot, dialog, _csv(tmp_path / "客户.csv", ROWS))

    counts = dialog.findChild(QLabel, "import_counts").text()
    assert counts.startswith("5 rows: 2 good, 1 with a VIN flag, 0 already on file, "
                             "1 repeated in the file, 1 with problems. 2 rows will go in.")
    table = dialog.findChild(QTableView, "import_table")
    assert table.model().rowCount() == 5
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Line", "Status", "Reason", "姓名"]
    assert model.index(3, 1).data() == "Problem" and "12345" in model.index(3, 2).data()
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == STATUS_COLOURS["ok"]
    assert (model.index(3, 0).data(Qt.ItemDataRole.BackgroundRole).color()
            == STATUS_COLOURS["problem"])

    attention = dialog.findChild(QCheckBox, "import_only_attention")
    attention.setChecked(True)
    assert [table.model().index(r, 0).data() for r in range(table.model().rowCount())] == [
        "4", "5"]

    dialog.findChild(QCheckBox, "import_accept_vin").setChecked(True)
    assert "3 rows will go in" in dialog.findChild(QLabel, "import_counts").text()
    assert apply.isEnabled()
    with qtbot.waitSignal(dialog.records_imported, timeout=WAIT_MS) as done:
        qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert (done.args[0].customers_created, done.args[0].cars_created) == (2, 3)
    qtbot.waitUntil(lambda: not dialog.findChild(QPushButton, "import_stop").isVisible())
    result = dialog.findChild(QLabel, "import_result").text()
    assert result.startswith("Imported 2 customers and 3 cars. Skipped 0 rows already on file "
                             "and 1 repeated rows. Refused 1 rows.")
    assert not apply.isEnabled()  # the same preview is not imported twice
    assert _count(database, Customer) == 2 and _count(database, Vehicle) == 3

    save = _button(dialog, "import_save_report")
    assert save.isEnabled() and not _button(dialog, "import_open_report").isVisible()
    report = tmp_path / "refused.csv"
    dialog.save_report(report)
    with report.open(encoding="utf-8-sig", newline="") as f:
        header, *lines = list(csv.reader(f))
    assert header == [*HEADER, "reason / 原因", "line / 行号"]
    assert len(lines) == 1 and lines[0][0] == "钱七" and lines[0][-1] == "5"
    assert str(report) in dialog.findChild(QLabel, "import_result").text()
    assert _button(dialog, "import_open_report").isVisible()


def test_the_same_file_again_is_all_on_file(qtbot, database: Database, manager: Actor,
                                            tmp_path: Path) -> None:
    path = _csv(tmp_path / "客户.csv", ROWS[:2])
    dialog = _dialog(qtbot, database, manager)
    _preview(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.records_imported, timeout=WAIT_MS):
        _button(dialog, "import_apply").click()
    _preview(qtbot, dialog, path)
    assert "2 already on file" in dialog.findChild(QLabel, "import_counts").text()
    assert not _button(dialog, "import_apply").isEnabled()
    assert _count(database, Vehicle) == 2


def test_a_missing_column_is_shown_and_nothing_can_be_imported(
    qtbot, database: Database, manager: Actor, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, database, manager)
    with qtbot.waitSignal(dialog.work_failed, timeout=WAIT_MS) as failed:
        dialog.set_file(_csv(tmp_path / "no-plate.csv", [["张三", "13800138000"]],
                             header=["姓名", "电话"]))
    assert "车牌/plate" in failed.args[0]
    error = dialog.findChild(QLabel, "import_error")
    assert error.isVisible() and error.text() == failed.args[0]
    assert not _button(dialog, "import_apply").isEnabled()
    assert dialog.model.rowCount() == 0


def test_excel_sheets_can_be_chosen(qtbot, database: Database, manager: Actor,
                                    tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "说明"
    book.active.append(["这一页是说明"])
    sheet = book.create_sheet("客户")
    sheet.append(["客户名称", "联系电话", "车牌号码"])
    sheet.append(["王五", 13700001111, "京A88888"])
    path = tmp_path / "客户.xlsx"
    book.save(path)
    dialog = _dialog(qtbot, database, manager)
    with qtbot.waitSignal(dialog.work_failed, timeout=WAIT_MS):
        dialog.set_file(path)  # the first sheet has no header row
    combo = dialog.findChild(QComboBox, "import_sheet")
    assert combo.isVisible() and [combo.itemText(i) for i in range(combo.count())] == [
        "说明", "客户"]
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        combo.setCurrentText("客户")
    assert not dialog.findChild(QLabel, "import_error").isVisible()
    assert dialog.findChild(QLabel, "import_counts").text().startswith("1 rows: 1 good")


def test_an_advisor_may_look_but_not_import(qtbot, database: Database, advisor: Actor,
                                            tmp_path: Path) -> None:
    dialog = _dialog(qtbot, database, advisor)
    _preview(qtbot, dialog, _csv(tmp_path / "客户.csv", ROWS[:2]))
    apply = _button(dialog, "import_apply")
    assert not apply.isEnabled() and "manager" in apply.toolTip()


def _many(path: Path, n: int) -> Path:
    return _csv(path, [[f"客户{i}", f"1380000{i:04d}", f"湘A{i:05d}"] for i in range(1, n + 1)],
                header=["姓名", "电话", "车牌"])


def test_stop_keeps_the_chunks_done_and_says_so(qtbot, database: Database, manager: Actor,
                                                tmp_path: Path) -> None:
    dialog = _dialog(qtbot, database, manager)
    _preview(qtbot, dialog, _many(tmp_path / "big.csv", 1100))
    with qtbot.waitSignal(dialog.records_imported, timeout=WAIT_MS) as done:
        _button(dialog, "import_apply").click()
        assert _button(dialog, "import_stop").isVisible()
        _button(dialog, "import_stop").click()  # long before the first 500 rows are in
    assert done.args[0].cancelled and done.args[0].not_reached == 600
    assert "import the file again" in dialog.findChild(QLabel, "import_result").text()
    assert _count(database, Customer) == 500


def test_closing_while_a_preview_runs_waits_for_it(qtbot, database: Database, manager: Actor,
                                                   tmp_path: Path) -> None:
    dialog = _dialog(qtbot, database, manager)
    dialog.set_file(_many(tmp_path / "big.csv", 1100))
    assert dialog.job is not None
    dialog.reject()
    assert dialog.job is None and not dialog.isVisible()


def test_the_main_window_opens_the_dialog_from_its_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    action = window.findChild(QAction, "action_import_customers")
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    dialog = window.findChild(ImportDialog, "import_dialog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(ImportDialog, "import_dialog") is None)


def test_one_customer_on_two_rows_is_reviewed_side_by_side(qtbot, database: Database,
                                                           manager: Actor,
                                                           tmp_path: Path) -> None:
    """Same phone, a second car, a typo in the name: the first row goes in; the second is
    shown beside it, and the user attaches its car to that customer or skips it."""
    book = Workbook()
    for row in (["姓名", "手机", "车牌号", "品牌"],
                ["张三", "13800138000", "湘A12345", "大众"],
                ["李四", "13900139000", "湘A88888", "本田"],
                ["张叁", "138 0013 8000", "湘A5B7C2", "丰田"],
                ["张三丰", "13800138000", "湘A66666", "比亚迪"]):
        book.active.append(row)
    path = tmp_path / "客户.xlsx"
    book.save(path)
    dialog = _dialog(qtbot, database, manager)
    _preview(qtbot, dialog, path)
    counts = dialog.findChild(QLabel, "import_counts")
    assert "2 rows will go in." in counts.text()
    assert "2 rows have the phone of an earlier row" in counts.text()
    assert "0 to attach, 0 to skip, 2 still to review" in counts.text()
    assert dialog.model.index(3, 1).data() == "To review"

    # The first row still to review is chosen and shown beside the row it would join.
    box = dialog.findChild(QGroupBox, "import_review")
    assert box.isVisible() and dialog.current_row().line == 4
    assert "line 2" in dialog.findChild(QLabel, "import_review_text").text()
    side = dialog.findChild(QTableWidget, "import_review_table")
    assert [[side.item(r, c).text() for c in range(4)] for r in range(2)] == [
        ["2", "张三", "13800138000", "湘A12345"], ["4", "张叁", "138 0013 8000", "湘A5B7C2"]]
    differs = [side.item(1, c).background().color() == DIFFERS for c in range(1, 5)]
    assert differs == [True, False, True, True]  # the name, plate, brand; the phone is the same
    attach = _button(dialog, "import_review_attach")
    assert attach.text() == "&Attach car to 张三"
    qtbot.mouseClick(attach, Qt.MouseButton.LeftButton)

    # On to the next: skip it; it stays in the report.
    assert dialog.model.index(2, 1).data() == "Attach" and dialog.current_row().line == 5
    qtbot.mouseClick(_button(dialog, "import_review_skip"), Qt.MouseButton.LeftButton)
    assert dialog.model.index(3, 1).data() == "Skip"
    assert "1 to attach, 1 to skip, 0 still to review" in counts.text()
    assert "3 rows will go in." in counts.text()

    with qtbot.waitSignal(dialog.records_imported, timeout=WAIT_MS) as done:
        qtbot.mouseClick(_button(dialog, "import_apply"), Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert (result.customers_created, result.cars_created, result.attached) == (2, 3, 1)
    assert [r.line for r in result.refused] == [5]
    qtbot.waitUntil(lambda: not box.isVisible())
    assert "1 cars were attached" in dialog.findChild(QLabel, "import_result").text()
    with database.read() as s:
        zhang = s.scalar(select(Customer).where(Customer.name == "张三"))
        plates = sorted(v.plate for v in files.customer_file(s, zhang.id).vehicles)
    assert plates == ["湘A12345", "湘A5B7C2"]
    assert _count(database, Customer) == 2
    report = tmp_path / "refused.csv"
    dialog.save_report(report)
    with report.open(encoding="utf-8-sig", newline="") as f:
        assert [line[0] for line in csv.reader(f)][1:] == ["张三丰"]
