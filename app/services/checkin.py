"""The car's check-in (接车检查): record it, sign it, lock it, change it as a new version.

A work order has check-in versions 1, 2, …; the newest is the one that counts. A draft is
edited freely. Signing (or confirming without a signature where the shop allows it) locks the
version with the SHA-256 of its canonical content (app/domain/checkin). Changing a locked
check-in makes the next version as a draft copy, to be signed again; old versions stay as they
were. `verify` recomputes the hash from the stored row: a row changed behind the program's back
no longer matches. Work cannot start until the newest version is locked (order_flow asks
`is_locked`).
"""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.checkin import (
    DEFAULT_CHECKLIST,
    ITEM_STATES,
    MARK_KINDS,
    content_hash,
    level_errors,
    odometer_error,
    rounded,
)
from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, settings, versions
from app.services.actor import Actor, require
from app.services.versions import Stamp
from db.models import CheckIn, CheckInPhoto, WorkOrder

LOCKED = frozenset({"signed", "confirmed"})  # confirmed: locked without a signature (optional)
THUMBNAIL_PX = 240
MAX_PHOTO_BYTES = 25 * 1024 * 1024


class CheckInLocked(Exception):
    """The version is signed; a change needs `new_version` first."""


@dataclass(frozen=True)
class CheckInForm:
    """Everything the check-in window records (already structured by its widgets)."""

    checklist: tuple[dict[str, str], ...] = ()  # {"item", "state", "note"}
    marks: tuple[dict[str, Any], ...] = ()  # {"number", "x", "y", "kind", "note"}
    fuel_eighths: int | None = None
    battery_percent: int | None = None
    odometer_km: int | None = None
    keys_count: int | None = None
    belongings: str = ""
    valuables: str = ""
    photos: tuple[str, ...] = ()  # SHA-256 of photos added with `add_photo`


@dataclass(frozen=True)
class CheckInView:
    id: uuid.UUID
    order_id: uuid.UUID
    version: int
    status: str
    form: CheckInForm
    signature_strokes: list[Any]
    signature_png: bytes | None
    signer: str
    signed_at: datetime | None
    advisor_name: str
    content_hash: str
    updated_at: datetime
    older_versions: tuple[int, ...] = field(default=())
    stamp: Stamp | None = None  # the draft as loaded: handed back to `save` / `sign`

    @property
    def locked(self) -> bool:
        return self.status in LOCKED


@dataclass(frozen=True)
class Verification:
    ok: bool
    stored: str
    computed: str


def checklist_items(session: Session) -> list[str]:
    """The shop's checklist (English source names of the default, or the shop's own)."""
    custom = settings.get(session, "checkin.checklist")
    return list(custom) if custom else list(DEFAULT_CHECKLIST)


def signature_required(session: Session, paper: str) -> bool:
    return paper in (settings.get(session, "signatures.mandatory") or [])


# ---------------------------------------------------------------------------------------------
# Reading


def current(session: Session, order_id: uuid.UUID) -> CheckInView | None:
    row = _newest(session, order_id)
    return _view(session, row) if row is not None else None


def version(session: Session, order_id: uuid.UUID, number: int) -> CheckInView | None:
    row = session.scalar(select(CheckIn).where(CheckIn.order_id == order_id,
                                               CheckIn.version == number))
    return _view(session, row) if row is not None else None


def is_locked(session: Session, order_id: uuid.UUID) -> bool:
    row = _newest(session, order_id)
    return row is not None and row.status in LOCKED


def _newest(session: Session, order_id: uuid.UUID) -> CheckIn | None:
    return session.scalar(select(CheckIn).where(CheckIn.order_id == order_id)
                          .order_by(CheckIn.version.desc()).limit(1))


def _view(session: Session, row: CheckIn) -> CheckInView:
    older = tuple(session.scalars(
        select(CheckIn.version).where(CheckIn.order_id == row.order_id,
                                      CheckIn.version < row.version)
        .order_by(CheckIn.version)))
    return CheckInView(
        row.id, row.order_id, row.version, row.status, _form_of(row),
        list(row.signature_strokes or []), row.signature_png, row.signer, row.signed_at,
        row.advisor_name, row.content_hash, row.updated_at, older,
        Stamp(row.draft_version, _snapshot(row)))


