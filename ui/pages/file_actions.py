"""What the file views' buttons do: open the right dialog, then show the file as saved.

Dialogs are imported when first used (start-up stays lean) and opened without blocking.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.context import AppContext
from app.services import files, shop
from app.services.complaints import ComplaintView
from app.services.files import CustomerFile, VehicleFile
from ui import format as fmt

if TYPE_CHECKING:
    from ui.pages.reception import ReceptionPage


class FileActions(QObject):
    def __init__(self, context: AppContext, page: ReceptionPage) -> None:
        super().__init__(page)
        self.context = context
        self.page = page

    def plate_prefix(self) -> str:
        with self.context.read() as s:
            return shop.profile(s).plate_prefix if shop.is_set_up(s) else ""

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def register_customer(self, prefill: str = "", parent: QWidget | None = None,
                          with_car: bool = True) -> QDialog:
        from ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.context, parent or self.page.window(), with_car=with_car,
                                plate_prefix=self.plate_prefix())
        dialog.prefill(prefill)
        dialog.file_requested.connect(self.page.open_file)
        if with_car:
            dialog.customer_saved.connect(self.page.open_customer)
            dialog.vehicle_saved.connect(self.page.open_vehicle)
        return self._open(dialog)

    def edit_customer(self, file: CustomerFile | None) -> None:
        if file is None:
            return
        from ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.context, self.page.window(), customer=file)
        dialog.customer_saved.connect(lambda _id: self.page.reload())
        dialog.file_requested.connect(self.page.open_file)
        self._open(dialog)

    def add_car(self, file: CustomerFile | None) -> None:
        if file is None:
            return
        from ui.dialogs.vehicle_dialog import VehicleDialog

        dialog = VehicleDialog(self.context, self.page.window(), customer_id=file.customer_id,
                               customer_name=file.name, plate_prefix=self.plate_prefix())
        dialog.vehicle_saved.connect(self.page.open_vehicle)
        dialog.file_requested.connect(self.page.open_file)
        self._open(dialog)

    def edit_vehicle(self, file: VehicleFile | None) -> None:
        if file is None:
            return
        from ui.dialogs.vehicle_dialog import VehicleDialog

        dialog = VehicleDialog(self.context, self.page.window(), vehicle=file,
                               plate_prefix=self.plate_prefix())
        dialog.vehicle_saved.connect(lambda _id: self.page.reload())
        dialog.file_requested.connect(self.page.open_file)
        self._open(dialog)

    def merge(self, file: CustomerFile | None) -> None:
        if file is None:
            return
        from ui.dialogs.customer_moves import MergeDialog

        dialog = MergeDialog(self.context, file, self.page.window())
        dialog.customers_merged.connect(lambda _id: self.page.reload())
        self._open(dialog)

    def transfer(self, file: VehicleFile | None) -> None:
        if file is None:
            return
        from ui.dialogs.customer_moves import TransferDialog

        dialog = TransferDialog(self.context, file, self.page.window())
        dialog.vehicle_transferred.connect(lambda _id: self.page.reload())
        dialog.register_requested.connect(lambda: self._register_owner(dialog))
        self._open(dialog)

    def _register_owner(self, transfer: QDialog) -> None:
        """Register the buyer from within the transfer; they become the chosen new owner."""
        register = self.register_customer(parent=transfer, with_car=False)

        def chosen(customer_id: uuid.UUID) -> None:
            with self.context.read() as s:
                new_owner = files.customer_file(s, customer_id)
            phone = fmt.phone(new_owner.phones[0].number) if new_owner.phones else ""
            transfer.picker.set_picked(  # type: ignore[attr-defined]
                customer_id, " · ".join(x for x in (new_owner.name, phone) if x))

        register.customer_saved.connect(chosen)  # type: ignore[attr-defined]

    def record_complaint(self, file: VehicleFile | None) -> None:
        if file is None or file.owner is None:
            return
        from ui.dialogs.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self.context, file, self.page.window())
        dialog.accepted.connect(self.page.reload)
        self._open(dialog)

    def close_complaint(self, open_ones: tuple[ComplaintView, ...]) -> None:
        if not open_ones:
            return
        from ui.dialogs.complaint_dialog import CloseComplaintDialog

        dialog = CloseComplaintDialog(self.context, open_ones, self.page.window())
        dialog.accepted.connect(self.page.reload)
        self._open(dialog)
