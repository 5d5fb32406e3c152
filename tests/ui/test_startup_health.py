"""Start-up on a damaged or read-only database: the window says what is wrong, offers the
newest good backup, and the program opens nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.app.test_health import damaged_copy, digest
from tests.mounts import read_only


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo(str(path), years=0.05, cars_per_day=6, seed=2, out=None)
    return path


def _start_and_read_the_message(qtbot, db: Path) -> tuple[object, str, bool]:  # type: ignore[no-untyped-def]
    """Start as the program does; read the box that comes up, then close it."""
    import ui.launch
    from ui.dialogs.health_dialog import HealthDialog

    seen: dict[str, object] = {}

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, HealthDialog):
            QTimer.singleShot(20, read_box)
            return
        seen["text"] = box.message()
        seen["backups_button"] = box.open_backups is not None and box.open_backups.isVisible()
        box.reject()

    QTimer.singleShot(0, read_box)
    context = ui.launch.open_context(str(db))
    return context, str(seen.get("text", "")), bool(seen.get("backups_button"))


def test_a_damaged_file_is_told_with_the_newest_good_backup(qtbot, demo_file, garagedesk_home):  # type: ignore[no-untyped-def]
    from app.config import paths

    backups = paths().backups
    backups.mkdir(parents=True)
    good = backups / "garagedesk-20261121-080000-daily.db"
    shutil.copyfile(demo_file, good)
    bad = damaged_copy(demo_file, paths().data / "garagedesk.db")
    before = digest(bad)
    context, text, button = _start_and_read_the_message(qtbot, bad)
    assert context is None  # not opened
    assert "is damaged" in text and str(bad) in text
    assert str(good) in text and "garagedesk restore" in text
    assert button  # "Open the backups folder"
    assert digest(bad) == before  # nothing replaced, nothing written


def test_a_read_only_folder_is_told_at_start(qtbot, demo_file, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copyfile(demo_file, folder / "shop.db")
    with read_only(folder):
        context, text, button = _start_and_read_the_message(qtbot, folder / "shop.db")
    assert context is None
    assert "read-only" in text and not button
