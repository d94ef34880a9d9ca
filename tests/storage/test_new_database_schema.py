"""A new database gets every schema step in one transaction (storage.db.open_database): the same
schema and the same record of applied steps as the steps applied one transaction each (as an
existing database is upgraded), and a step that fails leaves the new file with nothing applied."""
import sqlite3

import pytest

from capacity_app.storage import db as dbm
from capacity_app.storage.schema import INDEXES, MIGRATIONS


def _schema(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").fetchall()
        steps = conn.execute("SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY rowid").fetchall()
        return master, steps
    finally:
        conn.close()


def test_a_new_database_has_the_schema_of_the_steps_applied_one_by_one(tmp_path):
    reference = tmp_path / "one-by-one.sqlite3"
    conn = dbm.connect(reference)  # the path of an upgrade: each step in its own transaction
    MIGRATIONS.apply(conn.utils())
    for statement in INDEXES:  # and the indexes that hold no data, as any opening for writing makes them
        conn.execute(statement)
    conn.close()

    db, lock = dbm.open_database(tmp_path / "new.sqlite3")
    db.close()
    lock.release()

    master, steps = _schema(tmp_path / "new.sqlite3")
    assert (master, steps) == _schema(reference)
    assert [s[2] for s in steps] == [m.name for m in MIGRATIONS._migrations]
    assert len(master) > 20  # the whole schema, not two empty files


def test_a_step_failing_leaves_a_new_database_with_nothing_applied(tmp_path):
    def m999_fails(db):
        db.execute("CREATE TABLE half_made (x)")
        raise RuntimeError("step failed")

    MIGRATIONS(name="m999_fails")(m999_fails)
    try:
        with pytest.raises(RuntimeError, match="step failed"):
            dbm.open_database(tmp_path / "new.sqlite3")
    finally:
        MIGRATIONS._migrations[:] = [m for m in MIGRATIONS._migrations if m.name != "m999_fails"]
    conn = sqlite3.connect(tmp_path / "new.sqlite3")
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == []
    conn.close()
    db, lock = dbm.open_database(tmp_path / "new.sqlite3")  # opened again: made whole
    assert dbm.applied_steps(db) == [m.name for m in MIGRATIONS._migrations]
    db.close()
    lock.release()
