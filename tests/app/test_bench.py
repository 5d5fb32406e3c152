"""`garagedesk bench` runs on a small demo file and reports every metric (no timing asserted)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app import bench
from app.demo import write_demo


@pytest.fixture(scope="module", autouse=True)
def quick_password_hashing():  # type: ignore[no-untyped-def]
    """Each demo hashes ten passwords; the tests need argon2, not its full cost, for them."""
    from argon2 import PasswordHasher

    from app.services import auth

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_hasher", lambda: cheap)
        yield


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "demo.db"
    write_demo(str(path), years=0.3, cars_per_day=5, seed=11, out=None)
    return path


def test_bench_reports_every_metric_and_peak_memory(demo_path: Path) -> None:
    result = bench.run_bench(str(demo_path), rounds=3)
    for name, registered in bench.METRICS.items():
        entry = result[name]
        assert "skipped" not in entry, entry
        assert entry["n"] == 3
        assert 0 < entry["median_ms"] <= entry["p95_ms"]
        assert entry["budget_ms"] == registered.budget_ms
    assert {"startup", "search_plate", "search_phone", "search_pinyin", "search_floor",
            "vehicle_file"} <= result.keys()
    assert isinstance(result["rss_mb"], float) and result["rss_mb"] > 20
    assert 20 < result["startup"]["rss_mb"] <= result["rss_mb"]
    assert any(note.startswith("rss_mb:") for note in result["notes"])
    json.dumps(result)  # what the command prints


def test_the_command_prints_one_json_object(demo_path: Path, capsys) -> None:
    from app.cli import main

    bench.METRICS["startup"], saved = bench.Metric("startup", _skip, 1000), bench.METRICS["startup"]
    try:
        assert main(["--db", str(demo_path), "bench", "--json", "--rounds", "2"]) == 0
    finally:
        bench.METRICS["startup"] = saved
    printed = json.loads(capsys.readouterr().out)
    assert printed["search_plate"]["n"] == 2
    assert printed["startup"]["n"] == 0 and "skipped" in printed["startup"]
    assert any("startup" in note for note in printed["notes"])


def _skip(context: bench.BenchContext, rng: random.Random) -> bench.Samples:
    raise bench.Skip("not wanted in this test")


def test_a_later_metric_registers_without_touching_the_others(demo_path: Path) -> None:
    calls = []

    @bench.metric("order_open_example", budget_ms=50)
    def measure(context: bench.BenchContext, rng: random.Random) -> bench.Samples:
        calls.append(rng.random())
        return [1.0, 2.0, 3.0]

    try:
        first = bench.run_bench(str(demo_path), rounds=2, only={"order_open_example"})
        bench.run_bench(str(demo_path), rounds=2, only={"order_open_example"})
    finally:
        del bench.METRICS["order_open_example"]
    assert first["order_open_example"] == {"median_ms": 2.0, "p95_ms": 3.0, "n": 3,
                                           "budget_ms": 50}
    assert calls[0] == calls[1]  # each metric's own generator, seeded from its name
    assert "search_plate" not in first


def test_keystrokes_are_the_prefixes_a_desk_types(demo_path: Path) -> None:
    assert bench._keystrokes(["湘A12345", "2345"], 100) == [
        "湘A", "湘A1", "湘A12", "湘A123", "湘A1234", "湘A12345", "23", "234", "2345"]
    assert bench._keystrokes(["zhangs", "zs"], 3) == ["zh", "zha", "zhan"]
    context = bench.BenchContext(demo_path, None, 0)
    try:
        plates = bench.plate_fragments(context, random.Random(1), 30)
        phones = bench.phone_fragments(context, random.Random(1), 30)
        names = bench.pinyin_fragments(context, random.Random(1), 30)
    finally:
        context.close()
    assert len(plates) == 30 and all(len(p) >= 3 for p in plates)
    assert phones and all(p.isdigit() and len(p) in (4, 7) for p in phones)
    assert names and all(n.isascii() and n.isalpha() for n in names)


def test_summary_uses_the_median_and_the_nearest_rank_95th_percentile() -> None:
    summary = bench.summarize([float(i) for i in range(1, 101)])
    assert summary == {"median_ms": 50.5, "p95_ms": 95.0, "n": 100}
    assert bench.summarize([]) == {"median_ms": None, "p95_ms": None, "n": 0}


def test_refuses_a_file_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(bench.BenchRefused, match="does not exist"):
        bench.run_bench(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()
