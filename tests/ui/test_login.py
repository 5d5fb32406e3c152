"""First start, login and its refusals, locking, unlocking by an administrator, switching user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.services import auth, shop
from tests.ui.conftest import make_context
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.login import LoginDialog


def fill(qtbot, dialog, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.conftest import type_text

    for name, text in values.items():
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None, name
        edit.clear()
        type_text(qtbot, edit, text)


def test_first_run_creates_the_shop_and_its_administrator(qtbot, database):
    context = make_context(database, None)
    dialog = FirstRunDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, {"shop_name": "", "shop_branch_code": "b 1", "admin_username": "boss",
                         "admin_display_name": "老板", "admin_password": "secret-1",
                         "admin_password_again": "secret-2"})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert set(dialog.errors.shown()) == {"name", "branch_code", "password_again"}
    with database.read() as s:
        assert not shop.is_set_up(s)

    fill(qtbot, dialog, {"shop_name": "星沙汽修", "shop_branch_code": "br01",
                         "shop_plate_prefix": "湘A", "shop_phone": "0731-84001234",
                         "admin_password_again": "secret-1"})
    with qtbot.waitSignal(dialog.shop_set_up):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.role == "admin" and context.branch_code == "BR01"
    with database.write() as s:
        assert shop.profile(s).plate_prefix == "湘A"
        assert auth.login(s, "boss", "secret-1").display_name == "老板"


def login_dialog(qtbot, context) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def try_login(qtbot, dialog, name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    fill(qtbot, dialog, {"username": name, "password": password})
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_password_tells_tries_left_then_locks(qtbot, database, admin, advisor):
    context = make_context(database, None)
    dialog = login_dialog(qtbot, context)
    try_login(qtbot, dialog, "lily", "wrong")
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "Wrong name or password. 4 tries left before the account is locked.")
    assert dialog.password.text() == ""
    for _ in range(4):
        try_login(qtbot, dialog, "lily", "wrong")
    assert "locked until" in dialog.message.text()
    try_login(qtbot, dialog, "lily", "lily-pass-1")  # even the right password now
    assert "locked until" in dialog.message.text()
    assert dialog.actor is None and dialog.isVisible()


def test_switched_off_account_is_refused(qtbot, database, admin, advisor):
    with database.write() as s:
        auth.set_active(s, admin, advisor.user_id, False)
    dialog = login_dialog(qtbot, make_context(database, None))
    try_login(qtbot, dialog, "lily", "lily-pass-1")
    assert "switched off" in dialog.message.text()


def test_administrator_unlocks_and_the_user_gets_in(qtbot, window, context, advisor):
    with context.write() as s:
        for _ in range(5):
            auth.login(s, "lily", "wrong")
    window.show_page("users")
    page = window.users_page
    assert page is not None and page.isVisible()
    row = next(i for i, u in enumerate(page.model.rows()) if u.username == "lily")
    assert page.model.cell(page.model.row_at(row), page.model.STATE).startswith("Locked until")
    page.table.selectRow(row)
    qtbot.mouseClick(page.buttons["unlock_user"], Qt.MouseButton.LeftButton)
    from ui.dialogs.user_dialog import UnlockDialog

    unlock = page.findChild(UnlockDialog)
    fill(qtbot, unlock, {"new_password": "lily-new-2", "new_password_again": "lily-new-2"})
    with qtbot.waitSignal(unlock.user_unlocked):
        qtbot.mouseClick(unlock.save_button, Qt.MouseButton.LeftButton)
    assert page.model.cell(page.model.row_at(row), page.model.STATE) == "Active"
    dialog = login_dialog(qtbot, make_context(context.db, None))
    with qtbot.waitSignal(dialog.logged_in):
        try_login(qtbot, dialog, "lily", "lily-new-2")
    assert dialog.actor.display_name == "李丽"


def test_switch_user_keeps_the_program_open(qtbot, window, context, advisor):
    assert not window._nav_item("users").isHidden()  # the administrator sees the users
    window.menus.actions["switch_user"].trigger()
    assert context.actor is None
    dialog = window.login_dialog
    qtbot.waitExposed(dialog)
    assert window.isVisible()
    with qtbot.waitSignal(dialog.logged_in):
        try_login(qtbot, dialog, "lily", "lily-pass-1")
    assert context.actor.username == "lily"
    assert window.status_user.text() == "李丽 · Service advisor"
    assert window._nav_item("users").isHidden()
    assert not window.menus.actions["users"].isEnabled()
    assert window.isVisible()


def test_users_page_adds_a_user_and_refuses_switching_oneself_off(qtbot, window, context):
    window.show_page("users")
    page = window.users_page
    qtbot.mouseClick(page.buttons["add_user"], Qt.MouseButton.LeftButton)
    from ui.dialogs.user_dialog import UserDialog

    dialog = page.findChild(UserDialog)
    fill(qtbot, dialog, {"user_username": "zhao", "user_display_name": "赵收银",
                         "new_password": "12", "new_password_again": "12"})
    dialog.role.setCurrentIndex(dialog.role.findData("cashier"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert set(dialog.errors.shown()) == {"password"}
    fill(qtbot, dialog, {"new_password": "zhao-pass-1", "new_password_again": "zhao-pass-1"})
    with qtbot.waitSignal(dialog.user_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    names = {u.username: u for u in page.model.rows()}
    assert names["zhao"].role == "cashier"
    page.table.selectRow([u.username for u in page.model.rows()].index("admin"))
    qtbot.mouseClick(page.buttons["toggle_active"], Qt.MouseButton.LeftButton)
    assert "your own login" in page.error.text()


def test_menus_follow_the_role_and_open_their_windows(qtbot, window, context):
    actions = window.menus.actions
    assert actions["users"].isEnabled() and actions["shop_profile"].isEnabled()
    actions["shop_profile"].trigger()
    from ui.dialogs.shop_dialog import ShopProfileDialog

    dialog = window.findChild(ShopProfileDialog)
    assert dialog.shop_form.inputs["plate_prefix"].text() == "湘A"
    dialog.shop_form.inputs["name"].setText("星沙汽修二店")
    with qtbot.waitSignal(dialog.profile_saved):
        dialog.save()
    assert "星沙汽修二店" in window.status_shop.text()
    if actions["import_customers"].isVisible():
        actions["import_customers"].trigger()
        from ui.import_dialog import ImportDialog

        opened = window.findChild(ImportDialog)
        assert opened is not None and opened.isVisible()
        opened.reject()
    actions["about"].trigger()
    box = window.findChild(QMessageBox, "about_box")
    assert "0.1.0" in box.text()
    box.close()
