"""How numbers, times and amounts read on paper, including the amount in Chinese capitals (大写).

Pure functions without ReportLab, so a settlement screen can show the same 大写 text that the
receipt prints without paying for the ReportLab import.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.money import FEN_PER_YUAN, Money

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_IN_GROUP = ("", "拾", "佰", "仟")  # places inside a group of four digits
_GROUPS = ("", "万", "亿", "万亿")  # the four-digit groups: units, 万 (10^4), 亿 (10^8), 万亿
_MAX_YUAN = 10 ** (4 * len(_GROUPS)) - 1


def format_money(fen: int) -> str:
    """An amount for people: "¥1,234.50", "-¥3.20" (the domain's own formatting)."""
    return Money(fen).format_yuan()


def format_amount(fen: int) -> str:
    """An amount in a table column headed 元: "1,234.50" (the ¥ on every row is noise)."""
    return format_money(fen).replace("¥", "")


def format_quantity(milli: int) -> str:
    """A quantity stored in thousandths, without trailing zeros: 1500 → "1.5", 2000 → "2"."""
    sign = "-" if milli < 0 else ""
    whole, fraction = divmod(abs(milli), 1000)
    decimals = f"{fraction:03d}".rstrip("0")
    return f"{sign}{whole}.{decimals}" if decimals else f"{sign}{whole}"


def format_datetime(moment: datetime | None, empty: str = "") -> str:
    """A local time as the desk writes it: "2026-11-22 09:30" (already local, naive or aware)."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else empty


def format_rate(permille: int) -> str:
    """A VAT rate in per mille as a percentage: 130 → "13%", 65 → "6.5%"."""
    return f"{format_quantity(permille * 100)}%"


def amount_in_words_zh(fen: int) -> str:
    """The amount in Chinese financial capitals, as banks and tax invoices require.

    Follows the 《支付结算办法》 rules: 整 after 元 when there are no 角 and 分; a run of zeros
    between digits is one 零 (6007.14 → 陆仟零柒元壹角肆分); a zero 角 before a 分 is written
    (325.04 → 叁佰贰拾伍元零肆分); 10–19 start with 壹拾. Where the rules allow either, a zero
    at the 元 place is not written (1680.32 → 壹仟陆佰捌拾元叁角贰分).
    """
    if fen < 0:
        return "负" + amount_in_words_zh(-fen)
    yuan, cents = divmod(fen, FEN_PER_YUAN)
    if yuan > _MAX_YUAN:
        raise ValueError(f"amount too large to write in words: {fen} fen")
    jiao, fen_digit = divmod(cents, 10)
    if yuan == 0 and cents == 0:
        return "零元整"
    words = _yuan_words(yuan) + "元" if yuan else ""
    if cents == 0:
        return words + "整"
    if jiao:
        words += _DIGITS[jiao] + "角"
    elif yuan:
        words += "零"  # 角 is zero but 分 follows: the rules require the 零
    if fen_digit:
        words += _DIGITS[fen_digit] + "分"
    return words


def _yuan_words(yuan: int) -> str:
    """Whole yuan (> 0) in capitals, groups of four digits from the highest."""
    groups = []
    while yuan:
        yuan, group = divmod(yuan, 10_000)
        groups.append(group)
    words = ""
    zero_pending = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_pending = bool(words)  # e.g. 1 0000 0001: 壹亿零壹元
            continue
        # A gap before a non-leading group (zero groups, or a group under 1000) reads as 零.
        if words and (zero_pending or group < 1000):
            words += "零"
        words += _group_words(group) + _GROUPS[index]
        zero_pending = False
    return words


def _group_words(group: int) -> str:
    """One group of up to four digits (> 0): 1001 → 壹仟零壹, 1010 → 壹仟零壹拾, 10 → 壹拾."""
    words = ""
    zero_pending = False
    for place in range(3, -1, -1):
        digit = group // 10**place % 10
        if digit == 0:
            zero_pending = bool(words)
            continue
        if zero_pending:
            words += "零"
        words += _DIGITS[digit] + _IN_GROUP[place]
        zero_pending = False
    return words
