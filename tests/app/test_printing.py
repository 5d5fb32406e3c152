"""Printed estimates and work orders, read back from real PDFs: text, fonts, pages, pixels."""

from __future__ import annotations

import dataclasses
import io
import re
import struct
import subprocess
import sys
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from app.printing import DOCUMENTS
from app.printing.base import amount_in_words_zh, format_money, format_quantity
from app.printing.model import OrderDocument, PrintLine, PrintTotals, ShopHeader
from app.printing.workorder import estimate_pdf, workorder_pdf

TERMS = (
    "1. 本委托书经客户签字后生效，维修中如需追加项目，须经客户同意后方可施工。\n"
    "2. 车辆竣工后请于通知之日起三日内提车，逾期每日收取停车费 20 元。\n"
    "3. 车内贵重物品请自行保管。更换下的旧件如需带走，请在交车时声明。"
)


def _line(
    position: int,
    kind: str,
    code: str,
    description: str,
    *,
    quantity_milli: int = 1000,
    unit: str = "",
    unit_price_fen: int = 10000,
    discount_fen: int = 0,
    **extra: Any,
) -> PrintLine:
    total = quantity_milli * unit_price_fen // 1000 - discount_fen
    unit = unit or ("h" if kind == "labor" else "个")
    return PrintLine(
        position, kind, code, description, quantity_milli, unit, unit_price_fen, discount_fen,
        total, **extra,
    )  # fmt: skip


SAMPLE_LINES = (
    _line(1, "labor", "BY-001", "更换机油及机油滤清器", quantity_milli=500,
          unit_price_fen=18000, technician="王建国", approval="approved",
          warranty="3个月/5000km"),
    _line(2, "labor", "ZD-012", "检查并更换前制动片（含制动盘表面处理、制动液液位检查及路试）",
          quantity_milli=1500, unit_price_fen=18000, discount_fen=2000, technician="李强",
          approval="approved", warranty="3个月/5000km"),
    _line(3, "part", "JY-0W20-4L", "嘉实多极护 Castrol EDGE 0W-20 SP 全合成机油 4L",
          unit="桶", unit_price_fen=45800, source="brand", approval="approved"),
    _line(4, "part", "LF-VW-01", "机油滤清器（原厂）", unit_price_fen=4500, source="oem",
          approval="approved", warranty="3个月/5000km"),
    _line(5, "part", "BP-F-LV21", "前制动片（一套，含报警线）", unit="套", unit_price_fen=68000,
          source="aftermarket", warranty="12个月/20000km", approval="approved"),
    _line(6, "part", "", "空调滤芯（客户自备）", unit_price_fen=0, source="customer",
          approval="approved"),
    _line(7, "part", "BAT-60", "蓄电池 60Ah（检测电压偏低，建议更换）", unit_price_fen=62000,
          source="brand", warranty="18个月", approval="declined"),
    _line(8, "labor", "DW-003", "四轮定位（检查发现跑偏）", unit_price_fen=20000,
          approval="awaiting_consent", added=True),
    _line(9, "sublet", "WX-AC", "空调系统检漏（外协）", unit="次", unit_price_fen=15000,
          approval="approved"),
    _line(10, "fee", "", "环保处理费", unit="次", unit_price_fen=2000, approval="approved"),
)  # fmt: skip

SHOP = ShopHeader(
    name="长沙顺达汽车维修服务有限公司（岳麓店）",
    address="湖南省长沙市岳麓区麓谷大道 658 号",
    phone="0731-8888 6666",
    branch_code="BR01",
    tax_id="91430104MA4L123456",
)


def sample_order(**changes: Any) -> OrderDocument:
    """An approved order with every kind of line: the documents' common case."""
    doc = OrderDocument(
        shop=SHOP,
        number="WX-BR01-20261122-007",
        status_name="已批准",
        opened_at=datetime(2026, 11, 22, 9, 30),
        promised_at=datetime(2026, 11, 22, 17, 0),
        advisor="张晓明",
        customer_name="刘德华",
        customer_phone="138 0731 5678",
        plate="湘A12345",
        vehicle="大众 朗逸 2021 白色",
        vin="LSVAA4182E2123456",
        mileage_km=45231,
        fuel="1/2",
        category_name="一般维修",
        repair_type_name="小修",
        payer="客户",
        complaint="刹车时有异响，方向盘向左跑偏；顺便做保养。",
        lines=SAMPLE_LINES,
        totals=PrintTotals(
            labor_fen=54000,
            parts_fen=118300,
            other_fen=17000,
            discount_fen=7000,
            total_fen=184300,
            vat_fen=21203,
            vat_rate_permille=130,
        ),
        terms=TERMS,
    )
    return dataclasses.replace(doc, **changes)


