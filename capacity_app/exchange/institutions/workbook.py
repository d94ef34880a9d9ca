"""Writing an institution's fillable workbook (the form as data in ``institution_form``):
a cover saying for whom, by when and whom to contact, with the respondent's cells; the questions
sheet, protected, only its answer, "don't know" and comment cells open, with drop-down lists for
choices and checks of numbers, dates and text length; the lists and the form's identity hidden.
Every text is written as text, never a formula (``cells.write_text``)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ...collector import relaxed_collector
from ...domain.institutions.request_fields import cover_lines
from ...domain.languages import is_rtl
from ...files import replace_atomically
from ...jobs import CancelCheck, Progress, check, report
from ..workbook.cells import StyleCache, put_styled, write_text
from ..workbook.codec import limits
from ..workbook.export import importable
from ..workbook.format import column_letter
from .form import (
    COL_ANSWER,
    COL_COMMENT,
    COL_DONT_KNOW,
    COL_HELP,
    COL_KEY,
    COL_QUESTION,
    COL_SECTION,
    FORM_SHEET,
    HEADER_ROW,
    LISTS_SHEET,
    TEXT_CELL_MAX,
    FormData,
    form_check,
    sent_text,
)
from .texts import text

OPEN_FILL = "FFF2CC"    # the cells a respondent fills
HEADING_FILL = "DDEBF7"  # a question's, grid row's or matrix cell's heading


def form_pairs(form: FormData, sheet_names: tuple[str, str], respondent_cells: tuple[str, str]) -> list[tuple[str, str]]:
    """The ``_form`` sheet's content (before its check): the identity, the sheets' names and the
    cover's respondent cells, then one line per value row: its sheet row number, key, check of its
    protected cells and the answer cell as sent."""
    pairs = [(k, v) for k, v in form.meta.items()]
    pairs += [("sheet.cover", sheet_names[0]), ("sheet.questions", sheet_names[1]),
              ("cell.respondent", respondent_cells[0]), ("cell.role", respondent_cells[1])]
    for n, row in enumerate(form.rows, HEADER_ROW + 1):
        if row.key:
            pairs.append((f"row.{n}", f"{row.key}\x1d{row.check()}\x1d{sent_text(row.sent)}"))
    return pairs


def write_institution_workbook(form: FormData, out_path, progress: Progress = None,
                               cancelled: CancelCheck = None) -> Path:
    """Write ``form`` as an .xlsx at ``out_path`` (a temporary file, then replaced at once: a
    failure or a cancel leaves nothing half-written)."""
    with relaxed_collector():
        return _write(form, Path(out_path), progress, cancelled)


def _write(form: FormData, out_path: Path, progress: Progress, cancelled: CancelCheck) -> Path:
    from openpyxl import Workbook

    report(progress, 0.0, "preparing the workbook")
    lang = form.lang
    names = (text("sheet.cover", lang), text("sheet.questions", lang))
    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the empty sheet a new workbook starts with
    cover = wb.create_sheet(names[0])
    questions = wb.create_sheet(names[1])
    lists = wb.create_sheet(LISTS_SHEET)
    meta = wb.create_sheet(FORM_SHEET)
    respondent_cells = _cover(cover, form, names[1])
    check(cancelled)
    report(progress, 0.1, "writing the questions")
    _questions(questions, lists, form, progress, cancelled)
    _form_sheet(meta, form, names, respondent_cells)
    for ws, landscape in ((cover, False), (questions, True)):
        _printed(ws, landscape)
    questions.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    lists.sheet_state = "hidden"
    meta.sheet_state = "veryHidden"
    if is_rtl(lang):
        cover.sheet_view.rightToLeft = True
        questions.sheet_view.rightToLeft = True
    wb.properties.creator = "capacity-app"
    wb.properties.title = text("cover.title", lang, institution=form.institution_label)[:200]
    wb.active = 0
    check(cancelled)
    report(progress, 0.9, "saving")

    def build(tmp):
        wb.save(tmp)
        check(cancelled)
        importable(tmp)

    replace_atomically(build, out_path, "the workbook")
    report(progress, 1.0, "saved")
    return out_path


def _printed(ws, landscape: bool) -> None:
    """Printed (or saved as PDF) one page wide, as a respondent may print it to fill by hand."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _open_cell(c) -> None:
    from openpyxl.styles import PatternFill, Protection

    c.protection = Protection(locked=False)
    c.fill = PatternFill("solid", fgColor=OPEN_FILL)


