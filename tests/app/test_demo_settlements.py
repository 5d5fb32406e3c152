"""The demo's money: every settled order has its bill, paid to the fen, some 挂账 still owed,
a few reversals; receipts number on from the demo's counters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import write_demo
from tests.app.test_demo import quick_password_hashing  # noqa: F401 - the fixture, autouse


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo(str(path), years=1, cars_per_day=8, seed=3, out=None)
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def _one(rows: sqlite3.Connection, sql: str) -> object:
    return rows.execute(sql).fetchone()[0]


def test_every_settled_order_has_one_bill_in_force_matching_its_total(rows) -> None:  # type: ignore[no-untyped-def]
    paid_orders = _one(rows, "SELECT count(*) FROM work_orders"
                             " WHERE status IN ('settled', 'delivered')")
    assert paid_orders > 0
    assert _one(rows, "SELECT count(*) FROM settlements WHERE status = 'settled'") == paid_orders
    assert _one(rows, "SELECT count(*) FROM settlements s JOIN work_orders w ON w.id = s.order_id"
                      " WHERE s.status = 'settled' AND (s.total_fen != w.total_fen"
                      " OR w.status NOT IN ('settled', 'delivered'))") == 0


def test_payments_cover_each_bill_to_the_fen(rows) -> None:  # type: ignore[no-untyped-def]
    wrong = rows.execute(
        "SELECT s.number FROM settlements s WHERE s.due_fen != (SELECT coalesce(sum(p.amount_fen),"
        " 0) FROM payments p WHERE p.settlement_id = s.id AND p.kind = 'settlement')").fetchall()
    assert wrong == []
    assert _one(rows, "SELECT count(*) FROM settlements WHERE status = 'settled'"
                      " AND due_fen != paid_fen + owed_fen") == 0
    assert _one(rows, "SELECT count(*) FROM payments WHERE method = 'cash'"
                      " AND tendered_fen - amount_fen != change_fen") == 0
    methods = {m for (m,) in rows.execute("SELECT DISTINCT method FROM payments")}
    assert {"cash", "card", "wechat", "alipay", "transfer", "account"} <= methods


def test_some_bills_are_on_account_a_few_still_owed_only_by_credit_customers(rows) -> None:  # type: ignore[no-untyped-def]
    assert _one(rows, "SELECT count(*) FROM settlements WHERE on_account_fen > 0") > 0
    assert _one(rows, "SELECT count(*) FROM payments WHERE kind = 'arrears'") > 0
    assert _one(rows, "SELECT count(*) FROM settlements s JOIN customers c"
                      " ON c.id = s.customer_id WHERE s.on_account_fen > 0"
                      " AND NOT c.credit_allowed") == 0


def test_reversed_bills_are_refunded_and_settled_again(rows) -> None:  # type: ignore[no-untyped-def]
    reversed_ = _one(rows, "SELECT count(*) FROM settlements WHERE status = 'reversed'")
    assert reversed_ == _one(rows, "SELECT count(*) FROM settlement_reversals") > 0
    assert _one(rows, "SELECT count(*) FROM settlements r WHERE r.status = 'reversed' AND"
                      " NOT EXISTS (SELECT 1 FROM settlements s WHERE s.order_id = r.order_id"
                      " AND s.status = 'settled')") == 0
    assert _one(rows, "SELECT coalesce(sum(amount_fen), 0) FROM payments p JOIN settlements s"
                      " ON s.id = p.settlement_id WHERE s.status = 'reversed'"
                      " AND p.method != 'account'") == 0


def test_receipt_counters_continue_after_the_demo(rows) -> None:  # type: ignore[no-untyped-def]
    for day, last in rows.execute(
            "SELECT day, last_seq FROM document_counters WHERE kind = 'JS'").fetchall():
        compact = day.replace("-", "")
        count = _one(rows, "SELECT count(*) FROM settlements"
                           f" WHERE number LIKE 'JS-BR01-{compact}-%'")
        assert count == last
