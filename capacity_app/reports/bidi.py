"""Every script in every PDF, and right to left as a layout direction: the document's font stack
and direction (``<html lang dir>``), its running heads mirrored for Arabic, and text whose
direction differs from the document's isolated so the Unicode bidi algorithm cannot reorder it.

Measured on WeasyPrint 70 (docs/languages.md): Unicode isolates (LRI…PDI, FSI…PDI) are honoured on one
line but lost where a line breaks, so a value that may wrap (user text, a label) is isolated with
markup, ``<span dir="ltr">``; a number, date or code inside a sentence (never wrapped: Babel
writes it with no-break spaces) with LRI…PDI, which survives str.format and any template."""
from __future__ import annotations

import re
import unicodedata
from html import unescape

from markupsafe import Markup, escape

from ..domain.languages import BY_CODE, is_rtl, language
from ..domain.placeholders import parts

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"

# The running heads and feet of report.css, mirrored for a right-to-left document: the country
# (left in English) goes to the right, the page number to the right foot, the date to the left.
# (box, content, width, text-align); widths as report.css gives them to the opposite box.
_FOOTER = 'string(pagelabel) counter({}) string(pageof) counter({}) string(pageend) string(version)'
_MIRRORED_BOXES = (
    ("top-left", "string(title)", "104mm", "left"),
    ("top-right", "string(country)", "70mm", "right"),
    ("bottom-left", "string(gendate)", "60mm", "left"),
    ("bottom-right", _FOOTER.format("page", "pages"), "116mm", "right"),
)
_COUNTERS = ("page", "pages")
_BOXES = ("top-left", "top-center", "top-right", "bottom-left", "bottom-center", "bottom-right")


def direction(lang: str) -> str:
    return language(lang).direction


def font_stack(lang: str) -> str:
    """The CSS font-family list of ``lang``: the bundled faces, its own script's first, then the
    others (so text in any script finds its glyphs), then the system's."""
    return ", ".join(f'"{f}"' for f in language(lang).fonts) + ", sans-serif"


def font_style(lang: str) -> Markup:
    """The CSS of a document's fonts in ``lang``, after its stylesheet: the language's font stack on
    the page and in every running head and foot (the report's and the cross-country summary's)."""
    stack = font_stack(lang)
    boxes = " ".join(f"@{box} {{ font-family: {stack}; }}" for box in _BOXES)
    return Markup(f"html {{ font-family: {stack}; }}\n@page {{ {boxes} }}")


def page_footer(template: str) -> tuple[str, str, str, tuple[str, str]]:
    """The report's footer (``page_footer``: "Page {page} of {pages}", "第{page}页，共{pages}页",
    "{pages}: стр. {page}") as its words before, between and after the two page counters, and the
    counters in the language's order. A footer without its two counters once each (never shipped:
    tests/catalog/test_shipped_placeholders.py) gives "3 / 41"."""
    cut = parts(template)
    counters = tuple(p[0] for p in cut if isinstance(p, tuple))
    if sorted(counters) != sorted(_COUNTERS) or any(isinstance(p, tuple) and p[0] not in _COUNTERS for p in cut):
        return "", " / ", "", _COUNTERS
    words: list[str] = [""]
    for p in cut:
        if isinstance(p, tuple):
            words.append("")
        else:
            words[-1] += p
    return words[0], words[1], words[2], (counters[0], counters[1])


def _hyphenated(lang: str) -> bool:
    """Whether WeasyPrint hyphenates ``lang``'s words (Pyphen has its patterns), or its script
    breaks lines without (Arabic between words, Chinese between characters)."""
    known = BY_CODE.get(lang)
    if known is None or known.builtin or known.script in ("Arab", "Hans", "Hant", "Jpan", "Kore"):
        return True
    import pyphen  # type: ignore[import-untyped]

    return bool(pyphen.language_fallback(known.babel) or pyphen.language_fallback(lang))


