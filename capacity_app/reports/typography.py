"""One typographic pass per language over every text the report prints (fixed texts, questionnaire
labels, engine reasons and user text alike): the templates' ``finalize`` hook runs :func:`typeset`
on every value they print (:func:`capacity_app.reports.pdf.template_env`).

- every language: a range of numbers or quarters on one line ("90–100", "III–IV кв.", "Q3–Q4": a word joiner after its dash, but
  right to left, where bidi.py isolates the range as one run); typographic apostrophes (l’institution, don’t), the language's quotation marks
  for straight double quotes (English “…”, French « … », Spanish «…»), and U+2010 HYPHEN kept for
  the hyphens the layout inserts at line ends (the PDF maps that glyph to a soft hyphen, so
  copying and reading aloud give whole words: :mod:`.pdf`);
- French (Imprimerie nationale, as UN French documents): a no-break space before ":" and inside
  « », a narrow no-break space before ";", "?" and "!", added where missing and replacing an
  ordinary space; no line break inside inverted forms ("existe-t-elle", "peut-on");
- Spanish: « » without inner spaces.
- every language: a quotation inside a quotation in the language's second-level marks ("«…„…“»" in
  Russian, "« … “ … ” »" in French: domain.editorial.nested_quotes), a user's text quoted by a
  sentence included.

- Chinese: full-width punctuation and brackets after Chinese characters, no space after "。"
  (domain.editorial.cjk_punctuation); no line break inside a quarter, a date or a bracketed
  status word (:func:`zh_whole`).
- every language but Arabic and Chinese: a spaced dash after a code never starts a line ("CEN — Census",
  "3 – High"), in Russian after any word;
- Arabic: no line break between a figure and the word before it in a range or a year ("من 90",
  "إلى 100", "عام 2026"), nor inside a quarter ("الربع الثالث").

A space is added only after a letter, a digit, a closing quote or bracket and before a space or the
end, so times ("10:30"), web addresses ("https://…?a=1") and codes are left as they are.

These rules are the application's, never applied to the user's own text: a user text
prints as typed, alone (budget.UserText) or inside a sentence the report built around it, by a
template, a join or a list (:func:`typeset_around`: the report's user texts are held while the
sentence around them is typeset; docs/languages.md, "Editorial rules").
"""
from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable
from functools import lru_cache

from markupsafe import escape

from ..domain.editorial import cjk_punctuation, nested_quotes

NBSP = "\u00a0"        # no-break space: before ":" and inside « » (French)
NNBSP = "\u202f"       # narrow no-break space: before ; ? ! (French), thousands (Babel)
WJ = "\u2060"          # word joiner: no line break here, nothing in the text layer
LINE_END_HYPHEN = "\u2010"  # drawn only by hyphenation (hyphenate-character in report.css)

_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)|(?<=\w)'(?=\s|$|[.,;:!?)])")
_OPENING_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))'(?=\w)")
_DOUBLE = re.compile(r'"([^"\n]*)"')
_SPACE_THEN = re.compile(r"[ \t]+([:;!?»])")
_FR_MISSING = re.compile(r"(?<=[\w»)\]%])([:;!?])(?=\s|$|[»)\]])")
_FR_OPEN = re.compile(r"«[ \t\u00a0\u202f]*")
_FR_CLOSE = re.compile(r"[ \t\u00a0\u202f]*»")
_ES_OPEN = re.compile(r"«[ \t\u00a0\u202f]+")
_ES_CLOSE = re.compile(r"[ \t\u00a0\u202f]+»")
# inverted verb forms: existe-t-elle, a-t-on, peut-on, dit-il (a break after their hyphen is an error)
_FR_INVERTED = re.compile(r"(?<=\w)-(?:t-)?(?=(?:il|elle|on|ils|elles|je|tu|nous|vous)\b)", re.IGNORECASE)

