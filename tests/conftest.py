"""Fixtures every tier shares: an in-memory keyring and a fresh database file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class MemoryKeyring(KeyringBackend):
    """Tests never touch the developer's real keychain (or fail on a headless one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def garagedesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data and config folders inside the test's own temp dir, never the user's."""
    home = tmp_path / "home"
    monkeypatch.setenv("GARAGEDESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2, at a test's cost: every fixture login hashes and verifies a password."""
    from argon2 import PasswordHasher

    from app.services import auth

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(auth, "_hasher", lambda: cheap)


@pytest.fixture
def database(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real, migrated SQLite file with the search index kept up to date."""
    from app.bootstrap import open_database, prepare
    from app.config import paths

    db, where = open_database(str(tmp_path / "shop.db"), paths())
    prepare(db, where)
    yield db
    db.dispose()


@pytest.fixture
def admin(database):  # type: ignore[no-untyped-def]
    """A shop that went through the first start; its administrator is logged in."""
    from app.services import auth, shop

    with database.write() as s:
        return shop.set_up_shop(
            s,
            shop.ShopForm("长沙星沙汽修", "长沙县星沙大道 8 号", "0731-84001234", "BR01", "湘A"),
            auth.UserForm("admin", "管理员", "admin", "admin-pass-1"),
        )


@pytest.fixture
def advisor(database, admin):  # type: ignore[no-untyped-def]
    """A service advisor of the same shop, logged in."""
    from tests.people import add_user

    with database.write() as s:
        return add_user(s, admin, "lily", "李丽", "advisor", "lily-pass-1")


@pytest.fixture
def manager(database, admin):  # type: ignore[no-untyped-def]
    from tests.people import add_user

    with database.write() as s:
        return add_user(s, admin, "wang", "王店长", "manager", "wang-pass-1")