def write_cover(ws, title: str, subtitle: str, lines: list[tuple[str, str]], how: str, how_height: int,
                respondent: tuple[str, str], open_cell=_open_cell) -> tuple[str, str]:
    """A returned form's cover, its texts already in the form's language: the title, the subtitle,
    the labelled ``lines``, the instructions (``how``, a row ``how_height`` points high) and the
    respondent's two labelled open cells, which it returns (the questionnaire's and the progress
    forms alike)."""
    from openpyxl.styles import Alignment, Font

    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 80
    write_text(ws, 1, 1, title).font = Font(bold=True, size=14)
    write_text(ws, 2, 1, subtitle).font = Font(italic=True)
    row = 4
    for label, value in lines:
        write_text(ws, row, 1, label).font = Font(bold=True)
        write_text(ws, row, 2, value).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1
    cell = write_text(ws, row, 1, how)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[row].height = how_height
    row += 2
    cells = []
    for label in respondent:
        write_text(ws, row, 1, label).font = Font(bold=True)
        open_cell(ws.cell(row=row, column=2))
        cells.append(f"B{row}")
        row += 1
    ws.protection.sheet = True
    return cells[0], cells[1]


def _cover(ws, form: FormData, questions_sheet: str) -> tuple[str, str]:
    """Write the cover; returns the respondent's two cells (name; position and e-mail)."""
    lang = form.lang
    not_given = text("not_given", lang)
    lines = [("cover.institution", form.institution_label), ("cover.country", form.country_label),
             ("cover.assessment", form.assessment_label),
             *cover_lines(form.request, str(len(form.value_rows)), not_given)]
    return write_cover(ws, text("cover.title", lang, institution=form.institution_label), text("cover.subtitle", lang),
                       [(text(key, lang), value) for key, value in lines],
                       text("cover.how", lang, sheet=questions_sheet, dont_know=text("dont_know", lang)), 90,
                       (text("cover.respondent", lang), text("cover.role", lang)))


def _list_range(lists, cache: dict, entries: tuple[str, ...]) -> str:
    """The hidden lists sheet's range holding ``entries`` (one column per distinct list)."""
    if entries not in cache:
        col = len(cache) + 1
        for i, e in enumerate(entries, 1):
            write_text(lists, i, col, e)
        letter = column_letter(col)
        cache[entries] = f"'{LISTS_SHEET}'!${letter}$1:${letter}${len(entries)}"
    return cache[entries]


def _validation(ws, kind: Any, formula1: str | None, formula2: str | None, error: str, lang: str,
                operator: Any = "between"):
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(type=kind, formula1=formula1, formula2=formula2, operator=operator if kind != "list" else None,
                        allow_blank=True, showErrorMessage=True, errorTitle=text("error.title", lang), error=error)
    ws.add_data_validation(dv)
    return dv


