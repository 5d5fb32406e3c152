"""Phone numbers: every way a customer dictates one, grouped display, useful refusals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputError
from app.domain.phone import Phone, check_phone, normalize_phone

VALID = [
    # (typed, digits, kind, display)
    ("13800138000", "13800138000", "mobile", "138 0013 8000"),
    ("138-0013-8000", "13800138000", "mobile", "138 0013 8000"),
    ("138 0013 8000", "13800138000", "mobile", "138 0013 8000"),
    ("+86 138 0013 8000", "13800138000", "mobile", "138 0013 8000"),
    ("+8613800138000", "13800138000", "mobile", "138 0013 8000"),
    ("008613800138000", "13800138000", "mobile", "138 0013 8000"),
    ("8613800138000", "13800138000", "mobile", "138 0013 8000"),
    ("(+86) 138-0013-8000", "13800138000", "mobile", "138 0013 8000"),
    ("１３８００１３８０００", "13800138000", "mobile", "138 0013 8000"),
    ("19912345678", "19912345678", "mobile", "199 1234 5678"),
    ("16612345678", "16612345678", "mobile", "166 1234 5678"),
    ("15012345678", "15012345678", "mobile", "150 1234 5678"),
    ("0731-88886666", "073188886666", "landline", "0731-8888 6666"),
    ("（0731）8888 6666", "073188886666", "landline", "0731-8888 6666"),
    ("(0731) 8888-6666", "073188886666", "landline", "0731-8888 6666"),
    ("010-65529988", "01065529988", "landline", "010-6552 9988"),
    ("010 6552 9988", "01065529988", "landline", "010-6552 9988"),
    ("+86 10 6552 9988", "01065529988", "landline", "010-6552 9988"),
    ("+86 731 8888 6666", "073188886666", "landline", "0731-8888 6666"),
    ("020-88886666", "02088886666", "landline", "020-8888 6666"),
    ("0755 8888 6666", "075588886666", "landline", "0755-8888 6666"),
    ("0571-8888666", "05718888666", "landline", "0571-888 8666"),
    ("88886666", "88886666", "landline", "8888 6666"),
    ("8886666", "8886666", "landline", "888 6666"),
    ("400-820-8820", "4008208820", "service", "400-820-8820"),
    ("4008208820", "4008208820", "service", "400-820-8820"),
    ("800 810 8888", "8008108888", "service", "800-810-8888"),
    ("95588", "95588", "service", "95588"),
    ("955881", "955881", "service", "955881"),
]

INVALID = [
    # (typed, a piece of the message, params it must carry)
    ("", "Enter a phone number", {}),
    ("   ", "Enter a phone number", {}),
    ("+86", "Enter a phone number", {}),
    ("--", "Enter a phone number", {}),
    ("12345", "a mobile number has 11", {"n": 5}),
    ("1380013800", "a mobile number has 11", {"n": 10}),
    ("138001380001", "a mobile number has 11", {"n": 12}),
    ("138 0013 80001", "a mobile number has 11", {"n": 12}),
    ("123456789012345", "a mobile number has 11", {"n": 15}),
    ("12012345678", "start with 13 to 19", {"start": "12"}),
    ("10012345678", "start with 13 to 19", {"start": "10"}),
    ("11012345678", "start with 13 to 19", {"start": "11"}),
    ("138abc38000", "has only digits", {"char": "a"}),
    ("138OO138000", "has only digits", {"char": "O"}),
    ("138/0013/8000", "has only digits", {"char": "/"}),
    ("张三 13800138000", "has only digits", {"char": "张"}),
    ("0731-123", "after the area code", {"n": 3, "area": "0731"}),
    ("0731-012345678", "after the area code", {"n": 9}),
    ("010-1234567", "after the area code", {"area": "010"}),
    ("0731-888866661", "after the area code", {"n": 9}),
    ("07318888", "after the area code", {"n": 4}),
    ("2345678901", "a landline 7 or 8", {"n": 10}),
    ("234567", "a landline 7 or 8", {"n": 6}),
    ("9558", "a landline 7 or 8", {"n": 4}),
]


@pytest.mark.parametrize(("typed", "digits", "kind", "display"), VALID)
def test_valid_numbers(typed: str, digits: str, kind: str, display: str) -> None:
    assert check_phone(typed) == Phone(digits, kind, display)


@pytest.mark.parametrize(("typed", "fragment", "params"), INVALID)
def test_refused_numbers_say_what_is_wrong(typed: str, fragment: str, params: dict) -> None:
    with pytest.raises(InputError) as caught:
        check_phone(typed)
    assert caught.value.field == "phone"
    assert fragment in caught.value.text()
    assert params.items() <= caught.value.params.items()


@pytest.mark.parametrize(
    ("typed", "digits", "extension"),
    [
        ("0731-88886666 转 801", "073188886666", "801"),
        ("0731-88886666转801", "073188886666", "801"),
        ("0731-88886666-801", "073188886666", "801"),
        ("0731 8888 6666 分机 8001", "073188886666", "8001"),
        ("010-65529988 ext. 12", "01065529988", "12"),
        ("010-65529988 X12", "01065529988", "12"),
        ("4008208820#3", "4008208820", "3"),
    ],
)
def test_extension_is_kept_apart(typed: str, digits: str, extension: str) -> None:
    phone = check_phone(typed)
    assert (phone.digits, phone.extension) == (digits, extension)
    assert normalize_phone(typed) == digits


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("+86 138-0013-8000", "13800138000"),
        ("0086 731 8888 6666", "073188886666"),
        ("8613800138000", "13800138000"),
        ("86 0731 8888 6666", "86073188886666"),  # a bare 86 is only stripped from mobiles
        ("138abc", "138"),
        ("", ""),
    ],
)
def test_normalize_phone_keeps_digits(typed: str, digits: str) -> None:
    assert normalize_phone(typed) == digits


@given(st.text())
def test_any_text_is_either_accepted_or_refused_with_a_message(text: str) -> None:
    _accepted_or_refused(text)


@given(st.text(alphabet=st.sampled_from("0123456789+-() 转xX#a８６"), max_size=20))
def test_near_misses_are_either_accepted_or_refused_with_a_message(text: str) -> None:
    _accepted_or_refused(text)


def _accepted_or_refused(text: str) -> None:
    try:
        check_phone(text)
    except InputError as error:
        assert error.field == "phone"
        assert error.text()
