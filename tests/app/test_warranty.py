"""The legal warranty by repair type, and the shop's longer promise."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import InputError
from app.domain.warranty import WarrantyTerm, check_promise, term_for, warranty_from


@pytest.mark.parametrize(("repair_type", "km", "days"), [
    ("vehicle_overhaul", 20_000, 100), ("assembly_overhaul", 20_000, 100),
    ("secondary_maintenance", 5_000, 30), ("primary_maintenance", 2_000, 10),
    ("minor_repair", 2_000, 10), ("special_repair", 2_000, 10),
])
def test_each_repair_type_carries_the_laws_minimum(repair_type: str, km: int, days: int) -> None:
    assert term_for(repair_type) == WarrantyTerm(km, days)


def test_whichever_limit_comes_first_ends_the_warranty() -> None:
    w = warranty_from("minor_repair", date(2026, 12, 1), 52_000)
    assert w is not None and (w.until_on, w.until_km) == (date(2026, 12, 10), 54_000)
    assert w.covers(date(2026, 12, 10), 53_999)
    assert not w.covers(date(2026, 12, 11), 52_100)  # the days ran out
    assert not w.covers(date(2026, 12, 5), 54_001)  # the kilometres ran out
    assert not w.covers(date(2026, 11, 30))


def test_no_regulated_repair_type_no_legal_warranty() -> None:
    assert warranty_from(None, date(2026, 12, 1), 1000) is None
    assert term_for("detailing") is None


def test_the_shop_may_promise_more_never_less() -> None:
    longer = {"minor_repair": WarrantyTerm(3_000, 30)}
    assert term_for("minor_repair", longer) == WarrantyTerm(3_000, 30)
    assert check_promise("minor_repair", WarrantyTerm(3_000, 30)) == WarrantyTerm(3_000, 30)
    with pytest.raises(InputError) as refused:
        check_promise("vehicle_overhaul", WarrantyTerm(20_000, 90))
    assert "20000 km or 100 days" in refused.value.text()
