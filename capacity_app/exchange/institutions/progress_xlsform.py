"""An institution's progress form as an XLSForm: the same questions as its progress
workbook (``progress_form``: each action's status, dates and reason; each cost line's money; each
indicator's value, date and source), for ODK Central or KoboToolbox; and a KoboToolbox .xlsx
export of its submissions read back into the same :class:`~.progress_reply.ProgressReply` the
workbook gives, so the service checks both alike.

The form carries its identity in hidden ``calculate`` fields that every submission brings back:
the assessment, the institution it was sent to, the period, the form, the rows' keys in order
(``cap_keys``), what each row was sent with (``cap_sent``, base64 JSON) and ``cap_check``, a digest
of them all: an export whose identity columns were edited is refused, and the reply is the
institution's the form was sent to. Rows are named by position (``a1_status``, ``m3_spent``,
``i2_value``). The application's languages are ``label::English (en)`` … columns; the default is the form's
language. Several submissions in one export: the newest (``_submission_time``, ODK Central's
``SubmissionDate``) is taken whole; its time is the reply's (``filled_at``).

The exports read: KoboToolbox's .xlsx (XML values and headers) and ODK Central's .zip of CSV files
(its main CSV, the form's, with the hidden fields by group path: ``actions-a1-a1_status``) or that
CSV alone, by the questionnaire's export reader (``submissions.tables_of``: the sizes, members and
CSV limits it enforces while reading). Refused in one line: a .zip that is no export of CSV files
or whose directory lies (a zip bomb), no table of the form's submissions (the main CSV missing),
two of them, an instance ID given twice, submissions of different forms (another institution's),
identity columns edited; a submission ODK Central's review rejected is left out."""
from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
from pathlib import Path
from typing import Any

from ..outside.reader import Workbook
from ..outside.safety import DEFAULT_LIMITS, Limits, UnsafeWorkbook
from ..workbook.importer import WorkbookError
from .progress_form import FORM_SHEET, SHEETS, ProgressForm, plain
from .progress_reply import ProgressReply, ReplyRow, _normal, read_open, saved_time
from .progress_texts import text
from ...domain.texts import text as en_line
from ...domain.plan.progress_fields import FORM_FIELDS
from .submissions import LIMITS as EXPORT_LIMITS
from .submissions import NotSubmissions, SubmissionsError, _last, _left_out, _Table, tables_of
from .xlsform import Form, language_column, write_xlsform
from ...domain.languages import LANGUAGES

LANGS = LANGUAGES   # every language the application has, those added by a catalogue too (a live view)
PREFIX = {"actions": "a", "money": "m", "indicators": "i"}
# the form's columns a respondent fills -> the question's name (their field's)
FIELDS = {c: f.name for c, f in FORM_FIELDS.items()}
# a field's XLSForm type, by its kind
_KIND_TYPES = {"status": "select_one status", "date": "date", "text": "text", "line": "text", "amount": "decimal",
               "value": "decimal"}
TYPES = {f.name: _KIND_TYPES[f.kind] for f in FORM_FIELDS.values()}
IDENTITY = ("cap_assessment", "cap_institution", "cap_period", "cap_form", "cap_keys", "cap_sent")
TIME_COLUMNS = ("_submission_time", "SubmissionDate", "end")
ID_COLUMNS = ("_uuid", "meta/instanceID", "instanceID", "KEY")


def identity_check(values: dict[str, str]) -> str:
    """The digest of a form's identity fields (not a secret: it detects an edit)."""
    return hashlib.sha256("\x1f".join(("capacity-progress-form/1", *(values[k] for k in IDENTITY))).encode()
                          ).hexdigest()[:24]


def _literal(s: str) -> str:
    """``s`` as an XPath string literal."""
    if "'" not in s:
        return f"'{s}'"
    if '"' not in s:
        return f'"{s}"'
    return "concat(" + ", \"'\", ".join(f"'{p}'" for p in s.split("'")) + ")"


def _labels(key: str, **params: Any) -> dict[str, str]:
    return {f"label::{language_column(lang)}": text(key, lang, **params) for lang in LANGS}


def _same(label: str) -> dict[str, str]:
    return {f"label::{language_column(lang)}": label for lang in LANGS}


