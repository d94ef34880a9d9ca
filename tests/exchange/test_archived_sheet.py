"""The workbook's Archived answers sheet (exchange/workbook/archive_sheet.py): the answers to questions
the questionnaire version no longer asks come back exactly through a real sheet (hypothesis, a stored
answer longer than a cell included), travel export -> import into a fresh database, are only ever added
to what a database has archived (never replaced), and a changed cell is refused naming it."""
from __future__ import annotations

import datetime as _dt

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.domain.values import archived_rows
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.workbook.archive_sheet import PIECE, read_archived, write_archived
from capacity_app.exchange.workbook.format import ARCHIVED, ARCHIVED_COLUMNS
from capacity_app.exchange.workbook.importer import WorkbookError
from capacity_app.services import assessments as svc
from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

from exchange_helpers import make_store

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
keys = st.from_regex(r"s[0-9]{1,2}_[a-z_]{1,12}(\.[a-z0-9_]{1,10}){0,3}", fullmatch=True)
times = st.datetimes(min_value=_dt.datetime(2000, 1, 1), max_value=_dt.datetime(2099, 12, 31),
                     timezones=st.just(_dt.UTC)).map(lambda t: t.replace(microsecond=0).isoformat())
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12),
                    st.floats(allow_nan=False, allow_infinity=False), text)
evidence = st.lists(st.fixed_dictionaries({"kind": st.sampled_from(["document", "url", "note"]), "text": text}),
                    max_size=3)


@st.composite
def entries(draw):
    entry = {"key": draw(keys), "status": draw(st.sampled_from(["answered", "dont_know", "not_applicable", "empty"])),
             "value": draw(st.one_of(scalars, st.lists(scalars, max_size=4))),
             "comment": draw(text), "evidence": draw(evidence)}
    if draw(st.booleans()):
        entry["version"] = draw(st.from_regex(r"[0-9]\.[0-9]{1,2}\.[0-9]", fullmatch=True))
    if draw(st.booleans()):
        entry["archived_at"] = draw(times)
    if draw(st.booleans()):
        entry["question"] = draw(st.dictionaries(st.sampled_from(["en", "fr", "ar", "zh"]), text, max_size=2))
    return entry


