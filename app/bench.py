"""`garagedesk bench`: how fast the desk feels, measured on a real (demo) database file.

One run measures every registered metric and returns one dict: metric name →
`{"median_ms", "p95_ms", "n", "budget_ms"}`, plus `rss_mb`, the peak memory in MB of the
larger of two processes: the bench process itself (which runs the same queries as the program,
without Qt) and the program started by the `startup` metric (`ui.probe`: the real main window,
offscreen). The budget (250 MB) is about the program as people run it; taking the larger of the
two never hides either. The `startup` entry also carries the program's own `rss_mb`, and
`notes` says which was which (and why a metric was skipped).

Metrics live in a registry: `@metric(name, budget_ms=...)` on a function
`(context, rng) -> list of samples in ms`. Each metric gets its own random generator seeded
from its name, so adding one never changes what the others measure. Later issues add theirs
(`order_open`, `pdf_workorder`, `board_refresh`, ...) in a module of their own named in
`METRIC_MODULES` (importing it registers them) or here; nothing else changes.

Every timed call is warmed up first (SQLAlchemy's statement cache, SQLite's page cache); times
come from `time.perf_counter_ns`. Benchmarks are not tests: nothing here asserts a budget.
"""

from __future__ import annotations

import importlib
import importlib.util
import math
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEED = 20261122
RSS_BUDGET_MB = 250
# Modules whose import registers more metrics (e.g. "app.bench_orders" from the work-order issue).
METRIC_MODULES: tuple[str, ...] = ("app.bench_orders", "app.bench_handover",
                                  "app.bench_progress", "app.bench_backup")

Samples = list[float]  # milliseconds


class Skip(Exception):
    """A metric cannot run here (e.g. the UI is not installed); the message says why."""


class BenchRefused(SystemExit):
    """Nothing to measure (no such file); a SystemExit so the command prints just the message."""


@dataclass
class BenchContext:
    """What every metric is handed: the database file, the open database, shared fixtures."""

    path: Path
    db: Any  # db.engine.Database
    rounds: int  # samples wanted per metric; 0: each metric's default
    notes: list[str] = field(default_factory=list)
    details: dict[str, dict[str, Any]] = field(default_factory=dict)  # extra fields per metric
    child_rss_mb: float | None = None  # peak memory of a program started by a metric
    _fixtures: dict[str, Any] = field(default_factory=dict)
    cleanups: list[Callable[[], None]] = field(default_factory=list)  # undo what metrics made

    def want(self, default: int) -> int:
        return self.rounds if self.rounds > 0 else default

    def fixture(self, name: str, make: Callable[[], Any]) -> Any:
        """A value several metrics share (e.g. plates picked from the file), made once."""
        if name not in self._fixtures:
            self._fixtures[name] = make()
        return self._fixtures[name]

    def sql(self) -> sqlite3.Connection:
        """A bare stdlib connection to the same file (fixtures and the search floor)."""
        if self.db is not None and not self.db.is_sqlite:
            raise Skip("measured on SQLite files only")
        return self.fixture("sqlite3", lambda: sqlite3.connect(str(self.path)))

    def close(self) -> None:
        while self.cleanups:
            self.cleanups.pop()()
        connection = self._fixtures.pop("sqlite3", None)
        if connection is not None:
            connection.close()


Measure = Callable[[BenchContext, random.Random], Samples]


@dataclass(frozen=True)
class Metric:
    name: str
    measure: Measure
    budget_ms: float | None


METRICS: dict[str, Metric] = {}


def metric(name: str, budget_ms: float | None = None) -> Callable[[Measure], Measure]:
    """Register a metric; the output lists metrics in registration order."""

    def register(measure: Measure) -> Measure:
        METRICS[name] = Metric(name, measure, budget_ms)
        return measure

    return register


def run_bench(db_path: str, rounds: int = 0, only: Iterable[str] | None = None) -> dict[str, Any]:
    """Measure every registered metric (or those in `only`) on the database `db_path`."""
    from app.bootstrap import open_database, prepare
    from db.engine import database_url

    for module in METRIC_MODULES:
        importlib.import_module(module)
    url = database_url(db_path)
    path = Path(url.database or db_path)
    if url.get_backend_name() == "sqlite" and not path.exists():
        raise BenchRefused(f"{path} does not exist; write a demo shop first: "
                           f"garagedesk --db {path} demo --years 10")
    database, where = open_database(db_path)
    prepare(database, where)
    context = BenchContext(path, database, rounds)
    result: dict[str, Any] = {}
    try:
        for entry in METRICS.values():
            if only is not None and entry.name not in only:
                continue
            result[entry.name] = _run_metric(entry, context)
    finally:
        context.close()
        database.dispose()
    own = _peak_rss_mb()
    result["rss_mb"] = round(max(own, context.child_rss_mb or 0.0), 1)
    program = f"{context.child_rss_mb:.1f} MB" if context.child_rss_mb else "not measured"
    context.notes.append(f"rss_mb: the larger peak of the bench process ({own:.1f} MB) and of"
                         f" the program started by startup ({program})")
    result["notes"] = context.notes
    return result


