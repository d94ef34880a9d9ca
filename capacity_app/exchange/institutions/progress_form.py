"""An institution's progress workbook: the actions it leads, their cost lines and the
indicators of those actions (and the outcomes they serve), for one reporting period, to fill in a
spreadsheet and return. The questionnaire's institution workbook (``workbook.py``) is the model:
a cover saying for whom and for which period, with the respondent's cells; protected sheets whose
only open cells are yellow; drop-down lists and checks of dates and amounts; a very hidden
``_form`` sheet naming the assessment, the institution the form was sent to (whose reply it is:
never what comes back), the period, and per row its key, a check of its protected cells and the
values it was sent with, all under one check. Every text is written as text, never a formula.

No database here: the service (``services.plan.progress_replies``) builds :class:`ProgressForm`."""
from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...collector import relaxed_collector
from ...domain.languages import is_rtl
from ...domain.plan.actions import Action
from ...domain.plan.overrun import flagged_money, overrun_text
from ...domain.plan.progress import ActionProgress, action_overruns
from ...domain.plan.progress_fields import FORM_FIELDS, form_columns, form_kind
from ...files import replace_atomically
from ..workbook.cells import mark_overrun, write_text
from ..workbook.export import importable
from ..workbook.format import column_letter
from .form import form_check, row_check
from .progress_texts import status_label, text
from .workbook import write_cover

FORMAT = "capacity-app progress form"
FORMAT_VERSION = "1"
FORM_SHEET = "_form"
LISTS_SHEET = "_lists"
HEADER_ROW = 1
OPEN_FILL = "FFF2CC"
TEXT_MAX = 4_000
# each sheet: its code in ``_form``, its protected columns (the first: the hidden key) and open ones
# (the open ones: the fields an entry, a cost line's money and an indicator's value declare,
# domain/plan/progress_fields.py)
SHEETS = {
    "actions": (("key", "col.number", "col.action", "col.timeline"), form_columns("entry")),
    "money": (("key", "col.number", "col.action", "col.line", "col.currency"), form_columns("line")),
    "indicators": (("key", "col.id", "col.indicator", "col.level", "col.target"), form_columns("value")),
}
WIDTHS = {"key": 4, "col.number": 6, "col.id": 8, "col.action": 48, "col.indicator": 48, "col.timeline": 20,
          "col.line": 40, "col.currency": 10, "col.level": 22, "col.target": 14,
          **{c: f.form_width for c, f in FORM_FIELDS.items()}}


@dataclass(frozen=True)
class FormLine:
    """A row of one of the sheets: ``key`` (an action id; "<action id>#<line>"; an indicator id),
    the protected texts shown after it, and the open cells as sent (None: empty)."""

    key: str
    shown: tuple[str, ...]
    sent: tuple[Any, ...]

    def check(self) -> str:
        return row_check(self.key, self.shown[0], "\x1f".join(self.shown[1:]), "")


@dataclass(frozen=True)
class ProgressForm:
    """Everything an institution's progress workbook holds, in its language."""

    meta: dict[str, str]
    lang: str
    institution_label: str
    country_label: str
    assessment_label: str
    period: str
    sheets: dict[str, list[FormLine]] = field(default_factory=dict)
    # (a money row's key, its column) -> the overruns to date that cell shows (:func:`overrun_flags`)
    flags: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def sheet_name(self, code: str) -> str:
        return text(f"sheet.{code}", self.lang)


