"""Reading an ODK Central or KoboToolbox submissions export of a form this application wrote
(exchange/institutions/xlsform.py) into plain data: who answered (institution, respondent) and which value for
which answer key. What becomes of them (proposals, never answers) is
``services.submissions``.

The exports read, as the platforms write them:

* **ODK Central** (*Download ▸ CSV*): a .zip holding ``<form_id>.csv`` (one row per submission:
  ``SubmissionDate``, the questions by their group path joined with ``-`` (``s6b-s6b_note``),
  ``meta-instanceID``, ``KEY``, ``SubmitterID``, ``SubmitterName``, ``Status``, ``ReviewState``,
  ``FormVersion`` ...) and one ``<form_id>-<repeat>.csv`` per repeat group (its questions, then
  ``PARENT_KEY``, the submission's ``KEY``, and its own ``KEY``); or the root .csv alone.
* **KoboToolbox** (*Downloads ▸ XLS*, "XML values and headers"): an .xlsx whose first sheet holds
  the submissions (group paths joined with ``/``, a select_multiple also as one 0/1 column per
  choice, ``meta/instanceID``, ``_id``, ``_uuid``, ``_submission_time``, ``_validation_status``,
  ``__version__``, ``_index``), and one sheet per repeat group (``_index``, ``_parent_index``,
  ``_parent_table_name``, ``_submission__uuid`` ...); or its CSV (``;`` or ``,``), submissions only.

A question is found by the last part of its column's path (the form's names are identifiers, never
holding ``/`` or ``-``); the form's own ``cap_*`` questions say which questionnaire (id, version,
content hash), assessment and institution it was made for. Every value is checked against its
field (a code of its list, a number, a date); anything that does not fit refuses the whole file
in one line. Bounded: the file's size, its rows and columns, a cell's text; an .xlsx is read by
the application's own reader (exchange/outside/reader.py, never openpyxl), a .zip's members checked before
they are read. Run in a child process with a memory and time limit (``services.submissions``)."""
from __future__ import annotations

import csv
import datetime as _dt
import io
import lzma
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain import celltext
from ...domain.institutions.asked import institution_codes
from ...domain.questionnaire import Field, Questionnaire
from ...files import InputFileError, open_regular, read_regular
from ..outside.safety import MB, Limits, UnsafeWorkbook, zip_directory_problem, zip_method_problem
from .form import FORM_SHEET
from .xlsform import (
    CELL_SUFFIX,
    META_ASSESSMENT,
    META_CHECK,
    META_FORM_VERSION,
    META_HASH,
    META_INSTITUTION,
    META_INSTITUTION_NAME,
    META_POSITION,
    META_QUESTIONNAIRE,
    META_RESPONDENT,
    META_VERSION,
    ROW_SUFFIX,
    form_id,
    identity_check,
)
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates

MAX_FILE = 50 * MB
MAX_MEMBER = 64 * MB
MAX_TOTAL = 160 * MB
MAX_MEMBERS = 200
MAX_ROWS = 20_000
MAX_COLUMNS = 4_000
CELL_CHARS = 32_767
LIMITS = Limits(max_file=MAX_FILE, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS)

ODK, KOBO = "ODK Central", "KoboToolbox"
_PATH = re.compile(r"[/\-.]")  # group separators: Kobo's "/" (or "."), ODK Central's "-"
_WHOLE = re.compile(r"^[+-]?[0-9]{1,15}(?:\.0*)?$")
_DATE = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$")
# a submission the platform says was rejected (ODK Central's review state, Kobo's validation status,
# by its code or its label), or could not decrypt (ODK Central's Status): left out, with a warning
REJECTED_STATES = {"rejected", "validation_status_not_approved", "not approved", "not_approved"}


class NotSubmissions(Exception):
    """The file is no submissions export (an exchange workbook, a package): read it otherwise."""


class SubmissionsError(Exception):
    """The export was refused; one line naming the file and the reason. Nothing was read into
    the database."""

    user_error = True

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self):  # sent back whole from the reading process
        return (SubmissionsError, (self.path, self.reason))


@dataclass
class Submission:
    """One submission: its id, when it was received, who sent it and the values it gives
    (answer key -> value, checked against its field)."""

    instance_id: str
    submitted_at: str
    institution: str
    respondent: str
    position: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class SubmissionsPlan:
    """An export read: the form's identity, its submissions (oldest first) and what was left out."""

    path: str
    platform: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_hash: str
    assessment_uid: str
    form_version: str
    submissions: list[Submission]
    warnings: list[str] = field(default_factory=list)
    # the institution the form was sent to (its identity check, :func:`sent_to`); "" for the whole
    # questionnaire's form, whose respondents each say which institution they answer for
    sent_to: str = ""

    @property
    def value_count(self) -> int:
        return sum(len(s.values) for s in self.submissions)


