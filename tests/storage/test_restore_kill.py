"""A restore killed at any moment: the database's name always holds a whole database —
the damaged one until the one atomic rename, the restored one after it — never nothing (the window
would start on a new, empty database and `check` would say ok), and never the restored file next to
the damaged file's -wal; the damaged file and its journal are kept aside; restoring again works."""
import pytest

from capacity_app.domain.answers import ANSWERED
from capacity_app.storage import db as storage_db
from capacity_app.storage.db import check_file, restore_backup
from capacity_app.storage.store import Store

STEPS = 5  # the backup copied, the damaged file copied aside, its -wal and -shm moved aside, the rename


class Killed(BaseException):
    """kill -9 at that moment: nothing after it runs."""


def _damaged_with_a_backup(db_path):
    with Store(db_path) as s:
        a = s.create_assessment(country="KEN", m49="404", round=2026, title="t", questionnaire_id="q",
                                questionnaire_version="1.0.0")
        for i in range(50):
            s.save_answer(a.id, f"k{i}", ANSWERED, "x" * 100)
        backup = s.backup("manual")
    data = bytearray(db_path.read_bytes())
    for i in range(4096, min(len(data), 4096 * 4)):
        data[i] = 0xA5
    db_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):  # the damaged file's journal, as a crashed writer leaves it
        (db_path.parent / (db_path.name + suffix)).write_bytes(b"journal of the damaged file" * 10)
    return a.id, backup, bytes(data)


@pytest.mark.parametrize("kill_at", range(1, STEPS + 1))
def test_a_restore_killed_at_any_step_leaves_a_whole_database(db_path, monkeypatch, kill_at):
    aid, backup, damaged = _damaged_with_a_backup(db_path)
    calls = {"n": 0}

    def step(real):
        def run(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == kill_at:
                raise Killed
            return real(*args, **kwargs)
        return run

    monkeypatch.setattr(storage_db, "_copy_flushed", step(storage_db._copy_flushed))
    monkeypatch.setattr(storage_db.os, "replace", step(storage_db.os.replace))
    with pytest.raises(Killed):
        restore_backup(db_path, backup)
    monkeypatch.undo()
    assert db_path.exists(), "no database under its name after the kill"
    wal = db_path.parent / (db_path.name + "-wal")
    assert db_path.read_bytes() == damaged  # every step before the rename: still the damaged one, whole
    assert kill_at <= 3 or not wal.exists()  # its journal moved aside first: never applied to the restored file
    restore_backup(db_path, backup)  # check --restore again
    with Store(db_path) as s:
        assert s.answer(aid, "k49").value == "x" * 100
    assert list(db_path.parent.glob("*.damaged"))


def test_the_damaged_files_journal_is_kept_aside_with_it(db_path):
    _aid, backup, damaged = _damaged_with_a_backup(db_path)
    restore_backup(db_path, backup)
    kept = sorted(p.name.rpartition(".damaged")[2] for p in db_path.parent.glob("*.damaged*"))
    assert kept == ["", "-shm", "-wal"]
    assert next(db_path.parent.glob("*.damaged")).read_bytes() == damaged
    assert not (db_path.parent / (db_path.name + "-wal")).exists() and check_file(db_path) == "ok"
