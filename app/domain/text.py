"""Free text the desk types, and text the program writes into spreadsheets.

Typed text: names, addresses, notes and every other free-text field refuse control characters
(NUL, escape, the C1 block...): they are invisible on screen, cut strings short in other
programs and have no place on a printed paper. A multi-line note keeps its line breaks and tabs.

Spreadsheet cells: a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
taken by Excel, WPS and LibreOffice as a formula (CSV/formula injection: a customer's "name"
`=HYPERLINK(...)` runs when the report is opened). Every CSV or Excel file the program writes
passes its cells through `safe_cell`, which puts a single quote in front, as OWASP advises;
`unsafe_cell` takes it off again when the program reads its own report back.
"""

from __future__ import annotations

import re

from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP

# C0 controls and DEL and the C1 block; a multi-line field allows \t \n \r.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"

CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "InputError", "{label} contains an invisible control character ({code}) that cannot be "
    "stored: delete it, or type the text again.")


def control_character(text: str, multiline: bool = False) -> str | None:
    """The first control character in `text` as U+XXXX, or None when there is none."""
    found = (_CONTROL_MULTILINE if multiline else _CONTROL).search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def field_label(field: str) -> str:
    """A field's name as words: "contact_person" -> "contact person", "phones.1" -> "phones 2"."""
    head, _, index = field.partition(".")
    label = head.replace("_", " ")
    return f"{label} {int(index) + 1}" if index.isdigit() else label


def check_text(text: str, field: str, multiline: bool = False) -> str:
    """`text` unchanged if it holds no control character; else refused, naming the field."""
    code = control_character(text, multiline)
    if code is not None:
        raise InputError(field, CONTROL_CHARACTER, label=field_label(field), code=code)
    return text


def text_errors(fields: dict[str, str], single_line: tuple[str, ...] = ()) -> list[InputError]:
    """A refusal for each field (name -> typed text) that holds a control character.

    Tabs and line breaks pass (a form folds them into spaces or keeps them in a note) except
    in the `single_line` fields.
    """
    errors = []
    for field, text in fields.items():
        try:
            check_text(text, field, multiline=field not in single_line)
        except InputError as error:
            errors.append(error)
    return errors


def _needs_quote(text: str) -> bool:
    # "'=x" typed by someone gets one more quote too, so reading the file back gives it again.
    return text.lstrip(QUOTE).startswith(FORMULA_START)


def safe_cell(value: object) -> object:
    """A spreadsheet cell that no spreadsheet program takes for a formula.

    Text that begins with = + - @ tab or CR (after any quotes) gets a leading single quote;
    numbers, dates and other text pass unchanged (a negative *number* is a number, not a
    formula). `unsafe_cell(safe_cell(text)) == text` for every text.
    """
    if isinstance(value, str) and _needs_quote(value):
        return QUOTE + value
    return value


def unsafe_cell(text: str) -> str:
    """`safe_cell` undone, for a cell read back from a file the program wrote."""
    if text.startswith(QUOTE) and _needs_quote(text[1:]):
        return text[1:]
    return text
