"""The car's check-in: record, sign, lock with a hash, new versions, tamper detection, and
the rule that work cannot start without a signed check-in."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from app.domain.checkin import canonical, content_hash
from app.domain.errors import InputErrors
from app.services import checkin, customers, order_flow, orders, settings
from app.services.checkin import CheckInForm, CheckInLocked
from app.services.customers import CustomerForm
from app.services.order_flow import ConsentForm, MoveRefused
from app.services.vehicles import VehicleForm
from tests.tamper import forced, refused

STROKES = [[(10.0, 20.0, 1.0, 0), (50.123456, 60.5, 0.8, 16), (90.0, 40.0, 0.6, 33)],
           [(120.0, 30.0, 1.0, 0), (150.0, 80.0, 1.0, 20)]]


@pytest.fixture
def order_id(database, advisor):  # type: ignore[no-untyped-def]
    with database.write() as s:
        car = customers.register(s, advisor, CustomerForm("张三", ("13800138000",)),
                                 VehicleForm(plate="湘A12345", brand="大众", model="朗逸"))
        oid = orders.open_order(s, advisor, orders.ReceptionForm(
            car.vehicle_id, car.customer_id, mileage="46200", fuel_eighths=3))
        orders.save_order(s, advisor, oid, 1, orders.HeaderDraft("repair"),
                          [orders.LineDraft("labor", "更换刹车片", 800, 12000)])
        order_flow.approve(s, advisor, oid, ConsentForm("张三", "in_person"))
    return oid


def _png(colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), colour).save(out, "PNG")
    return out.getvalue()


def _filled(view) -> CheckInForm:  # type: ignore[no-untyped-def]
    checklist = list(view.form.checklist)
    checklist[0] = {**checklist[0], "state": "damaged", "note": "左前门划痕"}
    return replace(view.form, checklist=tuple(checklist), marks=(
        {"number": 1, "x": 0.25, "y": 0.2, "kind": "scratch", "note": "左前门"},
        {"number": 2, "x": 0.7123456, "y": 0.9, "kind": "dent", "note": "右后翼子板"}),
        belongings="行车记录仪", valuables="无", keys_count=2)


def test_a_new_check_in_starts_from_the_order_and_the_checklist(database, advisor, order_id):  # type: ignore[no-untyped-def]
    with database.write() as s:
        check_in_id = checkin.start(s, advisor, order_id)
        assert checkin.start(s, advisor, order_id) == check_in_id  # the same draft again
        view = checkin.current(s, order_id)
    assert (view.version, view.status, view.form.fuel_eighths, view.form.odometer_km) == (
        1, "draft", 3, 46200)
    assert [x["item"] for x in view.form.checklist][:2] == ["Exterior", "Lights"]
    assert all(x["state"] == "ok" for x in view.form.checklist)


def test_work_cannot_start_before_the_check_in_is_signed(database, advisor, order_id):  # type: ignore[no-untyped-def]
    with pytest.raises(MoveRefused) as refused, database.write() as s:
        order_flow.start_work(s, advisor, order_id)
    assert refused.value.why == order_flow.NOT_CHECKED_IN
    with database.write() as s:
        check_in_id = checkin.start(s, advisor, order_id)
        view = checkin.current(s, order_id)
        checkin.sign(s, advisor, check_in_id, _filled(view), STROKES, _png(), "张三")
        order_flow.start_work(s, advisor, order_id)
    with database.read() as s:
        assert orders.load_order(s, order_id).status == "in_progress"


def test_signing_locks_the_content_under_its_hash(database, advisor, order_id):  # type: ignore[no-untyped-def]
    with database.write() as s:
        check_in_id = checkin.start(s, advisor, order_id)
        form = _filled(checkin.current(s, order_id))
        digest = checkin.sign(s, advisor, check_in_id, form, STROKES, _png(), "张三")
    with database.read() as s:
        view = checkin.current(s, order_id)
        assert checkin.verify(s, check_in_id).ok
    assert view.locked and view.content_hash == digest and len(digest) == 64
    assert view.signature_strokes[0][1] == [50.1235, 60.5, 0.8, 16]  # stored as hashed
    assert view.form.marks[1]["x"] == 0.7123
    with pytest.raises(CheckInLocked), database.write() as s:
        checkin.save(s, advisor, check_in_id, replace(form, belongings="手机"))


def test_a_change_after_signing_is_a_new_version_to_sign_again(database, advisor, order_id):  # type: ignore[no-untyped-def]
    with database.write() as s:
        first = checkin.start(s, advisor, order_id)
        form = _filled(checkin.current(s, order_id))
        checkin.sign(s, advisor, first, form, STROKES, _png(), "张三")
        second = checkin.new_version(s, advisor, order_id)
        checkin.save(s, advisor, second, replace(form, belongings="行车记录仪、雨伞"))
        assert not checkin.is_locked(s, order_id)  # work may not start on an unsigned change
        view = checkin.current(s, order_id)
        old = checkin.version(s, order_id, 1)
    assert (view.version, view.status, view.older_versions) == (2, "draft", (1,))
    assert view.form.belongings == "行车记录仪、雨伞" and view.signature_strokes == []
    assert old.locked and old.form.belongings == "行车记录仪"  # the old version stays readable


def test_a_row_changed_behind_the_programs_back_fails_verification(database, advisor,  # type: ignore[no-untyped-def]
                                                                     order_id):
    with database.write() as s:
        check_in_id = checkin.start(s, advisor, order_id)
        checkin.sign(s, advisor, check_in_id, _filled(checkin.current(s, order_id)), STROKES,
                     _png(), "张三")
    path = Path(database.engine.url.database)
    edit = ("UPDATE check_ins SET belongings = '笔记本电脑' WHERE id = ?", (check_in_id.hex,))
    assert "check-in" in refused(path, *edit)
    forced(path, edit)
    with database.read() as s:
        result = checkin.verify(s, check_in_id)
    assert not result.ok and result.stored != result.computed


def test_bad_input_is_refused_and_a_signature_is_required(database, advisor, order_id):  # type: ignore[no-untyped-def]
    with database.write() as s:
        check_in_id = checkin.start(s, advisor, order_id)
        form = checkin.current(s, order_id).form
    broken = list(form.checklist)
    broken[2] = {**broken[2], "state": "missing", "note": ""}
    with pytest.raises(InputErrors) as e, database.write() as s:
        checkin.save(s, advisor, check_in_id, replace(form, checklist=tuple(broken)))
    assert "checklist" in e.value.by_field()
    with pytest.raises(InputErrors) as e, database.write() as s:
        checkin.save(s, advisor, check_in_id, replace(form, marks=(
            {"x": 1.5, "y": 0.2, "kind": "dent"},)))
    assert "marks" in e.value.by_field()
    with pytest.raises(InputErrors) as e, database.write() as s:
        checkin.sign(s, advisor, check_in_id, form, [], None, "")
    assert "signature" in e.value.by_field()
    with database.write() as s:  # a shop that makes the check-in signature optional
        settings.put(s, "signatures.mandatory", [])
        checkin.sign(s, advisor, check_in_id, form, [], None, "")
        assert checkin.current(s, order_id).status == "confirmed"
        assert checkin.is_locked(s, order_id)


def test_photos_are_kept_once_by_content_hash(database, advisor, order_id, tmp_path):  # type: ignore[no-untyped-def]
    photos = tmp_path / "photos"
    with database.write() as s:
        first = checkin.add_photo(s, photos, _png("red"), ".png")
        again = checkin.add_photo(s, photos, _png("red"), ".png")
        other = checkin.add_photo(s, photos, _png("blue"), ".png")
        assert first == again != other
        assert checkin.photo_path(photos, first, ".png").read_bytes() == _png("red")
        thumbs = checkin.thumbnails(s, [first, other])
        with pytest.raises(InputErrors):
            checkin.add_photo(s, photos, b"not a picture")
    assert Image.open(io.BytesIO(thumbs[first])).size == (240, 180)


def test_the_canonical_form_does_not_depend_on_key_order_or_float_noise() -> None:
    a = {"b": [1.00000001, 2], "a": "张三"}
    b = {"a": "张三", "b": [1.0, 2]}
    assert canonical(a) == canonical(b) == '{"a":"张三","b":[1.0,2]}'
    assert content_hash(a) != content_hash({**a, "a": "李四"})


def test_approval_must_be_signed_when_the_shop_says_so(database, advisor):  # type: ignore[no-untyped-def]
    with database.write() as s:
        settings.put(s, "signatures.mandatory", ["checkin", "approval"])
        car = customers.register(s, advisor, CustomerForm("李四", ("13900139000",)),
                                 VehicleForm(plate="湘A54321"))
        oid = orders.open_order(s, advisor, orders.ReceptionForm(car.vehicle_id,
                                                                 car.customer_id))
        orders.save_order(s, advisor, oid, 1, orders.HeaderDraft("repair"),
                          [orders.LineDraft("labor", "检查", 1000, 10000)])
    with pytest.raises(InputErrors) as e, database.write() as s:
        order_flow.approve(s, advisor, oid, ConsentForm("李四", "phone"))
    assert "method" in e.value.by_field()
    with database.write() as s:
        order_flow.approve(s, advisor, oid, ConsentForm("李四", "signature"))
