"""Bringing a supplier's or the old program's parts list (配件清单) in from CSV or Excel (.xlsx).

The file is read by the customer import's reader (encodings Excel writes, the first sheet or a
chosen one, a title above the header row); columns are found by their header, Chinese or
English. `preview` says per row what importing it would do: a new part, an update of the part
with that code already in the catalog (only the cells the file fills change), no change, or a
problem with the reasons (a bad price, a code twice in the file, no name for a new part).
`apply` writes nothing while any row has a problem, unless asked to bring in the good rows
only, and then brings them in through the catalog's own services (checks, audit log) in the
caller's one write transaction. Importing the same file again changes nothing.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.i18n import QT_TRANSLATE_NOOP
from app.services import catalog
from app.services.actor import Actor, require
from app.services.catalog_forms import PartForm, check_part, normalize_code
from app.services.importing import (
    ImportCancelled,
    ImportFileError,
    ImportRefused,
    Progress,
    read_table_of,
    sheet_names,
)

__all__ = [
    "PART_HEADERS", "STATUS_NAMES", "ImportCancelled", "ImportFileError", "ImportRefused",
    "PartRow", "PartRowStatus", "PartsImportResult", "PartsPreview", "apply", "preview",
    "sheet_names",
]  # fmt: skip

# Header names per field, as `importing.header_key` folds them (no spaces, case or "(元)").
PART_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("编码", "配件编码", "配件编号", "编号", "配件号", "零件号", "零件编号", "货号",
             "code", "partcode", "partno", "partnumber", "sku"),
    "name": ("名称", "配件名称", "零件名称", "品名", "name", "partname", "description"),
    "brand": ("品牌", "brand", "make", "manufacturer"),
    "unit": ("单位", "计量单位", "unit", "uom"),
    "price": ("售价", "销售价", "零售价", "单价", "价格", "price", "saleprice", "sellingprice",
              "retailprice"),
    "cost": ("成本", "成本价", "进价", "进货价", "cost", "costprice", "purchaseprice"),
    "stock": ("库存", "库存数量", "库存量", "现存量", "stock", "qty", "quantity", "onhand"),
    "source": ("来源", "配件来源", "配件类型", "source", "partsource"),
    "warranty_months": ("质保期", "质保月数", "保修期", "warrantymonths", "warranty"),
    "warranty_km": ("质保里程", "保修里程", "warrantykm"),
}  # fmt: skip
REQUIRED = ("code",)
PROGRESS_EVERY = 200


class PartRowStatus(StrEnum):
    NEW = "new"  # a part the catalog does not have: added
    UPDATE = "update"  # the code is in the catalog: its filled cells change the part
    UNCHANGED = "unchanged"  # the catalog already says what the row says
    PROBLEM = "problem"  # refused, with the reasons


STATUS_NAMES: dict[PartRowStatus, str] = {
    PartRowStatus.NEW: QT_TRANSLATE_NOOP("ImportStatus", "New part"),
    PartRowStatus.UPDATE: QT_TRANSLATE_NOOP("ImportStatus", "Update"),
    PartRowStatus.UNCHANGED: QT_TRANSLATE_NOOP("ImportStatus", "No change"),
    PartRowStatus.PROBLEM: QT_TRANSLATE_NOOP("ImportStatus", "Problem"),
}


@dataclass(frozen=True)
class PartRow:
    """One row of the file and what importing it does."""

    line: int  # the row number as the spreadsheet shows it
    cells: tuple[str, ...]  # as read, one per header
    status: PartRowStatus
    reasons: tuple[InputError, ...] = ()
    form: PartForm | None = None  # the part as it will be (file cells over catalog values)
    part_id: uuid.UUID | None = None  # the catalog's part with this code
    changes: tuple[str, ...] = ()  # the fields an update changes

    def reason_text(self, describe: Callable[[InputError], str] | None = None) -> str:
        return " ".join((describe or InputError.text)(e) for e in self.reasons)


@dataclass(frozen=True)
class PartsPreview:
    file: Path
    sheet: str | None
    header_line: int
    headers: tuple[str, ...]
    columns: dict[str, tuple[int, ...]]  # field -> indexes of the headers it was found under
    ignored_headers: tuple[str, ...]
    rows: tuple[PartRow, ...]

    def counts(self) -> dict[PartRowStatus, int]:
        found = dict.fromkeys(PartRowStatus, 0)
        for row in self.rows:
            found[row.status] += 1
        return found

    def refused_rows(self) -> list[PartRow]:
        return [r for r in self.rows if r.status == PartRowStatus.PROBLEM]

    def importable(self) -> int:
        return sum(1 for r in self.rows if r.status in (PartRowStatus.NEW, PartRowStatus.UPDATE))


@dataclass(frozen=True)
class PartsImportResult:
    file: Path
    headers: tuple[str, ...]
    added: int
    updated: int
    unchanged: int
    refused: tuple[PartRow, ...] = field(default=())


def _cell(cells: tuple[str, ...], columns: dict[str, tuple[int, ...]], name: str) -> str:
    return next((cells[i] for i in columns.get(name, ()) if cells[i]), "")


def _form(cells: tuple[str, ...], columns: dict[str, tuple[int, ...]],
          on_file: PartForm | None) -> PartForm:
    """The row's part: its filled cells, the rest as the catalog has it (or the defaults)."""
    base = asdict(on_file or PartForm(code="", name=""))
    typed = {name: _cell(cells, columns, name) for name in base if name in PART_HEADERS}
    return PartForm(**{k: typed.get(k) or v for k, v in base.items()})


