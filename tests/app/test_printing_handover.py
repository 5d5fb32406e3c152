"""The completion certificate and the pickup note from real orders: PDFs read back with
pdftotext, fonts embedded, pages rendered with pdftoppm."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from app.domain.handover import PickupFacts
from app.services import documents, handover
from app.services.handover_documents import NoCertificate, NotHandedOver
from tests.app.handover_helpers import STROKES, ready_order, settled_order
from tests.app.test_handover import NEW_MARK

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def _signature_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("1", (600, 200), 1)
    ImageDraw.Draw(image).line((40, 120, 200, 60, 360, 140, 540, 70), fill=0, width=5)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _page(pdf: bytes, tmp_path: Path, name: str) -> QImage:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / name)], check=True)
    [png] = sorted(tmp_path.glob(f"{name}*.png"))
    return QImage(str(png))


def _delivered(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    facts = PickupFacts(46230, 5, new_marks=(NEW_MARK,), belongings_returned=False,
                        belongings_note="行车记录仪客户暂存本店")
    with database.write() as s:
        handover.deliver(s, advisor, oid, facts, STROKES, _signature_png(), "张三", NOW)
    return oid


def test_the_certificate_names_car_work_inspector_and_warranty(database, advisor, tmp_path):  # type: ignore[no-untyped-def]
    oid = _delivered(database, advisor)
    with database.read() as s:
        pdf = documents.render(s, oid, "certificate")
        again = documents.render(s, oid, "certificate")
    assert pdf == again  # the same certificate prints the same bytes
    text = _text(pdf, tmp_path, "certificate")
    compact = "".join(text.split())
    local = NOW.astimezone().date()
    for expected in ("机动车维修竣工出厂合格证", "湘A12345", "二级维护", "李丽", "质量保证期",
                     "5,000公里或30日", f"至{local + timedelta(days=29)}或里程51,230公里止",
                     "经竣工检验合格，准予出厂", "46,230km"):
        assert expected in compact, expected
    reader = PdfReader(str(tmp_path / "certificate.pdf"))
    assert len(reader.pages) == 1
    fonts = {f["/BaseFont"] for f in _fonts(reader)}
    assert all("+" in str(f) for f in fonts)  # every font embedded as a subset
    image = _page(pdf, tmp_path, "certificate")
    assert image.width() > 400 and not _blank(image)


def test_the_certificate_is_only_for_the_regulations_repair_types(database, advisor):  # type: ignore[no-untyped-def]
    oid = ready_order(database, advisor, repair_type="minor_repair")
    with pytest.raises(NoCertificate), database.read() as s:
        documents.render(s, oid, "certificate")


def test_before_delivery_the_certificate_counts_the_warranty_from_today(database, advisor,  # type: ignore[no-untyped-def]
                                                                        tmp_path):
    oid = ready_order(database, advisor, repair_type="vehicle_overhaul")
    with database.read() as s:
        text = "".join(_text(documents.render(s, oid, "certificate"), tmp_path, "c").split())
    assert "整车修理" in text and "20,000公里或100日" in text and "尚未出厂" in text


def test_the_pickup_note_lists_the_differences_and_carries_the_signature(  # type: ignore[no-untyped-def]
        database, advisor, tmp_path):
    oid = _delivered(database, advisor)
    with database.read() as s:
        pdf = documents.render(s, oid, "pickup")
        record = handover.current(s, oid)
    compact = "".join(_text(pdf, tmp_path, "pickup").split())
    for expected in ("交车单", "湘A12345", "进厂里程", "46,200km", "出厂里程", "46,230km",
                     "与接车记录的差异", "交车新增", "右后门新凹陷", "在店期间行驶：30公里",
                     "未全部归还：行车记录仪客户暂存本店", "签字人：张三",
                     record.content_hash[:12], "对照接车检查单第1版"):
        assert expected in compact, expected
    reader = PdfReader(str(tmp_path / "pickup.pdf"))
    assert len(reader.pages) == 1
    images = [name for page in reader.pages for name in page.images]
    assert len(images) >= 2  # the car diagram and the signature
    image = _page(pdf, tmp_path, "pickup")
    assert not _blank(image)


def test_the_pickup_note_in_english(database, advisor, tmp_path):  # type: ignore[no-untyped-def]
    oid = _delivered(database, advisor)
    with database.read() as s:
        text = " ".join(_text(documents.render(s, oid, "pickup", "en"), tmp_path, "en").split())
    assert "Vehicle pickup note" in text
    assert "Driven while in the shop: 30 km (46,200 → 46,230)" in text
    assert "New at pickup: mark 2, Dent 右后门新凹陷" in text


def test_no_pickup_note_before_the_handover(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    with pytest.raises(NotHandedOver), database.read() as s:
        documents.render(s, oid, "pickup")


def _fonts(reader: PdfReader) -> list:  # type: ignore[type-arg]
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            found.append(font.get_object())
    return found


def _blank(image: QImage) -> bool:
    """Whether a rendered page has no dark pixel in its middle band (nothing printed)."""
    for y in range(image.height() // 5, image.height() * 4 // 5, 7):
        for x in range(0, image.width(), 5):
            if image.pixelColor(x, y).lightness() < 100:
                return False
    return True


def test_the_command_line_prints_the_pickup_note(database, advisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sys

    oid = _delivered(database, advisor)
    with database.read() as s:
        from app.services import orders

        number = orders.load_order(s, oid).number
    database.dispose()
    db_file = str(Path(database.engine.url.database))
    for doc in ("pickup", "certificate"):
        out = tmp_path / f"{doc}.pdf"
        done = subprocess.run(
            [sys.executable, "-m", "app", "print", number, "--doc", doc, "--out", str(out),
             "--db", db_file], capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert number in _text(out.read_bytes(), tmp_path, f"cli-{doc}")
