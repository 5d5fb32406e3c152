"""A starter catalog for a new shop: common labor operations, parts, two packages, phrases.

The codes are the demo shop's (`app.demo_catalog`), so demo orders and the catalog agree.
Prices are ordinary 2026 prices for a family car; the shop edits them to its own.
Everything is text as the desk would type it: `catalog.seed_defaults` puts it through the same
checks and services as the catalog pages.
"""

from __future__ import annotations

from app.services.catalog_forms import LaborForm, PackageForm, PackageItemForm, PartForm

LABOR = (
    LaborForm("BY01", "更换机油机滤", "maintenance", "0.5"),
    LaborForm("BY02", "更换空气滤芯", "maintenance", "0.2"),
    LaborForm("BY03", "更换空调滤芯", "maintenance", "0.3"),
    LaborForm("BY04", "更换火花塞", "maintenance", "0.8"),
    LaborForm("BY05", "更换刹车油", "maintenance", "0.8"),
    LaborForm("BY07", "更换防冻液", "maintenance", "0.8"),
    LaborForm("BY09", "轮胎换位", "maintenance", "0.4"),
    LaborForm("WX01", "更换前刹车片", "repair", "1.0", "3", "5000"),
    LaborForm("WX03", "四轮定位", "repair", "1.0"),
    LaborForm("WX04", "轮胎动平衡", "repair", "0.5"),
    LaborForm("WX05", "更换蓄电池", "repair", "0.3"),
    LaborForm("WX09", "空调系统检修加注冷媒", "repair", "1.0", "3", "5000"),
    LaborForm("WX13", "电脑故障诊断", "repair", "0.5"),
)

PARTS = (
    PartForm("JY01", "全合成机油 5W-30", "美孚", "升", "68", "45", "40"),
    PartForm("LQ01", "机油滤清器", "马勒", "个", "45", "22", "20"),
    PartForm("LQ02", "空气滤芯", "马勒", "个", "65", "30", "10"),
    PartForm("LQ03", "空调滤芯（活性炭）", "马勒", "个", "85", "38", "10"),
    PartForm("HS01", "铱金火花塞", "NGK", "支", "75", "40", "16"),
    PartForm("YY01", "刹车油 DOT4", "博世", "升", "60", "30", "6"),
    PartForm("YY03", "长效防冻液", "壳牌", "升", "35", "18", "20"),
    PartForm("YY05", "冷媒 R134a", "", "瓶", "110", "60", "6"),
    PartForm("SC01", "前刹车片", "博世", "套", "380", "210", "4", "brand", "12", "20000"),
    PartForm("DC01", "蓄电池 60Ah", "瓦尔塔", "个", "650", "420", "3", "brand", "12"),
    PartForm("LT01", "轮胎 205/55 R16", "米其林", "条", "560", "410", "8", "brand", "24",
             "50000"),
    PartForm("YG01", "雨刮片", "博世", "对", "120", "55", "6"),
    PartForm("DP01", "大灯灯泡 H7", "欧司朗", "个", "85", "40", "10"),
)

_OIL_CHANGE = (
    PackageItemForm("labor", "BY01"),
    PackageItemForm("part", "JY01", quantity="4"),
    PackageItemForm("part", "LQ01"),
)
_WASTE_OIL = PackageItemForm("fee", "", "废油回收处理费", "1", "20")

PACKAGES = (
    PackageForm("TC01", "小保养", "maintenance", (*_OIL_CHANGE, _WASTE_OIL)),
    PackageForm("TC02", "大保养", "maintenance", (
        *_OIL_CHANGE,
        PackageItemForm("labor", "BY02"), PackageItemForm("part", "LQ02"),
        PackageItemForm("labor", "BY03"), PackageItemForm("part", "LQ03"),
        PackageItemForm("labor", "BY04"), PackageItemForm("part", "HS01", quantity="4"),
        _WASTE_OIL,
    )),
)

PHRASES = (
    "定期保养", "发动机异响", "刹车异响", "方向盘抖动", "行驶跑偏", "空调不凉", "故障灯亮",
    "轮胎漏气", "漏油", "打不着火",
)
