"""The workbook's Review sheet (exchange/workbook/review_sheet.py): every status and note comes back through
a real workbook (hypothesis), reviews travel export -> import into a fresh database and back, a
review changed here since the export is kept unless chosen, hostile cells are refused by cell."""
from __future__ import annotations

import os

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.domain.team.review import (
    DISPUTED,
    FOLLOW_UP,
    SET_STATUSES,
    VALIDATED,
    Review,
    review_problem,
    units,
)
from capacity_app.exchange.workbook.format import REVIEW, REVIEW_COLUMNS
from capacity_app.exchange.workbook.review_sheet import ReviewRow, read_reviews, write_reviews
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
from capacity_app.services.team.reviews import set_review

from exchange_helpers import LoadedOnce, make_store

LONG = os.environ.get("CAPACITY_RELIABILITY", "").lower() == "long"
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120).map(str.strip)
stamps = st.sampled_from(["2026-03-01T10:00:00+00:00", "2026-11-23T17:52:13", "2027-01-31T23:59:59+05:30"])


def _units(qn):
    return [u for u in units(qn)][::37]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_status_and_note_reads_back(qn, tmp_path_factory, data):
    chosen = data.draw(st.lists(st.sampled_from(_units(qn)), min_size=1, max_size=8, unique=True))
    rows = []
    for u in chosen:
        status = data.draw(st.sampled_from((None, *SET_STATUSES)))
        review = None if status is None else Review(u, status, data.draw(text), data.draw(stamps), data.draw(text),
                                                    data.draw(st.sampled_from(["", "0123456789abcdef"])))
        rows.append(ReviewRow(u, data.draw(text), review))
    path = tmp_path_factory.mktemp("review") / "r.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "x"
    write_reviews(wb.create_sheet(REVIEW), rows)
    wb.save(path)
    from capacity_app.exchange.outside.reader import Workbook

    with Workbook(path) as read:
        got, problems, warnings = read_reviews(read, qn)
    assert problems == [] and warnings == []
    assert got.reviews == {r.unit: r.review for r in rows}


@pytest.fixture(scope="module")
def _reviewed_once(qn, tmp_path_factory):
    """The supervisor's database (the demo, three reviews) and its export, made once for the
    module: each test gets its own copy of both (``reviewed``)."""
    from capacity_app.services.demo import create_demo

    folder = tmp_path_factory.mktemp("reviewed")
    store = make_store(folder / "sup.sqlite3")
    a = create_demo(store)
    store.operator = "A. Supervisor"
    set_review(store, qn, a.id, "s2_need_a", VALIDATED, "NSO table 4")
    set_review(store, qn, a.id, "s3_matrix.A.CEN.exists", DISPUTED, "census asked citizenship,\nnot birth")
    set_review(store, qn, a.id, "s0_institutions.nso", FOLLOW_UP, "=second source")
    export_workbook(store, a.id, folder / "sup.xlsx")
    store.close()
    return folder, a.id


@pytest.fixture(scope="module")
def reviewed_loaded(_reviewed_once):
    """The supervisor's export loaded once in openpyxl for the tests that edit its cells, each
    saving its own file (exchange_helpers.LoadedOnce); removing a sheet loads it afresh."""
    folder, _ = _reviewed_once
    return LoadedOnce(folder / "sup.xlsx")


def _review_row(ws, key):
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == key)


@pytest.fixture
def reviewed(_reviewed_once, tmp_path):
    """(store, assessment id, its exported workbook): this test's own copies."""
    import shutil

    folder, aid = _reviewed_once
    for name in ("sup.sqlite3", "sup.xlsx"):
        shutil.copyfile(folder / name, tmp_path / name)
    store = make_store(tmp_path / "sup.sqlite3")
    store.operator = "A. Supervisor"
    yield store, aid, tmp_path / "sup.xlsx"
    store.close()


def test_reviews_travel_to_a_fresh_database_and_back(qn, reviewed, tmp_path):
    store, aid, out = reviewed
    plan = read_workbook(out, qn)
    assert set(plan.reviews.reviews) >= {"s2_need_a", "s3_matrix.A.CEN", "s0_institutions.nso"}
    fresh = make_store(tmp_path / "fresh.sqlite3")
    try:
        a = apply_import(fresh, plan).assessment
        assert fresh.reviews(a.id) == store.reviews(aid)
        back = tmp_path / "back.xlsx"
        export_workbook(fresh, a.id, back)
    finally:
        fresh.close()
    assert [d for d in diff_import(store, read_workbook(back, qn)) if d.what == "review"] == []


