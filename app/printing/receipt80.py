"""The settlement list on an 80 mm thermal roll: the same facts as the A4 one, in one column.

80 mm paper leaves about 72 mm a thermal head prints, so nothing here is wider than 72 mm:
each line is its description over a "hours/qty × price = amount" row, the parts' source in
brackets, then totals, payments, change, what is owed, the warranty and the order's Code 128.
The page is exactly as long as what it holds (the roll is cut after it): the story is measured
first, then laid out on a page of that height.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.graphics.barcode import code128
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from app.printing.base import (
    BoldParagraph,
    format_amount,
    format_datetime,
    format_money,
    format_quantity,
    markup,
)
from app.printing.fonts import FONT, printable_fields, register_fonts
from app.printing.lines import GROUPS, Labels
from app.printing.model import PrintLine
from app.printing.page import _UndatedInfo
from app.printing.receipt import money_rows, payment_label, warranty_lines
from app.printing.receipt_labels import words as receipt_words
from app.printing.receipt_model import ReceiptDocument

PAGE_WIDTH = 80 * mm
PRINTABLE = 72 * mm  # what a common 80 mm thermal head reaches
SIDE = (PAGE_WIDTH - PRINTABLE) / 2
TOP = BOTTOM = 4 * mm


def receipt80_pdf(doc: ReceiptDocument) -> bytes:
    doc = printable_fields(doc)
    register_fonts()
    words = receipt_words(doc.language)
    story = _story(doc, words)
    height = sum(_height(f) for f in story) + TOP + BOTTOM + 6 * mm  # slack: never a 2nd page
    buffer = BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, height), leftMargin=SIDE, rightMargin=SIDE,
        topMargin=TOP, bottomMargin=BOTTOM, invariant=1, initialFontName=FONT,
        title=f"{words['receipt_short']} {doc.receipt_number}", author=doc.shop.name,
        subject=words["receipt_short"], creator="GarageDesk", producer="GarageDesk",
        lang="en" if doc.language == "en" else "zh-CN",
    )
    frame = Frame(SIDE, BOTTOM, PRINTABLE, height - TOP - BOTTOM, id="roll", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="roll", frames=[frame])])

    document.build(story, canvasmaker=_UndatedCanvas)
    return buffer.getvalue()


class _UndatedCanvas(Canvas):
    """No creation date, as on the A4 papers: the same bill prints the same bytes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._doc.info = _UndatedInfo()


def _height(flowable: Flowable) -> float:
    _, height = flowable.wrap(PRINTABLE, 10_000 * mm)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("roll", fontName=FONT, fontSize=8, leading=10, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("roll_small", base, fontSize=7, leading=8.5),
        "centre": ParagraphStyle("roll_centre", base, alignment=TA_CENTER),
        "title": ParagraphStyle("roll_title", base, fontSize=11, leading=14,
                                alignment=TA_CENTER, spaceBefore=2, spaceAfter=2),
        "shop": ParagraphStyle("roll_shop", base, fontSize=10, leading=12.5,
                               alignment=TA_CENTER),
        "right": ParagraphStyle("roll_right", base, alignment=2),
    }


