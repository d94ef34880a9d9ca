"""`aggregate --bundle FOLDER` run again into the same folder replaces the earlier bundle (the
analyst's usual second run), and a path that is a file, a symbolic link or the database's backup
folder is refused in one line, nothing written."""
from __future__ import annotations


def _sources(tmp_path):
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.exchange import export_workbook

    src = tmp_path / "sources"
    src.mkdir()
    with open_store(tmp_path / "src.sqlite3", backup_dir=tmp_path / "b") as st:
        export_workbook(st, create_demo(st).id, src / "demo.xlsx")
    return src


def test_a_second_run_replaces_the_bundle_and_other_paths_are_refused(cli_run, tmp_path):
    src = _sources(tmp_path)
    bundle = tmp_path / "analyst"
    for _ in range(2):
        r = cli_run("aggregate", src, "--xlsx", tmp_path / "all.xlsx", "--bundle", bundle, "--quiet")
        assert r.exit_code == 0, r.output
        assert (bundle / "csv" / "answers.csv").stat().st_size > 0 and (bundle / "stata" / "summary.dta").exists()
    (bundle / "csv" / "stale.csv").write_text("from an older run")
    assert cli_run("aggregate", src, "--xlsx", tmp_path / "all.xlsx", "--bundle", bundle, "--quiet").exit_code == 0
    assert not (bundle / "csv" / "stale.csv").exists()  # the csv folder is the new run's whole

    a_file = tmp_path / "a-file"
    a_file.write_text("keep me")
    link = tmp_path / "a-link"
    link.symlink_to(bundle)
    backups = cli_run.db.parent / "backups"
    backups.mkdir(exist_ok=True)
    r = cli_run("aggregate", src, "--xlsx", tmp_path / "other.xlsx", "--bundle", a_file, "--quiet")
    assert r.exit_code == 2 and "is a file" in r.output  # click's own check of the option
    for target, words in ((link, "is a symbolic link"), (backups, "backup folder of the database")):
        r = cli_run("aggregate", src, "--xlsx", tmp_path / "other.xlsx", "--bundle", target, "--quiet")
        assert r.exit_code == 2 and words in r.output and len(r.output.strip().splitlines()) == 1, r.output
    assert a_file.read_text() == "keep me" and list(backups.iterdir()) == []
    assert not (tmp_path / "other.xlsx").exists()


def test_the_service_check_the_window_makes_refuses_the_same(tmp_path):
    import pytest

    from capacity_app.files import OutputError
    from capacity_app.services.outputs import check_output_folder

    db = tmp_path / "x.sqlite3"
    a_file = tmp_path / "a-file"
    a_file.write_text("keep me")
    (tmp_path / "folder").mkdir()
    assert check_output_folder(tmp_path / "folder", db) == tmp_path / "folder"
    assert check_output_folder(tmp_path / "new" / "deeper", db) == tmp_path / "new" / "deeper"
    for target in (a_file, db.parent / "backups", db):
        with pytest.raises(OutputError):
            check_output_folder(target, db)
