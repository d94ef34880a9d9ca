"""The Word report's direction marks (the review): the isolates the PDF holds are written as
marks (reports/docx.marked), and the order the Unicode bidirectional algorithm (UAX #9) then gives
the text on a line is the order the isolates gave it in the PDF. The order is resolved here by a
small UAX #9 (one paragraph on one line: the marks, the embeddings LRE/RLE/PDF, rules X1-X10,
W1-W7, N1-N2, I1-I2, L2 and L4 for brackets; not N0, which none of the cases needs): Word and LibreOffice lay the marks out by the same rules."""
from __future__ import annotations

import itertools
import unicodedata

import pytest

LRI, RLI, FSI, PDI, LRM, RLM = "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"
_MIRRORED = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))
_STRONG = {"L": "L", "R": "R", "AL": "R", "EN": "R", "AN": "R"}  # N1: numbers count as right to left


def _explicit(text: str, base: int) -> list[tuple[str, str, int]]:
    """X1-X9: (character, its class, its level), the embeddings' own characters removed."""
    out, stack = [], [base]
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("LRE", "RLE"):
            level = stack[-1] + 1
            stack.append(level + (level % 2 == (kind == "LRE")))  # the next even (LRE) or odd (RLE)
        elif kind == "PDF":
            stack[1:] = stack[1:-1]
        elif kind in ("LRI", "RLI", "FSI", "PDI", "LRO", "RLO"):
            raise AssertionError(f"an isolate or override left in the text: U+{ord(ch):04X}")
        elif kind != "BN":
            out.append((ch, kind, stack[-1]))
    return out


def _weak_and_neutral(kinds: list[str], sos: str, eos: str) -> list[str]:
    """W1-W7 and N1-N2 on one level run, between its start's and its end's direction."""
    t = list(kinds)
    for i, k in enumerate(t):  # W1
        if k == "NSM":
            t[i] = t[i - 1] if i else sos
    strong = sos
    for i, k in enumerate(t):  # W2, W3
        if k in ("L", "R", "AL"):
            strong = k
        elif k == "EN" and strong == "AL":
            t[i] = "AN"
    t = ["R" if k == "AL" else k for k in t]
    for i in range(1, len(t) - 1):  # W4
        if t[i] in ("ES", "CS") and t[i - 1] == t[i + 1] == "EN" or t[i] == "CS" and t[i - 1] == t[i + 1] == "AN":
            t[i] = t[i - 1]
    for i, k in enumerate(t):  # W5
        if k == "ET":
            j = i
            while j < len(t) and t[j] == "ET":
                j += 1
            if (i and t[i - 1] == "EN") or (j < len(t) and t[j] == "EN"):
                t[i:j] = ["EN"] * (j - i)
    t = ["ON" if k in ("ES", "ET", "CS") else k for k in t]  # W6
    strong = sos
    for i, k in enumerate(t):  # W7
        if k in ("L", "R"):
            strong = k
        elif k == "EN" and strong == "L":
            t[i] = "L"
    i = 0
    while i < len(t):  # N1, N2 (the run's own direction: its level's, passed as sos when equal)
        if t[i] in _STRONG:
            i += 1
            continue
        j = i
        while j < len(t) and t[j] not in _STRONG:
            j += 1
        before = _STRONG[t[i - 1]] if i else sos
        after = _STRONG[t[j]] if j < len(t) else eos
        t[i:j] = [before if before == after else "E"] * (j - i)
        i = j
    return t


