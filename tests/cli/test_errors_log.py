"""An unexpected fault is said in one line and its traceback kept in ``errors.log`` in the data
folder; whatever stands in that file's place (a named pipe, a folder), the fault is still said at
once, without the log, and nothing else is written to."""
from __future__ import annotations

import os

import pytest

from capacity_app.cli import _write_log
from waiting import returned_within


def _logged(tmp_path, monkeypatch):
    monkeypatch.setenv("CAPACITY_APP_DATA", str(tmp_path))
    try:
        raise RuntimeError("a fault with ünïcode")
    except RuntimeError as exc:
        fault = exc
    got: list[object] = []
    assert returned_within(lambda: got.append(_write_log(fault))) is None
    return got[0]


def test_the_traceback_is_added_to_the_log(tmp_path, monkeypatch):
    (tmp_path / "errors.log").write_text("an earlier fault\n", encoding="utf-8")
    assert _logged(tmp_path, monkeypatch) == tmp_path / "errors.log"
    text = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert text.startswith("an earlier fault\n") and "RuntimeError: a fault with ünïcode" in text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_in_the_logs_place_is_not_waited_on(tmp_path, monkeypatch):
    os.mkfifo(tmp_path / "errors.log")
    assert _logged(tmp_path, monkeypatch) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_with_a_reader_is_not_written_to(tmp_path, monkeypatch):
    os.mkfifo(tmp_path / "errors.log")
    reader = os.open(tmp_path / "errors.log", os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert _logged(tmp_path, monkeypatch) is None
        assert os.read(reader, 4096) == b""  # nothing was sent down the pipe
    finally:
        os.close(reader)


def test_a_folder_in_the_logs_place_is_left_alone(tmp_path, monkeypatch):
    (tmp_path / "errors.log").mkdir()
    assert _logged(tmp_path, monkeypatch) is None
    assert list((tmp_path / "errors.log").iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="symbolic links opened without following")
def test_a_link_in_the_logs_place_is_not_written_through(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (tmp_path / "errors.log").symlink_to(victim)
    assert _logged(tmp_path, monkeypatch) is None
    (tmp_path / "errors.log").unlink()
    os.link(victim, tmp_path / "errors.log")
    assert _logged(tmp_path, monkeypatch) is None
    assert victim.read_text(encoding="utf-8") == "precious\n"