_QUOTES = {"en": ("\u201c", "\u201d"), "fr": (f"«{NBSP}", f"{NBSP}»"), "es": ("«", "»"), "ru": ("«", "»"),
           "ar": ("«", "»"), "zh": ("\u201c", "\u201d")}


def _quotes_of(lang: str) -> tuple[str, str]:
    """The quotation marks of a language the table does not list: its own (languages.json, a
    catalogue's header), else English's."""
    from ..domain.languages import BY_CODE

    known = BY_CODE.get(lang)
    return known.quotes if known is not None else _QUOTES["en"]


def _fr_space(match: re.Match[str]) -> str:
    mark = match[1]
    return (NBSP if mark in ":»" else NNBSP) + mark


def _fr(text: str) -> str:
    text = _FR_OPEN.sub(f"«{NBSP}", text)
    text = _FR_CLOSE.sub(f"{NBSP}»", text)
    text = _SPACE_THEN.sub(_fr_space, text)
    text = _FR_MISSING.sub(lambda m: (NBSP if m[1] == ":" else NNBSP) + m[1], text)
    if "-" in text:
        text = _FR_INVERTED.sub(lambda m: m[0].replace("-", f"-{WJ}"), text)
    return text


def _es(text: str) -> str:
    return _ES_CLOSE.sub("»", _ES_OPEN.sub("«", text))


_PASSES: dict[str, Callable[[str], str]] = {"fr": _fr, "es": _es}
_TRIGGERS = frozenset("'\":;!?«»-\u2010\u201c")


# a range of numbers or of quarters of one year: "90–100", "III–IV кв. 2026 г.", "Q3–Q4 2026"
_NUMBER_RANGE = re.compile(r"(?:(?<=\d)|(?<=\bI)|(?<=\bII)|(?<=\bIII)|(?<=\bIV))–(?=\d|(?:I{1,3}|IV|[QT][1-4])\b)")
# what a Chinese line never breaks inside: a quarter ("2026年第三季度", "第四季度"), a date
# ("2026年6月18日", "2026年6月") and a short word in brackets, the status of a source ("（未落实）")
_ZH_WHOLE = re.compile(r"(?:\d{4}年)?第[一二三四]季度|\d{4}年\d{1,2}月(?:\d{1,2}日)?|（[\u3400-\u9fff]{1,4}）")
_ZH_TO = re.compile(r"(?<=[度日月])(?=至)")
_ZH_JOIN = re.compile(r"(?<=[^\d\u2060])(?=[^\u2060])|(?<=\d)(?=[^\d\u2060])")


def zh_whole(text: str) -> str:
    """A Chinese text with a word joiner between the characters of each quarter, date and bracketed
    status word (:data:`_ZH_WHOLE`), where a line may otherwise break between any two characters
    ("2026年第三季／度", "（未／落实）"): a range still breaks after its 至 (idempotent)."""
    text = _ZH_WHOLE.sub(lambda m: _ZH_JOIN.sub(WJ, m[0]), text)
    return _ZH_TO.sub(WJ, text) if "至" in text else text  # "…第三季度至" / "第四季度", not a lone 至


# what an Arabic line never breaks inside ("و–90 ‹break› 100"): a figure and the word of a
# range before it ("من 90", "إلى 100"), a year and "عام" ("من عام 2026"), a quarter ("الربع الثالث")
_AR_WHOLE = re.compile(r"(?:(?<=من)|(?<=إلى)|(?<=عام)) (?=[\d\u0660-\u0669])|(?:(?<=الربع)|(?<=الربعان)) (?=ال)")


# a spaced dash never starts a line after a code ("CEN — Census", "3 – High"); in Russian after any word
_CODE_DASH = re.compile(r"(?<![\w.])([A-Z0-9][A-Z0-9.]{0,3}) (?=[—–] )")
_RU_DASH = re.compile(r"(\S) (?=— )")
_QUARTER_YEAR = re.compile(r"(?<=\b[QT][1-4]) (?=\d{4}\b)")


