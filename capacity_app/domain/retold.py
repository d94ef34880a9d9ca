"""An English line said again in another language, from the entry of ``domain.texts`` it was
written from (``cli.*``): a refusal or notice is written in English by the layer that finds it
(the domain, a service, an importer); the command line (``cli/said.py``) and the window
(``gui/service_text.py``) match the line against those entries' English and say it in their own
language, its values (file names, ids, amounts, dates) carried over as they were, a value that is
itself an entry's line said too. A line no entry matches is given back as it is.

Pure: no files; the catalogued languages' sentences come through ``domain.texts``."""
from __future__ import annotations

import functools
import re

from .editorial import bracketed, percent
from .placeholders import parts
from .texts import TEXTS, text

PREFIX = "cli."
# what a refusal names in front of its reason ("the {what} {value} is negative"): one of the
# ``cli.what.*`` entries' English, so that a value after it ("amount executed -5") is not taken in
WHAT = "cli.what."
# the values that are optional parts of a line (empty, or one form), which a value before them must
# not take in: "… ({detail}){more}: …" with "{more}" " (and 2 more)" or nothing
FORMS = {"more": r"(?: \(and \d+ more\))?", "recorded": r"(?:; recorded .*)?",
         "before": r"(?: \(\d+ attached already\))?", "tail": r"(?: \((?:refused: .*|would be attached)\))?",
         # an overrun's share of the line's budget and its note (domain/plan/overrun.py); the entries a
         # reply of progress already proposed (cli/progress_replies.py)
         "share": r"(?: \(\d[\d,]*%\))?", "note": r"(?:; note: .*)?", "earlier": r"(?: \(\d+ already proposed\))?",
         # what an action still lacks for the plan's validation (domain/plan/validation.py)
         "lacks": r"(?:no (?:owner|start|end|cost)(?:, no (?:owner|start|end|cost))*)?",
         # what is wrong with one value of a form's submission, never the refusal's close after it
         # (exchange/institutions/submissions.py: "{problem}{more}; nothing imported")
         "cause": r"(?:(?!; nothing imported).)*?",
         # a form's submission, by its instance ID, which never holds ", " (after it, the value's name)
         "instance": r"(?:(?!, ).)*?"}
# what a coded column's refusal names in front of it ("{coded} must be one of …"): one of the
# ``cli.vocab.*`` entries' English or nothing, never any text, so that the words before it
# ("procurement package 1 — ") are left to the entry whose line it is
FORMS["coded"] = "(?:" + "|".join(re.escape(TEXTS[k]["en"]) for k in sorted(
    (k for k in TEXTS if k.startswith("cli.vocab.")), key=lambda k: -len(TEXTS[k]["en"]))) + ")?"
# entries that are the items of a list ("…: {gaps}", the gaps one after the other), each said on its
# own and joined by the language's separator (the ``list.*`` entries)
LIST = "cli.gap."

# the most ways an entry's fixed parts may be placed in a line (the product of how often each occurs)
# for its pattern to be tried: its lazy groups backtrack over every way, so a line of a signer's
# name such as ": a , " repeated took seconds, growing with the 4th power of its length; a line
# more ambiguous than this is given back as it is
WAYS = 5000
# the longest line said again: every start of a sentence in a line is tried against the entries,
# so a line holding ": " thousands of times took seconds to minutes (a file's name of 84,000
# characters repeating "f: nothing imported: " took a minute); a refusal longer than this, a
# sentence no one reads to its end, is given back as it is
MAX_LINE = 2048
# a refused workbook's first problem and how many more it has (exchange/workbook/importer.py): the
# first said by its entry, the count by this one (an entry's last value would else take it in)
MORE_PROBLEMS = "cli.wb.more_problems"
_MORE = re.compile(r"(.*) \(and (\d+) more problems?\)", re.DOTALL)


def _english(template: str) -> str:
    """A regular expression of an entry's English, each placeholder any text."""
    return "".join(re.escape(p) if isinstance(p, str) else ".+?" for p in parts(template))


