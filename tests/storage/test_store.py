import sqlite3
import subprocess
import sys

import pytest

from capacity_app.domain.answers import ANSWERED, DONT_KNOW, Answer, Evidence
from capacity_app.storage.db import (
    CorruptDatabaseError, StoreLockedError, check_file, list_backups, restore_backup,
)
from capacity_app.storage.schema import MIGRATIONS, SCHEMA_VERSION
from capacity_app.storage.store import Store


def make(store: Store):
    return store.create_assessment(country="KEN", m49="404", round=2026, title="t",
                                   questionnaire_id="q", questionnaire_version="1.0.0")


def test_migrates_an_empty_file(db_path):
    db_path.write_bytes(b"")
    with Store(db_path) as s:
        assert {m.name for m in MIGRATIONS.applied(s.db)} == {m.name for m in MIGRATIONS._migrations}
        assert len(MIGRATIONS.applied(s.db)) == SCHEMA_VERSION
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in s.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"assessments", "answers", "evidence", "history", "preferences"} <= tables


def test_answers_history_comments_and_evidence(db_path):
    with Store(db_path, operator="Ana") as s:
        a = make(s)
        s.save_answer(a.id, "s2_need_a", ANSWERED, 2)
        s.save_answer(a.id, "s2_need_a", ANSWERED, 3, comment="raised after ministry interview")
        s.save_answer(a.id, "s2_need_a", ANSWERED, 3)  # no change: no history row
        s.save_answer(a.id, "s2_policy", DONT_KNOW)
        eid = s.add_evidence(a.id, "s2_need_a", "document", "Migration policy 2025")
        answers = s.answers(a.id)
        assert answers["s2_need_a"] == Answer("s2_need_a", 3, ANSWERED, "raised after ministry interview",
                                             (Evidence("document", "Migration policy 2025", eid),))
        assert answers["s2_policy"].status == DONT_KNOW
        hist = s.history(a.id, "s2_need_a")
        fields = [(h["field"], h["old"], h["new"]) for h in reversed(hist)]
        assert fields == [
            ("value", {"status": "empty", "value": None}, {"status": "answered", "value": 2}),
            ("value", {"status": "answered", "value": 2}, {"status": "answered", "value": 3}),
            ("comment", "", "raised after ministry interview"),
            ("evidence", None, {"kind": "document", "text": "Migration policy 2025"}),
        ]
        assert all(h["operator"] == "Ana" for h in hist)
        s.remove_evidence(eid)
        assert s.answer(a.id, "s2_need_a").evidence == ()
    # committed: visible from a fresh connection after close
    with Store(db_path) as s:
        assert s.answer(1, "s2_need_a").value == 3


def test_second_writer_is_refused_in_another_process(db_path):
    with Store(db_path):
        code = ("import sys\nfrom capacity_app.storage.store import Store\n"
                "from capacity_app.storage.db import StoreLockedError\n"
                f"try:\n    Store({str(db_path)!r})\nexcept StoreLockedError as e:\n"
                "    print('refused:', e); sys.exit(3)\n")
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert res.returncode == 3, res.stderr
        assert "already open in another capacity-app instance" in res.stdout
    # after closing, a new writer is fine
    with Store(db_path):
        pass


def test_second_writer_is_refused_in_the_same_process(db_path):
    with Store(db_path):
        with pytest.raises(StoreLockedError):
            Store(db_path)


def test_trash_and_restore(db_path):
    with Store(db_path) as s:
        a = make(s)
        s.delete_assessment(a.id)
        assert s.assessments() == [] and s.assessments(only_deleted=True)[0].id == a.id
        s.restore_assessment(a.id)
        assert [x.id for x in s.assessments()] == [a.id]


def test_institutions_updated_from_a_list_are_stored_with_their_history(db_path):
    from capacity_app.domain.assessment import Institution

    with Store(db_path) as s:
        a = make(s)
        b = s.update_assessment(a.id, institutions=[Institution("NSO", "host"), Institution("Ministry")])
        assert b.institutions == (Institution("NSO", "host"), Institution("Ministry"))
        changed = [h for h in s.history(a.id) if "institutions" in (h["new"] or {})]
        assert changed and changed[0]["new"]["institutions"][0] == {"name": "NSO", "role": "host"}


def _corrupt(path):
    data = bytearray(path.read_bytes())
    # wreck the pages after the header (keep the header so SQLite tries to read it)
    for i in range(4096, min(len(data), 4096 * 6)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_corrupt_file_detected_and_restored_from_backup(db_path):
    with Store(db_path) as s:
        a = make(s)
        for i in range(200):
            s.save_answer(a.id, f"k{i}", ANSWERED, "x" * 200)
        backup = s.backup("manual")
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert check_file(backup) == "ok"
    _corrupt(db_path)
    with pytest.raises(CorruptDatabaseError) as info:
        Store(db_path)
    assert info.value.backups and info.value.backups[0] == backup
    assert "damaged" in str(info.value)
    restore_backup(db_path, info.value.backups[0])
    with Store(db_path) as s:
        assert s.answer(a.id, "k199").value == "x" * 200
    assert list(db_path.parent.glob("*.damaged"))


def test_not_a_database(db_path):
    db_path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(CorruptDatabaseError):
        Store(db_path)


def test_backups_rotate_and_daily_backup(db_path):
    with Store(db_path) as s:
        make(s)
    with Store(db_path) as s:  # existing file: a daily backup is taken once
        assert [b.reason for b in s.backups()] == ["daily"]
        for _ in range(15):
            s.backup("manual")
        assert len(s.backups()) == 12
    assert len(list_backups(db_path)) == 12


def test_newer_schema_is_refused(db_path):
    with Store(db_path) as s:
        s.db["_sqlite_migrations"].insert({"migration_set": "capacity_app", "name": "m999_future",
                                           "applied_at": "2030-01-01"})
    from capacity_app.storage.db import StorageError

    with pytest.raises(StorageError, match="newer version"):
        Store(db_path)


def test_replace_answers_is_atomic(db_path):
    with Store(db_path) as s:
        a = make(s)
        s.save_answer(a.id, "x", ANSWERED, 1)
        bad = [Answer("y", 2, ANSWERED), Answer("y", 3, ANSWERED)]  # duplicate key -> fails
        with pytest.raises(sqlite3.IntegrityError):
            s.replace_answers(a.id, bad)
        assert s.answers(a.id)["x"].value == 1 and "y" not in s.answers(a.id)


def test_readonly_store_does_not_lock(db_path):
    with Store(db_path) as s:
        make(s)
        with Store(db_path, readonly=True) as ro:
            assert len(ro.assessments()) == 1
