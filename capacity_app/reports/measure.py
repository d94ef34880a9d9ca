"""How wide a line of the report's own fonts is, read from the bundled font files (fontTools, which
WeasyPrint itself depends on), so that a column of amounts is as wide as its widest amount.

Amounts never break inside their digits (issue 46): the cost columns are sized from their content
before layout, since the report's tables use ``table-layout: fixed`` (report.css) and a fixed
column cannot grow. Each character is measured in the Latin face and in the Arabic one and the
wider counts (an Arabic report draws its digits from the Arabic face first); anything neither
face holds counts as an em."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

PT_PER_MM = 72 / 25.4
FACES = ("DejaVuSans{bold}.ttf", "NotoSansArabic{weight}.ttf")


@lru_cache(maxsize=4)
def _advances(bold: bool) -> tuple[dict[int, float], ...]:
    """Per face: code point -> advance in ems."""
    from fontTools.ttLib import TTFont

    from ..paths import resources_dir

    out = []
    for pattern in FACES:
        name = pattern.format(bold="-Bold" if bold else "", weight="-Bold" if bold else "-Regular")
        with TTFont(resources_dir() / "report" / "fonts" / name, lazy=True) as font:
            units = font["head"].unitsPerEm
            metrics = font["hmtx"].metrics
            out.append({cp: metrics[glyph][0] / units for cp, glyph in font.getBestCmap().items()})
    return tuple(out)


def text_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The width of ``text`` on one line at ``size_pt``, in millimetres (the wider face's advance
    for each character)."""
    faces = _advances(bold)
    ems = sum(max((f.get(ord(c), 0.0) for f in faces), default=0.0) or (0.0 if c == "\u2060" else 1.0) for c in text)
    return ems * size_pt / PT_PER_MM


# a line may break at a space and between two Chinese characters (or after Chinese punctuation),
# never where a word joiner (U+2060) or a no-break space joins them (reports/typography.py)
_BREAK = re.compile(r"[ \u200b]+|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])(?=[^\u2060])"
                    r"|(?<=[^\u2060])(?=[\u3400-\u9fff])")


def widest_unbroken_mm(texts: Iterable[str], size_pt: float, *, bold: bool = False) -> float:
    """The width of the widest piece of ``texts`` (as typeset) that no line break may split: a
    quarter ("III–IV\u00a0кв.\u00a02026\u00a0г."), an amount with its currency code, a word."""
    return max((text_mm(p, size_pt, bold=bold) for t in texts for p in _BREAK.split(t) if p), default=0.0)


__all__ = ["text_mm", "widest_unbroken_mm"]
