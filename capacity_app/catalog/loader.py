"""Load and validate questionnaire files (YAML) into domain objects.

Every problem is reported as one line ``FILE:LINE: item-id: message``; nothing here raises a
traceback at a user. See ``docs/questionnaire-format.md`` for the format.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ..domain.expressions import ExpressionError, parse
from ..domain.languages import CATALOGUED, INLINE, language
from ..domain.questionnaire import (
    FIELD_TYPES, ITEM_TYPES, LANGUAGES, RELEVANCE_LEVELS, Choice, Field, GlossaryEntry, GridRow,
    Item, Matrix, PolicyQuestion, Questionnaire, Section, Source,
)
from ..paths import default_questionnaire_path
from .errors import QuestionnaireError as QuestionnaireError  # raised here: callers catch it here
from .translations import (
    Coverage, LazyCatalogues, LazyReviews, Translated, catalogue_exists, coverage, questionnaire_catalogue_path,
    read_catalogue,
)
from .yamlfile import (  # re-exported: the readers of every catalog file share them
    MAX_FILE_BYTES as MAX_FILE_BYTES, LineDict as LineDict, LoadError as LoadError, _display as _display,
    _line as _line, _read_yaml as _read_yaml,
)

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$")


# --- building domain objects -----------------------------------------------------------------

class _Builder:
    def __init__(self, display: str, errors: list[LoadError], eager: bool = True):
        self.display = display
        self.errors = errors
        self.eager = eager                                # every catalogue read and checked now (a check)
        self.languages: tuple[str, ...] = tuple(LANGUAGES)
        self.inline: tuple[str, ...] = tuple(INLINE)           # written in the YAML itself
        self.source: LazyCatalogues | None = None         # the others: translations/<lang>.yaml
        self.sources: dict[str, str] = {}                 # text path -> its English, in file order
        self.raw_texts: dict[str, dict] = {}              # text path -> its mapping as written (tools/catalogues.py)
        self.text_nodes: list[tuple[dict, str]] = []      # each text's mapping and path (the digest's originals)
        self.choice_lists: dict[str, tuple[Choice, ...]] = {}
        self.nodes: dict[str, Any] = {}  # where -> YAML node, so later checks can name file and line

    def err(self, node: Any, where: str, message: str) -> None:
        line = getattr(node, "line", 0) or 0
        file = getattr(node, "file", "") or self.display
        self.errors.append(LoadError(file, line, where, message))

    # text per language
    def text(self, node: Any, owner: Any, where: str, what: str, required: bool = True,
             path: str | None = None) -> Mapping[str, str] | None:
        """The text ``node`` in every language: the inline ones from the YAML, the others from
        their catalogue by the text's path, ``where.what`` with spaces as dots and no quotes
        (``s0_country.label``, ``choice_lists.yn.choice.yes.label``, ``s2_need_a.anchor.3``), read
        when a language is first asked for (``translations.Translated``); a path with no
        translation yet gives no text in that language, so the English shows (the tests list them)."""
        if node is None:
            if required:
                self.err(owner, where, f"{what} is missing")
            return None
        if isinstance(node, str):
            self.err(owner, where, f"{what} must give a text per language ({', '.join(self.inline)})")
            return None
        if not isinstance(node, dict):
            self.err(owner, where, f"{what} must be a mapping of language to text")
            return None
        out = {}
        for lang in self.inline:
            val = node.get(lang)
            if not isinstance(val, str) or not val.strip():
                self.err(node, where, f"{what} has no {lang!r} text")
            else:
                out[lang] = val.strip()
        for lang in node:
            if lang in CATALOGUED:
                self.err(node, where, f"{what} has {lang!r} text inline: {language(str(lang)).english_name} "
                                      f"texts live in translations/{lang}.yaml")
            elif lang not in self.inline:
                self.err(node, where, f"{what} has unknown language {lang!r}")
        key = path or f"{where}.{what}".replace(" ", ".").replace("'", "")
        self.raw_texts.setdefault(key, node)
        if key in self.sources:
            self.err(node, where, f"{what}: the text path {key!r} is used twice (rename an id or code)")
        elif "en" in out:
            self.sources[key] = out["en"]
            self.text_nodes.append((node, key))
            if self.source is not None:
                return Translated(out, key, self.source)
        return out

    def choices(self, node: Any, owner: Any, where: str) -> tuple[Choice, ...]:
        if isinstance(node, str):
            if node not in self.choice_lists:
                self.err(owner, where, f"unknown choice list {node!r}")
                return ()
            return self.choice_lists[node]
        if not isinstance(node, list) or not node:
            self.err(owner, where, "choices must be the name of a choice list or a non-empty list")
            return ()
        out: list[Choice] = []
        seen: set[str] = set()
        for c in node:
            if not isinstance(c, dict):
                self.err(node, where, "each choice must be a mapping with code and label")
                continue
            code = c.get("code")
            if isinstance(code, int) and not isinstance(code, bool):
                code = str(code)
            if not isinstance(code, str) or not CODE_RE.match(code):
                self.err(c, where, f"choice code {code!r} is not a valid code")
                continue
            if code in seen:
                self.err(c, where, f"duplicate choice code {code!r}")
                continue
            seen.add(code)
            label = self.text(c.get("label"), c, where, f"choice {code!r} label") or {}
            hlp = self.text(c.get("help"), c, where, f"choice {code!r} help", required=False)
            score = c.get("score")
            if score is not None and not isinstance(score, (int, float)):
                self.err(c, where, f"choice {code!r} score must be a number")
                score = None
            out.append(Choice(code, label, hlp, score))
        return tuple(out)

    FIELD_KEYS = {"id", "type", "label", "help", "choices", "anchors", "min", "max", "relevant",
                  "constraint", "constraint_message", "required", "dont_know", "not_applicable",
                  "scored", "tags", "rows", "columns"}

    def field(self, node: dict, where: str, allowed_types: tuple[str, ...]) -> Field | None:
        self.nodes[where] = node
        for key in node:
            if key not in self.FIELD_KEYS:
                self.err(node, where, f"unknown key {key!r}")
        ftype = node.get("type")
        if ftype not in allowed_types:
            self.err(node, where, f"unknown type {ftype!r} (expected one of {', '.join(allowed_types)})")
            return None
        label = self.text(node.get("label"), node, where, "label") or {}
        hlp = self.text(node.get("help"), node, where, "help", required=False)
        choices: tuple[Choice, ...] = ()
        if ftype in ("select_one", "select_multiple"):
            choices = self.choices(node.get("choices"), node, where)
        elif "choices" in node:
            self.err(node, where, f"type {ftype!r} takes no choices")
        anchors = None
        if ftype == "rating":
            raw = node.get("anchors")
            if not isinstance(raw, dict) or sorted(raw) != [0, 1, 2, 3]:
                self.err(node, where, "a rating needs written anchors for exactly 0, 1, 2 and 3")
            else:
                anchors = {int(k): (self.text(v, raw, where, f"anchor {k}") or {}) for k, v in raw.items()}
        elif "anchors" in node:
            self.err(node, where, f"type {ftype!r} takes no anchors")
        lo, hi = node.get("min"), node.get("max")
        for name, val in (("min", lo), ("max", hi)):
            if val is not None and (isinstance(val, bool) or not isinstance(val, (int, float))):
                self.err(node, where, f"{name} must be a number")
        if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
            self.err(node, where, f"min {lo} is greater than max {hi}")
        relevant = node.get("relevant")
        constraint = node.get("constraint")
        for name, expr in (("relevant", relevant), ("constraint", constraint)):
            if expr is not None:
                if not isinstance(expr, str):
                    self.err(node, where, f"{name} must be an expression string")
                else:
                    try:
                        parsed = parse(expr)
                        if name == "relevant" and parsed.uses_current:
                            self.err(node, where, "relevant cannot use '.' (the current value)")
                    except ExpressionError as exc:
                        self.err(node, where, f"{name}: {exc}")
        cmsg = self.text(node.get("constraint_message"), node, where, "constraint_message",
                         required=False)
        if constraint is not None and cmsg is None:
            self.err(node, where, "a constraint needs a constraint_message")
        na_reason, na_when, na_rows = self.na_allowance(node, where)
        flags = {}
        for flag, default in (("required", False), ("dont_know", True), ("scored", True)):
            val = node.get(flag, default)
            if not isinstance(val, bool):
                self.err(node, where, f"{flag} must be true or false")
                val = default
            flags[flag] = val
        return Field(
            id=str(node.get("id")), type=ftype, label=label, help=hlp, choices=choices,
            anchors=anchors,
            minimum=lo if isinstance(lo, (int, float)) else None,
            maximum=hi if isinstance(hi, (int, float)) else None,
            relevant=relevant if isinstance(relevant, str) else None,
            constraint=constraint if isinstance(constraint, str) else None,
            constraint_message=cmsg, line=_line(node), not_applicable=na_reason is not None,
            na_reason=na_reason, na_when=na_when, na_rows=na_rows, **flags,
        )

    NA_KEYS = {"reason", "when", "rows"}

    def na_allowance(self, node: dict, where: str) -> tuple[Mapping[str, str] | None, str | None, tuple[str, ...]]:
        """``not_applicable: {reason: {en, fr, es}, when: <expression>, rows: [codes]}``: where
        "not applicable" is a legitimate answer, and why (docs/questionnaire-format.md). Absent or
        ``false``: refused. A bare ``true`` is refused too: every allowance states its reason."""
        raw = node.get("not_applicable", False)
        if raw is False or raw is None:
            return None, None, ()
        if not isinstance(raw, dict):
            self.err(node, where, "not_applicable must be a mapping with a reason "
                                  "(not_applicable: {reason: {en: …, fr: …, es: …}}), or false")
            return None, None, ()
        for key in raw:
            if key not in self.NA_KEYS:
                self.err(node, where, f"not_applicable: unknown key {key!r} (expected reason, when, rows)")
        reason = self.text(raw.get("reason"), node, where, "not_applicable reason")
        when = raw.get("when")
        if when is not None:
            if not isinstance(when, str):
                self.err(node, where, "not_applicable when must be an expression string")
                when = None
            else:
                try:
                    if parse(when).uses_current:
                        self.err(node, where, "not_applicable when cannot use '.' (the current value)")
                except ExpressionError as exc:
                    self.err(node, where, f"not_applicable when: {exc}")
                    when = None
        rows = raw.get("rows") or []
        if not isinstance(rows, list) or not all(isinstance(r, str) for r in rows):
            self.err(node, where, "not_applicable rows must be a list of row codes")
            rows = []
        if reason is None:
            return None, None, ()
        return reason, when, tuple(rows)

    def item(self, node: Any, section_id: str, ids: set[str]) -> Item | None:
        if not isinstance(node, dict):
            self.err(node, section_id, "each item must be a mapping")
            return None
        item_id = node.get("id")
        if not isinstance(item_id, str) or not ID_RE.match(item_id):
            self.err(node, str(item_id), "item id must be lower-case letters, digits and _ "
                                         "starting with a letter")
            return None
        if item_id in ids:
            self.err(node, item_id, "duplicate id")
            return None
        ids.add(item_id)
        fld = self.field(node, item_id, ITEM_TYPES)
        if fld is None:
            return None
        rows: tuple[GridRow, ...] = ()
        columns: tuple[Field, ...] = ()
        if fld.type == "grid":
            rows, columns = self.grid(node, item_id)
        elif "rows" in node or "columns" in node:
            self.err(node, item_id, f"type {fld.type!r} takes no rows or columns")
        tags = node.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            self.err(node, item_id, "tags must be a list of words")
            tags = []
        return Item(id=item_id, type=fld.type, section_id=section_id, field=fld, rows=rows,
                    columns=columns, tags=tuple(tags), line=_line(node))

    def grid(self, node: dict, item_id: str) -> tuple[tuple[GridRow, ...], tuple[Field, ...]]:
        rows_node, cols_node = node.get("rows"), node.get("columns")
        rows: list[GridRow] = []
        cols: list[Field] = []
        if not isinstance(rows_node, list) or not rows_node:
            self.err(node, item_id, "a grid needs a non-empty list of rows")
        else:
            seen: set[str] = set()
            for r in rows_node:
                if not isinstance(r, dict) or not isinstance(r.get("code"), str) or not CODE_RE.match(r["code"]):
                    self.err(r if isinstance(r, dict) else rows_node, item_id, "each grid row needs a code")
                    continue
                if r["code"] in seen:
                    self.err(r, item_id, f"duplicate row code {r['code']!r}")
                    continue
                seen.add(r["code"])
                rows.append(GridRow(r["code"], self.text(r.get("label"), r, item_id,
                                                         f"row {r['code']!r} label") or {},
                                    self.text(r.get("help"), r, item_id, f"row {r['code']!r} help",
                                              required=False)))
        if not isinstance(cols_node, list) or not cols_node:
            self.err(node, item_id, "a grid needs a non-empty list of columns")
        else:
            seen = set()
            for c in cols_node:
                if not isinstance(c, dict) or not isinstance(c.get("id"), str) or not ID_RE.match(c["id"]):
                    self.err(c if isinstance(c, dict) else cols_node, item_id, "each grid column needs an id")
                    continue
                if c["id"] in seen:
                    self.err(c, item_id, f"duplicate column id {c['id']!r}")
                    continue
                seen.add(c["id"])
                f = self.field(c, f"{item_id}.{c['id']}", FIELD_TYPES)
                if f is not None:
                    unknown = [r for r in f.na_rows if r not in {row.code for row in rows}]
                    if unknown:
                        self.err(c, f"{item_id}.{c['id']}",
                                 f"not_applicable rows: unknown row code(s) {', '.join(unknown)}")
                    cols.append(f)
        return tuple(rows), tuple(cols)


def _as_list(node: Any, owner: Any, b: _Builder, what: str) -> list:
    if node is None:
        return []
    if not isinstance(node, list):
        b.err(owner, what, f"{what} must be a list")
        return []
    return node


def _digest_of(data: Any, text_nodes: list[tuple[dict, str]], source: LazyCatalogues | None) -> Callable[[], str]:
    """What computes the questionnaire's content digest when it is first asked for (the report's
    data, a workbook's metadata, an import's check): the files as loaded, with each text's
    original translations (French, Spanish) from their catalogues, read only then; a catalogue's
    problem is not the digest's (its language refuses when used), so it covers what can be read."""
    def digest() -> str:
        texts: dict[int, dict[str, str]] = {}
        for lang in source.languages if source is not None else ():
            if source is None or not language(lang).original:
                continue
            cat = source.readable(lang)
            for node, key in text_nodes:
                translated = cat.translation(key)
                if isinstance(translated, str) and lang not in node:
                    texts.setdefault(id(node), {})[lang] = translated
        return _content_hash(_digest_view(data, texts))
    return digest


