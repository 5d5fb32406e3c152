"""One wording of the warranty on every paper of one car: the work order, the receipt (A4 and
roll), the pickup note and the certificate, read back from the PDFs."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.handover import PickupFacts
from app.services import documents, handover, orders
from tests.app.handover_helpers import STROKES, settled_order

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
PAPERS = ("workorder", "receipt", "receipt80", "pickup")


def _compact(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return "".join(text.split())


def _signature_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("1", (600, 200), 1)
    ImageDraw.Draw(image).line((40, 120, 200, 60, 360, 140, 540, 70), fill=0, width=5)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _delivered(database, advisor, repair_type: str) -> object:  # type: ignore[no-untyped-def]
    lines = [orders.LineDraft("labor", "更换刹车片", 1000, 12000),
             orders.LineDraft("part", "刹车片", 1000, 38000, warranty_months=3,
                              warranty_km=5000),
             orders.LineDraft("part", "机油滤清器", 1000, 6800, warranty_months=12,
                              warranty_km=20000)]
    oid = settled_order(database, advisor, repair_type=repair_type, lines=lines)
    with database.write() as s:
        handover.deliver(s, advisor, oid, PickupFacts(46230, 5), STROKES, _signature_png(), "张三",
                         NOW)
    return oid


def test_a_job_without_a_legal_warranty_says_so_and_lists_its_parts_on_every_paper(  # type: ignore[no-untyped-def]
        database, advisor, tmp_path):
    oid = _delivered(database, advisor, repair_type="")
    with database.read() as s:
        texts = {doc: _compact(documents.render(s, oid, doc), tmp_path, doc) for doc in PAPERS}
    for doc, text in texts.items():
        assert "本次维修的维修类别不属于规定的质量保证期范围" in text, doc
        assert "以下项目按其自身质保" in text, doc
        assert "刹车片3个月/5000km" in text and "机油滤清器12个月/20000km" in text, doc


def test_a_regulated_repair_prints_the_same_legal_term_and_the_parts_on_every_paper(  # type: ignore[no-untyped-def]
        database, advisor, tmp_path):
    oid = _delivered(database, advisor, repair_type="secondary_maintenance")
    with database.read() as s:
        texts = {doc: _compact(documents.render(s, oid, doc), tmp_path, doc)
                 for doc in (*PAPERS, "certificate")}
    local = NOW.astimezone().date()
    for doc, text in texts.items():
        assert "不属于规定的质量保证期" not in text, doc
        assert "二级维护：5,000公里或30日（以先到者为准）" in text, doc
        assert f"至{local + timedelta(days=29)}或里程51,230公里止" in text, doc
        assert "以下项目另有质保：刹车片3个月/5000km" in text, doc


def test_the_english_papers_word_the_line_warranty_in_english(database, advisor, tmp_path):  # type: ignore[no-untyped-def]
    oid = _delivered(database, advisor, repair_type="")
    with database.read() as s:
        for doc in ("workorder", "receipt", "pickup"):
            text = _compact(documents.render(s, oid, doc, "en"), tmp_path, doc)
            assert "个月" not in text, doc
            assert "3months/5,000km" in text and "carriesnoregulatedwarranty" in text, doc


def test_printing_a_certificate_an_order_has_none_of_says_which_order_and_why(  # type: ignore[no-untyped-def]
        database, advisor, tmp_path, capsys):
    from app.cli import main
    from tests.app.handover_helpers import order_in_quality_check, register_car

    minor = settled_order(database, advisor, repair_type="minor_repair")
    unchecked = order_in_quality_check(
        database, advisor, register_car(database, advisor, "湘B22222", "13900139000"),
        repair_type="vehicle_overhaul")
    db = str(database.engine.url.database)
    with database.read() as s:
        numbers = {oid: orders.load_order(s, oid).number for oid in (minor, unchecked)}
    out = tmp_path / "c.pdf"
    assert main(["--db", db, "print", numbers[minor], "--doc", "certificate",
                 "--out", str(out)]) != 0
    said = capsys.readouterr().err
    assert numbers[minor] in said and "minor repair" in said and "''" not in said
    assert "vehicle overhaul, an assembly overhaul or second-level maintenance" in said
    assert main(["--db", db, "print", numbers[unchecked], "--doc", "certificate",
                 "--out", str(out)]) != 0
    said = capsys.readouterr().err
    assert numbers[unchecked] in said and "not passed its completion check" in said
    assert main(["--db", db, "print", numbers[minor], "--doc", "pickup", "--out", str(out)]) != 0
    said = capsys.readouterr().err
    assert numbers[minor] in said and "not been handed over" in said and "settled" in said
    assert not out.exists()
