"""Words the desk shows, checked at the rules: makers in both languages, an odometer too large
said as too large, the program's own reasons on the timeline given as translatable texts."""

from __future__ import annotations

import uuid

import pytest

from app.domain.checkin import MAX_ODOMETER_KM
from app.domain.errors import InputErrors
from app.domain.handover import PickupFacts, check_pickup
from app.domain.vin import MAKER_NAMES_ZH, WMI_MAKERS, check_vin, maker_name
from app.services.orders import ReceptionForm, check_reception
from app.services.timeline import status_reason


def test_every_maker_has_its_chinese_name() -> None:
    assert set(WMI_MAKERS.values()) <= set(MAKER_NAMES_ZH)
    result = check_vin("LSVAU2180N2183294")
    assert result.maker == "SAIC Volkswagen"
    assert maker_name(result.maker, chinese=True) == "上汽大众"
    assert maker_name(result.maker, chinese=False) == "SAIC Volkswagen"


@pytest.mark.parametrize("typed", ["12345678901", "3000001"])
def test_an_odometer_too_large_is_refused_as_too_large_with_the_limit(typed: str) -> None:
    form = ReceptionForm(uuid.uuid4(), uuid.uuid4(), mileage=typed)
    with pytest.raises(InputErrors) as refused:
        check_reception(form, last_mileage_km=50_000)
    [error] = refused.value.errors
    assert "too large" in error.message and "less than" not in error.message
    assert error.params["most"] == f"{MAX_ODOMETER_KM:,}"
    [out] = check_pickup(PickupFacts(int(typed), 4), odometer_in_km=50_000)
    assert "too large" in out.message and out.params["km"] == f"{int(typed):,}"


def test_the_programs_own_reasons_are_texts_to_translate_a_persons_are_kept() -> None:
    assert status_reason("work started") == ("work started", {})
    assert status_reason("reception") == ("reception", {})
    assert status_reason("estimate") == ("estimate sent", {})
    assert status_reason("parts arrived: 刹车片") == ("parts arrived: {part}", {"part": "刹车片"})
    assert status_reason("张三 (phone), 1 declined") == (
        "{given_by} ({consent_method}), {n} declined",
        {"given_by": "张三", "consent_method": "By phone", "n": "1"})
    assert status_reason("客户临时有事") == ("", {})
