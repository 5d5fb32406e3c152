"""The catalog page: adding through the dialogs, filtering by keyboard, importing a parts list."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QTableView

from app.context import AppContext
from app.services import catalog
from tests.ui.conftest import make_context, type_text
from ui.dialogs.catalog_dialogs import PartDialog
from ui.dialogs.catalog_import_dialog import STATUS_COLOURS, PartsImportDialog
from ui.dialogs.catalog_package_dialog import PackageDialog
from ui.pages.catalog import CatalogPage

WAIT_MS = 20_000


def _page(qtbot, context: AppContext) -> CatalogPage:  # type: ignore[no-untyped-def]
    page = CatalogPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _seed(context: AppContext) -> None:
    with context.write() as s:
        catalog.seed_defaults(s, context.user)


def _button(parent, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _column(table: QTableView, column: int = 0) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _parts(context: AppContext) -> dict[str, catalog.PartInfo]:
    with context.read() as s:
        return {p.code: p for p in catalog.list_parts(s)}


def test_add_a_part_with_a_bad_then_a_good_price(qtbot, qtmodeltester, context) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context)
    page.tabs.setCurrentWidget(page.parts)
    qtbot.mouseClick(_button(page, "parts_add"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(PartDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "part_code"), "lq01")
    type_text(qtbot, dialog.findChild(QLineEdit, "part_name"), "机油滤清器")
    price = dialog.findChild(QLineEdit, "part_price")
    qtbot.keyClicks(price, "abc")
    stock = dialog.findChild(QLineEdit, "part_stock")
    assert stock.text() == "0"
    stock.clear()
    qtbot.keyClicks(stock, "-2")
    qtbot.mouseClick(_button(dialog, "save"), Qt.MouseButton.LeftButton)

    shown = dialog.errors.shown()
    assert set(shown) == {"price", "stock"}
    assert "abc" in shown["price"] and "not a number of yuan" in shown["price"]
    assert dialog.findChild(QLabel, "error_price").isVisible()
    assert price.property("wrong") is True and dialog.isVisible()
    assert _parts(context) == {}

    price.clear()
    qtbot.keyClicks(price, "12.5")
    stock.clear()
    qtbot.keyClicks(stock, "20")
    qtbot.mouseClick(_button(dialog, "save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    part = _parts(context)["LQ01"]
    assert (part.name, part.price_fen, part.stock_milli) == ("机油滤清器", 1250, 20_000)
    table = page.findChild(QTableView, "parts_table")
    assert _column(table) == ["LQ01"] and table.model().index(0, 4).data() == "¥12.50"
    qtmodeltester.check(table.model())


def test_filter_enter_goes_to_the_table_and_enter_edits(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    _seed(context)
    page = _page(qtbot, context)
    page.tabs.setCurrentWidget(page.parts)
    table = page.findChild(QTableView, "parts_table")
    assert len(_column(table)) >= 12
    box = page.findChild(QLineEdit, "parts_filter")
    box.setFocus()
    qtbot.keyClicks(box, "ghlq")  # nothing
    assert _column(table) == []
    box.clear()
    qtbot.keyClicks(box, "jy")  # JY01 by its code, 机油滤清器 by the initials of 机油
    assert _column(table) == ["JY01", "LQ01"]
    box.clear()
    qtbot.keyClicks(box, "5w")
    assert _column(table) == ["JY01"]
    box.clear()
    type_text(qtbot, box, "机油")
    assert _column(table) == ["JY01", "LQ01"]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert page.focusWidget() is table and table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.findChild(PartDialog)
    assert dialog is not None and dialog.findChild(QLineEdit, "part_code").text() == "LQ01"
    dialog.reject()

    page.tabs.setCurrentWidget(page.labor)
    labor_box = page.findChild(QLineEdit, "labor_filter")
    qtbot.keyClicks(labor_box, "sl")  # 四轮定位
    assert _column(page.findChild(QTableView, "labor_table")) == ["WX03"]


def test_an_advisor_reads_the_catalog_but_changes_nothing(qtbot, database, advisor) -> None:  # type: ignore[no-untyped-def]
    context = make_context(database, advisor)
    with database.write() as s:
        from app.services.actor import SYSTEM

        catalog.seed_defaults(s, SYSTEM)
    page = _page(qtbot, context)
    assert not page.seed_button.isVisible()
    for name in ("labor_add", "labor_edit", "labor_toggle", "parts_add", "parts_import",
                 "packages_add", "phrases_add", "phrases_remove", "phrases_up"):
        assert not _button(page, name).isEnabled(), name
    page.tabs.setCurrentWidget(page.packages)
    table = page.findChild(QTableView, "packages_table")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opens read-only: the lines can be read
    dialog = page.findChild(PackageDialog)
    assert dialog is not None and not _button(dialog, "save").isVisible()
    assert dialog.findChild(QLineEdit, "package_name").isReadOnly()
    assert dialog.model.rowCount() == 4


def test_a_package_line_is_refused_then_added(qtbot, qtmodeltester, context) -> None:  # type: ignore[no-untyped-def]
    _seed(context)
    page = _page(qtbot, context)
    page.tabs.setCurrentWidget(page.packages)
    qtbot.mouseClick(_button(page, "packages_add"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(PackageDialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "package_code"), "tc03")
    type_text(qtbot, dialog.findChild(QLineEdit, "package_name"), "刹车套餐")
    qtbot.mouseClick(_button(dialog, "save"), Qt.MouseButton.LeftButton)
    assert dialog.errors.shown()["items"].startswith("Add at least one line")

    # The code is set rather than typed: typing opens the completer's popup, which the
    # offscreen platform answers with warnings (it cannot raise or grab the keyboard).
    code = dialog.findChild(QLineEdit, "item_code")
    dialog.line_inputs["kind"].setCurrentIndex(1)  # part
    code.setText("SC99")
    qtbot.mouseClick(_button(dialog, "item_add"), Qt.MouseButton.LeftButton)
    assert "no part with the code SC99" in dialog.errors.shown()["item.code"]
    assert dialog.model.rowCount() == 0
    code.setText("sc01")
    qtbot.mouseClick(_button(dialog, "item_add"), Qt.MouseButton.LeftButton)
    assert dialog.errors.shown() == {}
    dialog.line_inputs["kind"].setCurrentIndex(0)  # labor
    code.setText("WX01")
    qtbot.keyClick(dialog.findChild(QLineEdit, "item_quantity"), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.model.rowCount() == 2  # Enter added the line
    qtmodeltester.check(dialog.model)
    assert dialog.findChild(QLabel, "package_total").text().endswith("¥500.00")
    qtbot.mouseClick(_button(dialog, "save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with context.read() as s:
        (hit,) = catalog.search_catalog(s, "TC03")
        lines = catalog.package_lines(s, hit.id)
    assert hit.name == "刹车套餐" and hit.unit_price_fen == 38_000 + 12_000
    assert [ln.code for ln in lines] == ["SC01", "WX01"]


HEADER = ["配件编码", "配件名称", "品牌", "单位", "售价", "库存", "来源"]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


def test_import_preview_shows_row_errors(qtbot, qtmodeltester, context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context)
    page.tabs.setCurrentWidget(page.parts)
    dialog = page.parts.import_parts()
    assert isinstance(dialog, PartsImportDialog) and dialog.isVisible()
    path = _csv(tmp_path / "配件.csv", [
        ["JY01", "全合成机油 5W-30", "美孚", "升", "68", "40", "品牌"],
        ["LQ01", "机油滤清器", "马勒", "个", "45元", "20", "副厂"],
        ["SC01", "前刹车片", "博世", "套", "三百八", "4", "原厂"],
        ["YG01", "", "博世", "对", "120", "6", ""],
        ["DP01", "大灯灯泡 H7", "", "个", "85", "10", ""],
        ["dp01", "大灯灯泡 H7", "", "个", "85", "10", ""],
    ])
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.set_file(path)
    table = dialog.findChild(QTableView, "parts_import_table")
    qtmodeltester.check(table.model())
    statuses = _column(table, 1)
    assert statuses == ["New part", "New part", "Problem", "Problem", "Problem", "Problem"]
    reasons = _column(table, 2)
    assert "三百八 is not a number of yuan" in reasons[2]
    assert reasons[3].startswith("Enter a name")
    assert "DP01 is on more than one row of the file (lines 6, 7)" in reasons[4]
    assert (table.model().index(2, 0).data(Qt.ItemDataRole.BackgroundRole).color()
            == STATUS_COLOURS["problem"])
    counts = dialog.findChild(QLabel, "parts_import_counts").text()
    assert counts.startswith("6 rows: 2 new parts, 0 updates, 0 without change, 4 with problems.")
    apply = _button(dialog, "parts_import_apply")
    assert not apply.isEnabled() and _parts(context) == {}

    dialog.findChild(QCheckBox, "parts_import_only_good").setChecked(True)
    assert apply.isEnabled()
    with qtbot.waitSignal(dialog.parts_imported, timeout=WAIT_MS) as done:
        qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert (result.added, result.updated, len(result.refused)) == (2, 0, 4)
    qtbot.waitUntil(lambda: dialog.job is None)
    assert dialog.findChild(QLabel, "parts_import_result").text() == (
        "Added 2 parts, updated 0; 0 without change; refused 4 rows.")
    assert not apply.isEnabled()
    assert set(_parts(context)) == {"JY01", "LQ01"}
    assert _column(page.findChild(QTableView, "parts_table")) == ["JY01", "LQ01"]

    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):  # the same file again
        dialog.set_file(path)
    assert _column(table, 1)[:2] == ["No change", "No change"]
    dialog.reject()
    assert QApplication.activeModalWidget() is None


def test_quick_phrases_are_added_moved_and_removed(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.catalog_dialogs import PhraseDialog

    page = _page(qtbot, context)
    page.tabs.setCurrentWidget(page.phrases)
    table = page.findChild(QTableView, "phrases_table")
    for text in ("刹车异响", "漏油"):
        qtbot.mouseClick(_button(page, "phrases_add"), Qt.MouseButton.LeftButton)
        dialog = page.findChild(PhraseDialog)
        type_text(qtbot, dialog.findChild(QLineEdit, "phrase_text"), text)
        qtbot.keyClick(dialog.findChild(QLineEdit, "phrase_text"), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())
        dialog.deleteLater()
        qtbot.waitUntil(lambda: page.findChild(PhraseDialog) is None)
    assert _column(table) == ["刹车异响", "漏油"]
    assert table.currentIndex().row() == 1  # the phrase just added
    qtbot.mouseClick(_button(page, "phrases_up"), Qt.MouseButton.LeftButton)
    assert _column(table) == ["漏油", "刹车异响"] and table.currentIndex().row() == 0
    with context.read() as s:
        assert catalog.quick_phrases(s) == ["漏油", "刹车异响"]
    qtbot.mouseClick(_button(page, "phrases_remove"), Qt.MouseButton.LeftButton)
    assert _column(table) == ["刹车异响"]


def test_a_refused_package_line_opens_in_the_line_editor(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    _seed(context)
    with context.write() as s:
        oil = catalog.parts_by_code(s, ["JY01"])["JY01"]
        catalog.set_active(s, context.user, "part", oil.id, False)
    page = _page(qtbot, context)
    page.tabs.setCurrentWidget(page.packages)
    qtbot.mouseClick(_button(page, "packages_edit"), Qt.MouseButton.LeftButton)  # 小保养
    dialog = page.findChild(PackageDialog)
    assert dialog.findChild(QLineEdit, "package_code").text() == "TC01"
    qtbot.mouseClick(_button(dialog, "save"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.shown()["item.code"].startswith("The part JY01 is switched off")
    assert dialog.table.current_row() == 1
    assert dialog.findChild(QLineEdit, "item_code").text() == "JY01"
    assert dialog.findChild(QLineEdit, "item_quantity").text() == "4"