def _digest_view(data: Any, texts: dict[int, dict[str, str]]) -> Any:
    """``data`` with each text's original translations (French, Spanish: written with the English
    and once inline) back in its mapping, from their catalogues: the digest covers the wording the
    questionnaire was released in, wherever its file keeps it, so moving a text to a catalogue
    changes no digest while changing its words does."""
    if isinstance(data, dict):
        out = {k: _digest_view(v, texts) for k, v in data.items()}
        out.update(texts.get(id(data), {}))
        return out
    if isinstance(data, list):
        return [_digest_view(v, texts) for v in data]
    return data


def _content_hash(data: Any) -> str:
    canon = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def load_questionnaire(path: str | Path) -> Questionnaire:
    """Load and validate a questionnaire; raises :class:`QuestionnaireError` listing every problem.
    The catalogue of a language is read, and checked, when a text of that language is first asked
    for (``translations.LazyCatalogues``): one with a problem raises QuestionnaireError then,
    naming its file, entry and reason; :func:`require_languages` asks for them up front."""
    q, errors, _ = _build(path, _Builder(_display(Path(path)), [], eager=False))
    if errors or q is None:
        raise QuestionnaireError(errors)
    return q


def check_questionnaire(path: str | Path) -> tuple[Questionnaire | None, list[LoadError]]:
    """The questionnaire ``path`` and every problem of it and of every catalogue beside it."""
    q, errors, _ = _build(path)
    return q, errors


