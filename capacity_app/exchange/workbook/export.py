"""Writing the exchange workbook (openpyxl). No database access here: :class:`ExportData` is plain
data built by ``services.exchange.build_export``, so :func:`write_workbook` is safe in a worker
thread or process."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ... import jobs
from ...collector import relaxed_collector
from .format import (
    ANSWERS,
    ARCHIVED,
    ANSWERS_COLUMNS,
    ANSWERS_EDITABLE,
    CHANGES,
    CORRECTIVE_MEASURES,
    INDICATOR_VALUES,
    MATRIX,
    MATRIX_FIRST_COLUMNS,
    METADATA,
    METADATA_COLUMNS,
    METADATA_FIELD_NAMES,
    PERIOD_REPORTS,
    PLAN_PROGRESS,
    README,
    RECOMMENDATIONS,
    RECOMMENDATIONS_COLUMNS,
    RecommendationRow,
    RESULTS,
    REVIEW,
    SCORES,
    SCORES_COLUMNS,
    SHEET_COLUMNS,
    ScoreRow,
    YES,
    column_label,
    column_letter,
)
from ...domain.languages import is_rtl
from ...domain.plan.cost import Finance
from ...domain.plan.results import ResultsChain
from ...domain.texts import text
from .actionplan_sheet import (
    ACTION_COSTS,
    ACTION_PLAN,
    PLAN_TOTALS,
    PLAN_VALIDATION,
    write_action_costs,
    write_action_plan,
    write_plan_totals,
    write_plan_validation,
)
from .cells import ExportError, StyleCache, protect_table, put_styled, read_right_to_left, write_header, write_text
from .donors_sheet import write_donor_sheets
from .results_sheet import write_results
from .period_report_sheet import write_measures, write_period_reports
from .progress_sheet import write_indicator_values, write_progress
from .review_sheet import ReviewRow, write_reviews
from .changes_sheet import ChangeRow, write_changes
from .archive_sheet import write_archived
from .codec import evidence_parts
from ..outside.safety import UnsafeWorkbook, check_file
from . import vocab
from ...files import replace_atomically

Progress = Any
CancelCheck = Any


@dataclass
class AnswerRow:
    section: str
    key: str
    item: str
    question: str
    row: str
    field: str
    type: str
    code: Any  # the Code cell (codec.encode_value): str | int | float | None
    value_label: str
    dont_know: str  # the flag cells (codec.encode_flag): "yes" | ""
    not_applicable: str
    comment: str
    evidence: str
    allowed: str
    check: str
    validation: tuple | None = None  # ("list", "a,b") | ("whole", lo, hi) | ("decimal", lo, hi)
    as_text: bool = True  # format the Code cell as text ('@')


@dataclass
class ExportData:
    """Everything a workbook shows, as plain values."""

    meta: dict[str, Any]
    lang: str
    answers: list[AnswerRow]
    sections: list[tuple[str, str]]  # (id, label)
    policy_questions: list[tuple[str, str]]  # (letter, label)
    sources: list[tuple[str, str]]  # (code, label)
    matrix_levels: dict[str, Any] = field(default_factory=dict)  # "A.CEN" -> 0..3 | None
    matrix_main: set = field(default_factory=set)  # {"A.CEN"} cells of main relevance
    score_rows: list[ScoreRow] = field(default_factory=list)
    recommendation_rows: list[RecommendationRow] = field(default_factory=list)
    actions: list = field(default_factory=list)  # domain.actionplan.Action, in the plan's order
    finance: Any = None  # domain.plancost.Finance as stored (None: none); the plan's currency and rates
    validation: Any = None  # domain.planvalidation.Validation, or None (not validated)
    scores_note: str = ""  # why scores are missing, when they are
    reviews: list[ReviewRow] = field(default_factory=list)  # the Review sheet's rows, in order
    changes: list[ChangeRow] = field(default_factory=list)  # the Changes sheet's rows (who, versions)
    results: ResultsChain | None = None  # the plan's results chain (the Results sheet)
    request: Any = None  # domain.plan.request.FundingRequest (Plan validation's last rows; None: not written)
    progress: list = field(default_factory=list)  # domain.plan.progress.ActionProgress (Plan progress sheet)
    indicator_values: list = field(default_factory=list)  # domain.plan.progress.IndicatorValue
    # the answers to questions the questionnaire no longer asks: as stored (settings' archived_answers)
    # and as shown (domain.values.ArchivedRow), in the same order
    archived: list = field(default_factory=list)
    archived_rows: list = field(default_factory=list)
    period_reports: list = field(default_factory=list)  # domain.plan.period_report.PeriodReport
    measures: list = field(default_factory=list)  # domain.plan.period_report.Measure


_check = jobs.check
_report = jobs.report


# --- the writer ------------------------------------------------------------------------------

def write_workbook(data: ExportData, out_path, progress: Progress = None,
                   cancelled: CancelCheck = None) -> Path:
    """Write ``data`` as an .xlsx at ``out_path`` (temporary name, then os.replace), with the
    collector relaxed while its tens of thousands of cells are made and written (collector.py)."""
    with relaxed_collector():
        return _write_workbook(data, out_path, progress, cancelled)


def _write_workbook(data: ExportData, out_path, progress: Progress, cancelled: CancelCheck) -> Path:
    from openpyxl import Workbook

    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    _report(progress, 0.0, "preparing the workbook")
    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the empty sheet a new workbook starts with
    _readme(wb.create_sheet(README), data)
    _metadata(wb.create_sheet(METADATA), data)
    _check(cancelled)
    _report(progress, 0.1, "writing answers")
    _answers(wb.create_sheet(ANSWERS), data, progress, cancelled)
    _check(cancelled)
    _report(progress, 0.75, "writing scores")
    _matrix(wb.create_sheet(MATRIX), data)
    _scores(wb.create_sheet(SCORES), data)
    _recommendations(wb.create_sheet(RECOMMENDATIONS), data)
    write_action_plan(wb.create_sheet(ACTION_PLAN), data.actions, data.lang)
    write_action_costs(wb.create_sheet(ACTION_COSTS), data.actions, data.lang)
    write_plan_validation(wb.create_sheet(PLAN_VALIDATION), data.finance or Finance(), data.validation, data.lang,
                          data.request)
    write_results(wb.create_sheet(RESULTS), data.results or ResultsChain(), data.actions, data.lang)
    write_plan_totals(wb.create_sheet(PLAN_TOTALS), data.actions, data.finance or Finance(), data.lang,
                      data.validation)
    write_reviews(wb.create_sheet(REVIEW), data.reviews)
    write_changes(wb.create_sheet(CHANGES), data.changes)
    write_archived(wb.create_sheet(ARCHIVED), data.archived, data.archived_rows)
    write_progress(wb.create_sheet(PLAN_PROGRESS), data.actions, data.progress, data.lang)
    write_indicator_values(wb.create_sheet(INDICATOR_VALUES), data.indicator_values)
    write_period_reports(wb.create_sheet(PERIOD_REPORTS), data.period_reports)
    write_measures(wb.create_sheet(CORRECTIVE_MEASURES), data.actions, data.measures, data.lang)
    if data.request is not None:  # the funding request's donor structures, with its record
        write_donor_sheets(wb, data.request, data.results or ResultsChain(), data.lang)
    _in_language(wb, data.lang)
    wb.properties.creator = "capacity-app"
    wb.properties.title = str(data.meta.get("title", ""))[:200]
    wb.active = wb.sheetnames.index(ANSWERS)
    _check(cancelled)
    _report(progress, 0.85, "saving")

    from .saving import save

    def build(tmp):
        save(wb, tmp)
        _check(cancelled)
        importable(tmp)

    replace_atomically(build, out_path, "the workbook")
    _report(progress, 1.0, "saved")
    return out_path


def importable(path) -> None:
    """Refuse a written workbook that an import would refuse (a fully filled assessment
    whose every answer is at the 20,000-character limit wrote a 73 MB Answers sheet, over the 64 MB
    an import reads): the archive checks of :mod:`.safety`, the ones every import runs first."""
    try:
        check_file(path)
    except UnsafeWorkbook as exc:
        raise ExportError(text("cli.wb.not_again", reason=exc.reason)) from None


README_TEXT = ("wb.readme.intro", "wb.readme.sheets", "wb.readme.sheets_more", "wb.readme.edit", "wb.readme.labels",
               "wb.readme.import", "wb.readme.formulas", "wb.readme.format")  # domain/texts.py, in the workbook's language


def readme_lines(lang: str) -> list[str]:
    """The README sheet's paragraphs in ``lang``, the columns named as the Answers sheet names them."""
    names = {"code": "Code", "dont_know": "Don't know", "not_applicable": "Not applicable",
             "comment": "Comment", "evidence": "Evidence"}
    labels = {k: column_label(v, lang) for k, v in names.items()} | {"yes": vocab.label(vocab.YES_NO, YES, lang)}
    return [text(key, lang, **labels) if "{" in text(key, "en") else text(key, lang) for key in README_TEXT]