@functools.cache
def _what(_entries: int) -> str:
    """The ``what`` of a refusal: one of the ``cli.what.*`` entries' English, longest first, else
    any text (a name no entry has, said as it is). Made again when the texts have more entries
    (``_entries``: how many; a declaration's, domain/plan/fields.py, come with the plan)."""
    named = sorted((TEXTS[k]["en"] for k in TEXTS if k.startswith(WHAT)), key=len, reverse=True)
    return "(?:" + "".join(_english(t) + "|" for t in named) + ".*?)"


def _patterns() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    """(key, a pattern of its English with each placeholder a group, its fixed parts in order),
    longest English first: those of the texts as they are now."""
    return _patterns_of(len(TEXTS))


@functools.cache
def _patterns_of(entries: int) -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    """The patterns of the texts when they have ``entries`` entries."""
    forms = {**FORMS, "what": _what(entries)}
    out = []
    for key, entry in TEXTS.items():
        if not key.startswith(PREFIX):
            continue
        seen: set[str] = set()
        rx, fixed = [], []
        for part in parts(entry["en"]):
            if isinstance(part, str):
                rx.append(re.escape(part))
                fixed.append(part)
                continue
            name = part[0]
            rx.append(f"(?P={name})" if name in seen else f"(?P<{name}>{forms.get(name, '.*?')})")
            seen.add(name)
        out.append((key, re.compile("".join(rx), re.DOTALL), tuple(f for f in fixed if f)))
    return sorted(out, key=lambda kp: -len(TEXTS[kp[0]]["en"]))


def _may_match(fixed: tuple[str, ...], line: str, at: int = 0) -> bool:
    """Whether an entry's fixed parts occur in ``line`` from ``at`` in their order (str.find, in
    linear time), in few enough ways (``WAYS``) for its pattern to be tried in bounded time."""
    pos, ways = at, 1
    for part in fixed:
        found = line.find(part, pos)
        if found < 0:
            return False
        ways *= line.count(part, at)
        if ways > WAYS:
            return False
        pos = found + len(part)
    return True


def retold(line: str, lang: str) -> str:
    """``line`` in ``lang`` when its English is one of the entries (its start, such as
    "capacity-app: FILE: ", kept); else as it is."""
    if lang == "en" or len(line) > MAX_LINE:
        return line
    more = more_problems(line)
    if more is not None:  # the first of a workbook's problems, then how many more: said apart (once)
        return _retold(more[0], lang) + text(MORE_PROBLEMS, lang, n=more[1])
    return _retold(line, lang)


def more_problems(line: str) -> tuple[str, str] | None:
    """(a refused workbook's first problem, how many more) when ``line`` ends with the count its
    entry writes (" (and 2 more problems)"); else None."""
    m = _MORE.fullmatch(line)
    return (m.group(1), m.group(2)) if m is not None else None


def _retold(line: str, lang: str) -> str:
    # where the sentence may start: the line's start or after a ": " ("capacity-app: FILE: …"); the
    # latest that matches, so that an entry opening with a value does not take the line's start in;
    # but for such an entry, the earliest start whose opening value an entry says whole without
    # taking in a ": " it does not say (the file's name in front): "FILE: submission X, q: holds
    # the control character U+001B (refused); nothing imported" takes its value from "submission",
    # whose entry says the rest too, not from "holds"; "FILE: group_x row 3: no submission …" from
    # "group_x", not from "no submission", which no entry says, nor from "FILE"
    starts = [0, *(m.end() for m in re.finditer(": ", line))][::-1]
    for key, pattern, fixed in _patterns():
        if not _may_match(fixed, line):
            continue
        opens_with_value = TEXTS[key]["en"].startswith("{")
        chosen = None
        for at in starts:
            m = pattern.fullmatch(line, at) if _may_match(fixed, line, at) else None
            if m is None:
                continue
            if chosen is None or _said_whole(m.group(1)):
                chosen = (at, m)  # the latest; then, for a value first, any earlier said whole
            if not opens_with_value:
                break
        if chosen is not None:
            at, m = chosen
            return _outer(line, at, lang, key) or line[:at] + _filled(key, m, lang, 0)
    return line


