"""Chinese licence plates (号牌): normalising what the advisor types, checking it, masking it.

The shapes follow GA 36-2018 (机动车号牌): a province character, the letter of the issuing
office, then the serial. Serials never use the letters I and O (they read as 1 and 0), so a
plate with either is a typing mistake, never a real plate. Checking only knows shapes: whether
a plate was actually issued is the traffic police's business, not ours.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP

PROVINCES: dict[str, str] = {
    "京": "北京", "津": "天津", "沪": "上海", "渝": "重庆",
    "冀": "河北", "豫": "河南", "云": "云南", "辽": "辽宁",
    "黑": "黑龙江", "湘": "湖南", "皖": "安徽", "鲁": "山东",
    "新": "新疆", "苏": "江苏", "浙": "浙江", "赣": "江西",
    "鄂": "湖北", "桂": "广西", "甘": "甘肃", "晋": "山西",
    "蒙": "内蒙古", "陕": "陕西", "吉": "吉林", "闽": "福建",
    "贵": "贵州", "粤": "广东", "青": "青海", "藏": "西藏",
    "川": "四川", "宁": "宁夏", "琼": "海南",
}  # fmt: skip

# Kinds whose plate ends in one Chinese character, after the office letter and 4 characters.
SUFFIX_KINDS: dict[str, str] = {
    "挂": "trailer",
    "学": "learner",
    "警": "police",
    "领": "consulate",
}
HK_MACAO_SUFFIXES = "港澳"  # 粤Z cross-border plates only
# Armed-police plates may end in the old branch character (消 fire, 边 border, ...).
ARMED_POLICE_BRANCHES = "警消边通森金电"

# People copy plates as "湘A·12345", "湘A 12345" or "湘A-12345"; none of these is part of it.
_SEPARATORS = frozenset(" .·•・‧-\t")

# A letter as used on plates: any capital except I and O.
_L = "A-HJ-NP-Z"
_LD = "A-HJ-NP-Z0-9"
# New-energy energy letters: D/F originally, widened to A-K (without I) in 2021.
_NEV = "A-HJK"

_ORDINARY = re.compile(f"[{_L}][{_LD}]{{5}}")
_NEV_SMALL = re.compile(f"[{_L}][{_NEV}][{_LD}][0-9]{{4}}")
_NEV_LARGE = re.compile(f"[{_L}][0-9]{{5}}[{_NEV}]")
_SUFFIXED = re.compile(f"[{_L}][{_LD}]{{4}}")  # the part before the suffix character
_EMBASSY = re.compile("使[0-9]{6}|[0-9]{6}使")
_MILITARY = re.compile(f"[{_L}]{{2}}[0-9]{{5}}")
_PROVINCE_CLASS = "".join(PROVINCES)
_ARMED_POLICE = re.compile(
    f"WJ(?P<unit>[0-9]{{2}})?(?P<province>[{_PROVINCE_CLASS}])?警?"
    f"[{_LD}]{{4,5}}[{ARMED_POLICE_BRANCHES}]?"
)

_ALLOWED = (
    frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    | frozenset(PROVINCES)
    | frozenset(SUFFIX_KINDS)
    | frozenset(HK_MACAO_SUFFIXES)
    | frozenset(ARMED_POLICE_BRANCHES)
    | {"使"}
)


@dataclass(frozen=True)
class Plate:
    """A plate that has a valid shape. `text` is normalised (no separators, upper case)."""

    text: str
    province: str | None
    kind: str

    @property
    def display(self) -> str:
        """The plate as printed on paper: "湘A·12345"."""
        if self.province is None or not self.text.startswith(self.province):
            return self.text
        return f"{self.text[:2]}·{self.text[2:]}"

    def __str__(self) -> str:
        return self.text


def normalize_plate(text: str) -> str:
    """Return `text` without separators, fullwidth forms turned halfwidth, upper case.

    No validation: the result is what a search or `check_plate` works on.
    """
    halfwidth = unicodedata.normalize("NFKC", text)  # "ＡＢ１" from a Chinese IME -> "AB1"
    return "".join(ch for ch in halfwidth if ch not in _SEPARATORS and not ch.isspace()).upper()


def check_plate(text: str) -> Plate:
    """Return the plate if it has the shape of a Chinese plate, else raise `InputError`."""
    plate = normalize_plate(text)
    if not plate:
        raise InputError(
            "plate",
            QT_TRANSLATE_NOOP("InputError", "Enter the plate number, for example 湘A12345."),
        )
    _check_province(plate)
    _check_characters(plate)
    if plate.startswith("使") or plate.endswith("使"):
        return _embassy(plate)
    if plate.startswith("WJ"):
        return _armed_police(plate)
    if plate[0] not in PROVINCES:
        return _military(plate)
    return _provincial(plate)


def plate_without_province(plate: str) -> str:
    """The plate without its province character: "湘A12345" -> "A12345"."""
    text = normalize_plate(plate)
    if text[:1] in PROVINCES:
        return text[1:]
    return text


def mask_plate(plate: str) -> str:
    """The plate for the waiting-room screen: "湘A12345" -> "湘A·***45".

    Enough for the owner to recognise the car, not enough for a stranger to note it down.
    """
    text = normalize_plate(plate)
    if len(text) <= 4:
        return "*" * len(text)
    return f"{text[:2]}·{'*' * (len(text) - 4)}{text[-2:]}"


def _check_province(plate: str) -> None:
    # Only a Chinese first character is a province attempt; Latin ones are special series.
    first = plate[0]
    if _is_chinese(first) and first not in PROVINCES and first != "使":
        raise InputError(
            "plate",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The plate {plate} starts with {char}, which is not a province abbreviation. "
                "Start it with the province character, for example 湘 or 粤.",
            ),
            plate=plate,
            char=first,
        )


def _check_characters(plate: str) -> None:
    for char in plate:
        if char in "IO":
            raise InputError(
                "plate",
                QT_TRANSLATE_NOOP(
                    "InputError",
                    "The plate {plate} contains the letter {letter}; plates never use I or O. "
                    "It is probably the digit {digit}.",
                ),
                plate=plate,
                letter=char,
                digit="1" if char == "I" else "0",
            )
        if char not in _ALLOWED:
            raise InputError(
                "plate",
                QT_TRANSLATE_NOOP(
                    "InputError",
                    "The plate {plate} contains {char}, which plates do not use. Type only the "
                    "province character, capital letters and digits (and 挂, 学, 警, 领, 使, "
                    "港 or 澳 where the plate has one).",
                ),
                plate=plate,
                char=char,
            )


def _provincial(plate: str) -> Plate:
    """Plates that start with a province character: ordinary, new-energy and suffixed."""
    province, body = plate[0], plate[1:]
    if body[:1].isdigit():
        raise InputError(
            "plate",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The plate {plate} has {char} after the province; there must be the letter of "
                "the issuing office, as the A in 湘A12345. Check the plate.",
            ),
            plate=plate,
            char=body[:1],
        )
    if body and (body[-1] in SUFFIX_KINDS or body[-1] in HK_MACAO_SUFFIXES):
        return _suffixed(plate, province, body)
    if len(body) == 6 and _ORDINARY.fullmatch(body):
        return Plate(plate, province, "ordinary")
    if len(body) == 7:
        if _NEV_SMALL.fullmatch(body) or _NEV_LARGE.fullmatch(body):
            return Plate(plate, province, "new_energy")
        raise InputError(
            "plate",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The plate {plate} has 7 characters after the province, like a new-energy "
                "plate, but does not fit one: a small new-energy plate is the office letter, "
                "an energy letter (D, F or another of A to K), one more character and 4 digits "
                "(湘AD12345); a large one is the office letter, 5 digits and the energy letter "
                "(湘A12345D). Check the plate.",
            ),
            plate=plate,
        )
    if len(body) != 6:
        raise InputError(
            "plate",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The plate {plate} has {n} characters after the province; an ordinary plate "
                "has 6 (new-energy: 7). Check the plate.",
            ),
            plate=plate,
            n=len(body),
        )
    raise _no_shape(plate)


def _suffixed(plate: str, province: str, body: str) -> Plate:
    suffix, serial = body[-1], body[:-1]
    if suffix in HK_MACAO_SUFFIXES and not plate.startswith("粤Z"):
        raise InputError(
            "plate",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The plate {plate} ends in {suffix}, but Hong Kong and Macao cross-border "
                "plates start with 粤Z, for example 粤Z1234{suffix}. Check the plate.",
            ),
            plate=plate,
            suffix=suffix,
        )
    if len(body) != 6:
        raise InputError(
            "plate",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The plate {plate} ends in {suffix} and has {n} characters after the province; "
                "such a plate has 6, for example {example}. Check the plate.",
            ),
            plate=plate,
            suffix=suffix,
            n=len(body),
            example=f"{plate[:2]}1234{suffix}",
        )
    if not _SUFFIXED.fullmatch(serial):
        raise _no_shape(plate)
    if suffix in SUFFIX_KINDS:
        return Plate(plate, province, SUFFIX_KINDS[suffix])
    return Plate(plate, province, "hk_macao")


def _embassy(plate: str) -> Plate:
    if _EMBASSY.fullmatch(plate):
        return Plate(plate, None, "embassy")
    raise InputError(
        "plate",
        QT_TRANSLATE_NOOP(
            "InputError",
            "The embassy plate {plate} should be 使 and 6 digits (使014578) or 6 digits and 使 "
            "(224001使). Check the plate.",
        ),
        plate=plate,
    )


def _armed_police(plate: str) -> Plate:
    match = _ARMED_POLICE.fullmatch(plate)
    if match and (match["unit"] or match["province"]):
        return Plate(plate, match["province"], "armed_police")
    raise InputError(
        "plate",
        QT_TRANSLATE_NOOP(
            "InputError",
            "The armed-police plate {plate} should be WJ, the province character or a 2-digit "
            "unit code, and 4 or 5 letters or digits (WJ京12345, WJ01警1234). Check the plate.",
        ),
        plate=plate,
    )


def _military(plate: str) -> Plate:
    if _MILITARY.fullmatch(plate):
        return Plate(plate, None, "military")
    raise InputError(
        "plate",
        QT_TRANSLATE_NOOP(
            "InputError",
            "The plate {plate} starts with {char}; a plate starts with the province character, "
            "as 湘 in 湘A12345 (military plates are 2 letters and 5 digits). Add the province.",
        ),
        plate=plate,
        char=plate[0],
    )


def _is_chinese(char: str) -> bool:
    return unicodedata.category(char) == "Lo" and not char.isascii()


def _no_shape(plate: str) -> InputError:
    return InputError(
        "plate",
        QT_TRANSLATE_NOOP(
            "InputError",
            "The plate {plate} does not have the shape of a Chinese plate: after the province "
            "come the office letter and 5 letters or digits (湘A12345). Check the plate.",
        ),
        plate=plate,
    )
