"""The key tag: a small label (50 × 30 mm by default) hung on the car's keys at check-in.

The plate large and stroked (read across the key board), the customer and the promised time
beside a QR code of the order number, and the number itself along the bottom, where the full
label width keeps it legible. Sizes scale with the label, so a 60 × 40 mm stock works too;
everything stays 2 mm inside the edges, where a label printer may cut or shift.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.printing.fonts import FONT, printable_fields, register_fonts
from app.printing.labels import labels
from app.printing.model import KeyTagDocument
from app.printing.page import _UndatedInfo, draw_qr

MARGIN = 2 * mm
SMALLEST = 4.5  # points: below this a thermal label printer smears the strokes


def keytag_pdf(doc: KeyTagDocument) -> bytes:
    """One page exactly width_mm × height_mm: plate, customer, promised time, QR, number."""
    doc = printable_fields(doc)
    register_fonts()
    words = labels(doc.language)
    width, height = doc.width_mm * mm, doc.height_mm * mm
    scale = min(width / (50 * mm), height / (30 * mm))
    buffer = BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        invariant=1,
        initialFontName=FONT,  # else the page lists an unembedded Helvetica it never uses
        lang="en" if doc.language == "en" else "zh-CN",
    )
    canvas._doc.info = _UndatedInfo()  # no fake date either: the same tag, the same bytes
    canvas.setTitle(f"{words['keytag']} {doc.plate} {doc.number}")
    canvas.setAuthor("GarageDesk")
    canvas.setSubject(words["keytag"])
    canvas.setCreator("GarageDesk")
    canvas.setProducer("GarageDesk")
    inner = width - 2 * MARGIN

    # The number along the bottom, the whole inner width.
    number_size = _fit(doc.number, inner, 8 * scale)
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT, number_size)
    canvas.drawString(MARGIN, MARGIN + 0.15 * number_size, doc.number)
    band = number_size * 1.25 + 0.8 * mm  # the number's line and a gap above it

    # The QR square (its quiet zone included) at the right, above the number.
    qr = min(height - 2 * MARGIN - band, width * 0.45)
    draw_qr(canvas, doc.number, width - MARGIN - qr, height - MARGIN - qr, qr)

    # Plate, customer and promised time down the left.
    text_width = width - 2 * MARGIN - qr - 1 * mm
    top = height - MARGIN
    plate_size = _fit(doc.plate, text_width, 15 * scale)
    y = top - plate_size * 0.86  # cap height: the plate's top on the margin
    _stroked(canvas, doc.plate, MARGIN, y, plate_size)
    lines = [doc.customer_name]
    if doc.promised_at is not None:
        when = doc.promised_at.strftime("%m-%d %H:%M")
        lines.append(words["keytag_promised"].format(time=when))
    y -= 1.5 * mm * scale
    for line in lines:
        size = _fit(line, text_width, 8.5 * scale)
        y -= size * 1.2
        canvas.setFont(FONT, size)
        canvas.drawString(MARGIN, y, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _stroked(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The face has no bold: fill and stroke the outlines, as the page headings do."""
    canvas.saveState()
    canvas.setLineWidth(size * 0.05)
    canvas.setStrokeColor(colors.black)
    canvas.setFont(FONT, size)
    canvas.drawString(x, y, text, mode=2)
    canvas.restoreState()


def _fit(text: str, width: float, size: float) -> float:
    """The largest size up to `size` at which `text` fits `width` (not below SMALLEST)."""
    while size > SMALLEST and stringWidth(text, FONT, size) > width:
        size -= 0.25
    return size