def _questions(ws, lists, form: FormData, progress: Progress, cancelled: CancelCheck) -> None:
    """The questions sheet. Cell styles are built once and copied (``cells.StyleCache``), and each
    check's cells are gathered and given to it once at the end: adding cells one by one to a
    validation is quadratic in openpyxl (the statistics office's 686 values: 6.1 s under the
    profiler, 2.2 s of it styles and 1.7 s validations)."""
    from openpyxl.worksheet.cell_range import MultiCellRange

    lang = form.lang
    heads = [("key", 4), (text("col.section", lang), 18), (text("col.question", lang), 50),
             (text("col.help", lang), 48), (text("col.answer", lang), 30), (text("col.dont_know", lang), 13),
             (text("col.comment", lang), 36)]
    widths = {i: w for i, (_name, w) in enumerate(heads, 1)}
    styles = _styles(ws.parent)
    for i, (name, width) in enumerate(heads, 1):
        put_styled(ws, HEADER_ROW, i, name, *styles["header"])
        ws.column_dimensions[column_letter(i)].width = width
    ws.column_dimensions[column_letter(COL_KEY)].hidden = True
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=COL_QUESTION)
    lists_cache: dict = {}
    cells: dict[tuple, list[str]] = {}  # a check's key -> the answer cells it checks
    dont_know: list[str] = []
    total = max(1, len(form.rows))
    for n, row in enumerate(form.rows, HEADER_ROW + 1):
        if n % 200 == 0:
            check(cancelled)
            report(progress, 0.1 + 0.75 * n / total, "writing the questions")
        heading = not row.key or row.field is None
        put_styled(ws, n, COL_KEY, row.key, *styles["plain"])
        put_styled(ws, n, COL_SECTION, row.section, *styles["heading" if heading else "wrap"])
        put_styled(ws, n, COL_QUESTION, row.question, *styles["heading_bold" if heading else "wrap"])
        put_styled(ws, n, COL_HELP, row.help, *styles["heading" if heading else "wrap"])
        # a spreadsheet does not grow a row to its wrapped text by itself (LibreOffice prints one
        # line): the height its longest cell needs, at about 15 points a line
        lines = max(_lines(row.section, widths[COL_SECTION]), _lines(row.question, widths[COL_QUESTION]),
                    _lines(row.help, widths[COL_HELP]), _lines(str(row.sent or ""), widths[COL_ANSWER]))
        ws.row_dimensions[n].height = min(409, 15 * lines)
        if heading or row.field is None:
            for col in (COL_ANSWER, COL_DONT_KNOW, COL_COMMENT):
                put_styled(ws, n, col, None, *styles["heading"])
            continue
        fld = row.field
        put_styled(ws, n, COL_ANSWER, row.sent, *styles["open_date" if fld.type == "date" else "open"])
        if row.dont_know:
            put_styled(ws, n, COL_DONT_KNOW, None, *styles["open"])
            dont_know.append(f"{column_letter(COL_DONT_KNOW)}{n}")
        put_styled(ws, n, COL_COMMENT, None, *styles["open"])
        key = _check_key(fld, row.choices)
        if key is not None:
            cells.setdefault(key, []).append(f"{column_letter(COL_ANSWER)}{n}")
    styles_close = styles.pop("_close")
    styles_close()
    if dont_know:
        dk = _validation(ws, "list", _list_range(lists, lists_cache, (text("dont_know", lang),)), None,
                         text("error.list", lang), lang)
        dk.sqref = MultiCellRange(" ".join(dont_know))
    for key, refs in cells.items():
        _make_check(ws, lists, lists_cache, key, lang).sqref = MultiCellRange(" ".join(refs))
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _styles(wb) -> dict:
    """The questions sheet's cell styles (each with its quote-prefixed twin), built once."""
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    cache = StyleCache(wb)
    wrap = Alignment(wrap_text=True, vertical="top")
    heading = PatternFill("solid", fgColor=HEADING_FILL)
    opened = dict(protection=Protection(locked=False), fill=PatternFill("solid", fgColor=OPEN_FILL), alignment=wrap)
    out: dict = {
        "header": cache.pair(font=Font(bold=True, color="FFFFFF"), fill=PatternFill("solid", fgColor="1F4E79"),
                             alignment=Alignment(wrap_text=True, vertical="center")),
        "plain": cache.pair(),
        "wrap": cache.pair(alignment=wrap),
        "heading": cache.pair(alignment=wrap, fill=heading),
        "heading_bold": cache.pair(alignment=wrap, fill=heading, font=Font(bold=True)),
        "open": cache.pair(**opened),
        "open_date": cache.pair(number_format="yyyy-mm-dd", **opened),
    }
    out["_close"] = cache.close
    return out


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide, wrapped."""
    import unicodedata

    per_line = max(1, int(width * 1.1))

    def columns(part: str) -> int:  # Chinese characters take two columns
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in part)

    return sum(max(1, -(-columns(part) // per_line)) for part in text.split("\n")) if text else 1


def _check_key(fld, choices: tuple[str, ...]) -> tuple | None:
    if choices:
        return ("list", choices)
    if fld.type in ("integer", "year", "decimal"):
        lo, hi = limits(fld)
        return ("whole" if fld.type != "decimal" else "decimal", lo, hi)
    if fld.type == "date":
        return ("date",)
    if fld.type in ("text", "select_multiple"):
        return ("textLength",)
    return None


def _make_check(ws, lists, cache: dict, key: tuple, lang: str):
    kind = key[0]
    if kind == "list":
        return _validation(ws, "list", _list_range(lists, cache, key[1]), None, text("error.list", lang), lang)
    if kind in ("whole", "decimal"):
        lo, hi = key[1], key[2]
        if lo is not None and hi is not None:
            return _validation(ws, kind, f"{lo:g}", f"{hi:g}", text("error.number", lang), lang)
        if lo is not None:
            return _validation(ws, kind, f"{lo:g}", None, text("error.number", lang), lang, "greaterThanOrEqual")
        if hi is not None:
            return _validation(ws, kind, f"{hi:g}", None, text("error.number", lang), lang, "lessThanOrEqual")
        return _validation(ws, kind, "-1E+300", "1E+300", text("error.number", lang), lang)
    if kind == "date":
        # DATE(1900,1,1) .. DATE(2100,12,31) as serial numbers: the range every date answer keeps to
        return _validation(ws, "date", "1", "73415", text("error.date", lang), lang)
    return _validation(ws, "textLength", "0", str(TEXT_CELL_MAX), text("error.text", lang), lang)


def _form_sheet(ws, form: FormData, names: tuple[str, str], respondent_cells: tuple[str, str]) -> None:
    pairs = form_pairs(form, names, respondent_cells)
    for i, (k, v) in enumerate(pairs, 1):
        write_text(ws, i, 1, k)
        write_text(ws, i, 2, v)
    write_text(ws, len(pairs) + 1, 1, "check")
    write_text(ws, len(pairs) + 1, 2, form_check(pairs))
    ws.protection.sheet = True


__all__ = ["form_pairs", "write_institution_workbook"]