def _sheet(path, archived, q=None, lang="en"):
    wb = openpyxl.Workbook()
    wb.active.title = "x"
    write_archived(wb.create_sheet(ARCHIVED), archived, archived_rows(archived, q, lang))
    wb.save(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(archived=st.lists(entries(), max_size=5))
def test_every_archived_answer_reads_back_exactly(tmp_path_factory, archived):
    path = tmp_path_factory.mktemp("archived") / "a.xlsx"
    _sheet(path, archived)
    with Workbook(path) as wb:
        got, problems = read_archived(wb)
    assert problems == []
    assert got == archived


def test_a_stored_answer_longer_than_a_cell_continues_below_and_reads_back(tmp_path):
    long = {"key": "s4_sdg.sdg_17_18_1.produced", "status": "answered", "value": "yes", "comment": "c",
            "evidence": [{"kind": "note", "text": "_x0041_ é" * 4000} for _ in range(3)], "version": "1.1.0"}
    archived = [long, {"key": "s4_sdg.sdg_17_18_1.produced", "status": "empty", "value": None, "comment": "",
                       "evidence": []}]  # the same key again, nothing else: not taken for a continuation
    _sheet(tmp_path / "a.xlsx", archived)
    rows = list(openpyxl.load_workbook(tmp_path / "a.xlsx")[ARCHIVED].iter_rows(values_only=True))
    assert len(rows) > 3 and all(len(r[-1] or "") <= 32767 for r in rows)
    assert [r[0] for r in rows[1:]] == [long["key"]] * (len(rows) - 1)
    with Workbook(tmp_path / "a.xlsx") as wb:
        got, problems = read_archived(wb)
    assert problems == [] and got == archived
    assert len(rows[1][-1]) > PIECE  # as stored: the _x escapes of the text's own "_x0041_" doubled


@pytest.mark.parametrize(("column", "value"), [
    ("Stored answer", '{"status": "answered", "value": {"a": 1}}'), ("Stored answer", "not json"),
    ("Archived at", "yesterday"), ("Answer key", "=no key"), ("Questionnaire version", "1.0 (old)"),
])
def test_a_changed_cell_is_refused_naming_it(tmp_path, column, value):
    _sheet(tmp_path / "a.xlsx", [{"key": "s2_old", "status": "answered", "value": 2, "comment": "", "evidence": []}])
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    cell = f"{chr(65 + ARCHIVED_COLUMNS.index(column))}2"
    wb[ARCHIVED][cell] = value
    wb.save(tmp_path / "b.xlsx")
    with Workbook(tmp_path / "b.xlsx") as book:
        got, problems = read_archived(book)
    assert got is None and problems[0][:2] == (ARCHIVED, cell), problems


ARCHIVE = [
    {"key": "s4_sdg.sdg_17_18_1.produced", "status": "answered", "value": "yes", "comment": "from 2024",
     "evidence": [{"kind": "note", "text": "NSO yearbook"}], "version": "1.1.0",
     "archived_at": "2026-05-01T09:00:00+00:00"},
    {"key": "s9_gone", "status": "dont_know", "value": None, "comment": "", "evidence": [],
     "question": {"fr": "Une question d'autrefois"}},
]


@pytest.fixture(scope="module")
def exported(qn, tmp_path_factory):
    """A small assessment with two answers archived, exported in French (made once)."""
    d = tmp_path_factory.mktemp("archived-export")
    store = make_store(d / "a.sqlite3")
    try:
        a = svc.create_assessment(store, qn, country="KEN", round=2026)
        svc.record_answer(store, qn, a.id, "s2_need_a", 2)
        store.update_assessment(a.id, settings={**a.settings, "archived_answers": ARCHIVE})
        return export_workbook(store, a.id, d / "a.xlsx", lang="fr")
    finally:
        store.close()


def test_the_export_shows_them_in_the_workbook_language_locked(exported):
    ws = openpyxl.load_workbook(exported)[ARCHIVED]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Clé de la réponse", "Version du questionnaire", "Question")
    first, second = rows[1], rows[2]
    assert first[:2] == ("s4_sdg.sdg_17_18_1.produced", "1.1.0") and first[4] == "from 2024"
    assert first[2]  # the grid's question, still in the questionnaire, in French
    assert second[2] == "Une question d'autrefois" and second[3] == "ne sait pas" and second[5] is None
    assert ws.protection.sheet and not any(c.protection.locked is False for row in ws.iter_rows() for c in row)


def test_export_then_import_into_a_fresh_database_is_exact(qn, tmp_path, exported):
    plan = read_workbook(exported, qn)
    assert plan.archived == ARCHIVE
    fresh = make_store(tmp_path / "b.sqlite3")
    try:
        got = apply_import(fresh, plan, qn).assessment
        assert fresh.assessment(got.id).settings["archived_answers"] == ARCHIVE
        again = read_workbook(export_workbook(fresh, got.id, tmp_path / "b.xlsx", lang="ar"), qn)
        assert again.archived == ARCHIVE
    finally:
        fresh.close()


def test_an_import_adds_archived_answers_and_never_replaces_one(qn, tmp_path, exported):
    plan = read_workbook(exported, qn)
    store = make_store(tmp_path / "c.sqlite3")
    try:
        first = apply_import(store, plan, qn).assessment
        mine = {**ARCHIVE[0], "comment": "kept here", "archived_at": "2026-06-01T09:00:00+00:00"}
        other = {"key": "s1_elsewhere", "status": "answered", "value": 3, "comment": "", "evidence": []}
        store.update_assessment(first.id, settings={**store.assessment(first.id).settings,
                                                    "archived_answers": [mine, other]})
        apply_import(store, plan, qn)
        assert store.assessment(first.id).settings["archived_answers"] == [mine, other, ARCHIVE[1]]
    finally:
        store.close()


def test_a_workbook_with_a_changed_archived_sheet_is_refused(qn, tmp_path, exported):
    wb = openpyxl.load_workbook(exported)
    wb[ARCHIVED]["G2"] = '{"status":"answered"'
    wb.save(tmp_path / "edited.xlsx")
    with pytest.raises(WorkbookError) as err:
        read_workbook(tmp_path / "edited.xlsx", qn)
    assert (err.value.sheet, err.value.cell) == (ARCHIVED, "G2")


def test_the_aggregation_leaves_the_sheet_unread(qn, tmp_path, exported):
    """Like the Changes sheet: a broken Archived answers sheet refuses an import, never an aggregation."""
    from capacity_app.exchange.aggregate import extract as ax

    wb = openpyxl.load_workbook(exported)
    wb[ARCHIVED]["G2"] = "not json"
    wb.save(tmp_path / "edited.xlsx")
    ax.init_worker(None, qn)
    assert type(ax.extract(str(tmp_path / "edited.xlsx"))).__name__ == "Extracted"


def test_the_previews_list_the_archived_answers_an_import_adds(qn, tmp_path, exported, monkeypatch):
    """What an import would add to the archive (services.imports.archive_added), listed before it is
    applied: all of them into a new assessment, only those not archived here into an existing one,
    none once all are here; the command line's dry run prints a line each and writes nothing."""
    from click.testing import CliRunner

    from capacity_app.cli import main
    from capacity_app.services.imports import archive_added

    plan = read_workbook(exported, qn)
    store = make_store(tmp_path / "d.sqlite3")
    try:
        assert archive_added(store, plan) == ARCHIVE  # a new assessment brings them all
        a = apply_import(store, plan, qn).assessment
        assert archive_added(store, plan) == []  # all archived here already
        mine = {**ARCHIVE[0], "comment": "kept here"}
        store.update_assessment(a.id, settings={**store.assessment(a.id).settings, "archived_answers": [mine]})
        assert archive_added(store, plan) == [ARCHIVE[1]]  # the one archived here is never replaced
    finally:
        store.close()
    monkeypatch.setenv("CAPACITY_APP_LANG", "en")
    db = tmp_path / "d.sqlite3"
    out = CliRunner().invoke(main, ["--db", str(db), "import", str(exported), "--dry-run"]).output
    assert "  archived s9_gone: don't know" in out.splitlines() and "s4_sdg" not in out
    assert out.rstrip().endswith("dry run: nothing written")
    again = make_store(db)
    try:
        assert [e["key"] for e in again.assessment(a.id).settings["archived_answers"]] == [mine["key"]]
    finally:
        again.close()
