"""The shop's rules a manager sets: hourly rate, the advisor's discount limit, the printed terms,
how long an estimate holds, the check-in checklist, and which papers must be signed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain.checkin import DEFAULT_CHECKLIST, SIGNED_PAPERS
from app.domain.errors import InputError, InputErrors
from app.domain.money import Money
from app.domain.permissions import Permission
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, handover_rules, settings, versions
from app.services.actor import Actor, require
from app.services.handover_rules import HandoverRules, HandoverRulesForm
from app.services.versions import Stamp


@dataclass(frozen=True)
class ShopRules:
    hourly_rate_fen: int
    advisor_limit_bp: int
    estimate_valid_days: int
    terms: str
    checklist: tuple[str, ...]  # English source names of the default, or the shop's own
    mandatory_signatures: tuple[str, ...]


@dataclass(frozen=True)
class RulesForm:
    """The rules as typed (yuan and percent as text)."""

    hourly_rate: str
    advisor_limit_percent: str
    estimate_valid_days: str
    terms: str
    checklist: str  # one item a line; empty: the default checklist
    mandatory_signatures: tuple[str, ...]


def rules(session: Session) -> ShopRules:
    custom = settings.get(session, "checkin.checklist")
    return ShopRules(
        int(settings.get(session, "labor.hourly_rate_fen")),
        int(settings.get(session, "discount.advisor_limit_bp")),
        int(settings.get(session, "estimate.valid_days")),
        str(settings.get(session, "print.terms") or ""),
        tuple(custom) if custom else DEFAULT_CHECKLIST,
        tuple(settings.get(session, "signatures.mandatory") or ()),
    )


def check_rules(form: RulesForm) -> ShopRules:
    errors: list[InputError] = []
    rate = 0
    try:
        rate = Money.parse(form.hourly_rate).fen
        if not 0 < rate <= 100_000:
            raise InputError("hourly_rate", "")
    except InputError:
        errors.append(InputError("hourly_rate", QT_TRANSLATE_NOOP(
            "InputError", "Type the hourly rate in yuan, more than 0, e.g. 120.")))
    limit = _percent_bp(form.advisor_limit_percent)
    if limit is None:
        errors.append(InputError("advisor_limit", QT_TRANSLATE_NOOP(
            "InputError", "Type the advisor's discount limit as a percentage from 0 to 100, "
            "e.g. 10.")))
    days = form.estimate_valid_days.strip()
    if not days.isdigit() or not 1 <= int(days) <= 365:
        errors.append(InputError("valid_days", QT_TRANSLATE_NOOP(
            "InputError", "An estimate holds for 1 to 365 days.")))
    items = tuple(dict.fromkeys(" ".join(line.split()) for line in form.checklist.splitlines()
                                if line.strip()))
    if any(len(item) > 40 for item in items):
        errors.append(InputError("checklist", QT_TRANSLATE_NOOP(
            "InputError", "A checklist item is longer than 40 characters; shorten it.")))
    unknown = [p for p in form.mandatory_signatures if p not in SIGNED_PAPERS]
    if unknown:
        errors.append(InputError("signatures", QT_TRANSLATE_NOOP(
            "InputError", "Choose the papers from the list.")))
    if errors:
        raise InputErrors(errors)
    return ShopRules(rate, limit or 0, int(days), form.terms.strip(), items or DEFAULT_CHECKLIST,
                     tuple(p for p in SIGNED_PAPERS if p in form.mandatory_signatures))


def update_rules(session: Session, actor: Actor, form: RulesForm) -> ShopRules:
    require(session, actor, Permission.SHOP_RULES)
    clean = check_rules(form)
    before = rules(session)
    settings.put(session, "labor.hourly_rate_fen", clean.hourly_rate_fen)
    settings.put(session, "discount.advisor_limit_bp", clean.advisor_limit_bp)
    settings.put(session, "estimate.valid_days", clean.estimate_valid_days)
    settings.put(session, "print.terms", clean.terms)
    settings.put(session, "checkin.checklist",
                 None if clean.checklist == DEFAULT_CHECKLIST else list(clean.checklist))
    settings.put(session, "signatures.mandatory", list(clean.mandatory_signatures))
    audit.record(session, actor, "shop", "rules", "update", *audit.changed_fields(
        _snapshot(before), _snapshot(clean)))
    return clean


GROUP = "shop_rules"  # the version of everything the Shop rules dialog shows
RECORD_NAME = QT_TRANSLATE_NOOP("Record", "shop rules")
FIELD_LABELS = {
    "hourly_rate_fen": QT_TRANSLATE_NOOP("Field", "hourly rate"),
    "advisor_limit_bp": QT_TRANSLATE_NOOP("Field", "advisor's discount limit"),
    "estimate_valid_days": QT_TRANSLATE_NOOP("Field", "estimate valid for"),
    "terms": QT_TRANSLATE_NOOP("Field", "printed terms"),
    "checklist": QT_TRANSLATE_NOOP("Field", "check-in checklist"),
    "mandatory_signatures": QT_TRANSLATE_NOOP("Field", "papers to sign"),
    "followup_days": QT_TRANSLATE_NOOP("Field", "follow-up call"),
    "completion_checklist": QT_TRANSLATE_NOOP("Field", "completion checklist"),
    "promised": QT_TRANSLATE_NOOP("Field", "promised warranty"),
}


@dataclass(frozen=True)
class RulesEdit:
    """What the Shop rules dialog loads: both groups of rules and the stamp of them together."""

    rules: ShopRules
    handover: HandoverRules
    stamp: Stamp


def editing(session: Session) -> RulesEdit:
    return RulesEdit(rules(session), handover_rules.rules(session),
                     versions.settings_stamp(session, GROUP, _values(session)))


def save(session: Session, actor: Actor, form: RulesForm, handover: HandoverRulesForm, *,
         loaded: Stamp | None = None) -> None:
    """The Shop rules dialog's save: both groups in one unit of work.

    Refused (StaleRecord: who, when, which rules) when another desk saved them since `loaded`.
    """
    require(session, actor, Permission.SHOP_RULES)
    before = _values(session)
    versions.check_settings(session, GROUP, loaded, before, what=RECORD_NAME,
                            labels=FIELD_LABELS)
    update_rules(session, actor, form)
    handover_rules.update(session, actor, handover)
    if _values(session) != before:
        versions.saved_settings(session, GROUP, actor)


def _values(session: Session) -> dict[str, object]:
    return {**_snapshot(rules(session)), **handover_rules.snapshot(handover_rules.rules(session))}


def _snapshot(r: ShopRules) -> dict[str, object]:
    return {"hourly_rate_fen": r.hourly_rate_fen, "advisor_limit_bp": r.advisor_limit_bp,
            "estimate_valid_days": r.estimate_valid_days, "terms": r.terms,
            "checklist": list(r.checklist), "mandatory_signatures": list(r.mandatory_signatures)}


def _percent_bp(text: str) -> int | None:
    cleaned = text.strip().removesuffix("%").strip()
    try:
        value = round(float(cleaned) * 100)
    except ValueError:
        return None
    return value if 0 <= value <= 10_000 and cleaned.replace(".", "", 1).isdigit() else None
