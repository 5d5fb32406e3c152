"""Document numbers people read and scan: "WX-BR01-20261122-007".

Rows are keyed by UUID; these numbers are for people and barcodes: a kind prefix (WX = 维修
work order), the branch, the day and that day's sequence. The counter itself lives in the
database layer; this module only formats and reads the text. A barcode scanner "types" into
whatever field has focus, possibly through a Chinese input method, so reading is tolerant of
case, spaces and fullwidth forms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

SEQ_WIDTH = 3  # 001-999 covers a busy branch's day; a larger sequence simply grows

_PREFIX = re.compile(r"[A-Z]{1,6}")
_BRANCH = re.compile(r"[A-Z0-9]{1,10}")
_DOC_NUMBER = re.compile(
    r"(?P<prefix>[A-Z]{1,6})-(?P<branch>[A-Z0-9]{1,10})-(?P<day>[0-9]{8})-(?P<seq>[0-9]{3,})"
)
# Any beginning of a document number, from "WX-" on (a bare "WX" could be a name or a plate).
_PARTIAL = re.compile(
    r"[A-Z]{1,6}-(?:[A-Z0-9]{0,10}|[A-Z0-9]{1,10}-(?:[0-9]{0,8}|[0-9]{8}-[0-9]*))"
)
_DASHES = str.maketrans({"—": "-", "–": "-", "−": "-", "_": "-"})


@dataclass(frozen=True)
class DocNumber:
    """The parts of a document number."""

    prefix: str
    branch_code: str
    day: date
    seq: int

    def __str__(self) -> str:
        return format_doc_number(self.prefix, self.branch_code, self.day, self.seq)


def format_doc_number(prefix: str, branch_code: str, day: date, seq: int) -> str:
    """Format a document number: prefix, branch, day, sequence padded to 3 digits.

    `format_doc_number("WX", "BR01", date(2026, 11, 22), 7)` -> "WX-BR01-20261122-007".
    """
    prefix, branch_code = prefix.upper(), branch_code.upper()
    if not _PREFIX.fullmatch(prefix):
        raise ValueError(f"a document prefix is 1-6 letters, got {prefix!r}")
    if not _BRANCH.fullmatch(branch_code):
        raise ValueError(f"a branch code is 1-10 letters or digits, got {branch_code!r}")
    if seq < 1:
        raise ValueError(f"the day's sequence starts at 1, got {seq}")
    # Not strftime: "%Y" drops the zero padding of years before 1000 on some platforms.
    digits = f"{day.year:04d}{day.month:02d}{day.day:02d}"
    return f"{prefix}-{branch_code}-{digits}-{seq:0{SEQ_WIDTH}d}"


def parse_doc_number(text: str) -> DocNumber | None:
    """The parts of a complete document number, or None if `text` is not one."""
    match = _DOC_NUMBER.fullmatch(_clean(text))
    if not match:
        return None
    day = _parse_day(match["day"])
    seq = int(match["seq"])
    if day is None or seq < 1:
        return None
    return DocNumber(match["prefix"], match["branch"], day, seq)


def looks_like_doc_number(text: str) -> bool:
    """Whether `text` is a document number or its beginning ("WX-BR01-2026"), for search."""
    cleaned = _clean(text)
    return bool(_DOC_NUMBER.fullmatch(cleaned) or _PARTIAL.fullmatch(cleaned))


def _clean(text: str) -> str:
    # An input method may turn "-" into a dash or "_" (shift held); scanners add spaces or CR.
    halfwidth = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return "".join(halfwidth.split()).upper()


def _parse_day(digits: str) -> date | None:
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None
