"""One row of the file checked on its own, then against the other rows of the file.

Every field goes through the checks the desk uses (`check_customer`, `check_vehicle`); the file
adds its own: identical rows are skipped, and two different rows for one plate or VIN are both
refused.

One rule says who is who: rows that share a phone (normalised: 138 0013 8000 is 13800138000) are
one customer, the customer of the first such row. A later row with the same name simply adds its
car. A later row under another name (张叁 for 张三: a typo, or a relative's car) is put to the
user for review, beside the first row: attach its car to that customer, or skip the row (it
comes back in the report of refused rows). A later row that brings nothing new (no car, or the
first rows' car again) is skipped with a note saying so. So the first row always goes in and
the second is never lost.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable, Collection, Iterable
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
    REVIEW = "review"  # the phone of an earlier row under another name: attach or skip


STATUS_NAMES: dict[RowStatus, str] = {
    RowStatus.OK: QT_TRANSLATE_NOOP("ImportStatus", "Good"),
    RowStatus.VIN_FLAG: QT_TRANSLATE_NOOP("ImportStatus", "VIN flag"),
    RowStatus.ON_FILE: QT_TRANSLATE_NOOP("ImportStatus", "Already on file"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportStatus", "Duplicate in file"),
    RowStatus.PROBLEM: QT_TRANSLATE_NOOP("ImportStatus", "Problem"),
    RowStatus.REVIEW: QT_TRANSLATE_NOOP("ImportStatus", "To review"),
}
REVIEW_FIELD = "review"  # InputError.field of the reason a row is put to review


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
    review_of: int | None = None  # REVIEW: the line whose customer the row would join
    review_name: str = ""  # REVIEW: that customer's name (of the row, or on file)
    vin_flagged: bool = False  # REVIEW: its VIN has a check-digit flag as well

    def reason_text(self, describe: Callable[[InputError], str] | None = None) -> str:
        return " ".join((describe or InputError.text)(e) for e in self.reasons)


def goes_in(row: ImportRow, accept_vin_flags: bool, attach: Collection[int] = ()) -> bool:
    """Whether the row is brought in: good, a VIN flag accepted, or a review row attached."""
    if row.status == RowStatus.OK:
        return True
    if row.status == RowStatus.VIN_FLAG:
        return accept_vin_flags
    if row.status == RowStatus.REVIEW:
        return row.line in attach and (accept_vin_flags or not row.vin_flagged)
    return False


def is_refused(row: ImportRow, accept_vin_flags: bool, attach: Collection[int] = ()) -> bool:
    """Refused rows come back in the report: problems, VIN flags not accepted, and review
    rows not attached (skipped, or not decided)."""
    return row.status in (RowStatus.PROBLEM, RowStatus.VIN_FLAG, RowStatus.REVIEW) and not (
        goes_in(row, accept_vin_flags, attach))


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
    review_of: int | None = None
    review_name: str = ""
    vin_flagged: bool = False

    def refuse(self, *reasons: InputError) -> None:
        if self.status == RowStatus.REVIEW:  # refused now: nothing left to review
            self.reasons = [r for r in self.reasons if r.field != REVIEW_FIELD]
            self.review_of, self.review_name = None, ""
        self.status = RowStatus.PROBLEM
        self.reasons += [r for r in reasons if r.text() not in {x.text() for x in self.reasons}]

    @property
    def live(self) -> bool:
        return self.status in (RowStatus.OK, RowStatus.VIN_FLAG, RowStatus.REVIEW)

    @property
    def phone_keys(self) -> tuple[str, ...]:
        return tuple(sorted({normalize_phone(p) for p in self.customer.phones})) \
            if self.customer else ()

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
    """A row identical to an earlier one (after checking: 湘A·12345 is 湘A12345) is skipped;
    so is the same car with the same phones under another name (the first row's name wins)."""
    seen: dict[tuple, int] = {}
    same_car: dict[tuple, Draft] = {}
    for d in drafts:
        if not d.live:
            continue
        key = (d.customer, d.car_key)
        car = (d.phone_keys, d.car_key)
        if key in seen:
            d.status = RowStatus.DUPLICATE
            d.reasons = [row_error(QT_TRANSLATE_NOOP(
                "InputError", "The same as line {line}; skipped."), line=seen[key])]
        elif d.car_key is not None and car in same_car:
            first = same_car[car]
            d.status = RowStatus.DUPLICATE
            d.reasons = [row_error(QT_TRANSLATE_NOOP(
                "InputError", "The same car and phone as line {line}, there under the name "
                "{name}; skipped (correct the name at the desk if {name} is wrong)."),
                line=first.line, name=first.customer.name)]  # type: ignore[union-attr]
        else:
            seen[key] = d.line
            same_car.setdefault(car, d)


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
    """Rows that share a phone are the customer of the first row; a later row under another
    name is put to review (attach its car to that customer, or skip it), or skipped when it
    has no car to bring."""
    for rows in groups.values():
        first = rows[0]
        for d in rows[1:]:
            if d.name_key == first.name_key:
                continue
            name = first.customer.name  # type: ignore[union-attr]
            if d.vehicle is None:
                d.status = RowStatus.DUPLICATE
                d.reasons = [row_error(QT_TRANSLATE_NOOP(
                    "InputError", "The phone of line {line} ({name}) under another name, "
                    "without a car; nothing to add, skipped."), line=first.line, name=name)]
                continue
            d.vin_flagged = d.status == RowStatus.VIN_FLAG
            d.status, d.review_of, d.review_name = RowStatus.REVIEW, first.line, name
            d.reasons.append(InputError(REVIEW_FIELD, QT_TRANSLATE_NOOP(
                "InputError", "Line {line} gives this phone for {name}: one phone is one "
                "customer. Attach this car to {name}, or skip the row."),
                line=first.line, name=name))


def review_against_file(rows: list[Draft], name: str) -> None:
    """The group's phone is on file for a customer of another name: each row under another
    name is put to review (attach its car to the customer on file, or skip it); a row under
    that customer's name simply adds its car."""
    for d in rows:
        if d.status == RowStatus.REVIEW:  # against the file's first row: against the file now
            d.reasons = [r for r in d.reasons if r.field != REVIEW_FIELD]
            d.status = RowStatus.VIN_FLAG if d.vin_flagged else RowStatus.OK
            d.review_of, d.review_name, d.vin_flagged = None, "", False
        if d.name_key == name.casefold():
            continue
        if d.vehicle is None:
            d.status = RowStatus.ON_FILE
            d.reasons = [row_error(QT_TRANSLATE_NOOP(
                "InputError", "The phone is on file for {name}, under another name; without a "
                "car there is nothing to add; skipped."), name=name)]
            continue
        d.vin_flagged = d.status == RowStatus.VIN_FLAG
        d.status, d.review_name = RowStatus.REVIEW, name
        d.reasons.append(InputError(REVIEW_FIELD, QT_TRANSLATE_NOOP(
            "InputError", "The phone is on file for {name}: one phone is one customer. Attach "
            "this car to {name}, or skip the row."), name=name))


def group_rows(rows: list[Draft]) -> list[Draft]:
    """The rows that make the group's customer: not those put to review."""
    return [d for d in rows if d.status != RowStatus.REVIEW] or rows[:1]


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
    forms = [d.customer for d in group_rows(rows) if d.customer]
    phones: dict[str, str] = {}
    for f in forms:
        for p in f.phones:
            phones.setdefault(normalize_phone(p), p)
    notes = list(dict.fromkeys(f.note for f in forms if f.note))
    return dataclasses.replace(
        forms[0], phones=tuple(phones.values()),
        address=next((f.address for f in forms if f.address), ""), note="; ".join(notes))
