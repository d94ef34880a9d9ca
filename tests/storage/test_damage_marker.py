"""Damage found once is remembered: on a database larger than the size up to which the
open check is the full one, the quick check on open does not see an index that no longer matches
its table; found by a backup's full check (or the window's), it used to be forgotten by the next
command, which took writes again. Now the next open runs the full check and refuses; once the last
good backup is restored the marker goes at the next open."""
from __future__ import annotations

import sqlite3

import pytest

from capacity_app.services.assessments import create_assessment, open_store, record_answer
from capacity_app.storage import db as storage_db
from capacity_app.storage.db import CorruptDatabaseError, all_backups, damage_marker, restore_backup


def _damage_history_index(path) -> None:
    """An index outside the tables every command reads, its definition changed under it."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA writable_schema = ON")
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'idx_history_assessment_id_id'").fetchone()[0]
        cols = sql.split("(", 1)[1].rsplit(")", 1)[0]
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'idx_history_assessment_id_id'",
                     [f"CREATE INDEX idx_history_assessment_id_id ON history ({', '.join(reversed(cols.split(',')))})"])
        conn.commit()
    finally:
        conn.close()


def test_damage_a_backup_found_is_not_forgotten_by_the_next_open(tmp_path, questionnaire, monkeypatch):
    monkeypatch.setattr(storage_db, "FULL_CHECK_BYTES", 0)  # a small file stands for a large one
    db = tmp_path / "data" / "capacity.sqlite3"
    store = open_store(db)
    a = create_assessment(store, questionnaire, country="KEN", round=2026)
    record_answer(store, questionnaire, a.id, "s2_need_a", 2)
    store.backup("manual")
    store.close()
    _damage_history_index(db)
    store = open_store(db, daily_backup=False)  # the quick check sees nothing
    record_answer(store, questionnaire, a.id, "s2_need_a", 3)
    with pytest.raises(CorruptDatabaseError):
        store.backup("pre-import")  # the backup's full check finds it
    store.close()
    assert damage_marker(db).exists()
    with pytest.raises(CorruptDatabaseError, match="check --restore"):
        open_store(db, daily_backup=False)  # before: opened, and took the next write
    reader = open_store(db, readonly=True)
    assert reader.damaged and reader.readonly
    reader.close()
    restore_backup(db, all_backups(db)[0].path)
    store = open_store(db, daily_backup=False)  # sound again: the marker goes
    assert not damage_marker(db).exists()
    record_answer(store, questionnaire, a.id, "s2_need_a", 1)
    store.close()


def test_the_marker_is_written_only_as_a_file_of_its_own(tmp_path):
    """Whatever stands in the marker's place is neither waited on (a named pipe) nor written
    through (a link, another name of a file); a marker of its own is written whole."""
    import os

    from waiting import returned_within

    db = tmp_path / "capacity.sqlite3"
    marker = damage_marker(db)
    storage_db.remember_damage(db, "row 3 missing from index")
    assert marker.read_text(encoding="utf-8") == "row 3 missing from index\n"
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    for make in ([os.mkfifo] if hasattr(os, "mkfifo") else []) + [lambda p: os.symlink(victim, p),
                                                                 lambda p: os.link(victim, p)]:
        marker.unlink()
        make(marker)
        assert returned_within(lambda: storage_db.remember_damage(db, "damaged")) is None
        assert victim.read_text(encoding="utf-8") == "precious\n"
