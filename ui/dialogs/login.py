"""The login dialog: name and password, with the reason when a login is refused."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.context import AppContext
from app.services import auth
from app.services.actor import Actor
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.field_error import ERROR_STYLE


class LoginDialog(FormDialog):
    """Asks who is at the desk; `logged_in` carries the Actor, also kept in `self.actor`."""

    logged_in = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("login_dialog")
        self.actor: Actor | None = None
        self._failure: auth.LoginFailed | None = None
        self.heading = QLabel("GarageDesk", self)
        self.heading.setStyleSheet("font-size: 22px; font-weight: bold; color: #1565c0;")
        self.shop = QLabel(f"{context.shop_name}  {context.branch_code}".strip(), self)
        self.shop.setObjectName("login_shop")
        self.shop.setStyleSheet("font-size: 14px;")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("login_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        self.username_label, self.password_label = QLabel(self), QLabel(self)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.shop)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.username.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in"))  # Qt adds " — GarageDesk"
        self.username_label.setText(self.tr("Login &name"))
        self.password_label.setText(self.tr("&Password"))
        self.username.setAccessibleName(self.tr("Login name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.retranslate_buttons(self.tr("&Log in"))
        self.cancel_button.setText(self.tr("&Quit"))
        self._show_failure()

    def submit(self) -> bool:
        with self.context.write() as s:
            result = auth.login(s, self.username.text(), self.password.text())
        if isinstance(result, Actor):
            self.actor = result
            self._failure = None
            self.logged_in.emit(result)
            return True
        self._failure = result
        self._show_failure()
        self.password.clear()
        (self.username if result.reason == "inactive" else self.password).setFocus()
        return False

    def _show_failure(self) -> None:
        failure = self._failure
        self.message.setVisible(failure is not None)
        if failure is None:
            return
        if failure.reason == "locked":
            text = self.tr(
                "Too many wrong passwords: this account is locked until {time}. "
                "An administrator can unlock it now."
            ).format(time=_local_hhmm(failure.locked_until))
        elif failure.reason == "inactive":
            text = self.tr("This account is switched off. Ask an administrator to switch it on.")
        elif failure.tries_left > 0:
            text = self.tr(
                "Wrong name or password. {n} tries left before the account is locked."
            ).format(n=failure.tries_left)
        else:
            text = self.tr("Wrong name or password.")
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter in the name field moves on to the password instead of trying an empty one.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.username.hasFocus():
            self.password.setFocus()
            return
        super().keyPressEvent(event)


def _local_hhmm(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""
