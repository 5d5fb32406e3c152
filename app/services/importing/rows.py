"""One row of the file checked on its own, then against the other rows of the file.

Every field goes through the checks the desk uses (`check_customer`, `check_vehicle`); the file
adds its own: identical rows are skipped, rows sharing a phone are one customer (and must give
the same name), and two different rows for one plate or VIN are both refused.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from app.domain.errors import InputError, InputErrors
from app.domain.phone import normalize_phone
from app.domain.vin import check_vin
from app.i18n import QT_TRANSLATE_NOOP
from app.services import customers, vehicles
from app.services.customers import CustomerForm
from app.services.vehicles import VehicleForm

CAR_FIELDS = ("plate", "vin", "brand", "model", "year", "colour", "engine_no", "mileage",
              "vehicle_note")  # fmt: skip
_PHONE_SPLIT = re.compile(r"[/,;，；、|\n]")
_EXCEL_EXPONENT = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d+$")  # 1.38001E+10: Excel lost digits
_COMPANY_WORDS = ("公司", "集团", "有限", "ltd", "co.,")


class RowStatus(StrEnum):
    OK = "ok"  # goes in
    VIN_FLAG = "vin_flag"  # goes in only when the user accepts VIN check-digit flags
    ON_FILE = "on_file"  # the same customer (and car) is on file already: skipped
    DUPLICATE = "duplicate"  # the same as an earlier row of the file: skipped
    PROBLEM = "problem"  # refused, with the reason; comes back in the report


STATUS_NAMES: dict[RowStatus, str] = {
    RowStatus.OK: QT_TRANSLATE_NOOP("ImportStatus", "Good"),
    RowStatus.VIN_FLAG: QT_TRANSLATE_NOOP("ImportStatus", "VIN flag"),
    RowStatus.ON_FILE: QT_TRANSLATE_NOOP("ImportStatus", "Already on file"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportStatus", "Duplicate in file"),
    RowStatus.PROBLEM: QT_TRANSLATE_NOOP("ImportStatus", "Problem"),
}


@dataclass(frozen=True)
class ImportRow:
    """One row of the file and what importing it does."""

    line: int  # the row number as the spreadsheet shows it
    cells: tuple[str, ...]  # as read, one per header
    status: RowStatus
    reasons: tuple[InputError, ...] = ()
    customer: CustomerForm | None = None  # the row's customer, merged over all its rows
    vehicle: VehicleForm | None = None
    group: int = -1  # rows with the same group are one customer
    customer_on_file: uuid.UUID | None = None

    def reason_text(self, describe: Callable[[InputError], str] | None = None) -> str:
        return " ".join((describe or InputError.text)(e) for e in self.reasons)


def is_refused(row: ImportRow, accept_vin_flags: bool) -> bool:
    return row.status == RowStatus.PROBLEM or (
        row.status == RowStatus.VIN_FLAG and not accept_vin_flags
    )


def row_error(message: str, **params: Any) -> InputError:
    return InputError("row", message, **params)


@dataclass
class Draft:
    """A row while it is being checked; becomes an ImportRow when the preview is done."""

    line: int
    cells: tuple[str, ...]
    status: RowStatus = RowStatus.OK
    reasons: list[InputError] = field(default_factory=list)
    customer: CustomerForm | None = None  # as checked (clean) for this row alone
    vehicle: VehicleForm | None = None
    car_key: tuple | None = None  # the checked car, for telling identical rows apart
    plate: str | None = None
    vin: str | None = None
    group: int = -1

    def refuse(self, *reasons: InputError) -> None:
        self.status = RowStatus.PROBLEM
        self.reasons += [r for r in reasons if r.text() not in {x.text() for x in self.reasons}]

    @property
    def live(self) -> bool:
        return self.status in (RowStatus.OK, RowStatus.VIN_FLAG)

    @property
    def name_key(self) -> str:
        return self.customer.name.casefold() if self.customer else ""


def _values(cells: tuple[str, ...], columns: dict[str, tuple[int, ...]], name: str) -> list[str]:
    return [cells[i] for i in columns.get(name, ()) if cells[i]]


def _first(cells: tuple[str, ...], columns: dict[str, tuple[int, ...]], name: str) -> str:
    values = _values(cells, columns, name)
    return values[0] if values else ""


def _number_text(text: str, units: Iterable[str]) -> str:
    for unit in units:
        text = text.removesuffix(unit).strip()
    if text.endswith("万"):  # 4.5万 (公里) = 45,000 km
        try:
            return str(int(Decimal(text[:-1].replace(",", "")) * 10_000))
        except InvalidOperation:
            return text
    return text


def _phones(texts: list[str], errors: list[InputError]) -> tuple[str, ...]:
    phones = []
    for text in texts:
        for piece in _PHONE_SPLIT.split(text):
            piece = piece.strip()
            if _EXCEL_EXPONENT.match(piece):
                errors.append(InputError("phone", QT_TRANSLATE_NOOP(
                    "InputError", "Excel turned the phone number into {phone} and lost its "
                    "digits. Format the column as text in Excel, type the number again and "
                    "export again."), phone=piece))
            elif piece:
                phones.append(piece)
    return tuple(phones)


def _customer_form(cells: tuple[str, ...], columns: dict, errors: list[InputError]) -> CustomerForm:
    name = " ".join(_first(cells, columns, "name").split())
    kind = "company" if any(w in name.casefold() for w in _COMPANY_WORDS) else "person"
    return CustomerForm(
        name, _phones(_values(cells, columns, "phone"), errors), kind,
        address=_first(cells, columns, "address"),
        note="; ".join(_values(cells, columns, "note")),
    )


def _vehicle_form(cells: tuple[str, ...], columns: dict) -> VehicleForm | None:
    if not any(_values(cells, columns, f) for f in CAR_FIELDS):
        return None
    return VehicleForm(
        plate=_first(cells, columns, "plate"), vin=_first(cells, columns, "vin"),
        brand=_first(cells, columns, "brand"), model=_first(cells, columns, "model"),
        year=_number_text(_first(cells, columns, "year"), ("年款", "年", "款")),
        colour=_first(cells, columns, "colour"), engine_no=_first(cells, columns, "engine_no"),
        mileage_km=_number_text(_first(cells, columns, "mileage").casefold(),
                                ("公里", "km", "千米")),
        note="; ".join(_values(cells, columns, "vehicle_note")),
    )


def _vin_flag(form: VehicleForm) -> InputError | None:
    """The VIN's check digit does not match (the rest of the VIN is checked with the car)."""
    if not form.vin.strip():
        return None
    try:
        checked = check_vin(form.vin)
    except InputError:
        return None
    if checked.check_digit_ok:
        return None
    return InputError("vin", QT_TRANSLATE_NOOP(
        "InputError", "The VIN {vin} has {actual} as its check digit (9th character); it should "
        "be {expected}. Import it as read only if it was copied from the car (tick \"Accept VIN "
        "flags\"); otherwise correct it in the file."),
        vin=checked.vin, actual=checked.vin[8], expected=checked.expected_check_digit)


