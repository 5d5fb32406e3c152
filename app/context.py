"""What the windows are handed: the database, who is logged in, where files go.

Built once in `app/bootstrap.py` and passed down; widgets call services through it and never
hold a live database session.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.config import Paths, Workstation
from app.services.actor import Actor
from db.engine import Database


@dataclass
class AppContext:
    db: Database
    paths: Paths
    workstation: Workstation
    actor: Actor | None = None
    shop_name: str = ""
    branch_code: str = ""

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.db.write() as session:
            yield session

    @property
    def user(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("nobody is logged in")
        return self.actor
