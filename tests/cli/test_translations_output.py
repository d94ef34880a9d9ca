"""`translations export OUT` and the database."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner


@pytest.mark.parametrize("target", ["the database", "its -wal file", "a backup"])
def test_the_translators_file_is_never_written_over_the_database(tmp_path, questionnaire, target):
    """`translations export OUT` with OUT the database (given with --db, or the default one)
    replaced it with XLIFF; now refused in one line, the database as it was."""
    from capacity_app.cli import main
    from capacity_app.services.assessments import create_assessment, open_store

    db = tmp_path / "data" / "capacity.sqlite3"
    with open_store(db) as store:
        create_assessment(store, questionnaire, country="KEN", round=2026)
        backup = store.backup("manual")
    out = {"the database": db, "its -wal file": Path(str(db) + "-wal"), "a backup": backup}[target]
    before = out.read_bytes() if out.exists() else None
    res = CliRunner().invoke(main, ["--db", str(db), "translations", "export", "--lang", "ar", str(out)])
    assert res.exit_code == 2 and "never" in res.output and len(res.output.strip().splitlines()) == 1
    assert (out.read_bytes() if out.exists() else None) == before
    with open_store(db, readonly=True) as store:
        assert len(store.assessments()) == 1
