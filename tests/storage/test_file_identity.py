"""A lock on the file itself, and never a change to a file that is not ours: a second
writer through a symbolic link is refused like any other; a database with two names (a hard link,
where SQLite keeps one journal per name) is refused with the reason; another program's SQLite file
is refused in one line and left byte for byte as it was; a FIFO given as the database is said to
be one."""
import os
import sqlite3

import pytest

from capacity_app.services.assessments import create_assessment, open_store, record_answer
from capacity_app.storage.db import APPLICATION_ID, StorageError, StoreLockedError
from waiting import returned_within


def _ours(db_path, questionnaire):
    with open_store(db_path) as store:
        a = create_assessment(store, questionnaire, country="KEN", round=2026)
        record_answer(store, questionnaire, a.id, "s2_need_a", 2)
    return a


def test_a_second_writer_through_a_symbolic_link_is_refused(db_path, questionnaire, tmp_path):
    _ours(db_path, questionnaire)
    link = tmp_path / "elsewhere" / "link.sqlite3"
    link.parent.mkdir()
    link.symlink_to(db_path)
    with open_store(db_path):
        with pytest.raises(StoreLockedError, match="already open"):
            open_store(link)
    with open_store(link) as store:  # alone, through the link: the same file, its own name
        assert store.path == db_path.resolve()
        assert not (link.parent / "link.sqlite3-wal").exists()


def test_a_database_with_two_names_is_refused_and_nothing_is_lost(db_path, questionnaire, tmp_path):
    a = _ours(db_path, questionnaire)
    other = tmp_path / "second-name.sqlite3"
    os.link(db_path, other)
    for name in (db_path, other):
        with pytest.raises(StorageError, match="has 2 names \\(hard links\\)"):
            open_store(name)
    from click.testing import CliRunner

    from capacity_app.cli import main

    r = CliRunner().invoke(main, ["--db", str(db_path), "check"])
    assert r.exit_code == 2 and "has 2 names (hard links)" in r.output, r.output  # check no longer says ok
    other.unlink()
    with open_store(db_path) as store:
        assert store.answer(a.id, "s2_need_a").value == 2


def test_a_database_is_marked_as_ours_once_and_an_older_one_is_recognised(db_path, questionnaire, tmp_path):
    import shutil

    from test_upgrades import FIXTURES

    _ours(db_path, questionnaire)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    old = tmp_path / "v4.sqlite3"
    shutil.copy(next(p for p in FIXTURES if "v004" in p.name), old)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0  # before the mark
    with open_store(old, daily_backup=False) as store:
        assert store.answers(1)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def _foreign(path, app_id=0, tables=("CREATE TABLE assessments(x)", "CREATE TABLE notes(id, body)")):
    conn = sqlite3.connect(path)
    for sql in tables:
        conn.execute(sql)
    conn.execute("INSERT INTO notes VALUES (1, 'my notes')") if "notes" in " ".join(tables) else None
    if app_id:
        conn.execute(f"PRAGMA application_id = {app_id}")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("app_id,tables", [
    (0, ("CREATE TABLE assessments(x)", "CREATE TABLE notes(id, body)")),  # a clashing table name
    (0x47504B47, ("CREATE TABLE notes(id, body)",)),  # another program's mark (GeoPackage)
], ids=["clashing-table", "other-application-id"])
def test_another_programs_sqlite_file_is_refused_untouched(tmp_path, cli_run, app_id, tables):
    foreign = tmp_path / "theirs.sqlite3"
    before = _foreign(foreign, app_id, tables)
    for command in (["list"], ["check"], ["new", "--country", "KEN", "--round", "2026"]):
        r = cli_run("--db", foreign, *command)
        assert r.exit_code == 2, (command, r.output)
        assert "is not a capacity-app database" in r.output and "left unchanged" in r.output
        assert len(r.output.strip().splitlines()) == 1 and "unexpected" not in r.output
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("theirs")) == ["theirs.sqlite3"]


def test_a_fifo_as_the_database_is_said_to_be_one(tmp_path, cli_run):
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    r = cli_run("--db", fifo, "list")
    assert r.exit_code == 2 and "is a FIFO (named pipe), not a database file" in r.output, r.output
    assert "damaged" not in r.output


