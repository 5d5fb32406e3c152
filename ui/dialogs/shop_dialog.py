"""The shop profile (administrator): name, address, phone, branch code, plate prefix."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.context import AppContext
from app.services import shop
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.shop_form import ShopFormWidget


class ShopProfileDialog(FormDialog):
    profile_saved = Signal(object)  # the new ShopProfile

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("shop_dialog")
        self.shop_form = ShopFormWidget(self.errors, self)
        with context.read() as s:
            self.shop_form.set_profile(shop.profile(s))
        layout = QVBoxLayout(self)
        layout.addWidget(self.shop_form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shop profile"))
        self.retranslate_buttons()

    def submit(self) -> bool:
        with self.context.write() as s:
            profile = shop.update_profile(s, self.context.user, self.shop_form.form())
        self.context.shop_name, self.context.branch_code = profile.name, profile.branch_code
        self.profile_saved.emit(profile)
        return True
