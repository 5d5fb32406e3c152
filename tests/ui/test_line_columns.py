"""The work order's line table: its columns are as wide as their content from the first line,
show type, code, unit price and amount in full, and never move after an edit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.orders import LineDraft
from tests.ui.windows import demo_shop
from ui.i18n import CHINESE, ENGLISH, LanguageSwitcher
from ui.models.lines_model import CODE, KIND, PRICE, QUANTITY, TOTAL

FULL_TEXT = (KIND, CODE, PRICE, TOTAL)


def _widths(table) -> list[int]:  # type: ignore[no-untyped-def]
    return [table.columnWidth(c) for c in range(table.model().columnCount())]


def _cut_short(table) -> list[str]:  # type: ignore[no-untyped-def]
    """Texts of the type, code, price and amount columns that do not fit their cell."""
    metrics, model = table.fontMetrics(), table.model()
    return [text for row in range(model.rowCount()) for column in FULL_TEXT
            if metrics.horizontalAdvance(text := model.index(row, column).data()) + 8
            > table.columnWidth(column)]


def test_columns_fit_their_content_and_stay_put_through_edits(qtbot, qapp, context) -> None:  # type: ignore[no-untyped-def]
    from ui.launch import load_cjk_font
    from ui.main_window import MainWindow

    load_cjk_font(qapp)  # Chinese at the width the program shows it
    shop = demo_shop(context)
    switcher = LanguageSwitcher()
    for language in (CHINESE, ENGLISH):
        assert switcher.switch(language)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.open_order(shop.draft)
        editor = window.reception.order_editor
        table, model = editor.table, editor.model
        before = _widths(table)
        row = model.add([LineDraft("part", "原厂机油滤清器", 1000, 0, code="06L115562B", unit="个",
                             source="oem")])
        assert model.setData(model.index(row, PRICE), "12345.67")
        assert model.setData(model.index(row, QUANTITY), "8")
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not editor.dirty, editor.line_error.text() + editor.message.text()
        assert _widths(table) == before, language
        assert _cut_short(table) == [], language
        assert table.horizontalScrollBar().isHidden() or not table.horizontalScrollBar().isVisible()
        window.search.timer.stop()
        window.close()
    switcher.switch(ENGLISH)
