"""The check-in sheet and the key tag, read back from real PDFs: text, fonts, images, pixels."""

from __future__ import annotations

import dataclasses
import io
import re
import struct
import subprocess
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from app.printing import DOCUMENTS
from app.printing.checkin import DIAGRAM_ASPECT, DIAGRAM_WIDTH, checkin_pdf
from app.printing.fonts import printable
from app.printing.keytag import keytag_pdf
from app.printing.labels import EN, ZH
from app.printing.model import CheckInDocument, CheckItem, DamageMark, KeyTagDocument, ShopHeader
from app.printing.page import MARGIN

SHOP = ShopHeader(
    name="长沙顺达汽车维修服务有限公司（岳麓店）",
    address="湖南省长沙市岳麓区麓谷大道 658 号",
    phone="0731-8888 6666",
    branch_code="BR01",
)
NUMBER = "WX-BR01-20261201-007"
HASH = "3f5a9c0e12ab" + "7d" * 26

CHECKLIST = (
    CheckItem("外观漆面", "damaged", "左前门、后保险杠有划痕"),
    CheckItem("前后灯光", "ok"),
    CheckItem("挡风玻璃", "damaged", "右下角裂纹约 3 cm"),
    CheckItem("后视镜", "ok"),
    CheckItem("雨刮器", "ok", "胶条老化"),
    CheckItem("轮胎及轮毂", "damaged", "左后轮毂刮伤"),
    CheckItem("备胎", "missing", "客户自述未配备"),
    CheckItem("随车工具", "ok"),
    CheckItem("三角警示牌", "missing"),
    CheckItem("灭火器", "ok"),
    CheckItem("仪表盘警告灯", "ok", "发动机故障灯亮"),
    CheckItem("空调", "ok"),
    CheckItem("音响及中控屏", "ok"),
    CheckItem("座椅及内饰", "damaged", "主驾座椅侧面破损"),
)
MARKS = (
    DamageMark(1, 0.16, 0.22, "scratch", "左前翼子板划痕约 10 cm"),
    DamageMark(2, 0.55, 0.19, "dent", "左后门凹陷"),
    DamageMark(3, 0.86, 0.48, "crack", "后保险杠右侧裂纹"),
    DamageMark(4, 0.50, 0.48, "chip", "车顶掉漆两处"),
    DamageMark(5, 0.24, 0.90, "other", "右前轮毂刮伤"),
    DamageMark(6, 0.70, 0.82, "scratch", "右后门下沿划痕"),
)


def _png(width: int, height: int, pixel: Callable[[int, int], bytes], alpha: bool = False) -> bytes:
    """A PNG written by hand (8-bit RGB or RGBA), so the test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _photo(red: int, green: int, blue: int) -> bytes:
    """A 4:3 thumbnail: a colour gradient, distinct per photo."""
    return _png(64, 48, lambda x, y: bytes((red, (green + 3 * x) % 256, (blue + 4 * y) % 256)))


def _signature() -> bytes:
    """A wavy stroke on a transparent background, as the signature pad saves it (3:1)."""

    def pixel(x: int, y: int) -> bytes:
        on_stroke = abs(y - (30 + 18 * ((x // 20) % 2 * 2 - 1) * ((x % 20) / 20))) < 3
        return b"\x10\x10\x60\xff" if on_stroke else b"\x00\x00\x00\x00"

    return _png(180, 60, pixel, alpha=True)


PHOTOS = (_photo(90, 140, 200), _photo(40, 160, 60), _photo(30, 60, 190))  # none red


def sheet(**changes: Any) -> CheckInDocument:
    doc = CheckInDocument(
        shop=SHOP,
        number=NUMBER,
        plate="湘A12345",
        vehicle="大众 朗逸 2021 白色",
        vin="LSVAA4182E2123456",
        customer_name="刘德华",
        customer_phone="138 0731 5678",
        advisor="张晓明",
        checked_in_at=datetime(2026, 12, 1, 9, 30),
        version=1,
        checklist=CHECKLIST,
        marks=MARKS,
        fuel_eighths=3,
        battery_percent=None,
        odometer_km=45231,
        belongings="钥匙 2 把；行车记录仪、儿童安全座椅",
        valuables="无",
        photos=PHOTOS,
        signature_png=_signature(),
        signer="刘德华",
        signed_at=datetime(2026, 12, 1, 9, 42),
        content_hash=HASH,
    )
    return dataclasses.replace(doc, **changes)


def tag(**changes: Any) -> KeyTagDocument:
    doc = KeyTagDocument("湘A12345", NUMBER, "刘德华", datetime(2026, 12, 1, 17, 30))
    return dataclasses.replace(doc, **changes)


def pdf_text(pdf: bytes) -> str:
    """All text, whitespace removed: a wrapped cell still reads as one string."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def signed() -> bytes:
    return checkin_pdf(sheet())


