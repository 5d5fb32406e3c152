"""The order's timeline tells the end of the stay: the completion check, the bill and its
payments, a reversal, and the car handed back with the customer's signature."""

from __future__ import annotations

import io

from PIL import Image

from app.domain.handover import PickupFacts
from app.domain.settlement import PaymentDraft
from app.services import completion, handover, settlement
from app.services.timeline import timeline
from tests.app.handover_helpers import STROKES, order_in_quality_check, passed_results


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 20), "white").save(out, "PNG")
    return out.getvalue()


def _pay(database, actor, order_id) -> None:  # type: ignore[no-untyped-def]
    with database.read() as s:
        due = settlement.bill(s, order_id).due_fen
    with database.write() as s:
        settlement.settle(s, actor, order_id, [PaymentDraft("wechat", due - 5000),
                                               PaymentDraft("cash", 10000)])


def test_check_bill_payments_and_pickup_are_on_the_timeline(database, advisor) -> None:  # type: ignore[no-untyped-def]
    oid = order_in_quality_check(database, advisor)
    with database.write() as s:
        completion.record(s, advisor, oid, passed_results(s))
    _pay(database, advisor, oid)
    with database.write() as s:
        handover.deliver(s, advisor, oid, PickupFacts(46230), STROKES, _png(), "张三")
    with database.read() as s:
        entries = timeline(s, oid)
        differences = len(handover.current(s, oid).differences)
    kinds = [e.kind for e in entries]
    assert kinds.index("completion") < kinds.index("settlement") < kinds.index("handover")
    payments = [e for e in entries if e.kind == "payment"]
    assert sorted(e.params["payment_method"] for e in payments) == ["Cash", "WeChat Pay"]
    cash = next(e for e in payments if e.params["payment_method"] == "Cash")
    assert cash.params["amount"] == "¥50.00"  # what the bill took, not what was handed over
    [pickup] = [e for e in entries if e.kind == "handover"]
    assert pickup.params == {"signer": "张三", "n": differences} and pickup.who == "李丽"


def test_a_reversal_and_its_refunds_are_on_the_timeline(database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    oid = order_in_quality_check(database, advisor)
    with database.write() as s:
        completion.record(s, advisor, oid, passed_results(s))
    _pay(database, advisor, oid)
    with database.write() as s:
        settlement.reverse(s, manager, oid, "客户要求开公司抬头发票，重新结算")
    with database.read() as s:
        entries = timeline(s, oid)
    [reversal] = [e for e in entries if e.kind == "reversal"]
    assert reversal.detail == "客户要求开公司抬头发票，重新结算" and reversal.who == "王店长"
    refunds = [e for e in entries if e.kind == "payment"
               and e.message.startswith("Refunded")]
    assert len(refunds) == 2
