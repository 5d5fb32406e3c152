"""The handover rules: follow-up delay 2..7 days, the completion checklist, warranty promises
never below the law; refused as a whole, nothing half-saved."""

from __future__ import annotations

import pytest

from app.domain.errors import InputErrors
from app.domain.permissions import NotAllowed
from app.domain.warranty import WarrantyTerm
from app.services import completion, handover_rules, settings
from app.services.handover_rules import HandoverRulesForm


def test_defaults(database, admin) -> None:  # type: ignore[no-untyped-def]
    with database.read() as s:
        rules = handover_rules.rules(s)
    assert rules.followup_days == 3 and rules.promised == {}
    assert rules.completion_checklist[2] == "Road test"


def test_rules_are_saved(database, manager) -> None:  # type: ignore[no-untyped-def]
    form = HandoverRulesForm("5", "路试\n车辆清洁\n路试", {
        "vehicle_overhaul": ("30000", "180"), "minor_repair": ("", "")})
    with database.write() as s:
        handover_rules.update(s, manager, form)
    with database.read() as s:
        rules = handover_rules.rules(s)
        assert completion.checklist_items(s) == ["路试", "车辆清洁"]
        assert settings.get(s, "warranty.promised") == {"vehicle_overhaul": [30000, 180]}
    assert rules.followup_days == 5
    assert rules.promised == {"vehicle_overhaul": WarrantyTerm(30000, 180)}


def test_below_the_law_and_outside_two_to_seven_days_refused_together(database, manager) -> None:  # type: ignore[no-untyped-def]
    form = HandoverRulesForm("9", "", {"secondary_maintenance": ("4000", "30")})
    with pytest.raises(InputErrors) as refused, database.write() as s:
        handover_rules.update(s, manager, form)
    assert {e.field for e in refused.value.errors} == {"followup_days", "secondary_maintenance"}
    with database.read() as s:
        assert handover_rules.rules(s).followup_days == 3


def test_only_a_manager_sets_them(database, advisor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotAllowed), database.write() as s:
        handover_rules.update(s, advisor, HandoverRulesForm("3", "", {}))
