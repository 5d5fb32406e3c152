"""Adding lines by keyboard: type a code or a name (pinyin initials too), Enter adds it.

The list under the field follows every keystroke from the shop's catalogs (labor operations,
parts with stock, packages); ↑/↓ choose, Enter adds the chosen one (a package adds all its
lines), Esc clears. Text that matches nothing is added as a free labor line on Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.pricing import format_quantity
from app.services import catalog
from app.services.catalog import CatalogHit
from app.services.orders import LineDraft
from ui import format as fmt
from ui.i18n import Retranslating

HITS = 8


class CatalogEntry(Retranslating, QWidget):
    lines_chosen = Signal(list)  # list[LineDraft]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.field = QLineEdit(self)
        self.field.setObjectName("catalog_entry")
        self.field.setClearButtonEnabled(True)
        self.hits = QListWidget(self)
        self.hits.setObjectName("catalog_hits")
        self.hits.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
        self.hits.setMaximumHeight(150)
        self.hits.hide()
        self.hits.itemActivated.connect(lambda _item: self.choose())
        self.field.textChanged.connect(self._look_up)
        self.field.installEventFilter(self)
        # Never taller than its contents: the lines table below takes the page's spare height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.hits)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr(
            "Add a line: type a code, a name or its pinyin initials, then Enter (Ctrl+I)"))
        self.field.setAccessibleName(self.tr("Add a line"))

    def _look_up(self, text: str) -> None:
        self.hits.clear()
        text = text.strip()
        if not text:
            self.hits.hide()
            return
        with self.context.read() as s:
            found = catalog.search_catalog(s, text, limit=HITS)
        for hit in found:
            item = QListWidgetItem(self._describe(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.hits.addItem(item)
        self.hits.setVisible(bool(found))
        if found:
            self.hits.setCurrentRow(0)

    def _describe(self, hit: CatalogHit) -> str:
        kind = {"labor": self.tr("Labor"), "part": self.tr("Part"),
                "package": self.tr("Package")}[hit.kind]
        parts = [kind, hit.code, hit.name, fmt.yuan(hit.unit_price_fen)]
        if hit.kind == "labor":
            parts.append(self.tr("{h} h").format(h=format_quantity(hit.quantity_milli)))
        if hit.stock_milli is not None:
            parts.append(self.tr("stock {n}").format(n=format_quantity(hit.stock_milli)))
        return "  ".join(p for p in parts if p)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:  # type: ignore[attr-defined]
                return True  # an Alt letter no button took is not typing
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.hits.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.hits.currentRow() + step, 0), self.hits.count() - 1)
                self.hits.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        return super().eventFilter(watched, event)

    def choose(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        item = self.hits.currentItem()
        if item is None:
            lines = [LineDraft("labor", text, 1000, 0, unit="h")]
        else:
            lines = self._lines_of(item.data(Qt.ItemDataRole.UserRole))
        self.field.clear()
        self.lines_chosen.emit(lines)

    def _lines_of(self, hit: CatalogHit) -> list[LineDraft]:
        if hit.kind == "package":
            with self.context.read() as s:
                return [
                    LineDraft(x.kind, x.description, x.quantity_milli, x.unit_price_fen,
                              code=x.code, unit=x.unit, source=x.source,
                              warranty_months=x.warranty_months, warranty_km=x.warranty_km,
                              part_id=x.part_id, package_code=hit.code)
                    for x in catalog.package_lines(s, hit.id)
                ]
        return [LineDraft(
            hit.kind, hit.name, hit.quantity_milli, hit.unit_price_fen, code=hit.code,
            unit=hit.unit, source=hit.source, warranty_months=hit.warranty_months,
            warranty_km=hit.warranty_km, part_id=hit.id if hit.kind == "part" else None)]
