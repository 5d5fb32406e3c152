"""The refusal a form shows when another desk saved the same record since it was opened.

One text for every form: who saved, when, and which fields they changed; what was typed stays
in the form, and saving again on purpose puts it over theirs (the form takes the new stamp).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import InputError
from app.services.versions import FIELD, RECORD, StaleRecord
from ui.i18n import app_text

STALE = QT_TRANSLATE_NOOP(
    "InputError",
    "{who} saved this {record} at {time} while you were editing it, and changed: {fields}. "
    "What you typed is still here: Save again to put it over their changes, or Cancel to "
    "keep theirs.")


def stale_error(stale: StaleRecord, field: str = "general") -> InputError:
    """The message, in the current language, as a refusal of the form as a whole."""
    separator = QCoreApplication.translate("StaleRecord", ", ")
    fields = separator.join(app_text(FIELD, f) for f in stale.fields) or "—"
    time = stale.at.astimezone().strftime("%H:%M") if stale.at else "—"
    who = stale.by or QCoreApplication.translate("StaleRecord", "another desk")
    return InputError(field, STALE, who=who, record=app_text(RECORD, stale.what), time=time,
                      fields=fields)
