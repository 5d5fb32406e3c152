"""The settlement list (A4 and 80 mm roll) and the daily close sheet, read back from the PDFs."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.settlement import PaymentDraft
from app.printing import DOCUMENTS
from app.services import documents, receipts, settlement
from tests.app.settle_helpers import TOTAL_FEN, ready_order

MM = 72 / 25.4


def _text(pdf: bytes, tmp_path: Path, name: str = "doc") -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _page_size(pdf: bytes, tmp_path: Path) -> tuple[float, float]:
    path = tmp_path / "size.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, _x, height = size.split(":")[1].split()[:3]
    return float(width), float(height)


def _render(pdf: bytes, tmp_path: Path, name: str) -> list[Path]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / name)],
                   check=True)
    return sorted(tmp_path.glob(f"{name}*.png"))


@pytest.fixture
def settled(database, advisor, manager):  # type: ignore[no-untyped-def]
    """Settled with WeChat, cash with change, and money left on account a manager allowed."""
    order_id = ready_order(database, advisor, credit=True)
    with database.write() as s:
        done = settlement.settle(s, advisor, order_id, [
            PaymentDraft("wechat", 20000, "4200001234"), PaymentDraft("cash", 10000),
            PaymentDraft("account", 10000)], approved_by=manager)
    return order_id, done


def test_a4_receipt_lists_lines_payments_owed_and_the_warranty(database, settled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    order_id, done = settled
    with database.read() as s:
        pdf = documents.render(s, order_id, "receipt")
    text = _text(pdf, tmp_path)
    assert "机动车维修结算清单" in text and done.number in text
    for expected in ("更换机油机滤", "机油 5W-30", "原厂", "副厂", "0.5", "120.00", "272.00",
                     "微信支付", "4200001234", "现金", "¥100.00", "¥22.50", "挂账", "挂账欠款",
                     "¥100.00", "¥377.50", "二级维护", "5,000 公里或 30 日", "自交车之日起",
                     "王店长"):
        assert expected in text, expected
    assert "前刹车片" not in text  # declined: not charged, not on the bill
    assert len(_render(pdf, tmp_path, "a4")) == 1


def test_roll_receipt_is_80_mm_wide_one_page_with_everything(database, settled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    order_id, done = settled
    with database.read() as s:
        pdf = documents.render(s, order_id, "receipt80")
    width, height = _page_size(pdf, tmp_path)
    assert round(width / MM) == 80 and height > 100 * MM
    text = _text(pdf, tmp_path, "roll")
    for expected in (done.number, "更换机油机滤", "原厂", "微信支付", "找零", "22.50",
                     "挂账欠款", "100.00", "377.50", "5,000 公里或 30 日"):
        assert expected in text, expected
    [page] = _render(pdf, tmp_path, "roll")
    from PIL import Image

    image = Image.open(page).convert("L")
    # Nothing is printed in the 4 mm the thermal head cannot reach on either side.
    margin = round(3.5 * 60 / 25.4)
    for x in (*range(margin), *range(image.width - margin, image.width)):
        assert min(image.getpixel((x, y)) for y in range(image.height)) > 200


def test_the_same_bill_prints_the_same_bytes(database, settled) -> None:  # type: ignore[no-untyped-def]
    order_id, _ = settled
    with database.read() as s:
        for doc in ("receipt", "receipt80"):
            assert documents.render(s, order_id, doc) == documents.render(s, order_id, doc)


def test_delivered_receipt_prints_the_warranty_the_car_left_with(database, settled, admin) -> None:  # type: ignore[no-untyped-def]
    from app.domain.handover import PickupFacts
    from app.services import handover
    from tests.app.handover_helpers import STROKES

    order_id, _ = settled
    with database.write() as s:  # handed back at 46,300 km: the warranty runs from there
        handover.deliver(s, admin, order_id, PickupFacts(46300), STROKES, b"\x89PNG", "张三",
                         datetime(2026, 12, 2, 4, tzinfo=UTC))
    with database.read() as s:
        doc = receipts.receipt_document(s, order_id)
    assert doc.warranty is not None
    assert (doc.warranty.until_on.isoformat(), doc.warranty.until_km) == ("2026-12-31", 51300)


def test_an_unsettled_order_has_no_receipt(database, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    with database.read() as s, pytest.raises(receipts.NoSettlement):
        documents.render(s, order_id, "receipt")


def test_daily_close_sheet_by_method_and_cashier(database, settled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    today = datetime.now(UTC).astimezone().date()
    with database.read() as s:
        pdf = DOCUMENTS["dailyclose"](receipts.close_document(s, today))
    text = _text(pdf, tmp_path, "close")
    for expected in ("收银日结单", today.isoformat(), "微信支付", "¥200.00", "现金", "¥77.50",
                     "李丽", "¥277.50", "当日挂账", "店长签字"):
        assert expected in text, expected
    assert len(_render(pdf, tmp_path, "close")) == 1


def test_command_line_prints_receipts_and_the_daily_close(database, settled, tmp_path,
                                                          capsys) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from db.models import WorkOrder

    order_id, done = settled
    with database.read() as s:
        number = s.scalar(select(WorkOrder.number).where(WorkOrder.id == order_id))
    db_path = str(database.engine.url.database)
    out = tmp_path / "r80.pdf"
    assert main(["--db", db_path, "print", number, "--doc", "receipt80", "--out", str(out)]) == 0
    assert done.number in _text(out.read_bytes(), tmp_path, "cli")
    close = tmp_path / "close.pdf"
    today = datetime.now(UTC).astimezone().date().isoformat()
    assert main(["--db", db_path, "dailyclose", "--date", today, "--out", str(close)]) == 0
    assert "收银日结单" in _text(close.read_bytes(), tmp_path, "cli_close")
    assert TOTAL_FEN == 37750
