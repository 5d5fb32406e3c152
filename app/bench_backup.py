"""Backup metric of `garagedesk bench`: one checked backup of the whole file.

`backup` times `app.services.backups.back_up` (SQLite's online backup into a temp folder, then
the full integrity_check and row counts of the copy), goal ≤ 5 s for the ten-year demo file on
2 cores. Each copy is deleted after it is timed; `size_mb` says how big the file was.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from app.bench import BenchContext, Samples, Skip, metric


@metric("backup", budget_ms=5000)
def measure_backup(context: BenchContext, _rng: random.Random) -> Samples:
    from app.services import backups
    from app.services.actor import SYSTEM

    if context.db is None or not context.db.is_sqlite:
        raise Skip("measured on SQLite files only")
    folder = Path(tempfile.mkdtemp(prefix="garagedesk-bench-backup-"))
    samples: Samples = []
    try:
        for _ in range(context.want(3)):
            start = time.perf_counter_ns()
            info = backups.back_up(SYSTEM, context.db, folder, "bench")
            samples.append((time.perf_counter_ns() - start) / 1e6)
            info.path.unlink()
            info.path.with_suffix(".json").unlink()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    context.details["backup"] = {"size_mb": round(context.path.stat().st_size / 1e6, 1)}
    return samples
