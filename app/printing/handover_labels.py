"""The labels of the completion certificate and the pickup note (added to app/printing/labels)."""

from __future__ import annotations

from collections.abc import Mapping

from app.printing.labels import labels as base_labels

ZH: dict[str, str] = {
    "certificate": "机动车维修竣工出厂合格证",
    "certificate_note": "本证由承修方在车辆竣工出厂时交托修方保存，是质量保证的凭证。",
    "engine_no": "发动机号",
    "repair_type": "维修类别",
    "work_done": "主要维修项目",
    "inspected": "竣工检验",
    "inspector": "质量检验员",
    "checked_at": "检验日期",
    "delivered_on": "出厂日期",
    "odometer_out": "出厂里程",
    "warranty": "质量保证期",
    "certificate_statement": "该车按维修合同完成维修，经竣工检验合格，准予出厂。",
    "sign_inspector": "检验员签字：",
    "sign_shop": "承修单位（盖章）：",
    "sign_owner": "托修方签收：",
    "not_delivered": "（尚未出厂，按今日计算）",
    "pickup": "交车单",
    "delivered_at": "交车时间",
    "handed_over_by": "交车人",
    "odometer_in": "进厂里程",
    "fuel_in": "进厂油量/电量",
    "fuel_out": "出厂油量/电量",
    "walkaround": "交车环车检查",
    "walkaround_note": "红色为接车时记录，蓝色为交车时新发现",
    "col_found": "发现于",
    "found_checkin": "接车",
    "found_pickup": "交车新增",
    "differences": "与接车记录的差异",
    "no_differences": "与接车记录一致，无差异",
    "belongings_checkin": "接车时随车物品",
    "belongings_back": "物品归还",
    "returned": "已全部归还",
    "not_returned": "未全部归还：{note}",
    "pickup_consent": "以上车辆及随车物品本人已当面验收，车况与记录一致。",
    "check_in_version": "对照接车检查单第 {version} 版",
}

EN: dict[str, str] = {
    "certificate": "Certificate of completion and release",
    "certificate_note": "Kept by the owner as proof of the repair's warranty.",
    "engine_no": "Engine no.",
    "repair_type": "Repair type",
    "work_done": "Work done",
    "inspected": "Completion check",
    "inspector": "Inspector",
    "checked_at": "Checked on",
    "delivered_on": "Released on",
    "odometer_out": "Odometer out",
    "warranty": "Warranty",
    "certificate_statement": "The vehicle was repaired as contracted, passed the completion "
    "check and is released.",
    "sign_inspector": "Inspector: ",
    "sign_shop": "Repair shop (stamp):",
    "sign_owner": "Received by the owner:",
    "not_delivered": " (not released yet; counted from today)",
    "pickup": "Vehicle pickup note",
    "delivered_at": "Handed over",
    "handed_over_by": "Handed over by",
    "odometer_in": "Odometer in",
    "fuel_in": "Fuel/battery in",
    "fuel_out": "Fuel/battery out",
    "walkaround": "Walk-around at pickup",
    "walkaround_note": "Red: recorded at check-in; blue: new at pickup",
    "col_found": "Found",
    "found_checkin": "Check-in",
    "found_pickup": "New at pickup",
    "differences": "Differences from the check-in",
    "no_differences": "As at check-in: no differences",
    "belongings_checkin": "Belongings at check-in",
    "belongings_back": "Belongings returned",
    "returned": "All returned",
    "not_returned": "Not all returned: {note}",
    "pickup_consent": "I have inspected the vehicle and its belongings and received them as "
    "recorded above.",
    "check_in_version": "Compared with check-in version {version}",
}


def handover_labels(language: str) -> Mapping[str, str]:
    """The shared labels with this part's added (the paper's language, Chinese by default)."""
    return {**base_labels(language), **(EN if language == "en" else ZH)}
