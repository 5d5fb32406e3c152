"""Alembic migrations: the only way the schema changes.

`HEAD` names the newest revision so that start-up can tell "already current" from one query,
without importing Alembic (a test keeps it equal to the scripts' head).
"""

HEAD = "0010"
