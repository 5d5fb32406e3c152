"""The key tag: a small label (50 × 30 mm by default) hung on the car's keys at check-in.

Plate large, the order number, the customer and the promised time, and a QR code of the order
number, so whoever holds the keys finds the order with one scan.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.fonts import FONT, printable_fields, register_fonts
from app.printing.labels import labels
from app.printing.model import KeyTagDocument
from app.printing.page import _bold_text, _UndatedInfo, draw_qr

MARGIN = 2 * mm


def keytag_pdf(doc: KeyTagDocument) -> bytes:
    doc = printable_fields(doc)
    register_fonts()
    words = labels(doc.language)
    width, height = doc.width_mm * mm, doc.height_mm * mm
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, initialFontName=FONT,
                    lang="en" if doc.language == "en" else "zh-CN")
    canvas._doc.info = _UndatedInfo()  # no fake date: the same tag, the same bytes
    canvas.setTitle(f"{doc.plate} {doc.number}")
    canvas.setCreator("GarageDesk")
    canvas.setProducer("GarageDesk")
    qr = min(height - 2 * MARGIN, width * 0.42)
    draw_qr(canvas, doc.number, width - MARGIN - qr, (height - qr) / 2, qr)
    text_width = width - qr - 3 * MARGIN
    plate_size = _fit(doc.plate, text_width, 13)
    _bold_text(canvas, doc.plate, MARGIN, height - MARGIN - plate_size, plate_size, False)
    lines = [doc.number, doc.customer_name]
    if doc.promised_at is not None:
        lines.append(words["keytag_promised"].format(time=doc.promised_at.strftime("%m-%d %H:%M")))
    y = height - MARGIN - plate_size - 2.2 * mm
    for line in lines:
        size = _fit(line, text_width, 6.5)
        y -= size + 1.2
        canvas.setFont(FONT, size)
        canvas.drawString(MARGIN, y, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fit(text: str, width: float, size: float) -> float:
    """The largest size up to `size` at which `text` fits `width` (long numbers shrink)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > 4 and stringWidth(text, FONT, size) > width:
        size -= 0.25
    return size
