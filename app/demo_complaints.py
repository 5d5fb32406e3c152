"""Demo complaints (投诉): a few a month over the years, closed with a reply; the last days'
still open, one of them past its reply deadline, so the car-file banner has something to show.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select

from app.demo_fleet import new_uuid
from db.models import Complaint, WorkOrder

COMPLAINTS = (
    ("保养后机油灯还亮，怀疑没有复位", "已免费复位保养灯，并向客户致歉"),
    ("取车时发现座椅上有油渍", "已安排免费内饰清洗，客户接受"),
    ("等车时间比约定晚了两个小时", "道歉并赠送一次免费洗车"),
    ("更换刹车片后仍有异响", "复查为刹车片磨合异响，已打磨处理并回访"),
    ("结算金额比估价高，事先没有告知", "核对为追加项目，已补签确认并减免工时费"),
    ("空调修好后三天又不制冷", "返修更换膨胀阀，免工时费"),
    ("服务顾问态度不好", "店长电话致歉，已对服务顾问进行培训"),
)
RATE = 1 / 600  # about one delivered order in six hundred draws a complaint
REPLY = timedelta(hours=24)


def write_complaints(conn: Connection, rng: random.Random,
                     owners: tuple[tuple[uuid.UUID, str], ...], now: datetime) -> int:
    """Complaints on delivered orders: closed ones over the years, open ones in the last days.

    `owners` are (user id, name) pairs of the people who own complaints.
    """
    orders = WorkOrder.__table__.c
    rows = conn.execute(
        select(orders.id, orders.customer_id, orders.vehicle_id, orders.closed_at)
        .where(orders.status == "delivered", orders.closed_at.is_not(None))
        .order_by(orders.closed_at)).all()
    picked = [r for r in rows if rng.random() < RATE]
    recent = [r for r in rows if r.closed_at > now - timedelta(days=3)][-3:]
    complaints = []
    for row in [*picked, *recent]:
        received = row.closed_at + timedelta(hours=rng.randint(6, 60))
        still_open = row in recent
        if still_open:  # the last one's deadline has passed: the banner says "overdue"
            received = min(received, now - timedelta(hours=rng.randint(2, 30)))
        owner_id, owner_name = rng.choice(owners)
        what, reply = rng.choice(COMPLAINTS)
        complaints.append({
            "id": new_uuid(rng), "customer_id": row.customer_id, "vehicle_id": row.vehicle_id,
            "order_id": row.id, "channel": rng.choice(("phone", "in_person", "message")),
            "description": what, "received_at": received, "recorded_by_name": owner_name,
            "owner_id": owner_id, "owner_name": owner_name, "reply_due_at": received + REPLY,
            "status": "open" if still_open else "closed",
            "resolution": "" if still_open else reply,
            "closed_at": None if still_open else received + timedelta(hours=rng.randint(2, 20)),
            "closed_by_name": "" if still_open else owner_name,
        })
    if complaints:
        conn.execute(insert(Complaint.__table__), complaints)
    return len(complaints)
