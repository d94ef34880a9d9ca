"""Load and validate the recommendations library (``assessments/recommendations.yaml``).

Every problem is one line ``FILE:LINE: recommendation-id: message``, like the questionnaire
loader. The format:

    version: "3.0"
    recommendations:
      - id: census_core_questions          # lower-case id, unique
        section: S6A                       # optional: the section the action belongs to
        priority: 6                        # 1-9, required with findings: urgency when picked by a
                                           # finding (a ranked question brings its own priority)
        when:                              # at least one of limiting / findings
          limiting: [variables]            # limiting factors of the best cells (rules 3.0):
                                           # exists | variables | tabulation | periodicity | recency
                                           # | timeliness | breakdown | access | alignment
          policy_questions: [I]            # optional: only these questions (A-O)
          sources: [CEN]                   # optional: only when the best cells (or, with no usable
                                           # source, the main sources) include these
          findings: [s6a_core_missing]     # section findings (capacity_app.domain.scoring.FINDING_CODES)
        already: "selected(${s6a_topics}, 'birth_country')"   # optional (rules 3.0): an expression
                                           # over the answers; when it holds, what the action builds
                                           # exists, and the action is not picked
        title: {en: ...}
        text: {en: ...}

Every other language (French, Spanish, Arabic, …) comes from the questionnaire's catalogues
(``translations/<lang>.yaml`` beside this file), by the paths ``recommendations.<id>.title`` and
``recommendations.<id>.text``.

There is no default urgency: a recommendation with findings states its priority.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.expressions import ExpressionError, parse
from ..domain.languages import INLINE, LANGUAGES
from ..domain.questionnaire import Questionnaire
from ..domain.scoring import FINDING_CODES, Recommendation
from ..domain.scoring.engine import LIMITING_FACTORS
from ..paths import assessments_dir
from .loader import CODE_RE, ID_RE, LoadError, _display, _read_yaml, load_bundled
from .translations import LazyCatalogues, Translated, catalogued, questionnaire_catalogue_path

if TYPE_CHECKING:  # the action plan's model loads with the first plan read, not with scoring
    from ..domain.plan.actions import Action

ROOT_KEYS = {"version", "recommendations"}
REC_KEYS = {"id", "title", "text", "when", "section", "priority", "already"}
WHEN_KEYS = {"limiting", "policy_questions", "sources", "findings"}


class RecommendationsError(Exception):
    """Raised with every problem found in a recommendations file."""

    user_error = True

    def __init__(self, errors: list[LoadError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def _line(node: Any, default: int) -> int:
    return getattr(node, "line", 0) or default


def check_recommendations(path: str | Path, questionnaire: Questionnaire | None = None
                          ) -> tuple[list[Recommendation], list[LoadError]]:
    recs, errors, _ = _build(path, questionnaire)
    return recs, errors


def text_sources(path: str | Path) -> dict[str, str]:
    """Every text of the library ``path`` by its path, in English, in file order: what the
    catalogues translate (tools/catalogues.py)."""
    _, errors, sources = _build(path, None)
    if errors:
        raise RecommendationsError(errors)
    return sources


_Err = Callable[..., None]  # err(node, where, message, default line): one LoadError


def _build(path: str | Path, questionnaire: Questionnaire | None, eager: bool = True
           ) -> tuple[list[Recommendation], list[LoadError], dict[str, str]]:
    """(the library's recommendations, every problem found, its English texts by path). Each
    catalogue is read when its language is first asked for, or, ``eager`` (a check), now."""
    path = Path(path)
    display = _display(path)
    errors: list[LoadError] = []
    sources: dict[str, str] = {}
    root = _read_yaml(path, display, errors)
    if errors:
        return [], errors, sources
    # the questionnaire's catalogues, when the library sits beside them (the bundled one does)
    catalogues = LazyCatalogues(path.parent, [lang for lang in catalogued(questionnaire.languages if questionnaire else ())
                                              if questionnaire_catalogue_path(path.parent, lang).exists()])
    if eager:
        catalogues.read_all(errors)

    def err(node: Any, where: str, message: str, default: int = 1) -> None:
        errors.append(LoadError(display, _line(node, default), where, message))

    if not isinstance(root, dict):
        err(root, "file", "the file must be a mapping with 'version' and 'recommendations'")
        return [], errors, sources
    for k in root:
        if k not in ROOT_KEYS:
            err(root, "file", f"unknown key {k!r} (expected {', '.join(sorted(ROOT_KEYS))})")
    items = root.get("recommendations")
    if not isinstance(items, list) or not items:
        err(root, "file", "'recommendations' must be a non-empty list")
        return [], errors, sources
    seen: dict[str, int] = {}
    out: list[Recommendation] = []
    for node in items:
        line = _line(node, _line(items, 1))
        if not isinstance(node, dict):
            err(node, "recommendations", "each recommendation must be a mapping", line)
            continue
        rec = _recommendation(node, line, questionnaire, seen, catalogues, sources, err)
        if rec is not None:
            out.append(rec)
    return (out if not errors else []), errors, sources


def _recommendation(node: dict, line: int, questionnaire: Questionnaire | None, seen: dict[str, int],
                    catalogues: LazyCatalogues, sources: dict[str, str], err: _Err) -> Recommendation | None:
    """One entry of the library checked (its problems reported through ``err``), or None when it
    lacks an id or a text."""
    rid = node.get("id")
    where = str(rid) if rid else "recommendation"
    if not isinstance(rid, str) or not ID_RE.match(rid):
        err(node, where, "id must be lower-case letters, digits and _ (starting with a letter)", line)
    elif rid in seen:
        err(node, where, f"duplicate id (first used on line {seen[rid]})", line)
    else:
        seen[rid] = line
    for k in node:
        if k not in REC_KEYS:
            err(node, where, f"unknown key {k!r} (expected {', '.join(sorted(REC_KEYS))})", line)
    texts = _texts(node, rid, where, line, catalogues, sources, err)
    priority = node.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, int) or not 0 <= priority <= 9:
        err(node, where, f"priority must be a whole number from 1 to 9, got {priority!r}", line)
        priority = 0
    section_ids = {s.id for s in questionnaire.sections} if questionnaire else None
    section = node.get("section", "")
    if not isinstance(section, str) or (section and section_ids is not None and section not in section_ids):
        err(node, where, f"section {section!r} is not a section of the questionnaire", line)
        section = ""
    lists = _when(node, where, line, priority, questionnaire, err)
    already = _already(node, where, line, questionnaire, err)
    if isinstance(rid, str) and "title" in texts and "text" in texts:
        return Recommendation(rid, texts["title"], texts["text"], lists["limiting"], lists["policy_questions"],
                              lists["sources"], lists["findings"], section, priority, line, already)
    return None


def _texts(node: dict, rid: Any, where: str, line: int, catalogues: LazyCatalogues, sources: dict[str, str],
           err: _Err) -> dict[str, Mapping[str, str]]:
    """The title and text in every language: inline (en) and from the catalogues (each read when
    its language is first asked for); the English recorded in ``sources`` by path."""
    texts: dict[str, Mapping[str, str]] = {}
    for name in ("title", "text"):
        t = node.get(name)
        if not isinstance(t, dict):
            err(node, where, f"{name} must give the text in {', '.join(INLINE)}", line)
            continue
        for lang in INLINE:
            v = t.get(lang)
            if not isinstance(v, str) or not v.strip():
                err(t, where, f"{name} has no {lang} text", line)
        for lang in t:
            if lang not in INLINE:
                err(t, where, f"{name}: unknown language {lang!r}"
                              + (f" (its texts live in translations/{lang}.yaml)" if lang in LANGUAGES else ""),
                    line)
        inline = {k: str(v).strip() for k, v in t.items() if isinstance(v, str)}
        texts[name] = inline
        if isinstance(rid, str) and "en" in inline:
            key = f"recommendations.{rid}.{name}"
            sources[key] = inline["en"]
            texts[name] = Translated(inline, key, catalogues)
    return texts


def _when(node: dict, where: str, line: int, priority: int, questionnaire: Questionnaire | None,
          err: _Err) -> dict[str, tuple[str, ...]]:
    """The codes that pick the recommendation (``when``), by kind, each checked against the
    questionnaire and the rules."""
    when = node.get("when")
    lists: dict[str, tuple[str, ...]] = {k: () for k in WHEN_KEYS}
    if not isinstance(when, dict):
        err(node, where, "when must be a mapping with limiting and/or findings", line)
        return lists
    for k in when:
        if k not in WHEN_KEYS:
            err(when, where, f"when: unknown key {k!r} (expected {', '.join(sorted(WHEN_KEYS))})", line)
    for k in WHEN_KEYS & set(when):
        v = when[k]
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            err(when, where, f"when.{k} must be a list of codes", line)
            continue
        lists[k] = tuple(v)
    allowed = {
        "limiting": set(LIMITING_FACTORS),
        "findings": set(FINDING_CODES),
        "policy_questions": {p.code for p in questionnaire.policy_questions} if questionnaire else None,
        "sources": {s.code for s in questionnaire.sources} if questionnaire else None,
    }
    for k, values in lists.items():
        ok = allowed[k]
        for v in values:
            if ok is not None and v not in ok:
                err(when, where, f"when.{k}: unknown code {v!r} (expected one of {', '.join(sorted(ok))})", line)
            elif ok is None and not CODE_RE.match(v):
                err(when, where, f"when.{k}: {v!r} is not a valid code", line)
    if "gap_types" in when:
        err(when, where, "when.gap_types is rules 1.0: give the limiting factors instead "
                         "(when.limiting, see docs/methodology.md)", line)
    if not lists["limiting"] and not lists["findings"]:
        err(when, where, "when needs limiting or findings (otherwise it never applies)", line)
    if (lists["policy_questions"] or lists["sources"]) and not lists["limiting"]:
        err(when, where, "when.policy_questions and when.sources only narrow limiting; add limiting", line)
    if lists["findings"] and not 1 <= priority <= 9:
        err(node, where, "a recommendation picked by findings needs its priority (1-9): "
                         "there is no default urgency", line)
    return lists


def _already(node: dict, where: str, line: int, questionnaire: Questionnaire | None, err: _Err) -> str:
    """The expression saying the recommendation is already done ('' when none, or refused)."""
    already = node.get("already", "")
    if not isinstance(already, str):
        err(node, where, "already must be an expression over the answers (a string)", line)
        return ""
    if already:
        try:
            refs = parse(already).references
        except ExpressionError as e:
            err(node, where, f"already: {e}", line)
            return ""
        unknown = [r for r in refs if questionnaire is not None and questionnaire.item(r) is None]
        if unknown:
            err(node, where, f"already: no item {', '.join(unknown)} in the questionnaire", line)
    return already


def load_recommendations(path: str | Path, questionnaire: Questionnaire | None = None) -> list[Recommendation]:
    """The library ``path`` (RecommendationsError listing every problem); each catalogue read when
    its language is first asked for (QuestionnaireError then, on a problem of it)."""
    recs, errors, _ = _build(path, questionnaire, eager=False)
    if errors:
        raise RecommendationsError(errors)
    return recs


_CACHE: dict[tuple[str, float], tuple[Recommendation, ...]] = {}


def default_recommendations_path() -> Path:
    return assessments_dir() / "recommendations.yaml"


def load_bundled_recommendations(path: str | Path | None = None) -> tuple[Recommendation, ...]:
    """The bundled library, validated against the bundled questionnaire (cached by mtime)."""
    p = Path(path) if path else default_recommendations_path()
    key = (str(p.resolve()), p.stat().st_mtime)
    recs = _CACHE.get(key)
    if recs is None:
        recs = tuple(load_recommendations(p, load_bundled()))
        _CACHE[key] = recs
    return recs


def action_title(a: Action, lang: str) -> str:
    """An action's title as the report and the workbook print it in ``lang``: the bundled
    recommendation's title in ``lang`` while the action carries its default (drafted) title, the
    officers' own title otherwise (domain.actionplan.title_in_language)."""
    from ..domain.plan.actions import default_titles, title_in_language

    if not a.recommendation_id:
        return a.title
    rec = next((r for r in load_bundled_recommendations() if r.id == a.recommendation_id), None)
    if rec is None:
        return a.title
    # a title drafted in English or in ``lang`` is told by those two (their catalogues alone read);
    # any other title is looked for among every language's (read then)
    near = {code: text for code in ("en", lang) if (text := rec.title.get(code))}
    return title_in_language(a, near if a.title in default_titles(near, rec.id) else rec.title, lang)


def kept_default_title(here: Action, read: Action) -> Action:
    """``read`` (an action read from a workbook) with the title stored ``here`` when both are the
    default title of the same recommendation, in whatever language (the workbook prints the default
    title in its own language: reading it back changes nothing)."""
    from ..domain.plan.actions import default_titles

    if read.title == here.title or not read.recommendation_id or read.recommendation_id != here.recommendation_id:
        return read
    rec = next((r for r in load_bundled_recommendations() if r.id == read.recommendation_id), None)
    if rec is None:
        return read
    defaults = default_titles(rec.title, rec.id)
    return replace(read, title=here.title) if {read.title, here.title} <= defaults else read
