"""The catalogs: checks, writes and the audit log, search, package prices, seeding, parts import."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import NotAllowed
from app.services import audit, catalog, parts_import, settings
from app.services.actor import Actor
from app.services.catalog import LaborForm, PackageForm, PackageItemForm, PartForm
from app.services.importing import ImportFileError, ImportRefused
from app.services.parts_import import PartRowStatus
from db.engine import Database
from db.models import AuditLog, LaborOperation, Package, Part, QuickPhrase

OIL = PartForm("jy01", "全合成机油 5W-30", "美孚", "升", "68", "45", "40")
FILTER = PartForm("LQ01", "机油滤清器", "马勒", "个", "¥45.00", "22", "20")
OIL_CHANGE = LaborForm("by01", "更换机油机滤", "maintenance", "0.5")


def _count(database: Database, model: type) -> int:
    with database.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _refused(call, *args) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Field -> English message of every refusal the call raises."""
    with pytest.raises(InputErrors) as e:
        call(*args)
    return {f: err.text() for f, err in e.value.by_field().items()}


def _add(database: Database, actor: Actor, *forms) -> list:  # type: ignore[no-untyped-def]
    ids = []
    with database.write() as s:
        for form in forms:
            create = {LaborForm: catalog.create_labor, PartForm: catalog.create_part,
                      PackageForm: catalog.create_package}[type(form)]
            ids.append(create(s, actor, form))
    return ids


# Checks


def test_a_part_form_refuses_each_bad_field_by_name(database: Database, manager: Actor) -> None:
    bad = PartForm(" ", "  ", unit="", price="abc", cost="-3", stock="-2", source="二手",
                   warranty_months="一年", warranty_km="lots")
    with database.write() as s:
        refused = _refused(catalog.create_part, s, manager, bad)
    assert set(refused) == {"code", "name", "unit", "price", "cost", "stock", "source",
                            "warranty_months", "warranty_km"}
    assert refused["name"].startswith("Enter a name")
    assert "abc is not a number of yuan" in refused["price"]
    assert refused["stock"].startswith("The stock cannot be negative")
    assert _count(database, Part) == 0


@pytest.mark.parametrize(("price", "message"), [
    ("", "Enter the price in yuan"),
    ("12.555", "has 3 decimal places"),
    ("12,5", "comma in the wrong place"),
    ("-5", "cannot be negative"),
    ("十二", "is not a number of yuan"),
])
def test_bad_prices_are_refused_with_the_reason(price: str, message: str) -> None:
    with pytest.raises(InputErrors) as e:
        catalog.check_part(PartForm("LQ01", "机油滤清器", price=price))
    assert message in e.value.by_field()["price"].text()


def test_prices_as_people_type_them() -> None:
    for typed, fen in (("12.5元", 1250), ("¥1,234.56", 123456), ("45", 4500), ("０.５", 50)):
        assert catalog.check_part(PartForm("X1", "x", price=typed)).price_fen == fen


def test_hours_and_stock_in_thousandths() -> None:
    clean = catalog.check_labor(LaborForm("by01", "更换机油机滤", "maintenance", "1.5"))
    assert (clean.code, clean.standard_hours_milli) == ("BY01", 1500)
    half = catalog.check_labor(LaborForm("A", "a", standard_hours="0.5h"))
    assert half.standard_hours_milli == 500
    assert catalog.check_part(PartForm("X", "x", price="1", stock="4.5")).stock_milli == 4500
    refused = _refused(catalog.check_labor, LaborForm("A", "a", "coal", "1,5"))
    assert set(refused) == {"category", "standard_hours"}
    assert "1,5 are not a number of hours" in refused["standard_hours"]
    assert _refused(catalog.check_labor, LaborForm("A", "a", standard_hours="0"))[
        "standard_hours"] == "The standard hours must be more than 0."
    assert "more than 100" in _refused(catalog.check_labor,
                                       LaborForm("A", "a", standard_hours="150"))["standard_hours"]


def test_sources_by_key_or_by_the_shop_s_word() -> None:
    for typed, source in (("原厂", "oem"), ("副厂件", "aftermarket"), ("客供", "customer"),
                          ("OEM", "oem"), ("Customer-supplied", "customer"),
                          ("repaired", "repaired")):
        assert catalog.check_part(PartForm("X", "x", price="1", source=typed)).source == source


