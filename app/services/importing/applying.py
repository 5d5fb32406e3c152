"""Bringing the good rows in through the desk's own services, and the report of refused rows.

Customers and cars are created by `customers.register` and `vehicles.add`, so every check, the
audit log and the search index apply exactly as at the desk.
"""

from __future__ import annotations

import csv
import dataclasses
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.domain.text import safe_cell
from app.i18n import QT_TRANSLATE_NOOP
from app.services import customers, vehicles
from app.services.actor import Actor, require
from app.services.customers import DuplicateFound
from app.services.importing.preview import ImportCancelled, ImportPreview, Progress
from app.services.importing.rows import ImportRow, RowStatus, is_refused, row_error
from app.services.vehicles import VehicleForm
from db.engine import Database

REPORT_REASON = "reason / 原因"
REPORT_LINE = "line / 行号"
CHUNK_ROWS = 500


class ImportRefused(Exception):
    """`apply(only_good=False)` on a file with refused rows: nothing was imported."""

    def __init__(self, refused: int) -> None:
        self.refused = refused
        super().__init__(f"{refused} rows are refused; nothing was imported")


@dataclass
class ImportResult:
    """What an import did; `refused` holds the rows that did not go in, with the reasons."""

    file: Path
    headers: tuple[str, ...]
    customers_created: int = 0
    cars_created: int = 0
    skipped_on_file: int = 0  # already on file
    skipped_in_file: int = 0  # brought in by an earlier row of the same file
    attached: int = 0  # review rows whose car went to the customer of an earlier row
    refused: list[ImportRow] = field(default_factory=list)
    not_reached: int = 0  # rows after a cancel
    cancelled: bool = False
    customer_ids: dict[int, uuid.UUID] = field(default_factory=dict, repr=False)  # per group


_ALREADY_ON_FILE = {
    "phone": QT_TRANSLATE_NOOP("InputError", "The phone {value} is already on file for {name}."),
    "plate": QT_TRANSLATE_NOOP("InputError", "The plate {value} is already on file for {name}."),
    "vin": QT_TRANSLATE_NOOP("InputError", "The VIN {value} is already on file for {name}."),
}


class _Retry(Exception):
    """A row was refused while a batch went in without a savepoint per row: redo carefully."""


def _apply_row(
    session: Session, actor: Actor, row: ImportRow, result: ImportResult, accept: bool,
    careful: bool, attach: Collection[int] = (),
) -> None:
    if row.status == RowStatus.ON_FILE:
        result.skipped_on_file += 1
        return
    if row.status == RowStatus.DUPLICATE:
        result.skipped_in_file += 1
        return
    if is_refused(row, accept, attach):
        result.refused.append(row)
        return
    assert row.customer is not None
    customer_id = result.customer_ids.get(row.group) or row.customer_on_file
    car = row.vehicle
    if car is not None and (row.status == RowStatus.VIN_FLAG or row.vin_flagged):
        car = dataclasses.replace(car, vin_confirmed=True)
    if customer_id is not None and car is None:
        result.skipped_in_file += 1  # the customer came in with an earlier row
        return
    try:
        if careful:
            with session.begin_nested():  # the row goes in whole or not at all
                _save(session, actor, row, car, customer_id, result)
        else:
            _save(session, actor, row, car, customer_id, result)
    except (InputError, InputErrors, DuplicateFound, IntegrityError) as e:
        if not careful:
            raise _Retry from e
        result.refused.append(dataclasses.replace(
            row, status=RowStatus.PROBLEM, reasons=tuple(_reasons_of(e))))


def _save(session: Session, actor: Actor, row: ImportRow, car: VehicleForm | None,
          customer_id: uuid.UUID | None, result: ImportResult) -> None:
    if customer_id is None:
        done = customers.register(session, actor, row.customer, car)  # type: ignore[arg-type]
        result.customer_ids[row.group] = done.customer_id
        result.customers_created += 1
    else:
        vehicles.add(session, actor, customer_id, car)  # type: ignore[arg-type]
    if car is not None:
        result.cars_created += 1
        if row.status == RowStatus.REVIEW:
            result.attached += 1


def _reasons_of(e: Exception) -> list[InputError]:
    if isinstance(e, InputErrors):
        return e.errors
    if isinstance(e, InputError):
        return [e]
    if isinstance(e, DuplicateFound):
        return [row_error(_ALREADY_ON_FILE.get(d.field, _ALREADY_ON_FILE["plate"]), value=d.value,
                       name=d.name or "-") for d in e.duplicates]
    return [row_error(QT_TRANSLATE_NOOP("InputError", "The database refused the row: {error}"),
                   error=str(getattr(e, "orig", e)))]


