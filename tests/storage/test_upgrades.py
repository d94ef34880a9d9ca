"""Upgrades: a fixture database for every schema version so far opens, migrates after a backup
and keeps every answer (fixtures: tests/storage/fixtures, made by make_fixtures.py)."""
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))

from scenarios import (
    check_fixture_upgrade, extra_schema_step, fixture_databases, scenario_upgrades,
)

from capacity_app.storage.schema import MIGRATIONS

FIXTURES = fixture_databases()


def test_there_is_a_fixture_for_every_schema_version():
    versions = sorted(int(p.name[8:11]) for p in FIXTURES)
    assert versions == list(range(1, len(MIGRATIONS._migrations) + 1)), (
        "add a fixture database for the new schema step: "
        ".venv/bin/python tests/storage/fixtures/make_fixtures.py")
    for p in FIXTURES:
        assert p.with_suffix(".json").exists()
        n = int(p.name[8:11])
        conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
        steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        conn.close()
        assert steps == [m.name for m in MIGRATIONS._migrations[:n]]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_opens_and_keeps_every_answer(fixture, tmp_path):
    r = check_fixture_upgrade(fixture, tmp_path)
    assert r["lost"] == 0 and not r["problems"], r["problems"]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_migrates_to_a_future_step_after_a_backup(fixture, tmp_path):
    with extra_schema_step() as step:
        r = check_fixture_upgrade(fixture, tmp_path)
    assert step in r["pending"]
    assert r["backup_ok"], r["problems"]
    assert r["lost"] == 0 and not r["problems"], r["problems"]
    assert step not in [m.name for m in MIGRATIONS._migrations]


def test_a_fixture_file_is_not_modified_by_the_tests():
    # the tests open copies; the committed files keep their original steps
    for p in FIXTURES:
        conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
        names = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
        conn.close()
        assert "m999_reliability_future" not in names


def test_upgrade_scenario_figures(tmp_path):
    fig = scenario_upgrades(tmp_path)
    assert fig["ok"], fig["problems"]
    assert fig["upgrades"] >= len(FIXTURES)


@pytest.mark.parametrize("fixture", [p for p in FIXTURES if "action_progress" in p.with_suffix(".json").read_text()],
                         ids=lambda p: p.stem)
def test_progress_survives_the_upgrade(fixture, tmp_path):
    # m013_plan_progress: an action's progress and an indicator's value read back whole
    import json
    import shutil

    from capacity_app.domain.plan.progress import progress_to_plain, value_to_plain
    from capacity_app.services.assessments import open_store

    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    db = tmp_path / fixture.name
    shutil.copyfile(fixture, db)
    with open_store(db) as store:
        a = store.find_assessment(expected["assessment_uid"])
        got = [progress_to_plain(p) for p in store.action_progress(a.id)]
        values = [value_to_plain(v) for v in store.indicator_values(a.id)]
        plan = store.action_plan(a.id)
    assert got == expected["action_progress"]
    assert values == expected["indicator_values"]
    assert [x.id for x in plan] == [x["id"] for x in expected["action_items"]]


@pytest.mark.parametrize("fixture", [p for p in FIXTURES if "period_reports" in p.with_suffix(".json").read_text()],
                         ids=lambda p: p.stem)
def test_period_reports_survive_the_upgrade(fixture, tmp_path):
    # m015_period_report: the planning unit's summary, its decisions in order and a measure read back whole
    import json
    import shutil

    from capacity_app.domain.plan.period_report import measure_to_plain, report_to_plain
    from capacity_app.services.assessments import open_store

    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    db = tmp_path / fixture.name
    shutil.copyfile(fixture, db)
    with open_store(db) as store:
        a = store.find_assessment(expected["assessment_uid"])
        reports = [report_to_plain(r) for r in store.period_reports(a.id)]
        measures = [measure_to_plain(m) for m in store.corrective_measures(a.id)]
    assert reports == expected["period_reports"]
    assert measures == expected["corrective_measures"]


def test_the_lists_index_is_made_on_opening_for_writing_and_needs_no_upgrade(tmp_path):
    """The list's order index (schema.INDEXES) holds no data: made on opening for writing, a database
    of this schema version and of earlier ones alike, it records no schema step (the version before
    opens the file as it was) and a read-only opening reads the list without it."""
    import shutil

    from capacity_app.services.assessments import open_store
    from capacity_app.storage.schema import SCHEMA_VERSION

    newest = max(FIXTURES, key=lambda p: int(p.name[8:11]))
    assert int(newest.name[8:11]) == SCHEMA_VERSION
    db = tmp_path / "db.sqlite3"
    shutil.copyfile(newest, db)

    def state():
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            index = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'idx_assessments_list'").fetchone()
            steps = conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]
            plan = conn.execute("EXPLAIN QUERY PLAN SELECT id FROM assessments WHERE deleted_at = '' "
                                "ORDER BY updated_at DESC, id DESC LIMIT 30").fetchall()
        finally:
            conn.close()
        return index is not None, steps, " ".join(str(r[-1]) for r in plan)

    store = open_store(db, readonly=True)
    listed = [a.id for a, _rev, _s in store.listing()]
    store.close()
    assert state()[:2] == (False, SCHEMA_VERSION)
    store = open_store(db, daily_backup=False)
    assert [a.id for a, _rev, _s in store.listing()] == listed
    store.close()
    has_index, steps, plan = state()
    assert has_index and steps == SCHEMA_VERSION and "INDEX idx_assessments_list" in plan and "TEMP B-TREE" not in plan
    store = open_store(db, daily_backup=False)  # made once: opened again, nothing changes
    store.close()
    assert state()[:2] == (True, SCHEMA_VERSION)


def test_a_read_only_database_of_an_earlier_schema_is_refused_in_one_line(tmp_path, monkeypatch):
    """A database of an earlier schema that cannot be written (a read-only file or folder: the
    window opens such a file read-only) cannot be upgraded: refused in one line that says what to do,
    no backup attempted beside it (it was 'unexpected error: OperationalError: attempt to write a
    readonly database', and a pre-migration backup left at each attempt)."""
    import shutil

    from capacity_app.services import assessments
    from capacity_app.storage.db import StorageError

    older = min((p for p in FIXTURES if int(p.name[8:11]) >= 2), key=lambda p: int(p.name[8:11]))
    folder = tmp_path / "usb"
    folder.mkdir()
    db = folder / "capacity.sqlite3"
    shutil.copyfile(older, db)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    monkeypatch.setattr(assessments, "unwritable", lambda path: True)  # (the tests run as any user, root too)
    with pytest.raises(StorageError) as refused:
        assessments.open_store(db, readonly_if_unwritable=True)
    line = str(refused.value)
    assert line.startswith(f"{db}: the database was written by an earlier version") and "copy it" in line
    assert "\n" not in line
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
