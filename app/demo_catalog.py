"""What the demo shop does to cars: labor operations, parts, and the jobs built from them.

Prices are 2026 list prices for an ordinary family car (tier 1.0) in yuan; the demo scales
them by the car's price tier and takes about 3 % a year off for older orders. Labor is
standard hours × the shop's hourly rate. The issue that brings the real catalogs
(labor operations, parts with stock, packages) can seed them from these tables.
"""

from __future__ import annotations

LABOR_RATE_YUAN = 120  # per standard hour, tier-1.0 car

# code -> (operation, standard hours)
LABOR: dict[str, tuple[str, float]] = {
    "BY01": ("更换机油机滤", 0.5),
    "BY02": ("更换空气滤芯", 0.2),
    "BY03": ("更换空调滤芯", 0.3),
    "BY04": ("更换火花塞", 0.8),
    "BY05": ("更换刹车油", 0.8),
    "BY06": ("更换变速箱油", 1.2),
    "BY07": ("更换防冻液", 0.8),
    "BY08": ("节气门清洗", 0.6),
    "BY09": ("轮胎换位", 0.4),
    "BY10": ("三电系统检测", 0.8),
    "BY11": ("更换汽油滤清器", 0.6),
    "WX01": ("更换前刹车片", 1.0),
    "WX02": ("更换后刹车片", 1.2),
    "WX03": ("四轮定位", 1.0),
    "WX04": ("轮胎动平衡", 0.5),
    "WX05": ("更换蓄电池", 0.3),
    "WX06": ("更换前减震器", 2.5),
    "WX07": ("更换发电机皮带", 1.0),
    "WX08": ("更换水泵", 3.0),
    "WX09": ("空调系统检修加注冷媒", 1.0),
    "WX10": ("更换轮胎", 0.3),
    "WX11": ("更换雨刮片", 0.1),
    "WX12": ("更换大灯灯泡", 0.4),
    "WX13": ("电脑故障诊断", 0.5),
    "WX14": ("更换点火线圈", 0.6),
    "WX15": ("更换刹车盘", 1.5),
    "WX16": ("更换下摆臂", 1.8),
    "WX17": ("更换12V低压蓄电池", 0.3),
    "BJ01": ("前保险杠钣金修复", 2.0),
    "BJ02": ("车门钣金修复", 2.5),
    "BJ03": ("翼子板钣金修复", 2.0),
    "BJ04": ("前保险杠拆装", 1.0),
    "BJ05": ("大灯总成拆装", 0.8),
    "BJ06": ("引擎盖钣金修复", 3.0),
    "PQ01": ("前保险杠喷漆", 3.0),
    "PQ02": ("车门喷漆", 3.0),
    "PQ03": ("翼子板喷漆", 2.5),
    "PQ04": ("引擎盖喷漆", 3.5),
    "PQ05": ("后保险杠喷漆", 3.0),
    "MR01": ("精致洗车", 0.5),
    "MR02": ("全车打蜡", 1.0),
    "MR03": ("内饰深度清洁", 2.0),
    "MR04": ("漆面镀晶", 4.0),
    "MR05": ("空调管路清洗消毒", 0.8),
    "MR06": ("发动机舱清洗", 0.8),
}

