"""Users, passwords and logins.

Passwords are hashed with argon2. After `auth.max_failures` wrong passwords in a row an account
is locked for `auth.lock_minutes`; an administrator can unlock it and set a new password.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission, Role
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, settings
from app.services.actor import Actor, forget, issue, require, verified
from db.models import User
from db.types import utcnow

MIN_PASSWORD = 6
_USERNAME = re.compile(r"^[\w.\-@]{2,40}$")


@cache
def _hasher():  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher  # lazy: keeps start-up light

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import VerificationError, VerifyMismatchError

    try:
        return _hasher().verify(password_hash, password)
    except (VerifyMismatchError, VerificationError):
        return False


@dataclass(frozen=True)
class UserForm:
    username: str
    display_name: str
    role: str
    password: str = ""


@dataclass(frozen=True)
class UserInfo:
    user_id: uuid.UUID
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: datetime | None
    failed_logins: int


class LoginFailed(Exception):
    """A login was refused. `reason`: wrong (name or password), locked, inactive."""

    def __init__(self, reason: str, locked_until: datetime | None = None, left: int = 0) -> None:
        self.reason = reason
        self.locked_until = locked_until
        self.tries_left = left
        super().__init__(reason)


def check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError(
            field,
            QT_TRANSLATE_NOOP(
                "InputError", "The password must have at least {n} characters; choose a longer one."
            ),
            n=MIN_PASSWORD,
        )


def check_user_form(form: UserForm, *, new: bool) -> None:
    errors = []
    if not _USERNAME.match(form.username.strip()):
        errors.append(
            InputError(
                "username",
                QT_TRANSLATE_NOOP(
                    "InputError",
                    "A login name has 2 to 40 letters, digits or . - _ @ and no spaces.",
                ),
            )
        )
    if not form.display_name.strip():
        errors.append(
            InputError(
                "display_name",
                QT_TRANSLATE_NOOP("InputError", "Enter the name shown on papers and in the log."),
            )
        )
    if form.role not in set(Role):
        errors.append(
            InputError("role", QT_TRANSLATE_NOOP("InputError", "Choose one of the roles."))
        )
    if new or form.password:
        try:
            check_password(form.password)
        except InputError as e:
            errors.append(e)
    if errors:
        raise InputErrors(errors)


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id, user.username, user.display_name, user.role, user.active,
        user.locked_until, user.failed_logins,
    )


def actor_of(user: User) -> Actor:
    """The Actor of a user whose login was just checked here (or the first administrator)."""
    return issue(user)


def create_user(
    session: Session, actor: Actor | None, form: UserForm, branch_id: uuid.UUID | None = None
) -> UserInfo:
    """Add a login. `actor` None is only for the first administrator at first start."""
    if actor is not None:
        require(session, actor, Permission.USER_MANAGE)
    check_user_form(form, new=True)
    username = form.username.strip().lower()
    if session.scalar(select(User.id).where(func.lower(User.username) == username)):
        raise InputErrors([
            InputError(
                "username",
                QT_TRANSLATE_NOOP(
                    "InputError", "The login name {name} is taken; choose another."
                ),
                name=username,
            )
        ])
    user = User(
        username=username,
        display_name=form.display_name.strip(),
        role=form.role,
        password_hash=hash_password(form.password),
        branch_id=branch_id,
    )
    session.add(user)
    session.flush()
    audit.record(session, actor, "user", user.id, "create",
                 after={"username": username, "role": form.role})
    return _info(user)


def update_user(session: Session, actor: Actor, user_id: uuid.UUID, form: UserForm) -> UserInfo:
    require(session, actor, Permission.USER_MANAGE)
    check_user_form(form, new=False)
    user = session.get_one(User, user_id)
    before = {"display_name": user.display_name, "role": user.role}
    user.display_name = form.display_name.strip()
    user.role = form.role
    after = {"display_name": user.display_name, "role": user.role}
    if form.password:
        user.password_hash = hash_password(form.password)
        user.must_change_password = True
        after["password"] = "reset"
    audit.record(session, actor, "user", user.id, "update", *audit.changed_fields(before, after))
    forget(session, user.id)
    return _info(user)


def set_active(session: Session, actor: Actor, user_id: uuid.UUID, active: bool) -> None:
    require(session, actor, Permission.USER_MANAGE)
    user = session.get_one(User, user_id)
    if user.id == actor.user_id and not active:
        raise InputError(
            "active",
            QT_TRANSLATE_NOOP("InputError", "You cannot switch off your own login."),
        )
    audit.record(session, actor, "user", user.id, "set_active",
                 {"active": user.active}, {"active": active})
    user.active = active
    forget(session, user.id)


def unlock(session: Session, actor: Actor, user_id: uuid.UUID, new_password: str = "") -> None:
    """Lift a lock after too many wrong passwords, optionally with a new password."""
    require(session, actor, Permission.USER_MANAGE)
    user = session.get_one(User, user_id)
    if new_password:
        check_password(new_password)
        user.password_hash = hash_password(new_password)
        user.must_change_password = True
    audit.record(session, actor, "user", user.id, "unlock",
                 {"locked_until": user.locked_until, "failed_logins": user.failed_logins},
                 {"locked_until": None, "password_reset": bool(new_password)})
    user.locked_until = None
    user.failed_logins = 0


def change_own_password(session: Session, actor: Actor, old: str, new: str) -> None:
    user = session.get_one(User, verified(session, actor).user_id)
    if not _verify(user.password_hash, old):
        raise InputError(
            "old_password",
            QT_TRANSLATE_NOOP("InputError", "The current password is not right; type it again."),
        )
    check_password(new, "new_password")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    audit.record(session, actor, "user", user.id, "change_password")


def login(
    session: Session, username: str, password: str, now: datetime | None = None
) -> Actor | LoginFailed:
    """Check a login; counts failures and locks the account after too many.

    The failure is returned, not raised, so that the unit of work commits the failure count
    (an exception would roll it back and the lock would never come).
    """
    try:
        return _check_login(session, username, password, now or utcnow())
    except LoginFailed as failure:
        return failure


def _check_login(session: Session, username: str, password: str, now: datetime) -> Actor:
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    if user is None:
        _hasher()  # same work whether or not the name exists: no hint which names exist
        raise LoginFailed("wrong")
    if not user.active:
        raise LoginFailed("inactive")
    if user.locked_until is not None and user.locked_until > now:
        raise LoginFailed("locked", user.locked_until)
    max_failures = int(settings.get(session, "auth.max_failures"))
    if not _verify(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= max_failures:
            minutes = int(settings.get(session, "auth.lock_minutes"))
            user.locked_until = now + timedelta(minutes=minutes)
            user.failed_logins = 0
            audit.record(session, None, "user", user.id, "locked",
                         after={"locked_until": user.locked_until})
            raise LoginFailed("locked", user.locked_until)
        raise LoginFailed("wrong", left=max_failures - user.failed_logins)
    user.failed_logins = 0
    user.locked_until = None
    return actor_of(user)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(User).order_by(User.username))]

