"""Where the data lives: one settings file outside the database, read by the window and the
command line alike; a new data folder moves the database with its backups before the next
open, never strands it; the preferences come along."""
import json

import pytest

from capacity_app.paths import default_db_path, read_settings, write_settings
from capacity_app.services import assessments as svc
from capacity_app.services import settings as prefs
from waiting import returned_within


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.delenv("CAPACITY_APP_DATA", raising=False)
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(tmp_path / "config" / "settings.json"))
    write_settings({"data_folder": str(tmp_path / "a")})
    return tmp_path


def test_a_move_carries_the_database_and_backups_and_the_cli_follows(config, questionnaire):
    from click.testing import CliRunner

    from capacity_app.cli import main

    a_dir, b_dir = config / "a", config / "b"
    assert default_db_path() == a_dir / "capacity.sqlite3"
    with svc.open_store() as store:
        made = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
        store.backup("manual")
        prefs.save_preferences(store, prefs.Preferences("Amina", "fr", ""))
    change = prefs.request_data_folder(b_dir)
    assert change.action == "move" and change.backups >= 1
    assert read_settings()["data_folder"] == str(a_dir)  # nothing switched before the move is done
    r = CliRunner().invoke(main, ["list", "--json"], catch_exceptions=False)  # no --db: the settings file
    assert r.exit_code == 0, r.output
    assert [x["id"] for x in json.loads(r.output)] == [made.id]
    assert read_settings()["data_folder"] == str(b_dir) and "pending_move" not in read_settings()
    assert (b_dir / "capacity.sqlite3").is_file() and list((b_dir / "backups").iterdir())
    assert (a_dir / "capacity.sqlite3.moved").is_file() and not (a_dir / "capacity.sqlite3").exists()
    with svc.open_store() as store:
        assert store.path == b_dir / "capacity.sqlite3"
        assert prefs.preferences(store) == prefs.Preferences("Amina", "fr", "")


def test_nothing_moves_while_the_database_is_open(config, questionnaire):
    with svc.open_store() as store:
        prefs.request_data_folder(config / "b")
        assert "not moved yet" in prefs.apply_pending_move()
        assert read_settings()["data_folder"] == str(config / "a")
        assert not (config / "b" / "capacity.sqlite3").exists()
        assert store.path == config / "a" / "capacity.sqlite3"


def test_a_folder_with_a_database_is_used_and_preferences_carry(config, questionnaire):
    with svc.open_store(config / "b" / "capacity.sqlite3"):
        pass
    with svc.open_store() as store:
        prefs.save_preferences(store, prefs.Preferences("Amina", "es", ""))
    change = prefs.request_data_folder(config / "b")
    assert change.action == "use" and read_settings()["data_folder"] == str(config / "b")
    with svc.open_store() as store:  # a database without preferences: the settings file's copy
        assert prefs.preferences(store).operator == "Amina" and prefs.preferences(store).report_lang == "es"
    with pytest.raises(svc.ServiceError, match="whole path"):
        prefs.request_data_folder("relative/folder")


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes")
def test_the_settings_are_written_whatever_stands_beside_them(tmp_path, monkeypatch):
    """The settings file is written to a new file of its own and put in place: a named pipe or a
    folder under the name an earlier version wrote through (settings.json.tmp) is neither opened
    nor waited on, and nothing but the settings file is left."""
    import os

    cfg = tmp_path / "settings.json"
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(cfg))
    os.mkfifo(tmp_path / "settings.json.tmp")
    assert returned_within(lambda: write_settings({"data_folder": "/srv/δεδομένα"})) is None
    assert json.loads(cfg.read_text(encoding="utf-8")) == {"data_folder": "/srv/δεδομένα"}
    assert read_settings() == {"data_folder": "/srv/δεδομένα"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json", "settings.json.tmp"]


def test_a_settings_write_that_fails_leaves_the_old_file_and_no_part(tmp_path, monkeypatch):
    """The settings file is replaced as every output is (files.replace_atomically): a full disk is
    said in one line naming the file, the old file stays and no part is left; the Preferences'
    refusal keeps the reason the window translates."""
    from capacity_app import files
    from capacity_app.services.settings import _write

    cfg = tmp_path / "settings.json"
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(cfg))
    write_settings({"data_folder": "/old"})

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "replace_file", full)
    with pytest.raises(files.OutputError) as refused:
        write_settings({"data_folder": "/new"})
    assert str(refused.value) == f"{cfg}: the disk is full; the settings file was not written"
    with pytest.raises(svc.ServiceError) as said:
        _write({"data_folder": "/new"})
    assert str(said.value) == f"settings file {cfg}: the disk is full"
    assert read_settings() == {"data_folder": "/old"}
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


_KILLED_WRITING = """
import os, signal, sys
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # killed with the new file half-made
from capacity_app.paths import write_settings
write_settings({"data_folder": "/new"})
"""