# code -> (part, unit price in yuan)
PARTS: dict[str, tuple[str, int]] = {
    "JY01": ("全合成机油 5W-30（升）", 68),
    "JY02": ("半合成机油 5W-40（升）", 42),
    "LQ01": ("机油滤清器", 45),
    "LQ02": ("空气滤芯", 65),
    "LQ03": ("空调滤芯（活性炭）", 85),
    "LQ04": ("汽油滤清器", 90),
    "HS01": ("铱金火花塞", 75),
    "YY01": ("刹车油 DOT4（升）", 60),
    "YY02": ("自动变速箱油（升）", 95),
    "YY03": ("长效防冻液（升）", 35),
    "YY04": ("节气门清洗剂", 45),
    "YY05": ("冷媒 R134a（瓶）", 110),
    "SC01": ("前刹车片（套）", 380),
    "SC02": ("后刹车片（套）", 320),
    "SC03": ("前刹车盘", 450),
    "DC01": ("蓄电池 60Ah", 650),
    "DC02": ("12V低压蓄电池", 780),
    "JZ01": ("前减震器", 680),
    "PD01": ("发电机皮带", 160),
    "SB01": ("水泵总成", 520),
    "LT01": ("轮胎 205/55 R16", 560),
    "LT02": ("轮胎 225/60 R18", 880),
    "YG01": ("雨刮片（对）", 120),
    "DP01": ("大灯灯泡 H7", 85),
    "DH01": ("点火线圈", 260),
    "BB01": ("下摆臂总成", 580),
    "BX01": ("前保险杠皮", 900),
    "DD01": ("大灯总成", 1800),
    "ZW01": ("中网", 450),
    "YZ01": ("左前翼子板", 680),
    "QX01": ("油漆辅料（面）", 180),
    "MR01": ("镀晶套装", 680),
}

# code -> (fee or sublet work, price in yuan)
FEES: dict[str, tuple[str, int]] = {
    "FEE01": ("废油回收处理费", 20),
    "FEE02": ("检测费", 100),
    "SUB01": ("外协：轮毂修复", 350),
    "SUB02": ("外协：救援拖车", 300),
    "SUB03": ("外协：玻璃修补", 200),
}

# A line template: ("labor", code) | ("part", code, quantity) | ("fee", code) | ("sublet", code)
Line = tuple