def test_warranty_months_and_km() -> None:
    clean = catalog.check_labor(LaborForm("A", "a", warranty_months="12个月", warranty_km="2万"))
    assert (clean.warranty_months, clean.warranty_km) == (12, 20000)
    assert catalog.check_labor(LaborForm("A", "a")).warranty_km is None


def test_a_duplicate_code_is_refused_and_names_the_holder(database: Database,
                                                          manager: Actor) -> None:
    _add(database, manager, OIL, OIL_CHANGE)
    with database.write() as s:
        refused = _refused(catalog.create_part, s, manager,
                           PartForm("JY01 ", "别的机油", price="1"))
    assert refused == {"code": "The code JY01 is already used by 全合成机油 5W-30; choose "
                               "another code."}
    _add(database, manager, PartForm("BY01", "同码不同类", price="1"))  # labor codes are apart
    assert _count(database, Part) == 2


# Writes and the audit log


def test_create_update_and_price_changes_are_audited(database: Database, manager: Actor) -> None:
    (part_id,) = _add(database, manager, OIL)
    with database.write() as s:
        catalog.update_part(s, manager, part_id, PartForm("JY01", "全合成机油 5W-30", "美孚", "升",
                                                          "72.5", "45", "40"))
    with database.read() as s:
        part = catalog.get_part(s, part_id)
        history = audit.history(s, "part", part_id)
    assert (part.code, part.price_fen, part.stock_milli, part.unit) == ("JY01", 7250, 40000, "升")
    assert [h.action for h in history] == ["create", "update"]
    assert history[0].after["price_fen"] == 6800
    assert (history[1].before, history[1].after) == ({"price_fen": 6800}, {"price_fen": 7250})


def test_an_advisor_may_read_but_not_change_the_catalog(database: Database, advisor: Actor,
                                                        manager: Actor) -> None:
    (part_id,) = _add(database, manager, OIL)
    with database.write() as s, pytest.raises(NotAllowed):
        catalog.create_part(s, advisor, FILTER)
    for write in (lambda s: catalog.update_part(s, advisor, part_id, FILTER),
                  lambda s: catalog.set_active(s, advisor, "part", part_id, False),
                  lambda s: catalog.add_phrase(s, advisor, "刹车异响"),
                  lambda s: catalog.seed_defaults(s, advisor)):
        with database.write() as s, pytest.raises(NotAllowed):
            write(s)
    with database.read() as s:
        assert [p.code for p in catalog.list_parts(s)] == ["JY01"]


def test_switched_off_items_are_not_found_but_kept(database: Database, manager: Actor) -> None:
    (part_id,) = _add(database, manager, OIL)
    with database.write() as s:
        catalog.set_active(s, manager, "part", part_id, False)
    with database.read() as s:
        assert catalog.search_catalog(s, "JY") == []
        assert [p.active for p in catalog.list_parts(s)] == [False]
        assert catalog.list_parts(s, include_inactive=False) == []
        assert audit.history(s, "part", part_id)[-1].action == "deactivate"


# Packages


def _small_service(code: str = "TC01") -> PackageForm:
    return PackageForm(code, "小保养", "maintenance", (
        PackageItemForm("labor", "BY01"),
        PackageItemForm("part", "jy01", quantity="4"),
        PackageItemForm("part", "LQ01", description="机滤（原厂规格）", unit_price="40"),
        PackageItemForm("fee", "", "废油回收处理费", "1", "20"),
    ))


def test_package_lines_carry_current_catalog_prices(database: Database, manager: Actor) -> None:
    _add(database, manager, OIL, FILTER, OIL_CHANGE)
    (package_id,) = _add(database, manager, _small_service())
    with database.read() as s:
        lines = catalog.package_lines(s, package_id)
    assert [(ln.kind, ln.code, ln.description, ln.quantity_milli, ln.unit, ln.unit_price_fen)
            for ln in lines] == [
        ("labor", "BY01", "更换机油机滤", 500, "h", 12_000),
        ("part", "JY01", "全合成机油 5W-30", 4000, "升", 6800),
        ("part", "LQ01", "机滤（原厂规格）", 1000, "个", 4000),
        ("fee", "", "废油回收处理费", 1000, "", 2000),
    ]
    assert lines[1].source == "brand" and lines[1].part_id is not None
    assert lines[0].part_id is None
    with database.write() as s:  # a new rate and a new oil price reach the package at once
        settings.put(s, "labor.hourly_rate_fen", 15_000)
        oil = catalog.parts_by_code(s, ["JY01"])["JY01"]
        catalog.update_part(s, manager, oil.id, PartForm("JY01", oil.name, price="70"))
    with database.read() as s:
        lines = catalog.package_lines(s, package_id)
        (hit,) = catalog.search_catalog(s, "TC01", kinds=("package",))
    assert (lines[0].unit_price_fen, lines[1].unit_price_fen) == (15_000, 7000)
    assert hit.unit_price_fen == 75 * 100 + 4 * 7000 + 4000 + 2000
    assert (hit.unit, hit.quantity_milli, hit.stock_milli) == ("", 1000, None)


