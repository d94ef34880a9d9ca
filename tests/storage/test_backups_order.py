"""Backups ordered by a sequence, not by the clock: a clock set in the future once no
longer stops the daily backups for good, and after real damage ``check --restore`` restores the
newest good backup of any kind (a pre-import one included) and says which; backups named before
sequences still count, before the numbered ones."""
import datetime as dt
import sqlite3

from capacity_app.services.assessments import create_assessment, open_store, record_answer
from capacity_app.storage import db as storage_db
from capacity_app.storage.db import all_backups, list_backups


def _clock(monkeypatch, moment):
    monkeypatch.setattr(storage_db, "utc_now", lambda: moment)


def _damage(path):
    data = bytearray(path.read_bytes())
    for at in range(4096, min(len(data), 4096 * 3)):  # the pages after the header
        data[at] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_clock_set_in_the_future_once_does_not_stop_the_daily_backups(db_path, questionnaire, monkeypatch):
    q = questionnaire
    now = dt.datetime.now(dt.UTC)
    with open_store(db_path) as store:
        a = create_assessment(store, q, country="KEN", round=2026)
    _clock(monkeypatch, now + dt.timedelta(days=400))  # the laptop's clock a year ahead, once
    with open_store(db_path) as store:
        record_answer(store, q, a.id, "s2_need_a", 2)
    future = list_backups(db_path)
    assert [b.reason for b in future] == ["daily"] and future[0].created > now + dt.timedelta(days=399)
    _clock(monkeypatch, now)  # set right again
    with open_store(db_path) as store:
        record_answer(store, q, a.id, "s2_need_a", 3)
    with open_store(db_path):  # the next start: the database changed since the future-dated backup
        pass
    backups = list_backups(db_path)
    assert [b.sequence for b in backups] == [2, 1] and backups[0].created < future[0].created
    with open_store(db_path):  # nothing changed since: no second copy of the same content
        pass
    assert len(list_backups(db_path)) == 2


def test_restore_takes_the_newest_good_backup_of_any_kind_and_says_which(db_path, questionnaire, monkeypatch,
                                                                        cli_run, tmp_path):
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

    q = questionnaire
    now = dt.datetime.now(dt.UTC)
    _clock(monkeypatch, now + dt.timedelta(days=400))
    with open_store(cli_run.db) as store:  # a daily backup dated a year ahead...
        a = create_assessment(store, q, country="KEN", round=2026)
    with open_store(cli_run.db) as store:
        record_answer(store, q, a.id, "s2_need_a", 2)
    _clock(monkeypatch, now)
    with open_store(cli_run.db) as store:  # ...then, the clock right, answers and an import
        record_answer(store, q, a.id, "s2_need_b", 1)
        book = export_workbook(store, a.id, tmp_path / "a.xlsx")
        apply_import(store, read_workbook(book, q), q)  # takes the pre-import backup
        record_answer(store, q, a.id, "s2_need_c", 3)
    kinds = [(b.reason, b.sequence) for b in all_backups(cli_run.db)]
    assert kinds[0][0] == "pre-import" and kinds[0][1] > max(s for r, s in kinds if r == "daily")
    _damage(cli_run.db)
    r = cli_run("check", "--restore")
    assert r.exit_code == 0, r.output
    assert "restored:  the pre-import backup no. " in r.output, r.output
    with open_store(cli_run.db, daily_backup=False) as store:
        assert store.answer(a.id, "s2_need_b").value == 1  # the answers before the import are back


def test_a_damaged_newest_backup_is_skipped_and_said(db_path, questionnaire, cli_run):
    q = questionnaire
    with open_store(cli_run.db) as store:
        a = create_assessment(store, q, country="KEN", round=2026)
    for value in (1, 2):
        with open_store(cli_run.db) as store:
            record_answer(store, q, a.id, "s2_need_a", value)
            store.backup("pre-import")
    newest, older = all_backups(cli_run.db)[:2]
    _damage(newest.path)
    _damage(cli_run.db)
    r = cli_run("check", "--restore")
    assert r.exit_code == 0, r.output
    assert f"backup no. {older.sequence}" in r.output and "(1 newer ones are damaged)" in r.output