# category -> [(weight, what the customer says, [line templates])]
JOBS: dict[str, list[tuple[float, str, list[Line]]]] = {
    "maintenance": [
        (6, "保养到期，做常规保养",
         [("labor", "BY01"), ("part", "JY01", 4.0), ("part", "LQ01", 1), ("fee", "FEE01")]),
        (3, "行驶里程到了，做大保养",
         [("labor", "BY01"), ("part", "JY01", 4.5), ("part", "LQ01", 1), ("labor", "BY02"),
          ("part", "LQ02", 1), ("labor", "BY03"), ("part", "LQ03", 1), ("labor", "BY04"),
          ("part", "HS01", 4), ("fee", "FEE01")]),
        (2, "小保养，顺便检查刹车",
         [("labor", "BY01"), ("part", "JY02", 4.0), ("part", "LQ01", 1)]),
        (1, "两年到期，换刹车油和防冻液",
         [("labor", "BY05"), ("part", "YY01", 1), ("labor", "BY07"), ("part", "YY03", 4)]),
        (0.8, "换挡有顿挫，做变速箱保养",
         [("labor", "BY06"), ("part", "YY02", 4)]),
        (0.7, "怠速抖动，清洗节气门",
         [("labor", "BY08"), ("part", "YY04", 1)]),
    ],
    "ev_maintenance": [
        (5, "电车保养到期",
         [("labor", "BY10"), ("labor", "BY03"), ("part", "LQ03", 1), ("labor", "BY09")]),
        (1.5, "两年到期，换刹车油",
         [("labor", "BY05"), ("part", "YY01", 1), ("labor", "BY10")]),
        (1, "电池冷却液到期",
         [("labor", "BY07"), ("part", "YY03", 5), ("labor", "BY10")]),
    ],
    "repair": [
        (3, "刹车有异响",
         [("labor", "WX01"), ("part", "SC01", 1)]),
        (1.5, "刹车抖动，刹车片磨到底了",
         [("labor", "WX01"), ("part", "SC01", 1), ("labor", "WX15"), ("part", "SC03", 2)]),
        (1.5, "后轮刹车异响",
         [("labor", "WX02"), ("part", "SC02", 1)]),
        (2.5, "方向盘跑偏，轮胎偏磨",
         [("labor", "WX03"), ("labor", "WX04")]),
        (2, "早上打不着火",
         [("labor", "WX13"), ("labor", "WX05"), ("part", "DC01", 1)]),
        (1.5, "轮胎鼓包",
         [("labor", "WX10"), ("part", "LT01", 2), ("labor", "WX04")]),
        (1.5, "空调不制冷",
         [("labor", "WX13"), ("labor", "WX09"), ("part", "YY05", 2)]),
        (1, "过减速带咚咚响",
         [("labor", "WX06"), ("part", "JZ01", 2), ("labor", "WX03")]),
        (1, "发动机舱有尖叫声",
         [("labor", "WX07"), ("part", "PD01", 1)]),
        (0.6, "水温高，漏防冻液",
         [("labor", "WX13"), ("labor", "WX08"), ("part", "SB01", 1), ("part", "YY03", 4)]),
        (1.5, "发动机故障灯亮，加速无力",
         [("labor", "WX13"), ("labor", "WX14"), ("part", "DH01", 1), ("labor", "BY04"),
          ("part", "HS01", 4)]),
        (1.5, "雨刮刮不干净",
         [("labor", "WX11"), ("part", "YG01", 1)]),
        (1, "左前大灯不亮",
         [("labor", "WX12"), ("part", "DP01", 1)]),
        (0.7, "底盘异响，转向有旷量",
         [("labor", "WX16"), ("part", "BB01", 1), ("labor", "WX03")]),
        (0.5, "轮毂变形，方向盘抖",
         [("sublet", "SUB01"), ("labor", "WX04")]),
    ],
    "ev_repair": [
        (2, "低压电瓶亏电，车辆无法上电",
         [("labor", "WX13"), ("labor", "WX17"), ("part", "DC02", 1)]),
        (2, "刹车有异响",
         [("labor", "WX01"), ("part", "SC01", 1)]),
        (2, "方向盘跑偏",
         [("labor", "WX03"), ("labor", "WX04")]),
        (1.5, "轮胎扎钉漏气",
         [("labor", "WX10"), ("part", "LT02", 1), ("labor", "WX04")]),
        (1, "仪表报三电系统故障",
         [("labor", "WX13"), ("labor", "BY10"), ("fee", "FEE02")]),
    ],
    "body": [
        (2, "左前门被刮凹陷",
         [("labor", "BJ02"), ("labor", "PQ02"), ("part", "QX01", 1)]),
        (1.5, "前保险杠撞凹",
         [("labor", "BJ01"), ("labor", "PQ01"), ("part", "QX01", 1)]),
        (1, "翼子板凹陷",
         [("labor", "BJ03"), ("labor", "PQ03"), ("part", "QX01", 1)]),
        (0.6, "冰雹砸伤引擎盖",
         [("labor", "BJ06"), ("labor", "PQ04"), ("part", "QX01", 1)]),
    ],
    "paint": [
        (2, "后保险杠刮花，补漆",
         [("labor", "PQ05"), ("part", "QX01", 1)]),
        (2, "车门划痕，补漆",
         [("labor", "PQ02"), ("part", "QX01", 1)]),
        (1, "前保险杠掉漆",
         [("labor", "PQ01"), ("part", "QX01", 1)]),
    ],
    "accident": [
        (2, "追尾事故，前保险杠破损",
         [("labor", "BJ04"), ("part", "BX01", 1), ("part", "ZW01", 1), ("labor", "PQ01"),
          ("part", "QX01", 1)]),
        (1, "侧面碰撞，左前翼子板和大灯损坏",
         [("labor", "BJ03"), ("part", "YZ01", 1), ("labor", "BJ05"), ("part", "DD01", 1),
          ("labor", "PQ03"), ("part", "QX01", 1), ("labor", "WX03")]),
        (0.5, "事故车拖车进厂",
         [("sublet", "SUB02"), ("labor", "BJ04"), ("part", "BX01", 1), ("labor", "BJ05"),
          ("part", "DD01", 1), ("labor", "PQ01"), ("part", "QX01", 1)]),
    ],
    "insurance": [
        (2, "保险理赔：前脸碰撞",
         [("labor", "BJ04"), ("part", "BX01", 1), ("labor", "BJ05"), ("part", "DD01", 1),
          ("labor", "PQ01"), ("part", "QX01", 1)]),
        (1.5, "保险理赔：车门凹陷",
         [("labor", "BJ02"), ("labor", "PQ02"), ("part", "QX01", 1)]),
        (1, "保险理赔：前挡风玻璃裂纹",
         [("sublet", "SUB03")]),
    ],
    "warranty": [
        (2, "质保期内，车窗升降异响",
         [("labor", "WX13"), ("fee", "FEE02")]),
        (1.5, "质保期内，发动机漏油",
         [("labor", "WX13"), ("labor", "BY01"), ("part", "JY01", 4.0)]),
        (1, "召回检修",
         [("labor", "WX13")]),
    ],
    "detailing": [
        (3, "洗车打蜡",
         [("labor", "MR01"), ("labor", "MR02")]),
        (1.5, "内饰有异味，深度清洁",
         [("labor", "MR03"), ("labor", "MR05")]),
        (1, "新车镀晶",
         [("labor", "MR04"), ("part", "MR01", 1)]),
        (1, "发动机舱清洗",
         [("labor", "MR06"), ("labor", "MR01")]),
    ],
}