def _identity(form: ProgressForm) -> dict[str, str]:
    keys = [line.key for code in SHEETS for line in form.sheets.get(code, [])]
    sent = {code: [[plain(v) for v in line.sent] for line in form.sheets.get(code, [])] for code in SHEETS}
    values = {"cap_assessment": form.meta["assessment_uid"], "cap_institution": form.meta["institution"],
              "cap_period": form.period, "cap_form": form.meta["form"], "cap_keys": " ".join(keys),
              "cap_sent": base64.b64encode(json.dumps([form.meta.get("carried", ""), sent]).encode()).decode()}
    values["cap_check"] = identity_check(values)
    return values


def _default(field: str, value: Any) -> str:
    if value is None:
        return ""
    v = plain(value)
    return " ".join(str(v).split()) if field in ("reason", "note", "source") else str(v)


def build_progress_xlsform(form: ProgressForm) -> Form:
    """The survey, choices and settings of ``form`` as XLSForm rows."""
    survey: list[dict[str, str]] = [{"type": "calculate", "name": k, "calculation": _literal(v)}
                                    for k, v in _identity(form).items()]
    survey.append({"type": "text", "name": "cap_respondent", "required": "yes", **_labels("cover.respondent")})
    survey.append({"type": "text", "name": "cap_position", **_labels("cover.role")})
    for code, (_protected, opened) in SHEETS.items():
        survey.append({"type": "begin_group", "name": code, **_labels(f"sheet.{code}")})
        for k, line in enumerate(form.sheets.get(code, []), 1):
            name = f"{PREFIX[code]}{k}"
            survey.append({"type": "begin_group", "name": name, **_same(" — ".join(x for x in line.shown[:4] if x))})
            for col, value in zip(opened, line.sent, strict=True):
                field = FIELDS[col]
                row = {"type": TYPES[field], "name": f"{name}_{field}", "default": _default(field, value),
                       **_labels(col, year=form.period[:4])}
                if TYPES[field] == "decimal" and code == "money":
                    row["constraint"] = ". >= 0"
                survey.append({k2: v for k2, v in row.items() if v})
            survey.append({"type": "end_group"})
        survey.append({"type": "end_group"})
    choices = [{"list_name": "status", "name": s, **_labels(f"status.{s}")}
               for s in ("planned", "in_progress", "done", "dropped")]
    title = text("cover.title", form.lang, institution=form.institution_label)
    settings = {"form_id": f"capacity_progress_{form.meta['form']}", "version": form.meta["made_at"][:19].replace(
        "-", "").replace(":", "").replace("T", ""), "form_title": f"{title} ({form.period})"[:200],
        "default_language": language_column(form.lang)}
    return Form(survey, choices, settings, [])


def write_progress_xlsform(form: ProgressForm, out_path, progress=None, cancelled=None):
    """Write ``form`` as an XLSForm at ``out_path`` once pyxform has converted it."""
    return write_xlsform(build_progress_xlsform(form), out_path, progress, cancelled)


# --- the submissions back -----------------------------------------------------------------------

def is_submissions_export(wb: Workbook) -> bool:
    rows = wb.rows(wb.sheet_names[0]) if wb.sheet_names else []
    return bool(rows) and any(str(h).rsplit("/", 1)[-1] == "cap_check" for h in rows[0])


def read_progress_file(path, progress=None, cancelled=None) -> ProgressReply:
    """A returned progress workbook (``progress_reply``, the exchange workbook's limits), a
    KoboToolbox .xlsx export of the progress XLSForm's submissions (the submissions' limits: one
    column per question), or ODK Central's .zip of CSV files (or its main .csv), whichever ``path``
    is, read and checked."""
    from .progress_reply import is_progress_form, read_progress_reply

    if Path(str(path)).suffix.lower() in (".zip", ".csv"):
        return read_progress_export(path)
    try:
        with Workbook(str(path), EXPORT_LIMITS) as wb:
            workbook = FORM_SHEET in wb.sheet_names and is_progress_form(wb)
    except UnsafeWorkbook as exc:
        raise WorkbookError(str(path), [(exc.sheet, exc.cell, exc.reason)]) from None
    if workbook:
        return read_progress_reply(path, progress, cancelled, DEFAULT_LIMITS)
    return read_progress_export(path)


