"""Shop settings kept in the database (shared by every workstation), with their defaults."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.models import Setting

DEFAULTS: dict[str, Any] = {
    "shop.branch_id": None,  # the branch this database belongs to
    "tax.vat_rate_bp": 1300,  # 13 % for repair services and parts, in basis points
    "tax.prices_include_vat": True,
    "auth.max_failures": 5,
    "auth.lock_minutes": 15,
    "labor.hourly_rate_fen": 12_000,  # ¥120 per standard hour
    "discount.advisor_limit_bp": 1000,  # an advisor gives up to 10 % off; more needs a manager
    "print.terms": (
        "1. 本委托书经客户签字确认后生效；维修过程中如需增加项目或费用，须经客户同意。\n"
        "2. 客户车内贵重物品请自行保管；取车时请当面验收并结清费用。\n"
        "3. 更换的旧件如客户需要请在交车前提出，否则由本店处理。"
    ),
    "estimate.valid_days": 7,
    "checkin.checklist": None,  # None: app.domain.checkin.DEFAULT_CHECKLIST; else a list of names
    # Which papers the customer must sign (the rest may be skipped, visibly, on the order).
    "signatures.mandatory": ["checkin"],
    "keytag.size_mm": [50, 30],
    # A complaint's owner replies to the customer within this many hours (投诉回复时限).
    "complaints.reply_hours": 24,
    # Handover (issue 6, the car side)
    "completion.checklist": None,  # None: app.domain.completion.DEFAULT_CHECKLIST
    "followup.due_days": 3,  # the follow-up call is due this many days after pickup (2..7)
    "warranty.promised": {},  # {repair_type: [km, days]}: the shop's promise above the law
    # Progress (issue 5): customer notice templates {kind: {language: text}}; placeholders
    # in app/services/notices.py.
    "notice.templates": None,  # None: app.services.notices.DEFAULT_TEMPLATES
}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key)


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
