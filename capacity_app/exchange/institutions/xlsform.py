"""The questionnaire as an XLSForm: the form ODK Central and KoboToolbox deploy, for an
institution to answer its part before the mission (or the whole questionnaire).

The form is built as plain rows (:func:`build_form`: the survey, choices and settings sheets),
written with openpyxl and converted by pyxform before it replaces anything (:func:`write_xlsform`):
a form pyxform refuses is never written. Layout (docs/odk-kobo.md):

* ``cap_*`` questions first: hidden ``calculate`` fields naming the questionnaire (id, version,
  content hash), the assessment (uid) and the institution, which every submissions export carries
  back (how an import recognises the form and refuses an old one); then the respondent's name and
  position (and, on the whole questionnaire's form, the institution's name).
* One group per section (``s6a``), its questions by their ids; ``help`` as the hint; choices as
  choice lists (a list of the questionnaire used by several questions is written once); a rating as
  a list of its four written anchors (0-3); numbers and dates constrained to their range and to the
  questionnaire's own ``constraint``; relevance from its own ``relevant`` (exchange/institutions/xpath.py).
* A grid: a repeat of exactly as many rows as the form asks (``repeat_count``); each row's code is
  set by the form (``<grid>_row``, a read-only choice of the row list, picked by position), its
  columns are ``<grid>_<column>``. The matrix: the same, one repeat row per cell
  (``s3_matrix_cell`` = ``A_BOR``), its fields ``s3_matrix_<field>``.
* Every language of the application as ``label::English (en)`` ... ``label::Arabic (ar)`` columns (``hint::``,
  ``constraint_message::`` too); the default language is the one asked for.

No answer is required: an institution returns what it knows; a blank proposes nothing. "Don't know"
and "not applicable" are not offered in the form (they are the mission's to record). A question
outside a grid starts from the mission's answer (``default``; never a free text), for the respondent
to confirm or correct: a value returned unchanged proposes nothing."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ...domain.institutions.asked import INSTITUTIONS_GRID
from ...domain.languages import BY_CODE, LANGUAGES
from ...domain.questionnaire import Choice, Field, Item, Questionnaire, Text, tr
from ...domain.texts import text as en_line  # a refusal in English, from its cli.* entry (cli/said.py)
from ...files import replace_atomically
from ...jobs import CancelCheck, Progress, check, report
from ..workbook.codec import limits
from .xpath import NUMBER_TYPES, Scope, Untranslatable, to_xpath

# the names of the form's own questions (never a questionnaire id: those start with s<digit>)
META_QUESTIONNAIRE = "cap_questionnaire"
META_VERSION = "cap_version"
META_HASH = "cap_hash"
META_ASSESSMENT = "cap_assessment"
META_INSTITUTION = "cap_institution"
META_INSTITUTION_NAME = "cap_institution_pick"  # the whole questionnaire: picked by the respondent
META_RESPONDENT = "cap_respondent"
META_POSITION = "cap_position"
META_FORM_VERSION = "cap_form_version"
META_CHECK = "cap_check"  # the form's identity check (identity_check): whose form it is, as sent
HASH_CHARS = 16  # of the questionnaire's content hash carried by the form

ROW_SUFFIX = "_row"     # <grid>_row: the row code of a grid's repeat row
CELL_SUFFIX = "_cell"   # s3_matrix_cell: the matrix cell (PQ_SOURCE) of a repeat row
POS_SUFFIX = "_pos"

DATE_MIN, DATE_MAX = "1900-01-01", "2100-12-31"  # a date no question asks outside


class XLSFormError(Exception):
    """A form that cannot be written as asked (one line); nothing was written."""

    user_error = True


def language_column(code: str) -> str:
    """``English (en)``: the language as XLSForm columns name it (what ODK and Kobo show)."""
    return f"{BY_CODE[code].english_name} ({code})"


@dataclass(frozen=True)
class Part:
    """What one form asks: ``items`` (ids, in the questionnaire's order: simple items, notes,
    grids, the matrix), a grid's ``rows`` (grid id -> row codes; a grid absent asks all its rows)
    and the matrix ``cells`` ((policy question, source) pairs)."""

    items: tuple[str, ...]
    rows: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    cells: tuple[tuple[str, str], ...] = ()


def whole(q: Questionnaire) -> Part:
    """The whole questionnaire: every item and grid row, and the cells the matrix expects."""
    cells: tuple[tuple[str, str], ...] = ()
    if q.matrix is not None:
        cells = tuple((p.code, s.code) for p in q.policy_questions for s in q.sources
                      if (p.code, s.code) in q.matrix.relevance)
    return Part(items=tuple(it.id for it in q.items()), cells=cells)


@dataclass(frozen=True)
class FormSpec:
    """Who and what the form is for. ``known``: the mission's answers by key (values only), used
    for the conditions on questions the form does not ask; ``texts``: the form's own labels
    (``respondent``, ``position``, ``institution``), each a text per language."""

    assessment_uid: str
    title: Text
    lang: str = "en"
    institution: str = ""  # the S0 institution row code; "" for the whole questionnaire
    institution_name: Text | None = None
    known: Mapping[str, Any] = field(default_factory=dict)
    texts: Mapping[str, Text] = field(default_factory=dict)


@dataclass
class Form:
    """The three sheets, as rows of column -> value, and the warnings of the translation."""

    survey: list[dict[str, str]]
    choices: list[dict[str, str]]
    settings: dict[str, str]
    warnings: list[str]

    @property
    def form_id(self) -> str:
        return self.settings["form_id"]

    @property
    def version(self) -> str:
        return self.settings["version"]


def form_id(assessment_uid: str, institution: str = "") -> str:
    return f"capacity_{assessment_uid}_{institution or 'all'}"


def identity_check(questionnaire_id: str, version: str, content_hash: str, assessment_uid: str,
                   institution: str, form_version: str) -> str:
    """The check a form carries in its hidden ``cap_check`` column: a digest of its identity
    (questionnaire, version, content hash, assessment, the institution it was sent to — "" for the
    whole questionnaire — and the form's version). An export whose identity columns no longer give
    this check was edited outside the platform; the institution a form was sent to is the one whose
    check it carries, whatever its ``cap_institution`` column says. Not a secret (anyone
    who reads this code can compute it): it detects an edit, it does not prove who made one."""
    text = "\x1f".join(("capacity-form-identity/1", questionnaire_id, version, content_hash, assessment_uid,
                         institution, form_version))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


# --- building ------------------------------------------------------------------------------

class _Builder:
    def __init__(self, q: Questionnaire, part: Part, spec: FormSpec) -> None:
        self.q = q
        self.part = part
        self.spec = spec
        self.survey: list[dict[str, str]] = []
        self.choices: list[dict[str, str]] = []
        self.lists: dict[tuple, str] = {}  # choice content -> list name
        self.list_names: set[str] = set()
        self.warnings: list[str] = []
        asked = set(part.items)
        # the single-valued items the form asks: ${id} refers to them by name; others are known
        self.asked_names = {it.id: it.id for it in q.items() if it.id in asked and it.type not in ("note", "grid", "matrix")}
        self.types = {it.id: it.field.type for it in q.items()}
        self.known = {it.id: spec.known.get(it.id) for it in q.items()
                      if it.id not in self.asked_names and it.type not in ("note", "grid", "matrix")}

    # ---- texts
    def texts(self, prefix: str, text: Text | None, fmt: str = "{}") -> dict[str, str]:
        if not text:
            return {}
        return {f"{prefix}::{language_column(code)}": fmt.format(tr(text, code)) for code in LANGUAGES}

    def row(self, type_: str, name: str, label: Text | None = None, **cols: str) -> dict[str, str]:
        r = {"type": type_, "name": name}
        r.update(self.texts("label", label))
        r.update({k: v for k, v in cols.items() if v})
        self.survey.append(r)
        return r

    # ---- choices
    def choice_list(self, name: str, choices: Sequence[tuple[str, Text]]) -> str:
        key = tuple((code, tuple(sorted(label.items()))) for code, label in choices)
        if key in self.lists:
            return self.lists[key]
        if name in self.list_names:
            raise XLSFormError(en_line("cli.xlsform.list_twice", name=repr(name)))
        self.lists[key] = name
        self.list_names.add(name)
        for code, label in choices:
            r = {"list_name": name, "name": code}
            r.update(self.texts("label", label))
            self.choices.append(r)
        return name

    def field_choices(self, fld: Field, name: str) -> str:
        if fld.type == "rating":
            anchors = fld.anchors or {}
            return self.choice_list(name, [(str(k), {c: f"{k}. {tr(v, c)}" for c in LANGUAGES})
                                           for k, v in sorted(anchors.items())])
        return self.choice_list(name, [(c.code, c.label) for c in fld.choices])

    # ---- expressions
    def xpath(self, text: str | None, scope: Scope, where: str, what: str) -> str:
        if not text:
            return ""
        try:
            out, warnings = to_xpath(text, scope)
        except Untranslatable as exc:
            # what is "constraint" or "relevance": an entry each (cli.xlsform.constraint, .relevance)
            raise XLSFormError(en_line(f"cli.xlsform.{what}", where=where, detail=exc)) from None
        self.warnings.extend(f"{where}: {w}" for w in warnings)
        return out

    def scope(self, fld: Field, cell_names: Mapping[str, str] | None = None,
              cell_types: Mapping[str, str] | None = None) -> Scope:
        names = dict(self.asked_names)
        types = dict(self.types)
        if cell_names:
            names.update(cell_names)
            types.update(cell_types or {})
        types["."] = fld.type
        known = {k: v for k, v in self.known.items() if k not in names}
        return Scope(names=names, types=types, known=known)

    # ---- questions
    def question(self, fld: Field, name: str, where: str, scope: Scope, list_name: str) -> None:
        cols: dict[str, str] = {}
        t = fld.type
        if t in ("select_one", "select_multiple", "rating"):
            type_ = f"{'select_multiple' if t == 'select_multiple' else 'select_one'} {self.field_choices(fld, list_name)}"
        elif t in ("integer", "year", "rating"):
            type_ = "integer"
        else:
            type_ = t  # text, decimal, date
        bounds = ""
        bounds_text = ""
        if t in NUMBER_TYPES and t != "rating":
            lo, hi = limits(fld)
            parts = ([f". >= {lo:g}"] if lo is not None else []) + ([f". <= {hi:g}"] if hi is not None else [])
            bounds = " and ".join(parts)
            bounds_text = (f"{lo:g} – {hi:g}" if lo is not None and hi is not None else
                           f"≥ {lo:g}" if lo is not None else f"≤ {hi:g}" if hi is not None else "")
        elif t == "date":
            bounds = f". >= date('{DATE_MIN}') and . <= date('{DATE_MAX}')"
            bounds_text = f"{DATE_MIN} – {DATE_MAX}"
        own = self.xpath(fld.constraint, scope, where, "constraint")
        constraint = " and ".join(f"({c})" for c in (bounds, own) if c)
        if constraint:
            cols["constraint"] = constraint
            if fld.constraint_message:
                msg = {c: tr(fld.constraint_message, c) + (f" ({bounds_text})" if bounds_text else "")
                       for c in LANGUAGES}
            else:
                msg = {c: bounds_text for c in LANGUAGES}
            cols.update(self.texts("constraint_message", msg))
        relevant = self.xpath(fld.relevant, scope, where, "relevance")
        if relevant:
            cols["relevant"] = relevant
        r = self.row(type_, name, fld.label, **cols)
        r.update(self.texts("hint", fld.help))

    def simple(self, it: Item) -> None:
        if it.type == "note":
            r = self.row("note", it.id, it.label)
            r.update(self.texts("hint", it.help))
            relevant = self.xpath(it.relevant, self.scope(it.field), it.id, "relevance")
            if relevant:
                r["relevant"] = relevant
            return
        self.question(it.field, it.id, it.id, self.scope(it.field), it.id)
        default = _default(it.field, self.spec.known.get(it.id))
        if default:  # what the mission already knows, for the respondent to confirm or correct
            self.survey[-1]["default"] = default

    def repeat(self, it: Item, count: int, key_name: str, key_list: str, fields: tuple[Field, ...]) -> None:
        relevant = self.xpath(it.relevant, self.scope(it.field), it.id, "relevance")
        r = self.row("begin repeat", it.id, it.label, repeat_count=str(count), relevant=relevant)
        r.update(self.texts("hint", it.help))
        pos = it.id + POS_SUFFIX
        self.row("calculate", pos, calculation="position(..)")
        self.row(f"select_one {key_list}", key_name, it.label, read_only="yes", appearance="minimal",
                 calculation=f"instance('{key_list}')/root/item[position() = ${{{pos}}}]/name")
        names = {f.id: f"{it.id}_{f.id}" for f in fields}
        types = {f.id: f.type for f in fields}
        for f in fields:
            if names[f.id] in self.types:
                raise XLSFormError(en_line("cli.xlsform.name_clash", field=f"{it.id}.{f.id}", name=names[f.id]))
            self.question(f, names[f.id], f"{it.id}.{f.id}", self.scope(f, names, types), names[f.id])
        self.row("end repeat", it.id)

    def grid(self, it: Item) -> None:
        wanted = self.part.rows.get(it.id)
        rows = [r for r in it.rows if wanted is None or r.code in wanted]
        if not rows:
            return
        key_list = self.choice_list(it.id + "_rows", [(r.code, r.label) for r in rows])
        self.repeat(it, len(rows), it.id + ROW_SUFFIX, key_list, it.columns)

    def matrix(self, it: Item) -> None:
        m = self.q.matrix
        if m is None or not self.part.cells:
            return
        choices = []
        for pq_code, src_code in self.part.cells:
            pq, src = self.q.policy_question(pq_code), self.q.source(src_code)
            if pq is None or src is None:
                raise XLSFormError(en_line("cli.xlsform.no_cell", item=it.id, row=pq_code, column=src_code))
            choices.append((f"{pq_code}_{src_code}", {
                c: f"{pq_code}. {tr(pq.label, c)} — {src_code}: {tr(src.label, c)}" for c in LANGUAGES}))
        key_list = self.choice_list(it.id + "_cells", choices)
        self.repeat(it, len(choices), it.id + CELL_SUFFIX, key_list, m.fields)

    def meta(self) -> None:
        s = self.spec
        q = self.q
        for name, value in ((META_QUESTIONNAIRE, q.id), (META_VERSION, q.version),
                            (META_HASH, q.content_hash[:HASH_CHARS]), (META_ASSESSMENT, s.assessment_uid)):
            self.row("calculate", name, calculation=_string(value))
        # the institution: the form's own, or the one the respondent picks on the whole questionnaire's
        self.row("calculate", META_INSTITUTION,
                 calculation=_string(s.institution) if s.institution else f"${{{META_INSTITUTION_NAME}}}")
        texts = s.texts
        if not s.institution:  # the whole questionnaire: the respondent says which institution
            grid = q.item(INSTITUTIONS_GRID)
            if grid is None or not grid.rows:
                raise XLSFormError(en_line("cli.xlsform.no_grid", grid=INSTITUTIONS_GRID))
            lst = self.choice_list(META_INSTITUTION, [(r.code, r.label) for r in grid.rows])
            self.row(f"select_one {lst}", META_INSTITUTION_NAME, texts.get("institution"), required="yes")
        self.row("text", META_RESPONDENT, texts.get("respondent"), required="yes")
        self.row("text", META_POSITION, texts.get("position"))

    def build(self) -> Form:
        self.meta()
        asked = set(self.part.items)
        for sec in self.q.sections:
            items = [it for it in sec.items if it.id in asked]
            if not items:
                continue
            group = sec.id.lower()
            r = self.row("begin group", group, sec.label)
            r.update(self.texts("hint", sec.help))
            for it in items:
                if it.type == "grid":
                    self.grid(it)
                elif it.type == "matrix":
                    self.matrix(it)
                else:
                    self.simple(it)
            self.row("end group", group)
        digest = hashlib.sha256(json.dumps([self.survey, self.choices], sort_keys=True,
                                           ensure_ascii=False).encode()).hexdigest()
        version = f"{self.q.version}-{digest[:10]}"
        self.row("calculate", META_FORM_VERSION, calculation=_string(version))
        self.row("calculate", META_CHECK, calculation=_string(identity_check(
            self.q.id, self.q.version, self.q.content_hash[:HASH_CHARS], self.spec.assessment_uid,
            self.spec.institution, version)))
        title = tr(self.spec.title, self.spec.lang)
        if self.spec.institution_name:
            title = f"{title} — {tr(self.spec.institution_name, self.spec.lang)}"
        settings = {"form_title": title, "form_id": form_id(self.spec.assessment_uid, self.spec.institution),
                    "version": version, "default_language": language_column(self.spec.lang)}
        return Form(self.survey, self.choices, settings, self.warnings)


_DEFAULT_TYPES = ("select_one", "select_multiple", "rating", "integer", "year", "decimal", "date")


def _default(fld: Field, value: Any) -> str:
    """The mission's answer as the question's ``default`` ("" for none). A text is never given: an
    XLSForm reads a default holding ``${…}`` or a call as an expression, and a free text may."""
    if value is None or value == "" or value == [] or fld.type not in _DEFAULT_TYPES:
        return ""
    if isinstance(value, (list, tuple)):
        given = {str(v) for v in value}
        return " ".join(c for c in fld.choice_codes if c in given)  # in the list's order
    if fld.type in ("select_one",) and str(value) not in fld.choice_codes:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _string(value: str) -> str:
    if "'" in value:
        raise XLSFormError(en_line("cli.xlsform.quote", value=repr(value)))
    return f"'{value}'"


def build_form(q: Questionnaire, part: Part, spec: FormSpec) -> Form:
    """The form's rows (pure). Raises :class:`XLSFormError` when a condition cannot be written."""
    if spec.lang not in LANGUAGES:
        raise XLSFormError(en_line("cli.xlsform.language", code=repr(spec.lang)))
    unknown = [i for i in part.items if q.item(i) is None]
    if unknown:
        raise XLSFormError(f"no question {unknown[0]!r} in questionnaire {q.id} {q.version}")
    if not any(q.item(i).type != "note" for i in part.items):  # type: ignore[union-attr]
        raise XLSFormError(en_line("cli.xlsform.no_question"))
    return _Builder(q, part, spec).build()


# --- writing -------------------------------------------------------------------------------

def _columns(rows: list[dict[str, str]], first: tuple[str, ...]) -> list[str]:
    cols = list(first)
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    return cols


_WIDTHS = {"type": 26, "name": 30, "list_name": 24, "label": 48, "hint": 40, "constraint_message": 30,
           "relevant": 36, "constraint": 36, "calculation": 36}


def write_sheets(form: Form, path) -> None:
    """The form as an .xlsx (survey, choices, settings), every cell text (never a formula)."""
    from openpyxl import Workbook

    from ..workbook.cells import write_header, write_text

    wb = Workbook()
    wb.remove(wb.worksheets[0])
    for title, rows, first in (("survey", form.survey, ("type", "name")),
                               ("choices", form.choices, ("list_name", "name")),
                               ("settings", [form.settings], ())):
        ws = wb.create_sheet(title)
        cols = _columns(rows, first)
        # wide enough to read in a spreadsheet (an officer may look before uploading)
        write_header(ws, cols, [_WIDTHS.get(c.split("::")[0], 24) for c in cols])
        for i, r in enumerate(rows, 2):
            for j, c in enumerate(cols, 1):
                v = r.get(c, "")
                if v:
                    write_text(ws, i, j, v)
    wb.properties.creator = "capacity-app"
    wb.save(path)


def convert(path) -> tuple[str, list[str]]:
    """The XForm pyxform makes of the XLSForm at ``path``, and its warnings; raises
    :class:`XLSFormError` with pyxform's reason when it refuses the form."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert as _convert

    warnings: list[str] = []
    try:
        result = _convert(xlsform=str(path), warnings=warnings, file_type=".xlsx")
    except PyXFormError as exc:
        raise XLSFormError(en_line("cli.xlsform.pyxform", detail=" ".join(str(exc).split()))) from None
    return result.xform, warnings


class Converted(NamedTuple):
    """A form written, with what pyxform made of it when it checked it."""
    path: Path
    xform: str           # the XForm
    warnings: list[str]  # pyxform's warnings (the translation's are the Form's own)


def write_converted(form: Form, out_path, progress: Progress = None, cancelled: CancelCheck = None) -> Converted:
    """Write ``form`` at ``out_path`` (temporary name, then replaced) once pyxform has converted it;
    the conversion is returned with the path, so that nobody converts the written form again."""
    out_path = Path(out_path)
    report(progress, 0.1, "writing the form")
    made: list[tuple[str, list[str]]] = []

    def build(tmp) -> None:
        write_sheets(form, tmp)
        check(cancelled)
        report(progress, 0.5, "checking the form with pyxform")
        made.append(convert(tmp))
        check(cancelled)

    replace_atomically(build, out_path, "the form")
    report(progress, 1.0, "saved")
    xform, warnings = made[-1]
    return Converted(out_path, xform, warnings)


def write_xlsform(form: Form, out_path, progress: Progress = None, cancelled: CancelCheck = None) -> Path:
    """Write ``form`` at ``out_path`` (temporary name, then replaced) once pyxform has converted it."""
    return write_converted(form, out_path, progress, cancelled).path


__all__ = ["Part", "FormSpec", "Form", "XLSFormError", "whole", "build_form", "write_xlsform", "write_converted",
           "Converted", "convert", "form_id", "language_column", "Choice"]
