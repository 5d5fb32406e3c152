"""The money rules of settling a bill (结算): payment methods, the bill's sums, change, arrears.

Pure rules, in whole fen: the amount due is the order's total less the deposits applied; the
payments must cover it exactly, except that cash may be more (the change is given back, to
the fen). Only cash has change, so at most one cash row is taken per settlement (the cashier
counts one pile). What is left on account (挂账) becomes arrears owed, aged from the day of the
bill. No database, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.errors import InputError, InputErrors
from app.domain.money import Money
from app.i18n import QT_TRANSLATE_NOOP

PAYMENT_METHOD_NAMES: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),  # 现金
    "card": QT_TRANSLATE_NOOP("PaymentMethod", "Bank card"),  # 银行卡
    "wechat": QT_TRANSLATE_NOOP("PaymentMethod", "WeChat Pay"),  # 微信支付
    "alipay": QT_TRANSLATE_NOOP("PaymentMethod", "Alipay"),  # 支付宝
    "transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),  # 转账
    "account": QT_TRANSLATE_NOOP("PaymentMethod", "On account"),  # 挂账
}
# Money that is in the till or the bank on the day; "account" is a promise, not money.
RECEIVED_METHODS = ("cash", "card", "wechat", "alipay", "transfer")


@dataclass(frozen=True)
class PaymentDraft:
    """One payment row as the cashier typed it. For cash, `amount_fen` is what was handed
    over; the change is worked out here."""

    method: str
    amount_fen: int
    reference: str = ""


@dataclass(frozen=True)
class PlannedPayment:
    method: str
    amount_fen: int  # what counts towards the bill
    tendered_fen: int | None  # cash handed over
    change_fen: int
    reference: str


@dataclass(frozen=True)
class PaymentPlan:
    due_fen: int
    payments: tuple[PlannedPayment, ...]
    paid_fen: int  # money received towards the bill (not on account)
    change_fen: int
    on_account_fen: int

    @property
    def needs_credit(self) -> bool:
        return self.on_account_fen > 0


@dataclass(frozen=True)
class Tally:
    """Where a cashier is while typing: what the rows cover, what is still due, the change."""

    covered_fen: int
    remaining_fen: int  # still to pay (0 when covered)
    change_fen: int  # cash beyond the amount due


def due_of(total_fen: int, deposits_fen: int) -> tuple[int, int]:
    """(deposit applied, amount due): a deposit never applies beyond the bill's total."""
    applied = max(0, min(deposits_fen, total_fen))
    return applied, total_fen - applied


def tally(due_fen: int, drafts: Sequence[PaymentDraft]) -> Tally:
    """The running sums the settlement dialog shows as each row is typed (no refusals here)."""
    cash = sum(d.amount_fen for d in drafts if d.method == "cash")
    other = sum(d.amount_fen for d in drafts if d.method != "cash")
    covered = cash + other
    change = max(0, min(cash, covered - due_fen))
    return Tally(covered - change, max(0, due_fen - covered), change)


def plan_payments(due_fen: int, drafts: Sequence[PaymentDraft]) -> PaymentPlan:
    """The payments checked against the amount due; refused unless they cover it exactly."""
    errors: list[InputError] = []
    rows = [d for d in drafts if d.amount_fen != 0 or d.method not in PAYMENT_METHOD_NAMES]
    for number, draft in enumerate(rows, start=1):
        if draft.method not in PAYMENT_METHOD_NAMES:
            errors.append(InputError(f"payment_{number}.method", QT_TRANSLATE_NOOP(
                "InputError", "Payment {n}: choose how the customer pays."), n=number))
        if draft.amount_fen < 0:
            errors.append(InputError(f"payment_{number}.amount", QT_TRANSLATE_NOOP(
                "InputError", "Payment {n}: an amount cannot be negative."), n=number))
    if sum(1 for d in rows if d.method == "cash") > 1:
        errors.append(InputError("payments", QT_TRANSLATE_NOOP(
            "InputError", "Put all the cash in one row: type what the customer hands over.")))
    if errors:
        raise InputErrors(errors)
    cash = next((d for d in rows if d.method == "cash"), None)
    others = [d for d in rows if d.method != "cash"]
    other_fen = sum(d.amount_fen for d in others)
    if other_fen > due_fen:
        raise InputErrors([InputError("payments", QT_TRANSLATE_NOOP(
            "InputError", "The card, online and account payments come to {paid}, more than "
            "the {due} due. Only cash can be more (change is given)."),
            paid=Money(other_fen).format_yuan(), due=Money(due_fen).format_yuan())])
    cash_due = due_fen - other_fen
    tendered = cash.amount_fen if cash else 0
    if tendered < cash_due:
        raise InputErrors([InputError("payments", QT_TRANSLATE_NOOP(
            "InputError", "{left} is still due. Add a payment or put it on account."),
            left=Money(cash_due - tendered).format_yuan())])
    planned = [PlannedPayment(d.method, d.amount_fen, None, 0, d.reference.strip())
               for d in others]
    if cash is not None:
        planned.insert(rows.index(cash), PlannedPayment(
            "cash", cash_due, tendered, tendered - cash_due, cash.reference.strip()))
    on_account = sum(p.amount_fen for p in planned if p.method == "account")
    return PaymentPlan(due_fen, tuple(p for p in planned if p.amount_fen or p.tendered_fen),
                       due_fen - on_account, tendered - cash_due if cash else 0, on_account)


def check_arrears_payment(owed_fen: int, draft: PaymentDraft) -> PlannedPayment:
    """Money brought in later against a bill's arrears: never more than owed, never on account
    again; cash may be more (change)."""
    if draft.method not in PAYMENT_METHOD_NAMES or draft.method == "account":
        raise InputErrors([InputError("method", QT_TRANSLATE_NOOP(
            "InputError", "Choose how the customer pays the money owed."))])
    if draft.amount_fen <= 0:
        raise InputErrors([InputError("amount", QT_TRANSLATE_NOOP(
            "InputError", "Type the amount the customer pays, more than 0."))])
    if draft.method == "cash":
        applied = min(draft.amount_fen, owed_fen)
        return PlannedPayment("cash", applied, draft.amount_fen, draft.amount_fen - applied,
                              draft.reference.strip())
    if draft.amount_fen > owed_fen:
        raise InputErrors([InputError("amount", QT_TRANSLATE_NOOP(
            "InputError", "Only {owed} is owed on this bill."),
            owed=Money(owed_fen).format_yuan())])
    return PlannedPayment(draft.method, draft.amount_fen, None, 0, draft.reference.strip())


def age_days(settled_on: date, today: date) -> int:
    """How old arrears are, in days since the bill (0 on the day itself)."""
    return max(0, (today - settled_on).days)


AGE_BANDS = ((30, "0–30"), (60, "31–60"), (90, "61–90"))


def age_band(days: int) -> str:
    """The ageing column a debt falls in on an arrears list (0–30, 31–60, 61–90, 90+)."""
    return next((name for limit, name in AGE_BANDS if days <= limit), "90+")