def typeset(text: str, lang: str) -> str:
    """``text`` as the report prints it in ``lang`` (idempotent)."""
    if lang == "zh":
        text = zh_whole(cjk_punctuation(text))
    elif lang == "ar" and " " in text:
        text = _AR_WHOLE.sub(NBSP, text)
    if " 20" in text:  # a quarter is never broken from its year ("Q3 2026", "T3–T4 2026")
        text = _QUARTER_YEAR.sub(NBSP, text)
    if lang != "ar" and (" — " in text or " – " in text):  # a code keeps its dash ("CON" / "— Consular": zh item 56)
        text = (_RU_DASH if lang == "ru" else _CODE_DASH).sub(lambda m: m[1] + NBSP, text)
    if "–" in text and lang != "ar":  # a range of numbers stays on one line ("90–100", not "90–" / "100"):
        text = _NUMBER_RANGE.sub("–" + WJ, text.replace("–" + WJ, "–"))  # right to left, bidi.py isolates it whole
    if not _TRIGGERS.intersection(text):
        return text
    if LINE_END_HYPHEN in text:
        text = text.replace(LINE_END_HYPHEN, "-")
    if "'" in text:  # apostrophes and closing single quotes ’, opening ones ‘
        text = _OPENING_SINGLE.sub("\u2018", _APOSTROPHE.sub("\u2019", text))
    if '"' in text:
        opening, closing = _QUOTES.get(lang) or _quotes_of(lang)
        text = _DOUBLE.sub(lambda m: f"{opening}{m[1]}{closing}", text)
    extra = _PASSES.get(lang)
    if extra is not None:
        text = extra(text)
    return nested_quotes(text, lang)  # a quotation inside a quotation: the second level („…“ in Russian)


# a web address: from its scheme (or "www.") to its last character that is not a sentence's punctuation
_URL = re.compile(r"(?<![\w/.])(?:https?://|www\.)[^\s<>\"'()\u00a0]*[^\s<>\"'()\u00a0.,;:!?]")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")


def urls_unhyphenated(html: str) -> str:
    """A document's HTML with each web address of its text in a ``<span class="url">``, which
    report.css never hyphenates ("https://stat.veloria.example/popula‐/tion", copied
    with the hyphen): it breaks after a "/" instead. The text between tags only, never an attribute
    or a style sheet."""
    if "://" not in html and "www." not in html:
        return html
    parts = _TAG_OR_TEXT.split(html)
    for i, kind in _html_parts(parts):
        if kind == "text" and parts[i] and ("://" in parts[i] or "www." in parts[i]):
            parts[i] = _urls_in_text(parts[i])
    return "".join(parts)


def _html_parts(parts: list[str]):
    """(index, kind) of each part of HTML split by :data:`_TAG_OR_TEXT`: "tag", "raw" (the text of a
    title, style or script element: not HTML) or "text" (text between tags)."""
    raw = False
    for i, part in enumerate(parts):
        if i % 2:
            low = part[:7].lower()
            raw = low.startswith(("<title", "<style", "<script")) if not raw else not low.startswith("</")
            yield i, "tag"
        else:
            yield i, "raw" if raw else "text"


def _urls_in_text(part: str) -> str:
    """One text between tags with its web addresses in spans. The address is found in the text as
    the reader sees it (entities read), then each piece is escaped again: found in the escaped text,
    a typed 'http://x/"><img' took '&#34;&gt' into the address and left the entity's ';' behind."""
    text = html_lib.unescape(part)
    out, last = [], 0
    for m in _URL.finditer(text):
        out += [str(escape(text[last:m.start()])), f'<span class="url">{escape(m[0])}</span>']
        last = m.end()
    out.append(str(escape(text[last:])))
    return "".join(out)


_HELD_TOKEN = re.compile(r"Qzx(\d+)xzQ")
_ANCHOR = 6  # a user text is looked for where its first characters are: a dictionary, not one long pattern


