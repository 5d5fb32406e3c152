"""Finding the program's resource files, from source and from the PyInstaller build alike."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resource_path(*parts: str) -> Path:
    """Path of a file under `resources/` (e.g. resource_path("fonts", "wqy-microhei.ttc"))."""
    return _ROOT.joinpath("resources", *parts)


CJK_FONT = ("fonts", "wqy-microhei.ttc")
