"""The shop's catalogs (目录): labor operations, parts with stock, packages, quick phrases.

One tab per catalog (`ui.pages.catalog_tabs`). Managers and administrators (CATALOG_EDIT) add,
edit, switch off and import; everyone else reads. A new shop with empty catalogs is offered
the starter catalog (`catalog.seed_defaults`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.context import AppContext
from app.domain.permissions import Permission
from app.services import catalog
from ui.i18n import Retranslating
from ui.pages.catalog_tabs import CatalogTab, LaborTab, PackagesTab, PartsTab, PhrasesTab


class CatalogPage(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalog_page")
        self.context = context
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.seed_button = QPushButton(self)
        self.seed_button.setObjectName("catalog_seed")
        self.seed_button.clicked.connect(self.seed)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("catalog_tabs")
        self.labor = LaborTab(context, self.tabs)
        self.parts = PartsTab(context, self.tabs)
        self.packages = PackagesTab(context, self.tabs)
        self.phrases = PhrasesTab(context, self.tabs)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _i: self._focus_filter())
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.seed_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.reload()

    def all_tabs(self) -> tuple[CatalogTab, ...]:
        return self.labor, self.parts, self.packages, self.phrases

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Catalogs"))
        for index, text in enumerate((self.tr("&Labor operations"), self.tr("&Parts"),
                                      self.tr("Pac&kages"), self.tr("&Quick phrases"))):
            self.tabs.setTabText(index, text)
        self.seed_button.setText(self.tr("Add the starter &catalog"))
        self.seed_button.setToolTip(self.tr(
            "Common labor operations, parts, 小保养 and 大保养 packages and quick phrases, to "
            "edit to the shop's own prices."))

    def reload(self) -> None:
        for tab in self.all_tabs():
            tab.reload()
        empty = not any(tab.all_rows for tab in self.all_tabs())
        self.seed_button.setVisible(empty and self.context.user.may(Permission.CATALOG_EDIT))

    def seed(self) -> None:
        with self.context.write() as s:
            catalog.seed_defaults(s, self.context.user)
        self.reload()

    def _focus_filter(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, CatalogTab):
            tab.filter.setFocus()
