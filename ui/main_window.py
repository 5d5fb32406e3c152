"""The main window: navigation to the pages, the global search, the status bar, the menus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import __version__
from app.context import AppContext
from app.domain.permissions import Permission
from app.services import files
from ui.i18n import ENGLISH, LanguageSwitcher, Retranslating, role_name
from ui.menus import MainMenus
from ui.pages.reception import ReceptionPage
from ui.widgets.search_box import GlobalSearch

RECEPTION, CATALOG, USERS = "reception", "catalog", "users"
PROGRESS = "progress"
WARM_UP_MS = 400  # after the first paint: the first keystroke then finds a warm search
NAV_STYLE = """
QListWidget#navigation { font-size: 15px; background: #f4f6f8; border: none;
                         border-right: 1px solid #d0d4d8; }
QListWidget#navigation::item { padding: 10px 12px; }
QListWidget#navigation::item:selected { background: #1565c0; color: white; }
"""


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, context: AppContext, languages: LanguageSwitcher | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.context = context
        self.languages = languages or LanguageSwitcher(parent=self)
        self.search = GlobalSearch(context, self)
        toolbar = QToolBar(self)
        toolbar.setObjectName("search_bar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet(NAV_STYLE)
        self.pages = QStackedWidget(self)
        self.reception = ReceptionPage(context, self.pages)
        self.pages.addWidget(self.reception)
        self.users_page: QWidget | None = None
        self.catalog_page: QWidget | None = None
        self.progress_page: QWidget | None = None
        self._add_nav(RECEPTION)
        self._add_nav(PROGRESS)
        self._add_nav(CATALOG)
        self._add_nav(USERS)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.status_user, self.status_shop, self.status_db = QLabel(), QLabel(), QLabel()
        for i, label in enumerate((self.status_user, self.status_shop, self.status_db)):
            label.setObjectName(("status_user", "status_shop", "status_db")[i])
            self.statusBar().addPermanentWidget(label, 1 if i == 2 else 0)
        self.menus = MainMenus(self)
        self._connect()
        self.resize(1280, 690)  # fits 1366×768 with a taskbar
        self.apply_user()
        self.show_page(RECEPTION)
        self.retranslate()
        self.menus.check_language(self.languages.language)
        self.search.field.setFocus()  # the desk types straight into the search
        QTimer.singleShot(WARM_UP_MS, self.search.warm_up)

    def _add_nav(self, key: str) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def _nav_item(self, key: str) -> QListWidgetItem:
        return next(self.nav.item(i) for i in range(self.nav.count())
                    if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key)

    def _connect(self) -> None:
        a = self.menus.actions
        a["search"].triggered.connect(self.search.focus)
        a["reception"].triggered.connect(lambda: self.show_page(RECEPTION))
        a["new_customer"].triggered.connect(lambda: self.register_customer(self.search.text()))
        a["import_customers"].triggered.connect(self.import_customers)
        a["switch_user"].triggered.connect(self.switch_user)
        a["quit"].triggered.connect(self.close)
        a["cash_drawer"].triggered.connect(self.open_cash_drawer)
        a["arrears"].triggered.connect(self.open_arrears)
        a["audit_log"].triggered.connect(self.open_audit_log)
        a["shop_profile"].triggered.connect(self.edit_shop)
        a["shop_rules"].triggered.connect(self.edit_rules)
        a["users"].triggered.connect(lambda: self.show_page(USERS))
        a["about"].triggered.connect(self.about)
        a["where_is_my_car"].triggered.connect(self.where_is_my_car)
        a["progress_board"].triggered.connect(lambda: self.show_page(PROGRESS))
        a["waiting_room"].triggered.connect(self.open_waiting_room)
        a["notice_templates"].triggered.connect(self.edit_notice_templates)
        self.menus.language_group.triggered.connect(lambda act: self.set_language(act.data()))
        self.nav.currentItemChanged.connect(
            lambda item, _old: item and self.show_page(item.data(Qt.ItemDataRole.UserRole)))
        self.search.result_opened.connect(self.open_result)
        self.search.register_requested.connect(self.register_customer)
        self.reception.register_requested.connect(
            lambda text: self.register_customer(text or self.search.text()))

    def retranslate(self) -> None:
        # Qt adds the application's display name ("… — GarageDesk") to every window title.
        self.setWindowTitle(self.context.shop_name or "GarageDesk")
        self._nav_item(RECEPTION).setText(self.tr("Reception (F2)"))
        self._nav_item(CATALOG).setText(self.tr("Catalogs"))
        self._nav_item(PROGRESS).setText(self.tr("Progress board (F6)"))
        self._nav_item(USERS).setText(self.tr("Users and rights"))
        self.menus.retranslate()
        self._update_status()

    def _update_status(self) -> None:
        actor = self.context.actor
        self.status_user.setText(self.tr("{name} · {role}").format(
            name=actor.display_name, role=role_name(actor.role)) if actor else "")
        self.status_shop.setText(f"{self.context.branch_code} · {self.context.shop_name}")
        self.status_db.setText(self.tr("Database: {db}").format(db=self.context.db.describe()))

    # Pages
    def show_page(self, key: str) -> None:
        if key == USERS:
            if not (self.context.actor and self.context.actor.may(Permission.USER_MANAGE)):
                return
            if self.users_page is None:
                from ui.pages.users import UsersPage

                self.users_page = UsersPage(self.context, self.pages)
                self.pages.addWidget(self.users_page)
            self.users_page.reload()  # type: ignore[attr-defined]
            self.pages.setCurrentWidget(self.users_page)
        elif key == CATALOG:
            if self.catalog_page is None:
                from ui.pages.catalog import CatalogPage  # built on first visit: fast start

                self.catalog_page = CatalogPage(self.context, self.pages)
                self.pages.addWidget(self.catalog_page)
            self.catalog_page.reload()  # type: ignore[attr-defined]
            self.pages.setCurrentWidget(self.catalog_page)
        elif key == PROGRESS:
            self.pages.setCurrentWidget(self._progress())
            self._progress().reload()  # type: ignore[attr-defined]
        else:
            self.pages.setCurrentWidget(self.reception)
        self.nav.blockSignals(True)
        self.nav.setCurrentItem(self._nav_item(key))
        self.nav.blockSignals(False)

    # Progress (issue 5)
    def _progress(self) -> QWidget:
        if self.progress_page is None:
            from ui.pages.progress_board import ProgressPage  # built on first visit

            self.progress_page = ProgressPage(self.context, self.pages)
            self.progress_page.open_requested.connect(self.open_order)
            self.pages.addWidget(self.progress_page)
        return self.progress_page

    def where_is_my_car(self) -> None:
        """F4 from anywhere: the query box; its answer can jump to the board."""
        from ui.dialogs.where_dialog import WhereIsMyCarDialog

        if self.context.actor is None:
            return
        dialog = WhereIsMyCarDialog(self.context, self)
        dialog.open_requested.connect(self.show_on_board)
        dialog.finished.connect(dialog.deleteLater)
        self.where_dialog = dialog
        dialog.open()
        dialog.query.setFocus()

    def show_on_board(self, order_id: Any) -> None:
        self.show_page(PROGRESS)
        self._progress().select_order(order_id)  # type: ignore[attr-defined]

    def open_waiting_room(self) -> None:
        from ui.waiting_room import open_waiting_room

        self.waiting_room = open_waiting_room(self.context, self)

    def edit_notice_templates(self) -> None:
        from ui.dialogs.notice_templates import NoticeTemplatesDialog

        dialog = NoticeTemplatesDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_order(self, order_id: Any) -> None:
        """An order from the board in the editor (Back returns to the car's file)."""
        with self.context.read() as s:
            vehicle_id = files.order_vehicle_id(s, order_id)
        if vehicle_id is not None:
            self.show_page(RECEPTION)
            self.reception.open_vehicle(vehicle_id)
            self.reception.open_order(order_id)

    def open_result(self, result: Any) -> None:
        self.show_page(RECEPTION)
        if result.kind == "vehicle":
            self.reception.open_vehicle(result.ref)
        elif result.kind == "customer":
            self.reception.open_customer(result.ref)
        elif result.kind == "order":  # a scanned or typed work-order number opens the order
            with self.context.read() as s:
                vehicle_id = files.order_vehicle_id(s, result.ref)
            if vehicle_id is not None:
                self.reception.open_vehicle(vehicle_id)  # Back returns to the car's file
                self.reception.open_order(result.ref)

    def register_customer(self, prefill: str = "") -> None:
        if self.context.actor and self.context.actor.may(Permission.CUSTOMER_EDIT):
            self.show_page(RECEPTION)
            self.reception.actions.register_customer(prefill)

    # Users, shop, language
    def apply_user(self) -> None:
        """Show what the logged-in user may use; called at start and after switching user."""
        actor = self.context.actor
        self._nav_item(USERS).setHidden(not (actor and actor.may(Permission.USER_MANAGE)))
        self.menus.apply_user(actor)
        self._update_status()

    def switch_user(self) -> None:
        """Log out to the login dialog; the program stays open. Quit there closes it."""
        from ui.dialogs.login import LoginDialog

        self.context.actor = None
        self.search.clear()
        self.reception.go_home()
        self.show_page(RECEPTION)
        self.apply_user()
        dialog = LoginDialog(self.context, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.logged_in.connect(self._logged_in)
        dialog.rejected.connect(self.close)
        dialog.finished.connect(dialog.deleteLater)
        self.login_dialog = dialog
        dialog.open()

    def _logged_in(self, actor: Any) -> None:
        self.context.actor = actor
        self.apply_user()

    def edit_shop(self) -> None:
        from ui.dialogs.shop_dialog import ShopProfileDialog

        dialog = ShopProfileDialog(self.context, self)
        dialog.profile_saved.connect(lambda _p: self.retranslate())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_cash_drawer(self) -> None:
        from ui.dialogs.cash_drawer import CashDrawerDialog

        dialog = CashDrawerDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.cash_drawer = dialog

    def open_arrears(self) -> None:
        from ui.dialogs.arrears_dialog import ArrearsDialog

        dialog = ArrearsDialog(self.context, self)
        dialog.print_requested.connect(self.reception.print_document)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.arrears_dialog = dialog

    def open_audit_log(self) -> None:
        from ui.dialogs.audit_viewer import AuditViewer

        dialog = AuditViewer(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.audit_viewer = dialog

    def edit_rules(self) -> None:
        from ui.dialogs.shop_rules import ShopRulesDialog

        dialog = ShopRulesDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def import_customers(self) -> None:
        from ui.import_dialog import ImportDialog  # another module; present once it lands

        dialog = ImportDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self.reception.reload())
        dialog.open()

    def set_language(self, language: str) -> None:
        if not self.languages.switch(language) and language != ENGLISH:
            self.statusBar().showMessage(self.tr("The {lang} translation is not installed.")
                                         .format(lang=language), 5000)
        self.context.workstation.language = language
        self.context.workstation.save(self.context.paths)
        self.menus.check_language(language)

    def about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About GarageDesk"), self.tr(
            "GarageDesk (汽修前台) {version}\nThe front desk of a car repair shop.").format(
                version=__version__), parent=self)
        box.setObjectName("about_box")
        box.finished.connect(box.deleteLater)
        box.open()