def test_the_sheet_is_one_page_with_everything_on_it(signed: bytes) -> None:
    assert len(PdfReader(io.BytesIO(signed)).pages) == 1
    text = pdf_text(signed)
    for expected in (
        "接车检查单", NUMBER, "湘A12345", "刘德华", "138 0731 5678", "张晓明",
        "LSVAA4182E2123456", "大众朗逸2021白色", "45,231km", "2026-12-0109:30", "3/8",
        "钥匙2把；行车记录仪、儿童安全座椅", "以上车辆状况、随车物品经双方确认无误。",
        "签字人：刘德华", "签字时间：2026-12-0109:42", "第1页/共1页",
    ):  # fmt: skip
        assert squeeze(expected) in text, expected
    for item in CHECKLIST:
        assert squeeze(item.name) in text, item.name
        assert squeeze(item.note) in text, item.note
    for mark in MARKS:
        assert squeeze(mark.note) in text, mark.note
    for kind in ("划痕", "凹陷", "裂纹", "掉漆", "其他"):
        assert kind in text
    assert "✓正常" in text and "✘损坏" in text and "○缺失" in text
    assert "版本1" in text
    assert f"内容校验码(SHA-256)：{HASH[:12]}" in text
    assert HASH[:13] not in text  # the first 12 only


def test_only_the_embedded_chinese_font_is_used(signed: bytes, tmp_path: Path) -> None:
    for name, pdf in (("sheet", signed), ("tag", keytag_pdf(tag()))):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
        rows = fonts.stdout.splitlines()[2:]
        assert rows, fonts.stdout
        for row in rows:
            assert "WenQuanYi" in row, row
            assert row.split()[-5] == "yes", row  # emb column: name type encoding emb sub uni id


def test_diagram_photos_and_signature_are_images(signed: bytes) -> None:
    page = PdfReader(io.BytesIO(signed)).pages[0]
    assert len(page.images) >= 1 + len(PHOTOS) + 1
    unsigned = PdfReader(io.BytesIO(checkin_pdf(sheet(signature_png=None)))).pages[0]
    assert len(unsigned.images) == len(page.images) - 1


def test_same_input_gives_the_same_bytes(signed: bytes) -> None:
    assert checkin_pdf(sheet()) == signed
    assert b"CreationDate" not in signed and b"ModDate" not in signed
    assert keytag_pdf(tag()) == keytag_pdf(tag())
    assert DOCUMENTS["checkin"](sheet()) == signed


def test_a_changed_check_in_prints_its_own_version_and_hash() -> None:
    text = pdf_text(checkin_pdf(sheet(version=3, content_hash="0badc0ffee11" + "0" * 52)))
    assert "版本3" in text and "0badc0ffee11" in text and HASH[:12] not in text


def test_an_unsigned_sheet_says_so() -> None:
    text = pdf_text(checkin_pdf(sheet(signature_png=None, signed_at=None)))
    assert "未签字" in text
    assert "签字时间" not in text


def test_english_labels() -> None:
    text = pdf_text(checkin_pdf(sheet(language="en", signature_png=None)))
    for label in ("Vehiclecheck-insheet", "Checklist", "✓OK", "✘Damaged", "○Missing",
                  "Bodydamage", "Scratch", "Dent", "Belongings", "Unsigned", "Version1",
                  f"Contentchecksum(SHA-256):{HASH[:12]}", "Page1of1"):  # fmt: skip
        assert label in text, label
    assert "接车检查单" not in text and "未签字" not in text


def test_an_electric_car_prints_its_battery_and_no_marks_say_so() -> None:
    doc = sheet(fuel_eighths=None, battery_percent=80, marks=(), photos=())
    text = pdf_text(checkin_pdf(doc))
    assert "电量" in text and "80%" in text and "/8" not in text
    assert "未发现外观损伤" in text


def test_an_unreadable_photo_leaves_its_box_empty() -> None:
    pdf = checkin_pdf(sheet(photos=(PHOTOS[0], b"not a picture")))
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1 + 1 + 1


def test_page_renders_with_ink(signed: bytes, tmp_path: Path) -> None:
    image = _render(signed, tmp_path)
    assert (image.width(), image.height()) == (414, 585)  # A4 at 50 dpi
    assert 0.03 < _share(image, 0, 0, image.width(), image.height(), _dark) < 0.5


