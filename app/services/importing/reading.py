"""Reading an export: CSV in the encodings Excel writes, or an .xlsx sheet; finding the columns.

Columns are found by their header, Chinese or English, whatever the spaces, case or a unit in
brackets ("里程(km)"); a title or an export date above the header row is skipped.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from app.domain.errors import InputError
from app.domain.text import unsafe_cell
from app.i18n import QT_TRANSLATE_NOOP

# The header names each field goes by, compared after `header_key` (no spaces, case, or
# bracketed units such as "里程(km)"). Exact names only: a guess would put data in the wrong field.
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "客户名称", "客户", "客户姓名", "车主", "车主姓名", "名称", "单位名称",
             "name", "customer", "customername", "fullname", "owner"),
    "phone": ("电话", "手机", "联系电话", "手机号", "手机号码", "电话号码", "联系方式", "移动电话",
              "固定电话", "座机", "phone", "mobile", "tel", "telephone", "phonenumber",
              "mobilephone", "cellphone"),
    "plate": ("车牌", "车牌号", "车牌号码", "号牌", "号牌号码", "牌照", "牌照号", "plate",
              "platenumber", "plateno", "licenseplate", "licenceplate", "registration"),
    "vin": ("车架号", "车架号码", "vin", "vin码", "vin号", "车辆识别代号", "车辆识别号",
            "车辆识别码", "识别代号", "chassisnumber", "chassisno"),
    "brand": ("品牌", "厂牌", "车辆品牌", "brand", "make", "manufacturer"),
    "model": ("车型", "型号", "车辆型号", "车系", "model"),
    "year": ("年份", "年款", "出厂年份", "车型年份", "year", "modelyear"),
    "colour": ("颜色", "车身颜色", "车辆颜色", "colour", "color"),
    "engine_no": ("发动机号", "发动机号码", "engine", "engineno", "enginenumber"),
    "mileage": ("里程", "行驶里程", "公里数", "表显里程", "里程数", "mileage", "odometer", "km"),
    "note": ("备注", "客户备注", "说明", "note", "notes", "remark", "remarks", "comment",
             "comments"),
    "vehicle_note": ("车辆备注", "车备注", "vehiclenote", "carnote"),
    "address": ("地址", "联系地址", "住址", "客户地址", "address"),
}  # fmt: skip
REQUIRED = ("name", "phone", "plate")
# How a missing column is named in the refusal: both languages, the shop's file may use either.
FIELD_LABELS = {"name": "姓名/name", "phone": "电话/phone", "plate": "车牌/plate"}
HEADER_SCAN_ROWS = 20  # a title or an export date may stand above the header row



def _header_lookup(known: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {key: name for name, keys in known.items() for key in keys}


_BY_KEY = _header_lookup(HEADERS)
_BRACKETED = re.compile(r"[(\[（【].*?[)\]）】]")
_HEADER_NOISE = re.compile(r"[\s_\-*:：/.·]")


class ImportFileError(InputError):
    """The file as a whole cannot be imported: unreadable, or a required column is missing."""


class Table(NamedTuple):
    header_line: int  # the header's row number in the file
    headers: tuple[str, ...]
    columns: dict[str, tuple[int, ...]]  # field -> indexes of the headers it was found under
    ignored: tuple[str, ...]  # headers that name no field we know
    body: list[tuple[int, tuple[str, ...]]]  # (row number, one cell per header)


def header_key(text: str) -> str:
    """A header as compared: halfwidth, lower case, no spaces, marks or bracketed units."""
    text = _BRACKETED.sub("", unicodedata.normalize("NFKC", text).casefold())
    return _HEADER_NOISE.sub("", text)


def _file_error(path: Path, message: str, **params: Any) -> ImportFileError:
    return ImportFileError("file", message, file=path.name, **params)


def _kind(path: Path) -> str:
    try:
        with path.open("rb") as f:
            magic = f.read(8)
    except OSError as e:
        raise _file_error(path, QT_TRANSLATE_NOOP(
            "InputError", "The file {file} could not be read: {error}"),
            error=e.strerror or str(e)) from e
    if magic.startswith(b"PK\x03\x04"):
        return "xlsx"
    if magic.startswith(b"\xd0\xcf\x11\xe0") or path.suffix.lower() == ".xls":
        raise _file_error(path, QT_TRANSLATE_NOOP(
            "InputError", "{file} is an old Excel file (.xls). Open it in Excel, save it as "
            ".xlsx or CSV, and import that."))
    return "csv"


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _file_error(path, QT_TRANSLATE_NOOP(
        "InputError", "{file} is neither UTF-8 nor GBK text. Save it from Excel as "
        "\"CSV UTF-8\" and import that."))


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        text = _decode(path, path.read_bytes())
    except OSError as e:
        raise _file_error(path, QT_TRANSLATE_NOOP(
            "InputError", "The file {file} could not be read: {error}"),
            error=e.strerror or str(e)) from e
    head = text[:4000]
    delimiter = max(",\t;", key=head.count) if any(d in head for d in ",\t;") else ","
    yield from enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phones and years typed as numbers: 13800138000.0
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _open_workbook(path: Path):  # type: ignore[no-untyped-def]
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():  # styles or extensions openpyxl skips: not our business
            warnings.simplefilter("ignore", UserWarning)
            return load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as e:
        raise _file_error(path, QT_TRANSLATE_NOOP(
            "InputError", "{file} is not an Excel workbook that can be read: {error}"),
            error=str(e)) from e


def sheet_names(path: Path) -> list[str]:
    """The worksheets of an .xlsx file, for choosing one; [] for a CSV file."""
    path = Path(path)
    if _kind(path) != "xlsx":
        return []
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _xlsx_rows(path: Path, sheet: str | None) -> Iterator[tuple[int, list[str]]]:
    workbook = _open_workbook(path)
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise _file_error(path, QT_TRANSLATE_NOOP(
                "InputError", "The workbook {file} has no sheet named {sheet}; its sheets are "
                "{sheets}."), sheet=sheet, sheets=", ".join(workbook.sheetnames))
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                yield number, [_cell_text(v) for v in values]
    finally:
        workbook.close()


def read_rows(path: Path, sheet: str | None = None) -> list[tuple[int, list[str]]]:
    """Every non-empty row of the file with its row number, cells as stripped text."""
    path = Path(path)
    source = _xlsx_rows(path, sheet) if _kind(path) == "xlsx" else _csv_rows(path)
    rows = []
    for number, cells in source:
        # A quote the program put before a formula-like cell (its own refused-rows report,
        # app/domain/text.safe_cell) comes off again.
        cleaned = [unsafe_cell(c.replace("\u00a0", " ").strip()).strip() for c in cells]
        if any(cleaned):
            rows.append((number, cleaned))
    return rows


def find_columns(
    headers: Sequence[str], known: Mapping[str, tuple[str, ...]] | None = None
) -> tuple[dict[str, tuple[int, ...]], tuple[str, ...]]:
    """Field -> header indexes (a field may appear twice, e.g. 手机 and 电话), and the unknown.

    `known` maps fields to the header names they go by (default: the customer file's HEADERS).
    """
    by_key = _BY_KEY if known is None else _header_lookup(known)
    columns: dict[str, list[int]] = {}
    ignored = []
    for index, header in enumerate(headers):
        name = by_key.get(header_key(header))
        if name:
            columns.setdefault(name, []).append(index)
        elif header.strip():
            ignored.append(header.strip())
    return {k: tuple(v) for k, v in columns.items()}, tuple(ignored)


def _header_row(path: Path, rows: list[tuple[int, list[str]]],
                known: Mapping[str, tuple[str, ...]] | None) -> int:
    """The index (in `rows`) of the header: the early row that names most known fields."""
    if not rows:
        raise _file_error(path, QT_TRANSLATE_NOOP("InputError", "The file {file} has no rows."))
    scores = [len(find_columns(cells, known)[0]) for _, cells in rows[:HEADER_SCAN_ROWS]]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return best


def read_table_of(
    path: Path, known: Mapping[str, tuple[str, ...]], sheet: str | None = None
) -> Table:
    """Any list's header row (the early row naming most of `known`'s fields), its columns and
    the rows below it; which columns a list cannot do without is for the caller to say."""
    path = Path(path)
    rows = read_rows(path, sheet)
    at = _header_row(path, rows, known)
    header_line, headers = rows[at]
    columns, ignored = find_columns(headers, known)
    width = len(headers)
    body = [(n, tuple((cells + [""] * width)[:width])) for n, cells in rows[at + 1:]]
    return Table(header_line, tuple(headers), columns, ignored, body)


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The header row, the columns found under it, and the rows below it."""
    path = Path(path)
    table = read_table_of(path, HEADERS, sheet)
    missing = [f for f in REQUIRED if f not in table.columns]
    if missing:
        raise ImportFileError("columns", QT_TRANSLATE_NOOP(
            "InputError", "The file {file} has no column for {missing}. Name the columns in the "
            "header row, for example 姓名, 电话, 车牌, 车架号 (headers found: {found})."),
            file=path.name, missing=", ".join(FIELD_LABELS[f] for f in missing),
            found=", ".join(h for h in table.headers if h) or "-")
    return table