def prepared(q: Questionnaire, languages: Iterable[str] = ()) -> Questionnaire:
    """``q`` with its content digest computed and the catalogues of ``languages`` read (see
    :func:`require_languages`): what worker processes forked from this one then share instead of
    each reading them again."""
    digest = q.content_hash  # computed now, and kept with ``q``
    assert digest, "a loaded questionnaire has its content digest"
    return require_languages(q, languages)


def require_languages(q: Questionnaire, languages: Iterable[str]) -> Questionnaire:
    """``q`` with the catalogues of ``languages`` read and checked now (a command's or the
    window's language, a report's): QuestionnaireError naming each problem of one, before
    anything is written; English and the languages ``q`` has no catalogue of read nothing."""
    reviews = q.reviews
    for lang in languages:
        if lang in reviews:
            reviews[lang]  # reads the catalogue (raises on a problem)
    return q


def translation_gaps(path: str | Path) -> list[Coverage]:
    """How far each catalogued language the questionnaire ``path`` lists (``languages``) covers
    its texts: the coverage of each whose ``translations/<lang>.yaml`` leaves a text missing or
    empty (English then shows for it), in the languages' order; [] when the questionnaire has
    errors (``check_questionnaire`` names them) or every text is translated."""
    path = Path(path)
    q, errors, sources = _build(path)
    if q is None or errors:
        return []
    out = []
    for lang in q.languages:
        if lang in CATALOGUED:
            cat = read_catalogue(questionnaire_catalogue_path(path.parent, lang), lang, [])
            cover = coverage(cat, sources)
            if cover.missing:
                out.append(cover)
    return out


