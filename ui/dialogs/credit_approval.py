"""A manager allows money on account (挂账) on the spot: their own login in a small dialog.

Like the discount approval: the login is checked (and counts towards the lockout) like any
other, and only a role that may approve credit is accepted; the service keeps the name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.domain.permissions import Permission
from app.services.actor import Actor
from ui import format as fmt
from ui.dialogs.login import LoginDialog


class CreditApproval(LoginDialog):
    def __init__(self, context: AppContext, on_account_fen: int,
                 parent: QWidget | None = None) -> None:
        self.on_account_fen = on_account_fen
        super().__init__(context, parent)
        self.setObjectName("credit_approval")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Manager approval"))
        self.heading.setText(self.tr("{amount} on account (挂账)").format(
            amount=fmt.yuan(self.on_account_fen)))
        self.shop.setText(self.tr("A manager logs in here to allow it."))
        self.retranslate_buttons(self.tr("&Allow"))

    def submit(self) -> bool:
        if not super().submit():
            return False
        actor: Actor | None = self.actor
        if actor is None or not actor.may(Permission.CREDIT_APPROVE):
            self.actor = None
            self.message.setText(self.tr("This login may not allow money on account. "
                                         "A manager has to log in."))
            self.message.show()
            return False
        return True