def test_a_review_changed_here_since_the_export_is_kept(qn, reviewed):
    store, aid, out = reviewed
    set_review(store, qn, aid, "s2_need_a", DISPUTED, "the ministry gave another figure")
    plan = read_workbook(out, qn)
    lines = [d for d in diff_import(store, plan) if d.key == "review:s2_need_a"]
    assert len(lines) == 1 and lines[0].newer_here and lines[0].what == "review"
    assert "review of Need: A." in lines[0].describe(qn)
    apply_import(store, plan)
    assert store.reviews(aid)["s2_need_a"].status == DISPUTED
    apply_import(store, plan, overwrite={"review:s2_need_a"})
    assert store.reviews(aid)["s2_need_a"].status == VALIDATED


def test_a_review_typed_in_the_spreadsheet_judges_the_answer_imported(qn, reviewed, reviewed_loaded, tmp_path):
    store, aid, _ = reviewed
    ws = reviewed_loaded.book[REVIEW]
    col = {name: openpyxl.utils.get_column_letter(i) for i, name in enumerate(REVIEW_COLUMNS, 1)}
    row = _review_row(ws, "s2_need_b")
    wanted = _review_row(ws, "s2_need_a")
    edited = reviewed_loaded.save_edited(tmp_path / "edited.xlsx", {
        (REVIEW, f"{col['Review']}{row}"): "follow_up", (REVIEW, f"{col['Review note']}{row}"): "ask labour",
        (REVIEW, f"{col['Review']}{wanted}"): None})  # withdrawn in the spreadsheet
    plan = read_workbook(edited, qn)
    kinds = {d.key: d.kind for d in diff_import(store, plan) if d.what == "review"}
    assert kinds == {"review:s2_need_b": "added", "review:s2_need_a": "removed"}
    apply_import(store, plan)
    from capacity_app.services.team.reviews import review_state

    reviews = store.reviews(aid)
    assert "s2_need_a" not in reviews
    assert reviews["s2_need_b"].note == "ask labour" and reviews["s2_need_b"].at
    follow = [u.unit for u in review_state(store, qn, aid).follow_up]
    assert "s2_need_b" in follow  # it judges the answer as imported: it stands


@pytest.mark.parametrize("column, value, fragment", [
    ("Review", "approved", "must be one of validated"),
    ("Reviewed at", "yesterday", "date and time"),
    ("Answer key", "s0_institutions", "not an answer of this questionnaire"),
    ("Answer check", "<zz>", "do not edit"),
    ("Review note", "x" * 5000, "longer than"),
])
def test_bad_review_cells_are_refused_by_cell(qn, reviewed_loaded, tmp_path, column, value, fragment):
    c = REVIEW_COLUMNS.index(column) + 1
    bad = reviewed_loaded.save_edited(tmp_path / "bad.xlsx", {(REVIEW, f"{openpyxl.utils.get_column_letter(c)}2"): value})
    from capacity_app.exchange.workbook.importer import WorkbookError

    with pytest.raises(WorkbookError) as e:
        read_workbook(bad, qn)
    assert e.value.sheet == REVIEW and e.value.cell == f"{openpyxl.utils.get_column_letter(c)}2"
    assert fragment in e.value.reason
    # the aggregation uses no review: like the Changes sheet, it leaves this one unread
    from capacity_app.exchange.aggregate import extract as ax

    ax.init_worker(None, qn)
    got = ax.extract(str(bad))
    assert type(got).__name__ == "Extracted", got
    assert not [n for n in got.notes if "review" in (n.detail or "").lower()]


def test_a_workbook_without_the_sheet_keeps_the_reviews(qn, reviewed, tmp_path):
    store, aid, out = reviewed
    wb = openpyxl.load_workbook(out)
    del wb[REVIEW]
    older = tmp_path / "older.xlsx"
    wb.save(older)
    plan = read_workbook(older, qn)
    assert plan.reviews is None
    before = store.reviews(aid)
    apply_import(store, plan)
    assert store.reviews(aid) == before


