"""The lines tables of order documents: grouped by kind, wrapped text, header on every page.

Each table is a list of `Column`s, so the estimate (with the customer's decision) and the work
order (with the warranty) share one builder. Every cell is a Paragraph, so a long Chinese
description wraps inside its column instead of running over the next one; the narrow columns
are sized to what they hold (an English "Customer", a "24个月/50000km" warranty) within limits,
and the description takes the rest of the A4 width.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import unescape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from app.printing.base import (
    CELL_PADDING,
    CONTENT_WIDTH,
    HEAD_FILL,
    BoldParagraph,
    format_amount,
    format_quantity,
    grid_commands,
    markup,
    styles,
)
from app.printing.fonts import FONT
from app.printing.model import PrintLine

Labels = Mapping[str, str]
# The last group takes every kind not named before it, so no line is ever left off the paper.
GROUPS = (("group_labor", ("labor",)), ("group_part", ("part",)), ("group_other", ()))
GROUP_FILL = colors.Color(0.96, 0.96, 0.96)
TAG_COLOUR = "#a00000"  # 追加 / 待客户确认 tags: dark red, still dark on a mono laser
MUTED_COLOUR = colors.Color(0.45, 0.45, 0.45)
ALIGNS = {"left": "LEFT", "right": "RIGHT", "centre": "CENTRE"}
FONT_SIZE = 8.5  # the cells' size (styles().cell)
MIN_DESCRIPTION = 50 * mm  # narrower and a typical Chinese description takes four lines


@dataclass(frozen=True)
class Column:
    """One column: label key, its cell text (markup) and its width limits in mm.

    `max_mm` 0 marks the description column, which takes the width the others leave.
    """

    label: str
    text: Callable[[PrintLine, Labels], str]
    align: str = "left"  # "left" | "right" | "centre"
    min_mm: float = 0
    max_mm: float = 0


def _description(line: PrintLine, labels: Labels, consent_tag: bool) -> str:
    tags = [labels["added"]] if line.added else []
    if consent_tag and line.approval == "awaiting_consent":
        tags.append(labels["approval_awaiting_consent"])
    text = "".join(
        f'<font color="{TAG_COLOUR}">{markup(labels["tag"].format(tag=tag))}</font>' for tag in tags
    )
    text += markup(line.description)
    if line.technician:
        who = markup(labels["technician"].format(name=line.technician))
        text += f'<br/><font size="7" color="#555555">{who}</font>'
    return text


def _source(line: PrintLine, labels: Labels) -> str:
    return markup(labels.get(f"source_{line.source}", line.source)) if line.source else ""


def _decision(line: PrintLine, labels: Labels) -> str:
    return markup(labels.get(f"approval_{line.approval}", line.approval))


def _discount(line: PrintLine, _labels: Labels) -> str:
    return format_amount(line.discount_fen) if line.discount_fen else ""


NUMBER = Column("col_no", lambda line, _: str(line.position), "centre", 7, 10)
CODE = Column("col_code", lambda line, _: markup(line.code), "left", 12, 24)
DESCRIPTION = Column("col_desc", lambda line, labels: _description(line, labels, True))
PLAIN_DESCRIPTION = Column("col_desc", lambda line, labels: _description(line, labels, False))
SOURCE = Column("col_source", _source, "centre", 9, 19)
WARRANTY = Column("col_warranty", lambda line, _: markup(line.warranty), "centre", 12, 26)
QUANTITY = Column("col_qty", lambda line, _: format_quantity(line.quantity_milli), "right", 8, 14)
UNIT = Column("col_unit", lambda line, _: markup(line.unit), "centre", 7, 12)
PRICE = Column("col_price", lambda line, _: format_amount(line.unit_price_fen), "right", 13, 22)
DISCOUNT = Column("col_discount", _discount, "right", 10, 18)
AMOUNT = Column("col_amount", lambda line, _: format_amount(line.total_fen), "right", 14, 24)
DECISION = Column("col_decision", _decision, "centre", 11, 20)

# The work order shows each line's warranty; the estimate the customer's decision instead.
WORKORDER_COLUMNS = (
    *(NUMBER, CODE, DESCRIPTION, SOURCE, WARRANTY),
    *(QUANTITY, UNIT, PRICE, DISCOUNT, AMOUNT),
)
ESTIMATE_COLUMNS = (
    *(NUMBER, CODE, PLAIN_DESCRIPTION, SOURCE, QUANTITY),
    *(UNIT, PRICE, DISCOUNT, AMOUNT, DECISION),
)
DECLINED_COLUMNS = (NUMBER, CODE, PLAIN_DESCRIPTION, SOURCE, QUANTITY, UNIT, PRICE, AMOUNT)


def lines_table(
    lines: Iterable[PrintLine],
    columns: tuple[Column, ...],
    labels: Labels,
    grouped: bool = True,
) -> Table:
    """The lines under one header row (repeated on each page), in 工时 / 配件 / 其他 groups."""
    lines = tuple(lines)
    texts = {id(line): [column.text(line, labels) for column in columns] for line in lines}
    rows: list[list[Any]] = [
        [BoldParagraph(markup(labels[c.label]), styles().head) for c in columns]
    ]
    commands = [*grid_commands(), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)]
    widths = column_widths(columns, [labels[c.label] for c in columns], list(texts.values()))
    commands += [("ALIGN", (i, 1), (i, -1), ALIGNS[c.align]) for i, c in enumerate(columns)]
    for group_label, members in _groups(lines, grouped):
        if group_label:
            row = len(rows)
            commands += [("SPAN", (0, row), (-1, row))]
            commands += [("BACKGROUND", (0, row), (-1, row), GROUP_FILL)]
            label = BoldParagraph(markup(labels[group_label]), styles().cell)
            rows.append([label] + [""] * (len(columns) - 1))
        for line in members:
            cells, muted = _cells(line, columns, texts[id(line)], widths)
            if muted:
                commands += [("TEXTCOLOR", (0, len(rows)), (-1, len(rows)), MUTED_COLOUR)]
            rows.append(cells)
    if len(rows) == 1:  # no lines yet: one row says so instead of a bare header
        rows.append([Paragraph(labels["none"], _cell("centre", False))] + [""] * (len(columns) - 1))
        commands += [("SPAN", (0, 1), (-1, 1))]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def column_widths(
    columns: tuple[Column, ...], headers: list[str], rows: list[list[str]]
) -> list[float]:
    """Each narrow column as wide as its longest text (header: longest word), within limits;
    if that leaves the description too little, the narrow ones give back towards their minimum.
    """
    padding = 2 * CELL_PADDING + 1.5  # + slack: a text exactly as wide as its cell still wraps
    widths: list[float] = []
    for index, column in enumerate(columns):
        if not column.max_mm:
            widths.append(0.0)
            continue
        cell_size = styles().cell.fontSize
        needed = max(
            [_width(word, cell_size) for word in headers[index].split()]
            + [_width(row[index], cell_size) for row in rows]
        )
        widths.append(min(max(needed + padding, column.min_mm * mm), column.max_mm * mm))
    spare = CONTENT_WIDTH - sum(widths) - MIN_DESCRIPTION
    if spare < 0:
        give = [width - column.min_mm * mm for width, column in zip(widths, columns, strict=True)]
        share = min(1.0, -spare / sum(give))
        widths = [width - g * share for width, g in zip(widths, give, strict=True)]
    rest = CONTENT_WIDTH - sum(widths)
    return [width or rest for width in widths]


def _groups(lines: tuple[PrintLine, ...], grouped: bool) -> list[tuple[str, list[PrintLine]]]:
    if not grouped:
        return [("", list(lines))]
    named = {kind for _, kinds in GROUPS for kind in kinds}

    def belongs(line: PrintLine, kinds: tuple[str, ...]) -> bool:
        return line.kind in kinds if kinds else line.kind not in named

    found = [(label, [line for line in lines if belongs(line, kinds)]) for label, kinds in GROUPS]
    return [(label, members) for label, members in found if members]


def _cells(line: PrintLine, columns: tuple[Column, ...], texts: list[str],
           widths: list[float]) -> tuple[list[Paragraph | str], bool]:
    """One line's cells; True when the line prints grey (declined, on the estimate).

    A short text that fits its narrow column is a plain string, drawn by the table itself: a
    Paragraph costs ~0.2 ms to parse and wrap, and a 50-line order has 500 of them. The text is
    already escaped markup, so a plain cell takes it unescaped.
    """
    # A declined line on the estimate prints grey, its "不做" in bold so the no stands out.
    declined = line.approval == "declined" and DECISION in columns
    cells: list[Paragraph | str] = []
    padding = 2 * CELL_PADDING + 1.5
    for column, text, width in zip(columns, texts, widths, strict=True):
        if declined and column is DECISION:
            cells.append(BoldParagraph(text, _cell(column.align, False)))
        elif column.max_mm and "<" not in text and _width(text, FONT_SIZE) + padding <= width:
            cells.append(unescape(text))
        else:
            cells.append(Paragraph(text, _cell(column.align, declined)))
    return cells, declined


def _width(text: str, size: float) -> float:
    """Width of a cell's one-line text (narrow columns hold no tags, only escaped text)."""
    return stringWidth(unescape(text), FONT, size)


@cache
def _cell(align: str, muted: bool) -> ParagraphStyle:
    """The cell style for an alignment, grey for declined lines."""
    parent = {"left": styles().cell, "right": styles().cell_right}.get(align, styles().cell_centre)
    if not muted:
        return parent
    return ParagraphStyle(f"{parent.name}_muted", parent, textColor=MUTED_COLOUR)
