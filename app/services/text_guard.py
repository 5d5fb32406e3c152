"""No control character (NUL, escape, ...) reaches a text column, whichever form typed it.

The forms' own checks (app/domain/text) refuse them next to the field; this guard is the net
under every other free-text field: before each flush it looks at the text the unit of work adds
or changes and refuses the whole unit of work (nothing half-saved) with an InputError naming
the field. Line breaks and tabs are left to the forms (a note may have them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import InputError, InputErrors
from app.domain.text import check_text

_INSTALLED = "_garagedesk_text_guard"


def _changed_text(obj: object, new: bool) -> dict[str, str]:
    state = inspect(obj)
    found = {}
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if not isinstance(column.type, String):  # Text is a String too; JSON, bytes are not
            continue
        if new:
            value = getattr(obj, attr.key, None)
            values = [value] if isinstance(value, str) else []
        else:
            values = [v for v in state.attrs[attr.key].history.added if isinstance(v, str)]
        for value in values:
            found[attr.key] = value
    return found


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    errors: list[InputError] = []
    for objects, new in ((session.new, True), (session.dirty, False)):
        for obj in objects:
            for field, value in _changed_text(obj, new).items():
                try:
                    check_text(value, field, multiline=True)
                except InputError as refused:
                    errors.append(refused)
    if errors:
        raise InputErrors(errors)


def install_text_guard(target: Any) -> None:
    """Guard every unit of work of a `db.engine.Database` (or a sessionmaker / Session class)."""
    factories = [target]
    if hasattr(target, "_writer") and hasattr(target, "_reader"):  # a db.engine.Database
        factories = [target._writer, target._reader]
    for factory in factories:
        cls = factory.class_ if isinstance(factory, sessionmaker) else factory
        if getattr(cls, _INSTALLED, False):
            continue
        event.listen(cls, "before_flush", _before_flush)
        setattr(cls, _INSTALLED, True)
