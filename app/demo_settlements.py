"""The demo's money: a bill and its payments for every settled order, as a shop's would look.

Mostly WeChat Pay and Alipay, some bank cards and cash (handed over in round notes, so there
is change), company transfers, a few bills split over two methods; companies with credit leave
some bills on account (挂账), most paid back within weeks, a few still open at "now". About one
settlement in a hundred was reversed by the manager (wrong method keyed) and settled again.
Rows go into the demo's Batch like the orders'; its own random stream keeps the rest of the
demo the same whatever this module draws.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta

from app.demo_batch import Batch
from app.demo_fleet import new_uuid
from app.domain.numbering import format_doc_number
from app.domain.settlement import due_of

RECEIPT_PREFIX = "JS"
METHODS = (("wechat", 45), ("alipay", 20), ("card", 15), ("cash", 15), ("transfer", 5))
REVERSAL_REASONS = ("收款方式录错", "客户改用其他方式付款", "金额录入错误", "重复收款")
NOTES = (1000, 2000, 5000, 10000)  # fen: what a customer hands over is rounded up to these


class SettlementMaker:
    def __init__(self, branch_id: uuid.UUID, branch_code: str, cashier: tuple[uuid.UUID, str],
                 manager: tuple[uuid.UUID, str], now: datetime,
                 local: Callable[[datetime], date]) -> None:
        self.rng = random.Random(branch_id.int ^ 0x5E771E)  # own stream: see the docstring
        self.branch_id, self.branch_code = branch_id, branch_code
        self.cashier, self.manager = cashier, manager
        self.now, self.local = now, local
        self.credit_customers: set[uuid.UUID] = set()  # filled by the fleet as it makes them
        self.seq: dict[date, int] = {}  # receipts per local day, for the document counters
        self._taken: list[tuple[str, int]] = []  # the last bill's payments (method, fen)

    def reversal_steps(self) -> bool:
        """Whether this order's first settlement is reversed (the order maker adds the steps)."""
        return self.rng.random() < 0.01

    def reversal_reason(self) -> str:
        return self.rng.choice(REVERSAL_REASONS)

    def write(self, batch: Batch, order_id: uuid.UUID, customer_id: uuid.UUID,
              settled: list[datetime], reversed_at: datetime | None, reason: str,
              money: dict[str, int]) -> None:
        """One bill per settlement time; all but the last reversed at `reversed_at`."""
        for index, at in enumerate(settled):
            last = index == len(settled) - 1
            settlement_id = self._bill(batch, order_id, customer_id, at, money,
                                       "settled" if last else "reversed")
            if not last and reversed_at is not None:
                self._reverse(batch, settlement_id, order_id, reversed_at, reason)

    def counters(self, batch: Batch) -> None:
        """The JS counters per day, so receipts made later in the program continue them."""
        for day, seq in sorted(self.seq.items()):
            batch.add("document_counters", {
                "id": new_uuid(self.rng), "branch_id": self.branch_id, "kind": RECEIPT_PREFIX,
                "day": day, "last_seq": seq})
        self.seq.clear()

    def _bill(self, batch: Batch, order_id: uuid.UUID, customer_id: uuid.UUID, at: datetime,
              money: dict[str, int], status: str) -> uuid.UUID:
        rng = self.rng
        total = money["total"]
        _, due = due_of(total, 0)
        payments = self._payments(due, customer_id)
        on_account = sum(amount for method, amount, _t in payments if method == "account")
        change = sum(t - amount for method, amount, t in payments if method == "cash" and t)
        owed = on_account
        repaid: datetime | None = None
        if on_account and status == "settled":
            repaid = at + timedelta(days=rng.randint(3, 75), hours=rng.randint(0, 6))
            if repaid > self.now:
                repaid = None  # still owed today: the arrears list is not empty
            else:
                owed = 0
        day = self.local(at)
        self.seq[day] = self.seq.get(day, 0) + 1
        settlement_id = new_uuid(rng)
        approved = self.manager if on_account else (None, "")
        batch.add("settlements", {
            "id": settlement_id,
            "number": format_doc_number(RECEIPT_PREFIX, self.branch_code, day, self.seq[day]),
            "order_id": order_id, "customer_id": customer_id, "branch_id": self.branch_id,
            "status": status, "labor_fen": money["labor"], "parts_fen": money["part"],
            "other_fen": money["other"], "discount_fen": money["discount"],
            "vat_fen": money["vat"], "total_fen": total, "deposit_fen": 0, "due_fen": due,
            "paid_fen": due - owed, "change_fen": change, "on_account_fen": on_account,
            "owed_fen": owed if status == "settled" else 0,
            "cashier_id": self.cashier[0], "cashier_name": self.cashier[1],
            "approved_by_id": approved[0], "approved_by_name": approved[1], "settled_at": at,
        })
        for method, amount, tendered in payments:
            self._payment(batch, settlement_id, "settlement", method, amount, tendered, at)
        self._taken = [(method, amount) for method, amount, _t in payments]
        if repaid is not None:
            method = "transfer" if rng.random() < 0.8 else "wechat"
            self._payment(batch, settlement_id, "arrears", method, on_account, None, repaid)
        return settlement_id

    def _payments(self, due: int, customer_id: uuid.UUID) -> list[tuple[str, int, int | None]]:
        rng = self.rng
        if due <= 0:
            return []
        if customer_id in self.credit_customers and rng.random() < 0.5:
            return [("account", due, None)]
        method = self._method()
        if rng.random() < 0.08 and due > 20000:  # part by one method, the rest by another
            first = rng.randrange(10000, due - 5000, 100)
            second = self._method()
            return [(method, first, None), *self._one(second if second != method else "cash",
                                                        due - first)]
        return self._one(method, due)

    def _one(self, method: str, amount: int) -> list[tuple[str, int, int | None]]:
        if method != "cash":
            return [(method, amount, None)]
        note = self.rng.choice(NOTES)
        return [("cash", amount, -(-amount // note) * note)]  # rounded up to the note

    def _method(self) -> str:
        return self.rng.choices([m for m, _ in METHODS], [w for _, w in METHODS])[0]

    def _payment(self, batch: Batch, settlement_id: uuid.UUID, kind: str, method: str,
                 amount: int, tendered: int | None, at: datetime) -> None:
        who = self.manager if kind == "reversal" else self.cashier
        batch.add("payments", {
            "id": new_uuid(self.rng), "settlement_id": settlement_id, "kind": kind,
            "method": method, "amount_fen": amount, "tendered_fen": tendered,
            "change_fen": (tendered - amount) if tendered is not None else 0,
            "reference": "", "cashier_id": who[0], "cashier_name": who[1], "paid_at": at,
        })

    def _reverse(self, batch: Batch, settlement_id: uuid.UUID, order_id: uuid.UUID,
                 at: datetime, reason: str) -> None:
        refunded = 0
        for method, amount in self._taken:
            if method != "account":
                refunded += amount
                self._payment(batch, settlement_id, "reversal", method, -amount, None, at)
        batch.add("settlement_reversals", {
            "id": new_uuid(self.rng), "settlement_id": settlement_id, "order_id": order_id,
            "reason": reason, "by_id": self.manager[0], "by_name": self.manager[1], "at": at,
            "refunded_fen": refunded})
