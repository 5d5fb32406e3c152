"""Completion check rules (竣工检验): the default checklist and what a result must say.

The shop's checklist is a setting (`completion.checklist`); this is the default, in English
source text translated on screen and on paper under the context "CompletionItem". Every item
passes or fails; a failed item needs a note, and a failed check needs the reason the car goes
back to work (it lands in the order's timeline).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP

DEFAULT_CHECKLIST: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CompletionItem", "Every job on the order done"),  # 工单项目已完成
    QT_TRANSLATE_NOOP("CompletionItem", "Old parts disposed of or given to the customer"),
    QT_TRANSLATE_NOOP("CompletionItem", "Road test"),  # 路试
    QT_TRANSLATE_NOOP("CompletionItem", "No oil or water leaks"),  # 无漏油漏水
    QT_TRANSLATE_NOOP("CompletionItem", "Warning lights cleared"),  # 故障灯已消除
    QT_TRANSLATE_NOOP("CompletionItem", "Fluid levels and tyre pressures"),  # 油液及胎压
    QT_TRANSLATE_NOOP("CompletionItem", "Fasteners tightened, tools removed"),  # 紧固件/工具
    QT_TRANSLATE_NOOP("CompletionItem", "Car cleaned"),  # 车辆清洁
    QT_TRANSLATE_NOOP("CompletionItem", "Belongings all in the car"),  # 随车物品齐全
)


def check_results(results: Iterable[Mapping[str, Any]], reason: str
                  ) -> tuple[list[dict[str, Any]], bool, str]:
    """The cleaned results, whether the car passes, and the reason; refusals as InputError.

    The car passes when every item passes. A failed item needs its note; a failed check
    needs a reason (the failed items' notes are used when none is typed).
    """
    clean = [{"item": str(r["item"]), "passed": bool(r.get("passed")),
              "note": str(r.get("note", "")).strip()} for r in results]
    if not clean:
        raise InputError("results", QT_TRANSLATE_NOOP(
            "InputError", "The completion checklist is empty; set it in the shop rules."))
    failed = [r for r in clean if not r["passed"]]
    for entry in failed:
        if not entry["note"]:
            raise InputError("results", QT_TRANSLATE_NOOP(
                "InputError", "Say what is wrong with \"{completion_item}\" in its note."),
                completion_item=entry["item"])
    reason = " ".join(reason.split())
    if failed and not reason:
        reason = "；".join(f"{r['item']}: {r['note']}" for r in failed)
    return clean, not failed, reason if failed else ""
