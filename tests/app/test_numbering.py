"""Document numbers: formatting, reading what a scanner or a person types, partial matches."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.numbering import (
    DocNumber,
    format_doc_number,
    looks_like_doc_number,
    parse_doc_number,
)

DAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("seq", "text"),
    [
        (1, "WX-BR01-20261122-001"),
        (7, "WX-BR01-20261122-007"),
        (999, "WX-BR01-20261122-999"),
        (1000, "WX-BR01-20261122-1000"),  # a very busy day just grows a digit
        (12345, "WX-BR01-20261122-12345"),
    ],
)
def test_format(seq: int, text: str) -> None:
    assert format_doc_number("WX", "BR01", DAY, seq) == text


def test_format_upper_cases_its_parts() -> None:
    assert format_doc_number("wx", "br01", date(2027, 1, 5), 3) == "WX-BR01-20270105-003"


@pytest.mark.parametrize(
    ("prefix", "branch", "seq"),
    [("", "BR01", 1), ("W-X", "BR01", 1), ("WX", "", 1), ("WX", "BR-01", 1), ("WX", "BR01", 0)],
)
def test_format_refuses_parts_that_would_not_read_back(prefix: str, branch: str, seq: int) -> None:
    with pytest.raises(ValueError):
        format_doc_number(prefix, branch, DAY, seq)


@pytest.mark.parametrize(
    "typed",
    [
        "WX-BR01-20261122-007",
        "wx-br01-20261122-007",
        " WX - BR01 - 20261122 - 007 \r\n",
        "ＷＸ－ＢＲ０１－２０２６１１２２－００７",  # scanned with a Chinese input method on
        "WX—BR01—20261122—007",
        "WX_BR01_20261122_007",
    ],
)
def test_parse_is_tolerant(typed: str) -> None:
    assert parse_doc_number(typed) == DocNumber("WX", "BR01", DAY, 7)


def test_parse_long_sequence_and_round_trip() -> None:
    number = parse_doc_number("JS-02-20260101-1234")
    assert number == DocNumber("JS", "02", date(2026, 1, 1), 1234)
    assert str(number) == "JS-02-20260101-1234"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "WX",
        "WX-BR01",
        "WX-BR01-2026",
        "WX-BR01-20261122",
        "WX-BR01-20261122-",
        "WX-BR01-20261122-07",  # the sequence always has at least 3 digits
        "WX-BR01-20261322-007",  # no month 13
        "WX-BR01-20260230-007",  # no 30 February
        "WX-BR01-20261122-000",
        "WX-BR01-20261122-007-1",
        "湘A12345",
        "13800138000",
        "1X-BR01-20261122-007",
    ],
)
def test_parse_returns_none_for_what_is_not_a_document_number(typed: str) -> None:
    assert parse_doc_number(typed) is None


@pytest.mark.parametrize(
    ("typed", "looks"),
    [
        ("WX-", True),
        ("wx-br", True),
        ("WX-BR01", True),
        ("WX-BR01-", True),
        ("WX-BR01-2026", True),
        ("WX-BR01-20261122", True),
        ("WX-BR01-20261122-", True),
        ("WX-BR01-20261122-00", True),
        ("WX-BR01-20261122-007", True),
        ("WX", False),  # could be a name or a plate being typed
        ("", False),
        ("湘A12345", False),
        ("13800138000", False),
        ("WX-BR01-2026X", False),
        ("WX-BR01-202611221", False),
        ("WX--", False),
        ("张三", False),
    ],
)
def test_looks_like_doc_number(typed: str, looks: bool) -> None:
    assert looks_like_doc_number(typed) is looks


@given(
    st.from_regex(r"[A-Z]{1,6}", fullmatch=True),
    st.from_regex(r"[A-Z0-9]{1,10}", fullmatch=True),
    st.dates(),
    st.integers(1, 999_999),
)
def test_every_formatted_number_parses_back(prefix: str, branch: str, day: date, seq: int) -> None:
    text = format_doc_number(prefix, branch, day, seq)
    assert parse_doc_number(text) == DocNumber(prefix, branch, day, seq)
    assert looks_like_doc_number(text)
    assert looks_like_doc_number(text[: len(prefix) + 3])
