"""The window's catalogue of each language but English: ``resources/i18n/window.<lang>.yaml``, the
one home of the window's translations, in the shape of every other catalogue (``catalog.translations``):

    language: fr
    review: {reviewed_by: "", date: ""}
    entries:
      # --- MainWindow                              (the Qt context: the class the text is in)
      "MainWindow|Undo|toolbar button: short":     # context|English source[|comment]
        comment: "toolbar button: short"           # Qt's disambiguation, when the code gives one
        en: "Undo"                                 # the English it was translated from
        fr: "Annuler"                              # the translation ("" while not translated)
      "PlanView|drafting %n action(s)":
        en: "drafting %n action(s)"
        fr: ["%n action en rédaction", "%n actions en rédaction"]   # a %n text: Qt's plural forms

An entry whose ``en`` is no longer the English of its key is outdated (the English changed since):
still used, listed by ``status``. ``tools/translations.py`` writes it from lupdate's extraction
(``update``) and generates from it the Qt Linguist file ``resources/i18n/capacity_app_<lang>.ts``
that lrelease compiles into the ``.qm`` the window loads (``release``); the translator's exchange
(``catalog.translator``) reads and writes it. This module holds the conversions, no Qt."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.languages import Review, language
from ..paths import resources_dir
from .translations import _plain, _review_note
from .yamlfile import LoadError, _display, _read_yaml

GENERATED = ("<!-- Generated from {catalogue} by tools/translations.py release: "
             "edit the catalogue, not this file. -->")


@dataclass(frozen=True)
class Message:
    context: str
    source: str                          # the English today (the key's)
    comment: str = ""                    # Qt's disambiguation
    note: str = ""                       # the programmer's note to the translator (Qt's extracomment)
    numerus: bool = False                # a %n text: one translation per Qt plural form
    text: str | tuple[str, ...] = ""     # the translation ("" / empty forms while missing)
    earlier: str | None = None           # the English it was translated from, when not ``source``

    @property
    def key(self) -> str:
        return f"{self.context}|{self.source}" + (f"|{self.comment}" if self.comment else "")

    @property
    def filled(self) -> bool:
        forms = self.text if isinstance(self.text, tuple) else (self.text,)
        return bool(forms) and all(f.strip() for f in forms)


def catalogue_path(lang: str) -> Path:
    return resources_dir() / "i18n" / f"window.{lang}.yaml"


def ts_path(lang: str) -> Path:
    return resources_dir() / "i18n" / f"capacity_app_{lang}.ts"


# --- the catalogue -------------------------------------------------------------------------------

def read(path: Path, lang: str, errors: list[LoadError]) -> tuple[Review, list[Message]]:
    """The review and the messages of the window's catalogue ``path`` of ``lang``, in its order;
    every problem appended to ``errors`` (a missing file: no message)."""
    if not path.exists():
        return Review(), []
    display = _display(path)
    root = _read_yaml(path, display, errors, shared=True)
    if not isinstance(root, dict) or root.get("language") != lang or not isinstance(root.get("entries") or {}, dict):
        errors.append(LoadError(display, 1, "file", f"a window catalogue of {lang} is language: {lang}, review, entries"))
        return Review(), []
    rev = root.get("review") or {}
    review = Review(str(rev.get("reviewed_by", "")).strip(), str(rev.get("date", "")).strip()) \
        if isinstance(rev, dict) else Review()
    out = []
    for key, node in (root.get("entries") or {}).items():
        msg = _entry(str(key), node, lang)
        if msg is None:
            errors.append(LoadError(display, getattr(node, "line", 0) or 1, str(key),
                                    f"an entry is {{comment: …, note: …, en: <the English>, {lang}: <the translation>}} "
                                    "under the key context|English[|comment]"))
        else:
            out.append(msg)
    return review, out


def _entry(key: str, node: Any, lang: str) -> Message | None:
    if not isinstance(node, dict) or "en" not in node or any(k not in ("en", lang, "comment", "note") for k in node):
        return None
    context, _, rest = key.partition("|")
    comment, note = str(node.get("comment") or ""), str(node.get("note") or "")
    if comment:
        if not rest.endswith("|" + comment):
            return None
        rest = rest[: -len(comment) - 1]
    en, text = _plain(node["en"]), _plain(node.get(lang))
    if not isinstance(en, str) or not context:
        return None
    if isinstance(text, list) and all(isinstance(t, str) for t in text):
        return Message(context, rest, comment, note, True, tuple(text), None if en == rest else en)
    if text is None or isinstance(text, str):
        return Message(context, rest, comment, note, False, text or "", None if en == rest else en)
    return None


def _q(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(lang: str, review: Review, messages: Iterable[Message]) -> str:
    """The text of the window's catalogue of ``lang``: one entry per message, a comment line per
    Qt context, an outdated entry marked as ``tools/catalogues.py`` marks it."""
    name = language(lang).english_name
    lines = [f"# {name} ({lang}): the window's texts (self.tr() in capacity_app/gui/), one entry per message,",
             "# keyed context|English[|comment]. Written by tools/translations.py update: fill each "
             f"\"{lang}\" text",
             f"# (a %n text: one per Qt plural form: {'; '.join(language(lang).qt_forms)});",
             "# keep \"en\" as the English it translates; then tools/translations.py release writes the",
             "# .ts and the .qm from this file.",
             f"language: {lang}", "review:",
             f"  reviewed_by: {_q(review.reviewed_by)}   # {_review_note(lang)}",
             f"  date: {_q(review.date)}   # YYYY-MM-DD of the review", "entries:"]
    context = None
    for m in messages:
        if m.context != context:
            lines.append(f"  # --- {m.context}")
            context = m.context
        lines.append(f"  {_q(m.key)}:")
        if m.earlier is not None:
            lines.append(f"    # OUTDATED: the English is now {_q(m.source)}")
        lines += [f"    {tag}: {_q(value)}" for tag, value in (("comment", m.comment), ("note", m.note)) if value]
        lines.append(f"    en: {_q(m.source if m.earlier is None else m.earlier)}")
        lines.append(f"    {lang}: {_q(list(m.text) if m.numerus else m.text)}")
    return "\n".join(lines) + "\n"


# --- Qt's .ts ------------------------------------------------------------------------------------

def parse_ts(data: bytes) -> list[Message]:
    """The messages of a .ts file (lupdate's), obsolete and vanished ones left out; a translation
    lupdate carried over from an earlier English (unfinished, not empty) keeps that English
    (``<oldsource>``) as ``earlier``."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(data, parser)
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            source = msg.findtext("source") or ""
            numerus = msg.get("numerus") == "yes"
            text: str | tuple[str, ...] = tuple(f.text or "" for f in tr.iter("numerusform")) if numerus and tr is not None \
                else ((tr.text or "") if tr is not None and not numerus else ())
            earlier = None
            if kind == "unfinished" and Message("", "", text=text).filled:
                earlier = msg.findtext("oldsource") or ""
            out.append(Message(name, source, msg.findtext("comment") or "", msg.findtext("extracomment") or "",
                               numerus, text, earlier))
    return out


def _esc(text: str) -> str:
    """XML's escapes as Qt's .ts writer makes them: quotes too, and spaces other than ASCII's as &#x…;."""
    out = []
    for ch in text:
        out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;", '"': "&quot;"}.get(ch)
                   or (f"&#x{ord(ch):x};" if ord(ch) > 0x7F and ch.isspace() else ch))
    return "".join(out)


