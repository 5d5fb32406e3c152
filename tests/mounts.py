"""Real file systems for failure tests: a read-only bind mount and a tiny tmpfs (a full disk).

Tests run as root, and root ignores permission bits, so "read-only" needs a read-only mount.
Both need the right to mount; without it the test is skipped, never faked.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"mounting is not permitted here: {done.stderr.strip()}")


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder` as it is, but read-only (a read-only bind mount over itself)."""
    try:
        _mount("--bind", str(folder), str(folder))
    except FileNotFoundError:
        pytest.skip("no mount command")
    try:
        _mount("-o", "remount,ro,bind", str(folder))
        yield folder
    finally:
        _umount(folder)


@contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of `size` on `folder`: a disk that fills up after a few megabytes."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    except FileNotFoundError:
        pytest.skip("no mount command")
    try:
        yield folder
    finally:
        _umount(folder)
