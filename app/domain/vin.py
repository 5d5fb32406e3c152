"""Vehicle identification numbers (车架号, VIN): checking, check digit, maker and model year.

A VIN has 17 characters (ISO 3779): the maker's code (WMI, positions 1-3), the vehicle
description (4-8), a check digit (9), the model year (10), the plant (11) and the serial.
China's GB 16735 requires the check digit, so on a Chinese car a wrong one almost always means a
misread character. Many European cars carry no check digit (a "Z" or other letter at position 9),
so a mismatch is reported, never refused: the advisor confirms the VIN as read on the car.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP

VIN_LENGTH = 17

# ISO 3779 transliteration: letters count as digits, I, O and Q are never used.
_VALUES: dict[str, int] = {str(d): d for d in range(10)} | {
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}  # fmt: skip
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_NEVER_USED = {"I": "1", "O": "0", "Q": "0"}  # letter -> what the person most likely saw

# Position 10: a 30-year cycle; 1980 and 2010 are both "A". I, O, Q, U, Z and 0 are not used.
_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"
_YEAR_CYCLE_START = 1980

# World manufacturer identifiers seen in Chinese shops. Only codes we are sure of are listed;
# an unknown WMI just shows no maker.
WMI_MAKERS: dict[str, str] = {
    # Made in China
    "LFV": "FAW-Volkswagen",
    "LSV": "SAIC Volkswagen",
    "LHG": "GAC Honda",
    "LVH": "Dongfeng Honda",
    "LVG": "GAC Toyota",
    "LFM": "FAW Toyota",
    "LBV": "BMW Brilliance",
    "LE4": "Beijing Benz",
    "LDC": "Dongfeng Peugeot Citroën",
    "LGB": "Dongfeng Nissan",
    "LSG": "SAIC-GM",
    "LRW": "Tesla Shanghai",
    "LGX": "BYD",
    "LC0": "BYD",
    "LB3": "Geely",
    "L6T": "Geely",
    "LNB": "BAIC",
    "LSJ": "SAIC Motor (MG, Roewe)",
    "LVS": "Changan Ford",
    "LS5": "Changan",
    "LFP": "FAW Car",
    "LJD": "Dongfeng Yueda Kia",
    "LBE": "Beijing Hyundai",
    "LVV": "Chery",
    "LGW": "Great Wall",
    "LZW": "SAIC-GM-Wuling",
    "LJ1": "JAC",
    "LVR": "Changan Mazda",
    "LH1": "FAW Haima",
    "LSY": "Brilliance",
    "LWV": "GAC Fiat Chrysler",
    "LMG": "GAC Motor",
    "LYV": "Volvo Cars (China)",
    "LEN": "Beijing Jeep",
    "LGJ": "Dongfeng Fengshen",
    "LDN": "Soueast",
    # Imported
    "WVW": "Volkswagen",
    "WV1": "Volkswagen Commercial Vehicles",
    "WV2": "Volkswagen Commercial Vehicles",
    "WBA": "BMW",
    "WBS": "BMW M",
    "WBY": "BMW i",
    "WMW": "MINI",
    "WDB": "Mercedes-Benz",
    "WDD": "Mercedes-Benz",
    "WDC": "Mercedes-Benz",
    "W1K": "Mercedes-Benz",
    "W1N": "Mercedes-Benz",
    "WME": "smart",
    "WAU": "Audi",
    "WA1": "Audi",
    "WUA": "Audi Sport",
    "WP0": "Porsche",
    "WP1": "Porsche",
    "WF0": "Ford Germany",
    "W0L": "Opel",
    "TMB": "Škoda",
    "VSS": "SEAT",
    "VF1": "Renault",
    "VF3": "Peugeot",
    "VF7": "Citroën",
    "YV1": "Volvo",
    "YV4": "Volvo",
    "ZFA": "Fiat",
    "ZAR": "Alfa Romeo",
    "ZAM": "Maserati",
    "ZFF": "Ferrari",
    "ZHW": "Lamborghini",
    "SAL": "Land Rover",
    "SAJ": "Jaguar",
    "SCA": "Rolls-Royce",
    "SCB": "Bentley",
    "SCC": "Lotus",
    "SCF": "Aston Martin",
    "JTD": "Toyota",
    "JTE": "Toyota",
    "JTH": "Lexus",
    "JTJ": "Lexus",
    "JHM": "Honda",
    "JN1": "Nissan",
    "JM1": "Mazda",
    "JF1": "Subaru",
    "JF2": "Subaru",
    "JA3": "Mitsubishi",
    "KMH": "Hyundai",
    "KNA": "Kia",
    "KND": "Kia",
    "5YJ": "Tesla",
    "7SA": "Tesla",
    "1G1": "Chevrolet",
    "1GC": "Chevrolet",
    "1FA": "Ford",
    "1FT": "Ford",
    "1J4": "Jeep",
    "1C4": "Chrysler",
    "1HG": "Honda (USA)",
    "4T1": "Toyota (USA)",
    "2T1": "Toyota (Canada)",
    "5UX": "BMW (USA)",
    "4JG": "Mercedes-Benz (USA)",
    "5NP": "Hyundai (USA)",
    "1M8": "Motor Coach Industries",
}

# Every maker's name as the Chinese desk and papers write it (English is WMI_MAKERS' own).
# A maker added above needs its Chinese name here (tests/app/test_vin.py checks).
MAKER_NAMES_ZH: dict[str, str] = {
    "Alfa Romeo": "阿尔法·罗密欧",
    "Aston Martin": "阿斯顿·马丁",
    "Audi": "奥迪",
    "Audi Sport": "奥迪 Sport",
    "BAIC": "北京汽车",
    "BMW": "宝马",
    "BMW (USA)": "宝马（美国）",
    "BMW Brilliance": "华晨宝马",
    "BMW M": "宝马 M",
    "BMW i": "宝马 i",
    "BYD": "比亚迪",
    "Beijing Benz": "北京奔驰",
    "Beijing Hyundai": "北京现代",
    "Beijing Jeep": "北京吉普",
    "Bentley": "宾利",
    "Brilliance": "华晨",
    "Changan": "长安",
    "Changan Ford": "长安福特",
    "Changan Mazda": "长安马自达",
    "Chery": "奇瑞",
    "Chevrolet": "雪佛兰",
    "Chrysler": "克莱斯勒",
    "Citroën": "雪铁龙",
    "Dongfeng Fengshen": "东风风神",
    "Dongfeng Honda": "东风本田",
    "Dongfeng Nissan": "东风日产",
    "Dongfeng Peugeot Citroën": "东风标致雪铁龙",
    "Dongfeng Yueda Kia": "东风悦达起亚",
    "FAW Car": "一汽轿车",
    "FAW Haima": "一汽海马",
    "FAW Toyota": "一汽丰田",
    "FAW-Volkswagen": "一汽-大众",
    "Ferrari": "法拉利",
    "Fiat": "菲亚特",
    "Ford": "福特",
    "Ford Germany": "福特（德国）",
    "GAC Fiat Chrysler": "广汽菲克",
    "GAC Honda": "广汽本田",
    "GAC Motor": "广汽传祺",
    "GAC Toyota": "广汽丰田",
    "Geely": "吉利",
    "Great Wall": "长城",
    "Honda": "本田",
    "Honda (USA)": "本田（美国）",
    "Hyundai": "现代",
    "Hyundai (USA)": "现代（美国）",
    "JAC": "江淮",
    "Jaguar": "捷豹",
    "Jeep": "Jeep",
    "Kia": "起亚",
    "Lamborghini": "兰博基尼",
    "Land Rover": "路虎",
    "Lexus": "雷克萨斯",
    "Lotus": "路特斯",
    "MINI": "MINI",
    "Maserati": "玛莎拉蒂",
    "Mazda": "马自达",
    "Mercedes-Benz": "梅赛德斯-奔驰",
    "Mercedes-Benz (USA)": "梅赛德斯-奔驰（美国）",
    "Mitsubishi": "三菱",
    "Motor Coach Industries": "MCI 客车",
    "Nissan": "日产",
    "Opel": "欧宝",
    "Peugeot": "标致",
    "Porsche": "保时捷",
    "Renault": "雷诺",
    "Rolls-Royce": "劳斯莱斯",
    "SAIC Motor (MG, Roewe)": "上汽乘用车（名爵、荣威）",
    "SAIC Volkswagen": "上汽大众",
    "SAIC-GM": "上汽通用",
    "SAIC-GM-Wuling": "上汽通用五菱",
    "SEAT": "西雅特",
    "Soueast": "东南汽车",
    "Subaru": "斯巴鲁",
    "Tesla": "特斯拉",
    "Tesla Shanghai": "特斯拉（上海）",
    "Toyota": "丰田",
    "Toyota (Canada)": "丰田（加拿大）",
    "Toyota (USA)": "丰田（美国）",
    "Volkswagen": "大众",
    "Volkswagen Commercial Vehicles": "大众商用车",
    "Volvo": "沃尔沃",
    "Volvo Cars (China)": "沃尔沃亚太",
    "smart": "smart",
    "Škoda": "斯柯达",
}


def maker_name(maker: str, chinese: bool) -> str:
    """A maker's name in Chinese or English (the English name when no Chinese one is known)."""
    return MAKER_NAMES_ZH.get(maker, maker) if chinese else maker


