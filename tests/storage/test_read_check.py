"""A command that only reads checks the file as far as what it reads (storage.db.READ): the full
check of a small file (READ_FULL_CHECK_BYTES, 4 MB), as before; on a larger file the full check of
the tables every command reads, not the full check up to 32 MB (47 ms at 30 assessments) nor
quick_check's reading of every page above (0.14 s at 300 assessments), both growing with the file. Damage elsewhere is still found by every writer's check, every backup's full
check and `check`; a reading command that finds it has to write more than the summaries it derives
(an assessment of an earlier questionnaire to carry) opens the file again with the writers' check."""
from __future__ import annotations

import sqlite3

import pytest

from capacity_app.services.assessments import create_assessment, open_store, record_answer
from capacity_app.storage import db as storage_db
from capacity_app.storage.db import FULL, LIGHT, QUICK, READ, check_file


def _damage_history_page(path) -> None:
    """The history table's root page made unreadable (its page type byte): every page is read by
    quick_check, none of it by a check of the tables every command reads."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'history'").fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x55")


@pytest.fixture
def damaged(tmp_path, questionnaire):
    db = tmp_path / "data" / "capacity.sqlite3"
    store = open_store(db, daily_backup=False)
    a = create_assessment(store, questionnaire, country="KEN", round=2026)
    record_answer(store, questionnaire, a.id, "s2_need_a", 2)
    store.close()
    open_store(db).close()  # today's backup taken (its full check would find the damage first)
    _damage_history_page(db)
    return db


def test_a_small_file_is_checked_whole(damaged):
    assert check_file(damaged, READ) != "ok"
    assert check_file(damaged, READ) == check_file(damaged, FULL)


def test_a_large_file_is_checked_as_far_as_the_tables_every_command_reads(damaged, monkeypatch):
    monkeypatch.setattr(storage_db, "READ_FULL_CHECK_BYTES", 0)  # a small file stands for a large one
    assert check_file(damaged, QUICK) != "ok"  # the writers' check: every page read
    assert check_file(damaged, READ) == check_file(damaged, LIGHT) == "ok"


def test_reading_commands_on_a_large_file_read_and_writers_are_refused(damaged, monkeypatch):
    from click.testing import CliRunner

    from capacity_app.cli import main

    monkeypatch.setattr(storage_db, "READ_FULL_CHECK_BYTES", 0)
    monkeypatch.setattr(storage_db, "FULL_CHECK_BYTES", 0)
    run = CliRunner()
    for args in (["list"], ["list", "--json"], ["score", "1", "--json"], ["status", "1"]):
        r = run.invoke(main, ["--db", str(damaged), *args])
        assert r.exit_code == 0 and "damaged" not in r.output, (args, r.output)
    r = run.invoke(main, ["--db", str(damaged), "set", "1", "s2_need_a", "3"])
    assert r.exit_code == 2 and "check --restore" in r.output, r.output


def test_a_reading_command_that_would_carry_checks_as_a_writer_first(damaged, monkeypatch):
    from click.testing import CliRunner

    from capacity_app.cli import main

    conn = sqlite3.connect(damaged)
    with conn:
        conn.execute("UPDATE assessments SET questionnaire_version = '1.2.1'")
    conn.close()
    monkeypatch.setattr(storage_db, "READ_FULL_CHECK_BYTES", 0)
    monkeypatch.setattr(storage_db, "FULL_CHECK_BYTES", 0)
    r = CliRunner().invoke(main, ["--db", str(damaged), "list"])
    assert r.exit_code == 0 and "damaged" in r.output and "opened read-only" in r.output, r.output
    with open_store(damaged, readonly=True, integrity=READ) as store:
        assert store.assessment(1).questionnaire_version == "1.2.1"  # nothing carried into the damaged file