def test_each_mark_is_drawn_where_its_x_y_puts_it(tmp_path: Path) -> None:
    # Only the marks are red here: every item is ok (a damaged one's result prints dark red),
    # the photos are not red, and the legend's dots stand right of the diagram's columns.
    ok = tuple(dataclasses.replace(item, state="ok") for item in CHECKLIST)
    image = _render(checkin_pdf(sheet(checklist=ok)), tmp_path)
    scale = 50 / 72  # pixels per point
    left, width = MARGIN * scale, DIAGRAM_WIDTH * scale
    height = width * DIAGRAM_ASPECT
    red = [
        (x, y)
        for y in range(image.height())
        for x in range(int(left), int(left + width) + 1)
        if _red(image, x, y)
    ]
    assert red

    def centre(points: list[tuple[int, int]]) -> tuple[float, float]:
        return sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points)

    # All dots are alike, so the centre of all red is the marks' mean x, y on the diagram;
    # across, that pins the diagram's left edge; down, it gives its top.
    middle_x, middle_y = centre(red)
    mean_x = sum(mark.x for mark in MARKS) / len(MARKS)
    mean_y = sum(mark.y for mark in MARKS) / len(MARKS)
    assert abs(middle_x - (left + mean_x * width)) < 1.5
    top = middle_y - mean_y * height
    assert 200 < top < 350  # below the facts and the checklist, above the photos
    for mark in MARKS:
        x, y = left + mark.x * width, top + mark.y * height
        near = [(px, py) for px, py in red if (px - x) ** 2 + (py - y) ** 2 < 8**2]
        assert near, mark
        found_x, found_y = centre(near)
        assert abs(found_x - x) < 1.5 and abs(found_y - y) < 1.5, (mark, found_x, found_y)


def test_the_key_tag_fits_its_label(tmp_path: Path) -> None:
    pdf = keytag_pdf(tag())
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((50 / 25.4 * 72, 30 / 25.4 * 72))
    text = pdf_text(pdf)
    for expected in ("湘A12345", NUMBER, "刘德华", "交车12-0117:30"):
        assert expected in text, expected
    assert DOCUMENTS["keytag"](tag()) == pdf
    # Nothing is drawn within 1.5 mm of the edges (the margin is 2 mm).
    path = tmp_path / "tag.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", path, tmp_path / "t"],
                   check=True)  # fmt: skip
    image = QImage(str(tmp_path / "t.png"))
    edge = round(1.5 / 25.4 * 300)
    w, h = image.width(), image.height()
    for left, top, width, height in ((0, 0, w, edge), (0, h - edge, w, edge),
                                     (0, 0, edge, h), (w - edge, 0, edge, h)):  # fmt: skip
        assert _share(image, left, top, width, height, _dark) == 0
    assert _share(image, 0, 0, w, h, _dark) > 0.1


def test_a_larger_key_tag_and_one_without_a_promised_time() -> None:
    pdf = keytag_pdf(tag(width_mm=60, height_mm=40, promised_at=None, language="en"))
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (60, 40)
    text = pdf_text(pdf)
    assert "湘A12345" in text and NUMBER in text and "Due" not in text


def test_rare_characters_print_a_missing_mark() -> None:
    doc = sheet(customer_name="𠮷田堃喆", signer="𠮷田堃喆")
    text = pdf_text(checkin_pdf(doc))
    assert "〓田堃喆" in text and "签字人：〓田堃喆" in text
    assert "〓田堃喆" in pdf_text(keytag_pdf(tag(customer_name="𠮷田堃喆")))


def test_every_new_label_is_printable_in_both_languages() -> None:
    assert ZH.keys() == EN.keys()
    for words in (ZH, EN):
        for key, text in words.items():
            assert printable(text) == text, key  # e.g. ✗ and ☑ are not in the font


def _render(pdf: bytes, tmp_path: Path) -> QImage:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-singlefile", path, tmp_path / "p"], check=True
    )
    return QImage(str(tmp_path / "p.png"))


def _dark(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 128


def _red(image: QImage, x: int, y: int) -> bool:
    colour = image.pixelColor(x, y)
    return colour.red() > 130 and colour.green() < 60 and colour.blue() < 60


def _share(
    image: QImage, left: int, top: int, width: int, height: int,
    test: Callable[[QImage, int, int], bool],
) -> float:  # fmt: skip
    hits = sum(
        1 for y in range(top, top + height) for x in range(left, left + width) if test(image, x, y)
    )
    return hits / (width * height)