def text_sources(path: str | Path) -> dict[str, str]:
    """Every text of the questionnaire ``path`` by its path, in English, in file order: what its
    catalogues translate (tools/catalogues.py)."""
    q, errors, sources = _build(path)
    if errors:
        raise QuestionnaireError(errors)
    return sources


def inline_translations(path: str | Path) -> dict[str, dict[str, Any]]:
    """Every text of the questionnaire ``path`` by its path, as its file writes it (English and any
    language written beside it): what ``tools/catalogues.py extract-inline`` moves to catalogues.
    Problems are ignored (a text inline in a catalogued language is one)."""
    b = _Builder(_display(Path(path)), [])
    _build(path, b)
    return {k: dict(v) for k, v in b.raw_texts.items() if isinstance(v, dict)}


def _build(path: str | Path, builder: _Builder | None = None
           ) -> tuple[Questionnaire | None, list[LoadError], dict[str, str]]:
    """The questionnaire at ``path`` built and checked block by block (the top level, the included
    files, choice lists, policy questions, sources, sections and items, the matrix, the expressions'
    references, the glossary), every problem collected: (the questionnaire or None, the problems,
    every text by its path)."""
    path = Path(path)
    display = _display(path)
    errors: list[LoadError] = builder.errors if builder is not None else []
    root = _read_yaml(path, display, errors)
    if errors:
        return None, errors, {}
    b = builder or _Builder(display, errors)
    if not isinstance(root, dict):
        errors.append(LoadError(display, 1, "questionnaire", "the file must be a mapping at the top level"))
        return None, errors, {}
    qid, version, based_on, title = _top_level(root, b, path, errors)
    raw_sections, included_raw = _section_files(root, b, path, errors, qid)
    _choice_lists(root, b, qid)
    pqs = _policy_questions(root, b)
    sources = _sources(root, b)
    sections = _sections(raw_sections, b)
    item_index = {it.id: it for s in sections for it in s.items}
    matrix = _matrix(root, b, item_index, pqs, sources)
    _check_references(b, item_index, matrix)
    glossary = _glossary(root, b)
    changelog = _changelog(root, b)
    if not sections:
        b.err(root, qid, "the questionnaire has no sections")
    if errors:
        return None, errors, b.sources
    q = Questionnaire(
        id=qid, version=version, title=title, based_on=based_on.strip(), languages=b.languages,
        sections=tuple(sections), policy_questions=tuple(pqs), sources=tuple(sources),
        matrix=matrix, glossary=tuple(glossary), sdg_framework=str(root.get("sdg_framework", "")),
        changelog=tuple(changelog), digest=_digest_of({"root": root, "include": included_raw}, b.text_nodes, b.source),
        reviews=LazyReviews(b.source) if b.source is not None else {},
    )
    return q, [], b.sources