def _form_of(row: CheckIn) -> CheckInForm:
    return CheckInForm(
        tuple(row.checklist or ()), tuple(row.marks or ()), row.fuel_eighths,
        row.battery_percent, row.odometer_km, row.keys_count, row.belongings, row.valuables,
        tuple(row.photos or ()))


# ---------------------------------------------------------------------------------------------
# Writing


def start(session: Session, actor: Actor, order_id: uuid.UUID,
          now: datetime | None = None) -> uuid.UUID:
    """The order's check-in to work on: the newest version, or a new draft filled from the
    order (odometer, fuel) and the shop's checklist."""
    require(session, actor, Permission.CHECKIN_EDIT)
    row = _newest(session, order_id)
    if row is not None:
        return row.id
    order = session.get(WorkOrder, order_id)
    if order is None:
        raise LookupError(f"no work order {order_id}")
    now = now or datetime.now(UTC)
    row = CheckIn(
        order_id=order_id, version=1, status="draft",
        checklist=[{"item": name, "state": "ok", "note": ""}
                   for name in checklist_items(session)],
        marks=[], fuel_eighths=order.fuel_eighths, battery_percent=order.battery_percent,
        odometer_km=order.mileage_km, photos=[], signature_strokes=[],
        advisor_id=actor.user_id, advisor_name=actor.display_name, created_at=now,
        updated_at=now)
    session.add(row)
    session.flush()
    return row.id


def check_form(form: CheckInForm) -> CheckInForm:
    errors: list[InputError] = []
    for entry in form.checklist:
        if entry.get("state") not in ITEM_STATES:
            errors.append(InputError("checklist", QT_TRANSLATE_NOOP(
                "InputError", "Mark every checklist item as OK, damaged or missing.")))
            break
        if entry.get("state") != "ok" and not str(entry.get("note", "")).strip():
            errors.append(InputError("checklist", QT_TRANSLATE_NOOP(
                "InputError", "Say what is wrong with \"{check_item}\" in its note."),
                check_item=entry.get("item", "")))
            break
    for mark in form.marks:
        x, y = mark.get("x"), mark.get("y")
        if mark.get("kind") not in MARK_KINDS or not (
                isinstance(x, int | float) and isinstance(y, int | float)
                and 0 <= x <= 1 and 0 <= y <= 1):
            errors.append(InputError("marks", QT_TRANSLATE_NOOP(
                "InputError", "A damage mark lies off the diagram or has no kind; place it "
                "again.")))
            break
    errors += level_errors(form.fuel_eighths, form.battery_percent)
    too_large = odometer_error("odometer", form.odometer_km)
    if too_large is not None:
        errors.append(too_large)
    if form.keys_count is not None and not 0 <= form.keys_count <= 20:
        errors.append(InputError("keys", QT_TRANSLATE_NOOP(
            "InputError", "Count the keys handed over (0 to 20).")))
    if errors:
        raise InputErrors(errors)
    return CheckInForm(
        tuple({"item": str(e["item"]), "state": e["state"], "note": str(e.get("note", "")).strip()}
              for e in form.checklist),
        tuple({"number": i, "x": rounded(float(m["x"])), "y": rounded(float(m["y"])),
               "kind": m["kind"], "note": str(m.get("note", "")).strip()}
              for i, m in enumerate(form.marks, start=1)),
        form.fuel_eighths, form.battery_percent, form.odometer_km, form.keys_count,
        form.belongings.strip(), form.valuables.strip(), tuple(form.photos))


def save(session: Session, actor: Actor, check_in_id: uuid.UUID, form: CheckInForm,
         now: datetime | None = None, *, loaded: Stamp | None = None) -> None:
    """Store the draft as the window shows it; a locked version is refused (CheckInLocked).

    `loaded` is the stamp of the draft the window opened (`CheckInView.stamp`): when another
    desk saved the draft since, StaleRecord names who, when and what, and nothing is written.
    """
    require(session, actor, Permission.CHECKIN_EDIT)
    row = _draft(session, check_in_id)
    before = _snapshot(row)
    versions.check(loaded, row.draft_version, before, what=RECORD_NAME, name="",
                   by=row.updated_by_name, at=row.updated_at, labels=FIELD_LABELS)
    clean = check_form(form)
    for photo in clean.photos:
        if session.get(CheckInPhoto, photo) is None:
            raise InputErrors([InputError("photos", QT_TRANSLATE_NOOP(
                "InputError", "A photo is no longer on file; add it again."))])
    _apply(row, clean)
    if _snapshot(row) != before:
        versions.saved(row, actor, now, column="draft_version")
    row.updated_at = now or datetime.now(UTC)