def _run_metric(entry: Metric, context: BenchContext) -> dict[str, Any]:
    rng = random.Random(f"{SEED}:{entry.name}")
    try:
        samples = entry.measure(context, rng)
    except Skip as reason:
        context.notes.append(f"{entry.name}: skipped, {reason}")
        return {"median_ms": None, "p95_ms": None, "n": 0, "budget_ms": entry.budget_ms,
                "skipped": str(reason)}
    summary = summarize(samples)
    summary["budget_ms"] = entry.budget_ms
    summary.update(context.details.get(entry.name, {}))
    return summary


def summarize(samples: Samples) -> dict[str, Any]:
    """Median and 95th percentile (nearest rank) in ms, and the sample count."""
    if not samples:
        return {"median_ms": None, "p95_ms": None, "n": 0}
    ordered = sorted(samples)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {"median_ms": round(statistics.median(ordered), 3), "p95_ms": round(p95, 3),
            "n": len(ordered)}


def timed(call: Callable[..., Any], *args: Any) -> float:
    """Milliseconds one call takes."""
    start = time.perf_counter_ns()
    call(*args)
    return (time.perf_counter_ns() - start) / 1e6


def time_each(call: Callable[[Any], Any], inputs: list[Any]) -> Samples:
    """Run `call` on every input once to warm up, then time it on each input."""
    for item in inputs:
        call(item)
    return [timed(call, item) for item in inputs]


