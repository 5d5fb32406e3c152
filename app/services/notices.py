"""Customer notices: templates kept in the shop's settings, filled with the order's details.

No network service: the advisor copies the text into SMS or WeChat (or says it on the phone)
and marks it sent with the method; every notice is kept on the order's timeline. Templates
are per kind (state changed, ready for pickup, delay, added work needs consent) and language
(`zh_CN`, `en`); their placeholders are listed in `PLACEHOLDERS`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.progress import (
    CUSTOMER_WORDS,
    NOTICE_KIND_NAMES,
    NOTICE_METHOD_NAMES,
    fill_template,
)
from app.i18n import QT_TRANSLATE_NOOP, translated
from app.services import audit, settings, shop
from app.services.actor import Actor, require
from app.services.car_status import CarStatus, car_status
from app.services.progress import note_event
from db.models import OrderEvent

LANGUAGES = ("zh_CN", "en")
PLACEHOLDERS = ("customer", "plate", "car", "number", "status", "promised", "reason",
                "added_work", "amount", "shop", "shop_phone")

DEFAULT_TEMPLATES: dict[str, dict[str, str]] = {
    "state_changed": {
        "zh_CN": "{customer}您好，您的爱车{plate}目前状态：{status}，预计{promised}完工。"
                 "如有疑问请致电{shop_phone}。【{shop}】",
        "en": "Hello {customer}, news of your car {plate}: {status}. Expected ready by "
              "{promised}. Questions: {shop_phone}. — {shop}",
    },
    "ready": {
        "zh_CN": "{customer}您好，您的爱车{plate}已维修完毕，可以提车了。"
                 "取车时请带好委托书或车钥匙牌。联系电话{shop_phone}。【{shop}】",
        "en": "Hello {customer}, your car {plate} is ready for pickup. Please bring your "
              "work order or key tag. Phone {shop_phone}. — {shop}",
    },
    "delay": {
        "zh_CN": "{customer}您好，非常抱歉，您的爱车{plate}因{reason}无法按原定时间完工，"
                 "预计完工时间改为{promised}。给您带来不便，敬请谅解。【{shop}】",
        "en": "Hello {customer}, we are sorry: your car {plate} will not be ready on time "
              "because of {reason}. The new expected time is {promised}. We apologise for "
              "the inconvenience. — {shop}",
    },
    "consent": {
        "zh_CN": "{customer}您好，技师在维修您的爱车{plate}时发现需要追加：{added_work}，"
                 "费用{amount}。请致电{shop_phone}或回复确认是否同意，未经您同意不会施工。【{shop}】",
        "en": "Hello {customer}, while working on your car {plate} our technician found "
              "more work needed: {added_work}, costing {amount}. Please call {shop_phone} or "
              "reply to say yes or no; nothing is done without your consent. — {shop}",
    },
}


def templates(session: Session) -> dict[str, dict[str, str]]:
    """The shop's templates, falling back to the defaults per kind and language."""
    stored = settings.get(session, "notice.templates") or {}
    return {kind: {lang: (stored.get(kind) or {}).get(lang) or text
                   for lang, text in by_lang.items()}
            for kind, by_lang in DEFAULT_TEMPLATES.items()}


def save_templates(session: Session, actor: Actor, wanted: dict[str, dict[str, str]]) -> None:
    require(session, actor, Permission.SHOP_RULES)
    clean = {kind: {lang: wanted.get(kind, {}).get(lang, "").strip() for lang in LANGUAGES}
             for kind in DEFAULT_TEMPLATES}
    before = settings.get(session, "notice.templates")
    settings.put(session, "notice.templates", clean)
    audit.record(session, actor, "settings", "notice.templates", "update",
                 {"value": before}, {"value": clean})


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%m-%d %H:%M") if moment else "—"


def values(session: Session, status: CarStatus, language: str) -> dict[str, Any]:
    """What the placeholders stand for on this order, in `language`."""
    profile = shop.profile(session)
    reason = status.waiting_for or _last_promise_reason(session, status.order_id)
    words = CUSTOMER_WORDS.get(status.status, status.status)
    separator = "、" if language != "en" else ", "
    return {
        "customer": status.customer, "plate": status.plate, "car": status.car,
        "number": status.number, "status": translated("CustomerWords", words, language),
        "promised": _local(status.promised_at), "reason": reason,
        "added_work": separator.join(x.description for x in status.awaiting),
        "amount": Money(sum(x.amount_fen for x in status.awaiting)).format_yuan(),
        "shop": profile.name, "shop_phone": profile.phone,
    }


def _last_promise_reason(session: Session, order_id: uuid.UUID) -> str:
    data = session.scalar(select(OrderEvent.data).where(
        OrderEvent.order_id == order_id, OrderEvent.kind == "promise")
        .order_by(OrderEvent.at.desc()).limit(1))
    return (data or {}).get("reason", "")


def draft(session: Session, order_id: uuid.UUID, kind: str, language: str) -> str:
    """The template of `kind` in `language`, filled with the order's details."""
    template = templates(session).get(kind, {}).get(language, "")
    return fill_template(template, values(session, car_status(session, order_id), language))


def suggested_kind(status: CarStatus) -> str:
    """The notice the order most likely needs now."""
    if status.awaiting:
        return "consent"
    if status.status in ("ready", "settled"):
        return "ready"
    if status.promised_at is not None and status.promised_at <= datetime.now(UTC):
        return "delay"
    return "state_changed"


@dataclass(frozen=True)
class NoticeForm:
    kind: str
    language: str
    text: str
    method: str  # phone | sms | wechat | in_person
    sent_at: datetime | None = None  # None: now


def record_notice(session: Session, actor: Actor, order_id: uuid.UUID, form: NoticeForm,
                  now: datetime | None = None) -> None:
    """The notice was sent (or said): kept on the order with its text and method."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    errors: list[InputError] = []
    if form.kind not in NOTICE_KIND_NAMES:
        errors.append(InputError("kind", QT_TRANSLATE_NOOP(
            "InputError", "Choose what the notice is about.")))
    if not form.text.strip():
        errors.append(InputError("text", QT_TRANSLATE_NOOP(
            "InputError", "The notice is empty; write what the customer is told.")))
    if form.method not in NOTICE_METHOD_NAMES:
        errors.append(InputError("method", QT_TRANSLATE_NOOP(
            "InputError", "Choose how the notice was sent: phone, SMS, WeChat or in person.")))
    sent_at = form.sent_at or now
    if sent_at > now:
        errors.append(InputError("sent_at", QT_TRANSLATE_NOOP(
            "InputError", "The time sent cannot be in the future.")))
    if errors:
        raise InputErrors(errors)
    note_event(session, actor, order_id, "notice", {
        "notice": form.kind, "language": form.language, "text": form.text.strip(),
        "method": form.method}, sent_at, now)


@dataclass(frozen=True)
class SentNotice:
    at: datetime
    kind: str
    method: str
    text: str
    sent_by: str


def notices(session: Session, order_id: uuid.UUID) -> list[SentNotice]:
    """Every notice kept on the order, oldest first."""
    rows = session.scalars(select(OrderEvent).where(
        OrderEvent.order_id == order_id, OrderEvent.kind == "notice").order_by(OrderEvent.at))
    return [SentNotice(r.at, r.data.get("notice", ""), r.data.get("method", ""),
                       r.data.get("text", ""), r.user_name) for r in rows]
