"""The main window's menus and window-wide shortcuts, as named actions.

File: import, switch user, quit. Shop: profile, users (administrator). View: language.
Help: about. Actions carry objectNames ("action_switch_user", ...) for tests.
"""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.domain.permissions import Permission
from app.services.actor import Actor
from ui.i18n import CHINESE, ENGLISH

LANGUAGE_NAMES = {CHINESE: "中文", ENGLISH: "English"}  # each language in its own words


def import_dialog_available() -> bool:
    return importlib.util.find_spec("ui.import_dialog") is not None


class MainMenus(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.shop_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.language_menu = QMenu(window)
        self.language_group = QActionGroup(self)
        self._build()
        self.retranslate()

    def _add(self, name: str, menu: QMenu | None, *keys: str) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"action_{name}")
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        if menu is not None:
            menu.addAction(action)
        else:
            self.window.addAction(action)  # a shortcut without a menu entry
        self.actions[name] = action
        return action

    def _build(self) -> None:
        self._add("new_customer", self.file_menu, "Ctrl+N")
        self._add("import_customers", self.file_menu)
        self.actions["import_customers"].setVisible(import_dialog_available())
        self.file_menu.addSeparator()
        self._add("switch_user", self.file_menu, "Ctrl+L")
        self._add("quit", self.file_menu, "Ctrl+Q")
        self._add("cash_drawer", self.shop_menu, "Ctrl+Shift+D")
        self._add("arrears", self.shop_menu)
        self._add("shop_profile", self.shop_menu)
        self._add("shop_rules", self.shop_menu)
        self._add("notice_templates", self.shop_menu)  # progress (issue 5)
        self._add("users", self.shop_menu)
        self._add("audit_log", self.shop_menu)  # the manager's audit viewer (issue 10)
        self._add("backups", self.shop_menu).triggered.connect(self.open_backups)  # issue 10
        self._add("search", None, "Ctrl+F", "F3", "Ctrl+K")
        self._add("reception", None, "F2")
        # Progress (issue 5): "where is my car" from anywhere, the board, the waiting room.
        self._add("where_is_my_car", self.view_menu, "F4")
        self._add("progress_board", self.view_menu, "F6")
        self._add("waiting_room", self.view_menu)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu)
        for language, name in LANGUAGE_NAMES.items():
            action = self._add(f"language_{language}", self.language_menu)
            action.setText(name)
            action.setData(language)
            action.setCheckable(True)
            self.language_group.addAction(action)
        self._add("about", self.help_menu)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.shop_menu.setTitle(self.tr("&Shop"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            "new_customer": self.tr("&Register new customer…"),
            "import_customers": self.tr("&Import customers and cars…"),
            "switch_user": self.tr("S&witch user…"),
            "quit": self.tr("&Quit"),
            "cash_drawer": self.tr("&Cash drawer — daily close…"),
            "arrears": self.tr("Money &owed (挂账)…"),
            "shop_profile": self.tr("Shop &profile…"),
            "shop_rules": self.tr("Shop &rules (rates, terms, signatures)…"),
            "users": self.tr("&Users and rights"),
            "audit_log": self.tr("&Audit log (审计日志)…"),
            "backups": self.tr("&Backups and restore…"),
            "search": self.tr("Search"),
            "reception": self.tr("Reception"),
            "about": self.tr("&About GarageDesk"),
            "where_is_my_car": self.tr("&Where is my car?"),
            "notice_templates": self.tr("&Notice templates…"),
            "progress_board": self.tr("&Progress board"),
            "waiting_room": self.tr("Waiting-room &screen"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)

    def apply_user(self, actor: Actor | None) -> None:
        may = actor.may if actor else (lambda _p: False)
        self.actions["cash_drawer"].setEnabled(may(Permission.SETTLE))
        self.actions["arrears"].setEnabled(may(Permission.SETTLE))
        self.actions["shop_profile"].setEnabled(may(Permission.SHOP_SETTINGS))
        self.actions["shop_rules"].setEnabled(may(Permission.SHOP_RULES))
        self.actions["notice_templates"].setEnabled(may(Permission.SHOP_RULES))
        self.actions["users"].setEnabled(may(Permission.USER_MANAGE))
        self.actions["audit_log"].setEnabled(may(Permission.AUDIT_VIEW))
        self.actions["backups"].setEnabled(may(Permission.BACKUP))
        self.actions["new_customer"].setEnabled(may(Permission.CUSTOMER_EDIT))
        self.actions["import_customers"].setEnabled(may(Permission.IMPORT_RECORDS))

    def open_backups(self) -> None:
        """Shop → Backups; after a restore the program closes (its data was replaced)."""
        from ui.dialogs.backups_window import BackupsWindow

        dialog = BackupsWindow(self.window.context, self.window)  # type: ignore[attr-defined]
        dialog.restored.connect(lambda _r: dialog.finished.connect(lambda _c: self.window.close()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def check_language(self, language: str) -> None:
        action = self.actions.get(f"language_{language}")
        if action is not None:
            action.setChecked(True)