_NOT_AN_EXPORT = en_line("cli.progress.not_an_export")


def read_progress_export(path, limits: Limits = EXPORT_LIMITS) -> ProgressReply:
    """The newest submission of a KoboToolbox .xlsx export (XML values and headers) or an ODK
    Central .zip (or .csv) export of a progress XLSForm, as a :class:`ProgressReply`; refused in
    one line (:class:`WorkbookError`)."""
    if Path(str(path)).suffix.lower() in (".zip", ".csv"):
        return _newest(str(path), _csv_export(path))
    try:
        with Workbook(str(path), limits) as wb:
            if not is_submissions_export(wb):
                raise WorkbookError(str(path), [("", "", _NOT_AN_EXPORT)])
            sheet = wb.sheet_names[0]
            formulas = wb.formula_cells(sheet)
            if formulas:
                raise WorkbookError(str(path), [(sheet, formulas[0], en_line("cli.progress.formula"))])
            rows = wb.rows(sheet)
            return _newest(str(path), _Table(sheet, [str(h).strip() for h in rows[0]], rows[1:]))
    except UnsafeWorkbook as exc:
        raise WorkbookError(str(path), [(exc.sheet, exc.cell, exc.reason)]) from None


def _csv_export(path) -> _Table:
    """The table of the form's submissions in ODK Central's .zip of CSV files (or its .csv), read
    by the questionnaire's export reader within its limits."""
    try:
        tables = tables_of(path)
    except NotSubmissions:
        raise WorkbookError(str(path), [("", "", _zip_reason(path))]) from None
    except SubmissionsError as exc:
        raise WorkbookError(str(path), [("", "", exc.reason)]) from None
    main = [t for t in tables if "cap_check" in {_last(h) for h in t.header}
            and not ({"PARENT_KEY", "_parent_index"} & set(t.header))]
    if not main:
        raise WorkbookError(str(path), [("", "", en_line("cli.progress.no_main"))])
    if len(main) > 1:
        raise WorkbookError(str(path), [("", "", en_line("cli.progress.two_tables", first=main[0].name,
                                                          second=main[1].name))])
    return main[0]


def _zip_reason(path) -> str:
    """Why a .zip is no ODK Central export of CSV files (its directory lies, or it holds others)."""
    import os

    from ...files import InputFileError, open_regular
    from ..outside.safety import zip_directory_problem
    from .submissions import MAX_FILE, MAX_MEMBERS

    try:
        with open_regular(path) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_FILE:
                return f"larger than {MAX_FILE // (1 << 20)} MB: not an export of one form's submissions"
            problem = zip_directory_problem(fh, size, MAX_MEMBERS)
    except (InputFileError, OSError) as exc:
        return f"cannot be read ({exc})"
    if problem:
        return f"refused: {problem}"
    return f"{_NOT_AN_EXPORT} (ODK Central's .zip holds the form's CSV files only)"


def _submissions(path: str, table: _Table) -> tuple[list[dict[str, Any]], int]:
    """The export's submissions by field name (the group path left out), those the platform's
    review rejected left out (and counted); refused when a field is there twice, the submissions come from
    different forms (another institution's, another period's) or an instance ID is there twice."""
    header = [_last(str(h)) for h in table.header]
    if len(set(header)) != len(header):
        raise WorkbookError(path, [(table.name, "1", en_line("cli.progress.two_columns"))])
    rows = [r for r in table.rows if any(str(v).strip() for v in r)]
    subs = [dict(zip(header, r, strict=False)) for r in rows]
    if len({str(s.get("cap_check", "")) for s in subs}) > 1:
        raise WorkbookError(path, [(table.name, "", en_line("cli.progress.mixed"))])
    seen: set[str] = set()
    for sub in subs:
        instance = str(next((sub[c] for c in ID_COLUMNS if str(sub.get(c, "") or "").strip()), "")).strip()
        if instance and instance in seen:
            raise WorkbookError(path, [("", "", en_line("cli.instance_twice", instance=instance[:80]))])
        seen.add(instance)
    platform = "ODK Central" if "KEY" in table.header or "SubmissionDate" in header else "KoboToolbox"
    kept = [s for s, r in zip(subs, rows, strict=True) if not _left_out(table, r, platform)]
    if not kept:
        raise WorkbookError(path, [(table.name, "", en_line("cli.progress.none_kept", n=len(subs)) if subs
                                   else en_line("cli.progress.no_submission"))])
    return kept, len(subs) - len(kept)