def test_backups_named_before_sequences_still_count_first_in_time_then_numbered(db_path, questionnaire):
    q = questionnaire
    with open_store(db_path) as store:
        create_assessment(store, q, country="KEN", round=2026)
        store.backup("daily")
    numbered = list_backups(db_path)[0]
    folder = numbered.path.parent
    stem = db_path.stem
    for stamp in ("20300101T000000000000", "20200101T000000000000"):  # an old name from the future, one past
        (folder / f"{stem}-{stamp}-daily.sqlite3").write_bytes(numbered.path.read_bytes())
    order = [(b.sequence, b.created.year) for b in list_backups(db_path)]
    assert order == [(numbered.sequence, numbered.created.year), (0, 2030), (0, 2020)]
    with sqlite3.connect(numbered.path) as conn:
        assert conn.execute("SELECT count(*) FROM assessments").fetchone()[0] == 1


def test_a_named_pipe_under_a_backups_name_is_no_backup(db_path, questionnaire, cli_run):
    """A named pipe (or a folder) named like the newest backup is not listed: restoring a damaged
    database takes the newest real backup instead of waiting on it for ever, and the damage's
    message names that backup."""
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes")
    q = questionnaire
    with open_store(cli_run.db) as store:
        a = create_assessment(store, q, country="KEN", round=2026)
        record_answer(store, q, a.id, "s2_need_a", 2)
        store.backup("manual")
    real = all_backups(cli_run.db)[0]
    folder = real.path.parent
    stem = real.path.name.split("-n")[0]
    os.mkfifo(folder / f"{stem}-n{real.sequence + 5:06d}-20261129T090000000000Z-c0-daily.sqlite3")
    (folder / f"{stem}-n{real.sequence + 6:06d}-20261129T090000000000Z-c0-daily.sqlite3").mkdir()
    assert [b.path for b in all_backups(cli_run.db)][0] == real.path
    _damage(cli_run.db)
    r = cli_run("check", "--restore")
    assert r.exit_code == 0, r.output
    assert f"backup no. {real.sequence}" in r.output, r.output
    with open_store(cli_run.db, daily_backup=False) as store:
        assert store.answer(a.id, "s2_need_a").value == 2


def test_two_backups_taken_at_once_in_one_process_both_complete(tmp_path, monkeypatch):
    """The window takes today's backup in the background while an import takes its own: each
    backup first removes the temporary files a crash left, which took the other's file being
    written (\"disk I/O error\"), and both took the same number. One at a time now."""
    import sqlite3
    import threading

    from capacity_app.storage import db as storage_db
    from capacity_app.storage.store import Store

    path = tmp_path / "capacity.sqlite3"
    with Store(path, daily_backup=False) as s:
        s.create_assessment(country="KEN", m49="404", round=2026, title="t", questionnaire_id="q",
                            questionnaire_version="1")
    copy, started, errors, made = storage_db._atomic_copy_db, threading.Event(), [], []

    def first_copy_paused(conn, target, stem=None):
        if not started.is_set():  # the first backup's file half written when the second starts
            started.set()
            part = target.with_name(target.name + ".part")
            part.write_bytes(b"half")
            second.start()
            second.join(0.5)  # waits for the first, or (before) ran through it
            assert part.exists(), "the other backup removed this one's file"
        return copy(conn, target, stem)

    def backup(reason):
        conn = sqlite3.connect(path)
        try:
            made.append(storage_db.take_backup(conn, path, reason))
        except Exception as exc:  # noqa: BLE001 - kept for the assertion
            errors.append(exc)
        finally:
            conn.close()

    second = threading.Thread(target=backup, args=("daily",))
    monkeypatch.setattr(storage_db, "_atomic_copy_db", first_copy_paused)
    backup("pre-import")
    second.join(10)
    assert errors == [] and len(made) == 2
    assert len({p.name.split("-")[1] for p in made}) == 2  # two numbers
