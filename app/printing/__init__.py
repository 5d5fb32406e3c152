"""Printed documents: each name maps to a function from its data (model.py) to PDF bytes.

The estimate and the work order print an OrderDocument, the check-in sheet a CheckInDocument,
the key tag a KeyTagDocument. The registry imports nothing heavy: a document's module (and
ReportLab, ~190 ms, and the CJK font) load on its first print, never at program start. Later
documents ("receipt", ...) add one entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.printing.model import CheckInDocument, KeyTagDocument, OrderDocument

    PrintData = OrderDocument | CheckInDocument | KeyTagDocument

Document = Callable[["PrintData"], bytes]


def _lazy(module: str, function: str) -> Document:
    """A document function that imports its module on the first call."""

    def render(doc: PrintData) -> bytes:
        render_pdf: Document = getattr(import_module(module), function)
        return render_pdf(doc)

    render.__name__ = render.__qualname__ = function
    render.__doc__ = f"{module}.{function}, imported on first use."
    return render


DOCUMENTS: dict[str, Document] = {
    "estimate": _lazy("app.printing.workorder", "estimate_pdf"),
    "workorder": _lazy("app.printing.workorder", "workorder_pdf"),
    "checkin": _lazy("app.printing.checkin", "checkin_pdf"),
    "keytag": _lazy("app.printing.keytag", "keytag_pdf"),
    "receipt": _lazy("app.printing.receipt", "receipt_pdf"),
    "receipt80": _lazy("app.printing.receipt80", "receipt80_pdf"),
    "dailyclose": _lazy("app.printing.dailyclose", "dailyclose_pdf"),
    "certificate": _lazy("app.printing.handover", "certificate_pdf"),
    "pickup": _lazy("app.printing.handover", "pickup_pdf"),
}
