"""The front desk's global search: one box finds cars, customers and work orders.

What the box searches is kept in two tables, rebuilt here and nowhere else:

- `search_entries`: one row per car and per (not merged) customer, holding what a result line
  shows (name, phone, plate, detail) and `keys`, every searchable form of the row, lower case
  and space-separated. SQLite indexes `keys` with FTS5 trigram (`search_fts`, kept in step by
  the migration's triggers) for any-part matches: a plate's middle, four digits of a phone, a
  VIN's tail. PostgreSQL indexes it with pg_trgm.
- `search_keys`: one row per distinct key of an entry, so that a whole key ("湘a12345",
  "zhangsan", "13800138000") and a key's beginning ("湘a12", "zhang") are index seeks.

A car's entry carries its current owner's name and phones, and a customer's entry its cars'
plates, so changing one reindexes the other: app/services/search_index.py builds the entries
and keeps them in step with every unit of work.

A search is one SQL statement per keystroke: a UNION ALL of an exact seek and a prefix range
seek on `search_keys` (a range, never LIKE: SQLite's LIKE cannot use the index), the FTS5 match
for inputs of three characters or more, and, when the input looks like a work-order number, an
exact and a prefix seek on `work_orders.number`; each part has its own LIMIT and the union is
joined to `search_entries` by primary key. `search_floor_sql` gives the very statement and
parameters so `garagedesk bench` can time it through the bare sqlite3 module for comparison.

PostgreSQL (several workstations): any-part matching is `keys ILIKE '%q%'` on the pg_trgm
index; prefix ranges compare with COLLATE "C" (a locale collation does not sort a prefix's
matches together), which an index seeks only if it is built with that collation. Two desks
may reindex the same entry at once: each locks the entries, then reads the data again, so the
one that commits last wrote from the freshest data (READ COMMITTED would otherwise let a stale
entry overwrite a fresh one). SQLite's write transactions are serial anyway.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from app.domain.numbering import looks_like_doc_number
from app.domain.phone import normalize_phone
from app.domain.pinyin import (
    MAX_KEY_LENGTH,
    is_han,
    normalize_key,
)
from app.domain.plate import PROVINCES
from app.services import search_index
from db.types import UTCDateTime

KINDS = ("vehicle", "customer", "order")
EXACT, PREFIX, ANY_PART = 0, 1, 2  # SearchResult.rank: how the text matched


@dataclass(frozen=True)
class SearchResult:
    """One line of the result list. `ref` is the car's, customer's or work order's id."""

    kind: str  # vehicle | customer | order
    ref: uuid.UUID
    name: str
    phone: str
    plate: str
    detail: str
    rank: int  # EXACT, PREFIX or ANY_PART
    number: str = ""  # the work-order number of an "order" result

    def to_dict(self) -> dict[str, str | int]:
        return {
            "kind": self.kind, "ref": str(self.ref), "name": self.name, "phone": self.phone,
            "plate": self.plate, "detail": self.detail, "rank": self.rank, "number": self.number,
        }  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The query


def _entry_union(pg: bool, fts: bool) -> str:
    key = 'key COLLATE "C"' if pg else "key"
    parts = [
        "SELECT 0 AS rank, x.entry_id AS entry_id FROM (SELECT entry_id FROM search_keys"
        " WHERE key = :q LIMIT :lim) AS x",
        f"SELECT 1, y.entry_id FROM (SELECT entry_id FROM search_keys"
        f" WHERE {key} > :q AND {key} < :q_next LIMIT :lim) AS y",
    ]
    if fts and pg:
        parts.append("SELECT 2, z.id FROM (SELECT id FROM search_entries"
                     " WHERE keys ILIKE :like LIMIT :lim) AS z")
    elif fts:
        parts.append("SELECT 2, z.rowid FROM (SELECT rowid FROM search_fts"
                     " WHERE search_fts MATCH :fts LIMIT :lim) AS z")
    return (
        "SELECT m.rank AS rank, e.kind AS kind, e.ref AS ref, e.name AS name,"
        " e.phone AS phone, e.plate AS plate, e.detail AS detail, '' AS number,"
        " '' AS status, CAST(NULL AS TIMESTAMP) AS opened_at"
        f" FROM ({' UNION ALL '.join(parts)}) AS m"
        " CROSS JOIN search_entries AS e WHERE e.id = m.entry_id"
    )