def lang_style(lang: str, counters: tuple[str, str] = _COUNTERS) -> Markup:
    """The CSS of a report in ``lang``, after the stylesheet: :func:`font_style`, for a
    right-to-left language the report's running heads mirrored, and the page counters of its
    footer in the order its ``page_footer`` gives (:func:`page_footer`)."""
    rules = [str(font_style(lang))]
    if not _hyphenated(lang):  # no patterns to break its long words: a word wider than its cell breaks anywhere
        rules.append("th, td { overflow-wrap: anywhere; }")
    if is_rtl(lang):
        mirrored = " ".join(f"@{box} {{ content: {content}; width: {width}; text-align: {align}; }}"
                            for box, content, width, align in _MIRRORED_BOXES)
        rules.append(f"@page {{ {mirrored} }}")
    if tuple(counters) != _COUNTERS and sorted(counters) == sorted(_COUNTERS):
        box = "bottom-right" if is_rtl(lang) else "bottom-left"
        rules.append(f"@page {{ @{box} {{ content: {_FOOTER.format(*counters)}; }} }}")
    return Markup("\n".join(rules))


def text_direction(text: str) -> str:
    """"rtl", "ltr" or "" (no strong character): the direction of the first strong character,
    as ``dir="auto"`` decides (which WeasyPrint does not implement). A text with no letter but a
    digit (a number, a date, a code like "9.c.1") reads left to right."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr" if any(ch.isdigit() for ch in text) else ""


def isolate(value: object, lang: str) -> Markup:
    """``value`` escaped, in a ``<span dir>`` when its direction is not the document's (an
    English institution name or a number in an Arabic report, an Arabic answer in a French one),
    so it keeps its own order on every line it takes. A text whose runs are isolated already
    (:func:`isolate_foreign`: "A؛ B", two English names in an Arabic list) is left in the document's
    direction, its runs in theirs."""
    text = "" if value is None else str(value)
    inner = text
    if text[:1] == FSI and _isolate_end(text, 0) == len(text):  # one isolate: its span is this one
        inner = text[1:-1] if text.endswith(PDI) else text[1:]
    elif FSI in text and is_rtl(lang):
        return escape(text)
    own = text_direction(inner)
    if own and own != direction(lang):
        return Markup(f'<span dir="{own}">{escape(inner)}</span>')
    return escape(text)


# The letters of the scripts whose words are hyphenated (ISO 15924, as domain/languages.py names
# them); Arabic and Chinese are never hyphenated, a line breaks between their words or characters.
_LETTERS = {"Latn": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
            "Cyrl": "\u0400-\u052f"}
_SCRIPT_LETTER = {script: re.compile(f"[{L}]") for script, L in _LETTERS.items()}
_HYPHENATED = {script: re.compile(f"[{L}]{{5}}") for script, L in _LETTERS.items()}  # a word to break


def _latin(code: str) -> bool:
    lang = BY_CODE.get(code)
    return lang is not None and lang.script == "Latn"


def foreign_language(text: str, lang: str, latin: str = "en") -> str:
    """The language a text of a ``lang`` document is hyphenated in when every letter of it is of
    one hyphenated script other than the document's (Latin: ``latin``, the language of the user's
    text when the assessment says it, else English; Cyrillic: Russian) and it has a word of five
    letters or more (a shorter one is never hyphenated); "" for a text the document's own
    patterns hyphenate, or that has letters of two scripts."""
    own = language(lang).script
    for script, word in _HYPHENATED.items():
        if script != own and word.search(text):
            rest = _SCRIPT_LETTER[script].sub("", text)
            if any(ch.isalpha() for ch in rest):
                return ""
            return (latin if _latin(latin) else "en") if script == "Latn" else "ru"
    return ""


def scripts_marked(text: str, lang: str, latin: str = "en") -> str:
    """``text`` (plain text: one text of the document, between two tags) in a ``<span lang>`` of
    its language when it is in another hyphenated script than the document's
    (:func:`foreign_language`), so that the layout hyphenates it with that language's patterns: an
    English institution name in a narrow column of a Russian, Arabic or Chinese report breaks
    "Depart-ment", not "Departme|nt" where the document's patterns know no Latin word.
    Markup (escaped) when marked, else ``text`` as it came; the words are never changed.

    The whole text or nothing: a span starting inside a line of text is a place where WeasyPrint
    (70) cuts the span's first word where it does not fit instead of moving it to the next line
    (overflow-wrap across inline boxes, Kozea/WeasyPrint#1614 and #2102: "objective 1.3: sk|illed"),
    so an English name inside a Russian sentence is left to move to the next line whole."""
    tag = foreign_language(text, lang, latin)
    return Markup(f'<span lang="{tag}">{escape(text)}</span>') if tag else text


_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_OPENING = re.compile(r"<(?!(?:br|img|col|hr|wbr|meta|link|input)\b)[a-z][a-z0-9]*\b[^>]*(?<!/)>$")
_RAW_TEXT = ("<title", "<style", "<script")


def html_scripts_marked(html: str, lang: str, latin: str = "en") -> str:
    """A document's HTML (the templates' output, every text escaped) with each text between its
    tags in another script than the document's marked with its language (:func:`scripts_marked`):
    the element's ``lang`` when the text is all the element holds (``<td lang="en">``: no box more
    to lay out), else a ``<span lang>`` around the text. The body's text only, never an attribute,
    the title or a style sheet: one pass over the document rather than in the templates' finalize,
    which also fills attributes (a class, an ``alt``, a ``<meta content>``) where markup cannot go."""
    own = language(lang).script
    if not any(script != own and pattern.search(html) for script, pattern in _HYPHENATED.items()):
        return html
    parts = _TAG_OR_TEXT.split(html)
    raw = False  # inside a title or style element: its text is not HTML
    for i, part in enumerate(parts):
        if i % 2:
            low = part[:7].lower()
            raw = low.startswith(_RAW_TEXT) if not raw else not low.startswith("</")
        elif part and not raw and "<" not in part:
            tag = foreign_language(unescape(part), lang, latin)
            if not tag:
                continue
            opening = parts[i - 1] if i else ""
            if (i + 1 < len(parts) and parts[i + 1].startswith("</") and _OPENING.match(opening)
                    and " lang=" not in opening):   # the element's whole text: its own language
                parts[i - 1] = f'{opening[:-1]} lang="{tag}">'
            else:
                parts[i] = f'<span lang="{tag}">{part}</span>'
    return "".join(parts)


# digits joined by punctuation ("11–15", "2026-05-15", "1.0.0") and the SDG codes with a letter
# ("9.c.1", "10.c.1"): in a right-to-left line the bidi algorithm reads the joiner as right-to-left
# and shows "15–11" or "c.1.10" unless the run is isolated
_NUMERIC_RUN = re.compile(r"[-+−]?\d+(?:\.[a-z](?=\.\d))?(?:[–\-/.:,\u00a0\u202f]\d+)+%?")
_ISOLATED = re.compile(f"({LRI}[^{PDI}]*{PDI})")
_ANY_ISOLATED = re.compile(f"([{LRI}{FSI}][^{PDI}]*{PDI})")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def isolate_runs(text: str, lang: str) -> str:
    """A right-to-left text of a ``lang`` document (a translated sentence, a questionnaire label)
    with each run of digits joined by punctuation isolated (LRI…PDI), those already isolated left
    as they are: "0–39.9" and "10.c.1" keep their order beside Arabic words. A text without a
    right-to-left letter is returned as it is (what reads left to right is isolated by markup)."""
    return digit_runs_isolated(text) if is_rtl(lang) else text


def digit_runs_isolated(text: str) -> str:
    """:func:`isolate_runs` for a right-to-left line whatever its language (the window's)."""
    if not (_RTL_LETTER.search(text) and any(ch.isdigit() for ch in text)):
        return text
    parts = _ANY_ISOLATED.split(text)  # a number or a formula (isolate_formula) isolated already: as it is
    return "".join(part if i % 2 and (part[0] == LRI or _ARITHMETIC.fullmatch(part[1:-1]))
                   else _NUMERIC_RUN.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", part)
                   for i, part in enumerate(parts))


def isolate_inline(text: str, lang: str) -> str:
    """A number, date or code for a sentence of an ``lang`` text (plain text, str.format): in a
    right-to-left language wrapped in LRI…PDI when it reads left to right ("-12.5%", "2026-05-15"),
    and inside a right-to-left text each run of digits joined by punctuation ("11–15 مايو 2026")."""
    if not (is_rtl(lang) and text):
        return text
    if text_direction(text) == "ltr":
        return f"{LRI}{text}{PDI}"
    return _NUMERIC_RUN.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text)


