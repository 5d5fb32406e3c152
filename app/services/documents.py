"""Printing an order's papers: which paper, read from where, laid out by app/printing.

The order's own papers are read in order_papers.py, the bill's in receipts.py and the
handover's in handover_documents.py; this module only picks the one asked for.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from app.printing import DOCUMENTS
from app.services import handover_documents, order_papers, receipts
from app.services.order_papers import NoCheckIn

__all__ = ["ORDER_DOCUMENTS", "NoCheckIn", "document_data", "render"]

ORDER_DOCUMENTS = ("estimate", "workorder", "checkin", "keytag", "receipt", "receipt80",
                   "certificate", "pickup")


def document_data(session: Session, order_id: uuid.UUID, document: str,
                  language: str = "zh_CN", printed_at: datetime | None = None,
                  version: int | None = None) -> object:
    """The plain data a paper is laid out from (read here, laid out anywhere, e.g. a thread)."""
    if document not in ORDER_DOCUMENTS:
        raise ValueError(f"unknown document {document!r}; one of {', '.join(ORDER_DOCUMENTS)}")
    if document == "checkin":
        return order_papers.checkin_document(session, order_id, language, version)
    if document == "keytag":
        return order_papers.keytag_document(session, order_id, language)
    if document in {"receipt", "receipt80"}:  # the settlement list, A4 or the 80 mm roll
        return receipts.receipt_document(session, order_id, language, printed_at)
    if document in ("certificate", "pickup"):  # handover papers (issue 6, the car side)
        if document == "certificate":
            return handover_documents.certificate_document(session, order_id, language,
                                                           printed_at)
        return handover_documents.pickup_document(session, order_id, language)
    return order_papers.order_document(session, order_id, language, printed_at)


def render(session: Session, order_id: uuid.UUID, document: str, language: str = "zh_CN",
           printed_at: datetime | None = None) -> bytes:
    """The PDF of one of the order's papers (`document` in ORDER_DOCUMENTS)."""
    data = document_data(session, order_id, document, language, printed_at)
    return DOCUMENTS[document](data)  # type: ignore[arg-type]
