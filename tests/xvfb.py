"""A virtual X screen for tests that open a real window: Xvfb on a free display number."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TOOLS = ("Xvfb", "xdotool", "xwininfo")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@contextmanager
def xvfb(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb (it picks a free display and writes its number to a pipe); yields ':N'."""
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


def wait_for_window(name: str, env: dict[str, str], timeout: int = 90) -> tuple[str, str]:
    """The first viewable (mapped) window whose name contains `name`: (its id, its full name).

    xdotool's --sync waits until one exists; the timeout only stops a program that never shows
    one from hanging the suite.
    """
    found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", name],
                           env=env, capture_output=True, text=True, timeout=timeout)
    window = found.stdout.split()[0]
    title = subprocess.run(["xdotool", "getwindowname", window], env=env,
                           capture_output=True, text=True, check=True).stdout.strip()
    info = subprocess.run(["xwininfo", "-id", window], env=env, capture_output=True,
                          text=True, check=True).stdout
    assert "Map State: IsViewable" in info, info
    return window, title
