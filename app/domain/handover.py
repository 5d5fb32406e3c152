"""Handover rules (交车): what differs from the check-in, odometer out, follow-up due day.

The walk-around at pickup is compared with the signed check-in: marks found now are "new at
pickup" and numbered on after the check-in's; the record lists every difference (new marks,
kilometres driven in the shop, fuel, belongings not returned) so a dispute about a "new
scratch" has an answer on paper. Pure rules: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain.checkin import MARK_KINDS, odometer_error, rounded
from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP

FOLLOW_UP_DAYS = range(2, 8)  # the follow-up call is due 2 to 7 days after pickup

# How each difference reads; the record keeps the kind and its numbers, the words are
# translated where it is shown (context "Difference").
DIFFERENCE_TEXTS: dict[str, str] = {
    "new_mark": QT_TRANSLATE_NOOP("Difference", "New at pickup: mark {number}, {kind} {note}"),
    "driven": QT_TRANSLATE_NOOP("Difference", "Driven while in the shop: {km} km "
                                "({before} → {after})"),
    "fuel": QT_TRANSLATE_NOOP("Difference", "Fuel: {before}/8 at check-in, {after}/8 now"),
    "battery": QT_TRANSLATE_NOOP("Difference", "Battery: {before} % at check-in, {after} % now"),
    "belongings": QT_TRANSLATE_NOOP("Difference", "Belongings not all returned: {note}"),
}


@dataclass(frozen=True)
class PickupFacts:
    """What the walk-around at pickup found (the check-in's values are compared with it)."""

    odometer_out_km: int | None = None
    fuel_eighths_out: int | None = None
    battery_percent_out: int | None = None
    new_marks: tuple[dict[str, Any], ...] = ()  # {"x", "y", "kind", "note"}
    belongings_returned: bool = True
    belongings_note: str = ""


def check_pickup(facts: PickupFacts, odometer_in_km: int | None) -> list[InputError]:
    """What is wrong with the walk-around as typed, as refusals (empty: fine)."""
    errors: list[InputError] = []
    out = facts.odometer_out_km
    too_large = odometer_error("odometer_out", out)
    if too_large is not None:
        errors.append(too_large)
    elif out is not None and odometer_in_km is not None and out < odometer_in_km:
        errors.append(InputError("odometer_out", QT_TRANSLATE_NOOP(
            "InputError", "The odometer cannot read less than at check-in ({km} km); "
            "read it again."), km=odometer_in_km))
    for mark in facts.new_marks:
        x, y = mark.get("x"), mark.get("y")
        if mark.get("kind") not in MARK_KINDS or not (
                isinstance(x, int | float) and isinstance(y, int | float)
                and 0 <= x <= 1 and 0 <= y <= 1):
            errors.append(InputError("marks", QT_TRANSLATE_NOOP(
                "InputError", "A damage mark lies off the diagram or has no kind; place it "
                "again.")))
            break
    if not facts.belongings_returned and not facts.belongings_note.strip():
        errors.append(InputError("belongings", QT_TRANSLATE_NOOP(
            "InputError", "Say which belongings were not returned, and why.")))
    return errors


def numbered_marks(new_marks: Sequence[dict[str, Any]], after: int) -> list[dict[str, Any]]:
    """The marks found at pickup numbered on after the check-in's `after` marks."""
    return [{"number": after + i, "x": rounded(float(m["x"])), "y": rounded(float(m["y"])),
             "kind": m["kind"], "note": str(m.get("note", "")).strip(), "new": True}
            for i, m in enumerate(new_marks, start=1)]


def differences(facts: PickupFacts, marks: Sequence[dict[str, Any]],
                odometer_in_km: int | None, fuel_in: int | None,
                battery_in: int | None) -> list[dict[str, Any]]:
    """Every difference between the check-in and the pickup, as {"kind", …numbers}."""
    found: list[dict[str, Any]] = [
        {"kind": "new_mark", "number": m["number"], "mark": m["kind"], "note": m["note"]}
        for m in marks]
    out = facts.odometer_out_km
    if out is not None and odometer_in_km is not None and out != odometer_in_km:
        found.append({"kind": "driven", "km": out - odometer_in_km, "before": odometer_in_km,
                      "after": out})
    if facts.fuel_eighths_out is not None and fuel_in is not None and \
            facts.fuel_eighths_out != fuel_in:
        found.append({"kind": "fuel", "before": fuel_in, "after": facts.fuel_eighths_out})
    if facts.battery_percent_out is not None and battery_in is not None and \
            facts.battery_percent_out != battery_in:
        found.append({"kind": "battery", "before": battery_in,
                      "after": facts.battery_percent_out})
    if not facts.belongings_returned:
        found.append({"kind": "belongings", "note": facts.belongings_note.strip()})
    return found


def difference_text(entry: dict[str, Any], translate: Any = None,
                    mark_name: Any = None) -> str:
    """One difference in words: `translate(context, text)` gives the language (default
    English), `mark_name(kind)` the damage kind's name."""
    translate_ = translate or (lambda _c, text: text)
    kind = entry.get("kind", "")
    template = DIFFERENCE_TEXTS.get(kind)
    if template is None:
        return str(entry)
    params = {k: v for k, v in entry.items() if k != "kind"}
    if kind == "new_mark":
        name = MARK_KINDS.get(entry.get("mark", ""), entry.get("mark", ""))
        params["kind"] = (mark_name(entry.get("mark", "")) if mark_name
                          else translate_("MarkKind", name))
    if "km" in params:
        params["km"] = f"{params['km']:,}"
    for key in ("before", "after"):
        if kind == "driven" and key in params:
            params[key] = f"{params[key]:,}"
    return str(translate_("Difference", template)).format(**params).strip()


def follow_up_due(delivered_on: date, due_days: int) -> date:
    """The day the follow-up call is due: `due_days` (2..7) after the car left."""
    return delivered_on + timedelta(days=due_days)


def check_due_days(value: object) -> int:
    """The follow-up delay as a setting: refused outside 2..7 days."""
    try:
        days = int(str(value).strip())
    except ValueError:
        days = 0
    if days not in FOLLOW_UP_DAYS:
        raise InputError("followup_days", QT_TRANSLATE_NOOP(
            "InputError", "The follow-up call is due 2 to 7 days after pickup."))
    return days
