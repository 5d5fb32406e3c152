"""The search box's index: one entry per customer or car, with its search keys."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class SearchEntry(Base):
    """One row of the global search: a car or a customer, with what the result list shows.

    `keys` holds every searchable form (plate with and without province, phones, name, pinyin,
    initials, VIN), lower-case and space-separated; SQLite indexes it with FTS5 trigram
    (`search_fts`, kept in step by triggers) and PostgreSQL with pg_trgm. `SearchKey` rows give
    the exact and prefix matches an index seek.
    """

    __tablename__ = "search_entries"
    __table_args__ = (UniqueConstraint("kind", "ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))  # vehicle | customer
    ref: Mapped[uuid.UUID] = mapped_column()
    name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    plate: Mapped[str] = mapped_column(String(12), default="")
    detail: Mapped[str] = mapped_column(String(200), default="")
    keys: Mapped[str] = mapped_column(Text, default="")



class SearchKey(Base):
    __tablename__ = "search_keys"
    __table_args__ = (Index("ix_search_keys_key", "key", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(100))
    entry_id: Mapped[int] = mapped_column(ForeignKey("search_entries.id", ondelete="CASCADE"))