def check_row(line: int, cells: tuple[str, ...], columns: dict, today: date | None) -> Draft:
    draft = Draft(line, cells)
    errors: list[InputError] = []
    form = _customer_form(cells, columns, errors)
    try:
        draft.customer, _ = customers.check_customer(form)
    except InputErrors as e:
        lost_digits = bool(errors) and not form.phones  # "enter a phone" would say it twice
        errors += [x for x in e.errors if not (lost_digits and x.field == "phones.0")]
    car = _vehicle_form(cells, columns)
    flag = None
    if car is not None:
        flag = _vin_flag(car)
        try:
            clean = vehicles.check_vehicle(dataclasses.replace(car, vin_confirmed=True), today)
        except InputErrors as e:
            errors += e.errors
        else:
            draft.vehicle, draft.plate, draft.vin = car, clean.plate, clean.vin
            draft.car_key = dataclasses.astuple(dataclasses.replace(clean, vin_confirmed=False))
    if errors:
        draft.refuse(*errors)
    elif flag is not None:
        draft.status, draft.reasons = RowStatus.VIN_FLAG, [flag]
    return draft


def mark_repeats(drafts: list[Draft]) -> None:
    """A row identical to an earlier one (after checking: 湘A·12345 is 湘A12345) is skipped."""
    seen: dict[tuple, int] = {}
    for d in drafts:
        if not d.live:
            continue
        key = (d.customer, d.car_key)
        if key in seen:
            d.status = RowStatus.DUPLICATE
            d.reasons = [row_error(QT_TRANSLATE_NOOP(
                "InputError", "The same as line {line}; skipped."), line=seen[key])]
        else:
            seen[key] = d.line


def group_customers(drafts: list[Draft]) -> dict[int, list[Draft]]:
    """Rows linked by a shared phone are one customer (union-find over the phone numbers)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d in drafts:
        d.group = -1
    live = [d for d in drafts if d.live and d.customer]
    for d in live:
        numbers = [normalize_phone(p) for p in d.customer.phones]  # type: ignore[union-attr]
        for other in numbers[1:]:
            parent[root(other)] = root(numbers[0])
    groups: dict[str, list[Draft]] = {}
    for d in live:
        groups.setdefault(root(normalize_phone(d.customer.phones[0])), []).append(d)  # type: ignore[union-attr]
    numbered = {}
    for number, rows in enumerate(groups.values()):
        for d in rows:
            d.group = number
        numbered[number] = rows
    return numbered


def check_group_names(groups: dict[int, list[Draft]]) -> None:
    """Rows that share a phone but give other names: which name is right is for the shop."""
    for rows in groups.values():
        for d in rows:
            other = next((o for o in rows if o.name_key != d.name_key), None)
            if other is not None:
                d.refuse(row_error(QT_TRANSLATE_NOOP(
                    "InputError", "Line {line} gives the same phone for {name}; one phone "
                    "belongs to one customer. Correct the name or the phone."),
                    line=other.line, name=other.customer.name))  # type: ignore[union-attr]


def check_same_car(drafts: list[Draft]) -> None:
    """Two different rows for one plate or VIN: which is right is the shop's call, not ours."""
    for attr, message in (
        ("plate", QT_TRANSLATE_NOOP("InputError", "The plate {value} is also on line {lines} "
                                    "with other details; keep one row for the car.")),
        ("vin", QT_TRANSLATE_NOOP("InputError", "The VIN {value} is also on line {lines} "
                                  "with other details; keep one row for the car.")),
    ):
        rows: dict[str, list[Draft]] = {}
        for d in drafts:
            if d.live and getattr(d, attr):
                rows.setdefault(getattr(d, attr), []).append(d)
        for value, same in rows.items():
            if len(same) < 2:
                continue
            for d in same:
                lines = ", ".join(str(o.line) for o in same if o is not d)
                d.refuse(row_error(message, value=value, lines=lines))


def group_form(rows: list[Draft]) -> CustomerForm:
    """The customer of a group: the first row's name, every phone, first address, all notes."""
    forms = [d.customer for d in rows if d.customer]
    phones: dict[str, str] = {}
    for f in forms:
        for p in f.phones:
            phones.setdefault(normalize_phone(p), p)
    notes = list(dict.fromkeys(f.note for f in forms if f.note))
    return dataclasses.replace(
        forms[0], phones=tuple(phones.values()),
        address=next((f.address for f in forms if f.address), ""), note="; ".join(notes))
