"""Blocks that order documents share: headings, the order/car grid, totals, terms, signatures.

Later papers (check-in sheet, receipt, settlement list) reuse them so every paper the customer
keeps shows the same facts in the same place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.printing.base import (
    CONTENT_WIDTH,
    HEAD_FILL,
    BoldParagraph,
    amount_in_words_zh,
    format_datetime,
    format_money,
    format_rate,
    grid_commands,
    markup,
    styles,
)
from app.printing.fonts import FONT
from app.printing.model import OrderDocument, PrintTotals

Labels = Mapping[str, str]


def heading(text: str, note: str = "") -> list[Flowable]:
    """A bold section heading; `note` (e.g. "金额单位：元") sits at its right end.

    A heading never ends a page: with less than 25 mm left it starts the next one. (keepWithNext
    would drag a whole long lines table after it onto the next page instead of splitting it.)
    """
    return [CondPageBreak(25 * mm), _heading(text, note)]


def _heading(text: str, note: str) -> Flowable:
    style = styles().heading
    if not note:
        return BoldParagraph(markup(text), style)
    left = stringWidth(text, FONT, style.fontSize) + 12  # the heading whole, the note the rest
    table = Table(
        [[BoldParagraph(markup(text), style), Paragraph(markup(note), styles().small_right)]],
        colWidths=[left, CONTENT_WIDTH - left],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # a table sets its font even for Paragraphs
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def order_grid(doc: OrderDocument, labels: Labels) -> Flowable:
    """Order, customer and car facts: three label/value pairs a row, thin grid lines."""
    none = labels["none"]
    mileage = f"{doc.mileage_km:,} km" if doc.mileage_km is not None else none
    pairs: list[tuple[str, str | Flowable]] = [
        ("number", doc.number),
        ("opened_at", format_datetime(doc.opened_at)),
        ("status", doc.status_name),
        ("customer", doc.customer_name),
        ("customer_phone", doc.customer_phone),
        ("advisor", doc.advisor),
        ("plate", BoldParagraph(markup(doc.plate), styles().value_large)),
        ("vehicle", doc.vehicle),
        ("vin", doc.vin),
        ("mileage", mileage),
        ("fuel", doc.fuel),
        ("promised_at", format_datetime(doc.promised_at, none)),
        ("category", doc.category_name),
        ("repair_type", doc.repair_type_name),
        ("payer", doc.payer),
    ]
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), 3):
        row: list[Any] = []
        for key, value in pairs[start : start + 3]:
            row.append(_cell(labels[key]))
            row.append(value if isinstance(value, Flowable) else _cell(value or none))
        rows.append(row)
    # The customer's own words get a full-width row: they can run to several lines.
    complaint = Paragraph(markup(doc.complaint or none), styles().body)
    rows.append([_cell(labels["complaint"]), complaint, "", "", "", ""])
    label_width, value_width = 18 * mm, CONTENT_WIDTH / 3 - 18 * mm
    table = Table(rows, colWidths=[label_width, value_width] * 3)
    commands = grid_commands()
    commands += [("BACKGROUND", (col, 0), (col, -2), HEAD_FILL) for col in (0, 2, 4)]
    commands += [("BACKGROUND", (0, -1), (0, -1), HEAD_FILL), ("SPAN", (1, -1), (-1, -1))]
    table.setStyle(TableStyle(commands))
    return table


def totals_block(totals: PrintTotals, labels: Labels, language: str) -> Flowable:
    """工时费 / 材料费 / 其他, 优惠 / 其中增值税 / 合计, and the total in capitals (zh)."""
    rate = format_rate(totals.vat_rate_permille)
    total = BoldParagraph(format_money(totals.total_fen), styles().value_large)
    rows: list[list[Any]] = [
        _pairs(
            ("total_labor", format_money(totals.labor_fen)),
            ("total_parts", format_money(totals.parts_fen)),
            ("total_other", format_money(totals.other_fen)),
            labels=labels,
        ),
        [
            _cell(labels["total_discount"]),
            _cell(format_money(-totals.discount_fen)),
            _cell(labels["vat"].format(rate=rate)),
            _cell(format_money(totals.vat_fen)),
            _cell(labels["total"]),
            total,
        ],
    ]
    if language != "en":  # capitals are a Chinese bill's safeguard; an English reader has digits
        words = BoldParagraph(amount_in_words_zh(totals.total_fen), styles().value_large)
        rows.append([_cell(labels["total_words"]), words, "", "", "", ""])
    label_width, value_width = 28 * mm, CONTENT_WIDTH / 3 - 28 * mm
    table = Table(rows, colWidths=[label_width, value_width] * 3)
    commands = grid_commands()
    commands += [("BACKGROUND", (col, 0), (col, 1), HEAD_FILL) for col in (0, 2, 4)]
    if len(rows) == 3:
        commands += [("SPAN", (1, 2), (5, 2)), ("BACKGROUND", (0, 2), (0, 2), HEAD_FILL)]
    table.setStyle(TableStyle(commands))
    # No heading: the block sits under the lines, where a shop's form has its totals rows.
    return KeepTogether([Spacer(0, 2 * mm), table])


def terms_block(terms: str, labels: Labels) -> list[Flowable]:
    """The shop's terms, one paragraph per line of the setting; nothing when there are none."""
    paragraphs = [line.strip() for line in terms.splitlines() if line.strip()]
    if not paragraphs:
        return []
    style = styles().terms
    return [*heading(labels["terms"]), *(Paragraph(markup(text), style) for text in paragraphs)]


def signature_block(consent: str, advisor: str, labels: Labels) -> Flowable:
    """The customer's and the advisor's signature boxes, each with a date line."""
    cell = styles().cell

    def box(title: str) -> list[Flowable]:
        # Room to sign between the title and the date line, as on the shop's paper forms.
        date = Paragraph(markup(labels["sign_date"]), cell)
        return [Paragraph(markup(title), cell), Spacer(0, 11 * mm), date]

    table = Table(
        [[box(labels["sign_customer"]), box(labels["sign_advisor"] + advisor)]],
        colWidths=[CONTENT_WIDTH / 2] * 2,
    )
    table.setStyle(TableStyle([*grid_commands(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether(
        [Spacer(0, 3 * mm), Paragraph(markup(consent), styles().body), Spacer(0, 1.5 * mm), table]
    )


def _pairs(*pairs: tuple[str, str], labels: Labels) -> list[Any]:
    row: list[Any] = []
    for key, value in pairs:
        row += [_cell(labels[key]), _cell(value)]
    return row


def _cell(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().cell)


def flow(*parts: Flowable | Sequence[Flowable]) -> list[Flowable]:
    """Flatten blocks and lists of blocks into one story."""
    story: list[Flowable] = []
    for part in parts:
        story.extend(part if isinstance(part, Sequence) else [part])
    return story