def _readme(ws, data: ExportData) -> None:
    from openpyxl.styles import Alignment, Font

    lang = data.lang or "en"
    write_text(ws, 1, 1, text("wb.readme.title", lang)).font = Font(bold=True, size=14)
    write_text(ws, 2, 1, str(data.meta.get("title", ""))).font = Font(italic=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, line in enumerate(readme_lines(lang), 4):
        write_text(ws, i, 1, line).alignment = wrap
    ws.column_dimensions["A"].width = 110


def _in_language(wb, lang: str) -> None:
    """The header rows in the workbook's language (the keys stay what a reader matches them to:
    format.canonical_header), and in Arabic every sheet right to left and every cell holding
    Arabic read right to left (cells.read_right_to_left)."""
    rtl = is_rtl(lang)
    for ws in wb.worksheets:
        if rtl:
            ws.sheet_view.rightToLeft = True
        columns = SHEET_COLUMNS.get(ws.title)
        if ws.title in (README, PLAN_TOTALS) or not columns or lang == "en":
            continue  # the README has no header; Plan totals is written in the language already
        for i, name in enumerate(columns, 1):
            cell = ws.cell(1, i)
            if cell.value == name:
                cell.value = column_label(name, lang, ws.title)
    if rtl:
        for ws in wb.worksheets:
            read_right_to_left(ws)


def _metadata(ws, data: ExportData) -> None:
    from openpyxl.styles import Alignment

    write_header(ws, METADATA_COLUMNS, (26, 90))
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, name in enumerate(METADATA_FIELD_NAMES, 2):
        write_text(ws, r, 1, name)
        v = data.meta.get(name, "")
        if name == "status":  # its label in the workbook's language, read back in any (vocab)
            v = vocab.label(vocab.ASSESSMENT_STATUS, str(v or ""), data.lang or "en")
        c = write_text(ws, r, 2, "" if v is None else (v if isinstance(v, (int, float)) else str(v)))
        c.alignment = wrap
        if isinstance(v, int) and not isinstance(v, bool):
            c.number_format = "0"
    ws.protection.sheet = True
    ws.protection.formatColumns = False


ANSWER_WIDTHS = (7, 34, 50, 28, 28, 14, 18, 24, 10, 13, 40, 40, 26)


def _answers(ws, data: ExportData, progress, cancelled) -> None:
    """The Answers sheet: a row per answer (evidence continued on rows of the same key), the
    editable cells unlocked, a check on each value cell by what its question allows."""
    from openpyxl.worksheet.datavalidation import DataValidation

    write_header(ws, ANSWERS_COLUMNS, ANSWER_WIDTHS)
    col = {name: i for i, name in enumerate(ANSWERS_COLUMNS, 1)}
    plain, quoted, code_number = _answer_styles(ws, col)
    groups: dict[tuple, list[str]] = {}
    n = len(data.answers) or 1
    code_col = col["Code"]
    code_letter = column_letter(code_col)
    ev_col = col["Evidence"]
    # the Don't know / Not applicable mark as the workbook's language writes yes ("oui", "是"); a
    # "yes" in any of the application's languages is read (codec.decode_flag)
    flags = {col["Don't know"], col["Not applicable"]}
    lang = data.lang or "en"
    mark = vocab.label(vocab.YES_NO, YES, lang)
    type_labels: dict[str, str] = {}  # a question type's label, looked up once
    r = 1
    for i, a in enumerate(data.answers, 2):
        r += 1
        if i % 500 == 0:
            _check(cancelled)
            _report(progress, 0.1 + 0.6 * i / n, "writing answers")
        evidence, *more = evidence_parts(a.evidence)
        type_label = type_labels.get(a.type)
        if type_label is None:
            type_label = type_labels[a.type] = vocab.label(vocab.QUESTION_TYPE, a.type, lang)
        values = (a.section, a.key, a.question, a.row, a.field, type_label, a.code,
                  a.value_label, a.dont_know, a.not_applicable, a.comment, evidence, a.check)
        for c_i, v in enumerate(values, 1):
            if v is None or v == "" or v is False:
                continue  # absent cells take the column style (unlocked where editable)
            if c_i == code_col and not isinstance(v, str):
                put_styled(ws, r, c_i, v, code_number["decimal" if a.type == "decimal" else "other"])
            elif c_i in flags and v == YES:
                put_styled(ws, r, c_i, mark, plain[c_i], quoted[c_i])
            else:
                put_styled(ws, r, c_i, v, plain[c_i], quoted[c_i])
        groups.setdefault((a.validation, a.allowed), []).append(f"{code_letter}{r}")
        for part in more:  # evidence continued on rows of the same key (the importer joins them)
            r += 1
            put_styled(ws, r, 1, a.section, plain[1], quoted[1])
            put_styled(ws, r, 2, a.key, plain[2], quoted[2])
            put_styled(ws, r, ev_col, part, plain[ev_col], quoted[ev_col])
    last = r
    ws.auto_filter.ref = f"A1:{column_letter(len(ANSWERS_COLUMNS))}{last}"
    # drop-down lists and number checks on the editable value cells, with what is allowed shown
    # as the input message when the cell is selected
    for (spec, allowed), cells in groups.items():
        dv = _value_validation(spec, allowed, data.lang or "en")
        dv.sqref = _compact(cells)
        ws.add_data_validation(dv)
    if data.answers:
        for name in ("Don't know", "Not applicable"):
            letter = column_letter(col[name])
            dv = DataValidation(type="list", formula1=f'"{mark}"', allow_blank=True)
            dv.sqref = f"{letter}2:{letter}{last}"
            ws.add_data_validation(dv)
    protect_table(ws)


def _answer_styles(ws, col: dict[str, int]) -> tuple[dict[int, Any], dict[int, Any], dict[str, Any]]:
    """The Answers sheet's cell styles by column, plain and quoted (editable columns unlocked,
    the others grey; the empty editable cells take their column's), and the Code column's for
    numbers (decimal, other)."""
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    editable = {col[n] for n in ANSWERS_EDITABLE}
    wrapped = {col["Question"], col["Comment"], col["Evidence"]}
    unlocked = Protection(locked=False)
    grey = PatternFill("solid", fgColor="F2F2F2")
    wrap = Alignment(wrap_text=True, vertical="top")
    styles = StyleCache(ws.parent)
    plain = {}
    quoted = {}
    for i in range(1, len(ANSWERS_COLUMNS) + 1):
        attrs: dict[str, Any] = {"protection": unlocked} if i in editable else {"fill": grey}
        if i in wrapped:
            attrs["alignment"] = wrap
        if i == col["Code"]:
            attrs["number_format"] = "@"
        if i == col["Row check"]:
            attrs["font"] = Font(color="808080", size=8)
        plain[i], quoted[i] = styles.pair(**attrs)
        if i in editable:  # empty editable cells take the column's style: unlocked, text
            dim = ws.column_dimensions[column_letter(i)]
            dim.protection = unlocked
            if i == col["Code"]:
                dim.number_format = "@"
    code_number = {
        "decimal": styles.get(protection=unlocked, number_format="0.##########"),
        "other": styles.get(protection=unlocked, number_format="0"),
    }
    styles.close()
    return plain, quoted, code_number


def _value_validation(spec, allowed: str, lang: str = "en"):
    """The check on the value cells of one kind of question: a list of codes, a number in its
    range, or none (a blank cell always allowed); what is allowed shown as the input message, its
    titles and messages in the workbook's language ``lang``."""
    from openpyxl.worksheet.datavalidation import DataValidation

    kind = spec[0] if spec else None
    if kind is None:
        dv = DataValidation(allow_blank=True)
    elif kind == "list":
        dv = DataValidation(type="list", formula1=f'"{spec[1]}"', allow_blank=True)
        dv.error = text("wb.dv.choose_code", lang)
    elif kind in ("whole", "decimal"):
        lo, hi = spec[1], spec[2]
        if lo is not None and hi is not None:
            dv = DataValidation(type=kind, operator="between", formula1=str(lo), formula2=str(hi),
                                allow_blank=True)
        elif lo is not None:
            dv = DataValidation(type=kind, operator="greaterThanOrEqual", formula1=str(lo),
                                allow_blank=True)
        elif hi is not None:
            dv = DataValidation(type=kind, operator="lessThanOrEqual", formula1=str(hi),
                                allow_blank=True)
        else:
            dv = DataValidation(type=kind, operator="between", formula1="-1E+300",
                                formula2="1E+300", allow_blank=True)
        dv.error = text("wb.dv.in_range", lang)
    else:
        dv = DataValidation(allow_blank=True)
    if kind is not None:
        dv.errorTitle = text("wb.dv.not_allowed", lang)
        dv.showErrorMessage = True
    if allowed:
        dv.promptTitle = text("wb.dv.allowed", lang)[:32]  # Excel's limit for a title
        dv.prompt = allowed[:255]  # Excel's limit for an input message
        dv.showInputMessage = True
    return dv


def _compact(cells: list[str]) -> str:
    """'H2 H3 H4 H9' -> 'H2:H4 H9' (one column)."""
    out = []
    run_start = prev = None
    letter = ""
    for ref in cells:
        i = 0
        while ref[i].isalpha():
            i += 1
        letter, num = ref[:i], int(ref[i:])
        if prev is not None and num == prev + 1:
            prev = num
            continue
        if run_start is not None:
            out.append(f"{letter}{run_start}" if run_start == prev else f"{letter}{run_start}:{letter}{prev}")
        run_start = prev = num
    if run_start is not None:
        out.append(f"{letter}{run_start}" if run_start == prev else f"{letter}{run_start}:{letter}{prev}")
    return " ".join(out)


def _matrix(ws, data: ExportData) -> None:
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font

    cols = list(MATRIX_FIRST_COLUMNS) + [code for code, _ in data.sources]
    write_header(ws, cols, [16, 50] + [7] * len(data.sources))
    bold = Font(bold=True)
    center = Alignment(horizontal="center")
    for r, (letter, label) in enumerate(data.policy_questions, 2):
        write_text(ws, r, 1, letter)
        write_text(ws, r, 2, label)
        for c, (src, _) in enumerate(data.sources, 3):
            key = f"{letter}.{src}"
            cell = write_text(ws, r, c, data.matrix_levels.get(key))
            cell.alignment = center
            cell.number_format = "0"
            if key in data.matrix_main:
                cell.font = bold
    last_row = len(data.policy_questions) + 1
    if data.sources and data.policy_questions:
        rng = f"C2:{column_letter(2 + len(data.sources))}{last_row}"
        ws.conditional_formatting.add(rng, ColorScaleRule(
            start_type="num", start_value=0, start_color="F8696B",
            mid_type="num", mid_value=1.5, mid_color="FFEB84",
            end_type="num", end_value=3, end_color="63BE7B"))
    note = last_row + 2
    write_text(ws, note, 1, text("wb.matrix.note", data.lang or "en"))
    for i, (code, label) in enumerate(data.sources, note + 1):
        write_text(ws, i, 1, code)
        write_text(ws, i, 2, label)


def _scores(ws, data: ExportData) -> None:
    from openpyxl.chart import BarChart, Reference

    write_header(ws, SCORES_COLUMNS, (16, 10, 50, 9, 8, 12, 8, 9, 18, 22, 6, 60))
    for r, row in enumerate(data.score_rows, 2):
        # the kind's label in the workbook's language (the checksum is over the codes: the
        # aggregation reads a label in any language back as its code, vocab.SCORE_KIND)
        row = row._replace(kind=vocab.label(vocab.SCORE_KIND, row.kind, data.lang or "en"))
        for c, v in enumerate(row, 1):
            cell = write_text(ws, r, c, v)
            if isinstance(v, float):
                cell.number_format = "0.0"
    if not data.score_rows and data.scores_note:
        write_text(ws, 2, 1, "note")
        write_text(ws, 2, 12, data.scores_note)
    sec_rows = [r for r, row in enumerate(data.score_rows, 2) if row.kind == "section"]  # the codes
    if sec_rows:
        chart = BarChart()
        chart.type = "bar"
        chart.title = text("wb.chart.sections", data.lang or "en")
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 100
        chart.legend = None
        first, last = sec_rows[0], sec_rows[-1]
        chart.add_data(Reference(ws, min_col=4, min_row=first, max_row=last), titles_from_data=False)
        chart.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
        chart.height = max(7.5, 0.6 * len(sec_rows))
        chart.width = 16
        ws.add_chart(chart, "N2")


def _recommendations(ws, data: ExportData) -> None:
    from openpyxl.styles import Alignment

    write_header(ws, RECOMMENDATIONS_COLUMNS, (9, 14, 40, 90, 18, 9, 16))
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(data.recommendation_rows, 2):
        for c, v in enumerate(row, 1):
            cell = write_text(ws, r, c, v)
            if c in (3, 4):
                cell.alignment = wrap
