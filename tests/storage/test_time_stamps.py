"""Time that cannot go backwards: stamps are stored in UTC with their offset; the local
stamps of earlier versions are moved to UTC once (m005, with the fixture of every version); what a
person reads is local time again."""
import datetime as dt
import shutil
import sqlite3
import time

import pytest

from capacity_app.domain.dates import local_time
from capacity_app.services.assessments import open_store

from test_upgrades import FIXTURES


@pytest.fixture
def paris(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_local_stamps_of_an_older_database_move_to_utc_once(paris, tmp_path):
    v4 = next(p for p in FIXTURES if "v004" in p.name)
    db = tmp_path / "v4.sqlite3"
    shutil.copy(v4, db)
    with sqlite3.connect(db) as conn:  # one stamp in summer time (UTC+2 in Paris)
        conn.execute("UPDATE answers SET updated_at = '2026-07-01T10:00:00' WHERE key = 's0_n_interviews'")
    with open_store(db, daily_backup=False) as store:
        answers = store.answers(1)
        assert answers["s0_n_interviews"] is not None
    with sqlite3.connect(db) as conn:
        stamps = dict(conn.execute("SELECT key, updated_at FROM answers"))
        history = {r[0] for r in conn.execute("SELECT at FROM history")}
        created = conn.execute("SELECT created_at, deleted_at FROM assessments").fetchone()
    assert stamps["s0_n_interviews"] == "2026-07-01T08:00:00+00:00"
    assert stamps["s0_lead_institution"] == "2026-03-01T09:00:00+00:00"
    assert history == {"2026-03-01T09:00:00+00:00"}
    assert created == ("2026-03-01T09:00:00+00:00", "")  # an empty stamp stays empty


def test_new_stamps_are_utc_and_read_as_local_time(paris, tmp_path, questionnaire):
    from capacity_app.services.assessments import create_assessment, record_answer

    with open_store(tmp_path / "new.sqlite3", daily_backup=False) as store:
        a = create_assessment(store, questionnaire, country="KEN", round=2026)
        saved = record_answer(store, questionnaire, a.id, "s0_n_interviews", 3)
        stamp = store.history(a.id)[0]["at"]
    moment = dt.datetime.fromisoformat(stamp)
    assert moment.utcoffset() == dt.timedelta(0) and stamp.endswith("+00:00")
    assert saved.at.endswith("+00:00")
    shown = local_time(stamp)
    assert shown == moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") and "+" not in shown
    assert local_time("2026-03-01T09:00:00+00:00") == "2026-03-01 10:00:00"  # Paris in winter
    assert local_time("2026-03-01T10:00:00") == "2026-03-01 10:00:00"  # an old local stamp as it was
    assert local_time("") == ""
