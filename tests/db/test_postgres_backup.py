"""Backups on PostgreSQL: pg_dump -Fc with counts from the dump's own snapshot, pg_restore
refused while another desk is connected, and the data back as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import URL

from app.bootstrap import connect
from app.cli import main
from app.services import backups
from app.services.actor import SYSTEM
from db.engine import Database
from db.models import Branch


@pytest.fixture
def pg(pg_url: URL):  # type: ignore[no-untyped-def]
    database = connect(pg_url)
    with database.write() as s:
        s.add(Branch(code="OLD", name="in the backup"))
    yield database
    database.dispose()


def codes(database: Database) -> set[str]:
    with database.read() as s:
        return set(s.scalars(select(Branch.code)))


def test_a_dump_restores_the_data_as_it_was(pg: Database, tmp_path: Path) -> None:
    info = backups.back_up(SYSTEM, pg, tmp_path)
    assert info.path.suffix == ".dump" and info.engine == "postgresql"
    assert info.counts["customers"] == 0 and info.schema
    listed = backups.list_backups(tmp_path)
    assert [item.info.reason for item in listed if item.info] == ["manual"]
    with pg.write() as s:
        s.add(Branch(code="NEW", name="after the backup"))

    done = backups.restore(SYSTEM, pg, info.path, tmp_path / "safety")

    assert codes(pg) == {"OLD"}
    assert done.safety_backup is not None and done.safety_backup.path.exists()
    assert done.restored.counts == info.counts


def test_restore_is_refused_while_another_desk_is_connected(pg: Database, pg_url: URL,
                                                             tmp_path: Path) -> None:
    info = backups.back_up(SYSTEM, pg, tmp_path)
    other_desk = connect(pg_url)
    try:
        with other_desk.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            with pytest.raises(backups.DatabaseInUse):
                backups.restore(SYSTEM, pg, info.path, tmp_path)
    finally:
        other_desk.dispose()
    assert codes(pg) == {"OLD"}


def test_a_file_that_is_no_dump_is_refused(pg: Database, tmp_path: Path) -> None:
    junk = tmp_path / "x.dump"
    junk.write_text("no")
    with pytest.raises(backups.BackupRefused, match="not a PostgreSQL backup"):
        backups.restore(SYSTEM, pg, junk, tmp_path)
    assert codes(pg) == {"OLD"}


def test_the_command_line_runs_pg_dump(pg: Database, pg_url: URL, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_url.render_as_string(hide_password=False)
    assert main(["backup", "--db", url, "--to", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert ".dump" in out and "customers 0" in out
    assert url.split("@")[0] not in out  # the password is never printed
