"""Search keys of names: the name itself, its pinyin and initials, surnames read as surnames."""

from __future__ import annotations

import pytest

from app.domain.pinyin import is_han, name_keys, normalize_key


def test_chinese_name_gives_name_pinyin_and_initials() -> None:
    assert name_keys("张三") == ["张三", "zhangsan", "zs"]


@pytest.mark.parametrize(("name", "surname_reading", "everyday"), [
    ("曾国藩", "zengguofan", "cengguofan"),
    ("单田芳", "shantianfang", "dantianfang"),
    ("解缙", "xiejin", "jiejin"),
    ("仇英", "qiuying", "chouying"),
    ("区志强", "ouzhiqiang", "quzhiqiang"),
    ("朴槿惠", "piaojinhui", "pujinhui"),
    ("卜凡", "bufan", "bofan"),
    ("薄熙", "boxi", "baoxi"),
    ("都海", "duhai", "douhai"),
    ("乜红", "niehong", "miehong"),
    ("子车明", "zijuming", "zicheming"),
    ("尉迟恭", "yuchigong", "weichigong"),
    ("万俟卨", "moqixie", "wanqixie"),
    ("乐毅", "yueyi", "leyi"),
])  # fmt: skip
def test_polyphonic_surname_gives_both_readings_surname_first(
    name: str, surname_reading: str, everyday: str
) -> None:
    keys = name_keys(name)
    assert keys[1] == surname_reading
    assert everyday in keys
    assert keys.index(surname_reading) < keys.index(everyday)
    assert len(keys) <= 5  # name, two readings, two sets of initials


def test_compound_surname_is_read_as_one() -> None:
    keys = name_keys("尉迟恭")
    assert "yuchigong" in keys and "ycg" in keys


def test_ordinary_surname_has_no_extra_reading() -> None:
    assert name_keys("王小明") == ["王小明", "wangxiaoming", "wxm"]


def test_name_with_middle_dot() -> None:
    keys = name_keys("阿依古丽·买买提")
    assert keys[:2] == ["阿依古丽买买提", "ayigulimaimaiti"]
    assert "买买提" in keys


def test_latin_name_is_lower_case_whole_and_by_word() -> None:
    assert name_keys("John Smith") == ["johnsmith", "js", "john", "smith"]
    assert name_keys("王Lily")[:2] == ["王lily", "wanglily"]


def test_fullwidth_letters_become_halfwidth() -> None:
    assert name_keys("ＡＢＣ汽修")[:2] == ["abc汽修", "abcqixiu"]


@pytest.mark.parametrize("name", ["𠮷野家", "王堃", "𠮷", "〇", "々", "🚗车行"])
def test_rare_characters_do_not_crash(name: str) -> None:
    keys = name_keys(name)
    assert keys[0] == normalize_key(name)


def test_rare_characters_without_reading_are_left_out_of_pinyin() -> None:
    assert name_keys("𠮷野家") == ["𠮷野家", "yejia", "yj"]
    assert name_keys("王堃") == ["王堃", "wangkun", "wk"]


@pytest.mark.parametrize("name", ["", "   ", "·", "--"])
def test_empty_names_have_no_keys(name: str) -> None:
    assert name_keys(name) == []


def test_long_company_name_keys_fit_the_column() -> None:
    keys = name_keys("长沙市星沙汽车服务有限公司" * 5)
    assert all(len(k) <= 100 for k in keys)
    assert keys[1].startswith("changshashixingsha")


def test_normalize_key_folds_what_people_type() -> None:
    assert normalize_key("湘a 12345") == "湘a12345"
    assert normalize_key("湘Ａ·１２３４５") == "湘a12345"
    assert normalize_key(" Zhang-San ") == "zhangsan"


def test_is_han() -> None:
    assert is_han("张") and is_han("𠮷") and is_han("堃")
    assert not is_han("a") and not is_han("1") and not is_han("·")
