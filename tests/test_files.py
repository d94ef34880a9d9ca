import errno
from pathlib import Path

from capacity_app.files import OutputError, output_error


def test_output_errors_are_readable(tmp_path):
    full = output_error(tmp_path / "x.xlsx", OSError(errno.ENOSPC, "No space left on device"), "the workbook")
    assert isinstance(full, OutputError) and full.user_error
    assert str(full) == f"{tmp_path / 'x.xlsx'}: the disk is full; the workbook was not written"
    denied = output_error(tmp_path / "x.pdf", OSError(errno.EACCES, "Permission denied"), "the report")
    assert "no permission to write there" in str(denied)


def test_export_to_missing_folder_is_one_readable_line(cli_run, tmp_path):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    target = tmp_path / "read-only"
    target.mkdir()
    target.chmod(0o500)
    try:
        r = cli_run("export", aid, "--xlsx", target / "a.xlsx")
    finally:
        target.chmod(0o700)
    # root ignores permissions: then the export simply succeeds
    assert r.exit_code in (0, 2)
    if r.exit_code == 2:
        assert "was not written" in r.output and "Traceback" not in r.output


def test_stale_parts_are_those_of_the_file_named_even_with_brackets_in_its_name(tmp_path):
    from capacity_app.files import replace_atomically

    target = tmp_path / "Kenya [2026].xlsx"
    (tmp_path / ".Kenya [2026].xlsx.abc123.part").write_bytes(b"half")
    (tmp_path / ".Kenya 2.xlsx.abc123.part").write_bytes(b"another file's write, under way")
    replace_atomically(lambda tmp: open(tmp, "wb").write(b"whole"), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".Kenya 2.xlsx.abc123.part", "Kenya [2026].xlsx"]


def test_replace_atomically_cleans_stale_parts_and_leaves_nothing_on_failure(tmp_path):
    import pytest

    from capacity_app.files import replace_atomically

    target = tmp_path / "out.xlsx"
    (tmp_path / ".out.xlsx.abc123.part").write_bytes(b"half")
    replace_atomically(lambda tmp: open(tmp, "wb").write(b"whole"), target)
    assert target.read_bytes() == b"whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]

    def boom(tmp):
        open(tmp, "wb").write(b"partial")
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        replace_atomically(boom, target)
    assert target.read_bytes() == b"whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_a_writer_left_open_by_a_full_disk_is_released_quietly(tmp_path, monkeypatch):
    """openpyxl's ZipFile stays open in the traceback when the disk fills up; closing it later
    would print "Exception ignored in ZipFile.__del__". The user gets one readable error only."""
    import errno
    import sys

    import pytest

    from capacity_app.files import OutputError, replace_atomically

    seen = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    closed = []

    class Archive:
        def __del__(self):
            closed.append(True)
            raise OSError(errno.ENOSPC, "No space left on device")

    def build(tmp):
        archive = Archive()  # noqa: F841 - held by this frame, as openpyxl's writer holds its ZipFile
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError, match="the disk is full"):
        replace_atomically(build, tmp_path / "out.xlsx", "the workbook")
    assert closed == [True]  # released inside replace_atomically, not at some later moment
    assert seen == []
    assert list(tmp_path.iterdir()) == []


def test_no_two_test_modules_share_a_file_name():
    """pytest imports each test module by its file name (the folders are not packages): two
    modules of the same name in two folders stop the run with an "import file mismatch"."""
    from collections import Counter

    names = Counter(p.name for p in Path(__file__).resolve().parent.rglob("test_*.py"))
    assert [n for n, k in names.items() if k > 1] == []


def test_the_os_reasons_of_a_write_and_of_a_backup_that_is_gone():
    """One wording of the operating system's refusals for every write (files.write_reason); a
    backup removed or restored that is no longer there is said as a missing file, not as the
    missing folder a write into it would mean."""
    from capacity_app.files import write_reason
    from capacity_app.storage.db import _reason

    assert write_reason(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert write_reason(OSError(errno.EACCES, "Permission denied")) == "no permission to write there"
    assert write_reason(OSError(errno.ENOENT, "No such file or directory")) == "the folder does not exist"
    assert _reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) == "No such file or directory"
    assert _reason(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"


def test_a_refused_output_place_carries_its_reason_once(tmp_path, monkeypatch):
    """A link loop where the settings file should be: refused in one line naming the file once
    (the reason travels apart from the file's name)."""
    import os

    import pytest

    from capacity_app.files import check_output_target
    from capacity_app.services.assessments import ServiceError
    from capacity_app.services.settings import _write

    loop = tmp_path / "settings.json"
    os.symlink(loop, loop)
    with pytest.raises(OutputError) as refused:
        check_output_target(loop, "the settings file")
    assert refused.value.reason == "is a symbolic link, not a file an output may replace"
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(loop))
    with pytest.raises(ServiceError) as said:
        _write({})
    assert str(said.value) == f"settings file {loop}: is a symbolic link, not a file an output may replace"
