"""The preview: what importing each row of the file would do, with the database as it is now.

Nothing is written. The file's phones, plates and VINs are looked up in a few queries (not one
per row), so a 10,000-row file previews in a couple of seconds.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.phone import normalize_phone
from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing.reading import read_table
from app.services.importing.rows import (
    Draft,
    ImportRow,
    RowStatus,
    check_group_names,
    check_row,
    check_same_car,
    goes_in,
    group_customers,
    group_form,
    is_refused,
    mark_repeats,
    review_against_file,
    row_error,
)
from db.models import Customer, CustomerPhone, Vehicle, VehicleOwnership

_LOOKUP_CHUNK = 500  # values per IN (...) when matching the file against the database

# Called with (rows done, rows in all); returning False asks the work to stop.
Progress = Callable[[int, int], bool | None]


class ImportCancelled(Exception):
    """The user stopped the work; nothing of the unit of work that was running is saved."""


@dataclass(frozen=True)
class ImportPreview:
    """What importing the file would do, row by row; `counts()` for the summary."""

    file: Path
    sheet: str | None
    header_line: int
    headers: tuple[str, ...]
    columns: dict[str, tuple[int, ...]]  # field -> indexes of the headers it was found under
    ignored_headers: tuple[str, ...]  # headers that name no field we know
    rows: tuple[ImportRow, ...]

    def counts(self) -> dict[RowStatus, int]:
        found = dict.fromkeys(RowStatus, 0)
        for row in self.rows:
            found[row.status] += 1
        return found

    def refused_rows(self, accept_vin_flags: bool = False,
                     attach: Collection[int] = ()) -> list[ImportRow]:
        """Rows that do not go in: problems, VIN flags not accepted, review rows not attached
        (`attach`: the lines of the review rows the user chose to attach)."""
        return [r for r in self.rows if is_refused(r, accept_vin_flags, attach)]

    def importable(self, accept_vin_flags: bool = False, attach: Collection[int] = ()) -> int:
        return sum(1 for r in self.rows if goes_in(r, accept_vin_flags, attach))

    def review_rows(self) -> list[ImportRow]:
        """Rows with the phone of an earlier row under another name: attach or skip each."""
        return [r for r in self.rows if r.status == RowStatus.REVIEW]

    def row_at(self, line: int) -> ImportRow | None:
        """The row on `line` of the file (a review row's first row, to show beside it)."""
        return next((r for r in self.rows if r.line == line), None)


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    values = sorted(set(values))
    for i in range(0, len(values), _LOOKUP_CHUNK):
        yield values[i:i + _LOOKUP_CHUNK]


def _phones_on_file(session: Session, numbers: Iterable[str]) -> dict[str, tuple[uuid.UUID, str]]:
    found = {}
    for chunk in _chunks(numbers):
        for number, cid, name in session.execute(
            select(CustomerPhone.number, Customer.id, Customer.name)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(CustomerPhone.number.in_(chunk), Customer.merged_into_id.is_(None))
        ):
            found[number] = (cid, name)
    return found


@dataclass(frozen=True)
class _CarOnFile:
    vehicle_id: uuid.UUID
    owner_id: uuid.UUID | None
    owner_name: str


def _cars_on_file(
    session: Session, plates: Iterable[str], vins: Iterable[str]
) -> tuple[dict[str, _CarOnFile], dict[str, _CarOnFile]]:
    by_plate: dict[str, _CarOnFile] = {}
    by_vin: dict[str, _CarOnFile] = {}
    for column, values, found in ((Vehicle.plate, plates, by_plate), (Vehicle.vin, vins, by_vin)):
        for chunk in _chunks(values):
            for value, vid, owner_id, owner_name in session.execute(
                select(column, Vehicle.id, Customer.id, Customer.name)
                .outerjoin(VehicleOwnership, (VehicleOwnership.vehicle_id == Vehicle.id)
                           & VehicleOwnership.ended_on.is_(None))
                .outerjoin(Customer, Customer.id == VehicleOwnership.customer_id)
                .where(column.in_(chunk))
            ):
                found[value] = _CarOnFile(vid, owner_id, owner_name or "")
    return by_plate, by_vin


def _match_customers(
    session: Session, groups: dict[int, list[Draft]]
) -> dict[int, uuid.UUID]:
    """The customer on file for each group: one whose phone and name both match."""
    numbers = {normalize_phone(p) for rows in groups.values() for d in rows
               for p in d.customer.phones}  # type: ignore[union-attr]
    on_file = _phones_on_file(session, numbers)
    matched: dict[int, uuid.UUID] = {}
    for number, rows in groups.items():
        form = group_form(rows)
        hits = {on_file[n] for n in map(normalize_phone, form.phones) if n in on_file}
        if not hits:
            continue
        if len(hits) > 1:
            names = ", ".join(sorted(name for _, name in hits))
            reason = row_error(QT_TRANSLATE_NOOP(
                "InputError", "The phones of this customer belong to different customers on "
                "file ({names}); merge them at the desk first."), names=names)
        else:
            (cid, name), = hits
            matched[number] = cid
            if name.casefold() != form.name.casefold():
                review_against_file(rows, name)
            continue
        for d in rows:
            d.refuse(reason)
    return matched


def _match_cars(session: Session, drafts: list[Draft], matched: dict[int, uuid.UUID]) -> None:
    live = [d for d in drafts if d.live]
    by_plate, by_vin = _cars_on_file(session, (d.plate for d in live if d.plate),
                                     (d.vin for d in live if d.vin))
    for d in live:
        customer_id = matched.get(d.group)
        hits = {c for c in (by_plate.get(d.plate or ""), by_vin.get(d.vin or "")) if c}
        if not hits:
            if d.vehicle is None and customer_id is not None:
                _on_file(d)
            continue
        if len(hits) > 1:
            d.refuse(row_error(QT_TRANSLATE_NOOP(
                "InputError", "The plate {plate} and the VIN {vin} are on file as two different "
                "cars; correct one of them."), plate=d.plate, vin=d.vin))
            continue
        (car,) = hits
        if customer_id is not None and car.owner_id == customer_id:
            _on_file(d)
            continue
        by = "plate" if by_plate.get(d.plate or "") else "vin"
        d.refuse(row_error(_CAR_ON_FILE[by], value=d.plate if by == "plate" else d.vin,
                        owner=car.owner_name or "-"))


_CAR_ON_FILE = {
    "plate": QT_TRANSLATE_NOOP(
        "InputError", "The plate {value} is on file for {owner}; a car has one current owner. "
        "If the car was sold, transfer it at the desk."),
    "vin": QT_TRANSLATE_NOOP(
        "InputError", "The VIN {value} is on file for {owner}; a car has one current owner. "
        "If the car was sold, transfer it at the desk."),
}


def _on_file(d: Draft) -> None:
    d.status = RowStatus.ON_FILE
    d.reasons = [row_error(QT_TRANSLATE_NOOP("InputError", "Already on file; skipped."))]


def preview(
    session: Session,
    file: Path | str,
    *,
    sheet: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportPreview:
    """Read the file and say, per row, what importing it would do. Nothing is written.

    Raises ImportFileError (before looking at any row) when the file cannot be read or has no
    column for the name, the phone or the plate; ImportCancelled when `progress` says stop.
    """
    path = Path(file)
    header_line, headers, columns, ignored, body = read_table(path, sheet)
    drafts = []
    for i, (line, cells) in enumerate(body, start=1):
        drafts.append(check_row(line, cells, columns, today))
        if progress and i % 200 == 0 and progress(i, len(body)) is False:
            raise ImportCancelled
    mark_repeats(drafts)
    check_same_car(drafts)
    groups = group_customers(drafts)  # after: a refused row does not link customers
    check_group_names(groups)
    matched = _match_customers(session, groups)
    _match_cars(session, drafts, matched)
    if progress:
        progress(len(body), len(body))
    forms = {n: group_form(rows) for n, rows in groups.items()}
    rows = tuple(
        ImportRow(d.line, d.cells, d.status, tuple(d.reasons), forms.get(d.group), d.vehicle,
                  d.group if d.group in forms else -1, matched.get(d.group),
                  d.review_of if d.status == RowStatus.REVIEW else None,
                  d.review_name if d.status == RowStatus.REVIEW else "",
                  d.vin_flagged and d.status == RowStatus.REVIEW)
        for d in drafts
    )
    return ImportPreview(path, sheet, header_line, headers, columns, ignored, rows)
