"""The workbook's Changes sheet (exchange/workbook/changes_sheet.py, the team merge): every author, time and
list of earlier versions comes back through a real sheet (hypothesis), an answer's author and
versions travel export -> import into a fresh database and out again, a changed cell is refused
naming it."""
from __future__ import annotations

import datetime as _dt

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dataclasses import replace

from capacity_app.exchange.workbook.changes_sheet import ChangeRow, read_changes, write_changes
from capacity_app.exchange.workbook.format import CHANGES
from capacity_app.exchange.workbook.importer import WorkbookError
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.services import assessments as svc
from capacity_app.services.exchange import apply_import, export_workbook, read_workbook
from capacity_app.services.provenance import provenances

from exchange_helpers import make_store

names = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80).map(str.strip)
times = st.datetimes(min_value=_dt.datetime(2000, 1, 1), max_value=_dt.datetime(2099, 12, 31),
                     timezones=st.just(_dt.UTC)).map(lambda t: t.replace(microsecond=0).isoformat())
checks = st.from_regex(r"[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}", fullmatch=True)


def _keys(qn):
    return [k for k, _f, _c in qn.all_keys()][::23]


def _sheet(path, rows):
    wb = openpyxl.Workbook()
    wb.active.title = "x"
    write_changes(wb.create_sheet(CHANGES), rows)
    wb.save(path)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_author_time_and_version_reads_back(qn, tmp_path_factory, data):
    keys = data.draw(st.lists(st.sampled_from(_keys(qn)), min_size=1, max_size=6, unique=True))
    rows = [ChangeRow(k, data.draw(names), data.draw(st.one_of(st.just(""), times)), data.draw(checks),
                      tuple(data.draw(st.lists(checks, max_size=5)))) for k in keys]
    path = tmp_path_factory.mktemp("changes") / "c.xlsx"
    _sheet(path, rows)
    with Workbook(path) as wb:
        got, problems = read_changes(wb, set(keys))
    assert problems == []
    assert got.changes == {r.key: r for r in rows}


def test_a_changed_cell_is_refused_naming_it(qn, tmp_path):
    key = _keys(qn)[1]
    good = ChangeRow(key, "officer-a", "2026-06-01T10:00:00+00:00", "0123abcd-0123abcd-0123abcd")
    for row, cell in ((replace(good, check="edited"), "D2"), (replace(good, at="yesterday"), "C2"),
                      (replace(good, earlier=("0123abcd",)), "E2"), (replace(good, key="no_such_key"), "A2"),
                      (replace(good, by="x" * 300), "B2")):
        path = tmp_path / f"{cell}.xlsx"
        _sheet(path, [row])
        with Workbook(path) as wb:
            got, problems = read_changes(wb, {key})
        assert got is None and problems and problems[0][:2] == (CHANGES, cell), (row, problems)


@pytest.fixture(scope="module")
def exported(qn, tmp_path_factory):
    """The demo with s2_need_a changed twice by an officer, exported (made once): the provenances
    as the database tells them and the workbook."""
    d = tmp_path_factory.mktemp("changes-export")
    store = make_store(d / "a.sqlite3")
    try:
        from capacity_app.services.demo import create_demo

        aid = create_demo(store).id
        store.operator = "=Officer «A»"  # text, never a formula
        svc.record_answer(store, qn, aid, "s2_need_a", 1)
        svc.record_answer(store, qn, aid, "s2_need_a", 2, comment="second look")
        return provenances(store, aid), export_workbook(store, aid, d / "a.xlsx")
    finally:
        store.close()


def test_authors_and_versions_travel_to_a_fresh_database_and_back(qn, tmp_path, exported):
    mine, out = exported
    plan = read_workbook(out, qn)
    assert plan.changes.changes["s2_need_a"].by == "=Officer «A»"
    assert len(mine["s2_need_a"].earlier) >= 3  # value 1, the demo's, empty
    fresh = make_store(tmp_path / "b.sqlite3")
    try:
        fresh.operator = "UNSD"
        got = apply_import(fresh, plan, qn).assessment
        theirs = provenances(fresh, got.id)
        for key, p in mine.items():
            assert (theirs[key].by, theirs[key].at, theirs[key].check) == (p.by, p.at, p.check), key
            assert theirs[key].earlier[:len(p.earlier)] == p.earlier, key
        back = read_workbook(export_workbook(fresh, got.id, tmp_path / "b.xlsx"), qn)
        assert back.changes.changes["s2_need_a"] == replace(plan.changes.changes["s2_need_a"],
                                                            earlier=back.changes.changes["s2_need_a"].earlier)
    finally:
        fresh.close()


def test_a_workbook_with_a_changed_changes_sheet_is_refused(qn, tmp_path, exported):
    wb = openpyxl.load_workbook(exported[1])
    wb[CHANGES]["D2"] = "not a check"
    wb.save(tmp_path / "edited.xlsx")
    with pytest.raises(WorkbookError) as err:
        read_workbook(tmp_path / "edited.xlsx", qn)
    assert (err.value.sheet, err.value.cell) == (CHANGES, "D2")
    # the aggregation never merges: it leaves the sheet unread (it costs it nothing)
    from capacity_app.exchange.aggregate import extract as ax

    ax.init_worker(None, qn)
    assert type(ax.extract(str(tmp_path / "edited.xlsx"))).__name__ == "Extracted"


_RATED = ("s2_need_a", "s2_need_b", "s2_need_c", "s2_need_d")


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(names.filter(lambda s: 0 < len(s) <= 60), st.sampled_from(_RATED),
                                st.integers(0, 3)), min_size=1, max_size=4))
def test_every_author_and_version_travels_through_a_real_export_and_import(qn, tmp_path_factory, edits):
    """Whoever changed an answer (any name, several people, several times): the database the
    workbook is imported into tells the same author, time and version, and its earlier versions."""
    d = tmp_path_factory.mktemp("travel")
    store = make_store(d / "a.sqlite3")
    try:
        a = svc.create_assessment(store, qn, country="KEN", round=2026)
        for who, key, value in edits:
            store.operator = who
            svc.record_answer(store, qn, a.id, key, value)
        mine = provenances(store, a.id)
        out = export_workbook(store, a.id, d / "a.xlsx")
    finally:
        store.close()
    fresh = make_store(d / "b.sqlite3")
    try:
        got = apply_import(fresh, read_workbook(out, qn), qn).assessment
        theirs = provenances(fresh, got.id)
        for key in {k for _w, k, _v in edits}:
            p, t = mine[key], theirs[key]
            assert (t.by, t.at, t.check) == (p.by, p.at, p.check)
            assert t.earlier[:len(p.earlier)] == p.earlier
    finally:
        fresh.close()
