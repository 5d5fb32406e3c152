"""The shop's handover rules a manager sets: the completion checklist, when the follow-up call
is due (2–7 days after pickup), and the warranty the shop promises above the law's minimum.

Kept apart from app/services/shop_rules (the estimate and check-in rules) and shown beside
them in the same Shop rules dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.domain.completion import DEFAULT_CHECKLIST
from app.domain.errors import InputError, InputErrors
from app.domain.handover import check_due_days
from app.domain.permissions import Permission
from app.domain.warranty import WarrantyTerm
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, completion, settings, warranties
from app.services.actor import Actor, require
from app.services.handover import due_days


@dataclass(frozen=True)
class HandoverRules:
    followup_days: int
    completion_checklist: tuple[str, ...]  # English source names of the default, or the shop's
    promised: dict[str, WarrantyTerm] = field(default_factory=dict)


@dataclass(frozen=True)
class HandoverRulesForm:
    followup_days: str
    completion_checklist: str  # one item a line; empty: the default
    promised: dict[str, tuple[str, str]]  # repair type → (km, days) as typed; blank: the law


def rules(session: Session) -> HandoverRules:
    return HandoverRules(due_days(session), tuple(completion.checklist_items(session)),
                         warranties.promised(session))


def check(form: HandoverRulesForm) -> HandoverRules:
    errors: list[InputError] = []
    days = 0
    try:
        days = check_due_days(form.followup_days)
    except InputError as e:
        errors.append(e)
    items = tuple(dict.fromkeys(" ".join(line.split())
                                for line in form.completion_checklist.splitlines()
                                if line.strip()))
    if any(len(item) > 60 for item in items):
        errors.append(InputError("completion_checklist", QT_TRANSLATE_NOOP(
            "InputError", "A checklist item is longer than 60 characters; shorten it.")))
    promised: dict[str, WarrantyTerm] = {}
    try:
        promised = warranties.check_promises(form.promised)
    except InputErrors as e:
        errors += e.errors
    if errors:
        raise InputErrors(errors)
    return HandoverRules(days, items or DEFAULT_CHECKLIST, promised)


def update(session: Session, actor: Actor, form: HandoverRulesForm) -> HandoverRules:
    """Store the handover rules (a manager's); nothing is stored when any is refused."""
    require(session, actor, Permission.SHOP_RULES)
    clean = check(form)
    before = rules(session)
    settings.put(session, "followup.due_days", clean.followup_days)
    settings.put(session, "completion.checklist",
                 None if clean.completion_checklist == DEFAULT_CHECKLIST
                 else list(clean.completion_checklist))
    warranties.set_promised(session, actor, form.promised)
    audit.record(session, actor, "shop", "rules", "handover_rules", *audit.changed_fields(
        snapshot(before), snapshot(clean)))
    return clean


def snapshot(r: HandoverRules) -> dict[str, object]:
    """The rules as plain values (the audit log's, and the Shop rules dialog's version check)."""
    return {"followup_days": r.followup_days, "completion_checklist": list(r.completion_checklist),
            "promised": {k: [t.km, t.days] for k, t in r.promised.items()}}
