"""An order's papers from the database: the PDF read back has the order as the desk saved it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from app.i18n import translated
from app.services import customers, documents, order_flow, orders
from app.services.customers import CustomerForm
from app.services.order_flow import ConsentForm
from app.services.orders import HeaderDraft, LineDraft, ReceptionForm
from app.services.vehicles import VehicleForm


def _order(database, advisor):  # type: ignore[no-untyped-def]
    with database.write() as s:
        car = customers.register(s, advisor, CustomerForm("张三", ("13800138000",)),
                                 VehicleForm(plate="湘A12345", brand="大众", model="朗逸"))
        order_id = orders.open_order(s, advisor, ReceptionForm(
            car.vehicle_id, car.customer_id, complaint="刹车异响", mileage="46200"))
        orders.save_order(s, advisor, order_id, 1, HeaderDraft("repair", "minor_repair"), [
            LineDraft("labor", "更换前刹车片", 800, 12000, unit="h"),
            LineDraft("part", "前刹车片（套）", 1000, 38000, source="oem", unit="套"),
            LineDraft("part", "刹车盘", 2000, 45000, source="brand", approval="declined"),
        ])
        number = orders.load_order(s, order_id).number
    return order_id, number


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_work_order_paper_shows_the_saved_order(database, advisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    order_id, number = _order(database, advisor)
    with database.write() as s:
        order_flow.approve(s, advisor, order_id, ConsentForm("张三", "signature"),
                           [orders.load_order(s, order_id).lines[2].id])
    with database.read() as s:
        pdf = documents.render(s, order_id, "workorder")
        again = documents.render(s, order_id, "workorder")
    assert pdf == again  # reproducible: the same order, the same bytes
    text = _text(pdf, tmp_path)
    for expected in (number, "湘A12345", "张三", "更换前刹车片", "前刹车片（套）", "刹车盘",
                     "维修委托书", "¥476.00", translated("Status", "Approved", "zh_CN"),
                     translated("RepairType", "Minor repair", "zh_CN")):
        assert expected in text, expected


def test_the_estimate_in_english_and_the_command_line(database, advisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    order_id, number = _order(database, advisor)
    with database.read() as s:
        text = _text(documents.render(s, order_id, "estimate", "en"), tmp_path)
    assert "Estimate" in text and "Minor repair" in text
    out = tmp_path / "wo.pdf"
    database.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "app", "print", number, "--doc", "estimate", "--out", str(out),
         "--db", str(Path(database.engine.url.database))],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert number in _text(out.read_bytes(), tmp_path)
