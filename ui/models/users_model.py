"""The users list: login name, display name, role and whether the login works right now."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.services.auth import UserInfo
from ui.i18n import role_name
from ui.models.table import RowsModel

LOCKED = QColor("#c62828")
OFF = QColor("#8a8a8a")


def is_locked(user: UserInfo, now: datetime | None = None) -> bool:
    return user.locked_until is not None and user.locked_until > (now or datetime.now(UTC))


class UsersModel(RowsModel[UserInfo]):
    USERNAME, DISPLAY_NAME, ROLE, STATE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Login name"), self.tr("Display name"), self.tr("Role"),
                self.tr("State")]

    def state(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("Switched off")
        if is_locked(user):
            assert user.locked_until is not None
            return self.tr("Locked until {time}").format(
                time=user.locked_until.astimezone().strftime("%H:%M"))
        if user.failed_logins:
            return self.tr("Active ({n} wrong passwords)").format(n=user.failed_logins)
        return self.tr("Active")

    def cell(self, row: UserInfo, column: int) -> str:
        return (row.username, row.display_name, role_name(row.role), self.state(row))[column]

    def cell_role(self, row: UserInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            if not row.active:
                return QBrush(OFF)
            if is_locked(row):
                return QBrush(LOCKED)
        return None
