"""The real program opens a real window: xcb platform on a virtual X screen (Xvfb), not offscreen.

It proves the Debian libraries `make run` installs are the ones Qt's xcb plugin needs (a missing
libxcb-* makes Qt abort before any window). Skipped where Xvfb or xdotool is missing, unless
GARAGEDESK_REQUIRE_XVFB=1 (CI sets it: `make system-deps` installs them there).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.xvfb import missing_tools, wait_for_window, xvfb

REPO = Path(__file__).resolve().parents[2]
MISSING = missing_tools()
if MISSING and os.environ.get("GARAGEDESK_REQUIRE_XVFB") == "1":
    pytest.fail(f"GARAGEDESK_REQUIRE_XVFB=1 but {', '.join(MISSING)} not installed "
                "(make system-deps)", pytrace=False)
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)}")


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    with xvfb(tmp_path) as name:
        yield name


def test_the_program_shows_its_window_on_an_x_screen(display, database, admin, tmp_path):
    url = str(database.engine.url.database)
    database.dispose()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO),
           "GARAGEDESK_HOME": str(tmp_path / "home")}
    program = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", url, "gui", "--lang", "en"], cwd=REPO, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _, title = wait_for_window("Log in", env)  # WM_NAME; Qt adds the app in _NET_WM_NAME
        assert program.poll() is None, program.communicate()[1]
        assert title.startswith("Log in — GarageDesk"), title
    finally:
        program.kill()
        _, errors = program.communicate(timeout=30)
    assert "could not load the Qt platform plugin" not in errors, errors
