"""Users and rights (administrator): the logins, their roles and locks; add, edit, unlock."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.context import AppContext
from app.domain.errors import InputError
from app.services import auth
from ui.i18n import Retranslating
from ui.models.users_model import UsersModel, is_locked
from ui.widgets.field_error import FieldError
from ui.widgets.file_parts import FileTable
from ui.widgets.why_not import allow


class UsersPage(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_page")
        self.context = context
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.model = UsersModel(self)
        self.table = FileTable(self)
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.row_activated.connect(lambda _row: self.edit_user())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.error = FieldError("active", self)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (("add_user", self.add_user), ("edit_user", self.edit_user),
                           ("unlock_user", self.unlock_user),
                           ("toggle_active", self.toggle_active)):
            button = self.buttons[name] = QPushButton(self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Users and rights"))
        texts = {"add_user": self.tr("&Add user…"), "edit_user": self.tr("&Edit…"),
                 "unlock_user": self.tr("&Unlock…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.model.retranslate()
        self.error.retranslate()
        self._update_buttons()

    def reload(self) -> None:
        selected = self.selected()
        with self.context.read() as s:
            users = auth.list_users(s)
        self.model.set_rows(users)
        ids = [u.user_id for u in users]
        row = ids.index(selected.user_id) if selected and selected.user_id in ids else 0
        if users:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> auth.UserInfo | None:
        return self.model.row_at(self.table.current_row())

    def _update_buttons(self) -> None:
        user = self.selected()
        for name in ("edit_user", "unlock_user", "toggle_active"):
            allow(self.buttons[name], None if user is not None else self.tr("Choose a user first."))
        if user is not None:
            allow(self.buttons["unlock_user"], None if is_locked(user) or user.failed_logins > 0
                  else self.tr("This login is not locked."))
        off = user is not None and not user.active
        self.buttons["toggle_active"].setText(
            self.tr("Switch &on") if off else self.tr("Switch &off"))

    def _show(self, dialog: QWidget) -> None:
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def add_user(self) -> None:
        from ui.dialogs.user_dialog import UserDialog

        dialog = UserDialog(self.context, self)
        dialog.user_saved.connect(self.reload)
        self._show(dialog)

    def edit_user(self) -> None:
        from ui.dialogs.user_dialog import UserDialog

        if (user := self.selected()) is not None:
            dialog = UserDialog(self.context, self, user=user)
            dialog.user_saved.connect(self.reload)
            self._show(dialog)

    def unlock_user(self) -> None:
        from ui.dialogs.user_dialog import UnlockDialog

        if (user := self.selected()) is not None:
            dialog = UnlockDialog(self.context, user, self)
            dialog.user_unlocked.connect(self.reload)
            self._show(dialog)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        self.error.show_error(None)
        try:
            with self.context.write() as s:
                auth.set_active(s, self.context.user, user.user_id, not user.active)
        except InputError as refused:
            self.error.show_error(refused)
        self.reload()
