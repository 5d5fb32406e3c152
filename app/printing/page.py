"""What every page of a document carries: the shop header, the order's codes and the footer.

Drawn straight on the canvas by the page templates, so the story (tables, paragraphs) only holds
the document's own content. "Page N of M" needs M, which is known only after the last page, so
the canvas keeps each finished page and draws the footers when the document is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer

from app.printing.fonts import FONT
from app.printing.model import ShopHeader

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FIRST_FRAME_TOP = PAGE_HEIGHT - 47 * mm  # below the full header and the title
LATER_FRAME_TOP = PAGE_HEIGHT - 20 * mm  # below the one-line header of pages 2…
FRAME_BOTTOM = 15 * mm  # above the footer
QR_SIZE = 22 * mm
RULE_GREY = colors.Color(0.45, 0.45, 0.45)
TEXT_GREY = colors.Color(0.3, 0.3, 0.3)


@dataclass(frozen=True)
class PageSetup:
    """What the page templates draw around the story."""

    shop: ShopHeader
    title: str
    labels: Mapping[str, str]
    code_value: str = ""  # the order number: Code 128 and QR top right; "" = no codes
    footer_left: str = ""  # e.g. the order number, so a loose page can be matched
    printed_at: str = ""  # already formatted; "" = no print time (reproducible bytes)
    language: str = "zh_CN"  # the PDF's declared language, for screen readers and search


def draw_first_header(canvas: Canvas, setup: PageSetup) -> None:
    """Page 1: logo, shop name, address · phone, tax id, the codes, a rule and the title."""
    top = PAGE_HEIGHT - 10 * mm
    codes_left = _draw_codes(canvas, setup.code_value, top) if setup.code_value else None
    text_left = MARGIN + _draw_logo(canvas, setup.shop.logo_png, top)
    text_right = (codes_left or PAGE_WIDTH - MARGIN) - 4 * mm
    _draw_shop_text(canvas, setup, text_left, top, text_right - text_left)
    rule_y = top - QR_SIZE - 3 * mm
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
    canvas.setFillColor(colors.black)
    _bold_text(canvas, setup.title, PAGE_WIDTH / 2, rule_y - 9 * mm, 16, centred=True)


def draw_later_header(canvas: Canvas, setup: PageSetup) -> None:
    """Pages 2…: one line (shop, title, number) so the table gets the room."""
    baseline = PAGE_HEIGHT - 14 * mm
    canvas.setFillColor(colors.black)
    right = " ".join(part for part in (setup.title, setup.code_value) if part)
    canvas.setFont(FONT, 9)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, baseline, right)
    width = CONTENT_WIDTH - stringWidth(right, FONT, 9) - 6 * mm
    _fit_text(canvas, setup.shop.name, MARGIN, baseline, width, 10, 7)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, baseline - 2.5 * mm, PAGE_WIDTH - MARGIN, baseline - 2.5 * mm)


def draw_code128(canvas: Canvas, value: str, right: float, bottom: float, height: float) -> float:
    """Code 128 of `value` with `right` as its right edge; returns its left edge.

    0.6 pt bars (0.21 mm) are the narrowest a 600 dpi office laser prints cleanly enough for
    a desk scanner, and keep a 20-character order number under 65 mm including quiet zones.
    """
    barcode = code128.Code128(value, barWidth=0.6, barHeight=height, humanReadable=0)
    left = right - barcode.width
    barcode.drawOn(canvas, left, bottom)
    return left


def draw_qr(canvas: Canvas, value: str, left: float, bottom: float, size: float) -> None:
    """A QR code of `value` filling a `size` square, quiet zone included (phones scan it).

    The modules are drawn as one path rather than through renderPDF, whose initial graphics
    state sets Helvetica and so puts an unembedded font into every PDF.
    """
    widget = QrCodeWidget(value, barLevel="M", barBorder=4)
    widget.qr.make()
    modules = widget.qr.modules
    box = size / (len(modules) + 2 * widget.barBorder)
    path = canvas.beginPath()
    for row_index, row in enumerate(modules):
        y = bottom + size - (row_index + widget.barBorder + 1) * box
        column = 0
        for dark, run in groupby(bool(module) for module in row):
            count = len(list(run))
            if dark:
                path.rect(left + (column + widget.barBorder) * box, y, count * box, box)
            column += count
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def footer_canvas(setup: PageSetup) -> type[Canvas]:
    """A canvas class that numbers pages "N of M" and leaves the PDF undated."""

    class _FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # Invariant mode writes a fake 2000-01-01 date; no date at all is the honest choice.
            self._doc.info = _UndatedInfo()
            self._pending_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pending_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._pending_pages)
            for number, state in enumerate(self._pending_pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, setup, number, pages)
                super().showPage()
            super().save()

    return _FooterCanvas


class _UndatedInfo(PDFInfo):
    """ReportLab's document info without CreationDate and ModDate (PDF makes both optional)."""

    def format(self, document: Any) -> bytes:
        entries = {
            key: PDFString(getattr(self, key.lower()))
            for key in ("Title", "Author", "Subject", "Keywords", "Creator", "Producer")
        }
        formatted: bytes = PDFDictionary({**entries, "Trapped": PDFName(self.trapped)}).format(
            document
        )
        return formatted


