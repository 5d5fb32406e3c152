"""The engine every printed document uses: styles, table grid, A4 templates and PDF bytes.

A document module builds a list of flowables and hands it to `to_pdf_bytes` with a
`PageSetup`; the shop header, codes and page footer come from the templates (page.py).
Output is reproducible: ReportLab's invariant mode plus undated metadata give the same bytes
for the same input, so a reprint can be compared with what the customer signed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from app.printing.fonts import FONT, register_fonts
from app.printing.formatting import (
    amount_in_words_zh,
    format_amount,
    format_datetime,
    format_money,
    format_quantity,
    format_rate,
)
from app.printing.page import (
    CONTENT_WIDTH,
    FIRST_FRAME_TOP,
    FRAME_BOTTOM,
    LATER_FRAME_TOP,
    MARGIN,
    PAGE_WIDTH,
    PageSetup,
    draw_code128,
    draw_first_header,
    draw_later_header,
    draw_qr,
    footer_canvas,
)

__all__ = [
    "CELL_PADDING",
    "CONTENT_WIDTH",
    "GRID_GREY",
    "HEAD_FILL",
    "BoldParagraph",
    "PageSetup",
    "Styles",
    "amount_in_words_zh",
    "draw_code128",
    "draw_qr",
    "format_amount",
    "format_datetime",
    "format_money",
    "format_quantity",
    "format_rate",
    "grid_commands",
    "markup",
    "styles",
    "to_pdf_bytes",
]

GRID_GREY = colors.Color(0.55, 0.55, 0.55)
HEAD_FILL = colors.Color(0.9, 0.9, 0.9)  # table headers and group rows: light enough for toner
MUTED = colors.Color(0.45, 0.45, 0.45)
CELL_PADDING = 2.2  # points left and right in every table cell


class BoldParagraph(Paragraph):
    """A paragraph drawn with stroked outlines: the CJK face has no bold weight."""

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(self.style.fontSize * 0.035)
        self.canv.setStrokeColor(self.style.textColor)
        super().draw()
        self.canv.restoreState()

    def beginText(self, x: float, y: float) -> Any:  # noqa: N802 - ReportLab's name
        text = super().beginText(x, y)
        text.setTextRenderMode(2)  # fill, then stroke
        return text


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of all documents: 9–10 pt body, as dense as a shop's forms."""

    body: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    head: ParagraphStyle
    heading: ParagraphStyle
    terms: ParagraphStyle
    value_large: ParagraphStyle


@cache
def styles() -> Styles:
    """The styles, built once (the font is registered first so widths are measured right)."""
    register_fonts()
    # CJK wrapping keeps Chinese punctuation (，、）) off the start of a line, and backs up to
    # a space or a Chinese character so a Latin word (Castrol, 0W-20) stays whole.
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, wordWrap="CJK")
    small = ParagraphStyle("small", base, fontSize=8, leading=10.5)
    cell = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", cell, alignment=TA_CENTER)
    return Styles(
        body=base,
        small=small,
        small_right=ParagraphStyle("small_right", small, alignment=TA_RIGHT),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", cell, alignment=TA_RIGHT),
        cell_centre=ParagraphStyle("cell_centre", cell, alignment=TA_CENTER),
        head=head,
        heading=ParagraphStyle(
            "heading", base, fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3
        ),
        terms=ParagraphStyle("terms", base, fontSize=7.5, leading=10, spaceAfter=1.5),
        value_large=ParagraphStyle("value_large", cell, fontSize=10, leading=12),
    )


def markup(text: str) -> str:
    """Plain text (names, descriptions typed at the desk) made safe for Paragraph markup."""
    return escape(text).replace("\n", "<br/>")


def grid_commands(font_size: float = 8.5) -> list[tuple[Any, ...]]:
    """TableStyle commands for the thin-lined grid of a shop form."""
    return [
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]


def to_pdf_bytes(story: Sequence[Flowable], setup: PageSetup) -> bytes:
    """Lay `story` out on A4 pages with the shop header and page footer; return the PDF."""
    register_fonts()
    buffer = BytesIO()
    width = PAGE_WIDTH - 2 * MARGIN
    first = PageTemplate(
        id="first",
        frames=[_frame("first", FIRST_FRAME_TOP, width)],
        onPage=lambda canvas, _doc: draw_first_header(canvas, setup),
        autoNextPageTemplate="later",
    )
    later = PageTemplate(
        id="later",
        frames=[_frame("later", LATER_FRAME_TOP, width)],
        onPage=lambda canvas, _doc: draw_later_header(canvas, setup),
    )
    document = BaseDocTemplate(
        buffer,
        pageTemplates=[first, later],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FRAME_BOTTOM,
        title=" ".join(part for part in (setup.title, setup.code_value) if part),
        author=setup.shop.name,
        subject=setup.title,
        creator="GarageDesk",
        producer="GarageDesk",  # ReportLab's default names its version: updates change bytes
        invariant=1,
        initialFontName=FONT,  # else every page lists an unembedded Helvetica it never uses
        lang="en" if setup.language == "en" else "zh-CN",
    )
    document.build(list(story), canvasmaker=footer_canvas(setup))
    return buffer.getvalue()


def _frame(name: str, top: float, width: float) -> Frame:
    return Frame(
        MARGIN,
        FRAME_BOTTOM,
        width,
        top - FRAME_BOTTOM,
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
