"""Adding or editing a login (administrator), and unlocking one after too many wrong passwords."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.context import AppContext
from app.domain.errors import InputError
from app.domain.permissions import Role
from app.services import auth
from ui.dialogs.form_dialog import PASSWORDS_DIFFER, FormDialog
from ui.i18n import role_name
from ui.widgets.field_error import FormErrors, with_error


def _password_pair(dialog: FormDialog, form: QFormLayout) -> tuple[QLineEdit, QLineEdit, QLabel,
                                                                   QLabel]:
    first, second = QLineEdit(dialog), QLineEdit(dialog)
    first.setObjectName("new_password")
    second.setObjectName("new_password_again")
    labels = QLabel(dialog), QLabel(dialog)
    for edit, label, field in ((first, labels[0], "password"),
                               (second, labels[1], "password_again")):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(edit)
        form.addRow(label, with_error(edit, dialog.errors.add(field, edit, dialog)))
    return first, second, *labels


def _check_same(first: QLineEdit, second: QLineEdit) -> None:
    if first.text() != second.text():
        raise InputError("password_again", PASSWORDS_DIFFER)


class UserDialog(FormDialog):
    """A new login (`user` None) or changes to one: display name, role, a new password."""

    user_saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 user: auth.UserInfo | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("user_dialog")
        self.user = user
        errors: FormErrors = self.errors
        self.username = QLineEdit(self)
        self.username.setObjectName("user_username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("user_display_name")
        self.role = QComboBox(self)
        self.role.setObjectName("user_role")
        for role in Role:
            self.role.addItem("", role.value)
        form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(3)]
        for caption, widget, field in zip(
                self.captions, (self.username, self.display_name, self.role),
                ("username", "display_name", "role"), strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, with_error(widget, errors.add(field, widget, self)))
        self.password, self.password_again, *self.password_labels = _password_pair(self, form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if user is not None:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.display_name.setText(user.display_name)
            self.role.setCurrentIndex(max(self.role.findData(user.role), 0))
        else:
            self.role.setCurrentIndex(self.role.findData(Role.ADVISOR.value))
        self.setMinimumWidth(420)
        self.retranslate()
        (self.display_name if user else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit user {name}").format(name=self.user.username)
                            if self.user else self.tr("Add user"))
        for caption, text in zip(self.captions, (self.tr("&Login name"),
                                                 self.tr("&Display name"), self.tr("&Role")),
                                 strict=True):
            caption.setText(text)
        for i in range(self.role.count()):
            self.role.setItemText(i, role_name(self.role.itemData(i)))
        new = self.user is None
        self.password_labels[0].setText(self.tr("&Password") if new else
                                        self.tr("New &password"))
        self.password_labels[1].setText(self.tr("Password a&gain"))
        self.password.setPlaceholderText("" if new else self.tr("leave empty to keep it"))
        for widget, label in ((self.username, self.captions[0]),
                              (self.display_name, self.captions[1]),
                              (self.role, self.captions[2]),
                              (self.password, self.password_labels[0]),
                              (self.password_again, self.password_labels[1])):
            widget.setAccessibleName(label.text().replace("&", ""))
        self.retranslate_buttons()

    def submit(self) -> bool:
        _check_same(self.password, self.password_again)
        form = auth.UserForm(self.username.text(), self.display_name.text(),
                             self.role.currentData(), self.password.text())
        actor = self.context.user
        with self.context.write() as s:
            if self.user is None:
                auth.create_user(s, actor, form, actor.branch_id)
            else:
                auth.update_user(s, actor, self.user.user_id, form)
        self.user_saved.emit()
        return True


class UnlockDialog(FormDialog):
    """Lift the lock of a login, optionally giving it a new password."""

    user_unlocked = Signal()

    def __init__(self, context: AppContext, user: auth.UserInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("unlock_dialog")
        self.user = user
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.password, self.password_again, *self.password_labels = _password_pair(self, form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock {name}").format(name=self.user.username))
        self.intro.setText(self.tr(
            "{name} can log in again at once. Give a new password if they forgot theirs; "
            "leave it empty to keep the old one.").format(name=self.user.display_name))
        self.password_labels[0].setText(self.tr("New &password"))
        self.password_labels[1].setText(self.tr("Password a&gain"))
        self.password.setAccessibleName(self.tr("New password"))
        self.password_again.setAccessibleName(self.tr("Password again"))
        self.retranslate_buttons(self.tr("&Unlock"))

    def submit(self) -> bool:
        _check_same(self.password, self.password_again)
        with self.context.write() as s:
            auth.unlock(s, self.context.user, self.user.user_id, self.password.text())
        self.user_unlocked.emit()
        return True
