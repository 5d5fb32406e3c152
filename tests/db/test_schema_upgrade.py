"""Every released schema version's sample file opens in this program, upgraded if needed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.bootstrap import connect
from app.services import files
from app.services.search import search
from db.migrate import current_revision, ensure_current
from db.migrations import HEAD

SAMPLES = sorted((Path(__file__).parent / "schemas").glob("*.db"))


def test_there_is_a_sample_for_the_current_schema() -> None:
    assert f"{HEAD}.db" in {p.name for p in SAMPLES}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_old_file_upgrades_and_keeps_its_records(sample: Path, tmp_path: Path) -> None:
    copy = tmp_path / "shop.db"
    shutil.copy(sample, copy)
    db = connect(str(copy))
    result = ensure_current(db.engine, tmp_path / "backups")
    assert current_revision(db.engine) == HEAD
    if result.before != HEAD:
        assert result.backup is not None and result.backup.exists()
    with db.read() as s:
        [hit] = [r for r in search(s, "湘A12345") if r.kind == "vehicle"]
        car = files.vehicle_file(s, hit.ref)
    assert car.owner is not None and car.owner.name == "张三"
    assert [o.number for o in car.orders] == ["WX-BR01-20261122-001"]
    db.dispose()
