"""The shop's rules (manager): hourly rate, discount limit, terms, checklist, signed papers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.checkin import SIGNED_PAPERS
from app.domain.money import Money
from app.services import shop_rules
from app.services.shop_rules import RulesForm
from ui.dialogs.form_dialog import FormDialog
from ui.i18n import app_text
from ui.widgets.field_error import with_error
from ui.widgets.handover_rules_box import HandoverRulesBox


class ShopRulesDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("shop_rules_dialog")
        with context.read() as s:
            loaded = shop_rules.editing(s)
        rules, handover = loaded.rules, loaded.handover
        self.stamp = loaded.stamp
        self.rate = QLineEdit(str(Money(rules.hourly_rate_fen)), self)
        self.rate.setObjectName("hourly_rate")
        self.limit = QLineEdit(f"{rules.advisor_limit_bp / 100:g}", self)
        self.limit.setObjectName("advisor_limit")
        self.days = QLineEdit(str(rules.estimate_valid_days), self)
        self.days.setObjectName("valid_days")
        self.terms = QPlainTextEdit(rules.terms, self)
        self.terms.setObjectName("terms")
        self.terms.setTabChangesFocus(True)
        self.checklist = QPlainTextEdit(
            "\n".join(app_text("CheckItem", item) for item in rules.checklist), self)
        self.checklist.setObjectName("checklist")
        self.checklist.setTabChangesFocus(True)
        self.papers = {paper: QCheckBox(self) for paper in SIGNED_PAPERS}
        for paper, box in self.papers.items():
            box.setObjectName(f"sign_{paper}")
            box.setChecked(paper in rules.mandatory_signatures)
        self.labels = {k: QLabel(self) for k in ("rate", "limit", "days", "terms", "checklist",
                                                 "papers")}
        e = self.errors
        form = QFormLayout()
        form.addRow(self.labels["rate"], with_error(self.rate, e.add("hourly_rate", self.rate)))
        form.addRow(self.labels["limit"], with_error(self.limit,
                                                     e.add("advisor_limit", self.limit)))
        form.addRow(self.labels["days"], with_error(self.days, e.add("valid_days", self.days)))
        form.addRow(self.labels["terms"], self.terms)
        form.addRow(self.labels["checklist"], with_error(self.checklist,
                                                         e.add("checklist", self.checklist)))
        papers = QHBoxLayout()
        for box in self.papers.values():
            papers.addWidget(box)
        papers.addStretch(1)
        form.addRow(self.labels["papers"], papers)
        for key, widget in (("rate", self.rate), ("limit", self.limit), ("days", self.days),
                            ("terms", self.terms), ("checklist", self.checklist)):
            self.labels[key].setBuddy(widget)
        # Handover (issue 6): its rules in a group beside the others.
        self.handover = HandoverRulesBox(handover, self.errors, self)
        beside = QHBoxLayout()
        beside.addLayout(form, 1)
        beside.addWidget(self.handover)
        layout = QVBoxLayout(self)
        layout.addLayout(beside)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_tab_chain([self.rate, self.limit, self.days, self.terms, self.checklist,
                            *self.papers.values(), *self.handover.tab_chain()])
        self.setMinimumWidth(940)  # the rules and, beside them, the handover group
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shop rules"))
        for key, text in {
            "rate": self.tr("&Hourly rate (¥)"), "limit": self.tr("Advisor's discount &limit (%)"),
            "days": self.tr("Estimate holds (&days)"), "terms": self.tr("&Terms printed"),
            "checklist": self.tr("Check-in &checklist\n(one item a line)"),
            "papers": self.tr("Customer must sign"),
        }.items():
            self.labels[key].setText(text)
        for paper, box in self.papers.items():
            box.setText(app_text("SignedPaper", SIGNED_PAPERS[paper]))
        self.retranslate_buttons()

    def submit(self) -> bool:
        form = RulesForm(self.rate.text(), self.limit.text(), self.days.text(),
                         self.terms.toPlainText(), self._checklist_source(),
                         tuple(p for p, box in self.papers.items() if box.isChecked()))
        with self.context.write() as s:
            shop_rules.save(s, self.context.user, form, self.handover.form(), loaded=self.stamp)
        return True

    def _checklist_source(self) -> str:
        """Shown items that are the default's translations are kept by their source name, so
        they stay translated in both languages; new or changed ones are kept as typed."""
        from app.domain.checkin import DEFAULT_CHECKLIST

        known = {app_text("CheckItem", item): item for item in DEFAULT_CHECKLIST}
        lines = [" ".join(x.split()) for x in self.checklist.toPlainText().splitlines()]
        return "\n".join(known.get(line, line) for line in lines if line)
