"""The shape every form dialog shares: fields, red refusals next to them, Save / Cancel.

Enter saves (Save is the default button), Esc cancels. `submit()` calls the service; refusals
it raises land next to their fields and nothing is saved; True closes the dialog. A storage
failure (disk full, database busy or read-only, server gone) shows in the general message line
and the dialog stays open with what was typed (ui/errors).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from app.context import AppContext
from app.domain.errors import InputError, InputErrors
from app.domain.permissions import NotAllowed
from app.services.versions import StaleRecord, Stamp
from ui.errors import refusal
from ui.i18n import Retranslating
from ui.widgets.field_error import FieldError, FormErrors
from ui.widgets.stale import stale_error

NOT_ALLOWED = QT_TRANSLATE_NOOP("InputError", "Your role may not do this; ask a manager.")
FRAME_HEIGHT = 32  # the window manager's title bar and borders
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("InputError", "The two passwords differ; type them again.")


class FormDialog(Retranslating, QDialog):
    """Base of the form dialogs; subclasses lay out fields and implement `submit()`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stamp: Stamp | None = None  # what an edit form loaded; handed back on save
        self.general_error = FieldError("general", self)
        self.errors = FormErrors(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttons")
        self.general_error.keep_place()  # a refusal appearing never moves the buttons
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def submit(self) -> bool:
        """Call the service with what was typed; True when it is saved and the dialog may close."""
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        try:
            done = self.submit()
        except InputErrors as refused:
            self.errors.show(refused.errors)
            done = False
        except InputError as refused:
            self.errors.show([refused])
            done = False
        except NotAllowed:
            self.errors.show([InputError("general", NOT_ALLOWED)])
            done = False
        except StaleRecord as stale:  # another desk saved it meanwhile: say so, keep the typing
            self.stamp = stale.current
            self.errors.show([stale_error(stale)])
            done = False
        except Exception as error:  # disk full, busy, read-only, connection lost: said here
            failure = refusal(error, self.context)
            if failure is None:
                raise  # unexpected: logged and shown by ui/errors' hook
            self.errors.show([failure])
            done = False
        if done:
            self.accept()
        else:
            self.fit_to_contents()

    def fit_to_contents(self) -> None:
        """Grow (never shrink) so that messages that just appeared are not squeezed."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        room = self.screen().availableGeometry().size() if self.screen() else None
        width = max(self.width(), self.sizeHint().width())
        if room is not None:
            width = min(width, room.width())
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        height = max(self.height(), height, self.sizeHint().height())
        if room is not None:  # never past the screen's edge: the buttons stay in reach
            height = min(height, room.height() - FRAME_HEIGHT)
        self.resize(width, height)

    def set_tab_chain(self, widgets: list[QWidget]) -> None:
        """Tab visits `widgets` in this order, then Save and Cancel."""
        for first, second in pairwise([*widgets, self.save_button, self.cancel_button]):
            QWidget.setTabOrder(first, second)

    def retranslate_buttons(self, save_text: str = "") -> None:
        self.save_button.setText(save_text or QCoreApplication.translate("FormDialog", "&Save"))
        if save_text:  # not a plain Save: no floppy-disk icon
            self.save_button.setIcon(QIcon())
        self.cancel_button.setText(QCoreApplication.translate("FormDialog", "Cancel"))
        self.errors.retranslate()