def _said_whole(value: str, depth: int = 0) -> bool:
    """Whether an entry says ``value`` whole, none of its values holding a ": " that no entry says
    (a file's name and the words after it taken in as one value)."""
    if depth > 3:
        return False
    for _key, pattern, fixed in _patterns():
        m = pattern.fullmatch(value) if _may_match(fixed, value) else None
        if m is not None:
            return all(": " not in v or _said_whole(v, depth + 1) for v in m.groups() if v)
    return False


def _outer(line: str, at: int, lang: str, inner: str = "") -> str | None:
    """The line said by an entry that opens with its own words and takes it whole from a start
    before ``at`` ("reference date: {detail}" round "expected a date …"), the part matched at ``at``
    said inside it as its value; or by one that opens with a value after the line's start and
    closes with its own words ("{cell}: {problem}; nothing was received", whose problem's last
    value would else take them in); None when there is none."""
    starts = [s for s in [0, *(m.end() for m in re.finditer(": ", line[:at]))] if s < at]
    # own words first, from the earliest start; then a value first, from the latest (after
    # "capacity-app: " on the command line, whose name it would else take as its value), when
    # ``inner`` (the entry matched at ``at``) closes with a value, which took in the closing words;
    # another entry than ``inner`` and its value without a ": " (a file's name in front of a line
    # is not taken in)
    passes = [(False, starts)] + ([(True, starts[::-1])] if TEXTS.get(inner, {}).get("en", "").endswith("}") else [])
    for opening, order in passes:
        for start in order:
            for key, pattern, fixed in _patterns():
                en = TEXTS[key]["en"]
                if en.startswith("{") != opening or opening and en.endswith("}") \
                        or not _may_match(fixed, line, start):
                    continue
                m = pattern.fullmatch(line, start)
                if m is not None and not (opening and (key == inner or ": " in m.group(1))):
                    return line[:start] + _filled(key, m, lang, 0)
    return None


def _filled(key: str, m: re.Match[str], lang: str, depth: int) -> str:
    """The entry in ``lang`` with the values matched, each said again when it is itself an entry
    (a sign-off's parts in the line of a signature without a check)."""
    return text(key, lang, **{k: _share(v, lang) if k == "share" else _whole(v, lang, depth + 1)
                              for k, v in m.groupdict().items()})


def _share(value: str, lang: str) -> str:
    """An overrun's share of the line's budget (" (123%)", as English writes it) as ``lang``
    writes a percentage in brackets (``editorial``: French " (123 %)", Chinese "（123%）")."""
    figure = value.strip(" ()%").replace(",", "")
    return bracketed(percent(int(figure), lang, 0), lang) if figure.isdigit() else value


def _whole(value: str, lang: str, depth: int) -> str:
    if depth > 3 or not value:
        return value
    listed = _listed(value, "; ", "list.semicolon", lang, depth)
    if listed is not None:
        return listed
    for key, pattern, fixed in _patterns():
        m = pattern.fullmatch(value) if _may_match(fixed, value) else None
        if m is not None:
            return _filled(key, m, lang, depth)
    return _listed(value, ", ", "list.comma", lang, depth) or value


def _listed(value: str, sep: str, joiner: str, lang: str, depth: int) -> str | None:
    """``value`` said item by item when it is a list of ``LIST`` entries' lines joined by ``sep``
    ("action 1 (Census) has no start; outcome 2 (…) has no indicator"); else None."""
    if sep not in value:
        return None
    said = []
    for item in value.split(sep):
        found = None
        for key, pattern, fixed in _patterns():
            m = pattern.fullmatch(item) if key.startswith(LIST) and _may_match(fixed, item) else None
            if m is not None:
                found = _filled(key, m, lang, depth)
                break
        if found is None:
            return None
        said.append(found)
    return text(joiner, lang).join(said)


__all__ = ["FORMS", "LIST", "MAX_LINE", "WAYS", "retold"]
