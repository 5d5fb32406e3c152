"""The manager's audit log (审计日志): is the chain intact, and what happened to an order, bill,
car or customer.

The chain is verified off the UI thread when the window opens (a ten-year file has hundreds of
thousands of entries) and again on "Verify again"; the state line says "verified" or where it
breaks, with the findings in words. Typing a work-order or receipt number, a plate or a phone and
Enter shows every audit entry about it, oldest first. One use-case call per action
(app/services/integrity.chain, audit.trail); nothing here is written.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QThread
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import audit, integrity
from ui.i18n import Retranslating
from ui.widgets.why_not import allow

COLUMNS = 6  # no., when, who, what, action, details
# The audit log's action codes in the desk's words (an unknown code is shown as it is).
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditViewer", "created"),
    "update": QT_TRANSLATE_NOOP("AuditViewer", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditViewer", "deleted"),
    "save": QT_TRANSLATE_NOOP("AuditViewer", "saved"),
    "signed": QT_TRANSLATE_NOOP("AuditViewer", "signed"),
    "settle": QT_TRANSLATE_NOOP("AuditViewer", "settled"),
    "reverse": QT_TRANSLATE_NOOP("AuditViewer", "reversed"),
    "reversed": QT_TRANSLATE_NOOP("AuditViewer", "reversed"),
    "arrears_paid": QT_TRANSLATE_NOOP("AuditViewer", "owed money paid"),
    "promise": QT_TRANSLATE_NOOP("AuditViewer", "promised time changed"),
    "transfer": QT_TRANSLATE_NOOP("AuditViewer", "car transferred"),
    "merged_into": QT_TRANSLATE_NOOP("AuditViewer", "merged into another customer"),
    "merged_from": QT_TRANSLATE_NOOP("AuditViewer", "another customer merged in"),
    "set_active": QT_TRANSLATE_NOOP("AuditViewer", "switched on or off"),
    "activate": QT_TRANSLATE_NOOP("AuditViewer", "switched on"),
    "deactivate": QT_TRANSLATE_NOOP("AuditViewer", "switched off"),
    "unlock": QT_TRANSLATE_NOOP("AuditViewer", "unlocked"),
    "locked": QT_TRANSLATE_NOOP("AuditViewer", "locked after failed logins"),
    "change_password": QT_TRANSLATE_NOOP("AuditViewer", "password changed"),
    "password_reset": QT_TRANSLATE_NOOP("AuditViewer", "password reset"),
    "discount_approved": QT_TRANSLATE_NOOP("AuditViewer", "discount approved"),
    "comeback": QT_TRANSLATE_NOOP("AuditViewer", "comeback taken in"),
    "warranty_free": QT_TRANSLATE_NOOP("AuditViewer", "warranty items made free"),
    "closed": QT_TRANSLATE_NOOP("AuditViewer", "closed"),
    "open": QT_TRANSLATE_NOOP("AuditViewer", "opened"),
    "set_up": QT_TRANSLATE_NOOP("AuditViewer", "shop set up"),
    "demo_data": QT_TRANSLATE_NOOP("AuditViewer", "demo data written"),
    "status": QT_TRANSLATE_NOOP("AuditViewer", "state changed"),
    "added_work_refused": QT_TRANSLATE_NOOP("AuditViewer", "added work refused"),
    "completion_check": QT_TRANSLATE_NOOP("AuditViewer", "completion check"),
    "deposit": QT_TRANSLATE_NOOP("AuditViewer", "deposit taken"),
    "recorded": QT_TRANSLATE_NOOP("AuditViewer", "recorded"),
    "consent_approval": QT_TRANSLATE_NOOP("AuditViewer", "customer's decision on the estimate"),
    "consent_added_work": QT_TRANSLATE_NOOP("AuditViewer", "customer's consent to added work"),
    "consent_price_change": QT_TRANSLATE_NOOP("AuditViewer", "customer's consent to a new price"),
}


def finding_text(finding: Any) -> str:
    """A chain or document finding in the user's language."""
    params = {k: QCoreApplication.translate("Integrity", v) if isinstance(v, str) else v
              for k, v in finding.params.items()}
    return QCoreApplication.translate("Integrity", finding.message).format(**params)


class _ChainJob(QThread):
    """Verifies the chain in its own read transaction; the outcome is read after `finished`."""

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self.state: Any = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.state = integrity.chain(self.context.db, self.context.user)
        except Exception as e:  # shown in the window, never lost in the thread
            self.error = e


