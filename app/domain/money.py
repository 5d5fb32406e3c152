"""Money as whole fen (分), parsing what people type, VAT and splitting amounts exactly.

Floats cannot hold 0.10 exactly, and a settlement list whose lines do not add up to its total
is a complaint (and a tax problem), so every amount is an integer number of fen and every
division rounds once, half up, in a documented place. Splits (VAT, discounts over lines) are
computed so that the parts always add up to the whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP

FEN_PER_YUAN = 100
BP_PER_WHOLE = 10_000  # basis points: 1300 bp = 13%
VAT_RATE_BP = 1300  # VAT on repair services and parts in China
MAX_PARSED_FEN = 100_000_000_000  # one billion yuan: more is a typing mistake at a repair desk

_AMOUNT = re.compile(
    r"(?P<sign>[-+]?)(?:¥|RMB|CNY)?(?P<sign2>[-+]?)"
    r"(?P<whole>[0-9,]*)(?:\.(?P<fraction>[0-9]*))?(?:元|RMB|CNY)?",
    re.IGNORECASE,
)
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_MINUS_SIGNS = str.maketrans({"−": "-", "–": "-", "—": "-"})


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount of money in whole fen. Ordered, hashable, never a float."""

    fen: int

    def __post_init__(self) -> None:
        # bool is an int subclass; Money(True) is always a bug.
        if not isinstance(self.fen, int) or isinstance(self.fen, bool):
            raise TypeError(f"Money needs an int number of fen, got {self.fen!r}")

    @classmethod
    def parse(cls, text: str) -> Money:
        """Read an amount in yuan as people type it: "12.5", "¥1,234.56", "1234.56元", "-3.20"."""
        return cls(_parse_fen(text))

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.fen + other.fen)

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.fen - other.fen)

    def __mul__(self, times: object) -> Money:
        # Only whole quantities: a fractional multiple needs an explicit rounding rule.
        if not isinstance(times, int) or isinstance(times, bool):
            return NotImplemented
        return Money(self.fen * times)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.fen)

    def __abs__(self) -> Money:
        return Money(abs(self.fen))

    def __bool__(self) -> bool:
        return self.fen != 0

    def __str__(self) -> str:
        """Plain decimal yuan, as stored in exports: "1234.56", "-3.20"."""
        sign = "-" if self.fen < 0 else ""
        yuan, fen = divmod(abs(self.fen), FEN_PER_YUAN)
        return f"{sign}{yuan}.{fen:02d}"

    def format_yuan(self) -> str:
        """For people: "¥1,234.56", "-¥3.20"."""
        sign = "-" if self.fen < 0 else ""
        yuan, fen = divmod(abs(self.fen), FEN_PER_YUAN)
        return f"{sign}¥{yuan:,}.{fen:02d}"


ZERO = Money(0)


def sum_money(amounts: Iterable[Money]) -> Money:
    """The total of `amounts`; ZERO when there are none."""
    return sum(amounts, ZERO)


def percent_of(amount: Money, rate_bp: int) -> Money:
    """`rate_bp` basis points of `amount`, rounded half up to the fen (1500 bp = 15%)."""
    return Money(_divide_half_up(amount.fen * rate_bp, BP_PER_WHOLE))


def vat_split(
    amount: Money, rate_bp: int = VAT_RATE_BP, inclusive: bool = True
) -> tuple[Money, Money]:
    """Split out VAT: return (net, vat).

    `inclusive`: `amount` is the gross price; the VAT is rounded and the net is what is left,
    so net + vat == amount exactly. Otherwise `amount` is the net price and the VAT comes on top.
    """
    if rate_bp < 0:
        raise ValueError(f"VAT rate cannot be negative: {rate_bp} bp")
    if inclusive:
        vat = Money(_divide_half_up(amount.fen * rate_bp, BP_PER_WHOLE + rate_bp))
        return amount - vat, vat
    return amount, percent_of(amount, rate_bp)


def allocate(total: Money, weights: Sequence[int | Money]) -> list[Money]:
    """Split `total` over parts in proportion to `weights`; the parts add up to `total` exactly.

    Each part gets its share rounded down; the fen left over go one each to the parts with the
    largest remainders (the earlier part on a tie), so the result is stable and fair to the fen.
    Used e.g. to spread an order-level discount over the lines.
    """
    fen_weights = [w.fen if isinstance(w, Money) else w for w in weights]
    if any(w < 0 for w in fen_weights):
        raise ValueError(f"weights must not be negative: {fen_weights}")
    weight_sum = sum(fen_weights)
    if weight_sum == 0:
        if total.fen == 0:
            return [ZERO for _ in fen_weights]
        raise ValueError("cannot allocate a non-zero amount over zero weights")
    sign = -1 if total.fen < 0 else 1
    whole = abs(total.fen)
    shares = [divmod(whole * w, weight_sum) for w in fen_weights]
    parts = [quotient for quotient, _ in shares]
    left_over = whole - sum(parts)
    by_remainder = sorted(range(len(shares)), key=lambda i: (-shares[i][1], i))
    for index in by_remainder[:left_over]:
        parts[index] += 1
    return [Money(sign * part) for part in parts]


def _divide_half_up(numerator: int, denominator: int) -> int:
    """Integer division rounding halves away from zero (how fen are rounded on Chinese bills)."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return -quotient if numerator < 0 else quotient


def _parse_fen(text: str) -> int:
    cleaned = "".join(unicodedata.normalize("NFKC", text).translate(_MINUS_SIGNS).split())
    if not cleaned:
        raise InputError(
            "amount",
            QT_TRANSLATE_NOOP("InputError", "Enter an amount in yuan, for example 12.50."),
        )
    match = _AMOUNT.fullmatch(cleaned)
    if not match or (match["sign"] and match["sign2"]) or not _has_digits(match):
        raise InputError(
            "amount",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The amount {amount} is not a number of yuan. Type digits with at most one "
                "decimal point, for example 1234.56.",
            ),
            amount=text.strip(),
        )
    whole = _whole_yuan(text, match["whole"])
    fen = whole * FEN_PER_YUAN + _fraction_fen(text, whole, match["fraction"] or "")
    if fen > MAX_PARSED_FEN:
        raise InputError(
            "amount",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The amount {amount} is too large for a repair bill. Check for extra digits.",
            ),
            amount=text.strip(),
        )
    return -fen if "-" in match["sign"] + match["sign2"] else fen


def _has_digits(match: re.Match[str]) -> bool:
    return any(ch.isdigit() for ch in match["whole"] + (match["fraction"] or ""))


def _whole_yuan(text: str, whole: str) -> int:
    if "," in whole and not _GROUPED.fullmatch(whole):
        raise InputError(
            "amount",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The amount {amount} has a comma in the wrong place; a comma only separates "
                "thousands (1,234.56). Use a point for the decimals.",
            ),
            amount=text.strip(),
        )
    return int(whole.replace(",", "") or "0")


def _fraction_fen(text: str, whole: int, fraction: str) -> int:
    # "12.500" is exact, so trailing zeros are fine; a real third decimal would lose money.
    if fraction[2:].strip("0"):
        exact = Decimal(f"{whole}.{fraction}")
        raise InputError(
            "amount",
            QT_TRANSLATE_NOOP(
                "InputError",
                "The amount {amount} has {n} decimal places; an amount has at most 2 (fen). "
                "Round it to the fen, for example to {suggestion}.",
            ),
            amount=text.strip(),
            n=len(fraction.rstrip("0")),
            suggestion=str(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)),
        )
    return int(fraction[:2].ljust(2, "0"))