# the keys a questionnaire file may have at its top level (docs/questionnaire-format.md lists each)
TOP_LEVEL_KEYS = frozenset({"id", "version", "title", "based_on", "languages", "choice_lists", "policy_questions",
                            "sources", "matrix", "glossary", "sections", "include", "sdg_framework", "changelog",
                            "description"})


def _top_level(root: dict, b: _Builder, path: Path, errors: list[LoadError]
               ) -> tuple[str, str, str, Mapping[str, str]]:
    """The top level's keys, id, version, based_on note, languages (and their catalogues), title."""
    for key in root:
        if key not in TOP_LEVEL_KEYS:
            b.err(root, "questionnaire", f"unknown key {key!r}")
    qid = root.get("id")
    if not isinstance(qid, str) or not re.match(r"^[a-z][a-z0-9_\-]*$", qid):
        b.err(root, "questionnaire", "id is missing or not a lower-case identifier")
        qid = "unknown"
    version = root.get("version")
    if not isinstance(version, str) or not re.match(r"^\d+\.\d+(\.\d+)?$", version):
        b.err(root, qid, "version must be a string like \"1.0.0\" (quote it)")
        version = "0"
    based_on = root.get("based_on")
    if not isinstance(based_on, str) or not based_on.strip():
        b.err(root, qid, "based_on note is missing")
        based_on = ""
    langs = root.get("languages")
    if not isinstance(langs, list) or not langs or not all(isinstance(x, str) for x in langs):
        b.err(root, qid, "languages must be a list such as [en, fr, es]")
    else:
        missing = [x for x in INLINE if x not in langs]
        if missing:
            b.err(langs, qid, f"languages must include {', '.join(missing)}")
        unknown = [x for x in langs if x not in LANGUAGES]
        if unknown:
            b.err(langs, qid, f"unknown language {', '.join(unknown)} (expected {', '.join(LANGUAGES)})")
        # the languages it names, and every other language whose catalogue is there: a language is
        # added by its catalogue, never by editing the questionnaire (whose content it is not)
        b.languages = tuple(x for x in LANGUAGES if x in langs or (x in CATALOGUED and catalogue_exists(path.parent, x)))
        b.source = LazyCatalogues(path.parent, b.languages)
        if b.eager:  # a check: every catalogue now, its problems with the questionnaire's
            b.source.read_all(errors)
        for lang in b.languages:  # a language the questionnaire names must come with its catalogue
            if lang in langs and lang in CATALOGUED and not catalogue_exists(path.parent, lang):
                where = questionnaire_catalogue_path(path.parent, lang)
                errors.append(LoadError(f"{where.parent.name}/{where.name}", 0, "file", "file not found"))
    title = b.text(root.get("title"), root, qid, "title", path="title") or {}
    return qid, version, based_on, title


