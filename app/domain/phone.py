"""Chinese phone numbers: mobiles, landlines with or without area code, service numbers.

Customers dictate numbers in every form ("138-0013-8000", "+86 138 0013 8000",
"(0731) 8888 6666 转 801"); the shop stores the digits and shows them grouped the usual way.
An extension is kept apart from the number, so a search by number still finds the customer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP

MOBILE_LENGTH = 11

# Characters people put between digit groups; anything else that is not a digit is refused.
_SEPARATORS = frozenset(" -()+.\t")
_DASHES = str.maketrans({"—": "-", "–": "-", "−": "-", "（": "(", "）": ")"})

_EXTENSION = re.compile(r"(?:转|分机|ext\.?|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)
# "0731-88886666-801": a third dash group after a full landline is an extension.
_DASHED_EXTENSION = re.compile(r"^(0\d{2,3}-\d{7,8})-(\d{1,6})$")
_INTERNATIONAL = re.compile(r"^(?:\+\s*86|0086)")

_MOBILE = re.compile(r"1[3-9]\d{9}")
_SERVICE_400 = re.compile(r"[48]00\d{7}")
_SERVICE_95 = re.compile(r"95\d{3,4}")
_LOCAL = re.compile(r"[2-9]\d{6,7}")


@dataclass(frozen=True)
class Phone:
    """A checked phone number: `digits` as stored, `display` grouped for reading aloud."""

    digits: str
    kind: str  # "mobile", "landline" or "service"
    display: str
    extension: str | None = None


def normalize_phone(text: str) -> str:
    """Return the digits of the number, without country code, separators or extension.

    No validation: the result is what a search or `check_phone` works on.
    """
    main, _extension = _split_extension(_halfwidth(text))
    international = _INTERNATIONAL.match(main.strip())
    digits = "".join(ch for ch in main if ch.isdigit())
    if international:
        return _drop_country_code(digits[4:] if main.strip().startswith("00") else digits[2:])
    if len(digits) == MOBILE_LENGTH + 2 and _MOBILE.fullmatch(digits[2:]) and digits[:2] == "86":
        return digits[2:]
    return digits


def check_phone(text: str) -> Phone:
    """Return the number if it is a Chinese mobile, landline or service number, else raise."""
    main, extension = _split_extension(_halfwidth(text).strip())
    _check_characters(main)
    digits = normalize_phone(main)
    if not digits:
        raise InputError(
            "phone",
            QT_TRANSLATE_NOOP(
                "InputError", "Enter a phone number, for example 138 0013 8000 or 0731-8888 6666."
            ),
        )
    phone = _mobile(digits) or _service(digits) or _landline(digits)
    if extension:
        return Phone(phone.digits, phone.kind, phone.display, extension)
    return phone


def _halfwidth(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_DASHES)


def _split_extension(text: str) -> tuple[str, str | None]:
    match = _EXTENSION.search(text)
    if match:
        return text[: match.start()], match.group(1)
    match = _DASHED_EXTENSION.match("".join(text.split()))
    if match:
        return match.group(1), match.group(2)
    return text, None


def _drop_country_code(digits: str) -> str:
    """After +86 a landline loses its leading 0 ("+86 731 ..."); put it back."""
    if _MOBILE.fullmatch(digits) or _SERVICE_400.fullmatch(digits) or digits.startswith("0"):
        return digits
    return "0" + digits if digits else digits


def _check_characters(text: str) -> None:
    for char in text:
        if char.isdigit() or char in _SEPARATORS or char.isspace():
            continue
        raise InputError(
            "phone",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The phone number {phone} contains {char}; a phone number has only digits. "
                "Remove it, or put an extension after 转.",
            ),
            phone=text.strip(),
            char=char,
        )


def _mobile(digits: str) -> Phone | None:
    if not digits.startswith("1"):
        return None
    if len(digits) != MOBILE_LENGTH:
        raise InputError(
            "phone",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The mobile number {phone} has {n} digits; a mobile number has 11. Check for a "
                "missing or extra digit.",
            ),
            phone=digits,
            n=len(digits),
        )
    if not _MOBILE.fullmatch(digits):
        raise InputError(
            "phone",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The mobile number {phone} starts with {start}; mobile numbers start with 13 to "
                "19. Check the first digits.",
            ),
            phone=digits,
            start=digits[:2],
        )
    return Phone(digits, "mobile", f"{digits[:3]} {digits[3:7]} {digits[7:]}")


def _service(digits: str) -> Phone | None:
    if _SERVICE_400.fullmatch(digits):
        return Phone(digits, "service", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}")
    if _SERVICE_95.fullmatch(digits):
        return Phone(digits, "service", digits)
    return None


def _landline(digits: str) -> Phone:
    if digits.startswith("0"):
        area = _area_code(digits)
        local = digits[len(area) :]
        if _LOCAL.fullmatch(local):
            return Phone(digits, "landline", f"{area}-{_group_local(local)}")
        raise InputError(
            "phone",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The number {phone} has {n} digits after the area code {area}; a local number "
                "has 7 or 8 and does not start with 0 or 1. Check the number.",
            ),
            phone=digits,
            n=len(local),
            area=area,
        )
    if _LOCAL.fullmatch(digits):
        return Phone(digits, "landline", _group_local(digits))
    raise InputError(
        "phone",
        QT_TRANSLATE_NOOP(
            "InputError",
            "The phone number {phone} has {n} digits; a mobile number has 11, a landline 7 or 8 "
            "(with area code, for example 0731-8888 6666). Check the number.",
        ),
        phone=digits,
        n=len(digits),
    )


def _area_code(digits: str) -> str:
    """010 and 020-029 are the 3-digit area codes (big cities); all others have 4 digits."""
    return digits[:3] if digits[1:2] in ("1", "2") else digits[:4]


def _group_local(local: str) -> str:
    return f"{local[:-4]} {local[-4:]}"
