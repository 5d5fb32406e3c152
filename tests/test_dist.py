"""The built program (PyInstaller one-folder, `make dist`) runs and prints every paper.

Only `make dist-check` runs these: it builds dist/garagedesk/ and sets GARAGEDESK_DIST to the
program inside it. Without it the module is skipped, so `make test` stays fast.

The demo shop is written by the built program itself; the orders each paper is printed for are
chosen with the source code (an order that has that paper), then the built program prints them
and every PDF is read back: the order's number in its text, every font embedded.
"""

from __future__ import annotations

import os
import subprocess
import tomllib
import uuid
from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.xvfb import missing_tools, wait_for_window, xvfb

DIST = os.environ.get("GARAGEDESK_DIST")
pytestmark = pytest.mark.skipif(not DIST, reason="the built program: run `make dist-check`")

REPO = Path(__file__).resolve().parent.parent
PAPERS = ["estimate", "workorder", "checkin", "keytag", "receipt", "receipt80", "certificate",
          "pickup"]


@dataclass(frozen=True)
class Shop:
    db: Path
    home: Path
    out: Path


def run(shop: Shop, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(GARAGEDESK_HOME=str(shop.home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([str(Path(DIST or "").resolve()), *args], capture_output=True,
                          text=True, env=env, cwd=shop.out, timeout=timeout)
    assert done.returncode == 0, f"{args}: rc {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Shop:
    root = tmp_path_factory.mktemp("dist")
    made = Shop(root / "demo.db", root / "home", root / "out")
    made.out.mkdir()
    run(made, "demo", "--db", str(made.db), "--years", "0.02", "--today", timeout=300)
    return made


@pytest.fixture(scope="module")
def orders(shop: Shop) -> dict[str, tuple[str, uuid.UUID]]:
    """For each paper, an order of the demo shop that has it (number, id)."""
    from sqlalchemy import select

    from app.bootstrap import build_context
    from app.services import documents
    from db.models import WorkOrder

    chosen: dict[str, tuple[str, uuid.UUID]] = {}
    with pytest.MonkeyPatch.context() as patch:  # the source's settings stay in the shop's home
        patch.setenv("GARAGEDESK_HOME", str(shop.home))
        context = build_context(str(shop.db))
    with context.read() as s:
        candidates = s.execute(
            select(WorkOrder.number, WorkOrder.id, WorkOrder.status)
            .order_by(WorkOrder.number.desc())).all()
        delivered = [c for c in candidates if c.status == "delivered"]
        for paper in PAPERS:
            for number, order_id, _ in delivered[:200]:
                try:
                    documents.render(s, order_id, paper, "zh_CN")
                except LookupError:
                    continue
                chosen[paper] = (number, order_id)
                break
    context.db.dispose()
    assert set(chosen) == set(PAPERS), f"the demo shop lacks {set(PAPERS) - set(chosen)}"
    return chosen


def pdf_text(path: Path) -> str:
    return "".join((page.extract_text() or "") for page in PdfReader(path).pages)


def assert_fonts_embedded(path: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, fonts.stdout
    for row in rows:  # columns: name type encoding emb sub uni object-id
        assert row.split()[-5] == "yes", fonts.stdout


def test_version_is_the_projects(shop: Shop) -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert run(shop, "--version").stdout.strip() == f"GarageDesk {version}"


def test_starts_its_main_window_and_print_preview(shop: Shop) -> None:
    out = run(shop, "--db", str(shop.db), "--smoke").stdout
    assert "smoke: main window" in out
    # Chinese by default, Qt's own translation carried in the bundle: its buttons speak Chinese.
    assert "smoke: language zh_CN, Qt's OK button '确定'" in out, out
    assert "smoke: preview" in out, out  # the demo shop has cars on the board
    assert out.rstrip().endswith("smoke: ok"), out


@pytest.mark.skipif(bool(missing_tools()), reason="needs Xvfb, xdotool, xwininfo")
def test_opens_its_window_on_an_x_screen(shop: Shop, tmp_path: Path) -> None:
    """The bundled xcb plugin with this machine's libraries: the login window is mapped."""
    with xvfb(tmp_path) as display:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", GARAGEDESK_HOME=str(shop.home))
        program = subprocess.Popen(
            [str(Path(DIST or "").resolve()), "--db", str(shop.db), "gui", "--lang", "en"],
            env=env, cwd=shop.out, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            _, title = wait_for_window("Log in", env)  # WM_NAME; Qt adds the app in _NET_WM_NAME
            assert program.poll() is None, program.communicate()[1]
            assert title.startswith("Log in — GarageDesk"), title
        finally:
            program.kill()
            program.communicate(timeout=30)


@pytest.mark.parametrize("paper", PAPERS)
def test_prints_every_paper(shop: Shop, orders: dict[str, tuple[str, uuid.UUID]],
                            paper: str) -> None:
    number, _ = orders[paper]
    pdf = shop.out / f"{number}-{paper}.pdf"
    run(shop, "--db", str(shop.db), "print", number, "--doc", paper, "--out", str(pdf))
    assert number in pdf_text(pdf).replace(" ", "").replace("\n", "")
    assert_fonts_embedded(pdf)


def test_prints_the_daily_close(shop: Shop, orders: dict[str, tuple[str, uuid.UUID]]) -> None:
    from sqlalchemy import select

    from app.bootstrap import build_context
    from db.models import Settlement

    context = build_context(str(shop.db))
    with context.read() as s:
        settled_at = s.scalar(select(Settlement.settled_at)
                              .where(Settlement.order_id == orders["receipt"][1]))
    context.db.dispose()
    assert settled_at is not None
    local = (settled_at if settled_at.tzinfo else settled_at.replace(tzinfo=UTC)).astimezone()
    day: date = local.date()
    pdf = shop.out / "dailyclose.pdf"
    run(shop, "--db", str(shop.db), "dailyclose", "--date", day.isoformat(), "--out", str(pdf))
    text = pdf_text(pdf).replace(" ", "")
    assert "收银日结单" in text, text[:300]
    assert day.isoformat() in text, text[:300]
    assert_fonts_embedded(pdf)