@dataclass(frozen=True)
class VinCheck:
    """A VIN with valid characters and length, and what it tells about the car."""

    vin: str
    check_digit_ok: bool
    expected_check_digit: str
    maker: str | None
    model_year: int | None


def normalize_vin(text: str) -> str:
    """Return `text` without spaces, fullwidth forms turned halfwidth, upper case."""
    halfwidth = unicodedata.normalize("NFKC", text)
    return "".join(halfwidth.split()).upper()


def check_vin(text: str, today: date | None = None) -> VinCheck:
    """Check a VIN's characters and length, and decode what it tells; else raise `InputError`.

    `today` decides the model-year cycle (the same code means 1995 and 2025).
    """
    vin = normalize_vin(text)
    if not vin:
        raise InputError(
            "vin",
            QT_TRANSLATE_NOOP(
                "InputError",
                "Enter the VIN: the 17 characters on the registration certificate (行驶证) or "
                "at the bottom of the windscreen.",
            ),
        )
    _check_characters(vin)
    if len(vin) != VIN_LENGTH:
        raise InputError(
            "vin",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The VIN {vin} has {n} characters; a VIN has 17. Check for a missing or extra "
                "character.",
            ),
            vin=vin,
            n=len(vin),
        )
    expected = vin_check_digit(vin)
    return VinCheck(
        vin=vin,
        check_digit_ok=vin[8] == expected,
        expected_check_digit=expected,
        maker=WMI_MAKERS.get(vin[:3]),
        model_year=model_year(vin[9], today or date.today()),
    )


