"""Pricing an order: line amounts, discounts, the totals split and the discount authority.

Quantities are thousandths (1.5 h = 1500, 4.5 L = 4500) so that labor hours and litres of oil
stay exact; a line's amount is quantity × unit price rounded once, half up, to the fen. The
totals are sums of those line totals, so the printed lines always add up to the printed total.
Declined lines and added work still waiting for consent are kept on the order but not charged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.errors import InputError
from app.domain.money import BP_PER_WHOLE, Money, _divide_half_up, percent_of, vat_split
from app.i18n import QT_TRANSLATE_NOOP

MILLI = 1000
MAX_QUANTITY_MILLI = 10_000 * MILLI  # ten thousand of anything on one line is a typing mistake
CHARGED_APPROVALS = frozenset({"pending", "approved"})

_QUANTITY = re.compile(r"(?P<whole>[0-9]*)(?:\.(?P<fraction>[0-9]*))?")


@dataclass(frozen=True)
class PricedLine:
    """What pricing needs of a line (the editor's rows and the stored lines alike)."""

    kind: str  # labor | part | sublet | fee
    quantity_milli: int
    unit_price_fen: int
    discount_fen: int = 0
    approval: str = "pending"

    @property
    def gross_fen(self) -> int:
        return line_gross_fen(self.quantity_milli, self.unit_price_fen)

    @property
    def total_fen(self) -> int:
        return self.gross_fen - self.discount_fen

    @property
    def charged(self) -> bool:
        return self.approval in CHARGED_APPROVALS


@dataclass(frozen=True)
class OrderTotals:
    labor_fen: int  # charged lines before any discount
    parts_fen: int
    other_fen: int  # sublet and fees
    line_discount_fen: int
    order_discount_fen: int
    total_fen: int  # payable, tax-inclusive
    vat_fen: int  # VAT contained in (or added to) the total
    vat_rate_bp: int
    declined_fen: int  # what the customer said no to (tomorrow's follow-up sale)
    awaiting_fen: int  # added work still waiting for the customer's consent

    @property
    def gross_fen(self) -> int:
        return self.labor_fen + self.parts_fen + self.other_fen

    @property
    def discount_fen(self) -> int:
        return self.line_discount_fen + self.order_discount_fen

    @property
    def discount_bp(self) -> int:
        """The whole discount as a share of the gross, in basis points (rounded up: strict)."""
        if self.gross_fen <= 0:
            return 0
        return -(-self.discount_fen * BP_PER_WHOLE // self.gross_fen)


def line_gross_fen(quantity_milli: int, unit_price_fen: int) -> int:
    return _divide_half_up(quantity_milli * unit_price_fen, MILLI)


def order_totals(
    lines: Iterable[PricedLine],
    order_discount_fen: int = 0,
    vat_rate_bp: int = 1300,
    prices_include_vat: bool = True,
) -> OrderTotals:
    labor = parts = other = line_discount = declined = awaiting = 0
    for line in lines:
        if line.approval == "declined":
            declined += line.total_fen
            continue
        if line.approval == "awaiting":
            awaiting += line.total_fen
            continue
        if line.kind == "labor":
            labor += line.gross_fen
        elif line.kind == "part":
            parts += line.gross_fen
        else:
            other += line.gross_fen
        line_discount += line.discount_fen
    net_of_discounts = labor + parts + other - line_discount - order_discount_fen
    _, vat = vat_split(Money(net_of_discounts), vat_rate_bp, inclusive=prices_include_vat)
    total = net_of_discounts if prices_include_vat else net_of_discounts + vat.fen
    return OrderTotals(labor, parts, other, line_discount, order_discount_fen, total, vat.fen,
                       vat_rate_bp, declined, awaiting)


def parse_quantity(text: str, field: str = "quantity") -> int:
    """A quantity as typed ("1", "1.5", "0.25") in thousandths; more than 3 decimals refused."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = _QUANTITY.fullmatch(cleaned)
    if not cleaned or not match or not (match["whole"] or match["fraction"]):
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The quantity {text} is not a number. Type for example 1, 2 or 1.5."),
            text=text.strip())
    fraction = match["fraction"] or ""
    if len(fraction.rstrip("0")) > 3:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The quantity {text} has more than 3 decimals; round it."),
            text=text.strip())
    milli = int(match["whole"] or "0") * MILLI + int(fraction[:3].ljust(3, "0"))
    if milli <= 0:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The quantity must be more than 0. To drop a line, delete it."))
    if milli > MAX_QUANTITY_MILLI:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The quantity {text} is too large for one line. Check for extra "
            "digits."), text=text.strip())
    return milli


def format_quantity(milli: int) -> str:
    """1500 → "1.5", 1000 → "1", 250 → "0.25"."""
    whole, fraction = divmod(milli, MILLI)
    return f"{whole}.{fraction:03d}".rstrip("0").rstrip(".") if fraction else str(whole)


def parse_discount(text: str, gross_fen: int, field: str = "discount") -> int:
    """A discount typed as yuan ("20", "¥15.5") or a percentage ("10%") of `gross_fen`."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return 0
    if cleaned.endswith("%"):
        number = cleaned[:-1].strip()
        try:
            bp = round(float(number) * 100) if re.fullmatch(r"[0-9]+(\.[0-9]{1,2})?", number) \
                else -1
        except ValueError:
            bp = -1
        if not 0 <= bp <= BP_PER_WHOLE:
            raise InputError(field, QT_TRANSLATE_NOOP(
                "InputError", "The discount {text} is not a percentage from 0% to 100%."),
                text=text.strip())
        fen = percent_of(Money(gross_fen), bp).fen
    else:
        try:
            fen = Money.parse(cleaned).fen
        except InputError as e:
            raise e.for_field(field) from None
    check_discount(fen, gross_fen, field)
    return fen


def check_discount(discount_fen: int, gross_fen: int, field: str = "discount") -> None:
    if discount_fen < 0:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "A discount cannot be negative. To charge more, raise the price."))
    if discount_fen > max(gross_fen, 0):
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The discount {discount} is more than the amount {amount}."),
            discount=Money(discount_fen).format_yuan(), amount=Money(gross_fen).format_yuan())


def within_authority(totals: OrderTotals, limit_bp: int) -> bool:
    """Whether the order's whole discount stays within a limit (e.g. the advisor's 10 %)."""
    return totals.discount_fen == 0 or totals.discount_bp <= limit_bp