def isolate_formula(text: str, lang: str) -> str:
    """An arithmetic expression the report writes ("(12 × 91.7 + 85 × 100) ÷ 104", "3 − 2 = 1")
    for a sentence of a ``lang`` text: in a right-to-left language isolated whole (FSI…PDI, a
    ``<span dir="ltr">`` once rendered) so that it reads left to right, its subtraction and its
    brackets not reversed; a long one takes a line of its own (:func:`_spans`)."""
    return f"{FSI}{text}{PDI}" if text and is_rtl(lang) else text


# --- text that is not in the report's direction, inside the report's sentences ---------
# An Arabic sentence of the report quotes the user's English (a comment, an institution, an event),
# a formula or a code: unisolated, the bidi algorithm reorders its parts ("rule is not met-12.",
# "(payments, BPM6", "c.1.9"). Each such run is isolated (FSI…PDI) where the text is made; the
# report's HTML then gives every isolate of its body a ``<span dir>`` (:func:`isolates_as_spans`),
# which WeasyPrint keeps on every line a run wraps onto (it loses a bare isolate at a line break).
_OPENERS = (LRI, RLI, FSI)
# RLM and ALM (strong right to left: Babel's currency pattern in Arabic), and the Arabic comma,
# semicolon and question mark, which end a left-to-right run ("Ms H. Tavares، Director-General")
_RTL_MARKS = "\u200f\u061c\u060c\u061b\u061f"
_ATTACHED_BEFORE = "-–/.,"      # "12-month": a number joined to the word it starts
_JOINERS = "-–/.,:"               # inside a number after a word: "4.1-4.9", "2025-2029"
_OPEN, _CLOSE = "([{“«", ")]}”»"
_SENTENCE_END = ".!?…"
_OUTSIDE = " \u00a0\u202f\t\n"  # the spaces around a left-to-right text: outside its isolate


