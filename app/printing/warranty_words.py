"""The one wording of a repair's warranty on every paper (work order, receipt, pickup note,
completion certificate), so no two papers of one car can say different things.

Two kinds of warranty exist side by side: the warranty by law (质量保证期) of the order's repair
type (app/domain/warranty.py: the law's minimum or the shop's longer promise), and the
warranty a line carries itself (a part's months / km from the catalog). A paper prints both:
the legal sentence — or that the repair type carries none — and then the lines' own terms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

WORDS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "title": "质量保证期",
        "term": "{type}：{km} 公里或 {days} 日（以先到者为准）",
        "from_delivery": "自交车之日起计算",
        "until": "至 {date} 或里程 {km} 公里止",
        "until_day": "至 {date} 止",
        "restarted": "（返修后重新计算）",
        "none": "本次维修的维修类别不属于规定的质量保证期范围",
        "items": "以下项目另有质保：{items}",
        "items_only": "以下项目按其自身质保：{items}",
        "months": "{n}个月",
        "km": "{n}km",
        "item_sep": "；",
        "sep": "，",
        "end": "。",
    },
    "en": {
        "title": "Warranty",
        "term": "{type}: {km} km or {days} days, whichever comes first",
        "from_delivery": "counted from the day the car is handed back",
        "until": "until {date} or {km} km",
        "until_day": "until {date}",
        "restarted": " (restarted after a comeback)",
        "none": "The repair type of this job carries no regulated warranty",
        "items": "These items carry their own warranty: {items}",
        "items_only": "these items carry their own warranty: {items}",
        "months": "{n} months",
        "km": "{n:,} km",
        "item_sep": "; ",
        "sep": ", ",
        "end": ".",
    },
}


@dataclass(frozen=True)
class PaperWarranty:
    """The warranty by law the order's repair type carries, for a paper."""

    repair_type_name: str  # already translated, e.g. "二级维护"
    km: int
    days: int
    until_on: date | None = None  # None before delivery: it runs from the day the car leaves
    until_km: int | None = None  # None when the odometer was not read
    restarted: bool = False  # a comeback's delivery restarted it


def words(language: str) -> dict[str, str]:
    return WORDS["en" if language == "en" else "zh_CN"]


def line_term(months: int | None, km: int | None, language: str = "zh_CN") -> str:
    """A line's own warranty, e.g. "12个月/20000km" or "12 months/20,000 km" ("" for none)."""
    w = words(language)
    return "/".join(x for x in (w["months"].format(n=months) if months else "",
                                w["km"].format(n=km) if km else "") if x)


def line_warranties(lines: Iterable[Any]) -> tuple[tuple[str, str], ...]:
    """The printed lines (PrintLine) that carry their own warranty and are not declined, as
    (description, worded term)."""
    return tuple((x.description, x.warranty) for x in lines
                 if x.warranty and x.approval != "declined")


def legal_sentence(warranty: PaperWarranty, language: str = "zh_CN") -> str:
    """The warranty by law: type, term and until when (or that it runs from delivery)."""
    w = words(language)
    term = w["term"].format(type=warranty.repair_type_name, km=f"{warranty.km:,}",
                            days=warranty.days)
    if warranty.until_on is None:
        until = w["from_delivery"]
    elif warranty.until_km is not None:
        until = w["until"].format(date=warranty.until_on.isoformat(),
                                  km=f"{warranty.until_km:,}")
    else:
        until = w["until_day"].format(date=warranty.until_on.isoformat())
    return term + w["sep"] + until + (w["restarted"] if warranty.restarted else "")


def statement(warranty: PaperWarranty | None, items: Iterable[tuple[str, str]] = (),
              language: str = "zh_CN") -> list[str]:
    """Every paper's warranty paragraph(s): the legal sentence (or that there is none by law),
    then the lines that carry their own warranty as "description term"."""
    w = words(language)
    own = w["item_sep"].join(f"{what} {term}" for what, term in items if term)
    if warranty is None:
        first = w["none"] + (w["sep"] + w["items_only"].format(items=own) if own else "")
        return [first + w["end"]]
    lines = [legal_sentence(warranty, language) + w["end"]]
    if own:
        lines.append(w["items"].format(items=own) + w["end"])
    return lines
