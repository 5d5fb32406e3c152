"""The order editor's two money buttons: "Settle…" on a ready order (on a paid one the same
button prints the receipt again, A4 or 80 mm), and a manager's "Reverse settlement…" on a
settled one. Kept here so the editor only wires them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu

from app.domain.errors import InputErrors
from app.domain.permissions import NotAllowed, Permission
from app.services import settlement
from app.services.order_flow import MoveRefused
from app.services.orders import OrderView
from ui.dialogs.form_dialog import NOT_ALLOWED
from ui.i18n import app_text, status_name

if TYPE_CHECKING:
    from ui.pages.order_editor import OrderEditor


PAID = frozenset({"settled", "delivered"})


def show_for(editor: OrderEditor, view: OrderView) -> None:
    """Each button only in the state where it applies, and only for whoever may use it."""
    actor = editor.context.actor
    may = actor.may if actor else (lambda _p: False)
    button = editor.buttons["settle"]
    button.setVisible(view.status in PAID or (view.status == "ready" and may(Permission.SETTLE)))
    text = (QCoreApplication.translate("OrderEditor", "Print &receipt…") if view.status in PAID
            else QCoreApplication.translate("OrderEditor", "Sett&le…"))
    button.setText(text)
    button.setAccessibleName(text.replace("&", ""))
    editor.buttons["reverse"].setVisible(
        view.status == "settled" and may(Permission.SETTLEMENT_REVERSE))


def settle(editor: OrderEditor) -> None:
    if editor.view is None or not editor.saved_first():
        return
    if editor.view.status in PAID:
        button = editor.buttons["settle"]
        receipt_menu(editor).popup(button.mapToGlobal(button.rect().bottomLeft()))
        return
    from ui.dialogs.settlement_dialog import SettlementDialog

    order_id = editor.view.id
    dialog = SettlementDialog(editor.context, order_id, editor)
    dialog.print_requested.connect(editor.print_requested)
    dialog.settled.connect(lambda oid: (editor.open_order(oid), editor.order_changed.emit(oid)))
    dialog.finished.connect(dialog.deleteLater)
    editor.settlement_dialog = dialog
    dialog.open()


def reverse(editor: OrderEditor, reason: str | None = None) -> bool:
    """Ask the reason (unless given), then reverse; a refusal is shown on the editor."""
    if editor.view is None:
        return False
    if reason is None:
        title = QCoreApplication.translate("OrderEditor", "Reverse settlement")
        ask = QCoreApplication.translate(
            "OrderEditor", "Why is the settlement reversed? (kept on record)")
        reason, ok = QInputDialog.getText(editor, title, ask)
        if not ok:
            return False
    order_id = editor.view.id
    try:
        with editor.context.write() as s:
            settlement.reverse(s, editor.context.user, order_id, reason)
    except NotAllowed:
        editor._show_message(app_text("InputError", NOT_ALLOWED))
        return False
    except InputErrors as refused:
        editor._show_message(app_text("InputError", refused.errors[0].message,
                                      **refused.errors[0].params))
        return False
    except MoveRefused as refused:
        why = QCoreApplication.translate("OrderEditor", "Not possible now: {why}")
        editor._show_message(why.format(why=status_name(refused.status)))
        return False
    editor.open_order(order_id, QCoreApplication.translate(
        "OrderEditor", "The settlement was reversed; the order is ready to be settled again."))
    editor.order_changed.emit(order_id)
    return True


def receipt_menu(editor: OrderEditor) -> QMenu:
    """A4 or the 80 mm roll, chosen from a small menu under the button (keyboard: ↓, Enter)."""
    assert editor.view is not None
    order_id = editor.view.id
    menu = QMenu(editor)
    menu.setObjectName("receipt_menu")
    for document, text in (
            ("receipt", QCoreApplication.translate("OrderEditor", "Settlement list, &A4")),
            ("receipt80", QCoreApplication.translate("OrderEditor", "Receipt, &80 mm roll"))):
        action = menu.addAction(text)
        action.setObjectName(f"print_{document}")
        action.triggered.connect(
            lambda _checked=False, d=document: editor.print_requested.emit(order_id, d))
    editor.receipt_menu = menu
    return menu
