"""The quick phrases (常用描述) the desk clicks instead of typing a customer's description.

Kept in the order the shop puts them (`position` 0, 1, 2 …); a phrase is plain text, unique.
Changing the list needs CATALOG_EDIT; adding, rewording and removing land in the audit log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import InputError
from app.domain.permissions import Permission
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, versions
from app.services.actor import Actor, require
from app.services.catalog_forms import check_phrase
from app.services.versions import Stamp
from db.models import QuickPhrase


@dataclass(frozen=True)
class PhraseInfo:
    id: uuid.UUID
    text: str
    position: int
    stamp: Stamp | None = field(default=None, compare=False)  # for the edit form


def list_phrases(session: Session) -> list[PhraseInfo]:
    rows = session.scalars(select(QuickPhrase).order_by(QuickPhrase.position, QuickPhrase.text))
    return [PhraseInfo(r.id, r.text, r.position, Stamp(r.version, {"text": r.text}))
            for r in rows]


def quick_phrases(session: Session) -> list[str]:
    """The quick phrases in the order the shop put them."""
    return [p.text for p in list_phrases(session)]


def _checked_phrase(session: Session, text: str, exclude: uuid.UUID | None = None) -> str:
    clean = check_phrase(text)
    holder = session.scalar(select(QuickPhrase.id).where(QuickPhrase.text == clean))
    if holder is not None and holder != exclude:
        raise InputError("text", QT_TRANSLATE_NOOP(
            "InputError", "The phrase {text} is already in the list."), text=clean)
    return clean


def add_phrase(session: Session, actor: Actor, text: str) -> uuid.UUID:
    """A new quick phrase at the end of the list."""
    require(session, actor, Permission.CATALOG_EDIT)
    clean = _checked_phrase(session, text)
    last = session.scalar(select(func.max(QuickPhrase.position)))
    phrase = QuickPhrase(text=clean, position=0 if last is None else last + 1)
    session.add(phrase)
    session.flush()
    audit.record(session, actor, "quick_phrase", phrase.id, "create", after={"text": clean})
    return phrase.id


def update_phrase(session: Session, actor: Actor, phrase_id: uuid.UUID, text: str, *,
                  loaded: Stamp | None = None) -> None:
    """Reword a phrase; `loaded` is the stamp the form had (StaleRecord if changed since)."""
    require(session, actor, Permission.CATALOG_EDIT)
    clean = _checked_phrase(session, text, phrase_id)
    phrase = session.scalars(select(QuickPhrase).where(QuickPhrase.id == phrase_id)
                             .with_for_update()).one()
    versions.check(loaded, phrase.version, {"text": phrase.text}, what=RECORD_NAME,
                   name=phrase.text, by=phrase.updated_by_name, at=phrase.updated_at,
                   labels={"text": QT_TRANSLATE_NOOP("Field", "text")})
    if phrase.text != clean:
        audit.record(session, actor, "quick_phrase", phrase_id, "update",
                     before={"text": phrase.text}, after={"text": clean})
        phrase.text = clean
        versions.saved(phrase, actor)


RECORD_NAME = QT_TRANSLATE_NOOP("Record", "quick phrase")


def remove_phrase(session: Session, actor: Actor, phrase_id: uuid.UUID) -> None:
    require(session, actor, Permission.CATALOG_EDIT)
    phrase = session.get_one(QuickPhrase, phrase_id)
    audit.record(session, actor, "quick_phrase", phrase_id, "delete", before={"text": phrase.text})
    session.delete(phrase)
    session.flush()
    _renumber(list(session.scalars(select(QuickPhrase).order_by(QuickPhrase.position))))


def _renumber(phrases: list[QuickPhrase]) -> None:
    for position, phrase in enumerate(phrases):
        phrase.position = position


def reorder_phrases(session: Session, actor: Actor, ordered_ids: list[uuid.UUID]) -> None:
    """Put the phrases in this order; `ordered_ids` names every phrase once."""
    require(session, actor, Permission.CATALOG_EDIT)
    phrases = {p.id: p for p in session.scalars(select(QuickPhrase))}
    if sorted(phrases, key=str) != sorted(ordered_ids, key=str):
        raise InputError("phrases", QT_TRANSLATE_NOOP(
            "InputError", "The list of phrases changed meanwhile; look at it again and retry."))
    _renumber([phrases[i] for i in ordered_ids])


def move_phrase(session: Session, actor: Actor, phrase_id: uuid.UUID, step: int) -> None:
    """Move a phrase `step` places down the list (negative: up); it stops at either end."""
    require(session, actor, Permission.CATALOG_EDIT)
    phrases = list(session.scalars(select(QuickPhrase).order_by(QuickPhrase.position,
                                                                QuickPhrase.text)))
    at = next(i for i, p in enumerate(phrases) if p.id == phrase_id)
    phrase = phrases.pop(at)
    phrases.insert(max(0, min(len(phrases), at + step)), phrase)
    _renumber(phrases)