def _section_files(root: dict, b: _Builder, path: Path, errors: list[LoadError], qid: str) -> tuple[list, dict[str, Any]]:
    """The sections of the file and of the files it includes (paths relative to it, inside its
    folder): (the raw sections, the included files' data by path)."""
    raw_sections = list(_as_list(root.get("sections"), root, b, "sections"))
    included_raw: dict[str, Any] = {}
    for inc in _as_list(root.get("include"), root, b, "include"):
        if not isinstance(inc, str) or inc.startswith("/") or ".." in Path(inc).parts:
            b.err(root.get("include"), qid, f"include {inc!r} must be a relative path inside the folder")
            continue
        inc_path = path.parent / inc
        inc_display = _display(inc_path)
        data = _read_yaml(inc_path, inc_display, errors)
        if data is None:
            continue
        included_raw[inc] = data
        if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
            errors.append(LoadError(inc_display, 1, "file", "an included file must hold a 'sections' list"))
            continue
        for key in data:
            if key != "sections":
                b.err(data, "file", f"unknown key {key!r} in an included file")
        raw_sections.extend(data["sections"])
    return raw_sections, included_raw


def _choice_lists(root: dict, b: _Builder, qid: str) -> None:
    """The named choice lists, kept on the builder for the fields that use them."""
    cl = root.get("choice_lists") or {}
    if not isinstance(cl, dict):
        b.err(root, qid, "choice_lists must be a mapping of name to list")
        cl = {}
    for name, node in cl.items():
        b.choice_lists[str(name)] = b.choices(node, cl, f"choice_lists.{name}")