def _check_rows(session: Session, columns: dict[str, tuple[int, ...]],
                body: list[tuple[int, tuple[str, ...]]],
                progress: Progress | None) -> tuple[PartRow, ...]:
    codes = [normalize_code(_cell(cells, columns, "code")) for _, cells in body]
    lines: dict[str, list[int]] = {}
    for (line, _), code in zip(body, codes, strict=True):
        lines.setdefault(code, []).append(line)
    on_file = _parts_on_file(session, {c for c in codes if c})
    rows = []
    for n, ((line, cells), code) in enumerate(zip(body, codes, strict=True), start=1):
        rows.append(_check_row(line, cells, columns, code, lines.get(code, []), on_file))
        if progress and n % PROGRESS_EVERY == 0 and progress(n, len(body)) is False:
            raise ImportCancelled
    return tuple(rows)


def _check_row(line: int, cells: tuple[str, ...], columns: dict[str, tuple[int, ...]],
               code: str, same_code: list[int],
               on_file: dict[str, tuple[uuid.UUID, PartForm]]) -> PartRow:
    part_id, current = on_file.get(code, (None, None))
    form = _form(cells, columns, current)
    reasons: list[InputError] = []
    if code and len(same_code) > 1:
        reasons.append(InputError("code", QT_TRANSLATE_NOOP(
            "InputError", "The code {code} is on more than one row of the file (lines {lines}); "
            "keep one of them."), code=code, lines=", ".join(map(str, same_code))))
    try:
        clean = check_part(form)
    except InputErrors as e:
        reasons += e.errors
    if reasons:
        return PartRow(line, cells, PartRowStatus.PROBLEM, tuple(reasons), form, part_id)
    if current is None:
        return PartRow(line, cells, PartRowStatus.NEW, (), form)
    before = asdict(check_part(current))
    changes = tuple(k for k, v in asdict(clean).items() if before[k] != v)
    status = PartRowStatus.UPDATE if changes else PartRowStatus.UNCHANGED
    return PartRow(line, cells, status, (), form, part_id, changes)


def _parts_on_file(session: Session, codes: Iterable[str]) -> dict[str, tuple[uuid.UUID, PartForm]]:
    return {code: (info.id, catalog.part_form(info))
            for code, info in catalog.parts_by_code(session, codes).items()}


def preview(session: Session, path: Path | str, sheet: str | None = None,
            progress: Progress | None = None) -> PartsPreview:
    """What importing each row of the file would do, with the catalog as it is now."""
    path = Path(path)
    table = read_table_of(path, PART_HEADERS, sheet)
    missing = [f for f in REQUIRED if f not in table.columns]
    if missing:
        raise ImportFileError("columns", QT_TRANSLATE_NOOP(
            "InputError", "The file {file} has no column for the part's code (编码/code). Name "
            "the columns in the header row, for example 编码, 名称, 品牌, 单位, 售价, 库存 "
            "(headers found: {found})."),
            file=path.name, found=", ".join(h for h in table.headers if h) or "-")
    rows = _check_rows(session, table.columns, table.body, progress)
    return PartsPreview(path, sheet, table.header_line, table.headers, table.columns,
                        table.ignored, rows)


def apply(session: Session, actor: Actor, preview: PartsPreview, only_good: bool = False,
          progress: Progress | None = None) -> PartsImportResult:
    """Bring the rows in, in the caller's one write transaction.

    The rows are checked again against the catalog as it is now (someone may have added a part
    since the preview). With a refused row nothing is written (ImportRefused) unless
    `only_good`, which brings in the good rows and returns the refused ones.
    """
    require(session, actor, Permission.CATALOG_EDIT)
    body = [(r.line, r.cells) for r in preview.rows]
    rows = _check_rows(session, preview.columns, body, None)
    refused = tuple(r for r in rows if r.status == PartRowStatus.PROBLEM)
    if refused and not only_good:
        raise ImportRefused(len(refused))
    for n, row in enumerate(rows, start=1):
        if row.status == PartRowStatus.NEW:
            catalog.create_part(session, actor, row.form)  # type: ignore[arg-type]
        elif row.status == PartRowStatus.UPDATE:
            catalog.update_part(session, actor, row.part_id, row.form)  # type: ignore[arg-type]
        if progress and n % PROGRESS_EVERY == 0 and progress(n, len(rows)) is False:
            raise ImportCancelled
    found = Counter(r.status for r in rows)
    return PartsImportResult(preview.file, preview.headers, found[PartRowStatus.NEW],
                             found[PartRowStatus.UPDATE], found[PartRowStatus.UNCHANGED],
                             refused)
