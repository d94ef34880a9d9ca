"""Text as a spreadsheet cell stores it, and the limits every entry point applies (pure).

The escaping is the workbook's (``exchange/workbook/codec.py`` re-exports it); it lives here so that the
domain's limits can measure exactly what an export writes: a text is accepted only when its
escaped form fits one cell (:data:`CELL_MAX`), so anything stored can be exported without
dropping a character.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A regular expression compiled when first used, with the methods of ``re.Pattern`` the
    application calls. The window's first view imports the modules that hold some thirty of them
    and uses two: compiled at import, they took some 5 ms of each start."""

    __slots__ = ("_source", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._source[0]

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled().match(text, *bounds)

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled().fullmatch(text, *bounds)

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled().search(text, *bounds)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled().sub(repl, text, count)

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, *bounds)

    def findall(self, text: str, *bounds: int) -> list[Any]:
        return self.compiled().findall(text, *bounds)

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        return self.compiled().split(text, maxsplit)

# Excel's (and openpyxl's) limit on the characters of one cell.
CELL_MAX = 32_767
# A text answer or a comment: characters typed, and its escaped form must fit one cell.
TEXT_MAX = 20_000
# One evidence entry (document title, web address, institution, note), and entries per answer.
EVIDENCE_TEXT_MAX = 4_000
EVIDENCE_MAX = 10_000

# All the user text of one assessment (answers, comments, evidence, the action plan and its
# validation, review notes) as a workbook's XML carries it (:func:`workbook_bytes`): an import reads
# a sheet of at most 64 MB, 64 million characters in all, and checks the compression of a sheet over
# 32 MB (exchange.safety.Limits: repetitive text compresses 128 times and more), so what the
# services accept stays under them, the questionnaire's own texts and the cells' XML beside it (3.5 MB
# for a questionnaire's every row). Checked when a value is entered: whatever is
# accepted can be exported and imported again.
WORKBOOK_TEXT_MAX = 16 * 1024 * 1024

# OOXML escapes characters XML cannot carry as _xHHHH_; a literal "_xHHHH_" in user text gets its
# underscore escaped as _x005F_. Carriage returns are escaped too: XML parsers turn a raw CR into LF.
# Whitespace-only text is escaped whole: XML readers drop whitespace-only text nodes.
#
# calamine (the reader) decodes _xHHHH_ only up to U+00FF and leaves the rest as written, so the
# characters above U+00FF that XML cannot carry (U+FFFE, U+FFFF, lone surrogates) need a second,
# outer escape that the application decodes itself (:func:`read_text`): such a character becomes
# the text "_xFFFE_", and a literal "_xFFFE_" in user text becomes "_x005F_xFFFE_" (an underscore
# escape only before those few sequences). Excel shows such a character as "_xFFFE_" and writes
# it back as it shows it, so it survives an edit there too.
_SPECIAL = r"(?:FFF[EFef]|[Dd][89A-Fa-f][0-9A-Fa-f]{2})"
# An underscore is escaped before "xHHHH" and an underscore, or before "xHHHH" and a character the
# same pass escapes (its escape begins with one): escaped, "_xFFFE" + U+FFFE would read "_xFFFE_".
_PROTECT_RE = LazyPattern(r"_(?=x" + _SPECIAL + r"[_\ud800-\udfff\ufffe\uffff])|[\ud800-\udfff\ufffe\uffff]")
_READ_RE = LazyPattern(r"_x005[Ff]_(?=x" + _SPECIAL + r"_)|_x(" + _SPECIAL + r")_")
_ESCAPE_RE = LazyPattern(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f]|_(?=x[0-9A-Fa-f]{4}[_\x00-\x08\x0b\x0c\x0d\x0e-\x1f])")
_UNESCAPE_RE = LazyPattern(r"_x([0-9A-Fa-f]{4})_")


def _protect(text: str) -> str:
    return _PROTECT_RE.sub(lambda m: "_x005F_" if m.group(0) == "_" else f"_x{ord(m.group(0)):04X}_", text)


def read_text(text: str) -> str:
    """Decode the outer escape in a text cell as calamine returns it (the inverse of the
    protection :func:`escape_text` applies to U+FFFE, U+FFFF and lone surrogates)."""
    if "_x" not in text:
        return text
    return _READ_RE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else "_", text)


