"""The completion certificate (竣工出厂合格证) and the pickup note (交车单).

The certificate is one A4 page: the car, the repair type and the work done, the inspector and
date of the passed completion check, the warranty in km and days with the day and reading it
ends, and the signature lines. The pickup note puts the check-in's marks and the ones found at
pickup on one diagram (red and blue), lists every difference from the check-in, the odometer in
and out, the belongings, the customer's pickup signature and the start of its content hash.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.printing import warranty_words
from app.printing.base import (
    CELL_PADDING,
    CONTENT_WIDTH,
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
from app.printing.checkin import (
    _LAYOUT,
    HASH_DIGITS,
    MARK_COLOUR,
    Diagram,
    SignatureBox,
)
from app.printing.fonts import printable_fields
from app.printing.handover_labels import handover_labels
from app.printing.handover_model import CertificateDocument, PickupDocument, WarrantyTerms
from app.printing.warranty_words import PaperWarranty

Labels = Any
NEW_COLOUR = colors.Color(0, 0.25, 0.7)  # marks found at pickup: blue beside the red
LABEL_WIDTH = 24 * mm
DIAGRAM_WIDTH = 100 * mm


# --- The completion certificate ----------------------------------------------------------------


def certificate_pdf(doc: CertificateDocument) -> bytes:
    doc = printable_fields(doc)
    words = handover_labels(doc.language)
    none = words["none"]
    odometer = f"{doc.odometer_km:,} km" if doc.odometer_km is not None else none
    released = doc.delivered_on.isoformat() if doc.delivered_on else none
    car = _pairs_table([
        ("number", doc.number), ("plate", BoldParagraph(markup(doc.plate), styles().value_large)),
        ("customer", doc.customer_name), ("vehicle", doc.vehicle), ("vin", doc.vin),
        ("engine_no", doc.engine_no), ("repair_type", doc.repair_type_name),
        ("delivered_on", released), ("odometer_out", odometer),
    ], words)
    work = [Paragraph(markup(f"{n}. {text}"), styles().cell)
            for n, text in enumerate(doc.work_done, start=1)] or [_cell(none)]
    checked = _pairs_table([
        ("inspector", doc.inspector or none),
        ("checked_at", format_datetime(doc.checked_at, none)),
        ("delivered_on", released),
    ], words)
    story = flow(
        Paragraph(markup(words["certificate_note"]), styles().small),
        Spacer(0, 2 * mm),
        car,
        heading(words["work_done"]),
        _boxed(work),
        heading(words["inspected"]),
        checked,
        heading(words["warranty"]),
        _warranty(doc.warranty, words, doc.delivered_on is None, doc.language,
                  doc.item_warranties),
        Spacer(0, 4 * mm),
        BoldParagraph(markup(words["certificate_statement"]), styles().body),
        _certificate_signatures(doc, words),
    )
    return to_pdf_bytes(story, _setup(doc.shop, words["certificate"], words, doc.number,
                                      doc.plate, doc.language))


def _warranty(warranty: WarrantyTerms | None, words: Labels, preview: bool,
              language: str, items: tuple[tuple[str, str], ...] = ()) -> Flowable:
    """The same warranty wording as the work order and the receipt (warranty_words)."""
    legal = None if warranty is None else PaperWarranty(
        warranty.repair_type_name, warranty.km, warranty.days, warranty.until_on,
        warranty.until_km, warranty.restarted)
    texts = warranty_words.statement(legal, items, language)
    if legal is not None and preview:
        texts[0] = texts[0].rstrip("。.") + words["not_delivered"]
    first, *rest = texts
    return _boxed([BoldParagraph(markup(first), styles().value_large if legal else styles().cell),
                   *(_cell(text) for text in rest)])


def _certificate_signatures(doc: CertificateDocument, words: Labels) -> Flowable:
    cell = styles().cell

    def box(title: str, name: str = "") -> list[Flowable]:
        return [Paragraph(markup(title + name), cell), Spacer(0, 13 * mm),
                Paragraph(markup(words["sign_date"]), cell)]

    table = Table([[box(words["sign_inspector"], doc.inspector), box(words["sign_shop"]),
                    box(words["sign_owner"])]], colWidths=[CONTENT_WIDTH / 3] * 3)
    table.setStyle(TableStyle([*grid_commands(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(0, 4 * mm), table])


# --- The pickup note ---------------------------------------------------------------------------


def pickup_pdf(doc: PickupDocument) -> bytes:
    doc = printable_fields(doc)
    words = handover_labels(doc.language)
    none = words["none"]

    def km(value: int | None) -> str:
        return f"{value:,} km" if value is not None else none

    facts = _pairs_table([
        ("number", doc.number), ("delivered_at", format_datetime(doc.delivered_at)),
        ("handed_over_by", doc.handed_over_by), ("customer", doc.customer_name),
        ("customer_phone", doc.customer_phone),
        ("plate", BoldParagraph(markup(doc.plate), styles().value_large)),
        ("vehicle", doc.vehicle), ("vin", doc.vin), ("odometer_in", km(doc.odometer_in_km)),
        ("odometer_out", km(doc.odometer_out_km)), ("fuel_in", doc.fuel_in or none),
        ("fuel_out", doc.fuel_out or none),
    ], words)
    version = (words["check_in_version"].format(version=doc.check_in_version)
               if doc.check_in_version else "")
    story = flow(
        facts,
        heading(words["walkaround"], words["walkaround_note"]),
        _walkaround(doc, words),
        heading(words["differences"], version),
        _differences(doc.differences, words),
        Spacer(0, 2 * mm),
        _belongings(doc, words),
        heading(words["warranty"]),
        _warranty(doc.warranty, words, False, doc.language, doc.item_warranties),
        _pickup_signature(doc, words),
    )
    return to_pdf_bytes(story, _setup(doc.shop, words["pickup"], words, doc.number, doc.plate,
                                      doc.language))


def _walkaround(doc: PickupDocument, words: Labels) -> Flowable:
    every = [(m, False) for m in doc.marks] + [(m, True) for m in doc.new_marks]
    legend_width = CONTENT_WIDTH - DIAGRAM_WIDTH - 3 * mm
    rows: list[list[Any]] = [[BoldParagraph(markup(words[k]), styles().head)
                              for k in ("col_no", "col_kind", "col_found", "col_note")]]
    for mark, new in every:
        colour = "#0040b3" if new else "#b30000"
        rows.append([
            BoldParagraph(f'<font color="{colour}">{mark.number}</font>', styles().cell_centre),
            _cell(words.get(f"mark_{mark.kind}", mark.kind)),
            _cell(words["found_pickup"] if new else words["found_checkin"]),
            _cell(mark.note)])
    if not every:
        rows.append([_cell(words["no_marks"]), "", "", ""])
    widths = [9 * mm, 15 * mm, 17 * mm]
    legend = Table(rows, colWidths=[*widths, legend_width - sum(widths)], repeatRows=1)
    commands = [*grid_commands(), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)]
    if not every:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    legend.setStyle(TableStyle(commands))
    diagram = Diagram(DIAGRAM_WIDTH, [mark for mark, _new in every],
                      [NEW_COLOUR if new else MARK_COLOUR for _mark, new in every])
    table = Table([[diagram, "", legend]],
                  colWidths=[DIAGRAM_WIDTH, 3 * mm, legend_width])
    table.setStyle(TableStyle(_LAYOUT))
    return table


def _differences(differences: tuple[str, ...], words: Labels) -> Flowable:
    if not differences:
        return _boxed([_cell(words["no_differences"])])
    return _boxed([Paragraph(markup(f"{n}. {text}"), styles().cell)
                   for n, text in enumerate(differences, start=1)])


def _belongings(doc: PickupDocument, words: Labels) -> Flowable:
    back = (words["returned"] if doc.belongings_returned
            else words["not_returned"].format(note=doc.belongings_note))
    width = CONTENT_WIDTH / 2 - LABEL_WIDTH
    table = Table([[_cell(words["belongings_checkin"]), _cell(doc.belongings or words["none"]),
                    _cell(words["belongings_back"]), _cell(back)]],
                  colWidths=[LABEL_WIDTH, width] * 2)
    table.setStyle(TableStyle([*grid_commands(),
                               *(("BACKGROUND", (c, 0), (c, 0), HEAD_FILL) for c in (0, 2))]))
    return table


def _pickup_signature(doc: PickupDocument, words: Labels) -> Flowable:
    cell, small = styles().cell, styles().small
    signed = doc.signature_png is not None
    who: list[Flowable] = []
    if signed and doc.signer:
        who.append(Paragraph(markup(words["signer"].format(name=doc.signer)), cell))
    if doc.signed_at:
        time = format_datetime(doc.signed_at)
        who.append(Paragraph(markup(words["signed_at"].format(time=time)), cell))
    customer_width = CONTENT_WIDTH * 0.62
    box_width = 67 * mm
    beside = Table([[SignatureBox(doc.signature_png, words["unsigned"]), who or ""]],
                   colWidths=[box_width, customer_width - 2 * CELL_PADDING - box_width])
    beside.setStyle(TableStyle([*_LAYOUT, ("VALIGN", (1, 0), (1, 0), "MIDDLE")]))
    digest = doc.content_hash[:HASH_DIGITS] or words["none"]
    right = [Paragraph(markup(words["handed_over_by"] + "：" + doc.handed_over_by), cell),
             Spacer(0, 6 * mm),
             Paragraph(markup(words["content_hash"].format(hash=digest)), small)]
    table = Table([[[Paragraph(markup(words["sign_customer"]), cell), Spacer(0, 1 * mm), beside],
                    right]], colWidths=[customer_width, CONTENT_WIDTH - customer_width])
    table.setStyle(TableStyle([*grid_commands(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(0, 3 * mm), Paragraph(markup(words["pickup_consent"]),
                                                      styles().body),
                         Spacer(0, 1.5 * mm), table])


# --- Shared ------------------------------------------------------------------------------------


def _pairs_table(pairs: list[tuple[str, Any]], words: Labels) -> Table:
    """Label/value pairs, three a row, as the check-in sheet's facts."""
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), 3):
        row: list[Any] = []
        for key, value in pairs[start:start + 3]:
            row.append(_cell(words[key]))
            row.append(value if isinstance(value, Flowable) else _cell(value or words["none"]))
        while len(row) < 6:
            row.append("")
        rows.append(row)
    table = Table(rows, colWidths=[LABEL_WIDTH, CONTENT_WIDTH / 3 - LABEL_WIDTH] * 3)
    commands = grid_commands()
    commands += [("BACKGROUND", (col, 0), (col, -1), HEAD_FILL) for col in (0, 2, 4)]
    table.setStyle(TableStyle(commands))
    return table


def _boxed(paragraphs: list[Flowable]) -> Table:
    table = Table([[paragraphs]], colWidths=[CONTENT_WIDTH])
    table.setStyle(TableStyle(grid_commands()))
    return table


def _setup(shop: Any, title: str, words: Labels, number: str, plate: str,
           language: str) -> PageSetup:
    return PageSetup(shop=shop, title=title, labels=words, code_value=number,
                     footer_left=f"{number}  {plate}", language=language)


def _cell(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().cell)
