"""The settlement service tests, run again unchanged on PostgreSQL (see test_postgres.py):
row locks, receipt numbers, arrears ages and the drawer's day bounds on the server."""

from __future__ import annotations

import inspect

from tests.app import test_settlement
from tests.db.test_postgres import database  # noqa: F401 - the PostgreSQL `database` fixture

for _name, _test in list(vars(test_settlement).items()):
    if _name.startswith("test_") and callable(_test) and \
            "database" in inspect.signature(_test).parameters:
        globals()[f"test_on_postgres_{_name.removeprefix('test_')}"] = _test
