"""Every window and dialog on a 1366×768 front-desk screen, in Chinese and in English: it fits
1366×728 with its action buttons visible, each Alt letter does one thing in it, and a button
that cannot act is disabled with a tooltip saying why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.windows import (
    CLIENT,
    Shop,
    demo_shop,
    duplicate_mnemonics,
    misfits,
    mute_buttons,
    windows,
)
from ui.i18n import CHINESE, ENGLISH, LanguageSwitcher

NAMES = sorted(windows())


@pytest.fixture(params=[CHINESE, ENGLISH])
def language(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    switcher = LanguageSwitcher()
    assert switcher.switch(request.param)
    yield request.param
    switcher.switch(ENGLISH)


@pytest.fixture
def shop(qapp, context) -> Shop:  # type: ignore[no-untyped-def]
    from ui.launch import load_cjk_font

    load_cjk_font(qapp)  # as the program starts: Chinese in the bundled font, at its width
    return demo_shop(context)


def _open(qtbot, shop: Shop, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    window = windows()[name](shop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def _close(window: QWidget) -> None:
    timer = getattr(getattr(window, "search", None), "timer", None)
    if timer is not None:  # the main window's search box waits to search as you type
        timer.stop()
    window.close()


@pytest.mark.parametrize("name", NAMES)
def test_the_window_fits_the_screen_and_each_alt_letter_does_one_thing(  # type: ignore[no-untyped-def]
        qtbot, shop, language, name) -> None:
    window = _open(qtbot, shop, name)
    try:
        found = {"misfits": misfits(window), "duplicate Alt letters": duplicate_mnemonics(window),
                 "disabled without a reason": mute_buttons(window)}
    finally:
        _close(window)
    assert found == {"misfits": [], "duplicate Alt letters": {}, "disabled without a reason": []}, (
        f"{name} on {CLIENT.width()}×{CLIENT.height()}")