def escape_text(text: str) -> str:
    """User text encoded so that a workbook stores it exactly: the XML text a writer puts in the
    cell; :func:`unescape_text` (Excel, or calamine and :func:`read_text`) gives it back."""
    if _as_it_is(text):
        return text
    text = _protect(text)
    if text and not text.strip():
        return "".join(f"_x{ord(ch):04X}_" if ord(ch) <= 0xFF else ch for ch in text)
    return _ESCAPE_RE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def unescape_text(text: str) -> str:
    """The inverse of :func:`escape_text`: the OOXML decoding a reader does, then :func:`read_text`."""
    return read_text(_UNESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), text))


def cell_length(text: str) -> int:
    """The characters ``text`` takes in a workbook cell once escaped."""
    return len(text) if _as_it_is(text) else len(escape_text(text))


# what either escape pass changes: a control character but tab and line feed, U+FFFE, U+FFFF, a
# lone surrogate (and, in _as_it_is, an underscore or whitespace-only text)
_ESCAPED_CHARACTER = LazyPattern(r"[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


def _as_it_is(text: str) -> bool:
    """Whether :func:`escape_text` leaves ``text`` as it is, seen without running it (most cells:
    an export escapes every text cell)."""
    return "_" not in text and (not text or not text.isspace()) and _ESCAPED_CHARACTER.search(text) is None


def evidence_line(kind: str, text: str) -> str:
    """One evidence entry as the workbook's Evidence cell writes it: 'kind: text', backslash and
    line breaks escaped."""
    t = text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")
    return f"{kind}: {t}"


_SURROGATE = LazyPattern(r"[\ud800-\udfff]")


def _not_text(text: str, what: str) -> str | None:
    """A lone surrogate (half of a UTF-16 pair) is no character: no database or file stores it."""
    m = _SURROGATE.search(text)
    if m is None:
        return None
    return _refused("cli.cell.surrogate", what=what, code=f"U+{ord(m.group(0)):04X}", at=m.start() + 1)


_CONTROL = LazyPattern(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_code(text: str) -> str | None:
    """The first control character of ``text`` the one rule refuses, as "U+0000"; None when none
    (a tab and line breaks are text)."""
    m = _CONTROL.search(text)
    return None if m is None else f"U+{ord(m.group(0)):04X}"


def control_problem(text: str, what: str = "") -> str | None:
    """The one rule for a control character in text from outside (an ODK or Kobo export, an
    institution's reply, a progress entry): refused, a tab and line breaks being text; None when
    there is none. ``what`` names the text ("" for a cell already named by the caller)."""
    code = control_code(text)
    if code is None:
        return None
    return f"{'the ' + what + ' ' if what else ''}holds the control character {code} (refused)"


def text_problem(text: str, what: str, limit: int = TEXT_MAX) -> str | None:
    """Why ``text`` cannot be stored (too long, too long for one cell once escaped, or not text),
    or None."""
    if len(text) > limit:
        return _refused("cli.cell.longer", what=what, limit=limit, length=len(text))
    bad = _not_text(text, what)
    if bad:
        return bad
    n = cell_length(text)
    if n > CELL_MAX:
        return _refused("cli.cell.too_wide", what=what, length=n, most=CELL_MAX)
    return None


def _refused(key: str, **values: object) -> str:
    """A refusal in English from its entry (``domain/retold.py`` says it again in the user's
    language); the sentences load only when something is refused."""
    from .texts import text as en_line

    return en_line(key, "en", **values)


def evidence_problem(kind: str, text: str, count: int = 0) -> str | None:
    """Why one more evidence entry cannot be stored (``count``: the entries already there)."""
    if count >= EVIDENCE_MAX:
        return f"at most {EVIDENCE_MAX} evidence entries per item"
    if len(text) > EVIDENCE_TEXT_MAX:
        return f"an evidence entry is longer than {EVIDENCE_TEXT_MAX} characters ({len(text)})"
    bad = _not_text(text, "evidence entry")
    if bad:
        return bad
    n = cell_length(evidence_line(kind, text))
    if n > CELL_MAX:
        return (f"the evidence entry takes {n} characters once written to a workbook cell, more "
                f"than a cell holds ({CELL_MAX}): shorten it")
    return None


# --- what a person cannot see -------------------------------------------------------------
#
# Direction controls reorder the text after them when it is shown: "USD 50,000" stored after an
# RIGHT-TO-LEFT OVERRIDE prints as "000,05 DSU"; zero-width characters and direction marks make two
# different texts look the same. Shown as visible marks wherever a person compares or reads what a
# file brought (the import preview, the report), they are stored as typed.
DIRECTION_CONTROLS = {"\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
                      "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI"}
INVISIBLE = {**DIRECTION_CONTROLS, "\u200e": "LRM", "\u200f": "RLM", "\u061c": "ALM", "\u200b": "ZWSP",
             "\u200c": "ZWNJ", "\u200d": "ZWJ", "\u2060": "WJ", "\ufeff": "ZWNBSP"}
_INVISIBLE_RE = LazyPattern("[" + "".join(INVISIBLE) + "]")
# in a printed document: embeddings and overrides, which reorder what follows them, and the byte
# order mark. The isolates LRI, RLI, FSI, PDI are the report's own tool for numbers in a right-to-left
# line (reports/bidi.py), the zero-width space its break opportunity in a long word (reports/budget.py):
# neither can make a printed text read other than it is stored.
_PRINTED_RE = LazyPattern("[\u202a-\u202e\ufeff]")


def _isolated(text: str) -> str:
    """``text`` in a FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: laid out in its own direction
    whatever the line or window around it (in a right-to-left window "[RLO]USD 50,000[PDF]" was
    shown "USD 50,000[PDF][RLO]" without it)."""
    return f"\u2068{text}\u2069"


def shown_invisible(text: str) -> str:
    """``text`` with every direction control, direction mark and zero-width character shown as a
    mark naming it ("[RLO]"), the whole isolated when it holds one: what the import preview shows,
    so that two texts that look alike but differ are seen to differ."""
    if not _INVISIBLE_RE.search(text):
        return text
    return _isolated(_INVISIBLE_RE.sub(lambda m: f"[{INVISIBLE[m.group(0)]}]", text))


def neutral_direction(text: str) -> str:
    """``text`` with its direction embeddings and overrides (LRE, RLE, LRO, RLO, PDF) and byte order
    marks shown as marks ("[RLO]"), the whole isolated when it holds one, for a printed document or
    a line of the window: what is shown is what is stored, in the order it is stored. The isolates (which the report itself puts around
    numbers in a right-to-left line), the direction marks and joiners that Arabic and Persian text
    needs (LRM, RLM, ALM, ZWJ, ZWNJ), the zero-width space and the word joiner are kept."""
    if not _PRINTED_RE.search(text):
        return text
    return _isolated(_PRINTED_RE.sub(lambda m: f"[{INVISIBLE[m.group(0)]}]", text))


def workbook_bytes(text: str) -> int:
    """The bytes ``text`` takes in a workbook's XML: escaped for a cell (:func:`escape_text`),
    then as the writer writes it: ``&``, ``<`` and ``>`` escaped, every character beyond ASCII a
    character reference ("é" is "&#233;", "内" is "&#20869;": 6 and 8 bytes)."""
    t = text if _as_it_is(text) else escape_text(text)
    n = len(t) + 4 * t.count("&") + 3 * (t.count("<") + t.count(">"))
    if not t.isascii():
        n += len(t.encode("ascii", "xmlcharrefreplace")) - len(t)
    return n


def workbook_text_problem(total: int) -> str | None:
    """Why an assessment whose user text takes ``total`` bytes in a workbook (the sum of
    :func:`workbook_bytes`) cannot take it, or None."""
    if total <= WORKBOOK_TEXT_MAX:
        return None
    mb = 1024 * 1024
    return (f"the assessment would hold {total / mb:.1f} MB of text (answers, comments, evidence, the action "
            f"plan, review notes), more than a workbook carries ({WORKBOOK_TEXT_MAX // mb} MB): shorten the "
            "longest texts or move long documents to attachments")
