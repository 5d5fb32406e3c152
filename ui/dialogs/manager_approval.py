"""A manager approves a discount on the spot: their own login in a small dialog.

The login is checked (and counted towards the lockout) like any other; only a user whose role
may give discounts over the limit is accepted. The service audits the approval by name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.domain.permissions import Permission
from app.services.actor import Actor
from ui.dialogs.login import LoginDialog


class ManagerApproval(LoginDialog):
    def __init__(self, context: AppContext, discount_bp: int, limit_bp: int,
                 parent: QWidget | None = None) -> None:
        self.discount_bp, self.limit_bp = discount_bp, limit_bp
        super().__init__(context, parent)
        self.setObjectName("manager_approval")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Manager approval"))
        self.heading.setText(self.tr("Discount {pct}% — your limit is {limit}%").format(
            pct=f"{self.discount_bp / 100:g}", limit=f"{self.limit_bp / 100:g}"))
        self.shop.setText(self.tr("A manager logs in here to approve it."))
        self.retranslate_buttons(self.tr("&Approve"))

    def submit(self) -> bool:
        if not super().submit():
            return False
        actor: Actor | None = self.actor
        if actor is None or not actor.may(Permission.DISCOUNT_OVER_LIMIT):
            self.actor = None
            self.message.setText(self.tr("This login may not approve discounts over the "
                                         "limit. A manager has to log in."))
            self.message.show()
            return False
        return True
