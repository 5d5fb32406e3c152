"""Chinese is the default UI: every text in the source has its translation in the .ts file.

lupdate is run on the source into a copy of the translation file; a text that is new or
changed comes back unfinished, so a window can never ship half in English.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "garagedesk_zh_CN.ts"
FIELD = re.compile(r"\{[a-z_]*\}")


def _lupdate() -> Path | None:
    found = Path(sys.executable).parent / "pyside6-lupdate"
    return found if found.exists() else None


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_every_source_text_is_translated(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for folder in ("ui", "app") for p in (ROOT / folder).rglob("*.py"))
    subprocess.run([str(_lupdate()), "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(copy)], check=True, capture_output=True, timeout=120)
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in ElementTree.parse(copy).getroot().iter("context")
        for message in context.iter("message")
        if (message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
            or not (message.findtext("translation") or "").strip())
    ]
    assert missing == []


def test_translations_keep_every_placeholder() -> None:
    for message in ElementTree.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(translation)), source