def test_a_write_killed_half_way_leaves_a_part_that_the_next_write_removes(tmp_path, monkeypatch):
    import os
    import subprocess
    import sys

    cfg = tmp_path / "settings.json"
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(cfg))
    write_settings({"data_folder": "/old"})
    (tmp_path / "notes.part").write_text("a file of one's own", encoding="utf-8")
    r = subprocess.run([sys.executable, "-c", _KILLED_WRITING], env=dict(os.environ), timeout=60)
    assert r.returncode == -9
    parts = [p.name for p in tmp_path.iterdir() if p.name.startswith(".settings.json.")]
    assert len(parts) == 1 and parts[0].endswith(".part")
    assert read_settings() == {"data_folder": "/old"}  # the file itself untouched by the kill
    write_settings({"data_folder": "/newer"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.part", "settings.json"]
    assert read_settings() == {"data_folder": "/newer"}


def test_a_settings_file_that_cannot_be_read_is_never_written_over(config, questionnaire):
    """A settings file damaged while the window is open (a hand edit, another program) is left as
    it is: saving the preferences keeps them in the database only, and a change of data folder is
    refused in one line; neither writes the file over from nothing, which dropped the data folder
    it names and every other choice in it."""
    cfg = config / "config" / "settings.json"
    with svc.open_store() as store:
        damaged = '{"data_folder": "%s", "custom": 1,}' % (config / "a")
        cfg.write_text(damaged, encoding="utf-8")
        prefs.save_preferences(store, prefs.Preferences("Bo", "fr", ""))
        assert prefs.preferences(store).operator == "Bo"  # kept in the database
    assert cfg.read_text(encoding="utf-8") == damaged
    with pytest.raises(svc.ServiceError) as refused:
        prefs.request_data_folder(config / "b")
    assert str(refused.value).startswith(f"{cfg}: the settings file is damaged (")
    assert str(refused.value).endswith("; nothing was changed") and "\n" not in str(refused.value)
    assert cfg.read_text(encoding="utf-8") == damaged and not (config / "b").exists()
    cfg.write_text("[1, 2]", encoding="utf-8")  # JSON, but not the settings' object
    with pytest.raises(svc.ServiceError, match="not a JSON object"):
        prefs.request_data_folder(config / "b")
    assert cfg.read_text(encoding="utf-8") == "[1, 2]"


def test_the_folders_write_check_goes_through_nothing_in_the_folder(config, questionnaire, tmp_path):
    """Whether the new data folder can be written is tried with a file of its own: a named pipe or
    a link under the name the check once used is neither waited on nor written through."""
    import os

    target = config / "b"
    target.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    os.symlink(victim, target / ".capacity-app-write-test")
    if hasattr(os, "mkfifo"):
        os.mkfifo(target / ".capacity-app-write-test.fifo")
    assert returned_within(lambda: prefs.request_data_folder(target)) is None
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert read_settings()["pending_move"]["to"] == str(target)
    assert sorted(p.name for p in target.iterdir()) == sorted(
        [".capacity-app-write-test"] + ([".capacity-app-write-test.fifo"] if hasattr(os, "mkfifo") else []))


def test_a_move_writes_through_nothing_already_in_the_new_folder(config, questionnaire, tmp_path):
    """A link already standing in the new folder under a name the move writes (a backup's, the
    copy's) is refused: the move does not happen, the data stays where it was, and what the link
    names is untouched."""
    import os

    a_dir, b_dir = config / "a", config / "b"
    with svc.open_store() as store:
        made = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
        store.backup("manual")
    backup = next((a_dir / "backups").glob("*.sqlite3"))
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (b_dir / "backups").mkdir(parents=True)
    for place in (b_dir / "backups" / backup.name, b_dir / "capacity.sqlite3.moving"):
        os.symlink(victim, place)
        prefs.request_data_folder(b_dir)
        said = prefs.apply_pending_move()
        assert said.startswith("not moved: ") and "symbolic link" in said, said
        assert said.endswith(f"(the data stays in {a_dir})"), said
        assert victim.read_text(encoding="utf-8") == "precious\n"
        assert read_settings()["data_folder"] == str(a_dir) and not (b_dir / "capacity.sqlite3").exists()
        place.unlink()
    with svc.open_store() as store:  # the move, still recorded, is carried out once nothing is in its way
        assert store.path == b_dir / "capacity.sqlite3"
        assert [a.id for a in store.assessments()] == [made.id]


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="symbolic links")
def test_a_settings_file_kept_elsewhere_through_a_link_stays_there(tmp_path, monkeypatch):
    """A settings file that is a link to one's own settings folder is written where it is, the
    link kept, and a settings file keeps its permissions (a new one gets a new file's)."""
    import os

    from capacity_app.files import new_file_mode

    mine = tmp_path / "dotfiles" / "capacity-settings.json"
    mine.parent.mkdir()
    mine.write_text('{"data_folder": "/old"}', encoding="utf-8")
    os.chmod(mine, 0o640)
    cfg = tmp_path / "config" / "settings.json"
    cfg.parent.mkdir()
    cfg.symlink_to(mine)
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(cfg))
    write_settings({"data_folder": "/new"})
    assert cfg.is_symlink() and json.loads(mine.read_text(encoding="utf-8")) == {"data_folder": "/new"}
    assert os.stat(mine).st_mode & 0o777 == 0o640
    assert sorted(p.name for p in mine.parent.iterdir()) == ["capacity-settings.json"]
    fresh = tmp_path / "fresh" / "settings.json"
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(fresh))
    write_settings({})
    assert os.stat(fresh).st_mode & 0o777 == new_file_mode()
