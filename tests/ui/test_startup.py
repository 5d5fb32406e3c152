"""Starting up: the bundled Chinese font, the language switch, a database too new, the probe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.config import Workstation, paths
from ui.i18n import LanguageSwitcher

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>ReceptionHome</name>
<message><source>Reception</source><translation>接待</translation></message>
</context>
<context><name>MainWindow</name>
<message><source>Reception (F2)</source><translation>接待 (F2)</translation></message>
</context>
<context><name>CustomerDialog</name>
<message><source>Register new customer</source><translation>登记新客户</translation></message>
</context>
<context><name>Role</name>
<message><source>Administrator</source><translation>管理员</translation></message>
</context>
</TS>
"""


@pytest.fixture
def translations(tmp_path: Path) -> Path:
    """A small Chinese translation compiled by the same tool the build uses."""
    source = tmp_path / "garagedesk_zh_CN.ts"
    source.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                    str(tmp_path / "garagedesk_zh_CN.qm")], check=True)
    return tmp_path


def test_language_switches_at_run_time_and_is_remembered(qtbot, context, translations):
    from ui.main_window import MainWindow

    switcher = LanguageSwitcher(translations)
    window = MainWindow(context, switcher)
    qtbot.addWidget(window)
    window.show()
    heading = window.reception.home.heading
    assert heading.text() == "Reception"
    try:
        window.menus.actions["language_zh_CN"].trigger()
        qtbot.waitUntil(lambda: heading.text() == "接待")
        assert window._nav_item("reception").text() == "接待 (F2)"
        assert window.status_user.text() == "管理员 · 管理员"
        window.register_customer("")
        from ui.dialogs.customer_dialog import CustomerDialog

        dialog = window.findChild(CustomerDialog)
        assert dialog.windowTitle() == "登记新客户"
        assert Workstation.load(paths()).language == "zh_CN"
    finally:
        window.menus.actions["language_en"].trigger()
    qtbot.waitUntil(lambda: heading.text() == "Reception")
    assert dialog.windowTitle() == "Register new customer"
    dialog.reject()
    assert window.status_user.text() == "管理员 · Administrator"
    assert Workstation.load(paths()).language == "en"


def test_a_missing_translation_leaves_english(qtbot, tmp_path):
    switcher = LanguageSwitcher(tmp_path)
    assert not switcher.switch("zh_CN")
    assert switcher.language == "en"


def test_bundled_chinese_font_is_the_fallback(qapp):
    from ui.launch import load_cjk_font

    added = load_cjk_font(qapp)
    assert any("WenQuanYi" in family for family in added)
    assert set(added) <= set(qapp.font().families())


def test_database_too_new_is_refused_with_a_message(monkeypatch, database, admin):
    import ui.launch

    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    told: list[str] = []
    monkeypatch.setattr(ui.launch, "_fatal", told.append)
    assert ui.launch.open_context(str(database.engine.url.database)) is None
    assert "newer GarageDesk" in told[0]


def test_probe_prints_ready_after_showing_the_window(database, admin, garagedesk_home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GARAGEDESK_HOME": str(garagedesk_home)}
    done = subprocess.run(
        [sys.executable, "-m", "ui.probe", "--db", str(database.engine.url.database)],
        capture_output=True, text=True, env=env, timeout=60,
        cwd=Path(__file__).parents[2], check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["ready"]