def overrun_flags(actions: Sequence[Action], entries: Sequence[ActionProgress], period: str, lang: str
                  ) -> dict[tuple[str, str], tuple[str, ...]]:
    """The overruns recorded to the end of ``period`` of every cost line of ``actions`` (the
    plan, in its order: the numbers the sentences give), by the one rule (``domain.plan.overrun``),
    said in ``lang``: (money row key "<action id>#<line>", column) -> the sentences, on the cell
    ``overrun.flagged_money`` names, as the exchange workbook's Plan progress sheet flags them."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for n, a in enumerate(actions, 1):
        for o in action_overruns(a, entries, until=period):
            col = f"col.{flagged_money(o.kind)}"
            key = (f"{a.id}#{o.line}", col)
            out[key] = (*out.get(key, ()), overrun_text(o, n, lang))
    return out


def heading(key: str, lang: str, year: int) -> str:
    if key == "key":
        return "key"
    if key == "col.target":
        return text("col.target", lang, year=year)
    return text(key, lang)


def sent_text(values: tuple[Any, ...]) -> str:
    """The open cells of a row as sent, as the ``_form`` sheet records them (JSON)."""
    return json.dumps([plain(v) for v in values], ensure_ascii=False)


def plain(v: Any) -> Any:
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    if isinstance(v, Decimal):
        return str(v)
    return v


def form_pairs(form: ProgressForm, respondent: tuple[str, str]) -> list[tuple[str, str]]:
    """The ``_form`` sheet's content (before its check): the identity, the sheets' names, the
    respondent's cells, then one line per row: its sheet, number, key, check and what was sent."""
    pairs = list(form.meta.items())
    pairs += [(f"sheet.{code}", form.sheet_name(code)) for code in ("cover", *SHEETS)]
    pairs += [("cell.respondent", respondent[0]), ("cell.role", respondent[1])]
    for code in SHEETS:
        for n, line in enumerate(form.sheets.get(code, []), HEADER_ROW + 1):
            pairs.append((f"row.{code}.{n}", f"{line.key}\x1d{line.check()}\x1d{sent_text(line.sent)}"))
    return pairs


def write_progress_workbook(form: ProgressForm, out_path, progress=None, cancelled=None) -> Path:
    """Write ``form`` as an .xlsx at ``out_path`` (a temporary file replaced at once: a failure or a
    cancel leaves nothing half-written)."""
    from ... import jobs

    with relaxed_collector():
        jobs.report(progress, 0.0, "preparing the workbook")
        wb = _workbook(form)
        jobs.check(cancelled)
        jobs.report(progress, 0.8, "saving")

        def build(tmp):
            wb.save(tmp)
            jobs.check(cancelled)
            importable(tmp)

        replace_atomically(build, Path(out_path), "the workbook")
        jobs.report(progress, 1.0, "saved")
    return Path(out_path)


def _workbook(form: ProgressForm):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.worksheets[0])
    cover = wb.create_sheet(form.sheet_name("cover"))
    sheets = {code: wb.create_sheet(form.sheet_name(code)) for code in SHEETS}
    lists = wb.create_sheet(LISTS_SHEET)
    meta = wb.create_sheet(FORM_SHEET)
    respondent = _cover(cover, form)
    for code, ws in sheets.items():
        _sheet(ws, lists, form, code)
    pairs = form_pairs(form, respondent)
    for i, (k, v) in enumerate(pairs, 1):
        write_text(meta, i, 1, k)
        write_text(meta, i, 2, v)
    write_text(meta, len(pairs) + 1, 1, "check")
    write_text(meta, len(pairs) + 1, 2, form_check(pairs))
    meta.protection.sheet = True
    lists.sheet_state = "hidden"
    meta.sheet_state = "veryHidden"
    for ws in (cover, *sheets.values()):
        ws.page_setup.orientation = "portrait" if ws is cover else "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.sheet_view.rightToLeft = is_rtl(form.lang)
    wb.properties.creator = "capacity-app"
    wb.properties.title = text("cover.title", form.lang, institution=form.institution_label)[:200]
    wb.active = 0
    return wb


def _open(c) -> None:
    from openpyxl.styles import Alignment, PatternFill, Protection

    c.protection = Protection(locked=False)
    c.fill = PatternFill("solid", fgColor=OPEN_FILL)
    c.alignment = Alignment(wrap_text=True, vertical="top")