def _isolate_end(text: str, i: int) -> int:
    """The index after the PDI closing the isolate that opens at ``i`` (the text's end if none)."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] in _OPENERS:
            depth += 1
        elif text[j] == PDI:
            depth -= 1
            if depth == 0:
                return j + 1
    return len(text)


def _atoms(text: str) -> list[tuple[int, int, str]]:
    """``text`` as (start, end, kind): an isolate is one atom, any other character one. Kind: "R"
    (a right-to-left letter or mark, a right-to-left isolate), "L" (a left-to-right letter or
    isolate), "D" (a digit, an isolated number), " " (a space) or "N" (other neutrals)."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _OPENERS:
            end = _isolate_end(text, i)
            inner = text[i + 1:end - 1] if text[end - 1:end] == PDI else text[i + 1:end]
            own = "rtl" if ch == RLI else text_direction(inner)
            has_letter = any(unicodedata.bidirectional(c) == "L" for c in inner)
            out.append((i, end, "R" if own == "rtl" else "L" if has_letter else "D" if own else "N"))
            i = end
            continue
        kind = unicodedata.bidirectional(ch)
        out.append((i, i + 1, "R" if kind in ("R", "AL") or ch in _RTL_MARKS else "L" if kind == "L"
                    else "D" if kind in ("EN", "AN") else " " if ch.isspace() else "N"))
        i += 1
    return out


def _closing(text: str, seg: list[tuple[int, int, str]], k: int) -> int | None:
    """The index after the bracket closing the one that opens at atom ``k``, None if the stretch
    does not close it."""
    depth = 0
    for j in range(k, len(seg)):
        ch = text[seg[j][0]] if seg[j][1] - seg[j][0] == 1 else ""
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth == 0:
            return j + 1
    return None