# How often a work order is of each category (electric cars swap oil jobs for their own).
CATEGORY_WEIGHTS: dict[str, float] = {
    "maintenance": 46, "repair": 25, "body": 5, "paint": 6, "accident": 3.5,
    "insurance": 4.5, "warranty": 3, "detailing": 7,
}

# Extra small jobs an advisor adds when the car is in anyway.
EXTRAS: list[list[Line]] = [
    [("labor", "WX11"), ("part", "YG01", 1)],
    [("labor", "BY03"), ("part", "LQ03", 1)],
    [("labor", "WX04")],
    [("labor", "MR01")],
]

CANCEL_REASONS = (
    "客户临时有事，改天再来",
    "配件缺货，客户不愿等待",
    "客户决定去4S店维修",
    "重复开单，作废",
    "客户联系不上，车辆已开走",
)
DECLINE_REASONS = ("客户觉得价格偏高", "客户先考虑一下", "客户只做必要项目，其余下次再说")
WAITING_PARTS_REASONS = ("配件订货中，预计两天到货", "等原厂配件", "配件调货中")

# The regulation's repair class of a demo order by its category (None: not classed).
REPAIR_TYPES: dict[str, str] = {
    "maintenance": "primary_maintenance", "repair": "minor_repair", "body": "special_repair",
    "paint": "special_repair", "accident": "assembly_overhaul", "insurance": "special_repair",
}
# Parts the workshop finds worn once the car is on the lift (added work, 追加项目).
ADDED_WORK = ("SC02", "YG01", "PD01", "DP01", "LQ04")
# Where a part comes from, by code prefix; the rest are brand parts.
_SOURCES = {"BX": "oem", "DD": "oem", "YZ": "aftermarket", "ZW": "aftermarket", "JY": "oem"}
_UNITS = {"JY01": "L", "JY02": "L", "YY01": "L", "YY02": "L", "YY03": "L", "YY05": "瓶",
          "SC01": "套", "SC02": "套", "YG01": "对", "QX01": "面"}


def unit_of(kind: str, code: str) -> str:
    if kind == "labor":
        return "h"
    return _UNITS.get(code, "个" if kind == "part" else "次")


def source_of(kind: str, code: str) -> str:
    return _SOURCES.get(code[:2], "brand") if kind == "part" else ""
