"""Reading commands work while the window (or any writer) holds the database's lock: the lock
guards writers only; a writing command is still refused in one line."""
import json

from capacity_app.services.assessments import create_assessment, open_store


def test_reading_commands_while_a_writer_holds_the_lock(cli_run, questionnaire, tmp_path):
    db_path = cli_run.db
    with open_store(db_path) as writer:
        a = create_assessment(writer, questionnaire, country="GHA", round=2026)
    writer = open_store(db_path)  # the window's store: holds the lock
    try:
        listed = cli_run("list", "--json")
        assert listed.exit_code == 0, listed.output
        assert json.loads(listed.output)[0]["country"] == "GHA"
        for args in (("answers", a.id), ("score", a.id), ("export", a.id, "--xlsx", tmp_path / "a.xlsx")):
            r = cli_run(*args)
            assert r.exit_code == 0, (args, r.output)
        assert (tmp_path / "a.xlsx").stat().st_size > 0
        dry = cli_run("import", tmp_path / "a.xlsx", "--dry-run")  # only reads: works as well
        assert dry.exit_code == 0 and "no change" in dry.output.splitlines()[-1], dry.output
        refused = cli_run("set", a.id, "s2_need_a", "3")
        assert refused.exit_code == 2 and "already open" in refused.output
        assert "already open" in refused.output.splitlines()[-1]
    finally:
        writer.close()
    # free again: list opens for writing and keeps the summaries it derived
    assert cli_run("list").exit_code == 0


def test_open_store_falls_back_to_readonly_only_when_locked(db_path):
    open_store(db_path).close()  # a command that only reads creates no database
    with open_store(db_path, readonly_if_locked=True) as free:
        assert not free.readonly
    with open_store(db_path) as _writer, open_store(db_path, readonly_if_locked=True) as reader:
        assert reader.readonly
