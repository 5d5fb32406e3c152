"""The check-in sheet (接车检查单): what the car looked like and held, signed by the customer.

One A4 page for a normal check-in: the shop header with the order's codes, customer and car,
the checklist in two columns, the car diagram with its numbered marks and their legend, fuel,
belongings, photo thumbnails, the signature as drawn, and the version with the first 12
characters of the content hash, so the paper can be matched to the record it was signed as.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.printing.base import (
    HEAD_FILL,
    BoldParagraph,
    PageSetup,
    format_datetime,
    grid_commands,
    markup,
    styles,
    to_pdf_bytes,
)
from app.printing.blocks import flow, heading
from app.printing.fonts import FONT, printable_fields
from app.printing.labels import labels
from app.printing.model import CheckInDocument, CheckItem, DamageMark
from app.printing.page import CONTENT_WIDTH
from app.resources import resource_path

Labels = Any
DIAGRAM_PX = (1000, 620)
DIAGRAM_WIDTH = 118 * mm  # beside it the legend of the marks
MARK_COLOURS = {"scratch": "#d32f2f", "dent": "#1565c0", "crack": "#6a1b9a", "chip": "#ef6c00",
                "other": "#455a64"}
PHOTO_SIZE = (31 * mm, 23 * mm)
# A layout-only table still names a font; without ours ReportLab lists an unembedded Helvetica.
_LAYOUT = [("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
           ("LEFTPADDING", (0, 0), (-1, -1), 0)]
MAX_PHOTOS = 4


def checkin_pdf(doc: CheckInDocument) -> bytes:
    doc = printable_fields(doc)
    words = labels(doc.language)
    story = flow(
        _facts(doc, words),
        heading(words["checklist"]),
        _checklist(doc.checklist, words),
        heading(words["damage"]),
        _damage(doc.marks, doc.photos, words),
        _signature(doc, words),
    )
    setup = PageSetup(shop=doc.shop, title=words["checkin"], labels=words, code_value=doc.number,
                      footer_left=f"{doc.number}  {doc.plate}", language=doc.language)
    return to_pdf_bytes(story, setup)


def _cell(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(markup(text), getattr(styles(), style))


def _facts(doc: CheckInDocument, words: Labels) -> Flowable:
    none = words["none"]
    if doc.battery_percent is not None:
        level: Any = _cell(f"{words['battery']} {doc.battery_percent}%")
    else:
        level = FuelGauge(doc.fuel_eighths)
    keys = doc.belongings or none
    pairs = [
        ("number", doc.number), ("checked_in_at", format_datetime(doc.checked_in_at)),
        ("advisor", doc.advisor),
        ("customer", doc.customer_name), ("customer_phone", doc.customer_phone),
        ("vin", doc.vin),
        ("plate", BoldParagraph(markup(doc.plate), styles().value_large)),
        ("vehicle", doc.vehicle),
        ("odometer", f"{doc.odometer_km:,} km" if doc.odometer_km is not None else none),
    ]
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), 3):
        row: list[Any] = []
        for key, value in pairs[start:start + 3]:
            row += [_cell(words[key]), value if isinstance(value, Flowable) else _cell(value)]
        rows.append(row)
    rows.append([_cell(words["fuel_level"]), level, _cell(words["belongings"]), _cell(keys),
                 "", ""])
    rows.append([_cell(words["valuables"]), _cell(doc.valuables or none), "", "", "", ""])
    label, value = 18 * mm, CONTENT_WIDTH / 3 - 18 * mm
    table = Table(rows, colWidths=[label, value] * 3)
    commands = grid_commands()
    commands += [("BACKGROUND", (c, 0), (c, 2), HEAD_FILL) for c in (0, 2, 4)]
    commands += [("BACKGROUND", (0, 3), (0, 4), HEAD_FILL), ("BACKGROUND", (2, 3), (2, 3),
                                                             HEAD_FILL),
                 ("SPAN", (3, 3), (5, 3)), ("SPAN", (1, 4), (5, 4))]
    table.setStyle(TableStyle(commands))
    return table


class FuelGauge(Flowable):
    """Eight segments, the level filled: read at a glance, as on a dashboard."""

    def __init__(self, eighths: int | None) -> None:
        super().__init__()
        self.eighths = eighths
        self.width, self.height = 40 * mm, 4 * mm

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        segment = 4 * mm
        for i in range(8):
            filled = self.eighths is not None and i < self.eighths
            c.setFillColor(colors.Color(0.25, 0.25, 0.25) if filled else colors.white)
            c.setStrokeColor(colors.Color(0.3, 0.3, 0.3))
            c.rect(i * segment, 0.5 * mm, segment - 0.6 * mm, 3 * mm, fill=1, stroke=1)
        c.setFillColor(colors.black)
        c.setFont(FONT, 8)
        text = f"{self.eighths}/8" if self.eighths is not None else "—"
        c.drawString(8 * segment + 1.5 * mm, 1 * mm, text)


def _checklist(items: tuple[CheckItem, ...], words: Labels) -> Flowable:
    half = (len(items) + 1) // 2
    rows: list[list[Any]] = [[_cell(words["col_item"], "head"), _cell(words["col_state"], "head"),
                              _cell(words["col_note"], "head")] * 2]
    commands = grid_commands()
    for r in range(half):
        row: list[Any] = []
        for column, item in enumerate((items[r], items[r + half] if r + half < len(items)
                                       else None)):
            if item is None:
                row += ["", "", ""]
                continue
            row += [_cell(item.name), _cell(words[f"state_{item.state}"], "cell_centre"),
                    _cell(item.note)]
            if item.state != "ok":  # a finding stands out on the paper
                commands.append(("BACKGROUND", (column * 3 + 1, r + 1), (column * 3 + 1, r + 1),
                                 colors.Color(1, 0.9, 0.85)))
        rows.append(row)
    commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    widths = [24 * mm, 13 * mm, CONTENT_WIDTH / 2 - 37 * mm] * 2
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


class Diagram(Flowable):
    """The car outline with each mark where it was placed on screen (x, y in 0..1)."""

    def __init__(self, marks: tuple[DamageMark, ...], width: float) -> None:
        super().__init__()
        self.marks = marks
        self.width = width
        self.height = width * DIAGRAM_PX[1] / DIAGRAM_PX[0]

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        path = str(resource_path("diagrams", "car_outline.png"))
        c.drawImage(path, 0, 0, self.width, self.height)
        c.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        c.rect(0, 0, self.width, self.height, fill=0, stroke=1)
        radius = 2.3 * mm
        for mark in self.marks:
            x, y = mark.x * self.width, (1 - mark.y) * self.height  # PDF y grows upwards
            c.setFillColor(colors.HexColor(MARK_COLOURS.get(mark.kind, "#455a64")))
            c.setStrokeColor(colors.white)
            c.circle(x, y, radius, fill=1, stroke=1)
            c.setFillColor(colors.white)
            c.setFont(FONT, 7.5)
            c.drawCentredString(x, y - 2.6, str(mark.number))


def _damage(marks: tuple[DamageMark, ...], photos: tuple[bytes, ...],
            words: Labels) -> Flowable:
    """The diagram, and beside it the legend of its marks and the photos (one page)."""
    legend_width = CONTENT_WIDTH - DIAGRAM_WIDTH - 3 * mm
    if marks:
        rows: list[list[Any]] = [[_cell("#", "head"), _cell(words["col_kind"], "head"),
                                  _cell(words["col_note"], "head")]]
        rows += [[_cell(str(m.number), "cell_centre"), _cell(words[f"kind_{m.kind}"]),
                  _cell(m.note)] for m in marks]
        legend: Any = Table(rows, colWidths=[7 * mm, 14 * mm, legend_width - 21 * mm])
        legend.setStyle(TableStyle([*grid_commands(8), ("BACKGROUND", (0, 0), (-1, 0),
                                                        HEAD_FILL)]))
    else:
        legend = _cell(words["no_marks"])
    outer = Table([[Diagram(marks, DIAGRAM_WIDTH), [legend, *_photos(photos, words)]]],
                  colWidths=[DIAGRAM_WIDTH + 3 * mm, legend_width])
    outer.setStyle(TableStyle(_LAYOUT))
    return outer


def _photos(photos: tuple[bytes, ...], words: Labels) -> list[Flowable]:
    if not photos:
        return []
    cells = [_thumbnail(data) for data in photos[:MAX_PHOTOS]]
    rows = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[PHOTO_SIZE[0] + 2 * mm] * 2, hAlign="LEFT")
    table.setStyle(TableStyle([*_LAYOUT, ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return [Spacer(0, 2 * mm), _cell(words["photos"]), Spacer(0, 1 * mm), table]


def _thumbnail(data: bytes) -> Flowable:
    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(PHOTO_SIZE[0] / w, PHOTO_SIZE[1] / h)
    return Image(io.BytesIO(data), w * scale, h * scale)


def _signature(doc: CheckInDocument, words: Labels) -> Flowable:
    if doc.signature_png:
        reader = ImageReader(io.BytesIO(doc.signature_png))
        w, h = reader.getSize()
        scale = min(75 * mm / w, 25 * mm / h)
        drawn: Any = Image(io.BytesIO(doc.signature_png), w * scale, h * scale)
        who = words["signed_by"].format(name=doc.signer, time=format_datetime(doc.signed_at))
    else:
        drawn = Spacer(0, 25 * mm)
        who = words["unsigned"]
    left = [_cell(words["sign_customer"]), drawn, _cell(who)]
    right = [_cell(words["sign_advisor"] + doc.advisor),
             Spacer(0, 4 * mm),
             _cell(words["version"].format(n=doc.version)),
             _cell(words["hash"].format(code=doc.content_hash[:12] or words["none"]))]
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.58, CONTENT_WIDTH * 0.42])
    table.setStyle(TableStyle([*grid_commands(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(0, 3 * mm), _cell(words["checkin_consent"], "body"),
                         Spacer(0, 1.5 * mm), table])
