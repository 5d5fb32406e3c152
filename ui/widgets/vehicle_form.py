"""A car's fields as one form part, with live hints: plate upper-cased as typed, a missing
province suggested from the shop's plate prefix, the VIN's maker and model year decoded and its
check digit tested (a mismatch asks for "VIN confirmed as read")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.errors import InputError
from app.domain.plate import PROVINCES, check_plate, normalize_plate
from app.domain.vin import VIN_LENGTH, check_vin, maker_name, normalize_vin
from app.domain.workorder import FUEL_NAMES
from app.services.vehicles import VehicleForm
from ui.i18n import Retranslating, fuel_name, ui_is_chinese
from ui.widgets.field_error import FormErrors, with_error

TEXT_FIELDS = ("plate", "vin", "brand", "model", "year", "colour", "engine_no", "mileage_km",
               "note")
HINT_STYLE = "color: #555555;"
WARN_STYLE = "color: #e65100;"


class VehicleFormWidget(Retranslating, QWidget):
    def __init__(self, errors: FormErrors, plate_prefix: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plate_prefix = plate_prefix
        self.inputs: dict[str, QLineEdit] = {}
        for field in TEXT_FIELDS:
            edit = self.inputs[field] = QLineEdit(self)
            edit.setObjectName("vehicle_note" if field == "note" else field)
        self.inputs["plate"].setMaxLength(12)
        self.inputs["vin"].setMaxLength(20)
        self.inputs["year"].setMaxLength(4)
        self.fuel = QComboBox(self)
        self.fuel.setObjectName("fuel_type")
        for key in FUEL_NAMES:
            self.fuel.addItem("", key)
        self.vin_confirmed = QCheckBox(self)
        self.vin_confirmed.setObjectName("vin_confirmed")
        self.vin_confirmed.hide()
        self.plate_hint = QLabel(self)
        self.plate_hint.setObjectName("plate_hint")
        self.plate_hint.linkActivated.connect(self._use_suggestion)
        self.vin_hint = QLabel(self)
        self.vin_hint.setObjectName("vin_hint")
        self.vin_hint.setWordWrap(True)
        self.year_hint = QLabel(self)  # the typed model year against the VIN's: warn, not refuse
        self.year_hint.setObjectName("year_hint")
        self.year_hint.setWordWrap(True)
        self.year_hint.setStyleSheet(WARN_STYLE)
        self.year_hint.hide()
        self.errors = errors
        self.captions: dict[str, QLabel] = {}
        self._lay_out(errors)
        self.inputs["plate"].textEdited.connect(self._plate_typed)
        self.inputs["vin"].textEdited.connect(self._vin_typed)
        self.inputs["year"].textEdited.connect(self._check_year)
        self._suggestion = ""
        self.retranslate()

    def _lay_out(self, errors: FormErrors) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for field in ("plate", "vin", "brand", "model", "year", "colour", "engine_no",
                      "fuel_type", "mileage_km", "note"):
            widget = self.fuel if field == "fuel_type" else self.inputs[field]
            cell = with_error(widget, errors.add(field, widget, self))
            if field == "plate":  # hints right under the field, above a refusal
                cell.layout().insertWidget(1, self.plate_hint)
            if field == "vin":
                cell.layout().insertWidget(1, self.vin_hint)
                cell.layout().addWidget(self.vin_confirmed)
            if field == "year":
                cell.layout().insertWidget(1, self.year_hint)
            caption = self.captions[field] = QLabel(self)
            caption.setBuddy(widget)
            form.addRow(caption, cell)

    def retranslate(self) -> None:
        captions = {
            "plate": self.tr("&Plate"), "vin": self.tr("&VIN"), "brand": self.tr("&Brand"),
            "model": self.tr("Mo&del"), "year": self.tr("&Year"), "colour": self.tr("Co&lour"),
            "engine_no": self.tr("&Engine no."), "fuel_type": self.tr("&Fuel"),
            "mileage_km": self.tr("&Mileage (km)"), "note": self.tr("Ca&r note"),
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
            widget = self.fuel if field == "fuel_type" else self.inputs[field]
            widget.setAccessibleName(text.replace("&", ""))
        for i, key in enumerate(FUEL_NAMES):
            self.fuel.setItemText(i, fuel_name(key))
        self.inputs["plate"].setPlaceholderText(self.tr("e.g. {prefix}12345").format(
            prefix=self.plate_prefix or "湘A"))
        self.inputs["vin"].setPlaceholderText(self.tr("17 characters, on the 行驶证"))
        self.inputs["year"].setPlaceholderText(self.tr("model year, e.g. 2019"))
        self.vin_confirmed.setText(self.tr("VIN confirmed as read on the car"))
        self._plate_typed(self.inputs["plate"].text())
        self._vin_typed(self.inputs["vin"].text())

    # Live hints
    def _plate_typed(self, text: str) -> None:
        upper = text.upper()
        edit = self.inputs["plate"]
        if upper != text:
            cursor = edit.cursorPosition()
            edit.setText(upper)
            edit.setCursorPosition(cursor)
        self._suggestion = self._province_suggestion(upper)
        self.plate_hint.setVisible(bool(self._suggestion))
        if self._suggestion:
            self.plate_hint.setText(self.tr(
                "No province character. <a href=\"use\">Use {plate}</a>?").format(
                    plate=self._suggestion))

    def _province_suggestion(self, text: str) -> str:
        """The plate with the shop's prefix added, when that makes a valid plate."""
        plate = normalize_plate(text)
        if not self.plate_prefix or len(plate) < 5 or plate[0] in PROVINCES:
            return ""
        head = self.plate_prefix[:1] if plate[0].isalpha() else self.plate_prefix
        try:
            return check_plate(head + plate).text
        except InputError:
            return ""

    def _use_suggestion(self, _link: str = "") -> None:
        if self._suggestion:
            self.inputs["plate"].setText(self._suggestion)
            self._plate_typed(self._suggestion)

    def _vin_typed(self, text: str) -> None:
        edit = self.inputs["vin"]
        if text != text.upper():
            cursor = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(cursor)
        vin = normalize_vin(text)
        mismatch = False
        self._vin_year: int | None = None
        if not vin:
            hint, style = "", HINT_STYLE
        elif len(vin) < VIN_LENGTH:
            hint, style = self.tr("{n} of 17 characters").format(n=len(vin)), HINT_STYLE
        else:
            hint, style, mismatch = self._vin_hint(vin)
        self.vin_hint.setText(hint)
        self.vin_hint.setStyleSheet(style)
        self.vin_hint.setVisible(bool(hint))
        self.vin_confirmed.setVisible(mismatch)
        if not mismatch:
            self.vin_confirmed.setChecked(False)
        self._check_year()

    def _check_year(self, _text: str = "") -> None:
        typed = self.inputs["year"].text().strip()
        vin_year = getattr(self, "_vin_year", None)
        warn = bool(vin_year and typed.isdigit() and int(typed) != vin_year)
        if warn:
            self.year_hint.setText(self.tr(
                "The VIN's 10th character says model year {vin_year}, not {year}: check the "
                "year (it is saved as typed).").format(vin_year=vin_year, year=typed))
        self.year_hint.setVisible(warn)

    def _vin_hint(self, vin: str) -> tuple[str, str, bool]:
        try:
            result = check_vin(vin)
        except InputError as refused:
            # Said once, under the field where a refusal on saving would appear.
            self.errors.label("vin").show_error(refused)
            return "", HINT_STYLE, False
        self._vin_year = result.model_year
        maker = (maker_name(result.maker, ui_is_chinese()) if result.maker
                 else self.tr("maker not known"))
        year = (self.tr("model year {year}").format(year=result.model_year)
                if result.model_year else self.tr("model year not readable"))
        if result.check_digit_ok:
            return self.tr("{maker} · {year} · check digit OK").format(
                maker=maker, year=year), HINT_STYLE, False
        return self.tr(
            "{maker} · {year} · the check digit should be {digit}: read the VIN again").format(
                maker=maker, year=year, digit=result.expected_check_digit), WARN_STYLE, True

    # Values
    def form(self) -> VehicleForm:
        values = {f: self.inputs[f].text() for f in TEXT_FIELDS}
        return VehicleForm(
            plate=values["plate"], vin=values["vin"],
            vin_confirmed=self.vin_confirmed.isChecked(), brand=values["brand"],
            model=values["model"], year=values["year"], colour=values["colour"],
            engine_no=values["engine_no"], fuel_type=self.fuel.currentData(),
            mileage_km=values["mileage_km"], note=values["note"],
        )

    def set_form(self, form: VehicleForm) -> None:
        """Fill the fields from the car as the edit form loaded it."""
        for field in ("plate", "vin", "brand", "model", "year", "colour", "engine_no",
                      "mileage_km", "note"):
            self.inputs[field].setText(getattr(form, field))
        self.fuel.setCurrentIndex(max(self.fuel.findData(form.fuel_type), 0))
        self._vin_typed(form.vin)
        self.vin_confirmed.setChecked(form.vin_confirmed)

    def focus_chain(self) -> list[QWidget]:
        i = self.inputs
        return [i["plate"], i["vin"], self.vin_confirmed, i["brand"], i["model"], i["year"],
                i["colour"], i["engine_no"], self.fuel, i["mileage_km"], i["note"]]