def _apply_batch(
    session: Session, actor: Actor, rows: Sequence[ImportRow], result: ImportResult,
    accept: bool, attach: Collection[int] = (),
) -> None:
    """Rows in one savepoint; if the services refuse one now, again with one savepoint each.

    The preview already refused what it could see, so a refusal here is rare (someone
    registered the plate since); the fast path keeps the search index to one update per batch.
    """
    before = dataclasses.replace(result, refused=list(result.refused),
                                 customer_ids=dict(result.customer_ids))
    try:
        with session.begin_nested():
            for row in rows:
                _apply_row(session, actor, row, result, accept, careful=False, attach=attach)
    except _Retry:
        for f in dataclasses.fields(result):
            setattr(result, f.name, getattr(before, f.name))
        for row in rows:
            _apply_row(session, actor, row, result, accept, careful=True, attach=attach)


def _start(session: Session, actor: Actor, preview: ImportPreview, only_good: bool,
           accept: bool, attach: Collection[int] = ()) -> ImportResult:
    require(session, actor, Permission.IMPORT_RECORDS)
    if not only_good:
        refused = len(preview.refused_rows(accept, attach))
        if refused:
            raise ImportRefused(refused)
    return ImportResult(preview.file, preview.headers)


def apply(
    session: Session,
    actor: Actor,
    preview: ImportPreview,
    only_good: bool = True,
    *,
    accept_vin_flags: bool = False,
    attach: Collection[int] = (),
    progress: Progress | None = None,
) -> ImportResult:
    """Bring the good rows in, in the caller's one unit of work; refused rows are returned.

    `only_good=False` imports the file whole or not at all: any refused row raises
    ImportRefused before anything is written. VIN-flag rows go in (the VIN confirmed as read)
    only with `accept_vin_flags`. A review row (the phone of an earlier row under another name)
    goes in, its car attached to that row's customer, only when its line is in `attach`;
    otherwise it is refused, back in the report. A row goes in whole or not at all; one the
    services refuse
    now (someone registered the plate since the preview) is refused with their reason.
    ImportCancelled from `progress` leaves the caller's unit of work to roll back.
    """
    result = _start(session, actor, preview, only_good, accept_vin_flags, attach)
    rows, total = preview.rows, len(preview.rows)
    for start in range(0, total, CHUNK_ROWS):
        _apply_batch(session, actor, rows[start:start + CHUNK_ROWS], result, accept_vin_flags,
                     attach)
        done = min(start + CHUNK_ROWS, total)
        if progress and progress(done, total) is False and done < total:
            raise ImportCancelled
    return result


def apply_in_chunks(
    database: Database,
    actor: Actor,
    preview: ImportPreview,
    only_good: bool = True,
    *,
    accept_vin_flags: bool = False,
    attach: Collection[int] = (),
    progress: Progress | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> ImportResult:
    """`apply` for big files: one committed unit of work per `chunk_rows` rows.

    The write lock is held for one chunk at a time, so other workstations do not wait for a
    whole 10,000-row file, and a cancel (or a crash) keeps the chunks already done: importing
    the file again skips them as already on file and brings in the rest.
    """
    with database.read() as session:
        result = _start(session, actor, preview, only_good, accept_vin_flags, attach)
    rows, total = preview.rows, len(preview.rows)
    for start in range(0, total, chunk_rows):
        with database.write() as session:
            require(session, actor, Permission.IMPORT_RECORDS)  # still allowed, chunk by chunk
            _apply_batch(session, actor, rows[start:start + chunk_rows], result,
                         accept_vin_flags, attach)
        done = min(start + chunk_rows, total)
        if progress and progress(done, total) is False and done < total:
            result.cancelled, result.not_reached = True, total - done
            break
    return result


def write_report(
    source: ImportPreview | ImportResult,
    path: Path | str,
    *,
    accept_vin_flags: bool = False,
    attach: Collection[int] = (),
    describe: Callable[[InputError], str] | None = None,
) -> int:
    """Write the refused rows as CSV (UTF-8 with BOM, so Excel opens it); returns how many.

    The file's own columns come first, then the reason and the row's line in the file: fix the
    rows, and the report imports again as it is (the two extra columns are ignored).
    `describe` turns a reason into text (the UI passes its translation); English otherwise.
    """
    if isinstance(source, ImportPreview):
        headers, rows = source.headers, source.refused_rows(accept_vin_flags, attach)
    else:
        headers, rows = source.headers, source.refused
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([safe_cell(c) for c in (*headers, REPORT_REASON, REPORT_LINE)])
        for row in rows:  # no cell of the customer's data may run as a formula in Excel
            writer.writerow([safe_cell(c) for c in (*row.cells, row.reason_text(describe),
                                                    row.line)])
    partial.replace(path)  # never a half-written report
    return len(rows)


def default_report_path(file: Path | str) -> Path:
    """Beside the imported file: 客户.csv -> 客户-refused.csv."""
    file = Path(file)
    return file.with_name(f"{file.stem}-refused.csv")