def _policy_questions(root: dict, b: _Builder) -> list[PolicyQuestion]:
    pqs: list[PolicyQuestion] = []
    for node in _as_list(root.get("policy_questions"), root, b, "policy_questions"):
        code = node.get("code") if isinstance(node, dict) else None
        if not isinstance(code, str) or not re.match(r"^[A-Z]$", code):
            b.err(node, "policy_questions", f"policy question code {code!r} must be one capital letter")
            continue
        if any(p.code == code for p in pqs):
            b.err(node, code, "duplicate policy question code")
            continue
        kind = node.get("kind", "stock")
        if kind not in ("flow", "stock", "characteristics"):
            b.err(node, code, f"kind {kind!r} must be flow, stock or characteristics")
        pqs.append(PolicyQuestion(code, b.text(node.get("label"), node, code, "label") or {}, kind,
                                  b.text(node.get("variables"), node, code, "variables", required=False),
                                  b.text(node.get("short"), node, code, "short", required=False)))
    return pqs


def _sources(root: dict, b: _Builder) -> list[Source]:
    sources: list[Source] = []
    for node in _as_list(root.get("sources"), root, b, "sources"):
        code = node.get("code") if isinstance(node, dict) else None
        if not isinstance(code, str) or not re.match(r"^[A-Z]{2,5}$", code):
            b.err(node, "sources", f"source code {code!r} must be 2 to 5 capital letters")
            continue
        if any(s.code == code for s in sources):
            b.err(node, code, "duplicate source code")
            continue
        kind = node.get("kind", "other")
        if kind not in ("census", "survey", "register", "other"):
            b.err(node, code, f"kind {kind!r} must be census, survey, register or other")
        sources.append(Source(code, b.text(node.get("label"), node, code, "label") or {}, kind))
    return sources


def _sections(raw_sections: list, b: _Builder) -> list[Section]:
    """The sections and their items (item ids unique across the questionnaire)."""
    ids: set[str] = set()
    sections: list[Section] = []
    section_ids: set[str] = set()
    for node in raw_sections:
        if not isinstance(node, dict):
            b.err(raw_sections, "sections", "each section must be a mapping")
            continue
        sid = node.get("id")
        if not isinstance(sid, str) or not re.match(r"^S\d+[A-Z]?$", sid):
            b.err(node, str(sid), "section id must look like S0, S1, S6 ...")
            continue
        if sid in section_ids:
            b.err(node, sid, "duplicate section id")
            continue
        section_ids.add(sid)
        for key in node:
            if key not in ("id", "label", "help", "scored", "items"):
                b.err(node, sid, f"unknown key {key!r}")
        items = []
        raw_items = _as_list(node.get("items"), node, b, f"{sid}.items")
        for it in raw_items:
            built = b.item(it, sid, ids)
            if built is not None:
                items.append(built)
        if not raw_items:
            b.err(node, sid, "a section needs at least one item")
        scored = node.get("scored", True)
        sections.append(Section(sid, b.text(node.get("label"), node, sid, "label") or {}, tuple(items),
                                b.text(node.get("help"), node, sid, "help", required=False),
                                scored if isinstance(scored, bool) else True, _line(node)))
    return sections


