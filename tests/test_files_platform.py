"""Capacity_app.files as each platform does it: os.replace tried again while Windows says
another process holds the file, and the exclusive lock (fcntl.flock / msvcrt.locking). The decisions
are tested everywhere; the lock and the replace run the real system calls on each CI system."""
from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading

import pytest

from capacity_app import files


def _winerror(code: int, err: int = errno.EACCES) -> OSError:
    exc = PermissionError(err, "The process cannot access the file because it is being used by another process")
    exc.winerror = code  # what Windows sets (an OSError raised on Linux has none)
    return exc


@pytest.mark.parametrize("code, sharing", [(32, True), (33, True), (5, True), (2, False), (None, False)])
def test_sharing_violations_are_told_by_their_windows_error(code, sharing):
    exc = _winerror(code) if code is not None else PermissionError(errno.EACCES, "denied")
    assert files.is_sharing_violation(exc) is sharing
    assert files.is_sharing_violation(ValueError("x")) is False


def test_replace_is_tried_again_while_the_target_is_held_then_succeeds():
    calls, waits = [], []

    def replace(src, dst):
        calls.append((src, dst))
        if len(calls) < 3:
            raise _winerror(32)

    files.replace_file("a", "b", replace=replace, sleep=waits.append)
    assert calls == [("a", "b")] * 3 and waits == [0.05, 0.1]


def test_replace_gives_up_after_its_attempts_and_never_retries_other_errors():
    waits = []

    def held(src, dst):
        raise _winerror(32)

    with pytest.raises(PermissionError) as info:
        files.replace_file("a", "b", attempts=4, replace=held, sleep=waits.append)
    assert info.value.winerror == 32 and len(waits) == 3
    assert sum(0.05 * n for n in range(1, files.REPLACE_ATTEMPTS)) == pytest.approx(2.25)

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    waits.clear()
    with pytest.raises(OSError):
        files.replace_file("a", "b", replace=full, sleep=waits.append)
    assert waits == []


def test_a_held_file_is_explained_as_open_elsewhere_not_as_permission(tmp_path):
    error = files.output_error(tmp_path / "report.xlsx", _winerror(32), "the workbook")
    assert "open in another program" in str(error) and "permission" not in str(error)
    plain = files.output_error(tmp_path / "report.xlsx", PermissionError(errno.EACCES, "denied"))
    assert plain.reason == "no permission to write there"


LOCKER = """
import os, sys
from capacity_app import files
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    files.lock_exclusive(fd)
except OSError:
    with open(sys.argv[1], encoding="utf-8") as fh:
        print("refused", fh.read())
else:
    print("locked")
"""


def _other_process(path) -> str:
    r = subprocess.run([sys.executable, "-c", LOCKER, str(path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_the_lock_refuses_another_process_which_can_still_read_the_text(tmp_path):
    lock = tmp_path / "capacity.sqlite3.lock"
    lock.write_text("4242\n", encoding="utf-8")
    fd = os.open(lock, os.O_RDWR)
    try:
        files.lock_exclusive(fd)
        assert os.lseek(fd, 0, os.SEEK_CUR) == 0  # the position is left where it was
        assert _other_process(lock) == "refused 4242"
        files.unlock(fd)
        assert _other_process(lock) == "locked"
    finally:
        os.close(fd)


def test_an_output_replaces_a_file_another_process_reads_for_a_moment(tmp_path):
    """On Windows a reader without FILE_SHARE_DELETE (Python's open, a virus scanner) makes the
    replace fail with a sharing violation until it lets go; elsewhere nothing stands in the way."""
    out = tmp_path / "workbook.xlsx"
    out.write_bytes(b"old")
    reader = open(out, "rb")
    timer = threading.Timer(0.3, reader.close)
    timer.start()
    try:
        files.replace_atomically(lambda tmp: open(tmp, "wb").write(b"new"), out)
    finally:
        timer.join()
        reader.close()
    assert out.read_bytes() == b"new"


@pytest.mark.skipif(sys.platform != "win32", reason="Windows sharing violations")
def test_a_file_held_open_on_windows_is_refused_in_one_readable_line(tmp_path):
    out = tmp_path / "workbook.xlsx"
    out.write_bytes(b"old")
    with open(out, "rb"), pytest.raises(files.OutputError, match="open in another program"):
        files.replace_atomically(lambda tmp: open(tmp, "wb").write(b"new"), out, "the workbook")
    assert out.read_bytes() == b"old"
