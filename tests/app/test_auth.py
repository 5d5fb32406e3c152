"""Logins, lockout after five wrong passwords, unlock by an administrator, rights."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import NotAllowed, Permission, Role, may
from app.services import audit, auth
from app.services.actor import Actor
from db.engine import Database
from db.types import utcnow


def _login(database: Database, name: str, password: str, now=None):  # type: ignore[no-untyped-def]
    with database.write() as s:
        return auth.login(s, name, password, now)


def test_right_password_logs_in_with_role(database: Database, advisor: Actor) -> None:
    result = _login(database, "LILY", "lily-pass-1")
    assert isinstance(result, Actor)
    assert (result.display_name, result.role) == ("李丽", "advisor")


def test_five_wrong_passwords_lock_the_account(database: Database, advisor: Actor) -> None:
    tries = [_login(database, "lily", "wrong") for _ in range(4)]
    assert [t.reason for t in tries] == ["wrong"] * 4
    assert [t.tries_left for t in tries] == [4, 3, 2, 1]
    fifth = _login(database, "lily", "wrong")
    assert fifth.reason == "locked" and fifth.locked_until is not None
    # Even the right password is refused while locked ...
    assert _login(database, "lily", "lily-pass-1").reason == "locked"
    # ... and works again once the lock time has passed.
    later = utcnow() + timedelta(minutes=16)
    assert isinstance(_login(database, "lily", "lily-pass-1", later), Actor)


def test_admin_unlocks_and_resets_the_password(
    database: Database, admin: Actor, advisor: Actor
) -> None:
    for _ in range(5):
        _login(database, "lily", "wrong")
    with database.write() as s:
        auth.unlock(s, admin, advisor.user_id, new_password="fresh-pass-2")
    assert isinstance(_login(database, "lily", "fresh-pass-2"), Actor)
    with database.read() as s:
        actions = [e.action for e in audit.history(s, "user", advisor.user_id)]
    assert "locked" in actions and "unlock" in actions


def test_an_advisor_cannot_manage_users(database: Database, advisor: Actor) -> None:
    with pytest.raises(NotAllowed), database.write() as s:
        auth.unlock(s, advisor, advisor.user_id)


def test_unknown_user_and_switched_off_user(
    database: Database, admin: Actor, advisor: Actor
) -> None:
    assert _login(database, "nobody", "x").reason == "wrong"
    with database.write() as s:
        auth.set_active(s, admin, advisor.user_id, False)
    assert _login(database, "lily", "lily-pass-1").reason == "inactive"


def test_bad_user_forms_are_refused_per_field(database: Database, admin: Actor) -> None:
    with pytest.raises(InputErrors) as e, database.write() as s:
        auth.create_user(s, admin, auth.UserForm("a b", "", "boss", "123"))
    assert set(e.value.by_field()) == {"username", "display_name", "role", "password"}
    with pytest.raises(InputErrors, match="taken"), database.write() as s:
        auth.create_user(s, admin, auth.UserForm("Admin", "Another", "advisor", "long-enough"))


def test_change_own_password_needs_the_current_one(database: Database, advisor: Actor) -> None:
    with pytest.raises(InputError), database.write() as s:
        auth.change_own_password(s, advisor, "not-it", "new-pass-3")
    with database.write() as s:
        auth.change_own_password(s, advisor, "lily-pass-1", "new-pass-3")
    assert isinstance(_login(database, "lily", "new-pass-3"), Actor)


def test_permission_table() -> None:
    assert may(Role.MANAGER, Permission.CUSTOMER_MERGE)
    assert not may(Role.ADVISOR, Permission.CUSTOMER_MERGE)
    assert may(Role.ADMIN, Permission.USER_MANAGE)
    assert not may(Role.MANAGER, Permission.USER_MANAGE)
    assert not may("stranger", Permission.CUSTOMER_VIEW)
