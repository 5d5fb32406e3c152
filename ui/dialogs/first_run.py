"""First start on an empty database: the shop's profile and its first administrator."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.context import AppContext
from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Role
from app.services import auth, shop
from app.services.actor import Actor
from ui.dialogs.form_dialog import PASSWORDS_DIFFER, FormDialog
from ui.widgets.field_error import with_error
from ui.widgets.shop_form import ShopFormWidget

ADMIN_FIELDS = ("username", "display_name", "password", "password_again")


class FirstRunDialog(FormDialog):
    """Sets up the shop; `shop_set_up` carries the new administrator (also `self.actor`)."""

    shop_set_up = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("first_run_dialog")
        self.actor: Actor | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 20px; font-weight: bold; color: #1565c0;")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.shop_box = QGroupBox(self)
        self.shop_form = ShopFormWidget(self.errors, self.shop_box)
        QVBoxLayout(self.shop_box).addWidget(self.shop_form)
        self.admin_box = QGroupBox(self)
        admin_form = QFormLayout(self.admin_box)
        self.admin: dict[str, QLineEdit] = {}
        self.admin_labels: dict[str, QLabel] = {}
        for field in ADMIN_FIELDS:
            edit = QLineEdit(self.admin_box)
            edit.setObjectName(f"admin_{field}")
            if field.startswith("password"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.admin[field] = edit
            label = self.admin_labels[field] = QLabel(self.admin_box)
            label.setBuddy(edit)
            admin_form.addRow(label, with_error(edit, self.errors.add(field, edit, self)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.shop_box)
        layout.addWidget(self.admin_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))  # Qt adds " — GarageDesk"
        self.heading.setText(self.windowTitle())
        self.intro.setText(self.tr(
            "This database is new. Enter your shop's profile and the first administrator's "
            "login; you can change the profile and add more users later."))
        self.shop_box.setTitle(self.tr("Shop"))
        self.admin_box.setTitle(self.tr("First administrator"))
        texts = {
            "username": self.tr("&Login name"),
            "display_name": self.tr("&Display name"),
            "password": self.tr("Pass&word"),
            "password_again": self.tr("Password a&gain"),
        }
        for field, text in texts.items():
            self.admin_labels[field].setText(text)
            self.admin[field].setAccessibleName(text.replace("&", ""))
        self.retranslate_buttons(self.tr("&Set up the shop"))
        self.cancel_button.setText(self.tr("&Quit"))

    def user_form(self) -> auth.UserForm:
        return auth.UserForm(self.admin["username"].text(), self.admin["display_name"].text(),
                             Role.ADMIN, self.admin["password"].text())

    def submit(self) -> bool:
        shop_form, user_form = self.shop_form.form(), self.user_form()
        errors = _refusals(shop.check_shop_form, shop_form)
        errors += _refusals(auth.check_user_form, user_form, new=True)
        if user_form.password != self.admin["password_again"].text():
            errors.append(InputError("password_again", PASSWORDS_DIFFER))
        if errors:
            raise InputErrors(errors)
        with self.context.write() as s:
            self.actor = shop.set_up_shop(s, shop_form, user_form)
            profile = shop.profile(s)
        self.context.shop_name, self.context.branch_code = profile.name, profile.branch_code
        self.shop_set_up.emit(self.actor)
        return True


def _refusals(check, *args, **kwargs) -> list[InputError]:  # type: ignore[no-untyped-def]
    """Everything `check` refuses, as a list (empty when all is well)."""
    try:
        check(*args, **kwargs)
    except InputErrors as e:
        return list(e.errors)
    except InputError as e:
        return [e]
    return []
