"""Translation in the UI: app messages, state names, the language switch, retranslating widgets.

Messages from `app/` are English source text with `{placeholders}`, marked with
QT_TRANSLATE_NOOP under the contexts "InputError", "Role", "Status", "Category" and "Fuel";
`app_text` is the one place that translates and fills them. Widgets re-set their own texts in
`retranslate()`, called from `__init__` and again on every QEvent.LanguageChange.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from app.domain.errors import InputError
from app.resources import resource_path

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (CHINESE, ENGLISH)


def app_text(context: str, text: str, /, **params: Any) -> str:
    """`text` from app/ translated under `context`, its placeholders filled.

    Positional-only, so a message may have placeholders named {text} or {context}.
    """
    translated = QCoreApplication.translate(context, text)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation: fall back to the source
        return text.format(**params)


# A refusal's parameter that holds a name from a names table (English source text): its context.
ERROR_PARAM_CONTEXTS = {"check_item": "CheckItem", "completion_item": "CompletionItem"}


def error_text(error: InputError) -> str:
    params = {name: app_text(ERROR_PARAM_CONTEXTS[name], value)
              if name in ERROR_PARAM_CONTEXTS and isinstance(value, str) and value else value
              for name, value in error.params.items()}
    return app_text("InputError", error.message, **params)


def role_name(role: str) -> str:
    from app.domain.permissions import ROLE_NAMES, Role

    try:
        return app_text("Role", ROLE_NAMES[Role(role)])
    except ValueError:
        return role


def status_name(status: str) -> str:
    from app.domain.workorder import STATUS_NAMES

    return app_text("Status", STATUS_NAMES[status]) if status in STATUS_NAMES else status


def category_name(category: str) -> str:
    from app.domain.workorder import CATEGORY_NAMES

    if category not in CATEGORY_NAMES:
        return category
    return app_text("Category", CATEGORY_NAMES[category])


def fuel_name(fuel: str) -> str:
    from app.domain.workorder import FUEL_NAMES

    return app_text("Fuel", FUEL_NAMES[fuel]) if fuel in FUEL_NAMES else fuel


def ui_is_chinese() -> bool:
    """Whether the UI speaks Chinese now (the switcher sets the default locale with it)."""
    return QLocale().language() == QLocale.Language.Chinese


class Retranslating:
    """Mixin for widgets (put it before the Qt class): calls `retranslate()` on language change."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def qt_translations() -> Path:
    """The folder of Qt's own translations (qtbase_*.qm), shipped inside PySide6.

    From source that is PySide6/Qt/translations; in the PyInstaller build the same folder under
    the bundle, where QLibraryInfo finds it through the qt.conf PyInstaller writes.
    """
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class LanguageSwitcher(QObject):
    """Installs the translators of one language at a time; English is the source text.

    Two translators per language: ours (garagedesk_*.qm) and Qt's own (qtbase_*.qm), so the
    standard buttons, file and print dialogs speak the same language as our windows.
    """

    def __init__(self, translations: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.translations = translations or resource_path("translations")
        self.language = ENGLISH
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None

    def qm_file(self, language: str) -> Path:
        return self.translations / f"garagedesk_{language}.qm"

    def qt_qm_file(self, language: str) -> Path:
        return qt_translations() / f"qtbase_{language}.qm"

    def switch(self, language: str) -> bool:
        """Use `language`; False when its translation file is missing (English is shown then).

        Qt's own translation is loaded beside ours when PySide6 ships it; its absence only
        leaves Qt's dialogs in English.
        """
        app = QCoreApplication.instance()
        for translator in (self._translator, self._qt_translator):
            if translator is not None:
                app.removeTranslator(translator)
        self._translator = self._qt_translator = None
        self.language = ENGLISH
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        if language == ENGLISH:
            return True
        translator = QTranslator(self)
        path = self.qm_file(language)
        if not path.is_file() or not translator.load(str(path)):
            return False
        qt_translator = QTranslator(self)
        if qt_translator.load(str(self.qt_qm_file(language))):
            app.installTranslator(qt_translator)
            self._qt_translator = qt_translator
        app.installTranslator(translator)
        self._translator = translator
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return True
