"""The shop's rules: checked as typed, stored as settings the services then follow."""

from __future__ import annotations

import pytest

from app.domain.checkin import DEFAULT_CHECKLIST
from app.domain.errors import InputErrors
from app.domain.permissions import NotAllowed
from app.services import checkin, shop_rules
from app.services.shop_rules import RulesForm

GOOD = RulesForm("150", "8", "10", "本店条款", "外观\n灯光\n  外观  \n雨刮", ("checkin", "pickup"))


def test_rules_are_stored_and_read_back(database, manager) -> None:  # type: ignore[no-untyped-def]
    with database.write() as s:
        shop_rules.update_rules(s, manager, GOOD)
    with database.read() as s:
        rules = shop_rules.rules(s)
        assert checkin.checklist_items(s) == ["外观", "灯光", "雨刮"]  # duplicates dropped
        assert checkin.signature_required(s, "pickup")
        assert not checkin.signature_required(s, "approval")
    assert (rules.hourly_rate_fen, rules.advisor_limit_bp, rules.estimate_valid_days) == (
        15000, 800, 10)


def test_an_empty_checklist_means_the_default(database, manager) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    with database.write() as s:
        shop_rules.update_rules(s, manager, replace(GOOD, checklist=""))
        assert shop_rules.rules(s).checklist == DEFAULT_CHECKLIST


@pytest.mark.parametrize(("field", "form"), [
    ("hourly_rate", RulesForm("abc", "8", "10", "", "", ())),
    ("hourly_rate", RulesForm("0", "8", "10", "", "", ())),
    ("advisor_limit", RulesForm("120", "120", "10", "", "", ())),
    ("advisor_limit", RulesForm("120", "x", "10", "", "", ())),
    ("valid_days", RulesForm("120", "8", "0", "", "", ())),
    ("checklist", RulesForm("120", "8", "7", "", "一" * 41, ())),
])
def test_bad_rules_are_refused_next_to_their_field(field: str, form: RulesForm) -> None:
    with pytest.raises(InputErrors) as e:
        shop_rules.check_rules(form)
    assert field in e.value.by_field()


def test_only_a_manager_sets_the_rules(database, advisor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotAllowed), database.write() as s:
        shop_rules.update_rules(s, advisor, GOOD)
