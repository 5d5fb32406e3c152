"""The pure money rules of settling: exact cover, change to the fen, deposits, arrears."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputErrors
from app.domain.settlement import (
    PaymentDraft,
    age_band,
    age_days,
    check_arrears_payment,
    due_of,
    plan_payments,
    tally,
)

NON_CASH = ("card", "wechat", "alipay", "transfer", "account")
fen = st.integers(min_value=0, max_value=5_000_000)


@given(due=fen, cuts=st.lists(st.integers(0, 10_000), max_size=4),
       methods=st.lists(st.sampled_from(NON_CASH), min_size=4, max_size=4),
       extra_cash=st.integers(0, 100_000), with_cash=st.booleans())
def test_covering_payments_settle_with_change_to_the_fen(due, cuts, methods, extra_cash,
                                                          with_cash) -> None:
    # Split the due over non-cash rows (proportions from `cuts`), the rest in cash with extra.
    weights = [c + 1 for c in cuts]
    parts = [due * w // (sum(weights) + (1 if with_cash else 0)) for w in weights]
    drafts = [PaymentDraft(m, p) for m, p in zip(methods, parts, strict=False)]
    rest = due - sum(parts)
    if with_cash or rest:
        drafts.append(PaymentDraft("cash", rest + extra_cash))
        change = extra_cash
    else:
        change = 0
    plan = plan_payments(due, drafts)
    applied = sum(p.amount_fen for p in plan.payments)
    assert applied == due
    assert plan.change_fen == change
    assert plan.paid_fen + plan.on_account_fen == due
    assert plan.on_account_fen == sum(d.amount_fen for d in drafts if d.method == "account")
    cash = [p for p in plan.payments if p.method == "cash"]
    assert all(p.tendered_fen - p.amount_fen == p.change_fen for p in cash)
    shown = tally(due, drafts)
    assert (shown.remaining_fen, shown.change_fen) == (0, change)


@given(due=st.integers(1, 5_000_000), short=st.integers(1, 10_000),
       method=st.sampled_from(("cash", *NON_CASH)))
def test_anything_short_of_the_due_is_refused(due, short, method) -> None:
    with pytest.raises(InputErrors):
        plan_payments(due, [PaymentDraft(method, max(0, due - short))])


@given(due=fen, over=st.integers(1, 10_000), method=st.sampled_from(NON_CASH))
def test_only_cash_may_be_more_than_due(due, over, method) -> None:
    with pytest.raises(InputErrors):
        plan_payments(due, [PaymentDraft(method, due + over)])
    assert plan_payments(due, [PaymentDraft("cash", due + over)]).change_fen == over


@given(total=fen, deposits=fen)
def test_a_deposit_applies_up_to_the_total(total, deposits) -> None:
    applied, due = due_of(total, deposits)
    assert applied + due == total and 0 <= applied <= deposits and due >= 0


@given(owed=st.integers(1, 1_000_000), paid=st.integers(1, 2_000_000))
def test_arrears_payments_never_exceed_what_is_owed(owed, paid) -> None:
    cash = check_arrears_payment(owed, PaymentDraft("cash", paid))
    assert cash.amount_fen == min(owed, paid) and cash.change_fen == max(0, paid - owed)
    if paid > owed:
        with pytest.raises(InputErrors):
            check_arrears_payment(owed, PaymentDraft("card", paid))
    with pytest.raises(InputErrors):
        check_arrears_payment(owed, PaymentDraft("account", paid))


def test_two_cash_rows_and_negative_amounts_are_refused() -> None:
    with pytest.raises(InputErrors) as two:
        plan_payments(100, [PaymentDraft("cash", 50), PaymentDraft("cash", 50)])
    assert two.value.errors[0].field == "payments"
    with pytest.raises(InputErrors) as negative:
        plan_payments(100, [PaymentDraft("card", -50), PaymentDraft("cash", 150)])
    assert negative.value.errors[0].field == "payment_1.amount"


def test_arrears_age_in_days_and_bands() -> None:
    assert age_days(date(2026, 11, 1), date(2026, 12, 2)) == 31
    assert age_days(date(2026, 12, 3), date(2026, 12, 2)) == 0
    assert [age_band(d) for d in (0, 30, 31, 60, 61, 90, 91)] == [
        "0–30", "0–30", "31–60", "31–60", "61–90", "61–90", "90+"]
