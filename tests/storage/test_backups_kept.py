"""The backup taken before a schema migration is kept apart from the rotation: after
two weeks of imports the last copy the version before the upgrade can open is still there, named
with the schema version it was taken at, listed by ``capacity-app backups`` and removed only by
``capacity-app backups remove``."""
import json
import shutil
import sqlite3
from pathlib import Path

from capacity_app.storage.db import BACKUP_KEEP, applied_steps, connect, list_backups, take_backup
from capacity_app.storage.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OLDER = FIXTURES / "schema-v010-m010_action_donor_fields.sqlite3"


def _upgraded(db: Path) -> None:
    from capacity_app.services.assessments import open_store

    shutil.copyfile(OLDER, db)
    with open_store(db):
        pass


def test_the_pre_migration_backup_outlives_thirteen_later_backups(db_path):
    _upgraded(db_path)
    kept = [b for b in list_backups(db_path) if b.kept]
    assert len(kept) == 1 and kept[0].reason == "pre-migration" and kept[0].schema == 10
    assert kept[0].path.name.endswith("-pre-migration-v10.sqlite3")
    conn = sqlite3.connect(db_path)
    try:
        for _ in range(BACKUP_KEEP + 3):  # a fortnight of imports and days
            take_backup(conn, db_path, "pre-import")
    finally:
        conn.close()
    backups = list_backups(db_path)
    assert kept[0].path.exists() and kept[0] in backups
    assert sum(1 for b in backups if not b.kept) == BACKUP_KEEP  # the others still rotate
    older = connect(kept[0].path, readonly=True)  # what the older version opens: its own schema
    try:
        assert len(applied_steps(older)) == 10 < SCHEMA_VERSION
    finally:
        older.conn.close()


def test_backups_lists_and_removes_by_name(cli_run):
    _upgraded(cli_run.db)
    listed = json.loads(cli_run("backups", "--json").output)
    kept = [b for b in listed if b["kept"]]
    assert len(kept) == 1 and kept[0]["schema"] == 10 and kept[0]["reason"] == "pre-migration"
    text = cli_run("backups").output
    assert "kept" in text and kept[0]["name"] in text and "schema version 10" in text
    refused = cli_run("backups", "remove", "nothing-of-ours.sqlite3")
    assert refused.exit_code == 2 and "not a backup of" in refused.output
    assert Path(kept[0]["path"]).exists()
    removed = cli_run("backups", "remove", kept[0]["name"])
    assert removed.exit_code == 0 and "removed the pre-migration backup" in removed.output
    assert not Path(kept[0]["path"]).exists()
    assert not [b for b in json.loads(cli_run("backups", "--json").output) if b["kept"]]
