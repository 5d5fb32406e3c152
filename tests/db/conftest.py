"""A real PostgreSQL server for the tests of the several-workstations path.

One throwaway cluster per test session (tests/pg_server.py); every test gets its own database,
copied from a template: `pg_url` one with the schema already migrated, `pg_empty_url` an empty
one. Where the server binaries or psycopg are missing the PostgreSQL tests are skipped with the
reason, so the rest of the suite runs on any developer's machine; with
GARAGEDESK_REQUIRE_POSTGRES=1 (CI) a missing server fails instead of skipping.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import URL

from tests.pg_server import PgServer, PgUnavailable

MIGRATED_TEMPLATE = "garagedesk_template"
_names = itertools.count(1)


def _unavailable(reason: str) -> None:
    if os.environ.get("GARAGEDESK_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL tests are required here, but: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[postgres]')")
    try:
        server = PgServer.start()
    except PgUnavailable as e:
        _unavailable(str(e))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database migrated to the newest schema by the program's own code, kept as a template."""
    from db.engine import make_engine
    from db.migrate import ensure_current

    pg_server.create_database(MIGRATED_TEMPLATE)
    engine = make_engine(pg_server.url(MIGRATED_TEMPLATE))
    try:
        ensure_current(engine, None)
    finally:
        engine.dispose()
    pg_server.mark_template(MIGRATED_TEMPLATE)
    return MIGRATED_TEMPLATE


def _fresh_database(server: PgServer, template: str, icu_locale: str | None = None
                    ) -> Iterator[URL]:
    name = f"test_{next(_names)}"
    server.create_database(name, template=template, icu_locale=icu_locale)
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)  # WITH (FORCE): a leaked connection cannot block it


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[URL]:
    """A fresh database at the newest schema (URL with the program role's password)."""
    yield from _fresh_database(pg_server, pg_template)


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[URL]:
    """A fresh, empty database (no tables, no extensions), owned by the program's role."""
    yield from _fresh_database(pg_server, "template1")


@pytest.fixture
def pg_chinese_url(pg_server: PgServer) -> Iterator[URL]:
    """A fresh, empty database whose default collation is Chinese (ICU zh-CN, pinyin order),
    as on a server installed with a Chinese locale."""
    yield from _fresh_database(pg_server, "template0", icu_locale="zh-CN")