class AuditViewer(Retranslating, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_viewer")
        self.context = context
        self.job: _ChainJob | None = None
        self.state: Any = None
        self.trail: audit.Trail | None = None
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("audit_chain_state")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("audit_verify")
        self.search = QLineEdit(self)
        self.search.setObjectName("audit_search")
        self.search.setClearButtonEnabled(True)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("audit_find")
        self.found_label = QLabel(self)
        self.found_label.setObjectName("audit_found")
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("audit_entries")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("audit_close")
        for widget, name in ((self.search, "search"), (self.table, "entries"),
                             (self.chain_label, "chain")):
            widget.setAccessibleName(name)
        self._lay_out()
        self.verify_button.clicked.connect(self.verify)
        self.find_button.clicked.connect(self.find)
        self.search.returnPressed.connect(self.find)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.search.setFocus()
        self.verify()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.chain_label, 1)
        top.addWidget(self.verify_button)
        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.find_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(find)
        layout.addWidget(self.found_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        for button in (self.verify_button, self.find_button, self.close_button):
            button.setAutoDefault(False)
        self.resize(1000, 600)  # fits 1366×728 with its buttons

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.verify_button.setText(self.tr("&Verify again"))
        self.search.setPlaceholderText(self.tr(
            "Work-order or receipt number, plate or phone — Enter shows its history"))
        self.find_button.setText(self.tr("&Show history"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("When"), self.tr("Who"), self.tr("What"),
            self.tr("Action"), self.tr("Details")])
        self._show_state()
        self._show_trail()

    # The chain

    def verify(self) -> None:
        if self.job is not None:
            return
        self.state = None
        self.chain_label.setText(self.tr("Verifying the audit chain…"))
        allow(self.verify_button, self.tr("The chain is being verified; wait for the answer."))
        job = self.job = _ChainJob(self.context, self)
        job.finished.connect(self._verified)
        job.start()

    def wait_verified(self) -> None:
        """Block until the running verification is done (closing, tests)."""
        if self.job is not None:
            self.job.wait()
            self._verified()

    def _verified(self) -> None:
        job, self.job = self.job, None
        if job is None:
            return
        job.deleteLater()
        allow(self.verify_button, None)
        if job.error is not None:
            self.state = None
            self.chain_label.setText(self.tr("The audit chain could not be read: {error}")
                                     .format(error=job.error))
            return
        self.state = job.state
        self._show_state()

    def _show_state(self) -> None:
        state = self.state
        if state is None:
            return
        if state.verified:
            text = self.tr("Audit chain verified: all {n} entries are as they were written."
                           ).format(n=f"{state.entries:,}")
            self.chain_label.setStyleSheet("color: #2e7d32;")
        else:
            lines = [self.tr("The audit chain breaks at entry {seq} ({n} entries in all):")
                     .format(seq=state.broken_at, n=f"{state.entries:,}")]
            lines += [finding_text(f) for f in state.findings[:5]]
            if len(state.findings) > 5:
                lines.append(self.tr("… {n} more findings: run “garagedesk check”.")
                             .format(n=len(state.findings) - 5))
            text = "\n".join(lines)
            self.chain_label.setStyleSheet("color: #c62828;")
        self.chain_label.setText(text)

    def closeEvent(self, event: Any) -> None:
        self.wait_verified()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.wait_verified()
        super().done(result)

    # The history

    def find(self) -> None:
        typed = self.search.text().strip()
        if not typed:
            return
        self.trail = audit.trail(self.context.db, self.context.user, typed)
        self._show_trail()
        if self.table.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _show_trail(self) -> None:
        trail = self.trail
        if trail is None:
            self.found_label.setText("")
            return
        kinds = {"order": self.tr("order"), "bill": self.tr("bill"), "car": self.tr("car"),
                 "customer": self.tr("customer")}
        entities = {"work_order": self.tr("work order"), "settlement": self.tr("bill"),
                    "check_in": self.tr("check-in"), "handover": self.tr("pickup record"),
                    "customer": self.tr("customer"), "vehicle": self.tr("car"),
                    "complaint": self.tr("complaint")}
        if not trail.found:
            self.found_label.setText(self.tr(
                "No order, bill, car or customer is known by “{typed}”.").format(
                typed=self.search.text().strip()))
        else:
            self.found_label.setText(self.tr("{found}: {n} entries").format(
                found=", ".join(f"{kinds[k]} {v}" for k, v in trail.found),
                n=len(trail.entries)))
        self.table.setRowCount(len(trail.entries))
        for row, entry in enumerate(trail.entries):
            values = (str(entry.seq or ""), entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                      entry.user_name, entities.get(entry.entity, entry.entity),
                      self.tr(ACTIONS[entry.action]) if entry.action in ACTIONS else entry.action,
                      _details(entry))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == COLUMNS - 1:
                    item.setToolTip(value)
                self.table.setItem(row, column, item)


def _details(entry: audit.AuditEntry) -> str:
    def short(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    if entry.before and entry.after:
        return f"{short(entry.before)} → {short(entry.after)}"
    return short(entry.after or entry.before or {})
