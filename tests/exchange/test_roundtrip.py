"""Export -> import into a fresh database -> export: identical canonical answers and checksum."""
import re
import zipfile

import openpyxl
import pytest
from sample import sample

from capacity_app.domain.answers import ANSWERED, canonical_answers
from capacity_app.exchange.workbook.format import (
    ANSWERS_COLUMNS,
    SCORES_COLUMNS,
    SHEET_ORDER,
    answers_checksum,
    column_letter,
    is_meaningful,
)
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook

from exchange_helpers import TRICKY_TEXTS, make_store
from workbook_values import sheet_values


def _meaningful(answers):
    return {k: a for k, a in answers.items() if is_meaningful(a)}


@pytest.mark.parametrize("lang", sample(["en", "fr", "es", "ar", "zh", "ru"]))
def test_round_trip_every_language(rich, qn, tmp_path, lang):
    db, aid, _ = rich
    src = make_store(db)
    try:
        first = tmp_path / f"first-{lang}.xlsx"
        export_workbook(src, aid, first, lang=lang)
        original = _meaningful(src.answers(aid))
        uid = src.assessment(aid).uid
    finally:
        src.close()
    plan = read_workbook(first, qn)
    assert plan.checksum_ok and plan.edited == []
    fresh = make_store(tmp_path / f"fresh-{lang}.sqlite3")
    try:
        assert diff_import(fresh, plan) == []
        a = apply_import(fresh, plan).assessment
        assert a.uid == uid
        again = _meaningful(fresh.answers(a.id))
        assert canonical_answers(again) == canonical_answers(original)
        second = tmp_path / f"second-{lang}.xlsx"
        export_workbook(fresh, a.id, second, lang=lang)
    finally:
        fresh.close()
    m1 = _meta(first)
    m2 = _meta(second)
    assert m1["answers_sha256"] == m2["answers_sha256"] == answers_checksum(original)
    assert m1["language"] == lang
    assert read_workbook(second, qn).checksum_ok


def _meta(path):
    return {r[0]: r[1] for r in sheet_values(path, "Metadata")[1:]}


@pytest.fixture(scope="module")
def rich_book(rich):
    """The rich workbook loaded in openpyxl's full mode (cell formats, protection, data validations)
    once for the module's tests, which only read it."""
    return openpyxl.load_workbook(rich[2])


def test_every_type_and_tricky_text_survive(rich, qn):
    db, aid, path = rich
    plan = read_workbook(path, qn)
    by_key = {a.key: a for a in plan.answers}
    types = {qn.resolve_key(a.key)[1].type for a in plan.answers if a.status == ANSWERED}
    assert {"text", "integer", "decimal", "date", "select_one", "select_multiple", "year",
            "rating"} <= types
    values = {a.value for a in plan.answers if isinstance(a.value, str)}
    comments = {a.comment for a in plan.answers}
    for t in TRICKY_TEXTS:
        assert t in values, repr(t[:40])
    assert "line one\r\nline two\nline three" in comments
    assert "\t" in comments  # whitespace-only comment
    assert any(a.status == "dont_know" and a.comment == "=1+1 should stay text"
               and a.evidence[0].text == "back\\slash\nand newline" for a in by_key.values())
    assert any(a.status == "empty" and len(a.evidence) == 2 for a in by_key.values())


def test_user_text_is_never_a_formula(rich, rich_book):
    _, _, path = rich
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for n in names:
            if n.startswith("xl/worksheets/sheet"):
                assert re.search(rb"<f[\s>/]", z.read(n)) is None, n
        sheet_xml = b"".join(z.read(n) for n in names if n.startswith("xl/worksheets/sheet"))
    assert b"=HYPERLINK(" in sheet_xml.replace(b"&quot;", b'"')
    ws = rich_book["Answers"]
    col = ANSWERS_COLUMNS.index("Code") + 1
    found = 0
    for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        if isinstance(cell.value, str) and cell.value[:1] in "=+-@\t":
            assert cell.data_type == "s"
            assert cell.quotePrefix
            found += 1
    assert found >= 5


def test_workbook_structure(rich, rich_book, qn):
    _, _, path = rich
    wb = rich_book
    assert wb.sheetnames == list(SHEET_ORDER)
    assert wb["Metadata"].protection.sheet
    ans = wb["Answers"]
    assert ans.freeze_panes == "A2"
    assert [c.value for c in ans[1]] == list(ANSWERS_COLUMNS)
    assert ans.max_row == 1 + sum(1 for _ in qn.all_keys())
    dvs = ans.data_validations.dataValidation
    assert any(dv.type == "list" for dv in dvs) and any(dv.type == "whole" for dv in dvs)
    code = column_letter(ANSWERS_COLUMNS.index("Code") + 1)
    assert any(code in str(dv.sqref) for dv in dvs)
    assert ans.column_dimensions[code].protection.locked is False  # empty cells: column style
    answered = next(r for r in range(2, ans.max_row + 1) if ans[f"{code}{r}"].value is not None)
    assert ans[f"{code}{answered}"].protection.locked is False
    assert ans["B2"].protection.locked is True
    assert [c.value for c in wb["Scores"][1]] == list(SCORES_COLUMNS)
    assert wb["Matrix"].conditional_formatting
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("xl/charts/") for n in z.namelist()) or \
            wb["Scores"].max_row <= 2  # the chart needs section scores


def test_export_is_atomic_and_cancellable(rich, tmp_path):
    from capacity_app.jobs import Cancelled

    db, aid, _ = rich
    store = make_store(db)
    try:
        out = tmp_path / "x.xlsx"
        with pytest.raises(Cancelled):
            export_workbook(store, aid, out, cancelled=lambda: True)
        assert list(tmp_path.iterdir()) == []
        seen = []
        export_workbook(store, aid, out, progress=lambda f, m: seen.append(f))
        assert out.exists() and seen[-1] == 1.0
        assert [p.name for p in tmp_path.iterdir()] == ["x.xlsx"]
    finally:
        store.close()
