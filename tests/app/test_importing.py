"""Bringing customers and cars in from real CSV and Excel files, and the command that does it."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.cli import main
from app.domain.permissions import NotAllowed
from app.domain.vin import vin_check_digit, with_check_digit
from app.services import audit, customers, files, importing
from app.services.actor import Actor
from app.services.customers import CustomerForm
from app.services.importing import ImportFileError, ImportPreview, ImportRefused, RowStatus
from app.services.search import search
from app.services.vehicles import VehicleForm
from db.engine import Database
from db.models import AuditLog, Customer, Vehicle

VIN_1 = with_check_digit("LFV2A21K0A3012345")
VIN_2 = with_check_digit("LSVAB2180E2123456")
# A European-market VIN without a check digit ("Z" where the digit would be).
VIN_FLAGGED = "WDD2050421Z123456"
HEADER = ["姓名", "手机", "车牌号", "车架号", "品牌", "车型", "年份", "备注"]
GOOD = [
    ["张三", "138 0013 8000", "湘A·12345", VIN_1, "大众", "朗逸", "2019", "老客户"],
    ["张三", "13800138000", "湘A5B7C2", "", "丰田", "凯美瑞", "2021年", ""],
    ["长沙市星城物流有限公司", "0731-8888 6666", "湘AD12345", VIN_2, "比亚迪", "汉", "", "月结"],
]


def _csv(path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = HEADER,
         encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _count(database: Database, model: type) -> int:
    with database.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _preview(database: Database, path: Path, **kw) -> ImportPreview:  # type: ignore[no-untyped-def]
    with database.read() as s:
        return importing.preview(s, path, **kw)


def _import(database: Database, actor: Actor, path: Path, **kw):  # type: ignore[no-untyped-def]
    found = _preview(database, path)
    with database.write() as s:
        return importing.apply(s, actor, found, **kw)


def _statuses(found: ImportPreview) -> dict[int, RowStatus]:
    return {r.line: r.status for r in found.rows}


def _reasons(found: ImportPreview, line: int) -> str:
    return next(r.reason_text() for r in found.rows if r.line == line)


def test_good_csv_with_bom_one_customer_several_cars(database: Database, manager: Actor,
                                                     tmp_path: Path) -> None:
    path = _csv(tmp_path / "客户.csv", GOOD)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    found = _preview(database, path)
    assert found.headers == tuple(HEADER) and found.header_line == 1
    assert _statuses(found) == {2: "ok", 3: "ok", 4: "ok"}
    assert found.counts()[RowStatus.OK] == 3
    result = _import(database, manager, path)
    assert (result.customers_created, result.cars_created, len(result.refused)) == (2, 3, 0)
    with database.read() as s:
        zhang = s.scalar(select(Customer).where(Customer.name == "张三"))
        company = s.scalar(select(Customer).where(Customer.name.like("长沙市%")))
        f = files.customer_file(s, zhang.id)
        history = audit.history(s, "customer", zhang.id)
        assert company.kind == "company" and company.phones[0].number == "073188886666"
    assert sorted(v.plate for v in f.vehicles) == ["湘A12345", "湘A5B7C2"]
    assert f.note == "老客户" and [p.number for p in f.phones] == ["13800138000"]
    assert history[0].action == "create" and history[0].user_name == "王店长"
    with database.read() as s:  # the search box finds what came in
        hits = search(s, "5B7C2")
    assert [(h.kind, h.plate, h.name) for h in hits][:1] == [("vehicle", "湘A5B7C2", "张三")]


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8", ","), ("gbk", ","), ("gb18030", ";"), ("utf-16", "\t"),
])
def test_text_encodings_excel_writes_are_detected(database: Database, manager: Actor,
                                                  tmp_path: Path, encoding: str,
                                                  delimiter: str) -> None:
    header = ["客户名称", "联系电话", "车牌号码", "车辆识别代号", "品牌", "车型", "颜色",
              "里程(公里)"]
    rows = [["李四", "13912345678", "粤B·88888", "", "本田", "雅阁", "白色", "4.5万"]]
    path = tmp_path / f"export-{encoding}.csv"
    with path.open("w", encoding=encoding, newline="") as f:
        f.write("客户资料导出 2026-11-01\n")  # a title row above the header, as exports have
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    result = _import(database, manager, path)
    assert (result.customers_created, result.cars_created) == (1, 1)
    with database.read() as s:
        car = s.scalar(select(Vehicle))
        assert (car.plate, car.colour, car.mileage_km) == ("粤B88888", "白色", 45000)


def test_xlsx_named_sheet_english_headers_and_numbers(database: Database, manager: Actor,
                                                      tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Summary"
    book.active.append(["nothing to import here"])
    sheet = book.create_sheet("Customers")
    sheet.append([" Customer ", "MOBILE", "Plate No", "vin", "Make", "Model", "Year",
                  "Mileage (km)", "Colour", "Engine", "Address", "Loyalty level"])
    sheet.append(["Wang Wu", 13700001111, "京A88888", VIN_1, "BMW", "X3", 2020, 30000.0,
                  "黑", "B48A20", "北京市朝阳区", "gold"])
    path = tmp_path / "customers.xlsx"
    book.save(path)
    assert importing.sheet_names(path) == ["Summary", "Customers"]
    with pytest.raises(ImportFileError) as refused:
        _preview(database, path)  # the first sheet has no header row
    assert refused.value.field == "columns"
    found = _preview(database, path, sheet="Customers")
    assert found.ignored_headers == ("Loyalty level",)
    with database.write() as s:
        result = importing.apply(s, manager, found)
    assert (result.customers_created, result.cars_created) == (1, 1)
    with database.read() as s:
        car = s.scalar(select(Vehicle))
        owner = s.scalar(select(Customer))
        assert (car.year, car.mileage_km, car.engine_no, car.vin) == (2020, 30000, "B48A20",
                                                                      VIN_1)
        assert owner.address == "北京市朝阳区" and owner.phones[0].number == "13700001111"
    with pytest.raises(ImportFileError, match="no sheet named Cars"):
        _preview(database, path, sheet="Cars")


def test_broken_file_every_row_problem_is_named(database: Database, manager: Actor,
                                                tmp_path: Path) -> None:
    rows = [
        ["赵六", "13800000001", "湘A1234", "", "", "", "", ""],  # 2: plate too short
        ["钱七", "12345", "湘A11111", "", "", "", "", ""],  # 3: bad phone
        ["孙八", "1.38001E+10", "湘A22222", "", "", "", "", ""],  # 4: Excel ate the digits
        ["周九", "13800000004", "湘A33333", VIN_FLAGGED, "奔驰", "C200", "", ""],  # 5: VIN flag
        ["吴十", "13800000005", "湘A44444", "", "", "", "", ""],  # 6: good
        ["吴十", "13800000005", "湘A·44444", "", "", "", "", ""],  # 7: same as 6
        ["郑一", "13800000006", "湘A55555", "", "", "", "", ""],  # 8: plate also on 9
        ["冯二", "13800000007", "湘A55555", "", "", "", "", ""],  # 9
        ["陈三", "13800000008", "湘A66666", "", "", "", "", ""],  # 10: good
        ["褚四", "13800000008", "湘A77777", "", "", "", "", ""],  # 11: 10's phone: review
        ["", "13800000009", "湘A88888", "", "", "", "", ""],  # 12: no name
        ["卫五", "13800000010", "", "", "大众", "", "", ""],  # 13: car without plate or VIN
        ["蒋六", "13800000011", "湘A99999", "", "", "", "1890", ""],  # 14: bad year
    ]
    found = _preview(database, _csv(tmp_path / "broken.csv", rows))
    assert _statuses(found) == {
        2: "problem", 3: "problem", 4: "problem", 5: "vin_flag", 6: "ok", 7: "duplicate",
        8: "problem", 9: "problem", 10: "ok", 11: "review", 12: "problem",
        13: "problem", 14: "problem",
    }
    assert "湘A1234" in _reasons(found, 2)
    assert "12345" in _reasons(found, 3)
    assert "Excel turned the phone number into 1.38001E+10" in _reasons(found, 4)
    assert f"it should be {vin_check_digit(VIN_FLAGGED)}" in _reasons(found, 5)
    assert "line 6" in _reasons(found, 7)
    assert "湘A55555 is also on line 9" in _reasons(found, 8)
    assert "line 8" in _reasons(found, 9)
    assert "Line 10 gives this phone for 陈三" in _reasons(found, 11)
    assert "name" in _reasons(found, 12)
    assert "plate, or the VIN" in _reasons(found, 13)
    assert "1950" in _reasons(found, 14)
    counts = found.counts()
    assert (counts[RowStatus.OK], counts[RowStatus.VIN_FLAG], counts[RowStatus.DUPLICATE],
            counts[RowStatus.PROBLEM], counts[RowStatus.REVIEW]) == (2, 1, 1, 8, 1)

    with database.write() as s:
        result = importing.apply(s, manager, found)
    assert (result.customers_created, result.cars_created, result.skipped_in_file) == (2, 2, 1)
    assert [r.line for r in result.refused] == [2, 3, 4, 5, 8, 9, 11, 12, 13, 14]
    assert _count(database, Customer) == 2 and _count(database, Vehicle) == 2


def test_missing_columns_are_named_before_any_row(database: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "no-plate.csv", [["张三", "13800138000", "大众"]],
                header=["姓名", "电话", "品牌"])
    with pytest.raises(ImportFileError) as refused:
        _preview(database, path)
    assert refused.value.field == "columns"
    assert "车牌/plate" in refused.value.text() and "姓名" not in refused.value.params["missing"]


def test_unreadable_files_are_refused_with_what_to_do(database: Database, tmp_path: Path) -> None:
    old_excel = tmp_path / "old.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x80\x80\xff\x00" * 10)
    fake = tmp_path / "broken.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    for path, words in ((old_excel, "old Excel file"), (binary, "neither UTF-8 nor GBK"),
                        (fake, "not an Excel workbook"), (tmp_path / "gone.csv", "could not")):
        with pytest.raises(ImportFileError, match=words):
            _preview(database, path)


def test_importing_the_same_file_twice_makes_no_duplicates(database: Database, manager: Actor,
                                                           tmp_path: Path) -> None:
    path = _csv(tmp_path / "客户.csv", [*GOOD, ["刘七", "13600000000", "", "", "", "", "", ""]])
    first = _import(database, manager, path)
    assert (first.customers_created, first.cars_created) == (3, 3)
    counts = (_count(database, Customer), _count(database, Vehicle), _count(database, AuditLog))
    again = _preview(database, path)
    assert set(_statuses(again).values()) == {RowStatus.ON_FILE}
    with database.write() as s:
        second = importing.apply(s, manager, again)
    assert (second.customers_created, second.cars_created, second.skipped_on_file) == (0, 0, 4)
    assert counts == (_count(database, Customer), _count(database, Vehicle),
                      _count(database, AuditLog))


def test_rows_against_the_records_on_file(database: Database, manager: Actor,
                                          tmp_path: Path) -> None:
    with database.write() as s:
        customers.register(s, manager, CustomerForm("张三", ("13800138000",)),
                           VehicleForm(plate="湘A12345"))
        customers.register(s, manager, CustomerForm("赵六", ("13700000000",)),
                           VehicleForm(plate="湘A13579"))
    rows = [
        ["张三", "13800138000", "湘A12345", "", "", "", "", ""],  # 2: on file, skipped
        ["张三", "13800138000", "湘A67890", "", "", "", "", ""],  # 3: a new car for him
        ["李四", "13700000000", "湘A24680", "", "", "", "", ""],  # 4: 赵六's phone: review
        ["王五", "13900000000", "湘A13579", "", "", "", "", ""],  # 5: 赵六's car
    ]
    found = _preview(database, _csv(tmp_path / "more.csv", rows))
    assert _statuses(found) == {2: "on_file", 3: "ok", 4: "review", 5: "problem"}
    assert "The phone is on file for 赵六" in _reasons(found, 4)
    assert found.row_at(4).review_name == "赵六" and found.row_at(4).review_of is None
    assert "湘A13579 is on file for 赵六" in _reasons(found, 5)
    with database.write() as s:
        result = importing.apply(s, manager, found)
    assert (result.customers_created, result.cars_created, result.skipped_on_file) == (0, 1, 1)
    with database.read() as s:
        zhang = s.scalar(select(Customer).where(Customer.name == "张三"))
        plates = sorted(v.plate for v in files.customer_file(s, zhang.id).vehicles)
    assert plates == ["湘A12345", "湘A67890"] and _count(database, Customer) == 2
    assert _count(database, Vehicle) == 3


def test_vin_flags_go_in_only_when_accepted(database: Database, manager: Actor,
                                            tmp_path: Path) -> None:
    path = _csv(tmp_path / "euro.csv", [["周九", "13800000004", "湘A33333", VIN_FLAGGED,
                                         "奔驰", "C200", "2018", ""]])
    refused = _import(database, manager, path)
    assert refused.cars_created == 0 and [r.status for r in refused.refused] == ["vin_flag"]
    accepted = _import(database, manager, path, accept_vin_flags=True)
    assert (accepted.customers_created, accepted.cars_created) == (1, 1)
    with database.read() as s:
        car = s.scalar(select(Vehicle))
        assert car.vin == VIN_FLAGGED and car.vin_confirmed


def test_report_has_the_rows_and_reasons_and_imports_again(database: Database, manager: Actor,
                                                           tmp_path: Path) -> None:
    rows = [GOOD[0], ["钱七", "12345", "湘A11111", "", "", "", "", "备注, with comma"]]
    result = _import(database, manager, _csv(tmp_path / "客户.csv", rows))
    report = tmp_path / "out" / "refused.csv"
    assert importing.write_report(result, report) == 1
    assert report.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    with report.open(encoding="utf-8-sig", newline="") as f:
        header, *lines = list(csv.reader(f))
    assert header == [*HEADER, "reason / 原因", "line / 行号"]
    assert lines[0][:8] == rows[1] and "12345" in lines[0][8] and lines[0][9] == "3"
    # The shop fixes the phone in the report and imports the report itself.
    lines[0][1] = "13700000007"
    with report.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([header, *lines])
    found = _preview(database, report)
    assert found.ignored_headers == ("reason / 原因", "line / 行号")
    with database.write() as s:
        again = importing.apply(s, manager, found)
    assert (again.customers_created, again.cars_created) == (1, 1)


def test_preview_report_and_translated_reasons(database: Database, tmp_path: Path) -> None:
    found = _preview(database, _csv(tmp_path / "a.csv", [["钱七", "12345", "湘A11111"]],
                                    header=["姓名", "电话", "车牌"]))
    report = tmp_path / "preview-refused.csv"
    importing.write_report(found, report, describe=lambda e: f"<{e.field}>")
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "钱七,12345,湘A11111,<phones.0>,2"


def test_only_advisors_with_the_right_may_import(database: Database, advisor: Actor,
                                                 tmp_path: Path) -> None:
    found = _preview(database, _csv(tmp_path / "a.csv", GOOD))
    with database.write() as s, pytest.raises(NotAllowed):
        importing.apply(s, advisor, found)
    assert _count(database, Customer) == 0


def test_whole_file_or_nothing(database: Database, manager: Actor, tmp_path: Path) -> None:
    found = _preview(database, _csv(tmp_path / "a.csv", [*GOOD, ["钱七", "12345", "湘A11111"]]))
    with database.write() as s, pytest.raises(ImportRefused):
        importing.apply(s, manager, found, only_good=False)
    assert _count(database, Customer) == 0


def test_chunks_commit_and_a_cancel_keeps_what_is_done(database: Database, manager: Actor,
                                                       tmp_path: Path) -> None:
    rows = [[f"客户{i}", f"1380000{i:04d}", f"湘A{i:05d}"] for i in range(1, 8)]
    path = _csv(tmp_path / "big.csv", rows, header=["姓名", "电话", "车牌"])
    seen: list[tuple[int, int]] = []

    def stop_after_two_chunks(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 2

    result = importing.apply_in_chunks(database, manager, _preview(database, path),
                                       chunk_rows=3, progress=stop_after_two_chunks)
    assert seen == [(3, 7), (6, 7)] and result.cancelled and result.not_reached == 1
    assert _count(database, Customer) == 6
    rest = importing.apply_in_chunks(database, manager, _preview(database, path), chunk_rows=3)
    assert (rest.customers_created, rest.skipped_on_file) == (1, 6)
    assert _count(database, Vehicle) == 7
    with database.read() as s:
        assert [h.name for h in search(s, "13800000007") if h.kind == "customer"] == ["客户7"]


def _cli(database: Database, *args: str) -> int:
    return main(["--db", str(database.engine.url.database), "import", "customers", *args])


def test_cli_exit_codes(database: Database, admin: Actor, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    good = _csv(tmp_path / "good.csv", GOOD)
    broken = _csv(tmp_path / "broken.csv", [GOOD[0], ["钱七", "12345", "湘A11111"]])
    no_plate = _csv(tmp_path / "no-plate.csv", [["张三", "13800138000"]], header=["姓名", "电话"])

    assert _cli(database, str(good), "--dry-run") == 0
    assert _count(database, Customer) == 0
    assert _cli(database, str(good)) == 0
    out = capsys.readouterr().out
    assert "imported: 2 customers, 3 cars" in out and "no rows refused" in out
    with database.read() as s:
        entry = s.scalar(select(AuditLog).where(AuditLog.entity == "customer"))
        assert entry.user_name == "GarageDesk import (command line)" and entry.user_id is None

    assert _cli(database, str(broken)) == 1
    out = capsys.readouterr().out
    report = tmp_path / "broken-refused.csv"
    assert f"refused rows written to {report}" in out and "line 3:" in out
    assert "12345" in report.read_text(encoding="utf-8-sig")

    custom = tmp_path / "reports" / "r.csv"
    assert _cli(database, str(broken), "--report", str(custom), "--dry-run") == 1
    assert custom.is_file()

    assert _cli(database, str(no_plate)) == 2
    assert "车牌/plate" in capsys.readouterr().err
    assert _cli(database, str(tmp_path / "missing.csv")) == 2


def test_cli_needs_a_shop_to_import_into(database: Database, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    good = _csv(tmp_path / "good.csv", GOOD)
    assert _cli(database, str(good), "--dry-run") == 0
    assert _cli(database, str(good)) == 2
    assert "no shop yet" in capsys.readouterr().err


def test_a_plate_registered_after_the_preview_refuses_only_its_row(
    database: Database, manager: Actor, advisor: Actor, tmp_path: Path
) -> None:
    found = _preview(database, _csv(tmp_path / "客户.csv", GOOD))
    with database.write() as s:  # another workstation, between preview and import
        customers.register(s, advisor, CustomerForm("王五", ("13900000000",)),
                           VehicleForm(plate="湘A5B7C2"))
    with database.write() as s:
        result = importing.apply(s, manager, found)
    assert [(r.line, r.status) for r in result.refused] == [(3, "problem")]
    assert "湘A5B7C2 is already on file for 王五" in result.refused[0].reason_text()
    assert (result.customers_created, result.cars_created) == (2, 2)
    assert _count(database, Customer) == 3 and _count(database, Vehicle) == 3


# One customer on two rows: the same phone, a second car, a typo in the name.
TWO_ROWS = [
    ["姓名", "手机", "车牌号", "品牌", "车型", "备注"],
    ["张三", "13800138000", "湘A12345", "大众", "朗逸", "老客户"],
    ["张叁", "138 0013 8000", "湘A5B7C2", "丰田", "凯美瑞", "他儿子开"],
]


def _xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def _plates_of(database: Database, name: str) -> list[str]:
    with database.read() as s:
        owner = s.scalar(select(Customer).where(Customer.name == name))
        return sorted(v.plate for v in files.customer_file(s, owner.id).vehicles)


def test_one_customer_on_two_rows_the_first_goes_in_the_second_is_for_review(
    database: Database, manager: Actor, tmp_path: Path
) -> None:
    path = _xlsx(tmp_path / "客户.xlsx", TWO_ROWS)
    found = _preview(database, path)
    assert _statuses(found) == {2: "ok", 3: "review"}
    review = found.row_at(3)
    assert (review.review_of, review.review_name) == (2, "张三")
    assert found.review_rows() == [review]
    assert "Line 2 gives this phone for 张三" in review.reason_text()
    assert "Attach this car to 张三, or skip the row" in review.reason_text()
    assert (found.importable(), found.importable(attach={3})) == (1, 2)

    # Skipped: the first row goes in, the second comes back in the report, with its reason.
    with database.write() as s:
        skipped = importing.apply(s, manager, found)
    assert (skipped.customers_created, skipped.cars_created, skipped.attached) == (1, 1, 0)
    assert [r.line for r in skipped.refused] == [3]
    report = tmp_path / "refused.csv"
    assert importing.write_report(skipped, report) == 1
    with report.open(encoding="utf-8-sig", newline="") as f:
        _header, line = list(csv.reader(f))
    assert line[:3] == ["张叁", "138 0013 8000", "湘A5B7C2"] and line[-1] == "3"
    assert "Attach this car to 张三" in line[-2]
    assert _plates_of(database, "张三") == ["湘A12345"]

    # The report imported again: the phone is on file for 张三; attached, the car is his.
    again = _preview(database, report)
    assert _statuses(again) == {2: "review"}
    assert again.rows[0].review_name == "张三" and again.rows[0].review_of is None
    with database.write() as s:
        attached = importing.apply(s, manager, again, attach={2})
    assert (attached.customers_created, attached.cars_created, attached.attached) == (0, 1, 1)
    assert _plates_of(database, "张三") == ["湘A12345", "湘A5B7C2"]
    assert _count(database, Customer) == 1 and not attached.refused


def test_one_customer_on_two_rows_attached_in_one_import(database: Database, manager: Actor,
                                                          tmp_path: Path) -> None:
    path = _csv(tmp_path / "客户.csv", TWO_ROWS[1:], header=TWO_ROWS[0])
    found = _preview(database, path)
    assert _statuses(found) == {2: "ok", 3: "review"}
    with pytest.raises(ImportRefused), database.write() as s:  # one row is not decided
        importing.apply(s, manager, found, only_good=False)
    with database.write() as s:
        result = importing.apply(s, manager, found, only_good=False, attach={3})
    assert (result.customers_created, result.cars_created, result.attached) == (1, 2, 1)
    assert _plates_of(database, "张三") == ["湘A12345", "湘A5B7C2"]
    with database.read() as s:
        zhang = s.scalar(select(Customer).where(Customer.name == "张三"))
        assert zhang.note == "老客户" and [p.number for p in zhang.phones] == ["13800138000"]
    assert _statuses(_preview(database, path)) == {2: "on_file", 3: "on_file"}


def test_same_phone_other_name_without_anything_new_is_skipped(database: Database,
                                                               manager: Actor,
                                                               tmp_path: Path) -> None:
    rows = [
        ["张三", "13800138000", "湘A12345", "", "大众", "", "", ""],  # 2: good
        ["张叁", "13800138000", "湘A·12345", "", "大众", "", "", ""],  # 3: same car, typo
        ["张仨", "13800138000", "", "", "", "", "", ""],  # 4: no car
        ["张三", "13800138000", "湘A67890", "", "", "", "", ""],  # 5: his second car
    ]
    found = _preview(database, _csv(tmp_path / "客户.csv", rows))
    assert _statuses(found) == {2: "ok", 3: "duplicate", 4: "duplicate", 5: "ok"}
    assert "The same car and phone as line 2, there under the name 张三" in _reasons(found, 3)
    assert "nothing to add" in _reasons(found, 4)
    result = _import(database, manager, tmp_path / "客户.csv")
    assert (result.customers_created, result.cars_created) == (1, 2)
    assert _plates_of(database, "张三") == ["湘A12345", "湘A67890"]


def test_cli_attaches_same_phone_rows_only_when_asked(database: Database, admin: Actor,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = _xlsx(tmp_path / "客户.xlsx", TWO_ROWS)
    assert _cli(database, str(path), "--dry-run") == 1
    assert "line 3: Line 2 gives this phone for 张三" in capsys.readouterr().out
    assert _cli(database, str(path), "--dry-run", "--attach-same-phone") == 0
    assert _cli(database, str(path), "--attach-same-phone") == 0
    assert "(1 attached to a customer of an earlier row)" in capsys.readouterr().out
    assert _plates_of(database, "张三") == ["湘A12345", "湘A5B7C2"]