class HeldTexts:
    """The user's texts of one report, found inside any text the report prints. One pattern of
    thousands of alternatives is slow (3,000 texts over 8,000 values took 23 s); so each text is
    keyed by its first :data:`_ANCHOR` characters and a value is searched only for the texts whose
    key it contains (the shorter texts, few, by one pattern)."""

    def __init__(self, texts: frozenset[str]) -> None:
        self.anchors: dict[str, list[str]] = {}
        short = []
        for text in texts:
            if len(text) >= _ANCHOR:
                self.anchors.setdefault(text[:_ANCHOR], []).append(text)
            elif text:
                short.append(text)
        self.short = _alternatives(short)

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        found = [x for i in range(len(text) - _ANCHOR + 1) for x in self.anchors.get(text[i:i + _ANCHOR], ())]
        if self.short is not None and self.short.search(text):
            found.append(self.short.pattern)
            pattern = _alternatives(found[:-1], extra=self.short.pattern)
        else:
            pattern = _alternatives(found)
        return text if pattern is None else pattern.sub(repl, text)


def _alternatives(texts: list[str], extra: str = "") -> re.Pattern[str] | None:
    kept = [re.escape(t) for t in sorted(set(texts), key=len, reverse=True)] + ([extra] if extra else [])
    return re.compile("|".join(kept)) if kept else None


@lru_cache(maxsize=4)
def held_pattern(texts: frozenset[str]) -> HeldTexts | None:
    """The user's ``texts``, for :func:`typeset_around`; None when there is none. Made once a
    report (cached by its texts)."""
    return HeldTexts(texts) if texts else None


def typeset_around(text: str, lang: str, held: HeldTexts | None) -> str:
    """:func:`typeset` of the report's own words in ``text``, the user's texts (``held``) inside it
    left as typed: each stands in as a word ("Qzx0xzQ": letters, so the spacing rules see a word)
    while the sentence is typeset, then goes back ("Autre source : Trust fund; phase 2" keeps the
    French space before its own colon and the English semicolon of the user's)."""
    if held is None:
        return typeset(text, lang)
    kept: list[str] = []

    def hold(m: re.Match[str]) -> str:
        kept.append(m[0])
        return f"Qzx{len(kept) - 1}xzQ"

    masked = held.sub(hold, text)
    if not kept:
        return typeset(text, lang)
    # a user's text quoted by the report's sentence ("see «{title}»") and quoting in its turn: the
    # inner quotation in the language's second-level marks, as an editor would set it
    return nested_quotes(_HELD_TOKEN.sub(lambda m: kept[int(m[1])], typeset(masked, lang)), lang)


# --- the user's own text, never hyphenated by the document's language ---------------------------
# A text the user typed is of a language the report does not know: English typed in a French report
# was hyphenated by the French patterns ("sta-tistics"). The templates' finalize marks each user text
# (budget.UserText, and the user's parts of a budget.Typeset sentence) with these two
# noncharacters, and the layout's HTML makes each pair a ``<span class="typed">``, which report.css
# never hyphenates but where a hyphen is typed (``hyphens: manual``); a typed text in another script
# than the document's keeps the language bidi.html_scripts_marked gives it. The HTML the tests and
# the Word copy read is without them.
TYPED_OPEN, TYPED_CLOSE = "\ufdd0", "\ufdd1"
_TYPED_OUT = str.maketrans("", "", TYPED_OPEN + TYPED_CLOSE)
_TYPED_SPAN = '<span class="typed">'


# An amount of a table's sentence (money.WholeAmounts: "295 000 марокканских дирхамов") marked the same way by the
# finalize, a ``<span class="amount">`` in the PDF's HTML: on one line, never hyphenated (report.css)
AMOUNT_OPEN, AMOUNT_CLOSE = "\ufdd2", "\ufdd3"
_MARKS = (TYPED_OPEN, TYPED_CLOSE, AMOUNT_OPEN, AMOUNT_CLOSE)


