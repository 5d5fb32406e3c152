"""The handover part of the Shop rules dialog: completion checklist, follow-up delay, and the
warranty the shop promises per repair type (blank: the law's minimum, shown as a hint)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.completion import DEFAULT_CHECKLIST
from app.domain.warranty import LEGAL_MINIMUM
from app.domain.workorder import REPAIR_TYPE_NAMES
from app.services.handover_rules import HandoverRules, HandoverRulesForm
from ui.i18n import Retranslating, app_text
from ui.widgets.field_error import FormErrors, with_error


class HandoverRulesBox(Retranslating, QGroupBox):
    def __init__(self, rules: HandoverRules, errors: FormErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_rules")
        self.days = QLineEdit(str(rules.followup_days), self)
        self.days.setObjectName("followup_days")
        self.checklist = QPlainTextEdit(
            "\n".join(app_text("CompletionItem", x) for x in rules.completion_checklist), self)
        self.checklist.setObjectName("completion_checklist")
        self.checklist.setTabChangesFocus(True)
        self.promises: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        grid = QGridLayout()
        self.type_labels: dict[str, QLabel] = {}
        self.heads = [QLabel(self), QLabel(self)]
        grid.addWidget(self.heads[0], 0, 1)
        grid.addWidget(self.heads[1], 0, 2)
        for row, kind in enumerate(LEGAL_MINIMUM, start=1):
            term = rules.promised.get(kind)
            km = QLineEdit(str(term.km) if term else "", self)
            days = QLineEdit(str(term.days) if term else "", self)
            km.setObjectName(f"promise_{kind}_km")
            days.setObjectName(f"promise_{kind}_days")
            km.setPlaceholderText(str(LEGAL_MINIMUM[kind].km))
            days.setPlaceholderText(str(LEGAL_MINIMUM[kind].days))
            self.promises[kind] = (km, days)
            self.type_labels[kind] = QLabel(self)
            grid.addWidget(self.type_labels[kind], 2 * row - 1, 0)
            grid.addWidget(km, 2 * row - 1, 1)
            grid.addWidget(days, 2 * row - 1, 2)
            grid.addWidget(errors.add(kind, km, self), 2 * row, 0, 1, 3)
        self.labels = {k: QLabel(self) for k in ("days", "checklist", "promises")}
        self.labels["promises"].setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.labels["days"], with_error(self.days, errors.add("followup_days",
                                                                          self.days, self)))
        form.addRow(self.labels["checklist"], with_error(
            self.checklist, errors.add("completion_checklist", self.checklist, self)))
        form.addRow(self.labels["promises"])
        form.addRow(grid)
        self.labels["days"].setBuddy(self.days)
        self.labels["checklist"].setBuddy(self.checklist)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Handover"))
        self.labels["days"].setText(self.tr("Follow-up call &after (days, 2–7)"))
        self.labels["checklist"].setText(self.tr("Co&mpletion check\n(one item a line)"))
        self.labels["promises"].setText(self.tr(
            "Warranty the shop promises (blank: the law's minimum, shown grey)"))
        self.heads[0].setText(self.tr("km"))
        self.heads[1].setText(self.tr("days"))
        for kind, label in self.type_labels.items():
            label.setText(app_text("RepairType", REPAIR_TYPE_NAMES[kind]))

    def form(self) -> HandoverRulesForm:
        known = {app_text("CompletionItem", x): x for x in DEFAULT_CHECKLIST}
        lines = [" ".join(x.split()) for x in self.checklist.toPlainText().splitlines()]
        return HandoverRulesForm(
            self.days.text(), "\n".join(known.get(x, x) for x in lines if x),
            {kind: (km.text(), days.text()) for kind, (km, days) in self.promises.items()})

    def tab_chain(self) -> list[QWidget]:
        return [self.days, self.checklist,
                *(w for pair in self.promises.values() for w in pair)]
