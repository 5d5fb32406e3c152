"""The estimate (估价单) and the work order (维修委托书), both printed from one OrderDocument.

The estimate is what the customer decides on: every line, declined ones included, with the
decision beside it. The work order is the repair contract the customer signs: the work to do,
what was declined (kept, since it is the next visit's recommendation), totals and terms.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.printing import warranty_words
from app.printing.base import PageSetup, format_datetime, format_money, markup, styles, to_pdf_bytes
from app.printing.blocks import (
    flow,
    heading,
    order_grid,
    signature_block,
    terms_block,
    totals_block,
)
from app.printing.fonts import printable_fields
from app.printing.labels import labels
from app.printing.lines import (
    DECLINED_COLUMNS,
    ESTIMATE_COLUMNS,
    WORKORDER_COLUMNS,
    Labels,
    lines_table,
)
from app.printing.model import OrderDocument, PrintLine


def estimate_pdf(doc: OrderDocument) -> bytes:
    """The estimate: all lines with the customer's decision, validity note, signature."""
    doc = printable_fields(doc)
    words = labels(doc.language)
    story = flow(
        order_grid(doc, words),
        heading(words["lines"], words["money_note"]),
        lines_table(doc.lines, ESTIMATE_COLUMNS, words),
        _declined_total(doc, words),
        totals_block(doc.totals, words, doc.language),
        _validity(doc, words),
        signature_block(words["estimate_consent"], doc.advisor, words),
    )
    return to_pdf_bytes(story, _setup(doc, words["estimate"], words))


def workorder_pdf(doc: OrderDocument) -> bytes:
    """The work order: the work to do grouped by kind, declined work apart, totals, terms."""
    doc = printable_fields(doc)
    words = labels(doc.language)
    to_do = [line for line in doc.lines if line.approval != "declined"]
    declined = [line for line in doc.lines if line.approval == "declined"]
    story = flow(
        order_grid(doc, words),
        heading(words["lines"], words["money_note"]),
        lines_table(to_do, WORKORDER_COLUMNS, words),
        _declined_section(declined, words),
        totals_block(doc.totals, words, doc.language),
        _warranty(doc, to_do),
        terms_block(doc.terms, words),
        signature_block(words["workorder_consent"], doc.advisor, words),
    )
    return to_pdf_bytes(story, _setup(doc, words["workorder"], words))


def _warranty(doc: OrderDocument, to_do: list[PrintLine]) -> list[Flowable]:
    """The same warranty wording as the receipt and the pickup note (warranty_words)."""
    return [*heading(warranty_words.words(doc.language)["title"]),
            *(Paragraph(markup(text), styles().body)
              for text in warranty_words.statement(
                  doc.warranty, warranty_words.line_warranties(to_do), doc.language))]


def _validity(doc: OrderDocument, words: Labels) -> list[Flowable]:
    if doc.estimate_valid_days <= 0:  # a shop that sets no validity prints no promise
        return []
    text = markup(words["validity"].format(days=doc.estimate_valid_days))
    return [Spacer(0, 2 * mm), Paragraph(text, styles().body)]


def _setup(doc: OrderDocument, title: str, words: Labels) -> PageSetup:
    return PageSetup(
        shop=doc.shop,
        title=title,
        labels=words,
        code_value=doc.number,
        footer_left=f"{doc.number}  {doc.plate}",
        printed_at=format_datetime(doc.printed_at),
        language=doc.language,
    )


def _declined_section(declined: list[PrintLine], words: Labels) -> list[Flowable]:
    if not declined:
        return []
    return [
        *heading(words["declined_title"], words["declined_note"]),
        lines_table(declined, DECLINED_COLUMNS, words, grouped=False),
        _declined_total_paragraph(declined, words),
    ]


def _declined_total(doc: OrderDocument, words: Labels) -> list[Flowable]:
    declined = [line for line in doc.lines if line.approval == "declined"]
    return [_declined_total_paragraph(declined, words)] if declined else []


def _declined_total_paragraph(declined: list[PrintLine], words: Labels) -> Flowable:
    # A plain sum of the printed line totals: the caller's totals leave declined work out.
    amount = format_money(sum(line.total_fen for line in declined))
    text = markup(words["declined_total"].format(amount=amount))
    return Paragraph(text, styles().small_right)
