"""The cash drawer's daily close sheet (收银日结单), A4: the day's money by method and cashier.

The cashier counts the till against the cash line, the manager checks the card, WeChat and
Alipay lines against the terminals' own day reports, and both sign.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

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
from app.printing.blocks import flow, heading
from app.printing.fonts import printable_fields
from app.printing.lines import Labels
from app.printing.receipt_labels import words as receipt_words
from app.printing.receipt_model import CloseDocument


def dailyclose_pdf(doc: CloseDocument) -> bytes:
    doc = printable_fields(doc)
    words = receipt_words(doc.language)
    story = flow(
        Paragraph(markup(f"{words['close_day']}：{doc.day.isoformat()}"), styles().body),
        heading(words["by_method"], words["money_note"]),
        _grid([words["col_method"], words["col_amount"]],
              [[name, format_money(fen)] for name, fen in zip(doc.methods, doc.by_method,
                                                               strict=True)]
              + [[words["received"], format_money(doc.received_fen)]], [60, 40], bold_last=True),
        heading(words["by_cashier"]),
        _grid([words["cashier"], *doc.methods, words["col_total"]],
              [[c.cashier, *(format_money(x) for x in c.by_method), format_money(c.total_fen)]
               for c in doc.cashiers] or [[words["none"]] + [""] * (len(doc.methods) + 1)],
              [CONTENT_WIDTH / mm / (len(doc.methods) + 2)] * (len(doc.methods) + 2)),
        heading(words["totals"]),
        _grid([words["col_item"], words["col_amount"]], [
            [words["settled_count"], str(doc.settled_count)],
            [words["settled_fen"], format_money(doc.settled_fen)],
            [words["arrears_received"], format_money(doc.arrears_received_fen)],
            [words["deposits"], format_money(doc.deposits_fen)],
            [words["refunds"], format_money(-doc.refunds_fen)],
            [words["change_given"], format_money(doc.change_fen)],
            [words["on_account"], format_money(doc.on_account_fen)],
        ], [60, 40]),
        _signatures(words),
    )
    setup = PageSetup(shop=doc.shop, title=words["dailyclose"], labels=words,
                      footer_left=f"{words['dailyclose']} {doc.day.isoformat()}",
                      printed_at=format_datetime(doc.printed_at), language=doc.language)
    return to_pdf_bytes(story, setup)


def _grid(head: list[str], rows: list[list[str]], widths_mm: list[float],
          bold_last: bool = False) -> Table:
    cells: list[list[Any]] = [[BoldParagraph(markup(h), styles().head) for h in head]]
    for index, row in enumerate(rows):
        last = bold_last and index == len(rows) - 1
        make = BoldParagraph if last else Paragraph
        cells.append([make(markup(row[0]), styles().cell)]
                     + [make(markup(v), styles().cell_right) for v in row[1:]])
    table = Table(cells, colWidths=[w * mm for w in widths_mm], hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([*grid_commands(), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)]))
    return table


def _signatures(words: Labels) -> list[Flowable]:
    def box(title: str) -> list[Flowable]:
        return [Paragraph(markup(title), styles().cell), Spacer(0, 11 * mm),
                Paragraph(markup(words["sign_date"]), styles().cell)]

    table = Table([[box(words["sign_cashier"]), box(words["sign_manager"])]],
                  colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(TableStyle([*grid_commands(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(0, 6 * mm), table]