def test_a_package_line_must_name_a_catalog_item(database: Database, manager: Actor) -> None:
    _add(database, manager, OIL)
    form = PackageForm("TC01", "小保养", "maintenance", (
        PackageItemForm("labor", "BY99"), PackageItemForm("part", "JY01", quantity="0"),
        PackageItemForm("part", "LQ77"), PackageItemForm("fee", "", "", "1", ""),
    ))
    with database.write() as s:
        refused = _refused(catalog.create_package, s, manager, form)
    assert set(refused) == {"items.1.quantity", "items.3.description", "items.3.unit_price"}
    form = PackageForm("TC01", "小保养", "maintenance", (
        form.items[0], PackageItemForm("part", "JY01"), PackageItemForm("part", "LQ77")))
    with database.write() as s:
        refused = _refused(catalog.create_package, s, manager, form)
    assert refused == {
        "items.0.code": "There is no labor operation with the code BY99 in the catalog; add it "
                        "there first, or choose another.",
        "items.2.code": "There is no part with the code LQ77 in the catalog; add it there "
                        "first, or choose another.",
    }
    with database.write() as s:
        empty = PackageForm("TC02", "空", "maintenance")
        assert _refused(catalog.create_package, s, manager, empty)["items"].startswith(
            "Add at least one line")
    assert _count(database, Package) == 0


def test_a_package_is_edited_with_its_items(database: Database, manager: Actor) -> None:
    _add(database, manager, OIL, FILTER, OIL_CHANGE)
    (package_id,) = _add(database, manager, _small_service())
    with database.read() as s:
        info = catalog.get_package(s, package_id)
    form = catalog.package_form(info)
    assert form.items[2] == PackageItemForm("part", "LQ01", "机滤（原厂规格）", "1", "40.00")
    changed = PackageForm(form.code, "小保养（半合成）", form.category, form.items[:2])
    with database.write() as s:
        catalog.update_package(s, manager, package_id, changed)
    with database.read() as s:
        info = catalog.get_package(s, package_id)
        history = audit.history(s, "package", package_id)
    assert [i.code for i in info.items] == ["BY01", "JY01"]
    assert info.total_fen == 6000 + 4 * 6800
    assert history[-1].action == "update" and set(history[-1].after) == {"name", "items"}


def test_the_line_editor_checks_and_prices_one_line(database: Database, manager: Actor) -> None:
    _add(database, manager, OIL_CHANGE)
    with database.read() as s:
        item = catalog.check_package_item(s, PackageItemForm("labor", "by01", quantity="2"))
        refused = _refused(catalog.check_package_item, s, PackageItemForm("part", "ZZ"))
    assert item.line is not None and (item.line.quantity_milli, item.line.gross_fen) == (1000,
                                                                                         12_000)
    assert set(refused) == {"item.code"}


# Search