def _matrix(root: dict, b: _Builder, item_index: dict[str, Item], pqs: list[PolicyQuestion],
            sources: list[Source]) -> Matrix | None:
    """The one matrix item's definition: its fields and the relevance of each policy question and
    source."""
    matrix = None
    matrix_items = [it for it in item_index.values() if it.type == "matrix"]
    mnode = root.get("matrix")
    if len(matrix_items) > 1:
        for it in matrix_items[1:]:
            b.err(it, it.id, "only one matrix item is allowed")
    if matrix_items and not isinstance(mnode, dict):
        b.err(matrix_items[0], matrix_items[0].id, "a matrix item needs the top-level 'matrix' definition")
    if isinstance(mnode, dict):
        if not matrix_items:
            b.err(mnode, "matrix", "the matrix definition has no item of type 'matrix'")
        if not pqs or not sources:
            b.err(mnode, "matrix", "the matrix needs policy_questions and sources")
        fields: list[Field] = []
        seen: set[str] = set()
        for f in _as_list(mnode.get("fields"), mnode, b, "matrix.fields"):
            if not isinstance(f, dict) or not isinstance(f.get("id"), str) or not ID_RE.match(f["id"]):
                b.err(f if isinstance(f, dict) else mnode, "matrix", "each matrix field needs an id")
                continue
            if f["id"] in seen:
                b.err(f, f"matrix.{f['id']}", "duplicate field id")
                continue
            seen.add(f["id"])
            built_field = b.field(f, f"matrix.{f['id']}", FIELD_TYPES)
            if built_field is not None:
                fields.append(built_field)
        if not fields:
            b.err(mnode, "matrix", "the matrix needs fields")
        relevance: dict[tuple[str, str], str] = {}
        rel = mnode.get("relevance") or {}
        if not isinstance(rel, dict):
            b.err(mnode, "matrix", "relevance must map policy question codes to levels")
            rel = {}
        pq_codes = {p.code for p in pqs}
        src_codes = {s.code for s in sources}
        for pq, levels in rel.items():
            if pq not in pq_codes:
                b.err(rel, "matrix", f"relevance names unknown policy question {pq!r}")
                continue
            if not isinstance(levels, dict):
                b.err(rel, f"matrix.{pq}", "expected a mapping of main/supporting to source codes")
                continue
            for level, codes in levels.items():
                if level not in RELEVANCE_LEVELS:
                    b.err(levels, f"matrix.{pq}", f"unknown relevance level {level!r}")
                    continue
                for code in codes if isinstance(codes, list) else []:
                    if code not in src_codes:
                        b.err(levels, f"matrix.{pq}", f"unknown source {code!r}")
                    elif (pq, code) in relevance:
                        b.err(levels, f"matrix.{pq}", f"source {code!r} listed twice")
                    else:
                        relevance[(pq, code)] = level
        if matrix_items:
            matrix = Matrix(matrix_items[0].id, tuple(fields), relevance)
    return matrix


def _check_references(b: _Builder, item_index: dict[str, Item], matrix: Matrix | None) -> None:
    """Every relevance and constraint expression refers to an item holding one value, or to a
    field of its own grid or of the matrix."""
    answerable = {i for i, it in item_index.items() if it.type not in ("note", "grid", "matrix")}

    def check_refs(fld: Field, where: str, local: set[str]) -> None:
        for name, expr in (("relevant", fld.relevant), ("constraint", fld.constraint)):
            if not expr:
                continue
            try:
                parsed = parse(expr)
            except ExpressionError:
                continue  # already reported
            for ref in sorted(parsed.references):
                if ref not in answerable and ref not in local:
                    kind = "an item that holds no single value" if ref in item_index else "an unknown id"
                    b.err(b.nodes.get(where, fld), where, f"{name} refers to {kind}: ${{{ref}}}")

    for it in item_index.values():
        check_refs(it.field, it.id, set())
        if it.type == "grid":
            local = {c.id for c in it.columns}
            for c in it.columns:
                check_refs(c, f"{it.id}.{c.id}", local)
    if matrix is not None:
        local = {f.id for f in matrix.fields}
        for f in matrix.fields:
            check_refs(f, f"matrix.{f.id}", local)


def _glossary(root: dict, b: _Builder) -> list[GlossaryEntry]:
    glossary: list[GlossaryEntry] = []
    for node in _as_list(root.get("glossary"), root, b, "glossary"):
        term = node.get("term") if isinstance(node, dict) else None
        if not isinstance(term, str) or not ID_RE.match(term):
            b.err(node, "glossary", f"glossary term {term!r} must be an identifier")
            continue
        glossary.append(GlossaryEntry(term, b.text(node.get("label"), node, term, "label") or {},
                                      b.text(node.get("definition"), node, term, "definition") or {}))
    return glossary


def _changelog(root: dict, b: _Builder) -> list[dict[str, str]]:
    changelog = []
    for node in _as_list(root.get("changelog"), root, b, "changelog"):
        if isinstance(node, dict):
            changelog.append({str(k): str(v) for k, v in node.items()})
    return changelog


_CACHE: dict[tuple[str, float], Questionnaire] = {}


def load_bundled(path: str | Path | None = None) -> Questionnaire:
    """The bundled questionnaire (cached per file and modification time)."""
    p = Path(path) if path else default_questionnaire_path()
    mtimes = [p.stat().st_mtime] + [f.stat().st_mtime for f in sorted(p.parent.glob("**/*.yaml"))]
    key = (str(p.resolve()), max(mtimes))
    q = _CACHE.get(key)
    if q is None:
        q = load_questionnaire(p)
        _CACHE[key] = q
    return q
