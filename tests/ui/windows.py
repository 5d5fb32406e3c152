"""Every top-level window and dialog of the desk, built on a shop with demo-like data, and the
checks a 1366×768 front-desk screen asks of each: it fits 1366×728 (a taskbar left) with its
action buttons inside, and no Alt letter (mnemonic) is used twice in one window.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QTabBar,
    QWidget,
)

from app.context import AppContext
from app.services import complaints, files, orders
from tests.app.handover_helpers import order_in_quality_check, ready_order, register_car, settle
from tests.progress_orders import working_order

# 1366×768 less a 40 px taskbar, less the window manager's title bar and borders.
SCREEN = QSize(1366, 728)
FRAME = QSize(8, 32)
CLIENT = SCREEN - FRAME
MNEMONIC = re.compile(r"&(.)")


@dataclass(frozen=True)
class Shop:
    """Ids of the rows the windows open on: a car with a draft order, one in quality check,
    one ready to settle, one settled, an open complaint."""

    context: AppContext
    draft_car: uuid.UUID
    draft: uuid.UUID
    in_check: uuid.UUID
    ready: uuid.UUID
    settled: uuid.UUID
    customer: uuid.UUID
    working: uuid.UUID


def demo_shop(context: AppContext) -> Shop:
    db, actor = context.db, context.user
    car = register_car(db, actor, "湘A12345", "13800138000")
    with db.write() as s:
        draft = orders.open_order(s, actor, orders.ReceptionForm(
            car.vehicle_id, car.customer_id, complaint="刹车异响，方向盘抖动", mileage="46200"))
    with db.read() as s:
        view = orders.load_order(s, draft)
    with db.write() as s:
        orders.save_order(s, actor, draft, view.version, view.header, [
            orders.LineDraft("labor", "更换前刹车片并检查刹车盘", 800, 12000, code="L-BRK"),
            orders.LineDraft("part", "前刹车片（原厂）", 1000, 38000, code="P-BRK-F", unit="套",
                             source="oem")])
    in_check = order_in_quality_check(db, actor, register_car(db, actor, "湘A22222", "13900139000"))
    ready = ready_order(db, actor, car=register_car(db, actor, "湘A33333", "13700137000"))
    settled = ready_order(db, actor, car=register_car(db, actor, "湘A44444", "13600136000"))
    settle(db, actor, settled)
    with db.write() as s:
        complaints.record(s, actor, complaints.ComplaintForm(
            car.customer_id, car.vehicle_id, None, "phone", "保养后机油灯还亮", actor.user_id,
            datetime.now(UTC) + timedelta(days=1)))
    working = working_order(db, actor, name="李四", phone="13500135000", plate="湘A55555")
    return Shop(context, car.vehicle_id, draft, in_check, ready, settled, car.customer_id,
                working)


def _car(shop: Shop):  # type: ignore[no-untyped-def]
    with shop.context.read() as s:
        return files.vehicle_file(s, shop.draft_car)


def _open_complaints(shop: Shop):  # type: ignore[no-untyped-def]
    with shop.context.read() as s:
        return complaints.open_for_vehicle(s, shop.draft_car)


def _customer(shop: Shop):  # type: ignore[no-untyped-def]
    with shop.context.read() as s:
        return files.customer_file(s, shop.customer)


def _lines(shop: Shop, order_id: uuid.UUID):  # type: ignore[no-untyped-def]
    with shop.context.read() as s:
        return list(orders.load_order(s, order_id).lines)


def _main(shop: Shop, then: Callable[[QMainWindow], None] | None = None) -> QWidget:
    from ui.main_window import MainWindow

    window = MainWindow(shop.context)
    if then is not None:
        then(window)
    return window


def _in_editor(order: str) -> Callable[[Shop], QWidget]:
    def build(shop: Shop) -> QWidget:
        order_id = getattr(shop, order)
        return _main(shop, lambda w: w.open_order(order_id))  # type: ignore[attr-defined]
    return build


def _dialogs() -> dict[str, Callable[[Shop], QWidget]]:
    from ui.dialogs import (
        arrears_dialog,
        audit_viewer,
        backups_window,
        cash_drawer,
        catalog_dialogs,
        catalog_import_dialog,
        catalog_package_dialog,
        checkin_window,
        complaint_dialog,
        completion_dialog,
        consent_dialog,
        credit_approval,
        customer_dialog,
        customer_moves,
        first_run,
        handover_window,
        login,
        manager_approval,
        notice_dialog,
        notice_templates,
        print_preview,
        progress_dialogs,
        reception_dialog,
        settlement_dialog,
        shop_dialog,
        shop_rules,
        user_dialog,
        vehicle_dialog,
        where_dialog,
    )
    from ui.import_dialog import ImportDialog
    from ui.waiting_room import WaitingRoomWindow

    def user(shop: Shop):  # type: ignore[no-untyped-def]
        from app.services import auth

        with shop.context.read() as s:
            return auth.list_users(s)[0]

    c = lambda shop: shop.context  # noqa: E731
    return {
        "arrears": lambda s: arrears_dialog.ArrearsDialog(c(s)),
        "audit_log": lambda s: audit_viewer.AuditViewer(c(s)),
        "backups": lambda s: backups_window.BackupsWindow(c(s)),
        "cash_drawer": lambda s: cash_drawer.CashDrawerDialog(c(s)),
        "labor": lambda s: catalog_dialogs.LaborDialog(c(s)),
        "part": lambda s: catalog_dialogs.PartDialog(c(s)),
        "phrase": lambda s: catalog_dialogs.PhraseDialog(c(s)),
        "package": lambda s: catalog_package_dialog.PackageDialog(c(s)),
        "parts_import": lambda s: catalog_import_dialog.PartsImportDialog(c(s)),
        "checkin": lambda s: checkin_window.CheckInWindow(c(s), s.draft),
        "complaint": lambda s: complaint_dialog.ComplaintDialog(c(s), _car(s)),
        "close_complaint": lambda s: complaint_dialog.CloseComplaintDialog(
            c(s), _open_complaints(s)),
        "completion": lambda s: completion_dialog.CompletionDialog(c(s), s.in_check, "湘A22222"),
        "approval": lambda s: consent_dialog.ConsentDialog(
            c(s), s.draft, "张三", _lines(s, s.draft), consent_dialog.APPROVAL),
        "credit_approval": lambda s: credit_approval.CreditApproval(c(s), 37750),
        "new_customer": lambda s: customer_dialog.CustomerDialog(c(s), plate_prefix="湘A"),
        "edit_customer": lambda s: customer_dialog.CustomerDialog(c(s), customer=_customer(s)),
        "merge": lambda s: customer_moves.MergeDialog(c(s), _customer(s)),
        "transfer": lambda s: customer_moves.TransferDialog(c(s), _car(s)),
        "first_run": lambda s: first_run.FirstRunDialog(c(s)),
        "handover": lambda s: handover_window.HandoverWindow(c(s), s.settled),
        "login": lambda s: login.LoginDialog(c(s)),
        "manager_approval": lambda s: manager_approval.ManagerApproval(c(s), 1500, 1000),
        "notice": lambda s: notice_dialog.NoticeDialog(c(s), s.in_check),
        "notice_templates": lambda s: notice_templates.NoticeTemplatesDialog(c(s)),
        "print_preview": lambda s: print_preview.PrintPreview(c(s), s.draft, "workorder"),
        "parts_wait": lambda s: progress_dialogs.PartsDialog(c(s), s.working),
        "promise": lambda s: progress_dialogs.PromiseDialog(c(s), s.in_check, None),
        "reception": lambda s: reception_dialog.ReceptionDialog(
            c(s), _car(s), ["保养", "刹车异响", "空调不冷"]),
        "settlement": lambda s: settlement_dialog.SettlementDialog(c(s), s.ready),
        "shop_profile": lambda s: shop_dialog.ShopProfileDialog(c(s)),
        "shop_rules": lambda s: shop_rules.ShopRulesDialog(c(s)),
        "new_user": lambda s: user_dialog.UserDialog(c(s)),
        "unlock": lambda s: user_dialog.UnlockDialog(c(s), user(s)),
        "new_vehicle": lambda s: vehicle_dialog.VehicleDialog(
            c(s), customer_id=s.customer, customer_name="张三", plate_prefix="湘A"),
        "edit_vehicle": lambda s: vehicle_dialog.VehicleDialog(c(s), vehicle=_car(s)),
        "where_is_my_car": lambda s: where_dialog.WhereIsMyCarDialog(c(s)),
        "waiting_room": lambda s: WaitingRoomWindow(c(s)),
        "import_customers": lambda s: ImportDialog(c(s)),
    }


def _pages() -> dict[str, Callable[[Shop], QWidget]]:
    from ui.main_window import CATALOG, PROGRESS, USERS

    return {
        "main": lambda s: _main(s),
        "main_car_file": lambda s: _main(s, lambda w: w.reception.open_vehicle(  # type: ignore[attr-defined]
            s.draft_car)),
        "main_customer_file": lambda s: _main(s, lambda w: w.reception.open_customer(  # type: ignore[attr-defined]
            s.customer)),
        "main_draft_order": _in_editor("draft"),
        "main_order_in_check": _in_editor("in_check"),
        "main_ready_order": _in_editor("ready"),
        "main_settled_order": _in_editor("settled"),
        "main_progress": lambda s: _main(s, lambda w: w.show_page(PROGRESS)),  # type: ignore[attr-defined]
        "main_progress_working": lambda s: _main(s, lambda w: w.show_on_board(s.working)),  # type: ignore[attr-defined]
        "main_progress_in_check": lambda s: _main(s, lambda w: w.show_on_board(s.in_check)),  # type: ignore[attr-defined]
        "main_catalog": lambda s: _main(s, lambda w: w.show_page(CATALOG)),  # type: ignore[attr-defined]
        "main_users": lambda s: _main(s, lambda w: w.show_page(USERS)),  # type: ignore[attr-defined]
    }


def windows() -> dict[str, Callable[[Shop], QWidget]]:
    return {**_pages(), **_dialogs()}


# The checks
def _inside(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def action_buttons(window: QWidget) -> list[QAbstractButton]:
    """The buttons of the window's button boxes, and every push button outside scrolled content."""
    found = [b for box in window.findChildren(QDialogButtonBox) for b in box.buttons()]
    found += [b for b in window.findChildren(QAbstractButton)
              if b.inherits("QPushButton") and not _scrolled(b, window)]
    return [b for b in dict.fromkeys(found) if b.isVisibleTo(window)]


