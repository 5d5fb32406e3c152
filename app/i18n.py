"""Marking user-facing text in the Qt-free core for translation.

`app/` must not import Qt, yet its messages (input errors, state names) are shown in the
Qt UI in Chinese or English. The source text is English; it is marked with a function named
exactly like Qt's so that `pyside6-lupdate` extracts it into the translation files, and the UI
translates it with `QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return `text` unchanged; lupdate records it under `context`."""
    return text