# the units the round trip below reviews: a question, a grid row and a matrix cell, each answered
_ANSWERED = {"s2_need_a": ("s2_need_a", 3), "s0_institutions.nso": ("s0_institutions.nso.interviewed", "yes"),
             "s3_matrix.A.CEN": ("s3_matrix.A.CEN.exists", "yes")}
# what a person can type into a note: any character a cell keeps (line breaks, tabs, quotes, a
# leading '=', right-to-left and astral characters), not what text_problem refuses
notes = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200).map(str.strip).filter(
    lambda t: review_problem(VALIDATED, t) is None)


@pytest.fixture(scope="module")
def answered(qn, tmp_path_factory):
    """A database with an assessment whose three units (question, grid row, matrix cell) are answered."""
    from capacity_app.services import assessments as svc

    path = tmp_path_factory.mktemp("answered") / "src.sqlite3"
    store = make_store(path)
    a = svc.create_assessment(store, qn, country="KEN", round=2026)
    for key, value in _ANSWERED.values():
        svc.record_answer(store, qn, a.id, key, value)
    store.close()
    return path, a.id


# about 1 s an example (a workbook written and imported): 8 in make test, 200 in make reliability
@settings(max_examples=200 if LONG else 8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=st.lists(st.tuples(st.sampled_from(sorted(_ANSWERED)), st.sampled_from(SET_STATUSES), notes),
                       min_size=1, max_size=5),
       reviewer=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).map(str.strip))
def test_statuses_and_notes_survive_export_and_import(qn, answered, tmp_path_factory, chosen, reviewer):
    """Statuses and notes set through the service come back, by a real workbook, into a fresh
    database as they were (status, note, reviewer, time, answer judged), and still stand there."""
    import shutil

    from capacity_app.services.team.reviews import review_state

    folder = tmp_path_factory.mktemp("rt")
    shutil.copyfile(answered[0], folder / "src.sqlite3")
    src = make_store(folder / "src.sqlite3")
    fresh = make_store(folder / "fresh.sqlite3")
    try:
        src.operator = reviewer
        for unit, status, note in chosen:  # the last review of a unit is the one that stands
            set_review(src, qn, answered[1], unit, status, note)
        out = export_workbook(src, answered[1], folder / "r.xlsx")
        a = apply_import(fresh, read_workbook(out, qn)).assessment
        assert fresh.reviews(a.id) == src.reviews(answered[1])
        last = {unit: (status, note.strip()) for unit, status, note in chosen}
        assert {u: (r.status, r.note) for u, r in fresh.reviews(a.id).items()} == last
        state = review_state(fresh, qn, a.id)
        c = state.coverage
        assert (c.validated, c.follow_up, c.disputed) == tuple(
            sum(1 for s, _ in last.values() if s == want) for want in (VALIDATED, FOLLOW_UP, DISPUTED))
    finally:
        src.close()
        fresh.close()


def test_an_answer_changed_in_the_workbook_is_not_reviewed_after_the_import(qn, reviewed, reviewed_loaded, tmp_path):
    """The supervisor validated s2_need_a; an officer changes that answer in the workbook: after
    the import the review is kept (who, when, the note) but no longer stands."""
    from capacity_app.domain.team.review import NOT_REVIEWED
    from capacity_app.exchange.workbook.format import ANSWERS, ANSWERS_COLUMNS
    from capacity_app.services.team.reviews import review_state, unit_rows

    store, aid, _ = reviewed
    ws = reviewed_loaded.book[ANSWERS]
    key_col, code_col = ANSWERS_COLUMNS.index("Answer key") + 1, ANSWERS_COLUMNS.index("Code") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, key_col).value == "s2_need_a")
    before = ws.cell(row, code_col).value
    edited = reviewed_loaded.save_edited(tmp_path / "officer.xlsx", {
        (ANSWERS, f"{openpyxl.utils.get_column_letter(code_col)}{row}"): "1" if str(before) != "1" else "2"})
    assert review_state(store, qn, aid).coverage.validated == 1
    apply_import(store, read_workbook(edited, qn))
    shown = next(r for r in unit_rows(store, qn, aid) if r["unit"] == "s2_need_a")
    assert shown["status"] == NOT_REVIEWED and shown["changed_since_review"] and shown["note"] == "NSO table 4"
    assert review_state(store, qn, aid).coverage.validated == 0
