"""Who is doing something: the logged-in user as plain data, passed into every service call.

A service never trusts the Actor it is handed. Only the auth service issues Actors (at a
verified login); each carries a proof, a keyed hash of its identity under a key made when the
program starts, so an Actor a caller builds or edits itself (another user's id, another name)
does not pass. Every permission check in a service goes through `require` / `may` here, which
also read the user's current role and active flag from the users table inside the service's
own transaction (one indexed query, kept for the rest of that transaction): a role changed or a
login switched off since the login counts at once, and the role an Actor carries is never the
one checked. SYSTEM, the program's own work (command line, demo data), has its own proof.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.permissions import NotAllowed, Permission
from app.domain.permissions import may as role_may
from db.models import User

_KEY = secrets.token_bytes(32)
_CACHE = "garagedesk.verified_users"  # session.info key: user_id -> (role, active)


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None
    username: str
    display_name: str
    role: str
    branch_id: uuid.UUID | None = None
    proof: bytes = field(default=b"", repr=False, compare=False)

    def may(self, permission: Permission) -> bool:
        """A hint for widgets (which buttons to offer); services check with `require`."""
        return role_may(self.role, permission)


class NotVerified(NotAllowed):
    """The Actor did not come from a login, or its user no longer exists or is switched off."""

    def __init__(self, permission: Permission | None = None) -> None:
        PermissionError.__init__(self, "not a verified login")
        self.role = ""
        self.permission = permission  # type: ignore[assignment]


def _proof(user_id: uuid.UUID | None, username: str, display_name: str,
           branch_id: uuid.UUID | None) -> bytes:
    if user_id is None:  # SYSTEM and what the program derives from it (its name, its branch)
        text = b"system"
    else:
        text = b"\0".join([user_id.bytes, username.encode(), display_name.encode(),
                           branch_id.bytes if branch_id else b""])
    return hmac.new(_KEY, text, hashlib.sha256).digest()


def issue(user: User) -> Actor:
    """The Actor of a user whose login the auth service has just checked (only auth calls this)."""
    return Actor(user.id, user.username, user.display_name, user.role, user.branch_id,
                 _proof(user.id, user.username, user.display_name, user.branch_id))


def _has_proof(actor: Actor) -> bool:
    expected = _proof(actor.user_id, actor.username, actor.display_name, actor.branch_id)
    return isinstance(actor.proof, bytes) and hmac.compare_digest(actor.proof, expected)


def verified(session: Session, actor: Actor, permission: Permission | None = None) -> Actor:
    """The actor with its role as the users table says now; refused if it is not a real login.

    Reads the user once per transaction (the unit of work's session); `forget` drops that when
    the same transaction changes a user.
    """
    if not isinstance(actor, Actor) or not _has_proof(actor):
        raise NotVerified(permission)
    if actor.user_id is None:
        return actor
    known: dict[uuid.UUID, tuple[str, bool] | None] = session.info.setdefault(_CACHE, {})
    if actor.user_id not in known:
        row = session.execute(
            select(User.role, User.active).where(User.id == actor.user_id)).one_or_none()
        known[actor.user_id] = (row.role, row.active) if row is not None else None
    current = known[actor.user_id]
    if current is None or not current[1]:
        raise NotVerified(permission)
    return actor if current[0] == actor.role else replace(actor, role=current[0])


def require(session: Session, actor: Actor, permission: Permission) -> Actor:
    """Refuse unless the verified user's current role carries the permission."""
    checked = verified(session, actor, permission)
    if not role_may(checked.role, permission):
        raise NotAllowed(checked.role, permission)
    return checked


def may(session: Session, actor: Actor, permission: Permission) -> bool:
    """Whether the verified user's current role carries the permission (refused if forged)."""
    return role_may(verified(session, actor, permission).role, permission)


def forget(session: Session, user_id: uuid.UUID) -> None:
    """The user's row changed in this transaction: read it again at the next check."""
    session.info.get(_CACHE, {}).pop(user_id, None)


# For the command line and demo data: work done by the program itself, not a person.
SYSTEM = Actor(None, "system", "GarageDesk", "admin", None, _proof(None, "", "", None))