RECORD_NAME = QT_TRANSLATE_NOOP("Record", "check-in")
FIELD_LABELS = {
    "checklist": QT_TRANSLATE_NOOP("Field", "checklist"),
    "marks": QT_TRANSLATE_NOOP("Field", "damage marks"),
    "fuel_eighths": QT_TRANSLATE_NOOP("Field", "fuel"),
    "battery_percent": QT_TRANSLATE_NOOP("Field", "battery"),
    "odometer_km": QT_TRANSLATE_NOOP("Field", "odometer"),
    "keys_count": QT_TRANSLATE_NOOP("Field", "keys"),
    "belongings": QT_TRANSLATE_NOOP("Field", "belongings"),
    "valuables": QT_TRANSLATE_NOOP("Field", "valuables"),
    "photos": QT_TRANSLATE_NOOP("Field", "photos"),
}


def _snapshot(row: CheckIn) -> dict[str, Any]:
    return {"checklist": list(row.checklist or []), "marks": list(row.marks or []),
            "fuel_eighths": row.fuel_eighths, "battery_percent": row.battery_percent,
            "odometer_km": row.odometer_km, "keys_count": row.keys_count,
            "belongings": row.belongings, "valuables": row.valuables,
            "photos": list(row.photos or [])}


def _draft(session: Session, check_in_id: uuid.UUID) -> CheckIn:
    row = session.get(CheckIn, check_in_id, with_for_update=True)
    if row is None:
        raise LookupError(f"no check-in {check_in_id}")
    if row.status in LOCKED:
        raise CheckInLocked(f"check-in version {row.version} is signed")
    return row


def _apply(row: CheckIn, form: CheckInForm) -> None:
    row.checklist, row.marks = list(form.checklist), list(form.marks)
    row.fuel_eighths, row.battery_percent = form.fuel_eighths, form.battery_percent
    row.odometer_km, row.keys_count = form.odometer_km, form.keys_count
    row.belongings, row.valuables, row.photos = form.belongings, form.valuables, list(form.photos)


def sign(session: Session, actor: Actor, check_in_id: uuid.UUID, form: CheckInForm,
         strokes: list[Any], signature_png: bytes | None, signer: str,
         now: datetime | None = None, *, loaded: Stamp | None = None) -> str:
    """Save and lock the version with the customer's signature; returns the content hash.

    Without strokes the check-in is only confirmed, which the shop's setting must allow.
    """
    save(session, actor, check_in_id, form, now, loaded=loaded)
    row = _draft(session, check_in_id)
    now = now or datetime.now(UTC)
    signed = bool(strokes)
    errors: list[InputError] = []
    if not signed and signature_required(session, "checkin"):
        errors.append(InputError("signature", QT_TRANSLATE_NOOP(
            "InputError", "The customer has to sign the check-in (the shop requires it).")))
    if signed and not signer.strip():
        errors.append(InputError("signer", QT_TRANSLATE_NOOP(
            "InputError", "Enter who signed (the customer or the person they sent).")))
    if signed and not signature_png:
        errors.append(InputError("signature", QT_TRANSLATE_NOOP(
            "InputError", "The signature could not be kept; sign again.")))
    if errors:
        raise InputErrors(errors)
    row.signature_strokes = rounded(strokes) if signed else []
    row.signature_png = signature_png if signed else None
    row.signer = signer.strip() if signed else ""
    row.signed_at = now.replace(microsecond=0)
    row.advisor_id, row.advisor_name = actor.user_id, actor.display_name
    row.status = "signed" if signed else "confirmed"
    row.content_hash = content_hash(signed_content(row))
    row.updated_at = now
    audit.record(session, actor, "check_in", row.id, row.status, None, {
        "order_id": row.order_id, "version": row.version, "hash": row.content_hash,
        "signer": row.signer})
    return row.content_hash


