"""How wide a line of the report's own fonts is, read from the bundled font files (fontTools, which
WeasyPrint itself depends on), so that a column of amounts is as wide as its widest amount.

Amounts never break inside their digits: the cost columns are sized from their content
before layout, since the report's tables use ``table-layout: fixed`` (report.css) and a fixed
column cannot grow. Each character is measured in the Latin face and in the Arabic one and the
wider counts (an Arabic report draws its digits from the Arabic face first); anything neither
face holds counts as an em."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

PT_PER_MM = 72 / 25.4
FACES = ("DejaVuSans{bold}.ttf", "NotoSansArabic{weight}.ttf")


# The Latin face a Word document is opened with (reports/docx.py names Arial): Arial itself or its
# metric twin Liberation Sans (LibreOffice's substitute), where a system has one
WORD_LATIN = (
    "/usr/share/fonts/truetype/liberation2/LiberationSans{style}.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans{style}.ttf",
    "/usr/share/fonts/liberation-sans/LiberationSans{style}.ttf",
    "/usr/share/fonts/liberation/LiberationSans{style}.ttf",
    "C:/Windows/Fonts/arial{win}.ttf",
    "/System/Library/Fonts/Supplemental/Arial{mac}.ttf",
    "/Library/Fonts/Arial{mac}.ttf",
)


def word_faces() -> tuple[str, ...]:
    """The faces a Word report's text is measured in: the Latin face it names (:data:`WORD_LATIN`;
    where none is installed, the bundled DejaVu Sans, wider than Arial at every letter, so a column
    is never too narrow) and the Arabic face (the bundled Noto Sans Arabic, the document's ``w:cs``)."""
    from pathlib import Path

    latin = next((p for p in WORD_LATIN if Path(p.format(style="-Regular", win="", mac="")).is_file()), "")
    return (latin or FACES[0], FACES[1])


@lru_cache(maxsize=8)
def _advances(bold: bool, faces: tuple[str, ...] = FACES) -> tuple[dict[int, float], ...]:
    """Per face (a bundled font's name or a system font's path): code point -> advance in ems."""
    from fontTools.ttLib import TTFont

    from ..paths import resources_dir

    out = []
    for pattern in faces:
        name = pattern.format(bold="-Bold" if bold else "", weight="-Bold" if bold else "-Regular",
                              style="-Bold" if bold else "-Regular", win="bd" if bold else "",
                              mac=" Bold" if bold else "")
        path = resources_dir() / "report" / "fonts" / name if "/" not in name else name
        with TTFont(path, lazy=True) as font:
            units = font["head"].unitsPerEm
            metrics = font["hmtx"].metrics
            out.append({cp: metrics[glyph][0] / units for cp, glyph in font.getBestCmap().items()})
    return tuple(out)


ARABIC_JOINED = 0.9  # an Arabic word's joined letters are narrower than the face's isolated forms (shaped: 0.7-1.1)


def text_mm(text: str, size_pt: float, *, bold: bool = False, faces: tuple[str, ...] = FACES) -> float:
    """The width of ``text`` on one line at ``size_pt``, in millimetres (the wider face's advance
    for each character; an Arabic letter's isolated advance times :data:`ARABIC_JOINED`, its vowel
    marks none). ``faces``: the report's bundled ones, or :func:`word_faces`."""
    advances = _advances(bold, faces)
    ems = sum((max((f.get(ord(c), 0.0) for f in advances), default=0.0) or (0.0 if c == "\u2060" else 1.0))
              * (ARABIC_JOINED if "\u0620" <= c <= "\u064a" else 0.0 if "\u064b" <= c <= "\u065f" else 1.0)
              for c in text)
    return ems * size_pt / PT_PER_MM


# a line may break at a space and between two Chinese characters (or after Chinese punctuation),
# never where a word joiner (U+2060) or a no-break space joins them (reports/typography.py)
_BREAK = re.compile(r"[ \u200b]+|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])(?=[^\u2060])"
                    r"|(?<=[^\u2060])(?=[\u3400-\u9fff])")


def widest_unbroken_mm(texts: Iterable[str], size_pt: float, *, bold: bool = False,
                       faces: tuple[str, ...] = FACES) -> float:
    """The width of the widest piece of ``texts`` (as typeset) that no line break may split: a
    quarter ("III–IV\u00a0кв.\u00a02026\u00a0г."), an amount with its currency code, a word."""
    return max((text_mm(p, size_pt, bold=bold, faces=faces) for t in texts for p in _BREAK.split(t) if p),
               default=0.0)


_CJK = re.compile(r"[\u3400-\u9fff]")


def _least_mm(text: str, size_pt: float, bold: bool, cap: float) -> float:
    """The narrowest a column may be for ``text``: its widest unbroken piece (one of 7 letters or
    more and wider than ``cap`` hyphenated rather than widening the column more); a Chinese text
    four characters."""
    if _CJK.search(text):
        return min(text_mm(text, size_pt, bold=bold), 4 * size_pt / (72 / 25.4))
    # a word of fewer than 7 letters is never hyphenated (report.css's hyphenate-limit-chars)
    return max((text_mm(p, size_pt, bold=bold) if len(p) < 7 else min(text_mm(p, size_pt, bold=bold), cap)
                for p in _BREAK.split(text) if p), default=0.0)


def _shared(room: float, least: Sequence[float], most: Sequence[float]) -> list[float]:
    """``room`` shared out: each column at least ``least``, the rest as far as each is below ``most``."""
    extra = sum(h - lo for h, lo in zip(most, least, strict=True))
    left = room - sum(least)
    if extra <= 0:
        return [lo + left / len(least) for lo in least]
    return [lo + left * (h - lo) / extra for h, lo in zip(most, least, strict=True)]


def grid_columns(headers: Sequence[str], cells: Sequence[Sequence[str]], room: float, *, size_pt: float = 8.0,
                 padding: float = 3.0, header_cap: float = 11.0) -> list[float]:
    """Widths in mm of a table's columns (``headers``; ``cells``, one list a row) sharing ``room``
    mm: each at least its cells' widest word, then its header's (a header's word wider than
    ``header_cap`` mm is hyphenated), the rest shared as the columns' longest texts ask (a yes/no
    column stays narrow, a column of institution names takes the room, "No popu‐/lation
    reg‐/ister"); when even the cells' words do not fit, each its share of ``room``."""
    if not headers:
        return []
    cell_lo, head_lo, most = [], [], []
    for j, head in enumerate(headers):
        column = [row[j] for row in cells if j < len(row) and row[j]]
        cell_lo.append(max([_least_mm(t, size_pt, False, 40.0) for t in column], default=0.0) + padding)
        head_lo.append(max(cell_lo[-1], _least_mm(head, size_pt, True, header_cap) + padding))
        most.append(max([text_mm(head, size_pt, bold=True) / 4] + [text_mm(t, size_pt) for t in column])
                    + padding)
    if sum(cell_lo) >= room:
        widths = [x * room / sum(cell_lo) for x in cell_lo]
    elif sum(head_lo) >= room:
        widths = _shared(room, cell_lo, head_lo)
    else:
        widths = _shared(room, head_lo, [max(h, lo) for h, lo in zip(most, head_lo, strict=True)])
    return [round(w, 1) for w in widths]


def header_mm(text: str, least: float, *, lines: int = 1, size_pt: float = 8.0, padding: float = 3.0,
              one_line: float = 0.0) -> float:
    """The width in mm of a narrow column whose bold header ``text`` takes at most ``lines`` lines
    without a word broken ("编／号", "№ в / плане", "Plan / no."), on one line when that
    takes at most ``one_line`` mm ("Plan no.", "№"), never less than ``least``."""
    whole = text_mm(text, size_pt, bold=True) + padding
    if whole <= one_line:
        return round(max(least, whole), 1)
    need = max(widest_unbroken_mm([text], size_pt, bold=True),
               text_mm(text, size_pt, bold=True) * (1.0 if lines == 1 else 1.2 / lines))  # lines break at spaces
    return round(max(least, need + padding), 1)


__all__ = ["header_mm", "grid_columns", "text_mm", "widest_unbroken_mm", "word_faces"]