def _cover(ws, form: ProgressForm) -> tuple[str, str]:
    """The cover; returns the respondent's two cells (name; position and e-mail)."""
    lang = form.lang
    counts = text("cover.counts", lang, actions=len(form.sheets.get("actions", [])),
                  lines=len(form.sheets.get("money", [])), indicators=len(form.sheets.get("indicators", [])))
    lines = [("cover.institution", form.institution_label), ("cover.country", form.country_label),
             ("cover.assessment", form.assessment_label), ("cover.period", form.period), ("cover.what", counts)]
    how = text("cover.how", lang, actions=form.sheet_name("actions"), money=form.sheet_name("money"),
               indicators=form.sheet_name("indicators"))
    return write_cover(ws, text("cover.title", lang, institution=form.institution_label), text("cover.subtitle", lang),
                       [(text(key, lang), value) for key, value in lines], how, 150,
                       (text("cover.respondent", lang), text("cover.role", lang)), open_cell=_open)


def _sheet(ws, lists, form: ProgressForm, code: str) -> None:
    """One sheet: its header, then a row per line, the open cells yellow with their checks."""
    from openpyxl.styles import Alignment, Font, PatternFill

    lang, year = form.lang, int(form.period[:4])
    protected, opened = SHEETS[code]
    columns = (*protected, *opened)
    for i, key in enumerate(columns, 1):
        c = write_text(ws, HEADER_ROW, i, heading(key, lang, year))
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[column_letter(i)].width = WIDTHS[key]
    ws.row_dimensions[HEADER_ROW].height = 48   # the headings wrap on up to three lines
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    rows = form.sheets.get(code, [])
    for n, line in enumerate(rows, HEADER_ROW + 1):
        for i, value in enumerate((line.key, *line.shown), 1):
            write_text(ws, n, i, value).alignment = Alignment(wrap_text=True, vertical="top")
        for j, value in enumerate(line.sent):
            c = write_text(ws, n, len(protected) + 1 + j, _shown(opened[j], value, lang))
            _open(c)
            if form_kind(opened[j], "date"):
                c.number_format = "yyyy-mm-dd"
            elif form_kind(opened[j], "amount"):
                c.number_format = "#,##0.##"
                mark_overrun(c, form.flags.get((line.key, opened[j])))
        longest = max([len(str(v)) for v in (*line.shown, *line.sent) if v is not None] or [1])
        ws.row_dimensions[n].height = min(409, 15 * (1 + longest // 45))
    if rows:
        _checks(ws, lists, form, code, len(rows))
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _shown(column: str, value: Any, lang: str) -> Any:
    if value is None:
        return None
    if form_kind(column, "status"):
        return status_label(str(value), lang)
    if form_kind(column, "date"):
        try:
            return _dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 2 ** 53 else float(value)
    return value


def _checks(ws, lists, form: ProgressForm, code: str, count: int) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = form.lang
    protected, opened = SHEETS[code]
    last = HEADER_ROW + count

    def add(kind: Any, col: str, f1: str | None, f2: str | None, error: str, operator: Any = "between"):
        i = len(protected) + 1 + opened.index(col)
        letter = column_letter(i)
        dv = DataValidation(type=kind, formula1=f1, formula2=f2, operator=None if kind == "list" else operator,
                            allow_blank=True, showErrorMessage=True, errorTitle=text("error.title", lang), error=error)
        dv.add(f"{letter}{HEADER_ROW + 1}:{letter}{last}")
        ws.add_data_validation(dv)

    if code == "actions":
        for i, status in enumerate(("planned", "in_progress", "done", "dropped"), 1):
            write_text(lists, i, 1, status_label(status, lang))
        add("list", next(c for c in opened if form_kind(c, "status")), f"'{LISTS_SHEET}'!$A$1:$A$4", None,
            text("error.list", lang))
    for col in (c for c in opened if form_kind(c, "date")):
        add("date", col, "36526", "73415", text("error.date", lang))   # 2000-01-01 .. 2100-12-31
    for col in (c for c in opened if form_kind(c, "amount")):
        add("decimal", col, "0", None, text("error.number", lang), "greaterThanOrEqual")
    for col in (c for c in opened if form_kind(c, "text", "line")):
        add("textLength", col, "0", str(TEXT_MAX), text("error.text", lang))


__all__ = ["FORMAT", "FORMAT_VERSION", "FORM_SHEET", "FormLine", "HEADER_ROW", "ProgressForm", "SHEETS",
           "form_pairs", "plain", "sent_text", "write_progress_workbook"]