def visual(text: str, rtl: bool) -> str:
    """``text`` as UAX #9 lays it out on one line in a paragraph right to left (``rtl``) or not, left
    to right as it is seen, the marks dropped."""
    base = 1 if rtl else 0
    chars = _explicit(text, base)
    levels = [lv for _, _, lv in chars]
    resolved: list[int] = []
    start = 0
    for level, run in itertools.groupby(levels):
        n = len(list(run))
        before = levels[start - 1] if start else base
        after = levels[start + n] if start + n < len(levels) else base
        sos, eos = ("R" if max(level, before) % 2 else "L"), ("R" if max(level, after) % 2 else "L")
        kinds = _weak_and_neutral([k for _, k, _ in chars[start:start + n]], sos, eos)
        own = "R" if level % 2 else "L"
        for k in kinds:
            k = own if k == "E" else k
            if level % 2 == 0:  # I1
                resolved.append(level + (1 if k == "R" else 2 if k in ("AN", "EN") else 0))
            else:  # I2
                resolved.append(level + (1 if k in ("L", "EN", "AN") else 0))
        start += n
    order = list(range(len(chars)))
    lowest_odd = min(resolved, default=1) | 1
    for level in range(max(resolved, default=0), lowest_odd - 1, -1):
        i = 0
        while i < len(order):  # L2: reverse every run at this level or higher
            if resolved[order[i]] >= level:
                j = i
                while j < len(order) and resolved[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    # L4: a bracket at an odd level drawn mirrored
    return "".join(_MIRRORED.get(chars[i][0], chars[i][0]) if resolved[i] % 2 else chars[i][0]
                   for i in order if chars[i][0] not in (LRM, RLM))


def test_the_resolver_reads_plain_text_as_uax9_does():
    assert visual("abc 12", rtl=False) == "abc 12"
    assert visual("بت", rtl=True) == "تب"
    assert visual("ب 1,000 ج", rtl=True) == "ج 1,000 ب"  # numbers keep their digits' order
    assert visual("ب abc def ج", rtl=True) == "ج abc def ب"
    assert visual("a بت b", rtl=False) == "a تب b"
    assert visual("ب \u202aA ج B\u202c د", rtl=True) == "د A ج B ب"  # an embedding: a level of its own


# (text with the PDF's isolates, a paragraph right to left, how the isolates lay it out)
CASES = [
    # two numbers a comma apart (bidi.digit_runs_isolated, format.comma): the first read first
    (f"{LRI}1,000{PDI}\u060c {LRI}2,500{PDI}", True, "2,500 \u060c1,000"),
    (f"ب {LRI}1,000{PDI} / {LRI}2,500{PDI} ج", True, "ج 2,500 / 1,000 ب"),
    (f"ب {LRI}S1{PDI}: {LRI}Yearly records{PDI} \u2013 {LRI}releases{PDI}", True,
     "releases \u2013 Yearly records :S1 ب"),
    (f"{LRI}A{PDI} \u2192 {LRI}B{PDI}", True, "B \u2192 A"),
    # English words the same way round in an English sentence, their brackets with them
    (f"{LRI}{LRI}Yearly records{PDI} ({LRI}releases{PDI}){PDI}; ب", True, "ب ;Yearly records (releases)"),
    # Arabic names in an English paragraph, a comma apart
    (f"a {RLI}ب{PDI}, {RLI}ج{PDI} b", False, "a ب, ج b"),
    (f"a {FSI}بت (x){PDI} b", False, "a (x) تب b"),
    (f"a {RLI}ب 12{PDI}, {RLI}ج{PDI}", False, "a 12 ب, ج"),
    # nested: an Arabic name inside an English title inside an Arabic sentence, and the reverse
    (f"د {LRI}A {RLI}ب ت{PDI} B{PDI} ج", True, "ج A ت ب B د"),
    (f"a {RLI}ب {LRI}X Y{PDI} ت{PDI} b", False, "a ت X Y ب b"),
    (f"a {FSI}{RLI}ب{PDI}abc{PDI} {RLI}ج{PDI}", False, "a بabc ج"),
    (f"ب {FSI}{RLI}ج{PDI}abc{PDI}\u060c {LRI}1{PDI}", True, "1 \u060cجabc ب"),
]


@pytest.mark.parametrize(("text", "rtl", "seen"), CASES)
def test_marks_keep_the_order_the_isolates_gave(text, rtl, seen):
    from capacity_app.reports.docx import marked

    out = marked(text, rtl)
    assert not any("\u2066" <= ch <= "\u2069" for ch in out)
    assert visual(out, rtl) == seen


def test_isolates_of_the_paragraphs_direction_stay_plain_marks():
    """Where marks suffice (no isolate inside one of the other direction turning back) no embedding
    is written (LibreOffice's line breaking is what the marks are for), and a closing character
    with no opening is dropped."""
    from capacity_app.reports.docx import marked

    assert marked(f"{LRI}a{PDI} {PDI}b", False) == f"{LRM}a{LRM} b"
    assert marked(f"ب {LRI}1{PDI}", True) == f"ب {RLM}{LRM}1{LRM}{RLM}"
    assert marked(f"a {RLI}ب {LRI}X{PDI}{PDI}", False) == f"a {LRM}\u202bب {RLM}{LRM}X{LRM}{RLM}\u202c{LRM}"


def test_marks_reach_the_headers_through_the_sections_and_skip_odd_parts():
    """The review: any part whose name began with /word/header was taken for a header (a
    ministry template's odd part, with no XML element, raised AttributeError); the headers and
    footers are now the sections' own, and their paragraphs are marked in their direction."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    from capacity_app.reports.docx import W, _isolates_as_marks

    doc = docx.Document()
    odd = Part(PackURI("/word/header-logo.bin"), "application/octet-stream", b"\x00", doc.part.package)
    doc.part.relate_to(odd, RT.IMAGE)
    doc.sections[0].header.paragraphs[0].text = f"a {RLI}ب{PDI}, {RLI}ج{PDI}"
    doc.add_paragraph(f"{LRI}x{PDI}")
    _isolates_as_marks(doc)
    head = doc.sections[0].header.part.element
    assert "".join(t.text for t in head.iter(f"{W}t")) == f"a {LRM}{RLM}ب{RLM}{LRM}, {LRM}{RLM}ج{RLM}{LRM}"
    assert doc.paragraphs[0].text == f"{LRM}x{LRM}"
