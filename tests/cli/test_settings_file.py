"""A settings file that names an unusable data folder is refused in one line, naming the file and
the problem, and nothing is created anywhere (no silent fallback to an empty default database)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

HOSTILE = {
    "a file": lambda tmp: f'{{"data_folder": "{tmp / "afile"}"}}',
    "relative": lambda tmp: '{"data_folder": "5"}',
    "not text": lambda tmp: '{"data_folder": 5}',
    "nul": lambda tmp: '{"data_folder": "/tmp/\\u0000bad"}',
    "damaged": lambda tmp: '{"data_folder": ',
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_settings_file_is_refused_clearly(tmp_path, kind):
    (tmp_path / "afile").write_text("not a folder")
    cfg = tmp_path / "settings.json"
    cfg.write_text(HOSTILE[kind](tmp_path), encoding="utf-8")
    work = tmp_path / "cwd"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("CAPACITY_APP_DATA", "CAPACITY_APP_DB")}
    env["CAPACITY_APP_CONFIG"] = str(cfg)
    env["HOME"] = str(tmp_path / "home")  # the platform folders, were they used, land here
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / "config")
    p = subprocess.run([sys.executable, "-m", "capacity_app", "list"], cwd=work, env=env,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 2, (p.stdout, p.stderr)
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and str(cfg) in lines[0] and "Traceback" not in p.stderr, p.stderr
    assert "unexpected" not in p.stderr
    assert list(work.iterdir()) == []  # no folder "5" made in the working folder
    assert not (tmp_path / "home").exists()  # nor a default database in its place


def _make_unreadable(cfg, kind: str) -> None:
    if kind == "named pipe":
        os.mkfifo(cfg)
    elif kind == "folder":
        cfg.mkdir()
    elif kind == "too large":
        with open(cfg, "wb") as fh:
            fh.truncate(2_000_000)  # sparse: over the bound, nothing to read
    else:  # not UTF-8
        cfg.write_bytes(b'{"data_folder": "\xff\xfe"}')


@pytest.mark.parametrize("kind", ["named pipe", "folder", "too large", "not UTF-8"])
def test_a_settings_file_that_is_no_file_or_too_large_is_refused_at_once(tmp_path, kind):
    """Read as every file from outside: a named pipe in the settings file's place is refused, not
    waited on for ever; a file too large is refused, not read whole; in one line naming it."""
    if kind == "named pipe" and not hasattr(os, "mkfifo"):
        pytest.skip("named pipes")
    cfg = tmp_path / "settings.json"
    _make_unreadable(cfg, kind)
    env = {k: v for k, v in os.environ.items() if k not in ("CAPACITY_APP_DATA", "CAPACITY_APP_DB")}
    env.update(CAPACITY_APP_CONFIG=str(cfg), HOME=str(tmp_path / "home"),
               XDG_DATA_HOME=str(tmp_path / "home" / "data"), XDG_CONFIG_HOME=str(tmp_path / "home" / "config"))
    p = subprocess.run([sys.executable, "-m", "capacity_app", "list"], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2, (p.stdout, p.stderr)
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and str(cfg) in lines[0] and "Traceback" not in p.stderr, p.stderr
    assert {"named pipe": "named pipe", "folder": "folder", "too large": "too large",
            "not UTF-8": "damaged"}[kind] in lines[0], lines[0]
    assert "unexpected" not in p.stderr
    assert not (tmp_path / "home").exists()


def test_settings_read_for_preferences_take_the_defaults_from_a_named_pipe(tmp_path, monkeypatch):
    """What reads the settings for their other values (preferences, a pending move) takes the
    defaults from a file it cannot read, at once."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes")
    from capacity_app import paths

    cfg = tmp_path / "settings.json"
    os.mkfifo(cfg)
    monkeypatch.setattr(paths, "config_file", lambda: cfg)
    import threading

    got: list = []
    reader = threading.Thread(target=lambda: got.append((paths.read_settings(), paths.pending_move())),
                              daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "still reading: the named pipe was waited on"
    assert got == [({}, None)]


def test_window_start_refuses_a_damaged_settings_file(tmp_path):
    cfg = tmp_path / "settings.json"
    cfg.write_text('{"data_folder": ', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CAPACITY_APP_DATA", "CAPACITY_APP_DB")}
    env.update(CAPACITY_APP_CONFIG=str(cfg), QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_DATA_HOME=str(tmp_path / "home" / "data"), XDG_CONFIG_HOME=str(tmp_path / "home" / "cfg"))
    p = subprocess.run([sys.executable, "-m", "capacity_app", "gui", "--exit-after-show"], cwd=tmp_path,
                       env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and str(cfg) in p.stderr and "damaged" in p.stderr, p.stderr
    assert "Traceback" not in p.stderr
