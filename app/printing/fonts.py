"""The one font every printed document uses: WenQuanYi Micro Hei, registered lazily, once.

ReportLab's built-in STSong-Light is never embedded and prints blank on a PC without CJK fonts,
and Noto/Source Han cannot be embedded by ReportLab at all; WenQuanYi Micro Hei embeds and
subsets. Importing ReportLab (~190 ms) and loading the 5 MB .ttc (~100-170 ms) happen on the
first print, never at program start, so reportlab is only imported inside the function.
"""

from __future__ import annotations

from functools import cache

from app.resources import CJK_FONT, resource_path

FONT = "WenQuanYi"  # the registered name every style and canvas call uses


@cache
def register_fonts() -> str:
    """Register the CJK font with ReportLab (first call only) and return its name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = resource_path(*CJK_FONT)
    pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    # The face has no bold or italic: <b>/<i> in paragraph markup must still map to this
    # embedded font, never fall back to Helvetica. Headings get their weight by stroking
    # (base.BoldParagraph), which needs no second 5 MB font.
    # (0, 0) last: the reverse lookup keeps the last mapping, and plain text must read as plain.
    for bold, italic in ((1, 1), (1, 0), (0, 1), (0, 0)):
        addMapping(FONT, bold, italic, FONT)
    return FONT


# Printed where the font has no glyph (e.g. 𠮷, an extension-B character some names use):
# the geta mark 〓 is the typesetter's sign for "a character is missing here", so the paper
# shows that something is there instead of silently dropping it.
MISSING = "〓"


@cache
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def printable(text: str) -> str:
    """`text` with every character the font cannot draw replaced by MISSING."""
    covered = _covered()
    if all(ord(ch) in covered or ch in "\n\t" for ch in text):
        return text
    return "".join(ch if ord(ch) in covered or ch in "\n\t" else MISSING for ch in text)


def printable_fields(value):  # type: ignore[no-untyped-def]
    """A frozen dataclass (and the dataclasses and tuples in it) with every text printable."""
    import dataclasses

    if isinstance(value, str):
        return printable(value)
    if isinstance(value, tuple):
        return tuple(printable_fields(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: printable_fields(getattr(value, f.name))
                   for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value
