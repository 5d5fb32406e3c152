"""The settlement list (结算清单) on A4, as 机动车维修管理规定 asks for it.

Labor items with their hours and fees, parts with their source (原厂/副厂/修复…), quantity and
price, the labor and parts totals; then the payments, change, what is still owed, the warranty
by law and the order's bar code (top right, from the page template). The 80 mm roll layout
(receipt80.py) prints the same facts; the wording they share is here.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.printing.base import (
    CONTENT_WIDTH,
    HEAD_FILL,
    BoldParagraph,
    PageSetup,
    format_datetime,
    format_money,
    grid_commands,
    markup,
    styles,
    to_pdf_bytes,
)
from app.printing.blocks import flow, heading, signature_block, totals_block
from app.printing.fonts import printable_fields
from app.printing.lines import (
    AMOUNT,
    CODE,
    DISCOUNT,
    NUMBER,
    PLAIN_DESCRIPTION,
    PRICE,
    QUANTITY,
    SOURCE,
    UNIT,
    Labels,
    lines_table,
)
from app.printing.receipt_labels import words as receipt_words
from app.printing.receipt_model import ReceiptDocument, ReceiptPayment
from app.printing.warranty_words import line_warranties, statement

RECEIPT_COLUMNS = (NUMBER, CODE, PLAIN_DESCRIPTION, SOURCE, QUANTITY, UNIT, PRICE, DISCOUNT,
                   AMOUNT)


def receipt_pdf(doc: ReceiptDocument) -> bytes:
    doc = printable_fields(doc)
    words = receipt_words(doc.language)
    story = flow(
        _facts(doc, words),
        heading(words["charged_lines"], words["money_note"]),
        lines_table(doc.lines, RECEIPT_COLUMNS, words),
        totals_block(doc.totals, words, doc.language),
        heading(words["payments"]),
        _payments(doc, words),
        _money_rows(doc, words),
        heading(words["warranty"]),
        [Paragraph(markup(line), styles().body) for line in warranty_lines(doc, words)],
        signature_block(words["sign_receipt"], doc.cashier, {
            **words, "sign_advisor": words["cashier"] + (": " if doc.language == "en" else "：")}),
    )
    title = words["receipt"] + (f"（{words['reversed']}）" if doc.reversed else "")
    setup = PageSetup(shop=doc.shop, title=title, labels=words, code_value=doc.order_number,
                      footer_left=f"{doc.receipt_number}  {doc.plate}",
                      printed_at=format_datetime(doc.printed_at), language=doc.language)
    return to_pdf_bytes(story, setup)


def warranty_lines(doc: ReceiptDocument, words: Labels) -> list[str]:
    """The same warranty wording as the work order and the pickup note (warranty_words)."""
    return statement(doc.warranty, line_warranties(doc.lines), doc.language)


def money_rows(doc: ReceiptDocument, words: Labels) -> list[tuple[str, str]]:
    """Deposit, due, paid, change and owed: only the ones that apply, in the order people read."""
    rows = [(words["total"], format_money(doc.totals.total_fen))]
    if doc.deposit_fen:
        rows.append((words["deposit"], format_money(-doc.deposit_fen)))
    rows.append((words["due"], format_money(doc.due_fen)))
    rows.append((words["paid"], format_money(doc.paid_fen)))
    if doc.change_fen:
        rows.append((words["change"], format_money(doc.change_fen)))
    if doc.owed_fen:
        rows.append((words["owed"], format_money(doc.owed_fen)))
    return rows


def payment_label(payment: ReceiptPayment) -> str:
    return " ".join(x for x in (payment.method, payment.note) if x)


def _facts(doc: ReceiptDocument, words: Labels) -> Flowable:
    none = words["none"]
    mileage = f"{doc.mileage_km:,} km" if doc.mileage_km is not None else none
    pairs: list[tuple[str, Any]] = [
        ("receipt_number", doc.receipt_number), ("order_number", doc.order_number),
        ("settled_at", format_datetime(doc.settled_at)),
        ("customer", doc.customer_name), ("customer_phone", doc.customer_phone),
        ("plate", BoldParagraph(markup(doc.plate), styles().value_large)),
        ("vehicle", doc.vehicle), ("vin", doc.vin), ("mileage", mileage),
        ("repair_type", doc.repair_type_name), ("advisor", doc.advisor),
        ("cashier", doc.cashier),
    ]
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), 3):
        row: list[Any] = []
        for key, value in pairs[start:start + 3]:
            row.append(Paragraph(markup(words[key]), styles().cell))
            row.append(value if isinstance(value, Flowable)
                       else Paragraph(markup(value or none), styles().cell))
        rows.append(row)
    label, value = 18 * mm, CONTENT_WIDTH / 3 - 18 * mm
    table = Table(rows, colWidths=[label, value] * 3)
    commands = grid_commands()
    commands += [("BACKGROUND", (col, 0), (col, -1), HEAD_FILL) for col in (0, 2, 4)]
    table.setStyle(TableStyle(commands))
    return table


def _payments(doc: ReceiptDocument, words: Labels) -> Flowable:
    cell, right = styles().cell, styles().cell_right
    head = [BoldParagraph(markup(words[k]), styles().head) for k in (
        "col_method", "col_reference", "col_amount", "col_tendered", "col_change")]
    rows: list[list[Any]] = [head]
    for p in doc.payments:
        rows.append([
            Paragraph(markup(payment_label(p)), cell), Paragraph(markup(p.reference), cell),
            Paragraph(format_money(p.amount_fen), right),
            Paragraph(format_money(p.tendered_fen) if p.tendered_fen is not None else "", right),
            Paragraph(format_money(p.change_fen) if p.change_fen else "", right),
        ])
    if len(rows) == 1:
        rows.append([Paragraph(words["none"], cell), "", "", "", ""])
    widths = [40 * mm, CONTENT_WIDTH - 40 * mm - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*grid_commands(), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)]))
    return table


def _money_rows(doc: ReceiptDocument, words: Labels) -> Flowable:
    rows = money_rows(doc, words)
    cells = [[Paragraph(markup(label), styles().cell),
              BoldParagraph(value, styles().cell_right)] for label, value in rows]
    table = Table(cells, colWidths=[30 * mm, 36 * mm], hAlign="RIGHT")
    table.setStyle(TableStyle([*grid_commands(), ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]))
    parts: list[Flowable] = [Spacer(0, 2 * mm), table]
    if doc.owed_fen and doc.approved_by:
        parts.append(Paragraph(markup(words["approved_by"].format(name=doc.approved_by)),
                               styles().small_right))
    return KeepTogether(parts)