def _order_union(pg: bool) -> str:
    number = 'number COLLATE "C"' if pg else "number"
    return (
        "SELECT w.rank, 'order', o.id, COALESCE(ce.name, c.name, ''), COALESCE(ce.phone, ''),"
        " COALESCE(v.plate, ''), '', o.number, o.status, o.opened_at"
        " FROM (SELECT 0 AS rank, a.id AS id FROM (SELECT id FROM work_orders"
        " WHERE number = :num LIMIT 1) AS a"
        " UNION ALL SELECT 1, b.id FROM (SELECT id FROM work_orders"
        f" WHERE {number} > :num AND {number} < :num_next ORDER BY {number} DESC"
        " LIMIT :lim) AS b) AS w"
        " CROSS JOIN work_orders AS o"
        " LEFT JOIN search_entries AS ce ON ce.kind = 'customer' AND ce.ref = o.customer_id"
        " LEFT JOIN customers AS c ON c.id = o.customer_id"
        " LEFT JOIN vehicles AS v ON v.id = o.vehicle_id"
        " WHERE o.id = w.id"
    )


def _sql(pg: bool, fts: bool, orders: bool) -> str:
    entries = _entry_union(pg, fts)
    return f"{entries} UNION ALL {_order_union(pg)}" if orders else entries


_RESULT_TYPES: dict[str, Any] = {
    "rank": Integer, "kind": String, "ref": String, "name": String, "phone": String,
    "plate": String, "detail": String, "number": String, "status": String,
    "opened_at": UTCDateTime,
}  # fmt: skip
# Built once: SQLAlchemy then compiles each of them once per engine (its compiled cache).
_STATEMENTS: dict[tuple[bool, bool, bool], TextualSelect] = {
    (pg, fts, orders): text(_sql(pg, fts, orders)).columns(**_RESULT_TYPES)
    for pg in (False, True) for fts in (False, True) for orders in (False, True)
}

# The floor of the benchmark, in its barest form: an FTS5 trigram lookup of a plate's middle
# joined to the display columns, run through the stdlib sqlite3 module (`:fts` is the quoted
# FTS string, e.g. '"a12345"'). `search_floor_sql` gives the complete statement `search` runs.
FTS_FLOOR_SQL = (
    "SELECT e.kind, e.ref, e.name, e.phone, e.plate, e.detail FROM search_fts"
    " CROSS JOIN search_entries AS e WHERE e.id = search_fts.rowid"
    " AND search_fts MATCH :fts LIMIT :lim"
)

_PHONE_TYPED = re.compile(r"[\d\s\-+().（）]*\d[\d\s\-+().（）]*")
_DOC_DASHES = str.maketrans({"—": "-", "–": "-", "−": "-", "_": "-"})


@dataclass(frozen=True)
class _Plan:
    pg: bool
    fts: bool
    orders: bool
    params: dict[str, Any]
    prefer: dict[str, int]  # kind -> place among results of the same rank

    @property
    def statement(self) -> TextualSelect:
        return _STATEMENTS[(self.pg, self.fts, self.orders)]


def _after(prefix: str) -> str:
    """The smallest string above every string that starts with `prefix`."""
    last = ord(prefix[-1])
    return prefix[:-1] + chr(last + 1) if last < 0x10FFFF else prefix + "\U0010ffff"


def _fold_query(typed: str) -> str:
    halfwidth = unicodedata.normalize("NFKC", typed)
    if _PHONE_TYPED.fullmatch(halfwidth.strip()):
        return normalize_phone(halfwidth)  # "+86 138-0013-8000" -> "13800138000"
    return normalize_key(halfwidth)


def _looks_like_car(q: str) -> bool:
    """A plate or VIN (letters and digits, or a province then a letter), not a name or phone."""
    if q[0] in PROVINCES and len(q) > 1 and q[1].isascii():
        return True
    return any(c.isdigit() for c in q) and any("a" <= c <= "z" for c in q)