# --- the lock on the file itself (audit) -------------------------------------------------
# The lock file sits next to the database's real name; a second real name for the same file (the
# file renamed while open, a bind mount) has a lock file of its own. The writer also holds an
# flock on the database file itself, keyed on the file whatever its name.

_SECOND_WRITER = """
import sys
from capacity_app.storage.db import StoreLockedError, open_database
try:
    db, lock = open_database(sys.argv[1], daily_backup=False)
except StoreLockedError as exc:
    print(exc)
    sys.exit(3)
print("opened")
"""


def _second_writer(path, *wrap):
    import subprocess
    import sys
    from pathlib import Path

    import capacity_app

    root = Path(capacity_app.__file__).parent.parent
    return subprocess.run([*wrap, sys.executable, "-c", _SECOND_WRITER, str(path)], cwd=root,
                          capture_output=True, text=True, timeout=60)


def test_a_second_writer_through_another_real_name_of_the_same_file_is_refused(db_path, questionnaire, tmp_path):
    """The file renamed while a writer has it open: its new name is another real path to the same
    file, with no lock file yet. A second writer in this process and one in another are refused;
    the first writer's answers are all there afterwards."""
    a = _ours(db_path, questionnaire)
    moved = tmp_path / "moved" / "renamed.sqlite3"
    moved.parent.mkdir()
    with open_store(db_path) as store:
        record_answer(store, questionnaire, a.id, "s2_need_a", 3)
        os.rename(db_path, moved)
        with pytest.raises(StoreLockedError, match="already open in another capacity-app instance"):
            open_store(moved)
        r = _second_writer(moved)
        assert r.returncode == 3 and "already open" in r.stdout, (r.returncode, r.stdout, r.stderr)
        record_answer(store, questionnaire, a.id, "s2_need_b", 1)
    os.rename(moved, db_path)
    with open_store(db_path) as store:
        assert store.answer(a.id, "s2_need_a").value == 3 and store.answer(a.id, "s2_need_b").value == 1
    r = _second_writer(db_path)  # the lock went with the writer
    assert r.returncode == 0 and "opened" in r.stdout, r.stderr