def marks_shown(text: str) -> str:
    """``text`` with the marks, were they typed (noncharacters, no font draws them), shown as the
    code points they are ("[U+FDD0]"): what is printed is what is stored, and no typed character
    opens or closes a span."""
    if not any(m in text for m in _MARKS):
        return text
    for m in _MARKS:
        text = text.replace(m, f"[U+{ord(m):04X}]")
    return text


def amounts_marked(text: str, amounts: tuple[str, ...]) -> str:
    """``text`` with each of ``amounts`` marked where it stands, the longest first (an amount not
    found, changed by the typographic pass, is left as it is)."""
    found = _alternatives([a for a in amounts if a])
    return text if found is None else found.sub(lambda m: f"{AMOUNT_OPEN}{m[0]}{AMOUNT_CLOSE}", text)


def amount_spans(html: str, spans: bool) -> str:
    """A document's HTML with its marked amounts (:func:`amounts_marked`) as ``<span class="amount">``
    (``spans``: the HTML the PDF is laid out from), or with the marks dropped (the Word copy, whose
    amounts' no-break spaces hold them, and the tests); dropped in a tag and in raw text."""
    if AMOUNT_OPEN not in html:
        return html
    out = str.maketrans("", "", AMOUNT_OPEN + AMOUNT_CLOSE)
    if not spans:
        return html.translate(out)
    parts = _TAG_OR_TEXT.split(html)
    for i, kind in _html_parts(parts):
        if kind != "text":
            parts[i] = parts[i].translate(out)
        elif AMOUNT_OPEN in parts[i]:
            parts[i] = parts[i].replace(AMOUNT_OPEN, '<span class="amount">').replace(AMOUNT_CLOSE, "</span>")
    return "".join(parts)


def typed_marked(text: str, parts: tuple[str, ...] | None = None) -> str:
    """``text`` marked as the user's: whole (``parts`` None), or each of ``parts`` (the user's texts
    inside one of the application's sentences) where it stands in it, the longest first."""
    if parts is None:
        return f"{TYPED_OPEN}{text}{TYPED_CLOSE}" if text else text
    found = _alternatives([p for p in parts if p])
    return text if found is None else found.sub(lambda m: f"{TYPED_OPEN}{m[0]}{TYPED_CLOSE}", text)


def typed_spans(html: str, spans: bool) -> str:
    """A document's HTML with the user's texts marked (:func:`typed_marked`) as ``<span
    class="typed">`` (``spans``: the HTML the PDF is laid out from), or with the marks dropped. In a
    tag (an attribute) and in the raw text of a title or a style sheet the marks are dropped. A span
    after a space starts with a zero width space: WeasyPrint 70 cuts the first word of an inline box
    that does not fit the rest of its line where a cell breaks words (Kozea/WeasyPrint#1614), and
    moves it whole with a break inside the box before it."""
    if TYPED_OPEN not in html:
        return html
    if not spans:
        return html.translate(_TYPED_OUT)
    parts = _TAG_OR_TEXT.split(html)
    for i, kind in _html_parts(parts):
        part = parts[i]
        if kind != "text":  # in a tag (an attribute) or raw text: the marks dropped
            parts[i] = part.translate(_TYPED_OUT)
        elif TYPED_OPEN in part or TYPED_CLOSE in part:
            parts[i] = _typed_in_text(part)
    return "".join(parts)


def _typed_in_text(part: str) -> str:
    """One text between tags with its marks as spans, the outermost pair only (both marks of a pair
    are in one value, so a span closes where it opens); a span left open at the text's end is closed."""
    out: list[str] = []
    depth = 0
    for piece in re.split(f"([{TYPED_OPEN}{TYPED_CLOSE}])", part):
        if piece == TYPED_OPEN:
            depth += 1
            if depth == 1:
                out.append(_TYPED_SPAN + ("\u200b" if out and out[-1].endswith(" ") else ""))
        elif piece == TYPED_CLOSE:
            if depth == 1:
                out.append("</span>")
            depth = max(0, depth - 1)
        else:
            out.append(piece)
    if depth:
        out.append("</span>")
    return "".join(out)
