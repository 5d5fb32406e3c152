"""Words on screen: no English left in the Chinese UI, no Chinese left in the English UI after
switching, one message per wrong field (gone once the field is corrected), warnings where the
car's papers disagree, and texts that fit their fields."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from ui.i18n import LanguageSwitcher

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
# What people typed stays as typed in either language: the shop, the users, the customers.
TYPED = ("长沙星沙汽修", "长沙县星沙大道", "管理员", "湘A", "张三", "李丽", "大众", "朗逸",
         "更换刹车片", "四轮定位", "刹车片", "汽修前台", "行驶证")


@pytest.fixture(scope="module")
def translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real Chinese translation, compiled from the .ts as the build does."""
    out = tmp_path_factory.mktemp("qm")
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                    str(ROOT / "resources" / "translations" / "garagedesk_zh_CN.ts"), "-qm",
                    str(out / "garagedesk_zh_CN.qm")], check=True)
    return out


@pytest.fixture
def chinese(qapp, translations: Path) -> Iterator[LanguageSwitcher]:  # type: ignore[no-untyped-def]
    switcher = LanguageSwitcher(translations)
    assert switcher.switch("zh_CN")
    yield switcher
    switcher.switch("en")


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person sees in the visible widgets under `root`."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow():
            yield name + ".title", widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if widget.toolTip():
            yield name + ".toolTip", widget.toolTip()
        if isinstance(widget, QLineEdit):
            yield name + ".placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name}[{i}]", widget.itemText(i)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name}.tab{i}", widget.tabText(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model hides its one column
                columns = 1
            for column in range(columns):
                yield f"{name}.header{column}", str(
                    model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(columns):
                    yield f"{name}[{row},{column}]", str(model.index(row, column).data() or "")


def chinese_left(root: QWidget) -> list[str]:
    found = []
    for where, text in texts(root):
        rest = text
        for typed in TYPED:
            rest = rest.replace(typed, "")
        if CJK.search(rest):
            found.append(f"{where}: {text}")
    return found


# Chinese words the English source text itself carries (a name or an example to type).
IN_ENGLISH_TOO = ("挂账", "小保养", "大保养", "机油")


def settle_events() -> None:
    """Let the posted LanguageChange reach every widget and the replaced widgets go."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_switching_to_english_leaves_no_chinese_in_any_window(qtbot, context, translations):  # type: ignore[no-untyped-def]
    from tests.progress_orders import working_order
    from ui.dialogs.cash_drawer import CashDrawerDialog
    from ui.dialogs.checkin_window import CheckInWindow
    from ui.dialogs.completion_dialog import CompletionDialog
    from ui.dialogs.customer_dialog import CustomerDialog
    from ui.dialogs.shop_rules import ShopRulesDialog
    from ui.dialogs.where_dialog import WhereIsMyCarDialog
    from ui.main_window import MainWindow

    order_id = working_order(context.db, context.user)
    window = MainWindow(context, LanguageSwitcher(translations))
    qtbot.addWidget(window)
    window.show()
    try:
        window.menus.actions["language_zh_CN"].trigger()
        settle_events()
        for page in ("catalog", "users", "progress"):
            window.show_page(page)
        window._progress().panel.show_order(order_id)  # type: ignore[attr-defined]
        window.open_order(order_id)  # the order editor, on the reception page
        dialogs = [CheckInWindow(context, order_id, window), CashDrawerDialog(context, window),
                   ShopRulesDialog(context, window), WhereIsMyCarDialog(context, window),
                   CustomerDialog(context, window),
                   CompletionDialog(context, order_id, "WX", window)]
        for dialog in dialogs:
            dialog.show()
        settle_events()
        assert "工单" in " ".join(text for _, text in texts(window))  # it did speak Chinese
    finally:
        window.menus.actions["language_en"].trigger()
    settle_events()
    left = {}
    for page in ("reception", "catalog", "users", "progress"):
        window.show_page(page)
        left[page] = [x for x in chinese_left(window)
                      if not any(word in x for word in IN_ENGLISH_TOO)]
    for dialog in dialogs:
        left[type(dialog).__name__] = [x for x in chinese_left(dialog)
                                       if not any(word in x for word in IN_ENGLISH_TOO)]
        dialog.close()
    assert {where: found for where, found in left.items() if found} == {}


# English that stays in the Chinese UI on purpose: key names, the program's name, units.
KEYS_AND_NAMES = {"Ctrl", "Alt", "Shift", "Enter", "Del", "Delete", "Esc", "Left", "Tab",
                  "GarageDesk", "VIN", "km", "admin", "SMS", "WeChat"}
ENGLISH_WORD = re.compile(r"(?<![0-9a-f])[A-Za-z]{3,}")


def english_left(root: QWidget) -> list[str]:
    return [f"{where}: {text}" for where, text in texts(root)
            if "status_db" not in where and set(ENGLISH_WORD.findall(text)) - KEYS_AND_NAMES]


def test_the_chinese_ui_has_no_english_left_in_any_window(qtbot, context, chinese):  # type: ignore[no-untyped-def]
    from tests.progress_orders import working_order
    from ui.dialogs.cash_drawer import CashDrawerDialog
    from ui.dialogs.checkin_window import CheckInWindow
    from ui.dialogs.completion_dialog import CompletionDialog
    from ui.dialogs.customer_dialog import CustomerDialog
    from ui.dialogs.shop_rules import ShopRulesDialog
    from ui.dialogs.where_dialog import WhereIsMyCarDialog
    from ui.main_window import MainWindow

    order_id = working_order(context.db, context.user)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle_events()
    left: dict[str, list[str]] = {}
    for page in ("reception", "catalog", "users", "progress"):
        window.show_page(page)
        if page == "progress":  # the chosen car's lines and timeline
            window._progress().panel.show_order(order_id)  # type: ignore[attr-defined]
        settle_events()
        left[page] = english_left(window)
    window.open_order(order_id)
    settle_events()
    left["order editor"] = english_left(window)
    for dialog in (CheckInWindow(context, order_id, window), CashDrawerDialog(context, window),
                   ShopRulesDialog(context, window), WhereIsMyCarDialog(context, window),
                   CustomerDialog(context, window), CompletionDialog(context, order_id, "WX",
                                                                     window)):
        dialog.show()
        settle_events()
        left[type(dialog).__name__] = english_left(dialog)
        dialog.close()
    assert {where: found for where, found in left.items() if found} == {}


def test_the_timeline_speaks_chinese_with_the_programs_own_reasons(qtbot, context, chinese):  # type: ignore[no-untyped-def]
    from app.services.timeline import timeline
    from tests.progress_orders import working_order
    from ui.widgets.timeline_view import TimelineList

    order_id = working_order(context.db, context.user)
    shown = TimelineList()
    qtbot.addWidget(shown)
    with context.read() as s:
        shown.set_entries(timeline(s, order_id))
    text = "\n".join(shown.item(i).text() for i in range(shown.count()))
    assert "开工" in text and "接待开单" in text and "拒绝 0 项" in text, text
    for english in ("work started", "reception", "estimate", "declined", "Order opened"):
        assert english not in text, text


def test_a_refusal_names_the_checklist_item_in_chinese(qapp, chinese):  # type: ignore[no-untyped-def]
    from app.domain.completion import check_results
    from app.domain.errors import InputError
    from app.services.checkin import CheckInForm, check_form
    from ui.i18n import error_text

    form = CheckInForm(checklist=({"item": "Exterior", "state": "damaged", "note": ""},))
    with pytest.raises(Exception) as refused:
        check_form(form)
    [error] = refused.value.errors  # type: ignore[attr-defined]
    assert error_text(error) == "请在说明中写明“外观”的问题。"
    with pytest.raises(InputError) as failed:
        check_results([{"item": "Road test", "passed": False, "note": ""}], "")
    assert "“路试”" in error_text(failed.value)


def test_the_vins_maker_is_named_in_the_uis_language(qtbot, context, chinese):  # type: ignore[no-untyped-def]
    from ui.widgets.field_error import FormErrors
    from ui.widgets.vehicle_form import VehicleFormWidget

    form = VehicleFormWidget(FormErrors())
    qtbot.addWidget(form)
    qtbot.keyClicks(form.inputs["vin"], "LSVAU2180N2183294")
    assert "上汽大众" in form.vin_hint.text() and "SAIC" not in form.vin_hint.text()
    chinese.switch("en")
    settle_events()
    assert "SAIC Volkswagen" in form.vin_hint.text()


def test_window_titles_leave_the_programs_name_to_qt(qtbot, window, context, database):  # type: ignore[no-untyped-def]
    # Qt itself adds the application's display name ("… — GarageDesk") to every title.
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.login import LoginDialog

    assert window.windowTitle() == context.shop_name
    for dialog in (LoginDialog(context, window), FirstRunDialog(context, window)):
        assert "GarageDesk" not in dialog.windowTitle(), dialog.windowTitle()


def test_a_fields_message_goes_once_the_field_is_corrected_and_the_vin_says_it_once(  # type: ignore[no-untyped-def]
        qtbot, window):
    from tests.ui.test_customer_dialog import fill, open_register

    dialog = open_register(qtbot, window)
    fill(qtbot, dialog, customer_name="张三", phone_0="13800138000", plate="湘I12345",
         vin="LFV2A21K7J30441I7")  # 17 characters, one of them I
    vin_error = dialog.findChild(QLabel, "error_vin")
    assert vin_error.isVisible() and "I" in vin_error.text()
    assert not dialog.car.vin_hint.isVisible()  # said once, not also in the hint
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = dialog.errors.shown()
    assert set(shown) == {"plate", "vin"}
    visible = [label.text() for label in dialog.findChildren(QLabel)
               if label.isVisible() and label.text() == shown["vin"]]
    assert len(visible) == 1  # the VIN's message once
    fill(qtbot, dialog, plate="湘A12345")
    assert set(dialog.errors.shown()) == {"vin"}  # the plate's message went with the fix
    assert not dialog.findChild(QLabel, "error_plate").isVisible()
    fill(qtbot, dialog, vin="LFV2A21K7J3044197")
    assert dialog.errors.shown() == {} and not vin_error.isVisible()
    assert "FAW-Volkswagen" in dialog.car.vin_hint.text()
    dialog.reject()


def test_a_model_year_against_the_vins_is_warned_next_to_the_field_and_saved(  # type: ignore[no-untyped-def]
        qtbot, window, context):
    from sqlalchemy import select

    from db.models import Vehicle
    from tests.ui.test_customer_dialog import fill, open_register

    dialog = open_register(qtbot, window)
    fill(qtbot, dialog, customer_name="张三", phone_0="13800138000", plate="湘A12345",
         vin="LFV2A21K7J3044197", year="2018")  # J: 2018
    assert not dialog.car.year_hint.isVisible()
    fill(qtbot, dialog, year="2021")
    assert dialog.car.year_hint.isVisible()
    assert "2018" in dialog.car.year_hint.text() and "2021" in dialog.car.year_hint.text()
    with qtbot.waitSignal(dialog.customer_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with context.read() as s:
        assert s.scalars(select(Vehicle.year)).one() == 2021  # a warning, not a refusal


@pytest.fixture
def cjk_font(qapp):  # type: ignore[no-untyped-def]
    """The bundled Chinese font, as the program loads it: Chinese measured at its real width."""
    from ui.launch import load_cjk_font

    before = qapp.font()
    assert load_cjk_font(qapp)
    yield
    qapp.setFont(before)


def clipped_placeholders(root: QWidget) -> list[str]:
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    found = []
    for edit in root.findChildren(QLineEdit):
        if not edit.isVisibleTo(root) or not edit.placeholderText():
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
        room = edit.width() - 2 * frame - 4  # QLineEdit keeps 2 px on each side of the text
        if edit.fontMetrics().horizontalAdvance(edit.placeholderText()) > room:
            found.append(f"{edit.objectName()}: {edit.placeholderText()}")
    return found


def test_the_settlement_and_arrears_hints_are_shown_whole_in_chinese(  # type: ignore[no-untyped-def]
        qtbot, window, context, chinese, cjk_font):
    from tests.app.settle_helpers import ready_order
    from ui.dialogs.arrears_dialog import ArrearsDialog
    from ui.dialogs.settlement_dialog import SettlementDialog

    order_id = ready_order(context.db, context.user)
    for dialog in (SettlementDialog(context, order_id, window), ArrearsDialog(context, window)):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert any(CJK.search(e.placeholderText()) for e in dialog.findChildren(QLineEdit))
        assert clipped_placeholders(dialog) == [], type(dialog).__name__
        dialog.close()


def test_the_checklists_note_column_has_room_for_a_short_note(qtbot, context, chinese, cjk_font):  # type: ignore[no-untyped-def]
    from tests.progress_orders import working_order
    from ui.dialogs.checkin_window import NOTE, NOTE_CHARS, CheckInWindow

    order_id = working_order(context.db, context.user, start=False)
    window = CheckInWindow(context, order_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(window.minimumSizeHint())  # as narrow as the window goes
    settle_events()
    table = window.checklist
    need = table.fontMetrics().horizontalAdvance("说" * NOTE_CHARS)
    assert table.horizontalHeader().sectionSize(NOTE) >= need


def test_eleven_digits_on_the_odometer_out_are_refused_as_too_large(qtbot, context):  # type: ignore[no-untyped-def]
    from tests.app.handover_helpers import settled_order
    from tests.ui.test_checkin_window import _sign
    from ui.dialogs.handover_window import HandoverWindow

    order_id = settled_order(context.db, context.user, mileage="460000")
    window = HandoverWindow(context, order_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.odometer.setFocus()
    qtbot.keyClick(window.odometer, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.odometer, "12345678901")
    _sign(qtbot, window.pad)
    window.buttons["sign"].click()
    said = window.odometer_error.text()
    assert window.odometer_error.isVisibleTo(window)
    assert "too large" in said and "3,000,000" in said and "less than" not in said, said