def test_a_second_writer_through_a_bind_mount_is_refused(db_path, questionnaire, tmp_path):
    """The audit's case: the database bind-mounted at another name (in a mount namespace of the
    second writer's own; skipped where mounting is not permitted)."""
    import shutil
    import subprocess

    if not (shutil.which("unshare") and shutil.which("mount")):
        pytest.skip("no unshare or mount here")
    _ours(db_path, questionnaire)
    target = tmp_path / "mounted" / "other.sqlite3"
    target.parent.mkdir()
    target.touch()
    probe = subprocess.run(["unshare", "-m", "mount", "--bind", str(db_path), str(target)],
                           capture_output=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip("mount --bind is not permitted here")
    with open_store(db_path):
        r = _second_writer(target, "unshare", "-m", "sh", "-c",
                           f"mount --bind '{db_path}' '{target}' && exec \"$0\" \"$@\"")
    assert r.returncode == 3 and "already open" in r.stdout, (r.returncode, r.stdout, r.stderr)
    left = target.parent / "other.sqlite3-wal"  # nothing written there (the owner check may make it)
    assert not left.exists() or left.stat().st_size == 0


def test_a_database_last_written_under_another_name_with_its_journal_there_is_refused(db_path, questionnaire,
                                                                                       tmp_path):
    """The database and its lock file moved to another folder while the journal of the last
    writer, still holding changes, stayed behind: opened under the new name SQLite would not see
    them (and a later writer under the old name would write them back over newer ones)."""
    a = _ours(db_path, questionnaire)
    moved = tmp_path / "moved" / "renamed.sqlite3"
    moved.parent.mkdir()
    os.rename(db_path, moved)
    os.rename(f"{db_path}.lock", f"{moved}.lock")
    wal = tmp_path / f"{db_path.name}-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))  # a journal left with changes in it
    before = moved.read_bytes()
    with pytest.raises(StorageError, match=f"was last written as {db_path}, and changes not yet written back "
                                           f"to it are in {wal.name} there; open it as {db_path} once"):
        open_store(moved)
    left = moved.parent / f"{moved.name}-wal"  # (the read-only look at whose file it is may make one)
    assert moved.read_bytes() == before and (not left.exists() or left.stat().st_size == 0)
    wal.unlink()  # an empty or no journal: nothing is held elsewhere, the new name is taken
    with open_store(moved) as store:
        assert store.answer(a.id, "s2_need_a").value == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_lock_file_that_is_a_named_pipe_is_refused_in_one_line(db_path, questionnaire):
    a = _ours(db_path, questionnaire)
    os.unlink(f"{db_path}.lock")  # left by the last writer, as a record
    os.mkfifo(f"{db_path}.lock")
    exc = returned_within(lambda: open_store(db_path).close())
    assert isinstance(exc, StorageError), exc
    assert str(exc) == f"{db_path.resolve()}.lock: cannot create the lock file (not a regular file)"
    os.unlink(f"{db_path}.lock")
    with open_store(db_path) as store:  # nothing was lost or changed by the refusal
        assert store.answer(a.id, "s2_need_a").value == 2


def test_a_lock_file_left_huge_or_undecodable_is_read_a_record_long(db_path, questionnaire):
    """What another program left in the lock file's place is read as a record, a few bytes long:
    a huge file is not read whole, bytes that are not UTF-8 do not stop the opening."""
    import tracemalloc

    a = _ours(db_path, questionnaire)
    lock = f"{db_path}.lock"
    with open(lock, "wb") as fh:
        fh.write(b"\xff\xfe\x00 not ours\n")
        fh.truncate(64 * 1024 * 1024)  # sparse: 64 MB of nothing on disk
    tracemalloc.start()
    try:
        with open_store(db_path) as store:
            assert store.answer(a.id, "s2_need_a").value == 2
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, f"{peak} bytes held: the lock file was read whole"
    with open(lock, "rb") as fh:  # the record is ours again: no process, the real path, the identity
        assert fh.read().decode().split("\n")[:2] == ["", str(db_path.resolve())]


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="symbolic links opened without following")
def test_a_lock_file_that_is_a_link_is_refused_and_what_it_names_is_untouched(db_path, questionnaire, tmp_path):
    a = _ours(db_path, questionnaire)
    lock = f"{db_path}.lock"
    victim = tmp_path / "victim.txt"
    victim.write_text("precious user text\n", encoding="utf-8")
    for how, reason in ((lambda: os.symlink(victim, lock), "a symbolic link, not a regular file"),
                        (lambda: os.link(victim, lock), "a file with other names (hard links)"),
                        (lambda: os.symlink(tmp_path / "made-by-the-lock", lock), "a symbolic link, not a regular file")):
        os.unlink(lock)
        how()
        with pytest.raises(StorageError) as refused:
            open_store(db_path)
        assert str(refused.value) == f"{db_path.resolve()}.lock: cannot create the lock file ({reason})"
        assert victim.read_text(encoding="utf-8") == "precious user text\n"
        assert not (tmp_path / "made-by-the-lock").exists()
    os.unlink(lock)
    with open_store(db_path) as store:
        assert store.answer(a.id, "s2_need_a").value == 2


@pytest.mark.parametrize("record, said", [("4242\n/srv/x\n1:2", " (process 4242)"),
                                          ("x" * 600 + "\n", ""), ("٤٢\n", ""), ("", "")])
def test_the_lock_holder_is_named_by_its_process_number_only(db_path, questionnaire, record, said):
    """The "already open" refusal names the holding process by the number its lock record starts
    with; any other text there (another program's, a damaged record) is not repeated."""
    from capacity_app.files import lock_exclusive

    _ours(db_path, questionnaire)
    with open(f"{db_path}.lock", "w", encoding="utf-8") as holder:
        holder.write(record)
        holder.flush()
        lock_exclusive(holder.fileno())  # held as another instance holds it
        with pytest.raises(StoreLockedError) as refused:
            open_store(db_path)
    assert str(refused.value) == (f"{db_path.resolve()}: the database is already open in another "
                                  f"capacity-app instance{said}; close it first")
