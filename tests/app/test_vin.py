"""VINs: the check digit, decoding maker and model year, refusing what cannot be a VIN."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputError
from app.domain.vin import (
    WMI_MAKERS,
    VinCheck,
    check_vin,
    make_vin,
    model_year,
    normalize_vin,
    vin_check_digit,
    with_check_digit,
    year_code,
)

TODAY = date(2026, 11, 22)
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
# ISO 3779 transliteration written out independently of the code under test.
SAME_VALUE = ["AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ"]
VALUE = {c: int(c) for c in "0123456789"} | {
    letter: value for value, letters in enumerate(SAME_VALUE, start=1) for letter in letters
}


@pytest.mark.parametrize(
    ("vin", "digit"),
    [
        ("1M8GDM9AXKP042788", "X"),  # the classic example of the US standard
        ("11111111111111111", "1"),
        ("1HGCM82633A004352", "3"),  # 2003 Honda Accord
        ("JH4KA7561PC008269", "1"),  # 1993 Acura Legend
        ("LSVAU218XN2183294", "X"),  # worked by hand: 351 mod 11 = 10
    ],
)
def test_check_digit_of_real_vins(vin: str, digit: str) -> None:
    assert vin_check_digit(vin) == digit
    assert check_vin(vin, TODAY).check_digit_ok


def test_check_vin_decodes_a_chinese_vin() -> None:
    assert check_vin(" lsvau 218x n2183294 ", TODAY) == VinCheck(
        vin="LSVAU218XN2183294",
        check_digit_ok=True,
        expected_check_digit="X",
        maker="SAIC Volkswagen",
        model_year=2022,
    )


def test_mismatch_is_reported_not_refused() -> None:
    # European cars often carry no check digit: a Z at position 9.
    result = check_vin("WP0ZZZ99ZTS392124", date(2020, 1, 1))
    assert not result.check_digit_ok
    assert result.expected_check_digit == "8"
    assert result.maker == "Porsche"
    assert result.model_year == 1996


def test_misread_character_shows_as_mismatch_with_the_expected_digit() -> None:
    result = check_vin("1M8GDM9AXKP042789", TODAY)  # last digit misread
    assert not result.check_digit_ok
    assert result.expected_check_digit == vin_check_digit("1M8GDM9AXKP042789")


def test_unknown_maker_is_none() -> None:
    assert check_vin("11111111111111111", TODAY).maker is None


def test_fullwidth_vin_is_normalised() -> None:
    assert normalize_vin("ＬＳＶａｕ２１８ｘ\u3000Ｎ２１８３２９４") == "LSVAU218XN2183294"


@pytest.mark.parametrize(
    ("typed", "fragment", "params"),
    [
        ("", "Enter the VIN", {}),
        ("   ", "Enter the VIN", {}),
        ("1M8GDM9AXKP04278", "a VIN has 17", {"n": 16}),
        ("1M8GDM9AXKP0427888", "a VIN has 17", {"n": 18}),
        ("LSV", "a VIN has 17", {"n": 3}),
        ("1M8GDM9AXKP0427I8", "never uses", {"position": 16, "letter": "I", "digit": "1"}),
        ("1M8GDM9AXKPO42788", "never uses", {"position": 12, "letter": "O", "digit": "0"}),
        ("1M8GDMQAXKP042788", "never uses", {"position": 7, "letter": "Q", "digit": "0"}),
        ("1M8GDM9AXKP04278O8", "never uses", {"letter": "O"}),  # also too long: char first
        ("1M8-GDM9AXKP042788", "only digits and capital letters", {"position": 4, "char": "-"}),
        ("LSV车U218XN2183294", "only digits and capital letters", {"position": 4, "char": "车"}),
        ("LSVAU218XN218329*", "only digits and capital letters", {"position": 17}),
    ],
)
def test_refused_vins_say_what_is_wrong(typed: str, fragment: str, params: dict) -> None:
    with pytest.raises(InputError) as caught:
        check_vin(typed, TODAY)
    assert caught.value.field == "vin"
    assert fragment in caught.value.text()
    assert params.items() <= caught.value.params.items()


@pytest.mark.parametrize(
    ("code", "today", "year"),
    [
        ("A", TODAY, 2010),
        ("H", TODAY, 2017),
        ("J", TODAY, 2018),
        ("N", TODAY, 2022),
        ("P", TODAY, 2023),
        ("T", TODAY, 2026),
        ("V", TODAY, 2027),  # next year's models are on sale
        ("W", TODAY, 1998),  # 2028 is too far ahead
        ("Y", TODAY, 2000),
        ("1", TODAY, 2001),
        ("9", TODAY, 2009),
        ("A", date(2009, 6, 1), 2010),
        ("A", date(2008, 6, 1), 1980),
        ("W", date(2027, 1, 1), 2028),
        ("0", TODAY, None),
        ("U", TODAY, None),
        ("Z", TODAY, None),
    ],
)
def test_model_year(code: str, today: date, year: int | None) -> None:
    assert model_year(code, today) == year


def test_check_vin_uses_today_by_default() -> None:
    assert check_vin("LSVAU218XN2183294").model_year == 2022


def test_with_check_digit_and_make_vin() -> None:
    assert with_check_digit("1M8GDM9A0KP042788") == "1M8GDM9AXKP042788"
    assert make_vin("LSV", "AU218", 2022, "2", "183294") == "LSVAU218XN2183294"
    with pytest.raises(ValueError):
        make_vin("LSV", "AU21", 2022, "2", "183294")


def test_year_code() -> None:
    assert year_code(2022) == "N"
    assert year_code(2001) == "1"
    assert year_code(1980) == year_code(2010) == "A"
    for year in (1979, 2040):
        with pytest.raises(ValueError):
            year_code(year)


def test_vin_check_digit_refuses_what_is_not_a_vin() -> None:
    with pytest.raises(ValueError):
        vin_check_digit("1M8GDM9AXKP04278")
    with pytest.raises(ValueError):
        vin_check_digit("1M8GDM9AXKP04278I")


def test_maker_table() -> None:
    assert len(WMI_MAKERS) >= 60
    assert all(len(wmi) == 3 and not set(wmi) & set("IOQ") for wmi in WMI_MAKERS)
    assert WMI_MAKERS["LRW"] == "Tesla Shanghai"


vins = st.text(alphabet=VIN_CHARS, min_size=17, max_size=17)


@given(vins)
def test_a_generated_vin_always_passes(vin: str) -> None:
    assert check_vin(with_check_digit(vin), TODAY).check_digit_ok


@given(vins, st.integers(0, 16).filter(lambda i: i != 8), st.sampled_from(VIN_CHARS))
def test_any_single_misread_is_detected(vin: str, position: int, char: str) -> None:
    valid = with_check_digit(vin)
    misread = valid[:position] + char + valid[position + 1 :]
    # Letters that transliterate to the same value (A and J are both 1) cannot be told apart.
    detected = check_vin(misread, TODAY).check_digit_ok is False
    assert detected == (VALUE[char] != VALUE[valid[position]])


@given(st.text())
def test_any_text_is_either_accepted_or_refused_with_a_message(text: str) -> None:
    _accepted_or_refused(text)


@given(st.text(alphabet=st.sampled_from("0123456789ABIOQXZ -车ａ"), max_size=20))
def test_near_misses_are_either_accepted_or_refused_with_a_message(text: str) -> None:
    _accepted_or_refused(text)


def _accepted_or_refused(text: str) -> None:
    try:
        check_vin(text)
    except InputError as error:
        assert error.field == "vin"
        assert error.text()