def vin_check_digit(vin: str) -> str:
    """The check digit ("0"-"9" or "X") that position 9 of a 17-character VIN should hold."""
    if len(vin) != VIN_LENGTH:
        raise ValueError(f"a VIN has {VIN_LENGTH} characters, got {len(vin)}")
    if not set(vin) <= _VALUES.keys():
        raise ValueError(f"{vin!r} has characters a VIN never uses")
    total = sum(_VALUES[ch] * weight for ch, weight in zip(vin, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def with_check_digit(vin: str) -> str:
    """Return `vin` with a correct check digit at position 9 (for generated demo cars)."""
    vin = normalize_vin(vin)
    return vin[:8] + vin_check_digit(vin) + vin[9:]


def make_vin(wmi: str, vds: str, year: int, plant: str, serial: str) -> str:
    """Build a VIN with a correct check digit from its parts (for generated demo cars).

    `wmi` has 3 characters, `vds` 5, `plant` 1 and `serial` 6; `year` is the model year.
    """
    parts = (wmi, 3), (vds, 5), (plant, 1), (serial, 6)
    for part, length in parts:
        if len(part) != length:
            raise ValueError(f"{part!r} should have {length} characters")
    return with_check_digit(f"{wmi}{vds}0{year_code(year)}{plant}{serial}")


def year_code(year: int) -> str:
    """The position-10 code of a model year (1980 to 2039)."""
    if not _YEAR_CYCLE_START <= year < _YEAR_CYCLE_START + 2 * len(_YEAR_CODES):
        raise ValueError(f"no VIN year code for {year}")
    return _YEAR_CODES[(year - _YEAR_CYCLE_START) % len(_YEAR_CODES)]


def model_year(code: str, today: date) -> int | None:
    """The model year of a position-10 code: the latest year of the cycle not after next year.

    Cars of next year's model are sold from mid-year, so "next year" is still plausible.
    """
    index = _YEAR_CODES.find(code)
    if index < 0:
        return None
    year = _YEAR_CYCLE_START + index
    cycle = len(_YEAR_CODES)
    while year + cycle <= today.year + 1:
        year += cycle
    return year


def _check_characters(vin: str) -> None:
    for position, char in enumerate(vin, start=1):
        if char in _NEVER_USED:
            raise InputError(
                "vin",
                QT_TRANSLATE_NOOP(
                    "InputError",
                    "Position {position} of the VIN is the letter {letter}, which a VIN never "
                    "uses; it is probably {digit}.",
                ),
                position=position,
                letter=char,
                digit=_NEVER_USED[char],
            )
        if char not in _VALUES:
            raise InputError(
                "vin",
                QT_TRANSLATE_NOOP(
                    "InputError",
                    "Position {position} of the VIN is {char}; a VIN has only digits and capital "
                    "letters. Retype that character.",
                ),
                position=position,
                char=char,
            )
