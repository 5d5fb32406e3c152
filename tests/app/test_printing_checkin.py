"""The check-in sheet and the key tag read back: text, embedded fonts, images, page size."""

from __future__ import annotations

import io
import subprocess
from datetime import datetime
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from app.printing.checkin import checkin_pdf
from app.printing.keytag import keytag_pdf
from app.printing.model import CheckInDocument, CheckItem, DamageMark, KeyTagDocument, ShopHeader

SHOP = ShopHeader("长沙星沙汽修", "长沙县星沙大道 8 号", "0731-84001234", "BR01")
ITEMS = ("外观", "灯光", "玻璃", "后视镜", "轮胎轮毂", "备胎", "千斤顶及工具", "三角警示牌",
         "钥匙", "行驶证等", "影音娱乐", "内饰", "后备箱物品", "充电线")


def _png(colour: str, size: tuple[int, int] = (320, 240)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def sheet(**changes) -> CheckInDocument:  # type: ignore[no-untyped-def]
    doc = CheckInDocument(
        shop=SHOP, number="WX-BR01-20261201-007", plate="湘A12345", vehicle="大众 朗逸 2019 白色",
        vin="LFV2A21K5A3012345", customer_name="张三", customer_phone="138 0013 8000",
        advisor="李丽", checked_in_at=datetime(2026, 12, 1, 9, 30), version=2,
        checklist=tuple(CheckItem(name, "damaged" if i == 0 else "missing" if i == 5 else "ok",
                                  "左前门划痕" if i == 0 else "无备胎" if i == 5 else "")
                        for i, name in enumerate(ITEMS)),
        marks=tuple(DamageMark(n, x, y, kind, note) for n, (x, y, kind, note) in enumerate((
            (0.2, 0.2, "scratch", "左前门划痕"), (0.5, 0.45, "dent", "车顶凹陷"),
            (0.8, 0.85, "crack", "后保险杠裂纹"), (0.3, 0.8, "chip", "右侧掉漆"),
            (0.6, 0.2, "other", "贴纸残胶"), (0.9, 0.5, "scratch", "尾部划痕")), start=1)),
        fuel_eighths=3, battery_percent=None, odometer_km=46200, belongings="钥匙 2 把；行车记录仪",
        valuables="无", photos=(_png("red"), _png("green"), _png("blue")),
        signature_png=_png("white", (600, 200)), signer="张三",
        signed_at=datetime(2026, 12, 1, 9, 42), content_hash="ab12cd34ef56" + "0" * 52)
    from dataclasses import replace

    return replace(doc, **changes)


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_sheet_is_one_page_with_everything_on_it(tmp_path: Path) -> None:
    pdf = checkin_pdf(sheet())
    assert pdf == checkin_pdf(sheet())
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = _text(pdf)
    for expected in ("接车检查单", "WX-BR01-20261201-007", "湘A12345", "张三", *ITEMS,
                     "左前门划痕", "车顶凹陷", "后保险杠裂纹", "右侧掉漆", "贴纸残胶", "行车记录仪",
                     "ab12cd34ef56", "版本 2", "46,200 km"):
        assert expected in text, expected
    assert len(reader.pages[0].images) >= 1 + 3 + 1  # diagram, photos, signature
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line and "WenQuanYi" in line for line in fonts)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "p")], check=True)
    page = Image.open(tmp_path / "p-1.png").convert("L")
    assert page.getextrema()[0] < 100  # ink on the page, not a blank render


def test_unsigned_english_and_a_rare_character() -> None:
    text = _text(checkin_pdf(sheet(signature_png=None, language="en", customer_name="𠮷田")))
    assert "Vehicle check-in sheet" in text and "Not signed" in text and "〓田" in text


def test_the_key_tag_fits_its_label() -> None:
    pdf = keytag_pdf(KeyTagDocument("湘A12345", "WX-BR01-20261201-007", "张三",
                                    datetime(2026, 12, 1, 17, 30)))
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (50, 30)
    text = _text(pdf)
    assert "湘A12345" in text and "WX-BR01-20261201-007" in text and "12-01 17:30" in text
