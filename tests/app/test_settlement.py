"""Settlement through the real services: payments to the fen, arrears, deposits, reversals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.domain.errors import InputErrors
from app.domain.permissions import NotAllowed
from app.domain.settlement import PaymentDraft
from app.services import audit, order_flow, orders, settlement
from app.services.order_flow import MoveRefused
from app.services.orders import OrderLocked
from app.services.settlement import CreditNeedsApproval
from app.services.settlement_reports import arrears, cash_drawer, owed_by
from db.models import Payment, Settlement, StatusEvent, WorkOrder
from tests.app.settle_helpers import OIL, TOTAL_FEN, ready_order
from tests.people import add_user


def _settle(database, actor, order_id, *payments, approved_by=None):  # type: ignore[no-untyped-def]
    with database.write() as s:
        return settlement.settle(s, actor, order_id, list(payments), approved_by)


def test_the_bill_charges_approved_lines_only(database, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    with database.read() as s:
        bill = settlement.bill(s, order_id)
    assert (bill.total_fen, bill.due_fen, bill.deposit_applied_fen) == (TOTAL_FEN, TOTAL_FEN, 0)
    assert (bill.labor_fen, bill.parts_fen) == (6000, 27200 + 4550)
    assert bill.vat_fen == 4343  # 377.50 × 13/113, half up


def test_wechat_and_cash_with_change_settle_to_the_fen(database, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    done = _settle(database, advisor, order_id, PaymentDraft("wechat", 30000, "WX8812"),
                   PaymentDraft("cash", 10000))
    assert done.number.startswith("JS-BR01-") and done.status == "settled"
    assert (done.due_fen, done.paid_fen, done.change_fen, done.owed_fen) == (
        TOTAL_FEN, TOTAL_FEN, 2250, 0)
    cash = next(p for p in done.payments if p.method == "cash")
    assert (cash.amount_fen, cash.tendered_fen, cash.change_fen) == (7750, 10000, 2250)
    with database.read() as s:
        assert s.get_one(WorkOrder, order_id).status == "settled"
        event = s.scalar(select(StatusEvent).where(StatusEvent.to_status == "settled"))
        assert event.reason == f"receipt {done.number}" and event.user_id == advisor.user_id
        assert [e.action for e in audit.history(s, "settlement", done.id)] == ["settle"]


@pytest.mark.parametrize("payments", [
    [PaymentDraft("cash", TOTAL_FEN - 1)],
    [PaymentDraft("card", TOTAL_FEN + 1)],
    [PaymentDraft("card", 20000), PaymentDraft("alipay", 17749)],
    [PaymentDraft("cash", 100), PaymentDraft("cash", TOTAL_FEN)],
    [PaymentDraft("wechat", -100), PaymentDraft("cash", TOTAL_FEN + 100)],
])
def test_payments_not_covering_the_bill_exactly_are_refused(database, advisor, payments) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    with pytest.raises(InputErrors):
        _settle(database, advisor, order_id, *payments)
    with database.read() as s:
        assert s.get_one(WorkOrder, order_id).status == "ready"
        assert s.scalar(select(func.count()).select_from(Settlement)) == 0


def test_only_a_ready_order_is_settled(database, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    _settle(database, advisor, order_id, PaymentDraft("card", TOTAL_FEN))
    with pytest.raises(MoveRefused):
        _settle(database, advisor, order_id, PaymentDraft("card", TOTAL_FEN))


def test_a_workshop_login_may_not_settle(database, admin) -> None:  # type: ignore[no-untyped-def]

    order_id = ready_order(database, admin)
    with database.write() as s:
        tech = add_user(s, admin, "tech", "赵师傅", "workshop", "tech-pass-1")
    with pytest.raises(NotAllowed):
        _settle(database, tech, order_id, PaymentDraft("cash", TOTAL_FEN))


def test_a_settled_order_refuses_edits_at_the_service_level(database, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    _settle(database, advisor, order_id, PaymentDraft("card", TOTAL_FEN))
    with database.read() as s:
        view = orders.load_order(s, order_id)
    assert not view.editable
    with database.write() as s, pytest.raises(OrderLocked):
        orders.save_order(s, advisor, order_id, view.version, view.header, [*view.lines, OIL])
    with database.write() as s, pytest.raises(MoveRefused):
        order_flow.cancel(s, advisor, order_id, "客户反悔")
    with database.write() as s, pytest.raises(MoveRefused):
        order_flow.reopen_estimate(s, advisor, order_id, "改价")
    with database.read() as s:
        assert s.get_one(WorkOrder, order_id).total_fen == TOTAL_FEN


def test_on_account_needs_credit_and_a_manager(database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    no_credit = ready_order(database, advisor, "湘A11111", phone="13900000001")
    with pytest.raises(InputErrors) as refused:
        _settle(database, advisor, no_credit, PaymentDraft("account", TOTAL_FEN),
                approved_by=manager)
    assert "credit" in str(refused.value)
    order_id = ready_order(database, advisor, "湘A22222", credit=True, phone="13900000002")
    with pytest.raises(CreditNeedsApproval):
        _settle(database, advisor, order_id, PaymentDraft("account", TOTAL_FEN))
    with pytest.raises(CreditNeedsApproval):  # an advisor cannot approve credit
        _settle(database, advisor, order_id, PaymentDraft("account", TOTAL_FEN),
                approved_by=advisor)
    done = _settle(database, advisor, order_id, PaymentDraft("cash", 7750),
                   PaymentDraft("account", 30000), approved_by=manager)
    assert (done.owed_fen, done.on_account_fen, done.paid_fen) == (30000, 30000, 7750)
    assert done.approved_by == manager.display_name


def test_arrears_are_aged_and_paid_against_the_original_bill(database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor, credit=True)
    done = _settle(database, advisor, order_id, PaymentDraft("account", TOTAL_FEN),
                   approved_by=manager)
    later = datetime.now(UTC).astimezone().date().replace(year=2099)
    with database.read() as s:
        [owed] = arrears(s)
        summary = owed_by(s, owed.customer_id, later)
        assert owed.receipt == done.number and owed.owed_fen == TOTAL_FEN
        assert summary is not None and summary.owed_fen == TOTAL_FEN and summary.bills == 1
        assert summary.oldest_days > 365 * 70
    with database.write() as s, pytest.raises(InputErrors):
        settlement.pay_arrears(s, advisor, done.id, PaymentDraft("card", TOTAL_FEN + 1))
    with database.write() as s:
        settlement.pay_arrears(s, advisor, done.id, PaymentDraft("card", 20000, "POS-1"))
    with database.write() as s:
        cash = settlement.pay_arrears(s, advisor, done.id, PaymentDraft("cash", 20000))
    assert (cash.amount_fen, cash.change_fen) == (TOTAL_FEN - 20000, 2250)
    with database.read() as s:
        assert arrears(s) == [] and owed_by(s, owed.customer_id) is None
        bill = settlement.settlement_view(s, done.id)
        assert (bill.owed_fen, bill.paid_fen) == (0, TOTAL_FEN)
        assert [p.kind for p in bill.payments] == ["settlement", "arrears", "arrears"]
        day = cash_drawer(s, datetime.now(UTC).astimezone().date())
    assert day.arrears_received_fen == TOTAL_FEN and day.on_account_fen == TOTAL_FEN
    assert day.by_method["card"] == 20000 and day.by_method["cash"] == TOTAL_FEN - 20000


def test_deposits_reduce_the_due_and_return_after_a_reversal(database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    with database.write() as s:
        settlement.take_deposit(s, advisor, order_id, PaymentDraft("alipay", 10000))
    with database.read() as s:
        bill = settlement.bill(s, order_id)
    assert (bill.deposit_applied_fen, bill.due_fen) == (10000, TOTAL_FEN - 10000)
    done = _settle(database, advisor, order_id, PaymentDraft("card", TOTAL_FEN - 10000))
    assert (done.deposit_fen, done.due_fen, done.total_fen) == (10000, 27750, TOTAL_FEN)
    with database.write() as s:
        settlement.reverse(s, manager, order_id, "刷卡金额错误")
    with database.read() as s:
        again = settlement.bill(s, order_id)
    assert again.deposit_applied_fen == 10000 and again.status == "ready"


def test_a_manager_reverses_and_the_order_is_settled_again(database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    first = _settle(database, advisor, order_id, PaymentDraft("cash", 40000))
    with database.write() as s, pytest.raises(NotAllowed):
        settlement.reverse(s, advisor, order_id, "想改")
    with database.write() as s, pytest.raises(InputErrors):
        settlement.reverse(s, manager, order_id, "  ")
    with database.write() as s:
        settlement.reverse(s, manager, order_id, "收款方式录错")
    with database.read() as s:
        assert s.get_one(WorkOrder, order_id).status == "ready"
        old = settlement.settlement_view(s, first.id)
        assert old.status == "reversed"
        assert [p.amount_fen for p in old.payments] == [TOTAL_FEN, -TOTAL_FEN]
        assert settlement.current_settlement(s, order_id) is None
        assert [e.action for e in audit.history(s, "settlement", first.id)] == [
            "settle", "reverse"]
    second = _settle(database, advisor, order_id, PaymentDraft("wechat", TOTAL_FEN))
    assert second.number != first.number
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Settlement)) == 2
        assert s.scalar(select(func.count()).select_from(Payment)) == 3
        day = cash_drawer(s, datetime.now(UTC).astimezone().date())
    # Cash in and back out; the day keeps only the WeChat payment.
    assert day.by_method["cash"] == 0 and day.by_method["wechat"] == TOTAL_FEN
    assert day.refunds_fen == TOTAL_FEN and day.received_fen == TOTAL_FEN
    assert day.settled_count == 2


def test_the_cash_drawer_splits_by_cashier(database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    a = ready_order(database, advisor, "湘A10001", phone="13900000011")
    b = ready_order(database, advisor, "湘A10002", phone="13900000012")
    _settle(database, advisor, a, PaymentDraft("card", TOTAL_FEN))
    _settle(database, manager, b, PaymentDraft("alipay", 7750), PaymentDraft("cash", 30000))
    with database.read() as s:
        day = cash_drawer(s, datetime.now(UTC).astimezone().date())
    people = {c.cashier: c for c in day.by_cashier}
    assert people["李丽"].total_fen == TOTAL_FEN and people["李丽"].by_method["card"] == TOTAL_FEN
    assert people["王店长"].by_method == {"cash": 30000, "card": 0, "wechat": 0, "alipay": 7750,
                                         "transfer": 0}
    assert day.received_fen == 2 * TOTAL_FEN and day.settled_fen == 2 * TOTAL_FEN


def test_a_deposit_beyond_the_bill_is_given_back_from_the_till(database, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    with database.write() as s:
        settlement.take_deposit(s, advisor, order_id, PaymentDraft("wechat", 50000))
    done = _settle(database, advisor, order_id)  # nothing more to pay
    assert (done.deposit_fen, done.due_fen, done.paid_fen) == (TOTAL_FEN, 0, 0)
    assert [(p.kind, p.method, p.amount_fen) for p in done.payments] == [
        ("refund", "cash", TOTAL_FEN - 50000)]
    with database.read() as s:
        day = cash_drawer(s, datetime.now(UTC).astimezone().date())
    assert day.by_method["wechat"] == 50000 and day.by_method["cash"] == TOTAL_FEN - 50000
    assert day.received_fen == TOTAL_FEN and day.refunds_fen == 50000 - TOTAL_FEN