def test_search_by_code_name_and_pinyin(database: Database, manager: Actor) -> None:
    with database.write() as s:
        catalog.seed_defaults(s, manager)
    with database.read() as s:
        def codes(text: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
            return [h.code for h in catalog.search_catalog(s, text, **kw)]

        assert codes("by0")[:3] == ["BY01", "BY02", "BY03"]
        assert codes("lq01") == ["LQ01"]
        assert codes("机油")[:3] == ["LQ01", "BY01", "JY01"]  # name starts with, then contains
        assert codes("ghjy") == ["BY01"]  # 更换机油… by its initials
        assert codes("xiaobaoyang") == ["TC01"]
        assert codes("dby") == ["TC02"]
        assert codes("5w30") == ["JY01"]
        assert codes("jl") == ["BY01"]  # 机滤 inside 更换机油机滤
        assert codes("", limit=3) == ["BY01", "BY02", "BY03"]
        assert codes("t", kinds=("package",)) == ["TC01", "TC02"]
        labor, = catalog.search_catalog(s, "BY01", kinds=("labor",))[:1]
        part, = catalog.search_catalog(s, "SC01")
    assert (labor.kind, labor.unit, labor.quantity_milli, labor.unit_price_fen) == (
        "labor", "h", 500, 12_000)
    assert (part.kind, part.unit, part.unit_price_fen, part.stock_milli, part.source,
            part.warranty_months, part.warranty_km) == ("part", "套", 38_000, 4000, "brand", 12,
                                                        20_000)


def test_codes_come_before_names() -> None:
    assert catalog.match_rank("tc", "TC01", "x") == 1
    assert catalog.match_rank("tc", "A1", "tc cleaner") == 2
    assert catalog.match_rank("TC01", "tc01", "") == 0
    assert catalog.match_rank("q", "A1", "刹车片") is None


# Seeding and quick phrases


def test_seed_defaults_is_idempotent(database: Database, manager: Actor) -> None:
    with database.write() as s:
        catalog.seed_defaults(s, manager)
    counts = [_count(database, m) for m in (LaborOperation, Part, Package, QuickPhrase)]
    assert counts[0] >= 12 and counts[1] >= 12 and counts[2] == 2 and counts[3] >= 10
    with database.write() as s:
        catalog.seed_defaults(s, manager)
    assert [_count(database, m) for m in (LaborOperation, Part, Package, QuickPhrase)] == counts
    with database.read() as s:
        names = {p.name: p.total_fen for p in catalog.list_packages(s)}
        phrases = catalog.quick_phrases(s)
    assert names["小保养"] == 6000 + 4 * 6800 + 4500 + 2000
    assert names["大保养"] > names["小保养"]
    assert {"发动机异响", "刹车异响", "方向盘抖动", "空调不凉", "故障灯亮", "定期保养",
            "轮胎漏气", "漏油"} <= set(phrases)


def test_quick_phrases_add_remove_reorder(database: Database, manager: Actor) -> None:
    with database.write() as s:
        ids = [catalog.add_phrase(s, manager, t) for t in ("刹车异响", " 漏油 ", "空调不凉")]
        with pytest.raises(InputError) as e:
            catalog.add_phrase(s, manager, "漏油")
        assert e.value.field == "text" and "already in the list" in e.value.text()
    with database.write() as s:
        catalog.move_phrase(s, manager, ids[2], -1)
    with database.read() as s:
        assert catalog.quick_phrases(s) == ["刹车异响", "空调不凉", "漏油"]
    with database.write() as s:
        catalog.reorder_phrases(s, manager, [ids[1], ids[0], ids[2]])
        catalog.remove_phrase(s, manager, ids[0])
        catalog.move_phrase(s, manager, ids[1], -5)  # stops at the top
    with database.write() as s:
        catalog.update_phrase(s, manager, ids[2], "空调不凉，出风不冷")
        with pytest.raises(InputError):
            catalog.update_phrase(s, manager, ids[2], "漏油")
    with database.read() as s:
        assert catalog.quick_phrases(s) == ["漏油", "空调不凉，出风不冷"]
        assert [p.position for p in catalog.list_phrases(s)] == [0, 1]
        assert audit.history(s, "quick_phrase", ids[2])[-1].after == {"text": "空调不凉，出风不冷"}


# Importing a parts list

HEADER = ["编码", "名称", "品牌", "单位", "售价(元)", "成本", "库存", "来源"]
GOOD = [
    ["JY01", "全合成机油 5W-30", "美孚", "升", "68", "45", "40", "品牌"],
    ["LQ01", "机油滤清器", "马勒", "个", "45", "22", "20", "副厂"],
    ["SC01", "前刹车片", "博世", "套", "¥380.00", "210", "4", "原厂"],
]
BROKEN = [
    *GOOD,
    ["DC01", "蓄电池 60Ah", "瓦尔塔", "个", "abc", "", "3", ""],  # bad price
    ["LT01", "轮胎 205/55 R16", "米其林", "条", "560", "", "8", ""],
    ["lt01", "轮胎 205/55 R16", "米其林", "条", "580", "", "8", ""],  # the same code again
    ["YG01", "", "博世", "对", "120", "", "6", ""],  # no name
]


def _csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    return path


def _preview(database: Database, path: Path, sheet: str | None = None):  # type: ignore[no-untyped-def]
    with database.read() as s:
        return parts_import.preview(s, path, sheet)


def _apply(database: Database, actor: Actor, preview, only_good: bool = False):  # type: ignore[no-untyped-def]
    with database.write() as s:
        return parts_import.apply(s, actor, preview, only_good)


def test_a_good_file_comes_in(database: Database, manager: Actor, tmp_path: Path) -> None:
    preview = _preview(database, _csv(tmp_path / "配件.csv", GOOD))
    assert [r.status for r in preview.rows] == [PartRowStatus.NEW] * 3
    assert preview.importable() == 3 and preview.columns["price"] == (4,)
    result = _apply(database, manager, preview)
    assert (result.added, result.updated, result.unchanged, result.refused) == (3, 0, 0, ())
    with database.read() as s:
        parts = {p.code: p for p in catalog.list_parts(s)}
    assert (parts["SC01"].price_fen, parts["SC01"].source, parts["LQ01"].source) == (
        38_000, "oem", "aftermarket")
    assert parts["JY01"].stock_milli == 40_000 and parts["JY01"].unit == "升"


def test_a_broken_file_writes_nothing_until_asked(database: Database, manager: Actor,
                                                  tmp_path: Path) -> None:
    logged = _count(database, AuditLog)
    preview = _preview(database, _csv(tmp_path / "配件.csv", BROKEN))
    problems = {r.line: r.reason_text() for r in preview.refused_rows()}
    assert set(problems) == {5, 6, 7, 8}
    assert "abc is not a number of yuan" in problems[5]
    assert "LT01 is on more than one row of the file (lines 6, 7)" in problems[6]
    assert problems[7] == problems[6]
    assert problems[8].startswith("Enter a name")
    assert preview.counts()[PartRowStatus.NEW] == 3
    with pytest.raises(ImportRefused):
        _apply(database, manager, preview)
    assert _count(database, Part) == 0 and _count(database, AuditLog) == logged
    result = _apply(database, manager, preview, only_good=True)
    assert (result.added, result.updated, len(result.refused)) == (3, 0, 4)
    assert _count(database, Part) == 3


def test_a_re_import_updates_instead_of_duplicating(database: Database, manager: Actor,
                                                    tmp_path: Path) -> None:
    _apply(database, manager, _preview(database, _csv(tmp_path / "a.csv", GOOD)))
    again = [GOOD[0], ["lq01", "", "", "", "48", "", "", ""], GOOD[2],
             ["YG01", "雨刮片", "博世", "对", "120", "55", "6", ""]]
    preview = _preview(database, _csv(tmp_path / "b.csv", again))
    assert [r.status for r in preview.rows] == [PartRowStatus.UNCHANGED, PartRowStatus.UPDATE,
                                                 PartRowStatus.UNCHANGED, PartRowStatus.NEW]
    assert preview.rows[1].changes == ("price_fen",)
    result = _apply(database, manager, preview)
    assert (result.added, result.updated, result.unchanged) == (1, 1, 2)
    with database.read() as s:
        filter_ = catalog.parts_by_code(s, ["LQ01"])["LQ01"]
        history = audit.history(s, "part", filter_.id)
    assert (filter_.name, filter_.price_fen, filter_.stock_milli) == ("机油滤清器", 4800, 20_000)
    assert history[-1].after == {"price_fen": 4800}
    assert _count(database, Part) == 4


def test_english_headers_and_an_excel_file(database: Database, manager: Actor,
                                           tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "配件"
    sheet.append(["配件清单 2026-11"])  # a title above the header row
    sheet.append(["Part No", "Part Name", "Brand", "Unit", "Price", "Cost", "Stock", "Source"])
    sheet.append([10086, "Brake pads", "Bosch", "set", 380.5, 210, 4, "OEM"])
    sheet.append(["AB-2", "Wiper", "", "", 12, None, 2.5, "customer-supplied"])
    path = tmp_path / "parts.xlsx"
    book.save(path)
    preview = _preview(database, path, "配件")
    assert preview.header_line == 2 and not preview.refused_rows()
    assert _apply(database, manager, preview).added == 2
    with database.read() as s:
        parts = catalog.parts_by_code(s, ["10086", "AB-2"])
    assert (parts["10086"].price_fen, parts["10086"].source) == (38_050, "oem")
    assert (parts["AB-2"].unit, parts["AB-2"].stock_milli, parts["AB-2"].source) == (
        "个", 2500, "customer")


def test_a_file_without_a_code_column_is_refused_whole(database: Database,
                                                       tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as e:
        _preview(database, _csv(tmp_path / "x.csv", [["机油", "68"]], ["名称", "售价"]))
    assert "no column for the part's code" in e.value.text()
