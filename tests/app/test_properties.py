"""Properties of every checker in app/domain and of the importer, on generated input.

Not "it does not crash": whatever it accepts, normalised, re-checks to itself and round-trips
through the form it is shown in; whatever it refuses is an InputError that names the field.
Bounded (a few dozen examples each, no deadline) so the suite stays fast.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.domain import checkin, pinyin
from app.domain.errors import InputError, InputErrors
from app.domain.handover import check_due_days
from app.domain.money import Money, allocate, vat_split
from app.domain.numbering import format_doc_number, looks_like_doc_number, parse_doc_number
from app.domain.phone import check_phone, normalize_phone
from app.domain.plate import PROVINCES, check_plate, normalize_plate
from app.domain.pricing import format_quantity, parse_discount, parse_quantity
from app.domain.settlement import PaymentDraft, check_arrears_payment, plan_payments, tally
from app.domain.vin import check_vin, normalize_vin, vin_check_digit, with_check_digit
from app.domain.warranty import LEGAL_MINIMUM, WarrantyTerm, check_promise

FEW = settings(max_examples=80, deadline=None)
TODAY = date(2026, 11, 22)
# Typed text: letters, digits, CJK, punctuation, the odd control character and fullwidth form.
typed = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=24)
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # plates use no I or O
ALNUM = LETTERS + "0123456789"


# Plates -----------------------------------------------------------------------------------

@given(typed)
@FEW
def test_a_plate_is_accepted_as_a_fixed_point_or_refused_on_the_plate(text: str) -> None:
    try:
        plate = check_plate(text)
    except InputError as refused:
        assert refused.field == "plate" and refused.text()
        return
    assert check_plate(plate.text) == plate  # the normalised plate re-checks to itself
    assert check_plate(plate.display).text == plate.text  # as printed, it reads back
    assert normalize_plate(plate.text) == plate.text


@given(st.sampled_from(sorted(PROVINCES)), st.sampled_from(LETTERS),
       st.text(st.sampled_from(ALNUM), min_size=5, max_size=5), st.booleans())
@FEW
def test_every_ordinary_plate_is_accepted_however_it_is_typed(
        province: str, letter: str, body: str, spaced: bool) -> None:
    text = province + letter + body
    typed_like = f" {province}{letter.lower()}·{body.lower()} " if spaced else text
    assert check_plate(typed_like).text == text


# Phones -----------------------------------------------------------------------------------

@given(typed)
@FEW
def test_a_phone_is_accepted_as_a_fixed_point_or_refused_on_the_phone(text: str) -> None:
    try:
        phone = check_phone(text)
    except InputError as refused:
        assert refused.field == "phone" and refused.text()
        return
    again = check_phone(phone.digits)
    assert (again.digits, again.kind) == (phone.digits, phone.kind)
    assert check_phone(phone.display).digits == phone.digits  # the grouped form reads back
    assert normalize_phone(phone.display) == phone.digits


@given(st.sampled_from("3456789"), st.text(st.sampled_from("0123456789"), min_size=9,
                                           max_size=9), st.sampled_from(["", "+86 ", "0086-"]))
@FEW
def test_every_mobile_is_accepted_with_or_without_country_code(
        second: str, rest: str, prefix: str) -> None:
    digits = "1" + second + rest
    assume(check_phone(digits).kind == "mobile")
    grouped = f"{prefix}{digits[:3]} {digits[3:7]} {digits[7:]}"
    assert check_phone(grouped).digits == digits


# VINs -------------------------------------------------------------------------------------

@given(typed)
@FEW
def test_a_vin_is_accepted_as_a_fixed_point_or_refused_on_the_vin(text: str) -> None:
    try:
        found = check_vin(text, TODAY)
    except InputError as refused:
        assert refused.field == "vin" and refused.text()
        return
    assert len(found.vin) == 17 and normalize_vin(found.vin) == found.vin
    assert check_vin(found.vin, TODAY) == found


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # no I, O, Q


@given(st.text(st.sampled_from(VIN_CHARS), min_size=17, max_size=17))
@FEW
def test_with_check_digit_makes_a_vin_whose_check_digit_is_right(body: str) -> None:
    vin = with_check_digit(body)
    assert vin_check_digit(vin) == vin[8]
    found = check_vin(vin.lower(), TODAY)
    assert found.vin == vin and found.check_digit_ok


# Money ------------------------------------------------------------------------------------

MAX_FEN = 10**11


@given(st.integers(-MAX_FEN, MAX_FEN))
@FEW
def test_money_round_trips_through_its_text(fen: int) -> None:
    money = Money(fen)
    assert Money.parse(str(money)) == money
    assert Money.parse(money.format_yuan()) == money


@given(typed)
@FEW
def test_an_amount_is_parsed_or_refused_on_the_amount(text: str) -> None:
    try:
        money = Money.parse(text)
    except InputError as refused:
        assert refused.field == "amount" and refused.text()
        return
    assert Money.parse(str(money)) == money


@given(st.integers(0, MAX_FEN), st.lists(st.integers(1, 1000), min_size=1, max_size=8))
@FEW
def test_allocate_shares_out_every_fen(total: int, weights: list[int]) -> None:
    shares = allocate(Money(total), weights)
    assert len(shares) == len(weights) and sum(s.fen for s in shares) == total


@given(st.integers(0, MAX_FEN), st.sampled_from([0, 600, 900, 1300]), st.booleans())
@FEW
def test_vat_split_adds_up(fen: int, rate_bp: int, inclusive: bool) -> None:
    net, vat = vat_split(Money(fen), rate_bp, inclusive=inclusive)
    if inclusive:
        assert net.fen + vat.fen == fen
    else:
        assert net.fen == fen and vat.fen >= 0


@given(st.integers(1, 999_999_999))
@FEW
def test_a_quantity_round_trips_through_its_text(milli: int) -> None:
    try:
        parsed = parse_quantity(format_quantity(milli))
    except InputError as refused:  # above the largest quantity of one line
        assert refused.field == "quantity"
        return
    assert parsed == milli


@given(typed, st.integers(0, 10**7))
@FEW
def test_a_discount_is_within_the_gross_or_refused_on_the_discount(text: str, gross: int) -> None:
    try:
        fen = parse_discount(text, gross)
    except InputError as refused:
        assert refused.field == "discount"
        return
    assert 0 <= fen <= gross


# Document numbers -------------------------------------------------------------------------

@given(st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=1, max_size=6),
       st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), min_size=1, max_size=10),
       st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(1, 99_999))
@FEW
def test_a_document_number_round_trips(prefix: str, branch: str, day: date, seq: int) -> None:
    number = format_doc_number(prefix, branch, day, seq)
    parsed = parse_doc_number(number)
    assert parsed is not None and (parsed.prefix, parsed.branch_code, parsed.day, parsed.seq) \
        == (prefix, branch, day, seq)
    assert str(parsed) == number and looks_like_doc_number(number)
    assert parse_doc_number(f" {number.lower().replace('-', '_')} ") == parsed  # as scanned


@given(typed)
@FEW
def test_a_parsed_document_number_is_its_own_text(text: str) -> None:
    parsed = parse_doc_number(text)
    if parsed is not None:
        assert parse_doc_number(str(parsed)) == parsed


# Pinyin search keys -----------------------------------------------------------------------

@given(typed)
@FEW
def test_search_keys_are_normalised_fixed_points(name: str) -> None:
    key = pinyin.normalize_key(name)
    assert pinyin.normalize_key(key) == key
    for k in pinyin.name_keys(name):
        assert pinyin.normalize_key(k) == k


# Check-in content -------------------------------------------------------------------------

contents = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | typed,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(typed, inner, max_size=4),
    max_leaves=12)


@given(st.dictionaries(typed, contents, max_size=5))
@FEW
def test_the_content_hash_is_the_hash_of_the_canonical_text(content: dict) -> None:
    import json

    text = checkin.canonical(content)
    assert checkin.canonical(json.loads(text)) == text  # canonical text is a fixed point
    assert checkin.content_hash(json.loads(text)) == checkin.content_hash(content)


@given(st.one_of(st.none(), st.integers(-20, 30)), st.one_of(st.none(), st.integers(-50, 200)))
@FEW
def test_levels_are_refused_on_their_own_field(fuel: int | None, battery: int | None) -> None:
    fields = {e.field for e in checkin.level_errors(fuel, battery)}
    assert ("fuel" in fields) == (fuel is not None and not 0 <= fuel <= 8)
    assert ("battery" in fields) == (battery is not None and not 0 <= battery <= 100)


# The customer form and the importer -------------------------------------------------------

@given(typed, typed, typed)
@FEW
def test_a_customer_form_is_a_fixed_point_or_refused_by_field(
        name: str, phone: str, note: str) -> None:
    from app.services import customers

    form = customers.CustomerForm(name, (phone,), note=note)
    try:
        clean, _ = customers.check_customer(form)
    except InputErrors as refused:
        assert refused.errors and all(e.field in {"name", "phones.0", "note"}
                                      for e in refused.errors)
        return
    assert customers.check_customer(clean)[0] == clean


names = st.one_of(typed, st.sampled_from(
    ["张三", "=cmd|'/c calc'!A1", "+1", "-", "@x", "李\x00四"]))
phones = st.one_of(typed, st.sampled_from(["13800138000", "138 0013 8001", "+86 13900139000"]))
plates = st.one_of(typed, st.sampled_from(["湘A12345", "湘a·88888", "京B", "=1+1"]))


@given(st.lists(st.tuples(names, phones, plates), min_size=1, max_size=6))
@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_the_importer_refuses_by_field_and_its_report_reads_back(
        database, tmp_path: Path, rows: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    from app.services import customers, importing
    from app.services.importing.rows import RowStatus

    source = tmp_path / "客户.csv"
    with source.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["姓名", "手机", "车牌号"], *[list(r) for r in rows]])
    with database.read() as s:
        try:
            found = importing.preview(s, source)
        except InputError as refused:  # e.g. every row empty: the file as a whole
            assert refused.field
            return
    for row in found.rows:
        if row.status == RowStatus.OK:
            assert row.customer is not None
            assert customers.check_customer(row.customer)[0] == row.customer
        if row.status == RowStatus.PROBLEM:
            assert row.reasons and all(r.field for r in row.reasons)
    report = tmp_path / "refused.csv"
    count = importing.write_report(found, report)
    if not count:
        return
    with database.read() as s:
        again = importing.preview(s, report)
    refused = found.refused_rows()
    assert [r.cells[:3] for r in again.rows] == [r.cells[:3] for r in refused]


# Settlement -------------------------------------------------------------------------------

METHODS = ["cash", "card", "wechat", "alipay", "transfer", "account", "bitcoin"]
drafts = st.lists(st.builds(PaymentDraft, st.sampled_from(METHODS),
                            st.integers(-1000, 200_000)), max_size=4)


@given(st.integers(0, 200_000), drafts)
@FEW
def test_a_payment_plan_covers_the_bill_exactly_or_is_refused_by_field(
        due: int, rows: list[PaymentDraft]) -> None:

    try:
        plan = plan_payments(due, rows)
    except InputErrors as refused:
        assert refused.errors
        for e in refused.errors:
            assert e.field == "payments" or e.field.startswith("payment_")
        return
    counted = sum(p.amount_fen for p in plan.payments)
    assert counted == due  # exactly the amount due, change aside
    assert plan.paid_fen + plan.on_account_fen == due
    assert plan.change_fen == sum(p.change_fen for p in plan.payments) >= 0
    assert all(p.change_fen == 0 for p in plan.payments if p.method != "cash")
    running = tally(due, rows)
    assert running.remaining_fen == 0 and running.change_fen == plan.change_fen


@given(st.integers(1, 100_000), st.sampled_from(METHODS), st.integers(-10, 200_000))
@FEW
def test_an_arrears_payment_never_exceeds_what_is_owed(owed: int, method: str, amount: int) -> None:

    try:
        planned = check_arrears_payment(owed, PaymentDraft(method, amount))
    except InputErrors as refused:
        assert {e.field for e in refused.errors} <= {"method", "amount"}
        return
    assert 0 < planned.amount_fen <= owed and planned.method != "account"
    assert planned.amount_fen + planned.change_fen == amount


# Shop settings checked in the domain ------------------------------------------------------

@given(st.one_of(typed, st.integers(-5, 12)))
@FEW
def test_the_follow_up_delay_is_a_fixed_point_or_refused_on_its_field(value: object) -> None:
    try:
        days = check_due_days(value)
    except InputError as refused:
        assert refused.field == "followup_days"
        return
    assert 2 <= days <= 7 and check_due_days(str(days)) == days


@given(st.sampled_from([*sorted(LEGAL_MINIMUM), "nonsense"]),
       st.integers(0, 200_000), st.integers(0, 2000))
@FEW
def test_a_warranty_promise_is_never_below_the_law(repair_type: str, km: int, days: int) -> None:
    try:
        term = check_promise(repair_type, WarrantyTerm(km, days))
    except InputError as refused:
        assert refused.field in {"repair_type", repair_type}
        return
    legal = LEGAL_MINIMUM[repair_type]
    assert term.km >= legal.km and term.days >= legal.days
    assert check_promise(repair_type, term) == term
