"""Chinese licence plates: normalising, checking each kind, refusing with a useful message."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputError
from app.domain.plate import (
    PROVINCES,
    Plate,
    check_plate,
    mask_plate,
    normalize_plate,
    plate_without_province,
)

VALID = [
    # ordinary
    ("湘A12345", "湘A12345", "湘", "ordinary"),
    ("京A88888", "京A88888", "京", "ordinary"),
    ("沪A5B7C2", "沪A5B7C2", "沪", "ordinary"),
    ("粤B·12345", "粤B12345", "粤", "ordinary"),
    ("川A 3K7L9", "川A3K7L9", "川", "ordinary"),
    ("浙a9f8e7", "浙A9F8E7", "浙", "ordinary"),
    ("苏E-12345", "苏E12345", "苏", "ordinary"),
    ("鄂Ａ０Ｅ１２３", "鄂A0E123", "鄂", "ordinary"),
    ("豫A00001", "豫A00001", "豫", "ordinary"),
    ("闽D.ABC12", "闽DABC12", "闽", "ordinary"),
    ("新A 123 45", "新A12345", "新", "ordinary"),
    ("蒙K12345", "蒙K12345", "蒙", "ordinary"),
    ("  湘A12345  ", "湘A12345", "湘", "ordinary"),
    # new-energy, small: office letter, energy letter, one character, 4 digits
    ("京AD12345", "京AD12345", "京", "new_energy"),
    ("京AF12345", "京AF12345", "京", "new_energy"),
    ("粤B·D01234", "粤BD01234", "粤", "new_energy"),
    ("沪AA12345", "沪AA12345", "沪", "new_energy"),
    ("浙ADA1234", "浙ADA1234", "浙", "new_energy"),
    ("湘AK12345", "湘AK12345", "湘", "new_energy"),
    ("川AJ12345", "川AJ12345", "川", "new_energy"),
    # new-energy, large: office letter, 5 digits, energy letter
    ("苏E12345D", "苏E12345D", "苏", "new_energy"),
    ("粤B12345F", "粤B12345F", "粤", "new_energy"),
    ("鲁B 00001 D", "鲁B00001D", "鲁", "new_energy"),
    # suffixed
    ("湘A1234挂", "湘A1234挂", "湘", "trailer"),
    ("鲁B5678挂", "鲁B5678挂", "鲁", "trailer"),
    ("湘A1234学", "湘A1234学", "湘", "learner"),
    ("京A0123学", "京A0123学", "京", "learner"),
    ("京A1234警", "京A1234警", "京", "police"),
    ("湘A·0110警", "湘A0110警", "湘", "police"),
    ("沪A0012领", "沪A0012领", "沪", "consulate"),
    ("粤A0034领", "粤A0034领", "粤", "consulate"),
    ("粤Z1234港", "粤Z1234港", "粤", "hk_macao"),
    ("粤Z·F023澳", "粤ZF023澳", "粤", "hk_macao"),
    ("粤ZA123港", "粤ZA123港", "粤", "hk_macao"),
    # embassy, old and current form
    ("使014578", "使014578", None, "embassy"),
    ("224 001 使", "224001使", None, "embassy"),
    # armed police
    ("WJ京12345", "WJ京12345", "京", "armed_police"),
    ("WJ01警1234", "WJ01警1234", None, "armed_police"),
    ("wj 京 1234 消", "WJ京1234消", "京", "armed_police"),
    ("WJ3212345", "WJ3212345", None, "armed_police"),
    # military
    ("VA12345", "VA12345", None, "military"),
    ("KA·12345", "KA12345", None, "military"),
    ("ＨＡ１２３４５", "HA12345", None, "military"),
]

INVALID = [
    # (typed, a piece of the message that says what is wrong, params it must carry)
    ("", "Enter the plate", {}),
    ("   ", "Enter the plate", {}),
    ("·-", "Enter the plate", {}),
    ("台A12345", "not a province abbreviation", {"char": "台"}),
    ("港A12345", "not a province abbreviation", {"char": "港"}),
    ("湖A12345", "not a province abbreviation", {"char": "湖"}),
    ("A12345", "starts with A", {"char": "A"}),
    ("1234567", "starts with 1", {"char": "1"}),
    ("湘", "characters after the province", {"n": 0}),
    ("湘A", "characters after the province", {"n": 1}),
    ("湘A1234", "characters after the province", {"n": 5}),
    ("湘A123", "characters after the province", {"n": 4}),
    ("湘A12345678", "characters after the province", {"n": 9}),
    ("湘A12I45", "never use I or O", {"letter": "I", "digit": "1"}),
    ("湘AO1234", "never use I or O", {"letter": "O", "digit": "0"}),
    ("湘AD1O234", "never use I or O", {"letter": "O"}),
    ("粤Z12O4港", "never use I or O", {"letter": "O"}),
    ("湘I12345", "never use I or O", {"letter": "I"}),
    ("湘A1234车", "which plates do not use", {"char": "车"}),
    ("湘A12$45", "which plates do not use", {"char": "$"}),
    ("湘A12_45", "which plates do not use", {"char": "_"}),
    ("湘A12345!", "which plates do not use", {"char": "!"}),
    ("湘AZ12345", "new-energy", {}),
    ("湘A1234DD", "new-energy", {}),
    ("湘AD1234X", "new-energy", {}),
    ("湘112345", "letter of the issuing office", {"char": "1"}),
    ("湘A1234港", "start with 粤Z", {"suffix": "港"}),
    ("粤B1234澳", "start with 粤Z", {"suffix": "澳"}),
    ("湘A12345挂", "such a plate has 6", {"n": 7, "example": "湘A1234挂"}),
    ("湘A123学", "such a plate has 6", {"n": 5}),
    ("粤Z12345港", "such a plate has 6", {"example": "粤Z1234港"}),
    ("使12345", "embassy plate", {}),
    ("使0145789", "embassy plate", {}),
    ("WJ1", "armed-police plate", {}),
    ("WJ1234", "armed-police plate", {}),
    ("VA1234", "military plates are 2 letters", {}),
    ("湘A12挂45", "does not have the shape", {}),
]


@pytest.mark.parametrize(("typed", "text", "province", "kind"), VALID)
def test_valid_plates(typed: str, text: str, province: str | None, kind: str) -> None:
    assert check_plate(typed) == Plate(text, province, kind)


@pytest.mark.parametrize("province", sorted(PROVINCES))
def test_every_province_is_accepted(province: str) -> None:
    assert check_plate(f"{province}B12345").province == province


@pytest.mark.parametrize(("typed", "fragment", "params"), INVALID)
def test_invalid_plates_say_what_is_wrong(typed: str, fragment: str, params: dict) -> None:
    with pytest.raises(InputError) as caught:
        check_plate(typed)
    error = caught.value
    assert error.field == "plate"
    assert fragment in error.text()
    assert params.items() <= error.params.items()


def test_there_are_31_provinces_with_names() -> None:
    assert len(PROVINCES) == 31
    assert PROVINCES["湘"] == "湖南"
    assert PROVINCES["蒙"] == "内蒙古"


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("湘a·12345", "湘A12345"),
        ("湘 A-123.45", "湘A12345"),
        ("湘Ａ１２３４５", "湘A12345"),
        ("湘\u3000A12345", "湘A12345"),
        ("湘A・12345", "湘A12345"),
        ("", ""),
        ("not a plate!", "NOTAPLATE!"),
    ],
)
def test_normalize_plate(typed: str, normal: str) -> None:
    assert normalize_plate(typed) == normal


@pytest.mark.parametrize(
    ("plate", "without"),
    [("湘A12345", "A12345"), ("湘a·12345", "A12345"), ("使014578", "使014578"), ("", "")],
)
def test_plate_without_province(plate: str, without: str) -> None:
    assert plate_without_province(plate) == without


@pytest.mark.parametrize(
    ("plate", "masked"),
    [
        ("湘A12345", "湘A·***45"),
        ("湘A·12345", "湘A·***45"),
        ("京AD12345", "京A·****45"),
        ("湘A1234挂", "湘A·***4挂"),
        ("湘A1", "***"),
        ("", ""),
    ],
)
def test_mask_plate(plate: str, masked: str) -> None:
    assert mask_plate(plate) == masked


def test_display_puts_the_middot_after_the_office_letter() -> None:
    assert check_plate("湘A12345").display == "湘A·12345"
    assert check_plate("WJ京12345").display == "WJ京12345"
    assert check_plate("使014578").display == "使014578"
    assert str(check_plate("湘a12345")) == "湘A12345"


@given(st.text())
def test_any_text_is_either_accepted_or_refused_with_a_message(text: str) -> None:
    _accepted_or_refused(text)


@given(st.text(alphabet=st.sampled_from("湘粤京使WJ港挂警ADFIOZ0123456789·- 车"), max_size=12))
def test_near_misses_are_either_accepted_or_refused_with_a_message(text: str) -> None:
    _accepted_or_refused(text)


def _accepted_or_refused(text: str) -> None:
    try:
        check_plate(text)
    except InputError as error:
        assert error.field == "plate"
        assert error.text()