def _plan(typed: str, limit: int, pg: bool) -> _Plan | None:
    if limit <= 0:
        return None
    q = _fold_query(typed)[:MAX_KEY_LENGTH]
    orders = looks_like_doc_number(typed)
    if len(q) < 2 and not (q and is_han(q)):
        if not orders:
            return None  # one letter or digit matches too much to be worth showing
        q = ""  # "W-": only work orders; " " below is no key's beginning (keys have no spaces)
    sub = limit * 2 + 5  # each part's LIMIT; a car and its owner share the owner's keys
    params: dict[str, Any] = {"q": q or " ", "q_next": _after(q or " "), "lim": sub}
    fts = len(q) >= 3
    if fts:
        params["fts"] = '"' + q.replace('"', '""') + '"'
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["like"] = f"%{escaped}%"
    if orders:
        number = "".join(unicodedata.normalize("NFKC", typed).translate(_DOC_DASHES).split())
        params["num"] = number.upper()
        params["num_next"] = _after(number.upper())
        prefer = {"order": 0, "vehicle": 1, "customer": 2}
    elif _looks_like_car(q):
        prefer = {"vehicle": 0, "customer": 1, "order": 2}
    else:
        prefer = {"customer": 0, "vehicle": 1, "order": 2}
    if not pg:
        params.pop("like", None)
    else:
        params.pop("fts", None)
    return _Plan(pg, fts, orders, params, prefer)


def search(session: Session, text: str, limit: int = 20) -> list[SearchResult]:
    """What the search box shows for `text`: best match first, each car/customer/order once.

    Exact key matches come first, then keys that start with the text, then any-part matches.
    Within a rank, cars come first for a plate or VIN, customers for a name or phone, work
    orders for a document number (so a scanned number's order is the first line); then by
    plate and name. One character finds nothing, except a Chinese one (a surname).
    """
    search_index.sync(session)
    return _run(session.connection(), text, limit)


def search_box(database: Any, text: str, limit: int = 20) -> list[SearchResult]:
    """`search` for the search box: a pooled Core connection, no ORM Session around it.

    Every keystroke runs this; the Session's own set-up and teardown cost as much as the
    query (DESIGN's measured floors). A fresh read has no pending changes to index, so the
    session's `_sync` is not needed here. `database` is a db.engine.Database.
    """
    with database.engine.connect() as conn:
        # One SELECT needs no BEGIN/ROLLBACK around it on SQLite (a no-op option elsewhere).
        return _run(conn.execution_options(sqlite_begin="NONE"), text, limit)


def _run(conn: Connection, text: str, limit: int) -> list[SearchResult]:
    plan = _plan(text, limit, conn.dialect.name == "postgresql")
    if plan is None:
        return []
    best: dict[tuple[str, Any], tuple[Any, ...]] = {}
    for row in conn.execute(plan.statement, plan.params).fetchall():
        key = (row[1], row[2])  # kind, ref
        if key not in best or row[0] < best[key][0]:
            best[key] = tuple(row)
    newest = sorted((r[7] for r in best.values() if r[1] == "order"), reverse=True)
    place = {number: i for i, number in enumerate(newest)}  # orders: newest number first
    prefer = plan.prefer
    found = sorted(best.values(), key=lambda r: (
        r[0], prefer[r[1]], place.get(r[7], 0), r[5] or "\U0010ffff", r[3]))
    return [_result(*r) for r in found[:limit]]


def _result(rank: int, kind: str, ref: Any, name: str, phone: str, plate: str, detail: str,
            number: str, status: str, opened: datetime | None) -> SearchResult:
    # The id is read as text (SQLite) or a uuid (PostgreSQL) and made a UUID only for the
    # lines shown, not for every row the seeks return.
    ref = ref if isinstance(ref, uuid.UUID) else uuid.UUID(ref)
    if kind == "order":
        day = opened.astimezone().date().isoformat() if opened else ""
        detail = " ".join(p for p in (number, status, day) if p)
    return SearchResult(kind, ref, name, phone, plate, detail, rank, number)


def search_floor_sql(text: str, limit: int = 20) -> tuple[str, dict[str, Any]] | None:
    """The SQLite statement and parameters `search` runs for `text` (None: it runs none).

    `garagedesk bench` runs them through the stdlib sqlite3 module (named parameters) to
    measure the floor that `search` is held to (p95 at most three times it). For the barest
    FTS lookup, see `FTS_FLOOR_SQL`.
    """
    plan = _plan(text, limit, pg=False)
    if plan is None:
        return None
    return _sql(False, plan.fts, plan.orders), dict(plan.params)
