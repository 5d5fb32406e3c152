"""Marking user-facing text in the Qt-free core for translation, and reading it back.

`app/` must not import Qt, yet its messages (input errors, state names) are shown in the
Qt UI in Chinese or English. The source text is English; it is marked with a function named
exactly like Qt's so that `pyside6-lupdate` extracts it into the translation files, and the UI
translates it with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations

from functools import lru_cache


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return `text` unchanged; lupdate records it under `context`."""
    return text


def translated(context: str, text: str, language: str) -> str:
    """`text` of `context` in `language`, read from the shipped .ts file (no Qt needed).

    Printed papers and the command line run without a Qt translator; they read the same
    translations the UI uses, so a state or category reads alike on screen and on paper.
    """
    if language == "en":
        return text
    return _catalog(language).get((context, text), text)


@lru_cache(maxsize=4)
def _catalog(language: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ElementTree

    from app.resources import resource_path

    path = resource_path("translations", f"garagedesk_{language}.ts")
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and \
                    translation.get("type") not in {"unfinished", "obsolete", "vanished"}:
                found[(name, message.findtext("source", ""))] = translation.text
    return found
