"""Qt's own dialogs speak the UI's language: qtbase_zh_CN.qm is loaded beside our translation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from ui.i18n import LanguageSwitcher, qt_translations

REPO = Path(__file__).resolve().parents[2]
OUR_QM = REPO / "resources" / "translations" / "garagedesk_zh_CN.qm"


@pytest.fixture
def switcher(qapp) -> Iterator[LanguageSwitcher]:  # type: ignore[no-untyped-def]
    if not OUR_QM.is_file():
        pytest.fail("build the translations first (make translations)")
    switcher = LanguageSwitcher()
    yield switcher
    switcher.switch("en")


def button_texts(box: QMessageBox) -> set[str]:
    return {box.button(b).text().replace("&", "") for b in (
        QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)}


def test_pyside6_ships_qts_chinese_translation():
    assert (qt_translations() / "qtbase_zh_CN.qm").is_file()


def test_message_box_buttons_speak_chinese_then_english_again(qtbot, switcher):
    buttons = (QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
               | QMessageBox.StandardButton.Save)
    assert switcher.switch("zh_CN")
    chinese = QMessageBox(QMessageBox.Icon.Question, "GarageDesk", "?", buttons)
    qtbot.addWidget(chinese)
    assert button_texts(chinese) == {"确定", "取消", "保存"}

    assert switcher.switch("en")  # the Qt translator goes with ours
    english = QMessageBox(QMessageBox.Icon.Question, "GarageDesk", "?", buttons)
    qtbot.addWidget(english)
    assert button_texts(english) == {"OK", "Cancel", "Save"}


def test_qts_file_dialog_speaks_chinese(qtbot, switcher, tmp_path):
    assert switcher.switch("zh_CN")
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert "文件名称(N)：" in labels, labels  # "File &name:"
    box = dialog.findChild(QDialogButtonBox)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert "取消" in texts, texts
