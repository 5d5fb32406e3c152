"""Logins for tests: an Actor only comes from the auth service's own check of a password."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.services import auth
from app.services.actor import Actor


def log_in(session: Session, username: str, password: str) -> Actor:
    actor = auth.login(session, username, password)
    assert isinstance(actor, Actor), actor
    return actor


def add_user(session: Session, admin: Actor, username: str, display_name: str, role: str,
             password: str) -> Actor:
    """Create a login (as `admin`) and log in with it."""
    auth.create_user(session, admin, auth.UserForm(username, display_name, role, password),
                     admin.branch_id)
    return log_in(session, username, password)