def misfits(window: QWidget) -> list[str]:
    """What does not fit the front-desk screen: the window's size hints, the size it opens
    at, and any action button outside its visible area."""
    problems = []
    for name, size in (("minimumSizeHint", window.minimumSizeHint()),
                       ("sizeHint", window.sizeHint()), ("size", window.size())):
        if size.width() > CLIENT.width() or size.height() > CLIENT.height():
            problems.append(f"{name} {size.width()}×{size.height()}")
    area = window.rect()
    for button in action_buttons(window):
        if not area.contains(_inside(button, window)):
            problems.append(f"button {button.text()!r} at {_inside(button, window)}")
    return problems


def mute_buttons(window: QWidget) -> list[str]:
    """Shown buttons that are disabled without a tooltip saying why."""
    return [b.text() for b in window.findChildren(QAbstractButton)
            if b.isVisibleTo(window) and not b.isEnabled() and not b.toolTip()]


def _mnemonic(text: str) -> str | None:
    found = MNEMONIC.findall(text.replace("&&", ""))
    return found[0].upper() if found else None


def shown_texts(window: QWidget) -> list[str]:
    """Every text of the window that can carry an Alt letter, of widgets shown now."""
    def shown(w: QWidget) -> bool:
        return w.isVisibleTo(window) or w is window
    texts = [b.text() for b in window.findChildren(QAbstractButton) if shown(b)]
    texts += [x.text() for x in window.findChildren(QLabel) if x.buddy() is not None and shown(x)]
    texts += [g.title() for g in window.findChildren(QGroupBox) if shown(g)]
    texts += [bar.tabText(i) for bar in window.findChildren(QTabBar) if shown(bar)
              for i in range(bar.count())]
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    return texts


def _duplicates(texts: list[str], scope: str = "") -> dict[str, list[str]]:
    letters = [(m, t) for t in texts if (m := _mnemonic(t)) is not None]
    counts = Counter(m for m, _t in letters)
    return {scope + m: [t for n, t in letters if n == m] for m, k in counts.items() if k > 1}


def duplicate_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt letters used twice among the window's shown texts, and within each of its menus."""
    found = _duplicates(shown_texts(window))
    if isinstance(window, QMainWindow):
        for menu in window.findChildren(QMenu):
            found |= _duplicates([a.text() for a in menu.actions() if a.isVisible()],
                                 f"{menu.title()}: ")
    return found
