"""The real program opens a real window: xcb platform on a virtual X screen (Xvfb), not offscreen.

It proves the Debian libraries `make run` installs are the ones Qt's xcb plugin needs (a missing
libxcb-* makes Qt abort before any window). Skipped where Xvfb or xdotool is missing, unless
GARAGEDESK_REQUIRE_XVFB=1 (CI sets it: `make system-deps` installs them there).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xdotool", "xwininfo")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
if MISSING and os.environ.get("GARAGEDESK_REQUIRE_XVFB") == "1":
    pytest.fail(f"GARAGEDESK_REQUIRE_XVFB=1 but {', '.join(MISSING)} not installed "
                "(make system-deps)", pytrace=False)
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)}")


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb on a free display number (Xvfb picks it and writes it to a pipe)."""
    log = tmp_path / "xvfb.log"
    read, write = os.pipe()
    with log.open("wb") as errors:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
             "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=errors)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, f"Xvfb did not start: {log.read_text(errors='replace')}"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_program_shows_its_window_on_an_x_screen(display, database, admin, tmp_path):
    url = str(database.engine.url.database)
    database.dispose()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO),
           "GARAGEDESK_HOME": str(tmp_path / "home"), "QT_DEBUG_PLUGINS": "0"}
    program = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", url, "gui", "--lang", "en"], cwd=REPO, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # --sync waits until a viewable (mapped) window with that name exists; the timeout only
        # stops a program that never shows one from hanging the suite.
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "GarageDesk"],
            env=env, capture_output=True, text=True, timeout=90)
        assert program.poll() is None, program.communicate()[1]
        window = found.stdout.split()[0]
        name = subprocess.run(["xdotool", "getwindowname", window], env=env,
                              capture_output=True, text=True, check=True).stdout.strip()
        assert name.startswith("Log in — GarageDesk"), name
        info = subprocess.run(["xwininfo", "-id", window], env=env, capture_output=True,
                              text=True, check=True).stdout
        assert "Map State: IsViewable" in info, info
    finally:
        program.kill()
        _, errors = program.communicate(timeout=30)
    assert "could not load the Qt platform plugin" not in errors, errors