def _draw_footer(canvas: Canvas, setup: PageSetup, page: int, pages: int) -> None:
    baseline = 8 * mm
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, baseline + 4 * mm, PAGE_WIDTH - MARGIN, baseline + 4 * mm)
    canvas.setFillColor(TEXT_GREY)
    canvas.setFont(FONT, 8)
    canvas.drawCentredString(
        PAGE_WIDTH / 2, baseline, setup.labels["page_of"].format(page=page, pages=pages)
    )
    if setup.footer_left:
        canvas.drawString(MARGIN, baseline, setup.footer_left)
    if setup.printed_at:
        text = setup.labels["printed_at"].format(time=setup.printed_at)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, baseline, text)


def _draw_codes(canvas: Canvas, value: str, top: float) -> float:
    """QR at the top-right corner, Code 128 with the number beneath it to its left.

    The QR square includes its 4-module quiet zone, so the bar code's top is lowered and its
    number's baseline set to line up with the QR's dark modules, not with its white margin.
    """
    qr_left = PAGE_WIDTH - MARGIN - QR_SIZE
    draw_qr(canvas, value, qr_left, top - QR_SIZE, QR_SIZE)
    bar_right = qr_left + 1 * mm  # both codes carry their own quiet zones
    bar_left = draw_code128(canvas, value, bar_right, top - 14.7 * mm, 12 * mm)
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT, 9)
    canvas.drawCentredString((bar_left + bar_right) / 2, top - 19.2 * mm, value)
    return bar_left


def _draw_logo(canvas: Canvas, png: bytes | None, top: float) -> float:
    """The logo in a box at most 30 × 22 mm, aspect kept; returns the width it takes."""
    if not png:
        return 0.0
    from io import BytesIO

    image = ImageReader(BytesIO(png))
    width, height = image.getSize()
    scale = min(30 * mm / width, QR_SIZE / height)
    canvas.drawImage(
        image, MARGIN, top - height * scale, width * scale, height * scale, mask="auto"
    )
    return width * scale + 4 * mm


def _fit_text(
    canvas: Canvas, text: str, x: float, y: float, width: float, size: float, smallest: float
) -> None:
    """Draw one line, shrinking the font (down to `smallest`) so a long name never runs on."""
    while size > smallest and stringWidth(text, FONT, size) > width:
        size -= 0.5
    canvas.setFont(FONT, size)
    canvas.drawString(x, y, text)


def _draw_shop_text(
    canvas: Canvas, setup: PageSetup, left: float, top: float, width: float
) -> None:
    """Name (15 pt, down to 12 pt, then on two lines), address · phone and tax id, stacked.

    Paragraphs wrap a long branch name or address inside the space the logo and codes leave,
    where a single drawn line would run under the bar code.
    """
    shop, words = setup.shop, setup.labels
    size = next((s for s in (15, 14, 13, 12) if stringWidth(shop.name, FONT, s) <= width), 12)
    name = ParagraphStyle(
        "shop_name", fontName=FONT, fontSize=size, leading=size * 1.2, wordWrap="CJK"
    )
    detail = ParagraphStyle("shop_detail", name, fontSize=8.5, leading=11, textColor=TEXT_GREY)
    phone = words["phone"].format(phone=shop.phone) if shop.phone else ""
    contact = " · ".join(part for part in (shop.address, phone) if part)
    stack = [Paragraph(escape(shop.name), name), Spacer(0, 1.5 * mm)]
    stack.append(Paragraph(escape(contact), detail))
    if shop.tax_id:
        stack.append(Paragraph(escape(words["tax_id"].format(tax_id=shop.tax_id)), detail))
    y = top - 1 * mm
    for flowable in stack:
        _, height = flowable.wrap(width, QR_SIZE)
        flowable.drawOn(canvas, left, y - height)
        y -= height


def _bold_text(canvas: Canvas, text: str, x: float, y: float, size: float, centred: bool) -> None:
    """The face has no bold: fill and stroke the outlines for a heading's weight."""
    canvas.saveState()
    canvas.setLineWidth(size * 0.04)
    canvas.setStrokeColor(colors.black)
    draw = canvas.drawCentredString if centred else canvas.drawString
    canvas.setFont(FONT, size)
    draw(x, y, text, mode=2)
    canvas.restoreState()
