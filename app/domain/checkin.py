"""Check-in rules: the default checklist, item states, damage kinds, and the content hash.

The hash makes a signed check-in tamper-evident: SHA-256 over one canonical JSON text of its
whole content (keys sorted, no spaces, floats rounded to 4 places, times as UTC ISO text).
The same content always gives the same text, so "verify" recomputes it from the stored row
and any change made behind the program's back shows as a mismatch.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP

# The shop's checklist is a setting; this is the default (English source, translated on screen
# and on paper under the context "CheckItem").
DEFAULT_CHECKLIST: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CheckItem", "Exterior"),  # 外观
    QT_TRANSLATE_NOOP("CheckItem", "Lights"),  # 灯光
    QT_TRANSLATE_NOOP("CheckItem", "Glass"),  # 玻璃
    QT_TRANSLATE_NOOP("CheckItem", "Mirrors"),  # 后视镜
    QT_TRANSLATE_NOOP("CheckItem", "Tyres and wheels"),  # 轮胎轮毂
    QT_TRANSLATE_NOOP("CheckItem", "Spare tyre"),  # 备胎
    QT_TRANSLATE_NOOP("CheckItem", "Jack and tools"),  # 千斤顶及工具
    QT_TRANSLATE_NOOP("CheckItem", "Warning triangle"),  # 三角警示牌
    QT_TRANSLATE_NOOP("CheckItem", "Keys"),  # 钥匙
    QT_TRANSLATE_NOOP("CheckItem", "Documents (vehicle licence etc.)"),  # 行驶证等
    QT_TRANSLATE_NOOP("CheckItem", "Infotainment"),  # 影音娱乐
    QT_TRANSLATE_NOOP("CheckItem", "Interior"),  # 内饰
    QT_TRANSLATE_NOOP("CheckItem", "Boot contents"),  # 后备箱物品
)
ITEM_STATES: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("ItemState", "OK"),
    "damaged": QT_TRANSLATE_NOOP("ItemState", "Damaged"),
    "missing": QT_TRANSLATE_NOOP("ItemState", "Missing"),
}
MARK_KINDS: dict[str, str] = {
    "scratch": QT_TRANSLATE_NOOP("MarkKind", "Scratch"),  # 划痕
    "dent": QT_TRANSLATE_NOOP("MarkKind", "Dent"),  # 凹陷
    "crack": QT_TRANSLATE_NOOP("MarkKind", "Crack"),  # 裂纹
    "chip": QT_TRANSLATE_NOOP("MarkKind", "Chipped paint"),  # 掉漆
    "other": QT_TRANSLATE_NOOP("MarkKind", "Other"),  # 其他
}
# Papers the customer signs; which of them must be signed is a shop setting.
SIGNED_PAPERS: dict[str, str] = {
    "checkin": QT_TRANSLATE_NOOP("SignedPaper", "Check-in"),
    "approval": QT_TRANSLATE_NOOP("SignedPaper", "Estimate approval"),
    "pickup": QT_TRANSLATE_NOOP("SignedPaper", "Pickup"),
}
MAX_ODOMETER_KM = 3_000_000  # no car's odometer reads more


def odometer_error(field: str, km: int | None) -> InputError | None:
    """A reading no odometer shows (too large, or below zero), as a refusal of `field`."""
    if km is None or 0 <= km <= MAX_ODOMETER_KM:
        return None
    if km < 0:
        return InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "Type the odometer reading in whole kilometres, e.g. 45200."))
    return InputError(field, QT_TRANSLATE_NOOP(
        "InputError", "{km} km is too large for an odometer: the most is {most} km. "
        "Check the digits."), km=f"{km:,}", most=f"{MAX_ODOMETER_KM:,}")


PLACES = 4  # decimals kept of coordinates and pressures: far finer than a pen, stable in JSON


def rounded(value: Any) -> Any:
    """`value` with every float rounded to PLACES (lists, tuples and dicts walked)."""
    if isinstance(value, float):
        return round(value, PLACES)
    if isinstance(value, list | tuple):
        return [rounded(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): rounded(v) for k, v in value.items()}
    return value


def canonical(content: Mapping[str, Any]) -> str:
    """The one text of a check-in's content that its hash is taken over."""
    return json.dumps(_plain(content), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), allow_nan=False)


def content_hash(content: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    """JSON-ready and rounded in one walk (a signature has thousands of numbers)."""
    kind = type(value)
    if kind is float:
        return round(value, PLACES)
    if kind is int or kind is str or value is None or kind is bool:
        return value
    if kind is list or kind is tuple:
        if value and type(value[0]) in (float, int):  # a point: numbers only
            return [round(v, PLACES) if type(v) is float else _plain(v) for v in value]
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()  # a picture is represented by its hash
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def level_errors(fuel_eighths: int | None, battery_percent: int | None) -> list[InputError]:
    """What is wrong with a fuel gauge (eighths) or battery charge reading, as refusals."""
    errors: list[InputError] = []
    if fuel_eighths is not None and not 0 <= fuel_eighths <= 8:
        errors.append(InputError("fuel", QT_TRANSLATE_NOOP(
            "InputError", "The fuel level goes from empty (0) to full (8 eighths).")))
    if battery_percent is not None and not 0 <= battery_percent <= 100:
        errors.append(InputError("battery", QT_TRANSLATE_NOOP(
            "InputError", "The battery charge goes from 0 to 100 %.")))
    return errors
