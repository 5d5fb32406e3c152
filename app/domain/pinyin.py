"""Search keys for names: the name as typed, its pinyin and its initials.

The desk finds 张三 by "张三", "zhangsan" or "zs". Everything is folded the same way as what the
advisor types into the search box (`normalize_key`): fullwidth forms halfwidth, lower case, and
no spaces, middle dots (阿依古丽·买买提) or other punctuation.

A surname is often read differently from the same character in a word: 曾 is "ceng" in 曾经 but
"zeng" as a surname, and pypinyin, which reads by word, gets 曾国藩 wrong. Names starting with a
common polyphonic surname get the surname reading and the everyday reading as keys, since
people type either: 卜凡 is found by "bufan"/"bf" and by "bofan". The everyday reading is the
character's own first reading in pypinyin (尉迟恭: "weichigong" as well as "yuchigong"), and
the name as pypinyin reads it as a phrase is kept too. pypinyin (0.55) has no surname mode
(the JavaScript `pinyin` and `pinyin-pro` have one), so the surname readings are the table
below, from the readings the 《百家姓》 and the 现代汉语词典 give these characters as surnames.
`SURNAME_RULES_VERSION` changes whenever the table or the way keys are made changes; the
search index of names it touches is rebuilt by a data-only migration (see
`app.services.search_index.reindex_surnames`).

pypinyin is imported on first use: its dictionaries take about a quarter of a second to load,
which start-up does not pay.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_KEY_LENGTH = 100  # search_keys.key is a VARCHAR(100)
SURNAME_RULES_VERSION = 2

# Surnames whose surname reading differs from the reading pypinyin may give (toneless pinyin).
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",), "区": ("ou",),
    "朴": ("piao",), "查": ("zha",), "盖": ("ge",), "缪": ("miao",), "覃": ("qin",),
    "翟": ("zhai",), "乐": ("yue",), "尉": ("wei",), "种": ("chong",), "繁": ("po",),
    "秘": ("bi",), "召": ("shao",), "员": ("yun",), "句": ("gou",), "黑": ("he",),
    "祭": ("zhai",), "能": ("nai",), "折": ("she",), "谌": ("chen",), "宿": ("su",),
    "蕃": ("pi",), "殷": ("yin",), "车": ("che",), "隗": ("wei",), "阚": ("kan",),
    "卜": ("bu",), "薄": ("bo",), "都": ("du",), "乜": ("nie",), "郇": ("xun",),
    "炅": ("gui",), "佴": ("nai",),
    "长孙": ("zhang", "sun"), "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"), "澹台": ("tan", "tai"), "令狐": ("ling", "hu"),
    "子车": ("zi", "ju"),
}  # fmt: skip

# Code points of Han characters: the basic block, extension A, compatibility ideographs and
# the supplementary-plane extensions (𠮷 is U+20BB7). 〇 counts too: it is used in names.
_HAN_RANGES = (
    (0x3007, 0x3007),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3134F),
)
_NAME_PARTS = re.compile(r"[\s·•・‧.\-_/,，、]+")
_MAX_WORD_KEYS = 4


def is_han(char: str) -> bool:
    """Whether `char` is a Chinese character (including rare ones outside the basic block)."""
    code = ord(char)
    return any(low <= code <= high for low, high in _HAN_RANGES)


def normalize_key(text: str) -> str:
    """Fold text for search: halfwidth, lower case, letters and digits only.

    "湘a 12345" and "湘Ａ·12345" both give "湘a12345"; "John Smith" gives "johnsmith".
    """
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    folded = text.lower()
    if folded.isalnum():  # the usual case, decided in C: nothing to take out
        return folded
    return "".join(ch for ch in folded if ch.isalnum())


def name_keys(name: str) -> list[str]:
    """The search keys of a person's or company's name, best first, without duplicates.

    "张三" -> ["张三", "zhangsan", "zs"]; "曾小明" -> ["曾小明", "zengxiaoming", "zxm",
    "cengxiaoming", "cxm"]; "John Smith" -> ["johnsmith", "john", "smith", "js"].
    Characters without a known reading (rare ones such as 𠮷) are left out of the pinyin.
    """
    return list(_name_keys(name))


@lru_cache(maxsize=8192)
def _name_keys(name: str) -> tuple[str, ...]:
    whole = normalize_key(name)
    if not whole:
        return ()
    keys = [whole]
    tokens = _tokens(unicodedata.normalize("NFKC", name))
    readings = [tokens]
    surname = _surname(whole)
    if surname and all(is_han(c) for c in surname) and tokens[:len(surname)] and all(
            han for _, han in tokens[:len(surname)]):
        # The surname reading first: it is the right one; the everyday one is what some type
        # (the phrase reading of the whole name, and each surname character's own reading).
        rest = tokens[len(surname):]
        readings.insert(0, [(s, True) for s in SURNAME_READINGS[surname]] + rest)
        readings.append([(s, True) for s in _everyday(surname)] + rest)
    for reading in readings:
        keys.append("".join(t for t, _ in reading))
        if len([t for t, _ in reading if t]) > 1:
            keys.append("".join(t[0] for t, _ in reading if t))
    parts = [normalize_key(p) for p in _NAME_PARTS.split(name) if len(normalize_key(p)) > 1]
    if len(parts) > 1:
        # "阿依古丽·买买提" is also called 买买提; "John Smith" is found by "smith".
        keys += parts[:_MAX_WORD_KEYS]
    seen: set[str] = set()
    result = []
    for key in keys:
        key = key[:MAX_KEY_LENGTH]
        if key and key not in seen and (len(key) > 1 or not key.isascii()):
            seen.add(key)
            result.append(key)
    return tuple(result)


def _tokens(name: str) -> list[tuple[str, bool]]:
    """The name as (text, is_han) pieces: one per Han character, one per other word."""
    tokens: list[tuple[str, bool]] = []
    run: list[str] = []
    other: list[str] = []

    def flush_other() -> None:
        text = "".join(other)
        for word in _NAME_PARTS.split(text):
            folded = normalize_key(word)
            if folded:
                tokens.append((folded, False))
        other.clear()

    for char in name:
        if is_han(char):
            flush_other()
            run.append(char)
        else:
            if run:
                tokens.extend(_han_run("".join(run)))
                run.clear()
            other.append(char)
    flush_other()
    if run:
        tokens.extend(_han_run("".join(run)))
    return tokens


def _han_run(run: str) -> list[tuple[str, bool]]:
    """The pinyin of consecutive Han characters, read as words (phrase-aware), one per char."""
    from pypinyin import lazy_pinyin  # loads the dictionaries on first use

    # pypinyin's stub says `errors` returns str, but a list (one per char) is documented too.
    syllables = lazy_pinyin(run, errors=lambda chars: [""] * len(chars))  # type: ignore[arg-type,return-value]
    if len(syllables) != len(run):  # never seen; keep going without this run's pinyin
        return [("", True) for _ in run]
    return [(s.lower() if s.isascii() else "", True) for s in syllables]


def _everyday(surname: str) -> list[str]:
    """Each character of `surname` in its own first (most common) reading, not as a phrase."""
    from pypinyin import lazy_pinyin

    return [(lazy_pinyin(c, errors=lambda chars: [""])[0] or "").lower()  # type: ignore[arg-type,return-value]
            for c in surname]


def has_surname_reading(name: str) -> bool:
    """Whether `name` starts with a surname that has its own reading (its keys have two)."""
    return _surname(normalize_key(name)) is not None


def _surname(whole: str) -> str | None:
    if whole[:2] in SURNAME_READINGS:
        return whole[:2]
    if whole[:1] in SURNAME_READINGS and len(whole) > 1:
        return whole[:1]
    return None