def long_order() -> OrderDocument:
    """A 60-line accident repair: the table must flow over pages with its header repeated."""
    kinds = ("labor", "part", "part", "sublet", "fee")
    lines = tuple(
        _line(
            n,
            kinds[n % 5],
            f"C{n:04d}",
            f"第{n}项 钣金喷漆修复左前翼子板及前保险杠（含拆装、打磨、底漆、面漆和抛光）{n}号",
            source="oem" if kinds[n % 5] == "part" else "",
            approval="approved",
        )
        for n in range(1, 61)
    )
    return sample_order(lines=lines, payer="保险公司 人保 报案号 RDAA202643010000123456")


def pdf_text(pdf: bytes) -> str:
    """All text, whitespace removed: a wrapped cell still reads as one string."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def estimate() -> bytes:
    return estimate_pdf(sample_order())


@pytest.fixture(scope="module")
def workorder() -> bytes:
    return workorder_pdf(sample_order())


@pytest.fixture(scope="module")
def long_workorder() -> bytes:
    return workorder_pdf(long_order())


@pytest.mark.parametrize("name", ["estimate", "workorder"])
def test_documents_show_the_order_the_car_and_every_line(
    name: str, estimate: bytes, workorder: bytes
) -> None:
    text = pdf_text(estimate if name == "estimate" else workorder)
    for expected in ("WX-BR01-20261122-007", "湘A12345", "刘德华", "大众朗逸2021白色", "张晓明"):
        assert expected in text
    for line in SAMPLE_LINES:
        assert squeeze(line.description) in text, line.description
    for total in ("¥540.00", "¥1,183.00", "¥170.00", "-¥70.00", "¥1,843.00", "¥212.03"):
        assert total in text
    assert "壹仟捌佰肆拾叁元整" in text
    assert "第1页/共1页" in text


def test_estimate_marks_declined_lines_and_the_customers_decision(estimate: bytes) -> None:
    text = pdf_text(estimate)
    assert "维修估价单" in text
    assert "客户决定" in text
    assert "不做" in text and "同意" in text and "待客户确认" in text
    assert "7日内有效" in text
    assert "客户签字" in text
    assert "暂不维修项目合计（未计入应付）：¥620.00" in text


def test_workorder_groups_lines_and_lists_declined_work_apart(workorder: bytes) -> None:
    text = pdf_text(workorder)
    assert "维修委托书" in text
    for heading in ("工时", "配件", "外协及其他费用", "客户暂不维修项目（建议维修）"):
        assert heading in text
    assert "【追加】【待客户确认】四轮定位" in text
    assert "来源" in text and "原厂" in text and "副厂" in text and "客供" in text
    assert "12个月/20000km" in text
    assert "其中增值税(13%)" in text
    assert "服务顾问" in text and "客户签字" in text
    assert squeeze(TERMS.splitlines()[1]) in text
    # The declined battery is printed once, in its own section after the work to do.
    assert text.count("蓄电池60Ah") == 1
    assert text.index("客户暂不维修项目") < text.index("蓄电池60Ah")


@pytest.mark.parametrize("name", ["estimate", "workorder"])
def test_chinese_font_is_embedded_and_nothing_else_is_used(
    name: str, estimate: bytes, workorder: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(estimate if name == "estimate" else workorder)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, fonts.stdout
    for row in rows:
        assert "WenQuanYi" in row, row
        # columns: name type encoding emb sub uni object-id
        assert row.split()[-5] == "yes", row
    assert "STSong" not in fonts.stdout


def test_same_input_gives_the_same_bytes(workorder: bytes, estimate: bytes) -> None:
    assert workorder_pdf(sample_order()) == workorder
    assert estimate_pdf(sample_order()) == estimate
    assert b"CreationDate" not in workorder and b"ModDate" not in workorder


def test_printed_at_shows_in_the_footer() -> None:
    pdf = workorder_pdf(sample_order(printed_at=datetime(2026, 11, 23, 8, 5)))
    assert "打印时间：2026-11-2308:05" in pdf_text(pdf)


def test_long_order_flows_over_pages_with_the_header_repeated(long_workorder: bytes) -> None:
    reader = PdfReader(io.BytesIO(long_workorder))
    assert len(reader.pages) >= 2
    text = pdf_text(long_workorder)
    for line in long_order().lines:
        assert squeeze(line.description) in text, line.description
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        page_text = squeeze(page.extract_text())
        assert f"第{number}页/共{pages}页" in page_text
        if number < pages:  # every page the table reaches starts with its header row
            assert "项目名称" in page_text and "单价" in page_text


def test_a_line_of_an_unknown_kind_still_prints_under_other() -> None:
    package = _line(11, "package", "TC-1", "保养套餐（含四轮换位）", approval="approved")
    text = pdf_text(workorder_pdf(sample_order(lines=(*SAMPLE_LINES, package))))
    assert text.index("外协及其他费用") < text.index("保养套餐（含四轮换位）")


def test_an_order_without_lines_prints_an_empty_table() -> None:
    text = pdf_text(estimate_pdf(sample_order(lines=(), complaint="", estimate_valid_days=0)))
    assert "项目名称" in text and "客户描述—" in text
    assert "日内有效" not in text


def test_english_labels() -> None:
    text = pdf_text(workorder_pdf(sample_order(language="en")))
    for label in ("Workorder", "Customer", "Plate", "Description", "Total", "Page1of1"):
        assert label in text
    assert "维修委托书" not in text and "壹仟" not in text
    assert "Estimate" in pdf_text(estimate_pdf(sample_order(language="en")))


def test_first_page_renders_with_text_and_codes(workorder: bytes, tmp_path: Path) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(workorder)
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, tmp_path / "p"],
        check=True,
    )
    image = QImage(str(tmp_path / "p.png"))
    assert (image.width(), image.height()) == (497, 702)  # A4 at 60 dpi (pdftoppm rounds 495.9 up)
    assert 0.02 < _dark_share(image, 0, 0, image.width(), image.height()) < 0.5
    # The QR code fills the top-right corner (22 mm square 12 mm from the edge, 10 mm down,
    # a quarter of it quiet zone); the Code 128 bars stand to its left.
    qr, left, top = _px(22), image.width() - _px(12 + 22), _px(10)
    assert _dark_share(image, left, top, qr, qr) > 0.2
    assert _dark_share(image, left - _px(40), top + _px(4), _px(35), _px(6)) > 0.3
    assert _dark_share(image, 0, top + qr + _px(4), image.width(), _px(4)) < 0.05  # under the rule


def test_logo_is_drawn_in_the_header(tmp_path: Path) -> None:
    shop = dataclasses.replace(SHOP, logo_png=_png(60, 30))
    pdf = tmp_path / "logo.pdf"
    pdf.write_bytes(estimate_pdf(sample_order(shop=shop)))
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    )
    assert len(listing.stdout.splitlines()) == 3  # two header lines and the one logo


def test_registry_prints_each_document_without_loading_reportlab_at_import() -> None:
    assert set(DOCUMENTS) >= {"estimate", "workorder"}
    assert DOCUMENTS["estimate"](sample_order()).startswith(b"%PDF")
    probe = "import sys, app.printing, app.printing.model; print('reportlab' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert loaded.stdout.strip() == "False", loaded.stderr


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        (0, "零元整"),
        (1, "壹分"),
        (50, "伍角"),
        (100, "壹元整"),
        (1000, "壹拾元整"),
        (1050, "壹拾元伍角"),
        (1205, "壹拾贰元零伍分"),
        (123450, "壹仟贰佰叁拾肆元伍角"),
        (123456, "壹仟贰佰叁拾肆元伍角陆分"),
        (140950, "壹仟肆佰零玖元伍角"),
        (600714, "陆仟零柒元壹角肆分"),
        (168032, "壹仟陆佰捌拾元叁角贰分"),
        (1640902, "壹万陆仟肆佰零玖元零贰分"),
        (32504, "叁佰贰拾伍元零肆分"),
        (10700053, "壹拾万柒仟元伍角叁分"),
        (10000000, "壹拾万元整"),
        (100000105, "壹佰万零壹元零伍分"),
        (200050000, "贰佰万零伍佰元整"),
        (101000000, "壹佰零壹万元整"),
        (10000000000, "壹亿元整"),
        (10001000000, "壹亿零壹万元整"),
        (10000100000, "壹亿零壹仟元整"),
        (-1000, "负壹拾元整"),
    ],
)
def test_amount_in_words_zh(fen: int, words: str) -> None:
    assert amount_in_words_zh(fen) == words


def test_amount_in_words_refuses_what_it_cannot_write() -> None:
    with pytest.raises(ValueError):
        amount_in_words_zh(10**18)


def test_money_and_quantity_formatting() -> None:
    assert format_money(123450) == "¥1,234.50"
    assert format_money(-320) == "-¥3.20"
    assert [format_quantity(q) for q in (1500, 2000, 250, 4325, 0)] == [
        "1.5", "2", "0.25", "4.325", "0"
    ]  # fmt: skip


def _px(millimetres: float, dpi: int = 60) -> int:
    return round(millimetres / 25.4 * dpi)


def _dark_share(image: QImage, left: int, top: int, width: int, height: int) -> float:
    dark = sum(
        1
        for y in range(top, top + height)
        for x in range(left, left + width)
        if image.pixelColor(x, y).lightness() < 128
    )
    return dark / (width * height)


def _png(width: int, height: int) -> bytes:
    """A solid blue PNG, written by hand so the test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\x20\x40\xc0" * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(row * height)
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.mark.parametrize("render", [estimate_pdf, workorder_pdf])
def test_rare_characters_in_names_print_or_show_a_missing_mark(render) -> None:  # type: ignore[no-untyped-def]
    doc = sample_order(customer_name="𠮷田堃喆", complaint="买买提·艾力 送修")
    text = pdf_text(render(doc))
    assert "〓田堃喆" in text  # 𠮷 is not in the font: the paper shows that a character is there
    assert "买买提·艾力" in text
