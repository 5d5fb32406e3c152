"""The shop profile and the first start: branch, name, address, phone, first administrator."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from app.domain.errors import InputError, InputErrors
from app.domain.numbering import format_doc_number
from app.domain.permissions import Permission, Role
from app.domain.phone import check_phone
from app.domain.plate import PROVINCES
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, auth, settings
from app.services.actor import Actor, require
from db.models import Branch, DocumentCounter, User
from db.types import new_id

_BRANCH_CODE = re.compile(r"^[A-Z0-9]{2,8}$")


@dataclass(frozen=True)
class ShopForm:
    name: str
    address: str
    phone: str
    branch_code: str
    plate_prefix: str = ""  # e.g. 湘A: the city's plates, a hint when typing plates


@dataclass(frozen=True)
class ShopProfile:
    branch_id: uuid.UUID
    name: str
    address: str
    phone: str
    branch_code: str
    plate_prefix: str


def check_shop_form(form: ShopForm) -> ShopForm:
    errors: list[InputError] = []
    if not form.name.strip():
        errors.append(InputError(
            "name", QT_TRANSLATE_NOOP("InputError", "Enter the shop's name as it goes on papers.")
        ))
    phone = form.phone.strip()
    if phone:
        try:
            phone = check_phone(phone).display
        except InputError as e:
            errors.append(e)
    code = form.branch_code.strip().upper()
    if not _BRANCH_CODE.match(code):
        errors.append(InputError(
            "branch_code",
            QT_TRANSLATE_NOOP(
                "InputError",
                "A branch code has 2 to 8 letters or digits (e.g. BR01); it goes into "
                "every document number.",
            ),
        ))
    prefix = form.plate_prefix.strip().upper()
    if prefix and (prefix[0] not in PROVINCES or len(prefix) > 2):
        errors.append(InputError(
            "plate_prefix",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The plate prefix is a province character and a letter, e.g. 湘A; leave it "
                "empty if cars come from everywhere.",
            ),
        ))
    if errors:
        raise InputErrors(errors)
    return ShopForm(form.name.strip(), form.address.strip(), phone, code, prefix)


def is_set_up(session: Session) -> bool:
    """A database is ready for use once it has a branch and at least one login."""
    return bool(settings.get(session, "shop.branch_id")) and session.scalar(
        select(User.id).limit(1)
    ) is not None


def set_up_shop(session: Session, shop: ShopForm, admin: auth.UserForm) -> Actor:
    """First start: the shop's profile and its first administrator, in one unit of work."""
    if is_set_up(session):
        raise RuntimeError("this database is already set up")
    clean = check_shop_form(shop)
    admin = auth.UserForm(admin.username, admin.display_name, Role.ADMIN, admin.password)
    auth.check_user_form(admin, new=True)
    branch = Branch(
        code=clean.branch_code, name=clean.name, address=clean.address, phone=clean.phone,
        plate_prefix=clean.plate_prefix,
    )
    session.add(branch)
    session.flush()
    settings.put(session, "shop.branch_id", str(branch.id))
    info = auth.create_user(session, None, admin, branch.id)
    actor = auth.actor_of(session.get_one(User, info.user_id))
    audit.record(session, actor, "shop", branch.id, "set_up", after={"name": clean.name})
    return actor


def profile(session: Session) -> ShopProfile:
    branch = session.get_one(Branch, uuid.UUID(settings.get(session, "shop.branch_id")))
    return ShopProfile(
        branch.id, branch.name, branch.address, branch.phone, branch.code, branch.plate_prefix
    )


def update_profile(session: Session, actor: Actor, form: ShopForm) -> ShopProfile:
    require(session, actor, Permission.SHOP_SETTINGS)
    clean = check_shop_form(form)
    branch = session.get_one(Branch, profile(session).branch_id)
    before = {"name": branch.name, "address": branch.address, "phone": branch.phone,
              "code": branch.code, "plate_prefix": branch.plate_prefix}
    branch.name, branch.address, branch.phone = clean.name, clean.address, clean.phone
    branch.code, branch.plate_prefix = clean.branch_code, clean.plate_prefix
    after = {"name": branch.name, "address": branch.address, "phone": branch.phone,
             "code": branch.code, "plate_prefix": branch.plate_prefix}
    audit.record(session, actor, "shop", branch.id, "update", *audit.changed_fields(before, after))
    return profile(session)


def next_document_number(session: Session, prefix: str, day: date) -> str:
    """The next number of a document kind for this branch and day (e.g. WX-BR01-20261122-007).

    Runs in the caller's write transaction (BEGIN IMMEDIATE on SQLite), so two workstations
    never get the same number.
    """
    branch = session.get_one(Branch, profile(session).branch_id)
    # The day's first number: a SELECT ... FOR UPDATE locks no row that does not exist yet, so
    # two workstations would both insert it and the second fail. Insert the counter row first
    # (a no-op when it is there; on PostgreSQL a concurrent insert waits for the other
    # transaction, then does nothing), then lock it.
    key = {"branch_id": branch.id, "kind": prefix, "day": day}
    session.execute(insert_ignoring_conflict(
        session, DocumentCounter, id=new_id(), last_seq=0, **key))
    counter = session.scalars(
        select(DocumentCounter)
        .where(DocumentCounter.branch_id == branch.id, DocumentCounter.kind == prefix,
               DocumentCounter.day == day)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    counter.last_seq += 1
    session.flush()
    return format_doc_number(prefix, branch.code, day, counter.last_seq)


def insert_ignoring_conflict(session: Session, model: Any, **values: Any) -> Executable:
    """INSERT ... ON CONFLICT DO NOTHING in the session's dialect (SQLite and PostgreSQL)."""
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    return insert(model).values(**values).on_conflict_do_nothing()