@dataclass
class _Table:
    name: str
    header: list[str]
    rows: list[list[Any]]

    def column(self, *names: str) -> int | None:
        for n in names:
            if n in self.header:
                return self.header.index(n)
        return None


# --- reading the tables ------------------------------------------------------------------------

def _csv_table(data: bytes, name: str, path) -> _Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SubmissionsError(path, f"{name}: not UTF-8 text (export the CSV again as UTF-8)") from None
    first = text[:text.find("\n")] if "\n" in text else text
    delimiter = max((",", ";", "\t"), key=first.count)  # KoboToolbox writes ';' by default
    csv.field_size_limit(7 * CELL_CHARS)
    rows: list[list[Any]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if len(rows) > MAX_ROWS:
                raise SubmissionsError(path, f"{name}: more than {MAX_ROWS:,} rows")
            if len(row) > MAX_COLUMNS:
                raise SubmissionsError(path, f"{name}: more than {MAX_COLUMNS:,} columns")
            if any(len(c) > CELL_CHARS for c in row):
                raise SubmissionsError(path, f"{name}: row {len(rows) + 1} holds a value longer than "
                                             f"{CELL_CHARS:,} characters")
            rows.append(row)
    except csv.Error as exc:
        raise SubmissionsError(path, f"{name}: not a CSV file the export would write ({exc})") from None
    if not rows:
        raise SubmissionsError(path, f"{name}: the file is empty")
    return _Table(name, [h.strip() for h in rows[0]], rows[1:])


def _zip_tables(path) -> list[_Table]:
    import os

    # a .zip that is not plainly an export of CSV files is left to the package's import, which
    # says why it refuses it
    try:
        with open_regular(path) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_FILE or zip_directory_problem(fh, size, MAX_MEMBERS):
                raise NotSubmissions(str(path))
            fh.seek(0)
            data = fh.read(MAX_FILE + 1)
    except (InputFileError, OSError):
        raise NotSubmissions(str(path)) from None
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise NotSubmissions(str(path)) from None
    names = [i.filename for i in infos if not i.is_dir()]
    if not names or not all(n.lower().endswith(".csv") for n in names if not n.startswith("media/")):
        raise NotSubmissions(str(path))
    tables: list[_Table] = []
    total = 0
    for info in infos:
        if info.is_dir() or not info.filename.lower().endswith(".csv"):
            continue  # media files: never read
        method = zip_method_problem(info)
        if method:
            raise SubmissionsError(path, method)
        if info.file_size > MAX_MEMBER or total + info.file_size > MAX_TOTAL:
            raise SubmissionsError(path, f"{info.filename}: too large once unpacked")
        try:
            with zf.open(info) as member:
                content = member.read(MAX_MEMBER + 1)
        except (zipfile.BadZipFile, RuntimeError, ValueError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            # a corrupt deflate or LZMA stream raises the decompressor's own error
            raise SubmissionsError(path, f"{info.filename}: cannot be unpacked ({exc})") from None
        if len(content) > MAX_MEMBER:
            raise SubmissionsError(path, f"{info.filename}: too large once unpacked")
        total += len(content)
        tables.append(_csv_table(content, info.filename, path))
    return tables


def _xlsx_tables(path, cancelled=None) -> list[_Table]:
    from ..outside.reader import Workbook

    tables_read = False  # or a sheet of a workbook that is neither the exchange workbook nor a form's reply
    try:
        with Workbook(path, LIMITS) as wb:
            names = {n.casefold() for n in wb.sheet_names}
            if {"answers", "metadata"} <= names:
                raise NotSubmissions(str(path))  # the exchange workbook
            # an export's sheet over the export's limits (20,001 submissions) is the export's refusal,
            # not "no Metadata sheet" from the workbook import it was handed to
            tables_read = FORM_SHEET.casefold() not in names
            tables = []
            for name in wb.sheet_names:
                if not wb.sheet_parts.get(name):
                    continue
                read = wb.sheet(name, cancelled)
                if read.formulas:
                    raise SubmissionsError(path, f"{name}!{read.formulas[0]}: a cell holds a formula; an export "
                                                 "holds values only (refused)")
                rows = read.rows
                if not rows:
                    continue
                tables.append(_Table(name, [str(h).strip() for h in rows[0]], rows[1:]))
                tables_read = True
            return tables
    except UnsafeWorkbook as exc:
        if not tables_read:  # not readable as a workbook: the workbook import says why
            raise NotSubmissions(str(path)) from None
        raise SubmissionsError(path, str(exc).removeprefix(f"{path}: ")) from None


def tables_of(path, cancelled=None) -> list[_Table]:
    """The tables of an export (.csv, .zip of CSVs, .xlsx); :class:`NotSubmissions` for another file."""
    suffix = Path(str(path)).suffix.lower()
    if suffix == ".csv":
        try:
            data = read_regular(path, MAX_FILE)
        except InputFileError as exc:
            raise SubmissionsError(path, exc.reason) from None
        name = Path(str(path)).name
        try:
            return [_csv_table(data, name, path)]
        except SubmissionsError as exc:  # the table is the file: named once ("e.csv: e.csv: ..." before)
            raise SubmissionsError(path, exc.reason.removeprefix(f"{name}: ")) from None
    if suffix == ".zip":
        return _zip_tables(path)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_tables(path, cancelled)
    raise NotSubmissions(str(path))


def _last(column: str) -> str:
    return _PATH.split(column)[-1]


# --- values --------------------------------------------------------------------------------------

def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (_dt.datetime, _dt.date)):
        return v.isoformat()
    return str(v)


def control_problem(text: str) -> str | None:
    """Why a value of an export is refused for a control character (a form never sends one; a tab
    and line breaks are text), or None: the one rule, ``domain.celltext.control_problem``."""
    return celltext.control_problem(text)


def typed(fld: Field, raw: Any) -> Any:
    """A cell of the export as the value of ``fld``, or ValueError saying why not; None: empty."""
    if isinstance(raw, str):
        problem = control_problem(raw)
        if problem:
            raise ValueError(problem)
        raw = raw.strip()
    if raw is None or raw == "":
        return None
    t = fld.type
    if t in ("select_one", "rating"):
        code = _text(raw)
        codes = [str(k) for k in sorted(fld.anchors or {})] if t == "rating" else list(fld.choice_codes)
        if code not in codes:
            raise ValueError(en_line("cli.reply.not_one_of", value=_shown(code), codes=", ".join(codes)))
        return int(code) if t == "rating" else code
    if t == "select_multiple":
        codes = _text(raw).split()
        bad = [c for c in codes if c not in fld.choice_codes]
        if bad:
            raise ValueError(en_line("cli.reply.not_one_of", value=_shown(bad[0]), codes=", ".join(fld.choice_codes)))
        return [c for c in fld.choice_codes if c in codes]
    if t in ("integer", "year"):
        if isinstance(raw, bool) or not (isinstance(raw, (int, float)) or _WHOLE.match(str(raw))):
            raise ValueError(en_line("cli.reply.not_whole", value=_shown(_text(raw))))
        return int(float(raw))
    if t == "decimal":
        try:
            v = float(raw)
        except (TypeError, ValueError):
            raise ValueError(f"{_shown(_text(raw))} is not a number") from None
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError(f"{_shown(_text(raw))} is not a number")
        return v
    if t == "date":
        if isinstance(raw, _dt.datetime):
            return raw.date().isoformat()
        if isinstance(raw, _dt.date):
            return raw.isoformat()
        m = _DATE.match(str(raw))
        if not m:
            raise ValueError(f"{_shown(str(raw))} is not a date YYYY-MM-DD")
        return m.group(1)
    return _text(raw)


def _shown(text: str) -> str:
    return repr(text[:40] + ("..." if len(text) > 40 else ""))


# --- the export ----------------------------------------------------------------------------------

_META = (META_QUESTIONNAIRE, META_VERSION, META_HASH, META_ASSESSMENT, META_INSTITUTION, META_FORM_VERSION,
         META_CHECK)
_NOT_QUESTIONS = frozenset(_META) | {META_RESPONDENT, META_POSITION, META_INSTITUTION_NAME, "instanceID"}


def form_names(q: Questionnaire) -> frozenset[str]:
    """Every name a form of ``q`` gives a question (exchange/institutions/xlsform.py): what a column is read as."""
    names = set(_NOT_QUESTIONS)
    for it in q.items():
        if it.type in ("grid", "matrix"):
            names |= {f"{it.id}_{f.id}" for f in q.cell_fields(it)}
            names |= {it.id + ROW_SUFFIX, it.id + CELL_SUFFIX}
        elif it.type != "note":
            names.add(it.id)
    return frozenset(names)


def _known_in(tables: list[_Table], q: Questionnaire, path) -> frozenset[str]:
    """The form's names (:func:`form_names`); refused when no column of the export is one of its
    questions (headers renamed, or in labels): nothing would be read, and saying so is better."""
    known = form_names(q)
    if not any(_last(h) in known and _last(h) not in _NOT_QUESTIONS for t in tables for h in t.header):
        raise SubmissionsError(path, "no column of the export is a question of the form (were the headers "
                                     "renamed, or exported as labels? export with 'XML values and headers')")
    return known


def _index(table: _Table, path, known: frozenset[str]) -> dict[str, int]:
    """Column of each form name in ``table`` (by the last part of its path; other columns, the
    platform's own and a select_multiple's 0/1 column per choice, are not read); a name given twice
    is refused (it could be read two ways)."""
    out: dict[str, int] = {}
    for i, h in enumerate(table.header):
        name = _last(h)
        if name not in known:
            continue
        if name in out:
            raise SubmissionsError(path, f"{table.name}: two columns are the question {name!r} "
                                         f"({table.header[out[name]]!r} and {h!r})")
        out[name] = i
    return out


def _cell(row: list[Any], i: int | None) -> Any:
    return row[i] if i is not None and i < len(row) else ""


def read_submissions(path, q: Questionnaire, progress=None, cancelled=None) -> SubmissionsPlan:
    """Read the export at ``path`` against ``q`` (the questionnaire the form was made from is
    checked by the service, which knows the assessment)."""
    from ...jobs import check, report

    report(progress, 0.05, "reading the export")
    tables = tables_of(path, cancelled)
    check(cancelled)
    main = _main_table(tables, path)
    platform = ODK if "KEY" in main.header or "SubmissionDate" in main.header else KOBO
    known = _known_in(tables, q, path)
    cols = _index(main, path, known)
    if not main.rows:
        raise SubmissionsError(path, "the export holds no submission")

    def meta(row, name) -> str:
        return _text(_cell(row, cols.get(name))).strip()

    key_col = main.column("KEY", "_uuid")
    index_col = main.column("_index")
    warnings: list[str] = []
    by_parent: dict[str, Submission | None] = {}
    rows = _rows_read(main, platform, cols.get("instanceID"), warnings, by_parent, path)
    if not rows:
        raise SubmissionsError(path, "the export holds no submission to import" + (f" ({warnings[0]})" if warnings else ""))
    one = _form_identity({name: {meta(r, name) for _, r in rows} for name in _META if name != META_INSTITUTION},
                         q, path)
    to = sent_to(one, q, path)
    _check_form_id(main, one[META_ASSESSMENT], to, path)

    # the questions: simple items by id; in a repeat, <grid>_<column>
    simple = {it.id: it for it in q.items() if it.type not in ("note", "grid", "matrix")}
    time_col = main.column("SubmissionDate", "_submission_time")
    subs: list[Submission] = []
    problems: list[str] = []
    for instance, row in rows:
        for name in (META_INSTITUTION, META_RESPONDENT, META_POSITION):
            problem = control_problem(meta(row, name))
            if problem:
                problems.append(f"submission {instance}, {name}: {problem}")
        institution = _institution_of(meta(row, META_INSTITUTION), meta(row, META_INSTITUTION_NAME), to,
                                      _text(_cell(row, main.column("FormVersion"))).strip(),
                                      one[META_FORM_VERSION], instance, path)
        sub = Submission(instance_id=instance, submitted_at=_text(_cell(row, time_col)),
                         institution=institution, respondent=meta(row, META_RESPONDENT),
                         position=meta(row, META_POSITION))
        for name, i in cols.items():
            it = simple.get(name)
            if it is None:
                continue
            try:
                v = typed(it.field, _cell(row, i))
            except ValueError as exc:
                problems.append(f"submission {instance}, {name}: {exc}")
                continue
            if v is not None:
                sub.values[it.id] = v
        subs.append(sub)
        for link in (_text(_cell(row, key_col)), _text(_cell(row, index_col)), instance):
            if link:
                by_parent[link] = sub
    check(cancelled)
    report(progress, 0.5, "reading the repeat groups")
    repeats_read = _repeats(tables, main, q, by_parent, problems, path, known)
    if len(tables) == 1 and not repeats_read:
        warnings.append(en_line("cli.sub.no_repeats"))
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SubmissionsError(path, f"{problems[0]}{more}; nothing imported")
    subs.sort(key=lambda s: s.submitted_at)
    report(progress, 1.0, "read")
    return SubmissionsPlan(path=str(path), platform=platform, questionnaire_id=one[META_QUESTIONNAIRE],
                           questionnaire_version=one[META_VERSION], questionnaire_hash=one[META_HASH],
                           assessment_uid=one[META_ASSESSMENT], form_version=one[META_FORM_VERSION],
                           submissions=subs, warnings=warnings, sent_to=to)


def _rows_read(main: _Table, platform: str, instance_col: int | None, warnings: list[str],
               by_parent: dict[str, Submission | None], path) -> list[tuple[str, list[Any]]]:
    """(instance id, row) of the submissions to read; those the platform leaves out are warned of,
    their links (``KEY``, ``_index``, the instance id) kept to leave their repeat rows out too. An
    instance id given twice is refused: a platform exports each submission once, so the file was
    edited by hand (and its repeat rows could not be told apart)."""
    key_col, index_col = main.column("KEY", "_uuid"), main.column("_index")
    rows: list[tuple[str, list[Any]]] = []
    seen: set[str] = set()
    for n, row in enumerate(main.rows, 2):
        if not any(_text(c).strip() for c in row):
            continue
        instance = (_text(_cell(row, instance_col)) or _text(_cell(row, key_col)) or f"row {n}")[:80]
        if instance in seen:
            raise SubmissionsError(path, en_line("cli.instance_twice", instance=instance))
        seen.add(instance)
        why = _left_out(main, row, platform)
        if why:
            warnings.append(en_line("cli.sub.left_out", instance=instance, why=why))
            for link in (_text(_cell(row, key_col)), _text(_cell(row, index_col)), instance):
                if link:
                    by_parent[link] = None
            continue
        rows.append((instance, row))
    return rows


def _left_out(main: _Table, row: list[Any], platform: str) -> str:
    """Why the platform's own columns leave this submission out ("" to read it)."""
    state = _text(_cell(row, main.column("ReviewState", "_validation_status"))).strip()
    if state.lower() in REJECTED_STATES:
        return en_line("cli.sub.rejected", platform=platform, state=_shown(state))
    status = _text(_cell(row, main.column("Status"))).strip() if platform == ODK else ""
    if status:  # "not decrypted", "missing encrypted form data": no values in the export
        return en_line("cli.sub.no_data", status=_shown(status))
    return ""


def _main_table(tables, path):
    """The table of the submissions themselves (the one with the cap_assessment column and no
    parent), else a SubmissionsError saying what the file is instead (NotSubmissions: a workbook)."""
    for t in tables:
        names = {_last(h) for h in t.header}
        if META_ASSESSMENT in names and not ({"PARENT_KEY", "_parent_index"} & set(t.header)):
            return t
    if any(h in ("KEY", "_uuid", "SubmissionDate", "_submission_time") for t in tables for h in t.header):
        raise SubmissionsError(path, "not the export of a form written by capacity-app (no cap_assessment "
                                     "column; in KoboToolbox, export with 'XML values and headers')")
    if Path(str(path)).suffix.lower() in (".xlsx", ".xlsm"):
        raise NotSubmissions(str(path))
    raise SubmissionsError(path, "not a submissions export of a form written by capacity-app "
                                 "(no cap_assessment column)")


def _form_identity(identity: dict[str, set[str]], q: Questionnaire, path) -> dict[str, str]:
    """The form's identity (its metadata columns' one value each), the same on every submission
    and of questionnaire ``q``, else a SubmissionsError."""
    for name, values in identity.items():
        if len(values) > 1:
            raise SubmissionsError(path, f"the submissions come from different forms ({name}: "
                                         f"{', '.join(sorted(_shown(v) for v in values)[:3])}); export one form at a time")
    one = {name: next(iter(v)) for name, v in identity.items()}
    if one[META_QUESTIONNAIRE] != q.id:
        raise SubmissionsError(path, f"the form is not one of this questionnaire ({_shown(one[META_QUESTIONNAIRE])}, "
                                     f"expected {q.id!r})")
    return one


def sent_to(one: dict[str, str], q: Questionnaire, path) -> str:
    """The institution the form was sent to ("" for the whole questionnaire's form): the one whose
    identity check (``cap_check``, :func:`~.xlsform.identity_check`) the export carries, else a
    SubmissionsError (no check: a form written before forms carried one; a check no institution
    gives: the identity columns were edited)."""
    check = one.get(META_CHECK, "")
    if not check:
        raise SubmissionsError(path, en_line("cli.no_identity_check"))
    for institution in ("", *institution_codes(q)):
        if identity_check(one[META_QUESTIONNAIRE], one[META_VERSION], one[META_HASH], one[META_ASSESSMENT],
                          institution, one[META_FORM_VERSION]) == check:
            return institution
    raise SubmissionsError(path, en_line("cli.identity_edited"))


_FORM_ID = re.compile(r"^capacity_([0-9A-Za-z]+)_([0-9A-Za-z_]+)$")


def _check_form_id(main: _Table, assessment_uid: str, to: str, path) -> None:
    """ODK Central names its export's table after the form id (``capacity_<assessment>_<institution>``,
    :func:`~.xlsform.form_id`): one naming another form than the one the export's check says is refused."""
    stem = Path(main.name).name.rsplit(".", 1)[0]
    m = _FORM_ID.match(stem)
    if m is None or stem == form_id(assessment_uid, to):
        return
    if m.group(1) != assessment_uid:
        raise SubmissionsError(path, en_line("cli.form_id_assessment", form=_shown(stem),
                                             assessment=_shown(assessment_uid)))
    raise SubmissionsError(path, en_line("cli.form_id_institution", named=_shown(m.group(2)), to=_shown(to or 'all')))


def _institution_of(column: str, picked: str, to: str, platform_version: str, form_version: str,
                    instance: str, path) -> str:
    """The institution a submission is credited to: the one its form was sent to (``to``), or on
    the whole questionnaire's form the one its respondent picked; a ``cap_institution`` column
    naming another, or a platform's form version not the form's own, is refused (edited by hand)."""
    if platform_version and platform_version != form_version:
        raise SubmissionsError(path, en_line("cli.form_version", instance=instance, given=_shown(platform_version),
                                             own=_shown(form_version)))
    if to and column != to:
        raise SubmissionsError(path, en_line("cli.sent_to_credits", instance=instance, to=_shown(to), column=_shown(column)))
    if not to and picked and column != picked:
        raise SubmissionsError(path, en_line("cli.picked_credits", instance=instance, picked=_shown(picked),
                                          column=_shown(column)))
    return to or column


def _repeats(tables: list[_Table], main: _Table, q: Questionnaire, by_parent: dict[str, Submission | None],
             problems: list[str], path, known: frozenset[str]) -> int:
    """Read the grids' and the matrix's repeat tables into their submissions; how many were read."""
    count = 0
    for t in tables:
        if t is main:
            continue
        parent_col = t.column("PARENT_KEY", "_parent_index")
        if parent_col is None:
            continue
        cols = _index(t, path, known)
        item = next((it for it in q.items() if it.type == "grid" and it.id + ROW_SUFFIX in cols), None)
        matrix = next((it for it in q.items() if it.type == "matrix" and it.id + CELL_SUFFIX in cols), None)
        target = item or matrix
        if target is None:
            continue
        count += 1
        fields = q.cell_fields(target)
        key_name = target.id + (ROW_SUFFIX if item else CELL_SUFFIX)
        for n, row in enumerate(t.rows, 2):
            if not any(_text(c).strip() for c in row):
                continue
            link = _text(_cell(row, parent_col))
            if link in by_parent and by_parent[link] is None:
                continue  # a row of a submission left out
            parent = by_parent.get(link)
            if parent is None:
                problems.append(f"{t.name} row {n}: no submission {_shown(_text(_cell(row, parent_col)))} "
                                "in the export for it")
                continue
            code = _text(_cell(row, cols[key_name])).strip()
            if item is not None:
                if item.row(code) is None:
                    problems.append(f"submission {parent.instance_id}, {item.id}: no row {_shown(code)} in the grid")
                    continue
                prefix = f"{item.id}.{code}"
            else:
                pq, _, src = code.partition("_")
                if q.policy_question(pq) is None or q.source(src) is None:
                    problems.append(f"submission {parent.instance_id}, {target.id}: no cell {_shown(code)}")
                    continue
                prefix = f"{target.id}.{pq}.{src}"
            for f in fields:
                i = cols.get(f"{target.id}_{f.id}")
                if i is None:
                    continue
                try:
                    v = typed(f, _cell(row, i))
                except ValueError as exc:
                    problems.append(f"submission {parent.instance_id}, {prefix}.{f.id}: {exc}")
                    continue
                if v is not None:
                    parent.values[f"{prefix}.{f.id}"] = v
    return count
