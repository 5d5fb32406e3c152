"""The check-in window (接车检查): checklist, damage marks, fuel, belongings, photos, signature.

What the car looked like and what was in it, recorded with the customer beside the desk, then
signed on screen. Signing locks this version (app/services/checkin); a later change starts the
next version, which is signed again. Keyboard: Tab walks the form, keys 1–3 set a checklist
item's state, the diagram has its own keys (see its tooltip), Ctrl+S saves the draft,
Ctrl+Return signs, Ctrl+P prints the sheet.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.checkin import ITEM_STATES, MARK_KINDS
from app.domain.errors import InputError, InputErrors
from app.domain.permissions import NotAllowed
from app.i18n import QT_TRANSLATE_NOOP
from app.services import checkin, orders
from app.services.checkin import CheckInForm, CheckInLocked, CheckInView
from app.services.versions import StaleRecord, Stamp
from ui import format as fmt
from ui.dialogs.form_dialog import NOT_ALLOWED
from ui.i18n import Retranslating, app_text
from ui.widgets import file_dialogs
from ui.widgets.damage_diagram import DamageDiagram, Mark
from ui.widgets.field_error import FieldError
from ui.widgets.order_header import fill_combo
from ui.widgets.scrolled import scrolled
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.stale import stale_error
from ui.widgets.why_not import allow

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
ITEM, STATE, NOTE = range(3)
NOTE_CHARS = 10  # a checklist note the column shows whole (Chinese characters)


class CheckInWindow(Retranslating, QDialog):
    changed = Signal(uuid.UUID)  # the order whose check-in changed
    print_requested = Signal(uuid.UUID, str)

    def __init__(self, context: AppContext, order_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkin_window")
        self.setAcceptDrops(True)  # photos dropped anywhere on the window are added
        self.context, self.order_id = context, order_id
        self.view: CheckInView | None = None
        self.loaded: Stamp | None = None  # the draft's version as shown, handed back on save
        self.photo_hashes: list[str] = []
        with context.write() as s:
            self.check_in_id = checkin.start(s, context.user, order_id)
            order = orders.load_order(s, order_id)
        self.order = order
        self.electric = order.fuel_type == "electric"
        self._build()
        self._lay_out()
        self._shortcuts()
        self.retranslate()
        self.reload()
        self.resize(QSize(1280, 690))  # fits 1366×768 with a taskbar

    # Building
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("checkin_title")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.state_line = QLabel(self)
        self.state_line.setObjectName("checkin_state")
        self.checklist = QTableWidget(0, 3, self)
        self.checklist.setObjectName("checklist")
        self.checklist.verticalHeader().hide()
        self.checklist.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklist.horizontalHeader().setSectionResizeMode(
            NOTE, QHeaderView.ResizeMode.Stretch)
        self.diagram = DamageDiagram(self)
        self.diagram.setObjectName("damage_diagram")
        self.diagram.changed.connect(self._marks_changed)
        self.diagram.selection_changed.connect(self._mark_selected)
        self.kind = QComboBox(self)
        self.kind.setObjectName("mark_kind")
        self.kind.currentIndexChanged.connect(
            lambda _i: self.diagram.set_kind(self.kind.currentData() or "scratch"))
        self.mark_note = QLineEdit(self)
        self.mark_note.setObjectName("mark_note")
        self.mark_note.textEdited.connect(self._note_edited)
        self.remove_mark = QPushButton(self)
        self.remove_mark.setObjectName("remove_mark")
        self.remove_mark.clicked.connect(self._remove_mark)
        self.marks_list = QListWidget(self)
        self.marks_list.setObjectName("marks_list")
        self.marks_list.setMaximumHeight(66)
        self.fuel = QSlider(Qt.Orientation.Horizontal, self)
        self.fuel.setObjectName("checkin_fuel")
        self.fuel.setRange(0, 100 if self.electric else 8)
        self.fuel.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.fuel_value = QLabel(self)
        self.fuel.valueChanged.connect(self._show_fuel)
        self.odometer = QSpinBox(self)
        self.odometer.setObjectName("checkin_odometer")
        self.odometer.setRange(0, 2_147_483_647)  # a reading too large is refused with the limit
        self.odometer.setSuffix(" km")
        self.odometer.setGroupSeparatorShown(True)
        self.keys = QSpinBox(self)
        self.keys.setObjectName("checkin_keys")
        self.keys.setRange(0, 20)
        self.belongings = QLineEdit(self)
        self.belongings.setObjectName("belongings")
        self.valuables = QLineEdit(self)
        self.valuables.setObjectName("valuables")
        self.photos = QListWidget(self)
        self.photos.setObjectName("checkin_photos")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(96, 72))
        self.photos.setMaximumHeight(100)
        self.add_photos = QPushButton(self)
        self.add_photos.setObjectName("add_photos")
        self.add_photos.clicked.connect(self._choose_photos)
        self.pad = SignaturePad(self)
        self.pad.setObjectName("signature_pad")
        # A 3:1 signature needs no more height than this; the diagram takes the rest.
        self.pad.setMaximumHeight(170)
        self.signer = QLineEdit(self.order.customer_name, self)
        self.signer.setObjectName("signer")
        self.stamp = QLabel(self)
        self.stamp.setObjectName("signature_stamp")
        self.clear_pad = QPushButton(self)
        self.clear_pad.clicked.connect(self.pad.clear)
        self.undo_pad = QPushButton(self)
        self.undo_pad.clicked.connect(self.pad.undo_stroke)
        self.error = FieldError("general", self)
        self.buttons = {name: QPushButton(self) for name in (
            "save", "sign", "confirm", "new_version", "verify", "earlier", "print_sheet",
            "print_tag", "close")}
        for name, button in self.buttons.items():
            button.setObjectName(f"checkin_{name}")
            button.clicked.connect(getattr(self, f"_on_{name}"))

    def _lay_out(self) -> None:
        head = QVBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.state_line)
        self.checklist_box = QGroupBox(self)
        QVBoxLayout(self.checklist_box).addWidget(self.checklist)
        self.diagram_box = QGroupBox(self)
        marks = QHBoxLayout()
        self.kind_label, self.note_label = QLabel(self), QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.note_label.setBuddy(self.mark_note)
        for widget in (self.kind_label, self.kind, self.note_label):
            marks.addWidget(widget)
        marks.addWidget(self.mark_note, 1)
        marks.addWidget(self.remove_mark)
        diagram = QVBoxLayout(self.diagram_box)
        diagram.addWidget(self.diagram, 1)
        diagram.addLayout(marks)
        diagram.addWidget(self.marks_list)
        self.car_box = QGroupBox(self)
        car = QFormLayout(self.car_box)
        self.car_labels = {k: QLabel(self) for k in (
            "fuel", "odometer", "keys", "belongings", "valuables", "photos")}
        fuel = QHBoxLayout()
        fuel.addWidget(self.fuel, 1)
        fuel.addWidget(self.fuel_value)
        car.addRow(self.car_labels["fuel"], fuel)
        car.addRow(self.car_labels["odometer"], self.odometer)
        car.addRow(self.car_labels["keys"], self.keys)
        car.addRow(self.car_labels["belongings"], self.belongings)
        car.addRow(self.car_labels["valuables"], self.valuables)
        photos = QVBoxLayout()
        photos.addWidget(self.photos)
        photos.addWidget(self.add_photos, 0, Qt.AlignmentFlag.AlignLeft)
        car.addRow(self.car_labels["photos"], photos)
        for key, widget in (("fuel", self.fuel), ("odometer", self.odometer),
                            ("keys", self.keys), ("belongings", self.belongings),
                            ("valuables", self.valuables), ("photos", self.add_photos)):
            self.car_labels[key].setBuddy(widget)
        self.sign_box = QGroupBox(self)
        sign = QGridLayout(self.sign_box)
        self.signer_label = QLabel(self)
        self.signer_label.setBuddy(self.signer)
        sign.addWidget(self.pad, 0, 0, 4, 1)
        sign.addWidget(self.signer_label, 0, 1)
        sign.addWidget(self.signer, 0, 2)
        sign.addWidget(self.stamp, 1, 1, 1, 2)
        sign.addWidget(self.undo_pad, 2, 1)
        sign.addWidget(self.clear_pad, 2, 2)
        sign.setColumnStretch(0, 1)
        grid = QGridLayout()
        grid.addWidget(self.checklist_box, 0, 0, 2, 1)
        grid.addWidget(self.diagram_box, 0, 1)
        grid.addWidget(self.car_box, 0, 2)
        grid.addWidget(self.sign_box, 1, 1, 1, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for name in ("verify", "earlier", "new_version", "print_tag", "print_sheet", "save",
                     "confirm",
                     "sign", "close"):
            buttons.addWidget(self.buttons[name])
        self.error.keep_place()  # a refusal appearing never moves the buttons
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(scrolled(grid, self), 1)  # on a small screen the form scrolls
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._on_save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._on_sign)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self._on_print_sheet)
        self.checklist.installEventFilter(self)
        self.photos.installEventFilter(self)

    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
        # 1 / 2 / 3 set the selected checklist item to OK / damaged / missing.
        if watched is self.photos and event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._remove_photo()
            return True
        if watched is self.checklist and event.type() == event.Type.KeyPress:
            states = {Qt.Key.Key_1: "ok", Qt.Key.Key_2: "damaged", Qt.Key.Key_3: "missing"}
            if event.key() in states and self.checklist.currentRow() >= 0:
                combo = self.checklist.cellWidget(self.checklist.currentRow(), STATE)
                combo.setCurrentIndex(combo.findData(states[event.key()]))
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check-in — {number}").format(number=self.order.number))
        self.title.setText(" · ".join(x for x in (
            self.order.number, self.order.plate, self.order.vehicle, self.order.customer_name)
            if x))
        self.checklist_box.setTitle(self.tr("Checklist (1 OK · 2 damaged · 3 missing)"))
        self.checklist.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("State"), self.tr("Note")])
        self.diagram_box.setTitle(self.tr("Damage: click the car to mark (keys: see tooltip)"))
        self.kind_label.setText(self.tr("Kin&d"))
        self.note_label.setText(self.tr("Note of the mark"))
        self.remove_mark.setText(self.tr("Remove mark"))
        fill_combo(self.kind, MARK_KINDS, "MarkKind")
        self.car_box.setTitle(self.tr("Car and belongings"))
        for key, text in {
            "fuel": self.tr("&Battery") if self.electric else self.tr("&Fuel"),
            "odometer": self.tr("&Odometer"), "keys": self.tr("&Keys handed over"),
            "belongings": self.tr("Belon&gings"), "valuables": self.tr("&Valuables declared"),
            "photos": self.tr("Photos"),
        }.items():
            self.car_labels[key].setText(text)
        self.belongings.setPlaceholderText(self.tr("e.g. dashcam, child seat, umbrella"))
        self.valuables.setPlaceholderText(self.tr("none, or what and where"))
        self.add_photos.setText(self.tr("Add &photos… (or drop them here)"))
        self.photos.setToolTip(self.tr("Delete removes the selected photo"))
        self.sign_box.setTitle(self.tr("Customer's signature"))
        self.signer_label.setText(self.tr("Signed &by"))
        self.clear_pad.setText(self.tr("Clear"))
        self.undo_pad.setText(self.tr("Undo stroke"))
        for name, text in {
            "save": self.tr("&Save draft"), "sign": self.tr("Sign and &lock (Ctrl+Enter)"),
            "confirm": self.tr("Confirm without signature"),
            "new_version": self.tr("Change (&new version)"), "verify": self.tr("Ver&ify"),
            "earlier": self.tr("&Earlier version…"),
            "print_sheet": self.tr("Print s&heet"), "print_tag": self.tr("Print key &tag"),
            "close": self.tr("Close"),
        }.items():
            self.buttons[name].setText(text)
        self._show_fuel()
        self.error.retranslate()
        if self.view is not None:
            self._show_state(self.view)
            self._say_why_not(self.view)
            self._fill_checklist(self._checklist_entries())  # keeps what was typed

    # Showing
    def reload(self, message: str = "") -> None:
        with self.context.read() as s:
            view = checkin.current(s, self.order_id)
            thumbs = checkin.thumbnails(s, view.form.photos) if view else {}
            optional = not checkin.signature_required(s, "checkin")
        assert view is not None
        self.view, self.check_in_id = view, view.id
        self.loaded = view.stamp
        form = view.form
        self._fill_checklist(list(form.checklist))
        self.diagram.set_marks([Mark(int(m["number"]), float(m["x"]), float(m["y"]), m["kind"],
                                     m.get("note", "")) for m in form.marks])
        value = form.battery_percent if self.electric else form.fuel_eighths
        self.fuel.setValue(value if value is not None else (50 if self.electric else 4))
        self.odometer.setValue(form.odometer_km or 0)
        self.keys.setValue(form.keys_count if form.keys_count is not None else 1)
        self.belongings.setText(form.belongings)
        self.valuables.setText(form.valuables)
        self.photo_hashes = list(form.photos)
        self.photos.clear()
        for digest in form.photos:
            self._show_photo(digest, thumbs.get(digest))
        self.pad.set_strokes([[tuple(p) for p in stroke] for stroke in view.signature_strokes])
        if view.signer:
            self.signer.setText(view.signer)
        locked = view.locked
        for widget in (self.checklist, self.belongings, self.valuables, self.fuel,
                       self.odometer, self.keys, self.signer, self.kind, self.mark_note):
            widget.setEnabled(not locked)
        self.diagram.set_locked(locked)
        self.pad.set_locked(locked)
        self.buttons["confirm"].setVisible(optional)
        self._say_why_not(view)
        self._show_state(view)
        self._marks_changed()
        self.error.show_error(None)
        if message:
            self.state_line.setText(f"{self.state_line.text()}  —  {message}")

    def _say_why_not(self, view: CheckInView) -> None:
        """Which buttons may act on this version, and why the others may not (in the UI's
        language: called again on a language switch)."""
        locked = view.locked
        signed = self.tr("This version is signed and locked; change it as a new version.")
        for button in (self.add_photos, self.remove_mark, self.clear_pad, self.undo_pad):
            allow(button, signed if locked else None)
        b = self.buttons
        for name in ("save", "sign", "confirm"):
            allow(b[name], signed if locked else None)
        unsigned = self.tr("Only a signed check-in is checked or changed as a new version.")
        allow(b["new_version"], None if locked else unsigned)
        allow(b["verify"], None if locked else unsigned)
        allow(b["earlier"], None if view.older_versions
              else self.tr("There is no earlier version."))

    def _show_state(self, view: CheckInView) -> None:
        if view.status == "signed":
            text = self.tr("Version {n}, signed by {who} at {time} · check code {code}").format(
                n=view.version, who=view.signer, time=fmt.local_time(view.signed_at),
                code=view.content_hash[:12])
        elif view.status == "confirmed":
            text = self.tr("Version {n}, confirmed without signature at {time} · check code "
                           "{code}").format(n=view.version, time=fmt.local_time(view.signed_at),
                                            code=view.content_hash[:12])
        else:
            text = self.tr("Version {n}, draft — not signed yet").format(n=view.version)
        if view.older_versions:
            text += self.tr("  (earlier versions: {list})").format(
                list=", ".join(str(v) for v in view.older_versions))
        self.state_line.setText(text)
        self.stamp.setText(self.tr("Advisor {name}\n{time}").format(
            name=view.advisor_name or self.context.user.display_name,
            time=fmt.local_time(view.signed_at) if view.signed_at else ""))

    def _fill_checklist(self, entries: list[dict[str, str]]) -> None:
        self.checklist.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            item = QTableWidgetItem(app_text("CheckItem", entry["item"]))
            item.setData(Qt.ItemDataRole.UserRole, entry["item"])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.checklist.setItem(row, ITEM, item)
            combo = QComboBox(self.checklist)
            fill_combo(combo, ITEM_STATES, "ItemState")
            combo.setCurrentIndex(max(combo.findData(entry["state"]), 0))
            self.checklist.setCellWidget(row, STATE, combo)
            self.checklist.setItem(row, NOTE, QTableWidgetItem(entry.get("note", "")))
        self.checklist.resizeColumnToContents(ITEM)
        self._keep_room_for_notes()

    def _keep_room_for_notes(self) -> None:
        """The note column (it stretches) keeps room for a short note such as 左前门划痕约十厘米:
        the table asks for the item and state columns plus that much."""
        header = self.checklist.horizontalHeader()
        note = self.checklist.fontMetrics().horizontalAdvance("说" * NOTE_CHARS) + 12
        self.checklist.setMinimumWidth(header.sectionSize(ITEM) + header.sectionSize(STATE)
                                       + note + 2 * self.checklist.frameWidth()
                                       + self.checklist.verticalScrollBar().sizeHint().width())

    def _checklist_entries(self) -> list[dict[str, str]]:
        entries = []
        for row in range(self.checklist.rowCount()):
            combo = self.checklist.cellWidget(row, STATE)
            note = self.checklist.item(row, NOTE)
            entries.append({"item": self.checklist.item(row, ITEM).data(Qt.ItemDataRole.UserRole),
                            "state": combo.currentData() if combo else "ok",
                            "note": note.text() if note else ""})
        return entries

    def _show_fuel(self) -> None:
        value = self.fuel.value()
        self.fuel_value.setText(f"{value} %" if self.electric else f"{value}/8")
        self.fuel.setAccessibleName(self.fuel_value.text())

    def _marks_changed(self) -> None:
        self.marks_list.clear()
        for mark in self.diagram.marks():
            kind = app_text("MarkKind", MARK_KINDS.get(mark.kind, mark.kind))
            self.marks_list.addItem(f"{mark.number}. {kind}  {mark.note}".rstrip())

    def _mark_selected(self, number: int) -> None:
        mark = next((m for m in self.diagram.marks() if m.number == number), None)
        self.mark_note.setText(mark.note if mark else "")
        if mark is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(mark.kind), 0))

    def _note_edited(self, text: str) -> None:
        number = self.diagram.selected()
        if number:
            self.diagram.set_note(number, text)

    def _remove_mark(self) -> None:
        number = self.diagram.selected()
        if number:
            self.diagram.remove(number)

    # Photos
    def _choose_photos(self) -> None:
        files = file_dialogs.open_file_names(
            self, self.tr("Add photos"), "", self.tr("Pictures (*.jpg *.jpeg *.png)"))
        self.add_photo_files([Path(f) for f in files])

    def add_photo_files(self, files: list[Path]) -> None:
        for path in files:
            if path.suffix.lower() not in PHOTO_SUFFIXES:
                continue
            try:
                with self.context.write() as s:
                    digest = checkin.add_photo(s, self.context.paths.data / "photos",
                                               path.read_bytes(), path.suffix)
                    thumb = checkin.thumbnails(s, [digest]).get(digest)
            except InputErrors as refused:
                self.error.show_error(refused.errors[0])
                continue
            except OSError:
                continue
            if digest not in self.photo_hashes:
                self.photo_hashes.append(digest)
                self._show_photo(digest, thumb)

    def _remove_photo(self) -> None:
        """A photo added by mistake leaves the draft (the file stays under its hash)."""
        item = self.photos.currentItem()
        if item is None or self.view is None or self.view.locked:
            return
        self.photo_hashes.remove(item.data(Qt.ItemDataRole.UserRole))
        self.photos.takeItem(self.photos.row(item))

    def _show_photo(self, digest: str, thumbnail: bytes | None) -> None:
        pixmap = QPixmap()
        if thumbnail:
            pixmap.loadFromData(thumbnail)
        item = QListWidgetItem(QIcon(pixmap), "")
        item.setToolTip(digest[:12])
        item.setData(Qt.ItemDataRole.UserRole, digest)
        self.photos.addItem(item)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.view is not None and not self.view.locked:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_photo_files([Path(u.toLocalFile()) for u in event.mimeData().urls()
                              if u.isLocalFile()])
        event.acceptProposedAction()

    # Saving and signing
    def form(self) -> CheckInForm:
        value = self.fuel.value()
        return CheckInForm(
            checklist=tuple(self._checklist_entries()),
            marks=tuple({"number": m.number, "x": m.x, "y": m.y, "kind": m.kind, "note": m.note}
                        for m in self.diagram.marks()),
            fuel_eighths=None if self.electric else value,
            battery_percent=value if self.electric else None,
            odometer_km=self.odometer.value() or None, keys_count=self.keys.value(),
            belongings=self.belongings.text(), valuables=self.valuables.text(),
            photos=tuple(self.photo_hashes))

    def _run(self, action) -> bool:  # type: ignore[no-untyped-def]
        self.error.show_error(None)
        try:
            with self.context.write() as s:
                action(s)
        except InputErrors as refused:
            self.error.show_error(refused.errors[0])
            return False
        except CheckInLocked:
            self.reload()
            return False
        except NotAllowed:
            self.error.show_error(InputError("general", NOT_ALLOWED))
            return False
        except StaleRecord as stale:  # another desk saved the draft: say so, keep the typing
            self.loaded = stale.current
            self.error.show_error(stale_error(stale))
            return False
        self.changed.emit(self.order_id)
        return True

    def _on_save(self) -> None:
        if self.view is not None and not self.view.locked and self._run(
                lambda s: checkin.save(s, self.context.user, self.check_in_id, self.form(),
                                       loaded=self.loaded)):
            self.reload(self.tr("draft saved"))

    def _sign(self, strokes: list, png: bytes | None) -> None:  # type: ignore[type-arg]
        if self.view is None or self.view.locked:
            return
        form = self.form()
        if self._run(lambda s: checkin.sign(s, self.context.user, self.check_in_id, form,
                                            strokes, png, self.signer.text(),
                                            loaded=self.loaded)):
            self.reload()

    def _on_sign(self) -> None:
        if self.pad.is_empty():
            self.error.show_error(InputError("signature", SIGN_FIRST))
            self.pad.setFocus()
            return
        self._sign(self.pad.strokes(), self.pad.render_png())

    def _on_confirm(self) -> None:
        self._sign([], None)

    def _on_new_version(self) -> None:
        if self._run(lambda s: checkin.new_version(s, self.context.user, self.order_id)):
            self.reload(self.tr("a new version to change and sign again"))

    def _on_verify(self) -> None:
        with self.context.read() as s:
            result = checkin.verify(s, self.check_in_id)
        self.reload(self.tr("verified: the record is unchanged since it was signed")
                    if result.ok else
                    self.tr("WARNING: the record differs from what was signed"))
        if not result.ok:
            self.state_line.setStyleSheet("color: #c62828; font-weight: bold;")

    def _on_print_sheet(self) -> None:
        if self.view is not None and (self.view.locked or self._run(
                lambda s: checkin.save(s, self.context.user, self.check_in_id, self.form(),
                                       loaded=self.loaded))):
            self.print_requested.emit(self.order_id, "checkin")

    def _on_earlier(self) -> None:
        """An earlier version as it was signed: its sheet, read-only."""
        if self.view is None or not self.view.older_versions:
            return
        from PySide6.QtWidgets import QInputDialog

        from ui.dialogs.print_preview import PrintPreview

        choices = [str(v) for v in reversed(self.view.older_versions)]
        chosen, ok = QInputDialog.getItem(self, self.tr("Earlier version"),
                                          self.tr("Show the sheet of version"), choices, 0, False)
        if ok:
            preview = PrintPreview(self.context, self.order_id, "checkin", self,
                                   version=int(chosen))
            preview.finished.connect(preview.deleteLater)
            preview.open()
            self.earlier_preview = preview

    def _on_print_tag(self) -> None:
        self.print_requested.emit(self.order_id, "keytag")

    def _on_close(self) -> None:
        self.accept()


SIGN_FIRST = QT_TRANSLATE_NOOP(
    "InputError", "The customer signs in the box first (or use Clear to start again).")
