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
