"""The vehicle check-in sheet (接车检查单): the car's condition as both sides signed it.

One A4 page for a normal check-in: order, customer and car facts with the fuel gauge, the
checklist in two columns, the damage diagram with its numbered marks beside their legend,
belongings, a row of photo thumbnails, and the customer's signature with the version and the
start of the content hash that lock what was signed.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.printing.base import (
    CELL_PADDING,
    CONTENT_WIDTH,
    GRID_GREY,
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
from app.printing.lines import Labels
from app.printing.model import CheckInDocument, CheckItem, DamageMark
from app.resources import resource_path

DIAGRAM = ("diagrams", "car_outline.png")
DIAGRAM_ASPECT = 620 / 1000  # height / width of the PNG; marks are 0..1 of it
DIAGRAM_MAX_HEIGHT = 90 * mm
LEGEND_WIDTH = 66 * mm  # the marks' table beside the diagram
BESIDE_GAP = 3 * mm
DIAGRAM_WIDTH = min(CONTENT_WIDTH - LEGEND_WIDTH - BESIDE_GAP, DIAGRAM_MAX_HEIGHT / DIAGRAM_ASPECT)
LEGEND_BESIDE = 14  # more marks than this and the legend goes under the diagram, full width
MARK_RADIUS = 2.3 * mm  # on the diagram
BADGE_RADIUS = 1.8 * mm  # in the legend: a row no taller than a line of text
MARK_COLOUR = colors.Color(0.7, 0, 0)  # dark red: stands out on colour, still dark on mono
ALERT_COLOUR = "#a00000"  # damaged / missing checklist results
PHOTO_HEIGHT = 23 * mm
PHOTO_GAP = 3 * mm
MAX_PHOTOS = 6
SIGNATURE_BOX = (64 * mm, 19 * mm)
HASH_DIGITS = 12
LABEL_WIDTH = 18 * mm
# A layout-only table still sets a font; without ours ReportLab lists an unembedded Helvetica.
_LAYOUT: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    *(
        (side, (0, 0), (-1, -1), 0)
        for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
    ),
]


def checkin_pdf(doc: CheckInDocument) -> bytes:
    """The check-in sheet of one check-in version (reproducible bytes for the same input)."""
    doc = printable_fields(doc)
    words = labels(doc.language)
    story = flow(
        _facts(doc, words),
        heading(words["checklist"], words["state_legend"]),
        _checklist(doc.checklist, words),
        _damage(doc.marks, words),
        Spacer(0, 2.5 * mm),
        _belongings(doc, words),
        _photos(doc.photos, words),
        _signature(doc, words),
    )
    setup = PageSetup(
        shop=doc.shop,
        title=words["checkin"],
        labels=words,
        code_value=doc.number,
        footer_left=f"{doc.number}  {doc.plate}",
        language=doc.language,
    )
    return to_pdf_bytes(story, setup)


# --- Order, customer and car ----------------------------------------------------------------


def _facts(doc: CheckInDocument, words: Labels) -> Flowable:
    none = words["none"]
    mileage = f"{doc.odometer_km:,} km" if doc.odometer_km is not None else none
    pairs: list[tuple[str, str | Flowable]] = [
        ("number", doc.number),
        ("checked_in_at", format_datetime(doc.checked_in_at)),
        ("advisor", doc.advisor),
        ("customer", doc.customer_name),
        ("customer_phone", doc.customer_phone),
        ("plate", BoldParagraph(markup(doc.plate), styles().value_large)),
        ("vehicle", doc.vehicle),
        ("vin", doc.vin),
        ("mileage", mileage),
    ]
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), 3):
        row: list[Any] = []
        for key, value in pairs[start : start + 3]:
            row.append(_cell(words[key]))
            row.append(value if isinstance(value, Flowable) else _cell(value or none))
        rows.append(row)
    has_fuel, has_battery = doc.fuel_eighths is not None, doc.battery_percent is not None
    energy = "fuel_battery" if has_fuel and has_battery else "battery" if has_battery else "fuel"
    gauge = Gauge(doc.fuel_eighths, doc.battery_percent, none)
    rows.append([_cell(words[energy]), gauge, "", "", "", ""])
    value_width = CONTENT_WIDTH / 3 - LABEL_WIDTH
    table = Table(rows, colWidths=[LABEL_WIDTH, value_width] * 3)
    commands = grid_commands()
    commands += [("BACKGROUND", (col, 0), (col, -2), HEAD_FILL) for col in (0, 2, 4)]
    commands += [("BACKGROUND", (0, -1), (0, -1), HEAD_FILL), ("SPAN", (1, -1), (-1, -1))]
    table.setStyle(TableStyle(commands))
    return table


class Gauge(Flowable):
    """The fuel level as 8 segments (E … F) with the level filled, and/or a battery in %."""

    SEGMENT = (4.6 * mm, 3.2 * mm)
    GAP = 0.7 * mm
    TEXT_SIZE = 8.5

    def __init__(self, eighths: int | None, percent: int | None, none: str) -> None:
        super().__init__()
        self.eighths = None if eighths is None else max(0, min(8, eighths))
        self.percent = None if percent is None else max(0, min(100, percent))
        self.none = none

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, 4.4 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(FONT, self.TEXT_SIZE)
        baseline = (self.height - self.TEXT_SIZE * 0.72) / 2
        x = 0.0
        if self.eighths is None and self.percent is None:
            canvas.drawString(x, baseline, self.none)
        if self.eighths is not None:
            x = self._fuel(x, baseline) + 6 * mm
        if self.percent is not None:
            self._battery(x, baseline)
        canvas.restoreState()

    def _fuel(self, x: float, baseline: float) -> float:
        canvas = self.canv
        width, height = self.SEGMENT
        bottom = (self.height - height) / 2
        canvas.drawString(x, baseline, "E")
        x += stringWidth("E", FONT, self.TEXT_SIZE) + 1.2 * mm
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(colors.black)
        for segment in range(8):
            canvas.setFillColor(colors.black if segment < (self.eighths or 0) else colors.white)
            canvas.rect(x, bottom, width, height, stroke=1, fill=1)
            x += width + self.GAP
        canvas.setFillColor(colors.black)
        x += 1.2 * mm - self.GAP
        canvas.drawString(x, baseline, "F")
        x += stringWidth("F", FONT, self.TEXT_SIZE) + 2.5 * mm
        text = f"{self.eighths}/8"
        canvas.drawString(x, baseline, text)
        return x + stringWidth(text, FONT, self.TEXT_SIZE)

    def _battery(self, x: float, baseline: float) -> None:
        canvas = self.canv
        width, height = 16 * mm, 3.4 * mm
        bottom = (self.height - height) / 2
        canvas.setLineWidth(0.6)
        canvas.setStrokeColor(colors.black)
        canvas.setFillColor(colors.white)
        canvas.rect(x, bottom, width, height, stroke=1, fill=0)
        canvas.setFillColor(colors.black)
        canvas.rect(x + width, bottom + height * 0.3, 0.9 * mm, height * 0.4, stroke=0, fill=1)
        inset = 0.5 * mm
        level = (width - 2 * inset) * (self.percent or 0) / 100
        if level:
            canvas.rect(x + inset, bottom + inset, level, height - 2 * inset, stroke=0, fill=1)
        canvas.drawString(x + width + 2.5 * mm, baseline, f"{self.percent}%")


# --- Checklist ---------------------------------------------------------------------------------


def _checklist(items: tuple[CheckItem, ...], words: Labels) -> Table:
    """Two side-by-side halves of 项目 | 结果 | 备注, filled column by column."""
    half = (len(items) + 1) // 2
    left, right = items[:half], items[half:]
    gap = 3 * mm
    name_width = _fit_width([item.name for item in items] + [words["col_item"]], 16, 34)
    states = [_state(item.state, words) for item in items]
    state_width = _fit_width([text for text, _ in states] + [words["col_state"]], 12, 24, bold=True)
    note_width = (CONTENT_WIDTH - gap) / 2 - name_width - state_width
    head = [BoldParagraph(markup(words[key]), styles().head)
            for key in ("col_item", "col_state", "col_note")]  # fmt: skip
    rows: list[list[Any]] = [[*head, "", *(head if right else ["", "", ""])]]
    for index in range(max(half, 1)):
        row: list[Any] = []
        for side in (left, right):
            row += _item_cells(side[index], words) if index < len(side) else ["", "", ""]
            row.append("")
        rows.append(row[:-1])
    if not items:
        rows[1][0] = Paragraph(words["none"], styles().cell_centre)
    widths = [name_width, state_width, note_width]
    table = Table(rows, colWidths=[*widths, gap, *widths], repeatRows=1)
    commands = grid_commands()[:1] + grid_commands()[3:]  # lines only inside the two halves
    for first, last in ((0, 2), (4, 6)):
        if first == 4 and not right:
            break
        commands += [
            ("GRID", (first, 0), (last, -1), 0.4, GRID_GREY),
            ("BOX", (first, 0), (last, -1), 0.8, colors.black),
            ("BACKGROUND", (first, 0), (last, 0), HEAD_FILL),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _state(state: str, words: Labels) -> tuple[str, bool]:
    """The printed result and whether it is an alert (damaged, missing or unknown)."""
    key = f"state_{state}"
    return words.get(key, state), state != "ok"


def _item_cells(item: CheckItem, words: Labels) -> list[Any]:
    text, alert = _state(item.state, words)
    if alert:
        result: Paragraph = BoldParagraph(
            f'<font color="{ALERT_COLOUR}">{markup(text)}</font>', styles().cell_centre
        )
    else:
        result = Paragraph(markup(text), styles().cell_centre)
    return [_cell(item.name), result, Paragraph(markup(item.note), styles().cell)]


def _fit_width(texts: list[str], least_mm: float, most_mm: float, bold: bool = False) -> float:
    """A column as wide as its longest one-line text, within limits."""
    size = styles().cell.fontSize
    slack = 2 * CELL_PADDING + 1.5 + (1 if bold else 0)
    needed = max(stringWidth(text, FONT, size) for text in texts) + slack
    return min(max(needed, least_mm * mm), most_mm * mm)


# --- Damage diagram -----------------------------------------------------------------------------


def _damage(marks: tuple[DamageMark, ...], words: Labels) -> list[Flowable]:
    """The outline with numbered marks, and the legend beside it (under it when there are many)."""
    marks = tuple(sorted(marks, key=lambda mark: mark.number))
    title = heading(words["damage"], words["damage_note"] if marks else "")
    if len(marks) > LEGEND_BESIDE:
        width = min(CONTENT_WIDTH, DIAGRAM_MAX_HEIGHT / DIAGRAM_ASPECT)
        return [*title, KeepTogether([Diagram(width, marks)]), Spacer(0, 2 * mm),
                _legend(marks, words, CONTENT_WIDTH)]  # fmt: skip
    legend = _legend(marks, words, CONTENT_WIDTH - DIAGRAM_WIDTH - BESIDE_GAP)
    table = Table(
        [[Diagram(DIAGRAM_WIDTH, marks), "", legend]], colWidths=[DIAGRAM_WIDTH, BESIDE_GAP, None]
    )
    table.setStyle(TableStyle(_LAYOUT))
    return [*title, table]


class Diagram(Flowable):
    """The car outline at `width` (aspect kept) with each mark as a numbered dot at its x, y,
    in `colours[i]` where given (the pickup note tells check-in marks from new ones)."""

    def __init__(self, width: float, marks: Sequence[DamageMark],
                 colours: Sequence[Any] = ()) -> None:
        super().__init__()
        self.width, self.height = width, width * DIAGRAM_ASPECT
        self.marks = tuple(marks)
        self.colours = tuple(colours) or (MARK_COLOUR,) * len(self.marks)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.drawImage(str(resource_path(*DIAGRAM)), 0, 0, self.width, self.height)
        canvas.setStrokeColor(GRID_GREY)
        canvas.setLineWidth(0.4)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        for mark, colour in zip(self.marks, self.colours, strict=True):
            # The image's y runs down from its top; a dot at the very edge stays on the paper.
            x = min(max(mark.x, 0.0), 1.0) * self.width
            y = (1 - min(max(mark.y, 0.0), 1.0)) * self.height
            x = min(max(x, MARK_RADIUS), self.width - MARK_RADIUS)
            y = min(max(y, MARK_RADIUS), self.height - MARK_RADIUS)
            draw_badge(canvas, mark.number, x, y, MARK_RADIUS, colour)
        canvas.restoreState()


def draw_badge(canvas: Any, number: int, x: float, y: float, radius: float,
               colour: Any = MARK_COLOUR) -> None:
    """A filled dot centred on x, y with the mark's number in white (the outline in white keeps
    it apart from the drawing's lines and from a neighbouring dot)."""
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(0.6)
    canvas.circle(x, y, radius, stroke=1, fill=1)
    text = str(number)
    size = radius / MARK_RADIUS * (7 if len(text) < 3 else 5.5)
    canvas.setFillColor(colors.white)
    canvas.setFont(FONT, size)
    canvas.drawCentredString(x, y - size * 0.36, text)
    canvas.restoreState()