def new_version(session: Session, actor: Actor, order_id: uuid.UUID,
                now: datetime | None = None) -> uuid.UUID:
    """A draft copy of the locked newest version, to change and sign again."""
    require(session, actor, Permission.CHECKIN_EDIT)
    newest = _newest(session, order_id)
    if newest is None:
        return start(session, actor, order_id, now)
    if newest.status not in LOCKED:
        return newest.id
    now = now or datetime.now(UTC)
    row = CheckIn(order_id=order_id, version=newest.version + 1, status="draft",
                  signature_strokes=[], advisor_id=actor.user_id,
                  advisor_name=actor.display_name, created_at=now, updated_at=now)
    _apply(row, _form_of(newest))
    session.add(row)
    session.flush()
    audit.record(session, actor, "check_in", row.id, "new_version", {"version": newest.version},
                 {"version": row.version})
    return row.id


def signed_content(row: Any) -> dict[str, Any]:
    """Everything a signature vouches for (the canonical form is app/domain/checkin);
    `row` is a CheckIn or anything with its attributes (the demo writer's rows)."""
    return {
        "order_id": row.order_id, "version": row.version, "status": row.status,
        "checklist": row.checklist, "marks": row.marks, "fuel_eighths": row.fuel_eighths,
        "battery_percent": row.battery_percent, "odometer_km": row.odometer_km,
        "keys_count": row.keys_count, "belongings": row.belongings, "valuables": row.valuables,
        "photos": row.photos, "signature_strokes": row.signature_strokes,
        "signature_png": row.signature_png or b"", "signer": row.signer,
        "signed_at": row.signed_at, "advisor_id": row.advisor_id,
        "advisor_name": row.advisor_name,
    }


def verify(session: Session, check_in_id: uuid.UUID) -> Verification:
    """Recompute the hash from what is stored now and compare it with the one signed."""
    row = session.get(CheckIn, check_in_id)
    if row is None:
        raise LookupError(f"no check-in {check_in_id}")
    session.refresh(row)  # what the file holds now, not what this session remembers
    computed = content_hash(signed_content(row)) if row.status in LOCKED else ""
    return Verification(row.status in LOCKED and computed == row.content_hash,
                        row.content_hash, computed)


# ---------------------------------------------------------------------------------------------
# Photos


def add_photo(session: Session, photos_dir: Path, data: bytes, suffix: str = ".jpg") -> str:
    """Keep a photo by its content hash (the same picture twice is kept once); returns it."""
    if not data or len(data) > MAX_PHOTO_BYTES:
        raise InputErrors([InputError("photos", QT_TRANSLATE_NOOP(
            "InputError", "The photo is empty or larger than 25 MB."))])
    thumbnail = _thumbnail(data)
    digest = hashlib.sha256(data).hexdigest()
    suffix = suffix.lower() if suffix.lower() in {".jpg", ".jpeg", ".png"} else ".jpg"
    target = photo_path(photos_dir, digest, suffix)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(target.suffix + ".part")
        partial.write_bytes(data)
        partial.replace(target)  # a crash mid-write leaves no half picture under the hash
    if session.get(CheckInPhoto, digest) is None:
        session.add(CheckInPhoto(sha256=digest, thumbnail=thumbnail, suffix=suffix))
        session.flush()
    return digest


def photo_path(photos_dir: Path, digest: str, suffix: str = ".jpg") -> Path:
    return photos_dir / digest[:2] / f"{digest}{suffix}"


def thumbnails(session: Session, digests: list[str] | tuple[str, ...]) -> dict[str, bytes]:
    if not digests:
        return {}
    return dict(session.execute(select(CheckInPhoto.sha256, CheckInPhoto.thumbnail)
                                .where(CheckInPhoto.sha256.in_(list(digests)))).all())


def _thumbnail(data: bytes) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image = image.convert("RGB")
            image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
            out = io.BytesIO()
            image.save(out, "JPEG", quality=80)
            return out.getvalue()
    except (UnidentifiedImageError, OSError):
        raise InputErrors([InputError("photos", QT_TRANSLATE_NOOP(
            "InputError", "This file is not a picture (JPEG or PNG)."))]) from None
