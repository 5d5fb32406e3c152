"""Every enabled button acts; a button that cannot act now is disabled and its tooltip says why
(and what would make it act), so a press that does nothing never leaves the desk guessing."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

WHY_NOT = "why_not"  # dynamic property: the tooltip the button had before it was disabled


def allow(button: QAbstractButton, why_not: str | None) -> None:
    """Enable `button` when `why_not` is None, else disable it with `why_not` as its tooltip."""
    if button.property(WHY_NOT) is None:
        button.setProperty(WHY_NOT, button.toolTip())
    button.setEnabled(why_not is None)
    button.setToolTip(str(button.property(WHY_NOT)) if why_not is None else why_not)