def _ltr_run(text: str, seg: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The left-to-right run of one stretch of atoms without a right-to-left one: from its first
    letter (with a number joined to it: "12-month") to its last, with what follows it that belongs
    to it: a number joined or after one space ("BPM6", "tables 4.1-4.9"), a bracket opened at the
    word ("max(0, 3 − 1)") and the brackets it opened ("(NSOV, 2023"); None without a letter."""
    def char(k: int) -> str:
        return text[seg[k][0]] if seg[k][1] - seg[k][0] == 1 else ""

    letters = [k for k, a in enumerate(seg) if a[2] == "L"]
    if not letters:
        return None
    first = letters[0]
    while first > 0 and (seg[first - 1][2] == "D" or char(first - 1) in _ATTACHED_BEFORE):
        first -= 1
    while first < letters[0] and seg[first][2] != "D":  # a joiner with no number before it stays out
        first += 1
    k = letters[-1] + 1
    while True:
        if k < len(seg) and char(k) in _OPEN and char(k) and (close := _closing(text, seg, k)):
            k = close  # "max(…)": a bracket opened at the word, to its closing one
        elif k + 1 < len(seg) and seg[k][2] == " " and seg[k + 1][2] == "D" and seg[k - 1][2] != "D":
            k += 1     # "tables 4.1-4.9": a number after the last word
        elif k < len(seg) and (seg[k][2] == "D" or (char(k) in _JOINERS and char(k) and k + 1 < len(seg)
                                                      and seg[k + 1][2] == "D")):
            k += 1
        else:
            break
    opened = [j for j in range(first, k) if char(j) in _OPEN and char(j)]
    for j in opened:  # "(NSOV, 2023": the brackets it opened, closed
        close = _closing(text, seg, j)
        if close is not None and close > k:
            k = close
    if first > 0 and char(first - 1) in _OPEN and char(first - 1):
        close = _closing(text, seg, first - 1)
        if close is not None and close >= k:  # "(Employment and Unemployment Survey)": with its brackets
            first, k = first - 1, close
    return seg[first][0], seg[k - 1][1]


def _isolated_ltr_runs(text: str) -> str:
    """Each left-to-right run of a right-to-left text in FSI…PDI, those already isolated as they are."""
    atoms = _atoms(text)
    runs: list[tuple[int, int]] = []
    seg: list[tuple[int, int, str]] = []
    for atom in [*atoms, (len(text), len(text), "R")]:
        if atom[2] != "R":
            seg.append(atom)
            continue
        run = _ltr_run(text, seg) if seg else None
        if run is not None and not (run[1] - run[0] > 1 and text[run[0]] in _OPENERS
                                    and _isolate_end(text, run[0]) == run[1]):
            runs.append(run)
        seg = []
    for start, end in reversed(runs):
        text = f"{text[:start]}{FSI}{text[start:end]}{PDI}{text[end:]}"
    return text


def isolate_foreign(text: str, lang: str, held=None) -> str:
    """``text`` as a right-to-left document (``lang``) prints it: each run that reads left to right
    isolated (FSI…PDI) so that it keeps its own order: the user's texts quoted in the sentence
    whole, their own final full stop included (``held``: typography.HeldTexts of the report's user
    texts), other runs of Latin, Cyrillic or Chinese from their first letter to their last with the
    numbers and brackets that belong to them ("max(0, 3 − 1)", "NSDS 2025-2029, objective 4.1:
    user-oriented dissemination"); and the figures between right-to-left words (:func:`isolate_runs`).
    A text with no right-to-left letter that reads left to right ("9.c.1", an English comment) is
    isolated whole. Left-to-right documents: unchanged."""
    if not (text and is_rtl(lang)):
        return text
    if not _RTL_LETTER.search(text):
        core = text.strip(_OUTSIDE)
        if core and text_direction(core) == "ltr" and not core.isdigit() \
                and not (core[0] in _OPENERS and _isolate_end(core, 0) == len(core)):  # isolated already
            start = text.index(core)  # " (XOF)": its spaces outside the isolate, the sentence's
            return f"{text[:start]}{FSI}{core}{PDI}{text[start + len(core):]}"
        return text
    letters = _LTR_LETTER.search(text) is not None  # most Arabic texts have none: nothing to look for
    parts = _ANY_ISOLATED.split(text)  # outside the figures isolated already:
    for i in range(0, len(parts), 2):  # a user text with letters, a sum in brackets
        part = held.sub(_held_isolated, parts[i]) if held is not None and letters else parts[i]
        parts[i] = _FORMULA.sub(lambda m: f"{FSI}{m[0]}{PDI}", part) if "(" in part else part
    text = "".join(parts)
    if _CHAIN.search(text):  # "3 − 2 = 1" (Annex B's gap): one run, its subtraction not reversed
        parts = _ANY_ISOLATED.split(text)
        text = "".join(part if i % 2 else _CHAIN.sub(lambda m: f"{FSI}{m[0]}{PDI}", part)
                       for i, part in enumerate(parts))
    text = digit_runs_isolated(text)
    return _isolated_ltr_runs(text) if letters else text


# a letter of a left-to-right script (Latin, Greek, Cyrillic, CJK, Hangul): a run to look for
_LTR_LETTER = re.compile("[A-Za-z\u00c0-\u02af\u0370-\u052f\u1e00-\u1fff\u3040-\u9fff\uac00-\ud7af]")


# an arithmetic expression, brackets and figures only ("(12 × 91.7 + 85 × 100) ÷ 104"), and the
# length above which its isolate is a block of its own in a right-to-left report
_ARITHMETIC = re.compile(r"[\d\s.,×+−÷=*…()（）\u00a0\u202f\u2066\u2069]*[×+−÷][\d\s.,×+−÷=*…()（）\u00a0\u202f\u2066\u2069]*")
_FORMULA_INLINE = 24
# figures joined by arithmetic operators, outside brackets: "3 − 2 = 1", "3 × 1 = 3"
_CHAIN = re.compile(r"\d+(?:[.,]\d+)?(?:[ \u00a0]?[−×+÷=][ \u00a0]?\d+(?:[.,]\d+)?)+")
# a sum of products in brackets, "(3×2 + 2×2 + … + 2×1)" (Annex A): left to right on every line
_FORMULA = re.compile(r"(?<!\w)\((?=[^()]*[×+−*])[\d\s.,×+−*…\u00a0\u202f]*\d[\d\s.,×+−*…\u00a0\u202f]*\)")


def _held_isolated(m: re.Match[str]) -> str:
    text = m[0]
    if len(text) > 2 and text_direction(text) == "ltr" and not _RTL_LETTER.search(text) \
            and any(ch.isalpha() for ch in text):  # a text in Arabic and English: by its runs
        return f"{FSI}{text}{PDI}"
    return text


def isolates_as_spans(html: str) -> str:
    """The report's HTML with every FSI…PDI of its text a ``<span dir>`` of its direction (what
    WeasyPrint keeps across a line break; the Word report reads the span back as an isolate). In a
    tag (an attribute: a class, an ``alt``, a ``<meta content>``) and in the raw text of a title or a
    style sheet, where markup cannot go, the FSI…PDI pairs are dropped. Numbers isolated with
    LRI…PDI (never wrapped: their spaces are no-break) are left as they are."""
    if FSI not in html:
        return html
    parts = _TAG_OR_TEXT.split(html)
    raw = False  # inside a title or a style element: its text is not HTML
    for i, part in enumerate(parts):
        if i % 2:
            low = part[:7].lower()
            raw = low.startswith(_RAW_TEXT) if not raw else not low.startswith("</")
            parts[i] = _without_fsi(part)
        elif FSI in part:
            parts[i] = _without_fsi(part) if raw else _spans(part, bool(i and _LINE_START.match(parts[i - 1])))
    return "".join(parts)


_LINE_START = re.compile(r"<(?:td|th|li|p|div|h\d|br|caption)\b", re.IGNORECASE)
ZWSP = "\u200b"  # zero width space: a place to break a line, nothing in the PDF's text
# not a run inside a blank questionnaire's box (blank.html.j2 tick: a span whose class list holds
# "bx", white-space: nowrap, "☐ 1"), however deep and whatever other classes the box or the run
# carries: a break inside a box that must not break made WeasyPrint 70 lay a cell's boxes over one
# another (the Arabic blank's source matrix, "☐ 5" over "☐ 1"); its boxes break at the spaces
# between them
_SPAN_TAG = re.compile(r"<(/?)span\b([^>]*)>", re.IGNORECASE)
_CLASS_ATTR = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_DIR_LTR = re.compile(r"""\bdir\s*=\s*["']?ltr\b""", re.IGNORECASE)


# a run tied to what precedes it by a no-break space (an amount's currency code after its figure,
# "260,931 USD"): no break before it either; the zero width space split "260,931" | "USD" over two
# lines of an Arabic cover
_TIED = frozenset({"\u00a0", "\u202f", "\u2060"})


def _classes(attributes: str) -> frozenset[str]:
    m = _CLASS_ATTR.search(attributes)
    return frozenset("".join(g or "" for g in m.groups()).split()) if m else frozenset()


def inline_runs_breakable(html: str) -> str:
    """A document's HTML as WeasyPrint lays it out (pdf._lay_out) with a zero width space at the start of each left-to-right run
    isolated inside a right-to-left line (``span.inl``: :func:`_spans`), so that its first word that
    does not fit the rest of the line moves to the next one whole. WeasyPrint 70 lays an
    inline box out in the room left on its line and, its first word not fitting there, hyphenates
    it to fill that room whatever ``hyphenate-limit-zone`` says ("العمل Min‐" / "istry" in a 27 mm
    Arabic cell where "Ministry" fits a line): with a break inside the box before the word, the word
    starts the next line, where it is hyphenated only if it does not fit a whole line. A run inside
    a box that must not break (a span of class "bx" among its classes, or the run's own "bx") is
    left as it is, and so is a run tied to the text before it by a no-break space (:data:`_TIED`). The character draws no glyph and is not in the PDF's text (pymupdf, pdftotext);
    the Word report reads the HTML without it."""
    if "inl" not in html:
        return html
    out: list[str] = []
    boxes: list[bool] = []  # for each open span: is it, or a span around it, a box
    last = 0
    for m in _SPAN_TAG.finditer(html):
        if m[1]:
            if boxes:
                boxes.pop()
            continue
        classes = _classes(m[2])
        boxed = "bx" in classes or bool(boxes and boxes[-1])
        boxes.append(boxed)
        follows = html[m.end():m.end() + 1]
        if (not boxed and "inl" in classes and _DIR_LTR.search(m[2])
                and follows and follows not in ("<", ZWSP) and html[m.start() - 1:m.start()] not in _TIED):
            out.append(html[last:m.end()])
            out.append(ZWSP)
            last = m.end()
    if not out:
        return html
    out.append(html[last:])
    return "".join(out)


def _without_fsi(text: str) -> str:
    while FSI in text:
        i = text.index(FSI)
        end = _isolate_end(text, i)
        inner = text[i + 1:end - 1] if text[end - 1:end] == PDI else text[i + 1:end]
        text = text[:i] + inner + text[end:]
    return text


def _spans(text: str, line_start: bool) -> str:
    """``text`` (between two tags) with its isolates as spans. A span that may start inside a line
    is of class "inl" (report.css: never broken inside its first word; WeasyPrint 70 cuts the first
    word of an inline box that does not fit the rest of a line, "Natio|nal", rather than moving it
    to the next line, where a cell breaks words: Kozea/WeasyPrint#1614)."""
    while FSI in text:
        i = text.index(FSI)
        end = _isolate_end(text, i)
        inner = text[i + 1:end - 1] if text[end - 1:end] == PDI else text[i + 1:end]
        own = text_direction(inner) or "ltr"
        inline = "" if line_start and not text[:i].strip() else ' class="inl"'
        if len(inner) > _FORMULA_INLINE and _ARITHMETIC.fullmatch(inner):
            # a long sum would wrap inside the right-to-left line, its start at the end of the first
            # line and its end at the start of the next: it takes a line of its own (the Arabic
            # editor's item 6)
            inline = ' style="display: block; text-align: right"'
        text = f'{text[:i]}<span dir="{own}"{inline}>{inner}</span>{text[end:]}'
    return text