def ts_text(lang: str, messages: Iterable[Message], catalogue: str = "") -> str:
    """The Qt Linguist file of ``messages``, as lupdate writes it (without source locations); a
    missing or outdated translation marked unfinished (lrelease leaves it out: English shows)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    if catalogue:
        lines.append(GENERATED.format(catalogue=catalogue))
    lines.append(f'<TS version="2.1" language="{lang}" sourcelanguage="en">')
    context = None
    for m in messages:
        if m.context != context:
            if context is not None:
                lines.append("</context>")
            lines += ["<context>", f"    <name>{_esc(m.context)}</name>"]
            context = m.context
        lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
        lines.append(f"        <source>{_esc(m.source)}</source>")
        if m.earlier is not None:
            lines.append(f"        <oldsource>{_esc(m.earlier)}</oldsource>")
        if m.comment:
            lines.append(f"        <comment>{_esc(m.comment)}</comment>")
        if m.note:
            lines.append(f"        <extracomment>{_esc(m.note)}</extracomment>")
        state = "" if m.filled and m.earlier is None else ' type="unfinished"'
        if m.numerus:
            lines.append(f"        <translation{state}>")
            lines += [f"            <numerusform>{_esc(f)}</numerusform>" for f in m.text]
            lines.append("        </translation>")
        else:
            lines.append(f"        <translation{state}>{_esc(str(m.text))}</translation>")
        lines.append("    </message>")
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# --- a new extraction merged into the catalogue ---------------------------------------------------

SIMILAR = 0.6   # how alike a new English must be to a gone one to inherit its translation, for review


def merge(old: Iterable[Message], fresh: Iterable[Message]) -> list[Message]:
    """The catalogue's messages after an extraction: ``fresh``'s (lupdate's, in its order, blank),
    each keeping the translation ``old`` has for its key; a new one inherits the translation of
    the most alike message of its context that is gone from the code (its English changed), which
    then shows as outdated, its earlier English kept for the translator to compare. A message gone
    is dropped."""
    import difflib

    fresh = list(fresh)
    by_key = {m.key: m for m in old}
    keys = {m.key for m in fresh}
    gone = [m for m in by_key.values() if m.key not in keys and m.filled]
    out = []
    for m in fresh:
        was = by_key.get(m.key)
        if was is None:
            scored = [(difflib.SequenceMatcher(None, g.earlier or g.source, m.source).ratio(), i)
                      for i, g in enumerate(gone) if g.context == m.context and g.numerus == m.numerus]
            best = max(scored, default=(0.0, -1))
            if best[0] >= SIMILAR:
                was = gone.pop(best[1])
                was = Message(was.context, was.source, was.comment, was.note, was.numerus, was.text,
                              was.earlier or was.source)
        if was is None or was.numerus != m.numerus:
            out.append(m)
            continue
        text = was.text
        if m.numerus and isinstance(text, tuple) and len(text) != len(m.text):   # another count of Qt's forms
            text = tuple(text[i] if i < len(text) else "" for i in range(len(m.text)))
        earlier = was.earlier if was.key == m.key else (was.earlier or was.source)
        out.append(Message(m.context, m.source, m.comment, m.note, m.numerus, text,
                           None if earlier == m.source else earlier))
    return out


def coverage(messages: Iterable[Message]) -> tuple[int, list[Message], list[Message]]:
    """(how many messages, those without a translation, those translated from an earlier English)."""
    messages = list(messages)
    return (len(messages), [m for m in messages if not m.filled],
            [m for m in messages if m.filled and m.earlier is not None])


def generated_ts(lang: str, messages: Iterable[Message]) -> str:
    """The Qt Linguist file ``resources/i18n/capacity_app_<lang>.ts`` as release writes it from the
    catalogue: its header names the catalogue it is generated from."""
    return ts_text(lang, messages, f"resources/i18n/window.{lang}.yaml")


def ts_finished(data: bytes) -> dict[str, bool]:
    """Each message's key in the .ts ``data``, and whether its translation is finished (neither
    unfinished, vanished nor obsolete)."""
    from lxml import etree

    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            comment = msg.findtext("comment") or ""
            key = f"{name}|{msg.findtext('source') or ''}" + (f"|{comment}" if comment else "")
            out[key] = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
    return out
