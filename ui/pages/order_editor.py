"""The estimate / work order editor (估价 / 委托书): header, lines typed fast, totals, decisions.

Keyboard first: Ctrl+I goes to the add-line field, Enter adds the chosen catalog item, F2 or
typing edits a cell, Delete removes a line, Ctrl+S saves, Ctrl+P prints. Totals follow every
keystroke (computed by app/domain/pricing, never here). Saving goes through
app/services/orders: a stale save reloads with a message naming who changed the order, a
discount over the advisor's limit asks for a manager's login there and then.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError, InputErrors
from app.domain.money import Money
from app.domain.permissions import NotAllowed, Permission
from app.domain.pricing import parse_discount
from app.i18n import QT_TRANSLATE_NOOP
from app.services import checkin, order_flow, orders
from app.services.orders import (
    DiscountNeedsApproval,
    HeaderDraft,
    LineDraft,
    OrderLocked,
    OrderView,
    StaleOrder,
)
from ui import format as fmt
from ui.dialogs.consent_dialog import ADDED_WORK, APPROVAL, ConsentDialog
from ui.dialogs.form_dialog import NOT_ALLOWED
from ui.errors import refusal
from ui.i18n import Retranslating, app_text, status_name
from ui.models.lines_model import DESCRIPTION, TECHNICIAN, LinesModel
from ui.pages import settlement_buttons
from ui.widgets.catalog_entry import CatalogEntry
from ui.widgets.field_error import FieldError
from ui.widgets.line_columns import size_columns
from ui.widgets.order_header import HeaderFields
from ui.widgets.technician_delegate import TechnicianDelegate
from ui.widgets.why_not import allow

NOT_EDITABLE = QT_TRANSLATE_NOOP("InputError", "This order can no longer be edited.")
SAVED_MESSAGE_MS = 10_000
FINISHED = frozenset({"settled", "delivered", "cancelled"})
TOTAL_KEYS = ("labor", "parts", "other", "discount", "total", "vat", "declined", "awaiting")


def awaiting_only(view: OrderView) -> bool:
    """Nothing the workshop may do yet: every charged line still waits for consent."""
    return bool(view.lines) and all(x.approval in {"awaiting", "declined"} for x in view.lines)


class OrderEditor(Retranslating, QWidget):
    print_requested = Signal(uuid.UUID, str)  # order, document ("estimate" | "workorder")
    order_changed = Signal(uuid.UUID)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("order_editor")
        self.context = context
        self.view: OrderView | None = None
        self.dirty = False
        self.title = QLabel(self)
        self.title.setObjectName("order_title")
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("order_subtitle")
        self.message = QLabel(self)
        self.message.setObjectName("order_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a4b00;")
        self.message.hide()
        self._build_header()
        self.entry = CatalogEntry(context, self)
        self.entry.lines_chosen.connect(self.add_lines)
        self.model = LinesModel(self)
        self.model.changed.connect(self._edited)
        self.model.refused.connect(lambda _row, e: self.line_error.show_error(e))
        self.table = QTableView(self)
        self.table.setObjectName("order_lines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.verticalHeader().hide()
        self.line_error = FieldError("lines", self)
        self.buttons = {name: self._button(name) for name in (
            "remove", "up", "down", "decline", "save", "estimate", "approve", "consent",
            "checkin", "start_work", "print_estimate", "print_order", "cancel_order",
            "settle", "reverse", "completion", "handover")}
        self.checkin_state = QLabel(self)
        self.checkin_state.setObjectName("order_checkin_state")
        self.checkin_state.setWordWrap(True)
        self.order_discount = QLineEdit(self)
        self.order_discount.setObjectName("order_discount")
        self.order_discount.textEdited.connect(lambda _t: self._edited())
        self.discount_error = FieldError("order_discount", self)
        self.totals = {key: QLabel(self) for key in TOTAL_KEYS}
        self.total_captions = {key: QLabel(self) for key in TOTAL_KEYS}
        for key, label in self.totals.items():
            label.setObjectName(f"total_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals["total"].setStyleSheet("font-size: 18px; font-weight: bold;")
        self._lay_out()
        self._shortcuts()
        from ui.widgets.comeback_lines import ComebackLines

        self.comeback = ComebackLines(self)  # handover (issue 6): warranty items free
        self.retranslate()

    # Building
    def _build_header(self) -> None:
        self.header = HeaderFields(self, "order_")
        h = self.header
        self.category, self.repair_type, self.payer = h.category, h.repair_type, h.payer
        self.insurer, self.claim = h.insurer, h.claim
        self.promised = QDateTimeEdit(self)
        self.promised.setObjectName("order_promised")
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setCalendarPopup(True)
        self.complaint = QPlainTextEdit(self)
        self.complaint.setObjectName("order_complaint")
        self.complaint.setTabChangesFocus(True)
        self.complaint.setMaximumHeight(54)
        for widget in (self.category, self.repair_type, self.payer):
            widget.currentIndexChanged.connect(lambda _i: self._edited())
        for edit in (self.insurer, self.claim):
            edit.textEdited.connect(lambda _t: self._edited())
        self.promised.dateTimeChanged.connect(lambda _d: self._edited())
        self.complaint.textChanged.connect(self._edited)
        self.header_errors = {f: FieldError(f, self) for f in (
            "category", "repair_type", "payer", "claim_number", "promised_at", "contact_phone")}

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(f"order_{name}")
        button.clicked.connect(getattr(self, f"_on_{name}"))
        return button

    def _lay_out(self) -> None:
        self.header_labels = {k: QLabel(self) for k in (
            "category", "repair_type", "payer", "insurer", "claim", "promised", "complaint")}
        h = self.header_labels
        grid = QGridLayout()
        grid.addWidget(h["category"], 0, 0)
        grid.addWidget(self.category, 0, 1)
        grid.addWidget(h["repair_type"], 0, 2)
        grid.addWidget(self.repair_type, 0, 3)
        grid.addWidget(h["promised"], 0, 4)
        grid.addWidget(self.promised, 0, 5)
        grid.addWidget(h["payer"], 1, 0)
        grid.addWidget(self.payer, 1, 1)
        grid.addWidget(h["insurer"], 1, 2)
        grid.addWidget(self.insurer, 1, 3)
        grid.addWidget(h["claim"], 1, 4)
        grid.addWidget(self.claim, 1, 5)
        grid.addWidget(h["complaint"], 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.complaint, 2, 1, 1, 5)
        errors = QHBoxLayout()
        for label in self.header_errors.values():
            errors.addWidget(label)
        errors.addStretch(1)
        grid.addLayout(errors, 3, 1, 1, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.header_box = QGroupBox(self)
        self.header_box.setLayout(grid)

        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.entry, 1)
        for name in ("decline", "up", "down", "remove"):  # stay beside the field, not the list
            line_buttons.addWidget(self.buttons[name], 0, Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.addWidget(self.header_box)
        left.addLayout(line_buttons)
        left.addWidget(self.table, 1)
        left.addWidget(self.line_error)
        left.addWidget(self._totals_box())
        right = QVBoxLayout()
        for name in ("save", "estimate", "approve", "consent"):
            right.addWidget(self.buttons[name])
        right.addSpacing(8)
        right.addWidget(self.checkin_state)
        for name in ("checkin", "start_work", "completion", "settle", "reverse", "handover",
                     "print_estimate",
                     "print_order", "cancel_order"):
            right.addWidget(self.buttons[name])
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right)
        head = QVBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.subtitle)
        head.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(body, 1)

    def _totals_box(self) -> QGroupBox:
        """The totals in a strip under the lines, four to a row: the buttons beside the lines
        then fit a 768 px screen whatever the order's state."""
        totals = QGridLayout()
        totals.addWidget(self._discount_caption(), 0, 0)
        totals.addWidget(self.order_discount, 0, 1)
        totals.addWidget(self.discount_error, 0, 2, 1, 6)
        for i, key in enumerate(TOTAL_KEYS):
            row, column = 1 + i // 4, (i % 4) * 2
            totals.addWidget(self.total_captions[key], row, column)
            totals.addWidget(self.totals[key], row, column + 1)
        for column in (1, 3, 5, 7):
            totals.setColumnStretch(column, 1)
        self.totals_box = QGroupBox(self)
        self.totals_box.setLayout(totals)
        return self.totals_box

    def _discount_caption(self) -> QLabel:
        self.discount_caption = QLabel(self)
        self.discount_caption.setBuddy(self.order_discount)
        return self.discount_caption

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._on_save)
        QShortcut(QKeySequence("Ctrl+I"), self, activated=self.entry.field.setFocus)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self._on_print_order)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table,
                           activated=self._on_remove)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        texts = {
            "remove": self.tr("Remove line (Del)"), "up": self.tr("↑"), "down": self.tr("↓"),
            "decline": self.tr("Customer declines / takes back"), "save": self.tr("Save (Ctrl+S)"),
            "estimate": self.tr("Give &estimate"), "approve": self.tr("Customer &decides…"),
            "consent": self.tr("Record &consent to added work…"),
            "print_estimate": self.tr("Print es&timate"),
            "print_order": self.tr("&Print work order (Ctrl+P)"),
            "cancel_order": self.tr("Cancel order…"),
            "checkin": self.tr("Chec&k the car in…"), "start_work": self.tr("Start &work"),
            "settle": self.tr("Sett&le…"), "reverse": self.tr("Reverse settlement…"),
            "completion": self.tr("Comp&letion check…"), "handover": self.tr("Hand &over…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(text.replace("&", ""))
        captions = {
            "category": self.tr("Category"), "repair_type": self.tr("Repair type"),
            "payer": self.tr("Who pays"), "insurer": self.tr("Insurer"),
            "claim": self.tr("Claim no."), "promised": self.tr("Promised for"),
            "complaint": self.tr("Customer says"),
        }
        for key, text in captions.items():
            self.header_labels[key].setText(text)
        self.header_box.setTitle(self.tr("Order"))
        self.totals_box.setTitle(self.tr("Totals"))
        self.discount_caption.setText(self.tr("Order disco&unt"))
        self.order_discount.setPlaceholderText(self.tr("¥ or %"))
        for key, text in {
            "labor": self.tr("Labor"), "parts": self.tr("Parts"), "other": self.tr("Other"),
            "discount": self.tr("Discount"), "total": self.tr("Total"),
            "vat": self.tr("of which VAT"), "declined": self.tr("Declined (not charged)"),
            "awaiting": self.tr("Awaiting consent"),
        }.items():
            self.total_captions[key].setText(text)
        self.header.retranslate(self.tr("(not set)"))
        self.model.retranslate()
        size_columns(self.table, self.model)  # fixed from the first line on: no jump
        if self.view is not None:
            self._show_title(self.view)
            self._refresh()  # the buttons' reasons in the new language

    # Showing an order
    def open_order(self, order_id: uuid.UUID, message: str = "") -> None:
        with self.context.read() as s:
            view = orders.load_order(s, order_id)
        self.show_order(view, message)

    def show_order(self, view: OrderView, message: str = "") -> None:
        self.view = view
        with self.context.read() as s:
            people = orders.technicians(s)
        self.model.technicians = dict(people)
        self.table.setItemDelegateForColumn(TECHNICIAN, TechnicianDelegate(people, self.table))
        self._loading = True
        self._show_title(view)
        h = view.header
        self.header.set_values(h.category, h.repair_type, h.payer, h.insurer, h.claim_number)
        if h.promised_at is not None:
            local = h.promised_at.astimezone()
            self.promised.setDateTime(QDateTime(local.date(), local.time()))
        self.complaint.setPlainText(h.complaint)
        self.order_discount.setText(str(Money(view.order_discount_fen))
                                    if view.order_discount_fen else "")
        self.model.editable = view.editable
        self.model.set_rows(list(view.lines))
        self._loading = False
        self.dirty = False
        self._clear_errors()
        self._show_message(message or self.comeback.show_order(view))
        self._refresh()

    def _show_title(self, view: OrderView) -> None:
        self.title.setText(f"{view.number}  ·  {status_name(view.status)}")
        self.subtitle.setText(" · ".join(x for x in (
            view.plate, view.vehicle, view.customer_name, fmt.km(view.mileage_km),
            self.tr("advisor {name}").format(name=view.advisor) if view.advisor else "") if x))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # Editing
    def add_lines(self, lines: list[LineDraft]) -> None:
        if self.view is None or not self.view.editable:
            return
        first = self.model.add(lines)
        self.table.setCurrentIndex(self.model.index(first, DESCRIPTION))
        self.entry.field.setFocus()

    def _edited(self) -> None:
        if getattr(self, "_loading", False):
            return
        self.dirty = True
        self.line_error.show_error(None)
        self._refresh()

    def _discount_fen(self, gross_fen: int) -> int:
        return parse_discount(self.order_discount.text(), gross_fen, "order_discount")

    def _refresh(self) -> None:
        """Totals and buttons for what the editor now shows."""
        view = self.view
        if view is None:
            return
        lines = [line.priced() for line in self.model.rows()]
        with self.context.read() as s:
            plain = orders.totals_of(s, lines, 0)
            try:
                discount = self._discount_fen(plain.gross_fen - plain.line_discount_fen)
                self.discount_error.show_error(None)
            except InputError as e:
                discount = 0
                self.discount_error.show_error(e)
            totals = orders.totals_of(s, lines, discount)
        values = {
            "labor": totals.labor_fen, "parts": totals.parts_fen, "other": totals.other_fen,
            "discount": -totals.discount_fen, "total": totals.total_fen, "vat": totals.vat_fen,
            "declined": totals.declined_fen, "awaiting": totals.awaiting_fen,
        }
        for key, fen in values.items():
            self.totals[key].setText(fmt.yuan(fen))
        b = self.buttons
        self.entry.setEnabled(view.editable)
        for name, why_not in self._why_not(view).items():
            allow(b[name], why_not)
        # Handover (issue 6): shown only in the states where they apply.
        b["completion"].setVisible(view.status == "quality_check")
        b["handover"].setVisible(view.status in {"settled", "delivered"})
        settlement_buttons.show_for(self, view)
        self._show_checkin()

    def _why_not(self, view: OrderView) -> dict[str, str | None]:
        """Each button's reason not to act now (None: it may act)."""
        status, has_lines = view.status, bool(self.model.rows())
        awaiting = any(x.approval == "awaiting" for x in self.model.rows())
        locked = None if view.editable else app_text("InputError", NOT_EDITABLE)
        no_lines = self.tr("Add a line first (Ctrl+I).")
        decided = self.tr("The customer has decided on this order; added work is recorded "
                          "with its consent.")
        may = self.context.user.may
        return {
            "remove": locked, "up": locked, "down": locked, "save": locked,
            "decline": locked or (decided if view.approved else None),
            "estimate": (self.tr("The estimate was given already.") if status != "draft"
                         else None if has_lines else no_lines),
            "approve": (decided if status not in {"draft", "estimated", "declined"}
                        else None if has_lines else no_lines),
            "consent": (self.tr("No added work waits for the customer's consent.")
                        if not awaiting else self.tr("Save the order first (Ctrl+S).")
                        if self.dirty else None),
            "cancel_order": (self.tr("A settled, delivered or cancelled order is not "
                                     "cancelled.") if status in FINISHED else None),
            "checkin": (self.tr("The car is checked in only before it is settled.")
                        if status in FINISHED | {"declined"} else None),
            "start_work": (self.tr("Work starts once the customer has approved the order.")
                           if status != "approved" else
                           self.tr("Every line still waits for the customer's consent.")
                           if awaiting_only(view) else None),
            "completion": (None if may(Permission.QUALITY_CHECK)
                           else app_text("InputError", NOT_ALLOWED)),
            "handover": (None if status == "delivered" or may(Permission.HANDOVER)
                         else app_text("InputError", NOT_ALLOWED)),
        }

    def _show_checkin(self) -> None:
        """Whether the car is checked in: work may not start before (the rule is in app/)."""
        if self.view is None:
            return
        with self.context.read() as s:
            self._checkin_found = checkin.current(s, self.view.id)
        self._word_checkin()

    def _word_checkin(self) -> None:
        found = getattr(self, "_checkin_found", None)
        if found is None:
            text = self.tr("Check-in: not done yet")
        elif found.status == "signed":
            text = self.tr("Check-in: version {n} signed by {who}").format(
                n=found.version, who=found.signer)
        elif found.status == "confirmed":
            text = self.tr("Check-in: version {n} confirmed, signature skipped").format(
                n=found.version)
        else:
            text = self.tr("Check-in: version {n} not signed yet").format(n=found.version)
        self.checkin_state.setText(text)

    def _on_checkin(self) -> None:
        if not self.saved_first():
            return
        from ui.dialogs.checkin_window import CheckInWindow

        window = CheckInWindow(self.context, self.view.id, self)
        window.print_requested.connect(self.print_requested)
        window.changed.connect(lambda _oid: self._show_checkin())
        window.finished.connect(window.deleteLater)
        window.open()
        self.checkin_window = window

    def _on_completion(self) -> None:
        if not self.saved_first():
            return
        from ui.dialogs.completion_dialog import CompletionDialog

        dialog = CompletionDialog(self.context, self.view.id,
                                  f"{self.view.number} {self.view.plate}", self)
        if dialog.exec():
            self.open_order(self.view.id)
            self.order_changed.emit(self.view.id)

    def _on_handover(self) -> None:
        if self.view is None:
            return
        from ui.dialogs.handover_window import HandoverWindow

        window = HandoverWindow(self.context, self.view.id, self)
        window.print_requested.connect(self.print_requested)
        window.delivered.connect(self.open_order)
        window.delivered.connect(self.order_changed)
        window.finished.connect(window.deleteLater)
        window.open()
        self.handover_window = window

    def _on_start_work(self) -> None:
        self._step(lambda s, oid: order_flow.start_work(s, self.context.user, oid))

    def _row(self) -> int:
        return self.table.currentIndex().row()

    def _on_remove(self) -> None:
        self.model.remove(self._row())

    def _on_up(self) -> None:
        self._move(-1)

    def _on_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.model.move(self._row(), step)
        self.table.selectRow(row)

    def _on_decline(self) -> None:
        line = self.model.row_at(self._row())
        if line is not None:
            self.model.set_decision(self._row(),
                                    "pending" if line.approval == "declined" else "declined")

    # Saving and the order's steps
    def header_draft(self) -> HeaderDraft:
        from datetime import UTC

        promised = self.promised.dateTime().toPython().astimezone(UTC)
        view = self.view
        return HeaderDraft(**self.header.values(), promised_at=promised,
                           complaint=self.complaint.toPlainText(),
                           contact_phone=view.header.contact_phone if view else "")

    def save(self, approved_by: object = None) -> bool:
        """Save what the editor shows; True when saved (or nothing to save)."""
        view = self.view
        if view is None:
            return False
        if not view.editable:
            return not self.dirty
        self._clear_errors()
        try:
            lines = [line.priced() for line in self.model.rows()]
            with self.context.read() as s:
                plain = orders.totals_of(s, lines, 0)
            discount = self._discount_fen(plain.gross_fen - plain.line_discount_fen)
            with self.context.write() as s:
                orders.save_order(s, self.context.user, view.id, view.version,
                                  self.header_draft(), self.model.rows(), discount,
                                  approved_by)  # type: ignore[arg-type]
        except StaleOrder as stale:
            self.open_order(view.id, self.tr(
                "{by} changed this order at {time}; it was reloaded with their change. "
                "Make your change again.").format(by=stale.by or "?",
                                                  time=fmt.local_time(stale.at)))
            return False
        except DiscountNeedsApproval as need:
            return self._ask_manager(need)
        except OrderLocked:
            self._show_errors([InputError("lines", NOT_EDITABLE)])
            return False
        except InputErrors as refused:
            self._show_errors(refused.errors)
            return False
        except InputError as refused:
            self._show_errors([refused])
            return False
        except NotAllowed:
            self._show_errors([InputError("lines", NOT_ALLOWED)])
            return False
        except Exception as error:  # disk full, busy, read-only, server gone: the lines stay
            failure = refusal(error, self.context)
            if failure is None:
                raise
            self._show_errors([failure.for_field("lines")])
            return False
        self.open_order(view.id)
        self.order_changed.emit(view.id)
        return True

    def _ask_manager(self, need: DiscountNeedsApproval) -> bool:
        from ui.dialogs.manager_approval import ManagerApproval

        dialog = ManagerApproval(self.context, need.discount_bp, need.limit_bp, self)
        if dialog.exec() and dialog.actor is not None:
            return self.save(approved_by=dialog.actor)
        self._show_errors([InputError("order_discount", QT_TRANSLATE_NOOP(
            "InputError", "A discount of {pct}% is above your limit of {limit}%; a manager "
            "has to approve it."), pct=f"{need.discount_bp / 100:g}",
            limit=f"{need.limit_bp / 100:g}")])
        return False

    def _show_errors(self, errors: list[InputError]) -> None:
        for error in errors:
            if error.field in self.header_errors:
                self.header_errors[error.field].show_error(error)
            elif error.field == "order_discount":
                self.discount_error.show_error(error)
            else:
                self.line_error.show_error(error)
                if error.field.startswith("line_"):
                    row = int(error.field.split(".")[0].removeprefix("line_")) - 1
                    self.table.selectRow(row)

    def _clear_errors(self) -> None:
        for label in (*self.header_errors.values(), self.line_error, self.discount_error):
            label.show_error(None)

    def _on_save(self) -> None:
        """Ctrl+S or the button: save, and say so in the status bar (or why it is not)."""
        view = self.view
        if view is None:
            return
        if not view.editable:
            self._tell(app_text("InputError", NOT_EDITABLE))
        elif self.save():
            self._tell(self.tr("Order {number} saved at {time}").format(
                number=view.number, time=datetime.now().strftime("%H:%M")))

    def _tell(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, SAVED_MESSAGE_MS)
        else:
            self._show_message(text)

    def saved_first(self) -> bool:
        """Before a step: save what was typed; when that is refused, say the step did not run."""
        if self.view is None:
            return False
        if not self.dirty or self.save():
            return True
        if not self.message.isVisible():  # a reload after another desk's change says its own
            self._show_message(self.tr(
                "Not done: the order could not be saved first; the message in red says why."))
        return False

    def _step(self, action) -> None:  # type: ignore[no-untyped-def]
        if not self.saved_first():
            return
        order_id = self.view.id
        try:
            with self.context.write() as s:
                action(s, order_id)
        except order_flow.MoveRefused as refused:
            self._show_message(self.tr("Not possible now: {why}").format(
                why=app_text("MoveRefused", refused.why) if refused.why
                else status_name(refused.status)))
            return
        except InputErrors as refused:
            self._show_errors(refused.errors)
            return
        self.open_order(order_id)
        self.order_changed.emit(order_id)

    def _on_estimate(self) -> None:
        self._step(lambda s, oid: order_flow.send_estimate(s, self.context.user, oid))

    def _decision(self, mode: str) -> None:
        if not self.saved_first():
            return
        view = self.view
        dialog = ConsentDialog(self.context, view.id, view.customer_name, list(view.lines),
                               mode, self)
        if dialog.exec():
            self.open_order(view.id)
            self.order_changed.emit(view.id)

    def _on_approve(self) -> None:
        self._decision(APPROVAL)

    def _on_consent(self) -> None:
        self._decision(ADDED_WORK)

    def _on_cancel_order(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Cancel order"),
                                          self.tr("Why is the order cancelled?"))
        if ok:
            self._step(lambda s, oid: order_flow.cancel(s, self.context.user, oid, reason))

    def _on_settle(self) -> None:
        settlement_buttons.settle(self)

    def _on_reverse(self) -> None:
        settlement_buttons.reverse(self)

    def _on_print_estimate(self) -> None:
        if self.saved_first():
            self.print_requested.emit(self.view.id, "estimate")

    def _on_print_order(self) -> None:
        if self.saved_first():
            self.print_requested.emit(self.view.id, "workorder")