def _peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process (or its largest waited-for child) in MB."""
    try:
        import resource
    except ImportError:  # Windows: no getrusage; report nothing rather than guess
        return 0.0
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# ---------------------------------------------------------------------------------------------
# Start-up: process start to a usable main window

STARTUP_TIMEOUT_S = 60


@metric("startup", budget_ms=1000)
def measure_startup(context: BenchContext, _rng: random.Random) -> Samples:
    """Wall clock from starting `python -m ui.probe` to its `ready` line (window shown)."""
    ui = importlib.util.find_spec("ui")
    if ui is None or not any(Path(p, "probe.py").exists()
                             for p in ui.submodule_search_locations or ()):
        raise Skip("ui.probe is not installed, so the main window cannot be started")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "ui.probe", "--db", str(context.path)]
    _start_once(command, env)  # warm-up: byte-code, the file and Qt's libraries in the OS cache
    samples = [_start_once(command, env) for _ in range(context.want(7))]
    context.child_rss_mb = _peak_rss_mb(children=True)
    context.details["startup"] = {"rss_mb": round(context.child_rss_mb, 1)}
    return samples


def _start_once(command: list[str], env: dict[str, str]) -> float:
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter_ns()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env,
                                 text=True)
        assert child.stdout is not None
        ready = None
        for line in child.stdout:
            if line.strip() == "ready":
                ready = time.perf_counter_ns()
                break
        try:
            child.communicate(timeout=STARTUP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
        if ready is None:
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip().splitlines()[-3:]
            raise Skip(f"ui.probe exited ({child.returncode}) without printing ready: "
                       + " | ".join(tail))
    return (ready - start) / 1e6


# ---------------------------------------------------------------------------------------------
# Search: per keystroke, on what a desk types

@metric("search_plate", budget_ms=20)
def measure_search_plate(context: BenchContext, rng: random.Random) -> Samples:
    return _time_search(context, _keystrokes(plate_fragments(context, rng), context.want(300)))


@metric("search_phone", budget_ms=20)
def measure_search_phone(context: BenchContext, rng: random.Random) -> Samples:
    return _time_search(context, _keystrokes(phone_fragments(context, rng), context.want(300)))


@metric("search_pinyin", budget_ms=20)
def measure_search_pinyin(context: BenchContext, rng: random.Random) -> Samples:
    return _time_search(context, _keystrokes(pinyin_fragments(context, rng), context.want(300)))


@metric("search_floor")
def measure_search_floor(context: BenchContext, _rng: random.Random) -> Samples:
    """The plate keystrokes of `search_plate` as the bare SQL `search` runs, via stdlib sqlite3."""
    from app.services.search import search_floor_sql

    plate_rng = random.Random(f"{SEED}:search_plate")  # exactly search_plate's keystrokes
    typed = _keystrokes(plate_fragments(context, plate_rng), context.want(300))
    statements = [s for s in (search_floor_sql(t) for t in typed) if s is not None]
    conn = context.sql()
    run = lambda s: conn.execute(s[0], s[1]).fetchall()  # noqa: E731
    for statement in statements:  # warm, as search_plate was: compare queries, not the disk
        run(statement)
    return time_each(run, statements)


def _time_search(context: BenchContext, typed: list[str]) -> Samples:
    """Each keystroke as the search box runs it: one `search_box` call."""
    from app.services.search import search_box

    def one(text: str) -> None:
        search_box(context.db, text)

    # One untimed pass first: a desk searches a file the OS has cached all day, and the
    # floor below runs the same keystrokes on pages this pass has read, so both start warm.
    for text in typed:
        one(text)
    return time_each(one, typed)


def _keystrokes(fragments: list[str], wanted: int) -> list[str]:
    """Every prefix of at least two characters of each typed fragment, up to `wanted`."""
    typed: list[str] = []
    for fragment in fragments:
        typed += [fragment[:i] for i in range(2, len(fragment) + 1)]
        if len(typed) >= wanted:
            break
    return typed[:wanted]


def _random_rows(context: BenchContext, rng: random.Random, sql: str, table: str,
                 count: int) -> list[tuple]:
    """`count` rows picked at random by rowid (cheap on a large table), repeatable by `rng`."""
    conn = context.sql()
    top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    rows: list[tuple] = []
    for _ in range(count * 20):
        if len(rows) >= count or top == 0:
            break
        row = conn.execute(sql, (rng.randint(1, top),)).fetchone()
        if row is not None:
            rows.append(row)
    return rows


def plate_fragments(context: BenchContext, rng: random.Random, count: int = 200) -> list[str]:
    """What a desk types of real plates: the tail digits, the office letter and the start of the
    serial, and the whole plate with its province (湘A12345 → "2345", "A12", "湘A12345")."""
    rows = _random_rows(context, rng, "SELECT plate FROM vehicles WHERE rowid = ?"
                        " AND plate IS NOT NULL", "vehicles", count)
    fragments = []
    for (plate,) in rows:
        fragments.append(rng.choice((plate[-4:], plate[1:4], plate)))
    return fragments


def phone_fragments(context: BenchContext, rng: random.Random, count: int = 200) -> list[str]:
    """The last four digits of a mobile (what customers say), or its first seven."""
    rows = _random_rows(context, rng, "SELECT number FROM customer_phones WHERE rowid = ?"
                        " AND kind = 'mobile'", "customer_phones", count)
    return [number[-4:] if rng.random() < 0.6 else number[:7] for (number,) in rows]


def pinyin_fragments(context: BenchContext, rng: random.Random, count: int = 200) -> list[str]:
    """A name's initials ("zs" for 张三) or its surname's pinyin and the next initial ("zhangs")."""
    from pypinyin import lazy_pinyin

    rows = _random_rows(context, rng, "SELECT name FROM customers WHERE rowid = ?"
                        " AND kind = 'person'", "customers", count)
    fragments = []
    for (name,) in rows:
        syllables = lazy_pinyin(name)
        if len(syllables) < 2 or not all(s.isascii() and s.isalpha() for s in syllables):
            continue  # rare characters and non-Chinese names: typed otherwise
        if rng.random() < 0.5:
            fragments.append("".join(s[0] for s in syllables))
        else:
            fragments.append(syllables[0] + syllables[1][0])
    return fragments


# ---------------------------------------------------------------------------------------------
# The car's file (一车一档)

@metric("vehicle_file", budget_ms=50)
def measure_vehicle_file(context: BenchContext, rng: random.Random) -> Samples:
    """Open the file of a car that has a history (owners and orders), in a read session,
    with what the desk sees at once (open order, declined work, last visit), as reception does."""
    from app.services.files import vehicle_file
    from app.services.reception import desk_summary

    cars = cars_with_history(context, rng, context.want(200))
    if not cars:
        raise Skip("no car in the database has work orders")

    def one(vehicle_id: uuid.UUID) -> None:
        with context.db.read() as session:
            vehicle_file(session, vehicle_id)
            desk_summary(session, vehicle_id)

    return time_each(one, cars)


def cars_with_history(context: BenchContext, rng: random.Random, count: int) -> list[uuid.UUID]:
    """Cars with at least two work orders: the car of a random order, as the desk meets them."""
    sql = ("SELECT w.vehicle_id FROM work_orders AS w WHERE w.rowid = ? AND (SELECT count(*)"
           " FROM (SELECT 1 FROM work_orders AS x WHERE x.vehicle_id = w.vehicle_id LIMIT 2)) = 2")
    rows = _random_rows(context, rng, sql, "work_orders", count)
    if len(rows) < count:  # a small file: few cars came back yet
        found = context.sql().execute(
            "SELECT vehicle_id FROM work_orders GROUP BY vehicle_id HAVING count(*) > 1"
            " ORDER BY vehicle_id").fetchall()
        rows += [rng.choice(found) for _ in range(count - len(rows))] if found else []
    return [uuid.UUID(hex=value) for (value,) in rows]


@metric("check", budget_ms=10_000)
def measure_check(context: BenchContext, _rng: random.Random) -> Samples:
    """`garagedesk check` on the whole file: the audit chain, every signed paper against it,
    the guards, SQLite's full integrity_check and foreign_key_check (one sample each, warm)."""
    from app.services import integrity

    report = integrity.check(context.db)  # warm-up: the file in the OS cache
    samples = [timed(integrity.check, context.db)
               for _ in range(context.want(3))]
    context.details["check"] = {"entries": report.entries, "documents": report.documents,
                                "findings": len(report.findings)}
    return samples