class Badge(Flowable):
    """The mark's dot as the legend's number, so diagram and table read alike."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, 2 * BADGE_RADIUS + 0.2 * mm
        return self.width, self.height

    def draw(self) -> None:
        draw_badge(self.canv, self.number, self.width / 2, self.height / 2, BADGE_RADIUS)


def _legend(marks: tuple[DamageMark, ...], words: Labels, width: float) -> Table:
    if not marks:
        table = Table([[Paragraph(markup(words["no_marks"]), styles().cell_centre)]], [width])
        table.setStyle(TableStyle(grid_commands()))
        return table
    kinds = [words.get(f"mark_{mark.kind}", mark.kind) for mark in marks]
    number_width = max(
        2 * BADGE_RADIUS + 2 * CELL_PADDING + 2 * mm,
        stringWidth(words["col_no"], FONT, styles().head.fontSize) + 2 * CELL_PADDING + 1.5,
    )
    kind_width = _fit_width([*kinds, words["col_kind"]], 10, 22)
    rows: list[list[Any]] = [
        [
            BoldParagraph(markup(words[key]), styles().head)
            for key in ("col_no", "col_kind", "col_note")
        ]
    ]
    for mark, kind in zip(marks, kinds, strict=True):
        rows.append([Badge(mark.number), _cell(kind), Paragraph(markup(mark.note), styles().cell)])
    table = Table(
        rows, colWidths=[number_width, kind_width, width - number_width - kind_width], repeatRows=1
    )
    table.setStyle(TableStyle([*grid_commands(), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)]))
    return table


# --- Belongings, photos, signature --------------------------------------------------------------


def _belongings(doc: CheckInDocument, words: Labels) -> Table:
    none = words["none"]
    label_width = _fit_width([words["belongings"], words["valuables"]], 16, 28)
    value_width = CONTENT_WIDTH / 2 - label_width
    row = [
        _cell(words["belongings"]),
        _cell(doc.belongings or none),
        _cell(words["valuables"]),
        _cell(doc.valuables or none),
    ]
    table = Table([row], colWidths=[label_width, value_width] * 2)
    commands = grid_commands()
    commands += [("BACKGROUND", (col, 0), (col, 0), HEAD_FILL) for col in (0, 2)]
    table.setStyle(TableStyle(commands))
    return table


def _photos(photos: tuple[bytes, ...], words: Labels) -> list[Flowable]:
    if not photos:
        return []
    note = words["photos_more"].format(count=len(photos) - MAX_PHOTOS)
    title = heading(words["photos"], note if len(photos) > MAX_PHOTOS else "")
    return [*title, Thumbnails(photos[:MAX_PHOTOS])]


class Thumbnails(Flowable):
    """Up to six photos in one row of equal boxes (four wider boxes for four or fewer)."""

    def __init__(self, photos: tuple[bytes, ...]) -> None:
        super().__init__()
        self.photos = photos
        self.slots = 4 if len(photos) <= 4 else MAX_PHOTOS

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, PHOTO_HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        slot = (self.width - (self.slots - 1) * PHOTO_GAP) / self.slots
        canvas.saveState()
        canvas.setStrokeColor(GRID_GREY)
        canvas.setLineWidth(0.4)
        for index, data in enumerate(self.photos):
            left = index * (slot + PHOTO_GAP)
            canvas.rect(left, 0, slot, PHOTO_HEIGHT, stroke=1, fill=0)
            image = _image(data)
            if image is not None:
                _draw_fitted(canvas, image, left, 0, slot, PHOTO_HEIGHT, inset=0.6 * mm)
        canvas.restoreState()


def _signature(doc: CheckInDocument, words: Labels) -> Flowable:
    """The consent line; the customer's signature in its box with who signed and when; the
    advisor; and the version with the start of the content hash that ties paper to record."""
    cell, small = styles().cell, styles().small
    signed = doc.signature_png is not None
    signer: list[Flowable] = []
    if signed and doc.signer:
        signer.append(Paragraph(markup(words["signer"].format(name=doc.signer)), cell))
    if signed and doc.signed_at:
        time = format_datetime(doc.signed_at)
        signer.append(Paragraph(markup(words["signed_at"].format(time=time)), cell))
    customer_width = CONTENT_WIDTH * 0.62
    box_width = SIGNATURE_BOX[0] + 3 * mm
    beside = Table(
        [[SignatureBox(doc.signature_png, words["unsigned"]), signer or ""]],
        colWidths=[box_width, customer_width - 2 * CELL_PADDING - box_width],
    )
    beside.setStyle(TableStyle([*_LAYOUT, ("VALIGN", (1, 0), (1, 0), "MIDDLE")]))
    customer = [Paragraph(markup(words["sign_customer"]), cell), Spacer(0, 1 * mm), beside]
    digest = doc.content_hash[:HASH_DIGITS] or words["none"]
    advisor = [
        Paragraph(markup(words["sign_advisor"] + doc.advisor), cell),
        Spacer(0, 6 * mm),
        Paragraph(markup(words["version"].format(version=doc.version)), small),
        Paragraph(markup(words["content_hash"].format(hash=digest)), small),
    ]
    table = Table([[customer, advisor]], colWidths=[customer_width, CONTENT_WIDTH - customer_width])
    table.setStyle(TableStyle([*grid_commands(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether(
        [
            Spacer(0, 3 * mm),
            Paragraph(markup(words["checkin_consent"]), styles().body),
            Spacer(0, 1.5 * mm),
            table,
        ]
    )


class SignatureBox(Flowable):
    """The drawn signature fitted inside a box, aspect kept; an empty box says 未签字."""

    def __init__(self, png: bytes | None, unsigned: str) -> None:
        super().__init__()
        self.png = png
        self.unsigned = unsigned
        self.width, self.height = SIGNATURE_BOX

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(GRID_GREY)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        image = _image(self.png) if self.png is not None else None
        if image is not None:
            _draw_fitted(canvas, image, 0, 0, self.width, self.height, inset=1 * mm)
        else:
            canvas.setFillColor(colors.Color(0.45, 0.45, 0.45))
            canvas.setFont(FONT, 11)
            canvas.drawCentredString(self.width / 2, self.height / 2 - 4, self.unsigned)
        canvas.restoreState()


def _image(data: bytes) -> ImageReader | None:
    """The picture, or None for bytes no image reader understands (the box stays empty)."""
    try:
        image = ImageReader(BytesIO(data))
        image.getSize()
    except Exception:  # PIL's errors vary by format; a bad photo must not stop the sheet
        return None
    return image


def _draw_fitted(
    canvas: Any, image: ImageReader, left: float, bottom: float, width: float, height: float,
    inset: float,
) -> None:  # fmt: skip
    """`image` as large as fits inside the box less `inset`, aspect kept, centred."""
    image_width, image_height = image.getSize()
    scale = min((width - 2 * inset) / image_width, (height - 2 * inset) / image_height)
    drawn_width, drawn_height = image_width * scale, image_height * scale
    x = left + (width - drawn_width) / 2
    y = bottom + (height - drawn_height) / 2
    canvas.drawImage(image, x, y, drawn_width, drawn_height, mask="auto")


def _cell(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().cell)
