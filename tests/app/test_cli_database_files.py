"""The command line never writes a paper over the database, nor reads one of its files as an
import: either would drop SQLite's locks or overwrite the shop (the POSIX-lock hazard); and it
says in words what it cannot do on a database with no shop yet."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from db.engine import Database
from db.models import Branch


def _shop(database: Database) -> Path:
    with database.write() as s:
        s.add(Branch(code="KEEP", name="the shop's own rows"))
    database.dispose()
    return Path(str(database.url.database))


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_an_import_of_the_databases_own_file_is_refused(database: Database, suffix: str,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    db = _shop(database)
    assert main(["import", "customers", f"{db}{suffix}", "--db", str(db)]) == 2
    assert "is GarageDesk's database" in capsys.readouterr().err


def test_a_daily_close_written_over_the_database_is_refused(  # type: ignore[no-untyped-def]
        database: Database, admin, capsys: pytest.CaptureFixture[str]) -> None:
    db = _shop(database)
    before = db.read_bytes()
    assert main(["dailyclose", "--db", str(db), "--out", str(db)]) == 2
    assert "is GarageDesk's database" in capsys.readouterr().err
    assert db.read_bytes() == before  # the test reads it only after the program let go


def test_a_daily_close_of_a_shop_never_set_up_says_so(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "new.db"
    assert main(["dailyclose", "--db", str(empty), "--create"]) == 1  # no traceback
    assert "no shop set up yet" in capsys.readouterr().err