def _stamp(v: Any) -> str:
    """A submission's time as text (a date cell of an .xlsx export read as a datetime)."""
    return v.isoformat() if isinstance(v, _dt.datetime) else str(v or "")


def _sent(path: str, sheet: str, ident: dict[str, str]) -> tuple[str, dict[str, list[list[Any]]], list[str]]:
    """What the form says it carried and sent (``cap_sent``) and its rows' keys (``cap_keys``),
    in the shapes the form writes them; refused in one line otherwise (identity columns edited and
    their check computed again: ``cap_check`` is a plain digest, no secret)."""
    try:
        carried, sent = json.loads(base64.b64decode(ident["cap_sent"], validate=True))
    except (ValueError, TypeError):   # bad base64 or JSON, or not a pair
        carried, sent = None, None
    keys = ident["cap_keys"].split()
    scalar = (str, int, float, type(None))
    ok = isinstance(carried, str) and isinstance(sent, dict) and all(
        isinstance(sent.get(code), list) and all(isinstance(was, list) and len(was) == len(opened)
                                                 and all(isinstance(v, scalar) for v in was) for was in sent[code])
        for code, (_p, opened) in SHEETS.items())
    if not ok or len(keys) != sum(len(sent[code]) for code in SHEETS):
        raise WorkbookError(path, [(sheet, "", en_line("cli.identity_edited"))])
    return carried, sent, keys


def _newest(path: str, table: _Table) -> ProgressReply:
    sheet = table.name
    subs, left_out = _submissions(path, table)
    header = [_last(str(h)) for h in table.header]
    time = next((c for c in TIME_COLUMNS if c in header), None)
    subs.sort(key=lambda s: saved_time(_stamp(s.get(time))) if time else "")
    sub = subs[-1]
    ident = {k: str(sub.get(k, "")) for k in IDENTITY}
    if identity_check(ident) != str(sub.get("cap_check", "")):
        raise WorkbookError(path, [(sheet, "", en_line("cli.identity_edited"))])
    carried, sent, keys = _sent(path, sheet, ident)
    where = f"submission {str(next((sub[c] for c in ID_COLUMNS if c in sub), len(subs)))[:60]}"
    out: dict[str, list[ReplyRow]] = {}
    for code, (_p, opened) in SHEETS.items():
        out[code] = []
        for k, was in enumerate(sent[code], 1):
            key = keys.pop(0)
            values, cells = [], []
            for col in opened:
                name = f"{PREFIX[code]}{k}_{FIELDS[col]}"
                cells.append(f"{where}, {name}")
                try:
                    values.append(read_open(col, sub.get(name), "en"))
                except ValueError as exc:
                    raise WorkbookError(path, [(sheet, "", f"{where}, {name}: {exc}")]) from None
            now = tuple(_normal(plain(v)) for v in values)
            was_t = tuple(_normal(v) for v in was)
            out[code].append(ReplyRow(code, key, tuple(values), tuple(cells), was_t, now != was_t))
    when = _stamp(sub.get(time)) if time else ""
    meta = {"assessment_uid": ident["cap_assessment"], "institution": ident["cap_institution"],
            "period": ident["cap_period"], "form": ident["cap_form"], "made_at": when, "filled_at": saved_time(_stamp(when)),
            "carried": carried, "language": "en", "submissions": str(len(subs)),
            "left_out": str(left_out)}
    return ProgressReply(path, meta, " ".join(str(sub.get("cap_respondent", "")).split())[:200],
                         " ".join(str(sub.get("cap_position", "")).split())[:200], out)


__all__ = ["build_progress_xlsform", "identity_check", "is_submissions_export", "read_progress_export",
           "read_progress_file", "write_progress_xlsform"]
