"""First start and document numbers."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import InputErrors
from app.services import auth, shop
from app.services.actor import Actor
from db.engine import Database


def test_fresh_database_is_not_set_up(database: Database) -> None:
    with database.read() as s:
        assert not shop.is_set_up(s)


def test_first_start_creates_shop_and_admin(database: Database, admin: Actor) -> None:
    with database.read() as s:
        assert shop.is_set_up(s)
        profile = shop.profile(s)
    assert profile.name == "长沙星沙汽修"
    assert (profile.branch_code, profile.plate_prefix) == ("BR01", "湘A")
    assert admin.role == "admin"


def test_bad_shop_form_is_refused_and_nothing_saved(database: Database) -> None:
    with pytest.raises(InputErrors) as e, database.write() as s:
        shop.set_up_shop(s, shop.ShopForm("", "", "12", "b r", "XA"),
                         auth.UserForm("admin", "管理员", "admin", "admin-pass-1"))
    assert {"name", "phone", "branch_code", "plate_prefix"} <= set(e.value.by_field())
    with database.read() as s:
        assert not shop.is_set_up(s)


def test_document_numbers_count_per_day(database: Database, admin: Actor) -> None:
    day = date(2026, 11, 22)
    with database.write() as s:
        first = shop.next_document_number(s, "WX", day)
        second = shop.next_document_number(s, "WX", day)
        other_kind = shop.next_document_number(s, "JS", day)
        next_day = shop.next_document_number(s, "WX", date(2026, 11, 23))
    assert first == "WX-BR01-20261122-001"
    assert second == "WX-BR01-20261122-002"
    assert other_kind == "JS-BR01-20261122-001"
    assert next_day == "WX-BR01-20261123-001"
