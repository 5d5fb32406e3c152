"""Pricing: every order's lines add up to its totals to the fen, whatever the discounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputError
from app.domain.money import Money, vat_split
from app.domain.pricing import (
    PricedLine,
    format_quantity,
    order_totals,
    parse_discount,
    parse_quantity,
    within_authority,
)


@pytest.mark.parametrize(("text", "milli"), [
    ("1", 1000), ("1.5", 1500), ("0.25", 250), ("４.５", 4500), (" 2 ", 2000), ("1.500", 1500),
    (".5", 500),
])
def test_quantities_as_typed(text: str, milli: int) -> None:
    assert parse_quantity(text) == milli
    assert parse_quantity(format_quantity(milli)) == milli


@pytest.mark.parametrize("text", ["", "abc", "0", "1.2345", "-1", "1,5", "99999"])
def test_bad_quantities_are_refused_with_the_field(text: str) -> None:
    with pytest.raises(InputError) as e:
        parse_quantity(text, "line_2.quantity")
    assert e.value.field == "line_2.quantity"


def test_discounts_in_yuan_or_percent() -> None:
    assert parse_discount("20", 10000) == 2000
    assert parse_discount("¥15.5", 10000) == 1550
    assert parse_discount("10%", 12345) == 1235  # half up to the fen
    assert parse_discount("", 500) == 0
    for bad in ("120%", "-5", "abc%", "200"):
        with pytest.raises(InputError):
            parse_discount(bad, 10000)


def test_totals_split_by_kind_and_leave_out_declined_and_awaiting_lines() -> None:
    lines = [
        PricedLine("labor", 1500, 12000),  # 1.5 h × ¥120 = ¥180
        PricedLine("part", 4500, 6800, discount_fen=600),  # 4.5 L × ¥68 = ¥306 − ¥6
        PricedLine("fee", 1000, 2000),
        PricedLine("part", 1000, 50000, approval="declined"),
        PricedLine("labor", 1000, 12000, approval="awaiting"),
    ]
    t = order_totals(lines, order_discount_fen=1000)
    assert (t.labor_fen, t.parts_fen, t.other_fen) == (18000, 30600, 2000)
    assert t.total_fen == 18000 + 30600 + 2000 - 600 - 1000
    assert t.vat_fen == vat_split(Money(t.total_fen))[1].fen
    assert (t.declined_fen, t.awaiting_fen) == (50000, 12000)
    assert t.discount_fen == 1600


money = st.integers(min_value=0, max_value=500_000)


@given(st.lists(st.tuples(st.sampled_from(["labor", "part", "sublet", "fee"]),
                          st.integers(min_value=1, max_value=20_000), money,
                          st.integers(min_value=0, max_value=100)), min_size=1, max_size=60),
       st.integers(min_value=0, max_value=100), st.booleans())
def test_lines_always_add_up_to_the_total(raw, order_pct, inclusive) -> None:  # type: ignore[no-untyped-def]
    lines = []
    for kind, qty, price, pct in raw:
        gross = PricedLine(kind, qty, price).gross_fen
        lines.append(PricedLine(kind, qty, price, discount_fen=gross * pct // 100))
    before_order = sum(x.total_fen for x in lines)
    order_discount = before_order * order_pct // 100
    t = order_totals(lines, order_discount, 1300, inclusive)
    expected = before_order - order_discount
    if inclusive:
        assert t.total_fen == expected
        assert 0 <= t.vat_fen <= t.total_fen
    else:
        assert t.total_fen == expected + t.vat_fen
    assert t.gross_fen - t.discount_fen == expected


def test_discount_authority_compares_the_whole_discount_with_the_limit() -> None:
    t = order_totals([PricedLine("labor", 1000, 10000, discount_fen=1000)])
    assert within_authority(t, 1000)
    t = order_totals([PricedLine("labor", 1000, 10000, discount_fen=1001)])
    assert not within_authority(t, 1000)
