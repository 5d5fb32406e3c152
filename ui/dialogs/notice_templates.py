"""The shop's notice templates (manager): one text per kind and language, with placeholders.

An emptied text falls back to the program's default template of that kind and language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from app.context import AppContext
from app.domain.progress import NOTICE_KIND_NAMES
from app.services import notices
from ui.dialogs.form_dialog import FormDialog
from ui.i18n import app_text

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}


class NoticeTemplatesDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("notice_templates_dialog")
        with context.read() as s:
            current = notices.templates(s)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("notice_kinds")
        self.texts: dict[tuple[str, str], QPlainTextEdit] = {}
        for kind in NOTICE_KIND_NAMES:
            page = QWidget(self.tabs)
            layout = QVBoxLayout(page)
            for language, name in LANGUAGE_NAMES.items():
                edit = self.texts[(kind, language)] = QPlainTextEdit(current[kind][language], page)
                edit.setObjectName(f"template_{kind}_{language}")
                edit.setTabChangesFocus(True)
                layout.addWidget(QLabel(name, page))
                layout.addWidget(edit)
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumSize(620, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notice templates"))
        self.help.setText(self.tr("Placeholders filled from the order: {names}. An empty text "
                                  "goes back to the default.").format(
            names=" ".join("{" + p + "}" for p in notices.PLACEHOLDERS)))
        for index, name in enumerate(NOTICE_KIND_NAMES.values()):
            self.tabs.setTabText(index, app_text("NoticeKind", name))
        self.retranslate_buttons()

    def submit(self) -> bool:
        wanted: dict[str, dict[str, str]] = {}
        for (kind, language), edit in self.texts.items():
            wanted.setdefault(kind, {})[language] = edit.toPlainText()
        with self.context.write() as s:
            notices.save_templates(s, self.context.user, wanted)
        return True