def _story(doc: ReceiptDocument, words: Labels) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = [BoldParagraph(markup(doc.shop.name), s["shop"])]
    contact = " ".join(x for x in (doc.shop.address, doc.shop.phone) if x)
    if contact:
        story.append(Paragraph(markup(contact), _centre_small(s)))
    title = words["receipt_short"] + (f"（{words['reversed']}）" if doc.reversed else "")
    story += [BoldParagraph(markup(title), s["title"]), _rule()]
    facts = [
        (words["receipt_number"], doc.receipt_number), (words["order_number"], doc.order_number),
        (words["settled_at"], format_datetime(doc.settled_at)), (words["plate"], doc.plate),
        (words["customer"], doc.customer_name), (words["vehicle"], doc.vehicle),
        (words["repair_type"], doc.repair_type_name), (words["cashier"], doc.cashier),
    ]
    story.append(_pairs([(k, v) for k, v in facts if v], s, label_mm=18))
    story.append(_rule())
    story += _lines(doc.lines, words, s)
    story.append(_rule())
    t = doc.totals
    totals = [(words["total_labor"], format_money(t.labor_fen)),
              (words["total_parts"], format_money(t.parts_fen))]
    if t.other_fen:
        totals.append((words["total_other"], format_money(t.other_fen)))
    if t.discount_fen:
        totals.append((words["total_discount"], format_money(-t.discount_fen)))
    totals.append((words["vat"].format(rate=f"{t.vat_rate_permille / 10:g}%"),
                   format_money(t.vat_fen)))
    story.append(_pairs(totals, s, label_mm=36, right=True))
    story.append(_rule())
    story.append(_pairs(money_rows(doc, words), s, label_mm=36, right=True, bold=True))
    story.append(_rule())
    story.append(Paragraph(markup(words["payments"]), s["body"]))
    pays: list[tuple[str, str]] = []
    for p in doc.payments:
        pays.append((payment_label(p), format_money(p.amount_fen)))
        if p.tendered_fen is not None:
            pays.append(("  " + words["col_tendered"], format_money(p.tendered_fen)))
            pays.append(("  " + words["col_change"], format_money(p.change_fen)))
    story.append(_pairs(pays or [(words["none"], "")], s, label_mm=36, right=True))
    if doc.owed_fen and doc.approved_by:
        story.append(Paragraph(markup(words["approved_by"].format(name=doc.approved_by)),
                               s["small"]))
    story += [_rule(), Paragraph(markup(words["warranty"]), s["body"])]
    story += [Paragraph(markup(line), s["small"]) for line in warranty_lines(doc, words)]
    story += [Spacer(0, 2 * mm), _barcode(doc.order_number),
              Paragraph(markup(doc.order_number), s["centre"]), Spacer(0, 2 * mm),
              Paragraph(markup(words["thanks"]), s["centre"])]
    return story


def _centre_small(s: dict[str, ParagraphStyle]) -> ParagraphStyle:
    return ParagraphStyle("roll_small_centre", s["small"], alignment=TA_CENTER)


def _rule() -> Flowable:
    return HRFlowable(width="100%", thickness=0.5, dash=(2, 2), spaceBefore=2, spaceAfter=2)


def _lines(lines: tuple[PrintLine, ...], words: Labels, s: dict[str, ParagraphStyle]
           ) -> list[Flowable]:
    """Grouped like the A4 list: 工时 then 配件 then the rest; each line over two rows."""
    named = {kind for _, kinds in GROUPS for kind in kinds}
    out: list[Flowable] = []
    for label, kinds in GROUPS:
        members = [x for x in lines if (x.kind in kinds if kinds else x.kind not in named)]
        if not members:
            continue
        out.append(BoldParagraph(markup(words[label]), s["body"]))
        rows: list[list[Any]] = []
        for line in members:
            source = words.get(f"source_{line.source}", line.source) if line.source else ""
            text = line.description + (f"［{source}］" if source else "")
            rows.append([Paragraph(markup(text), s["body"]), ""])
            qty = f"{format_quantity(line.quantity_milli)}{line.unit} × " \
                  f"{format_amount(line.unit_price_fen)}"
            if line.discount_fen:
                qty += f" −{format_amount(line.discount_fen)}"
            rows.append([Paragraph(markup(qty), s["small"]),
                         Paragraph(format_amount(line.total_fen), s["right"])])
        table = Table(rows, colWidths=[PRINTABLE - 22 * mm, 22 * mm])
        commands = [("SPAN", (0, r), (1, r)) for r in range(0, len(rows), 2)]
        table.setStyle(TableStyle([*commands, *_tight()]))
        out.append(table)
    if not out:
        out.append(Paragraph(words["none"], s["centre"]))
    return out


def _pairs(pairs: list[tuple[str, str]], s: dict[str, ParagraphStyle], label_mm: float,
           right: bool = False, bold: bool = False) -> Table:
    value_style = s["right"] if right else s["body"]
    make = BoldParagraph if bold else Paragraph
    rows = [[Paragraph(markup(k), s["body"]), make(markup(v), value_style)] for k, v in pairs]
    table = Table(rows, colWidths=[label_mm * mm, PRINTABLE - label_mm * mm])
    table.setStyle(TableStyle(_tight()))
    return table


def _tight() -> list[tuple[Any, ...]]:
    return [("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]


def _barcode(value: str) -> Flowable:
    """The order's Code 128, narrowed until it fits the printable width (quiet zones in)."""
    bar_width = 0.8
    barcode = code128.Code128(value, barWidth=bar_width, barHeight=10 * mm, humanReadable=0)
    while barcode.width > PRINTABLE and bar_width > 0.4:
        bar_width -= 0.05
        barcode = code128.Code128(value, barWidth=bar_width, barHeight=10 * mm,
                                  humanReadable=0)
    barcode.hAlign = "CENTER"
    return barcode
