"""Money in fen: parsing, formatting, arithmetic, VAT and exact splits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputError
from app.domain.money import (
    MAX_PARSED_FEN,
    ZERO,
    Money,
    allocate,
    percent_of,
    sum_money,
    vat_split,
)

fens = st.integers(min_value=-MAX_PARSED_FEN, max_value=MAX_PARSED_FEN)
rates = st.integers(min_value=0, max_value=3000)


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("12", 1200),
        ("12.5", 1250),
        ("12.50", 1250),
        ("0.01", 1),
        ("0", 0),
        ("-0", 0),
        (".5", 50),
        ("12.", 1200),
        ("¥1,234.56", 123456),
        ("￥1,234.56", 123456),
        ("1,234,567.89", 123456789),
        ("1234.56元", 123456),
        ("１２３４．５６", 123456),
        ("１，２３４．５６元", 123456),
        ("-3.20", -320),
        ("−3.20", -320),
        ("¥-3.20", -320),
        ("-¥3.20", -320),
        ("+5", 500),
        (" 12 ", 1200),
        ("¥ 12", 1200),
        ("RMB 88", 8800),
        ("12.500", 1250),  # trailing zeros lose nothing
    ],
)
def test_parse(typed: str, fen: int) -> None:
    assert Money.parse(typed) == Money(fen)


@pytest.mark.parametrize(
    ("typed", "fragment", "params"),
    [
        ("", "Enter an amount", {}),
        ("   ", "Enter an amount", {}),
        ("abc", "not a number of yuan", {"amount": "abc"}),
        ("¥", "not a number of yuan", {}),
        (".", "not a number of yuan", {}),
        ("1.2.3", "not a number of yuan", {}),
        ("1e3", "not a number of yuan", {}),
        ("--3", "not a number of yuan", {}),
        ("-¥-3", "not a number of yuan", {}),
        ("12元5角", "not a number of yuan", {}),
        ("3.2.", "not a number of yuan", {}),
        ("12.345", "at most 2", {"n": 3, "suggestion": "12.35"}),
        ("12.344", "at most 2", {"suggestion": "12.34"}),
        ("0.001", "at most 2", {"n": 3, "suggestion": "0.00"}),
        ("1.23456", "at most 2", {"n": 5}),
        ("1,2", "comma in the wrong place", {}),
        ("12,34.5", "comma in the wrong place", {}),
        ("1234,567", "comma in the wrong place", {}),
        ("99999999999", "too large", {}),
        ("-99999999999", "too large", {}),
    ],
)
def test_parse_refuses(typed: str, fragment: str, params: dict) -> None:
    with pytest.raises(InputError) as caught:
        Money.parse(typed)
    assert caught.value.field == "amount"
    assert fragment in caught.value.text()
    assert params.items() <= caught.value.params.items()


@pytest.mark.parametrize(
    ("fen", "plain", "yuan"),
    [
        (0, "0.00", "¥0.00"),
        (5, "0.05", "¥0.05"),
        (-5, "-0.05", "-¥0.05"),
        (100, "1.00", "¥1.00"),
        (123456, "1234.56", "¥1,234.56"),
        (-320, "-3.20", "-¥3.20"),
        (123456789, "1234567.89", "¥1,234,567.89"),
    ],
)
def test_formatting(fen: int, plain: str, yuan: str) -> None:
    assert str(Money(fen)) == plain
    assert Money(fen).format_yuan() == yuan


def test_arithmetic() -> None:
    assert Money(150) + Money(250) == Money(400)
    assert Money(150) - Money(250) == Money(-100)
    assert Money(150) * 3 == 3 * Money(150) == Money(450)
    assert -Money(150) == Money(-150)
    assert abs(Money(-150)) == Money(150)
    assert not ZERO
    assert Money(1)


@pytest.mark.parametrize("bad", [1.5, True, "100", None])
def test_money_holds_only_int_fen(bad: object) -> None:
    with pytest.raises(TypeError):
        Money(bad)  # type: ignore[arg-type]


def test_no_mixing_with_other_types() -> None:
    with pytest.raises(TypeError):
        Money(100) + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        Money(100) * 1.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        Money(100) * True  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = Money(100) < 200  # type: ignore[operator]


def test_ordering_and_hashing() -> None:
    amounts = [Money(300), Money(-5), Money(20)]
    assert sorted(amounts) == [Money(-5), Money(20), Money(300)]
    assert max(amounts) == Money(300)
    assert len({Money(1), Money(1), Money(2)}) == 2


def test_sum_money() -> None:
    assert sum_money([]) == ZERO
    assert sum_money(Money(f) for f in (1, 2, 3)) == Money(6)
    with pytest.raises(TypeError):
        sum_money([Money(1), 2])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("fen", "bp", "result"),
    [
        (1000, 1500, 150),
        (333, 1000, 33),
        (335, 1000, 34),  # 33.5 rounds half up
        (-335, 1000, -34),  # and away from zero below it
        (1, 5000, 1),
        (1, 4999, 0),
        (12345, 10000, 12345),
        (12345, 0, 0),
    ],
)
def test_percent_of(fen: int, bp: int, result: int) -> None:
    assert percent_of(Money(fen), bp) == Money(result)


@pytest.mark.parametrize(
    ("gross", "rate_bp", "net", "vat"),
    [
        (11300, 1300, 10000, 1300),
        (100, 1300, 88, 12),  # 11.504 fen of VAT
        (1, 1300, 1, 0),
        (0, 1300, 0, 0),
        (10600, 600, 10000, 600),
        (-11300, 1300, -10000, -1300),  # a reversal mirrors the original
        (999, 0, 999, 0),
    ],
)
def test_vat_split_inclusive(gross: int, rate_bp: int, net: int, vat: int) -> None:
    assert vat_split(Money(gross), rate_bp) == (Money(net), Money(vat))


@pytest.mark.parametrize(
    ("net", "rate_bp", "vat"),
    [(10000, 1300, 1300), (1, 1300, 0), (5, 1300, 1), (4, 1300, 1), (3, 1300, 0)],
)
def test_vat_split_exclusive(net: int, rate_bp: int, vat: int) -> None:
    assert vat_split(Money(net), rate_bp, inclusive=False) == (Money(net), Money(vat))


def test_vat_default_rate_is_13_percent() -> None:
    assert vat_split(Money(11300)) == (Money(10000), Money(1300))
    with pytest.raises(ValueError):
        vat_split(Money(100), -1)


@pytest.mark.parametrize(
    ("total", "weights", "parts"),
    [
        (100, [1, 1, 1], [34, 33, 33]),
        (10, [1, 2, 3], [2, 3, 5]),  # 1.67, 3.33, 5: the extra fen goes to the largest remainder
        (1, [1, 1], [1, 0]),  # a tie goes to the earlier line
        (-100, [1, 1, 1], [-34, -33, -33]),
        (1000, [Money(3000), Money(5000), Money(2000)], [300, 500, 200]),
        (500, [0, 7, 0], [0, 500, 0]),
        (0, [0, 0], [0, 0]),
        (0, [], []),
        (7, [5], [7]),
    ],
)
def test_allocate(total: int, weights: list, parts: list[int]) -> None:
    assert allocate(Money(total), weights) == [Money(p) for p in parts]


@pytest.mark.parametrize(("total", "weights"), [(5, [0, 0]), (5, []), (5, [3, -1])])
def test_allocate_refuses_impossible_splits(total: int, weights: list[int]) -> None:
    with pytest.raises(ValueError):
        allocate(Money(total), weights)


@given(fens, rates)
def test_inclusive_vat_parts_add_up_and_vat_is_rounded_correctly(gross: int, rate: int) -> None:
    net, vat = vat_split(Money(gross), rate)
    assert net + vat == Money(gross)
    # vat is the exact VAT rounded to the nearest fen
    assert abs(vat.fen * (10000 + rate) - gross * rate) * 2 <= 10000 + rate


@given(fens, rates)
def test_exclusive_vat_is_rounded_correctly(net: int, rate: int) -> None:
    same_net, vat = vat_split(Money(net), rate, inclusive=False)
    assert same_net == Money(net)
    assert abs(vat.fen * 10000 - net * rate) * 2 <= 10000


@given(fens, st.lists(st.integers(0, 10**9), min_size=1, max_size=30).filter(any))
def test_allocation_adds_up_exactly_and_each_part_is_within_a_fen(
    total: int, weights: list[int]
) -> None:
    parts = allocate(Money(total), weights)
    assert sum_money(parts) == Money(total)
    weight_sum = sum(weights)
    for part, weight in zip(parts, weights, strict=True):
        assert abs(part.fen * weight_sum - total * weight) < weight_sum


@given(fens)
def test_formatted_amounts_parse_back(fen: int) -> None:
    assert Money.parse(str(Money(fen))) == Money(fen)
    assert Money.parse(Money(fen).format_yuan()) == Money(fen)
