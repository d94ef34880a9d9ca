"""The last doors of the plan's money and progress attacked: ``import`` of an exchange workbook that
carries progress, a period report, a corrective measure and archived answers, ``actions progress
receive`` of an institution's reply and ``accept``. Killed with SIGKILL at several moments (before the
database is opened and while it is written, found by watching its -wal file), the database is the
one before or the one a completed command leaves, never between (its dump compared, times masked),
and the same command run again gives what one clean run gives. Under 1 GiB of address space a file
of 45 MB is taken and one of 50 MB refused in one line (exit 2), never a traceback or a hang. The
same file twice changes nothing the second time and says so."""
from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from cli_child import cli_child

STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")
INTERIOR = "Ministry of the Interior, Migration Directorate"
ARCHIVE = [  # two answers to questions the questionnaire no longer asks (as tests/exchange/test_archived_sheet.py)
    {"key": "s4_sdg.sdg_17_18_1.produced", "status": "answered", "value": "yes", "comment": "from 2024",
     "evidence": [{"kind": "note", "text": "NSO yearbook"}], "version": "1.1.0",
     "archived_at": "2026-05-01T09:00:00+00:00"},
    {"key": "s9_gone", "status": "dont_know", "value": None, "comment": "", "evidence": [],
     "question": {"fr": "Une question d'autrefois"}},
]

def _state(db: Path) -> list[str]:
    """The database's dump with every time stamp masked: two clean runs of a command give the same."""
    con = sqlite3.connect(db)
    try:
        return [STAMP.sub("T", line) for line in con.iterdump()]
    finally:
        con.close()


def _run(db: Path, *args: object) -> str:
    """The command run to its end in this process (click's runner), its output."""
    from click.testing import CliRunner

    from capacity_app.cli import main

    r = CliRunner().invoke(main, ["--db", str(db), *map(str, args)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


def _child(db: Path, *args: object, limit: int = 0) -> subprocess.Popen:
    return cli_child(db, *args, limit=limit, new_session=True)


def _kill(db: Path, args: tuple, moment: float | str) -> None:
    """Run ``args`` in a process and kill it with SIGKILL after ``moment`` seconds, or ("writing")
    as soon as its -wal file holds a frame (the transaction under way)."""
    p = _child(db, *args)
    wal = Path(f"{db}-wal")
    if moment == "writing":
        deadline = time.monotonic() + 60
        while p.poll() is None and time.monotonic() < deadline:
            if wal.exists() and wal.stat().st_size > 32:
                break
            time.sleep(0.0005)
    else:
        time.sleep(float(moment))
    if p.poll() is None:
        os.kill(p.pid, signal.SIGKILL)
    p.communicate(timeout=60)
    deadline = time.monotonic() + 10          # its reading process and forkserver end with it
    while _alive(p.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(p.pid), f"processes left behind by a killed {args[0]}"


def _alive(group: int) -> bool:
    """A process of the session ``group`` still running (a zombie waiting to be reaped is not)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == group and fields[0] != "Z":
                return True
    return False


@pytest.fixture(scope="module")
def scene(demo_db, tmp_path_factory):
    """The demo's database (``base``), a workbook exported from it after a period report, a
    corrective measure, a progress entry and two archived answers were added (``workbook``), the
    Interior's reply to its progress workbook (``reply``), and the state each clean run leaves:
    the import (``imported``), the reply received (``received``) and its proposal accepted
    (``accepted``)."""
    from capacity_app.services.assessments import open_store
    import openpyxl

    path, aid = demo_db
    d = tmp_path_factory.mktemp("plan-doors")
    base, src = d / "base.sqlite3", d / "src.sqlite3"
    shutil.copy(path, base)
    shutil.copy(path, src)
    _run(src, "actions", "progress", "summary", aid, "2026", "--text", "Half the actions are late",
         "--decision", "Vote the budget line")
    _run(src, "actions", "progress", "measure", aid, 3, "2026", "--text", "Recruit on contract", "--who", "NSOV",
         "--by", "2027-03-31")
    _run(src, "actions", "progress", "set", aid, 4, "2026", "--status", "in_progress", "--started", "2026-09-01")
    with open_store(src) as store:
        a = store.assessment(aid)
        store.update_assessment(aid, settings={**a.settings, "archived_answers": ARCHIVE})
    _run(src, "export", aid, "--xlsx", d / "w.xlsx")
    _run(base, "actions", "progress", "send", aid, "2026", "--institution", INTERIOR, "--out", d / "sent.xlsx")
    wb = openpyxl.load_workbook(d / "sent.xlsx")
    wb.worksheets[1]["H2"].value = "The decree is signed; the ministers sign in January"
    wb.save(d / "reply.xlsx")
    states = {}
    for name, steps in (("imported", [("import", d / "w.xlsx", "--yes")]),
                        ("received", [("actions", "progress", "receive", aid, d / "reply.xlsx")]),
                        ("accepted", [("actions", "progress", "receive", aid, d / "reply.xlsx"),
                                      ("actions", "progress", "accept", aid, "--all")])):
        db = d / f"{name}.sqlite3"
        shutil.copy(base, db)
        for args in steps:
            _run(db, *args)
        states[name] = _state(db)
    return {"aid": aid, "base": base, "workbook": d / "w.xlsx", "reply": d / "reply.xlsx",
            "before": _state(base), **states}


def _door(scene, tmp_path, door: str) -> tuple[Path, tuple, list[str], list[str]]:
    """(a copy of the database as the door finds it, the command, the state before, after)."""
    db = tmp_path / "db.sqlite3"
    aid = scene["aid"]
    shutil.copy(scene["base"], db)
    if door == "import":
        return db, ("import", scene["workbook"], "--yes"), scene["before"], scene["imported"]
    receive = ("actions", "progress", "receive", aid, scene["reply"])
    if door == "receive":
        return db, receive, scene["before"], scene["received"]
    _run(db, *receive)
    return db, ("actions", "progress", "accept", aid, "--all"), scene["received"], scene["accepted"]


def _killed_then_run_again(scene, tmp_path, door: str, moments) -> None:
    db, args, before, after = _door(scene, tmp_path, door)
    assert before != after
    done = False
    for moment in moments:
        _kill(db, args, moment)
        now = _state(db)
        assert now in (before, after), (door, moment)     # all or nothing
        assert not (done and now == before), (door, moment)
        done = now == after
    _run(db, *args)
    assert _state(db) == after, door                       # as one clean run


@pytest.mark.parametrize("door", ["import", "receive", "accept"])
def test_killed_while_it_writes_the_database_is_whole_and_a_second_run_completes(scene, tmp_path, door):
    _killed_then_run_again(scene, tmp_path, door, ["writing"])


@pytest.mark.slow
@pytest.mark.parametrize("door", ["import", "receive", "accept"])
def test_killed_at_several_moments_the_database_is_whole_and_a_second_run_completes(scene, tmp_path, door):
    _killed_then_run_again(scene, tmp_path, door, [0.05, 0.2, 0.5, 1.0, 1.5, "writing", 2.5])


def _padded(source: Path, out: Path, megabytes: int) -> Path:
    """``source`` with a member of ``megabytes`` MB of random bytes added (stored, not compressed)."""
    shutil.copy(source, out)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_STORED) as z:
        z.writestr("xl/media/image1.bin", os.urandom(megabytes * 1024 * 1024))
    return out


@pytest.mark.parametrize("door, megabytes", [
    ("import", 50), ("receive", 50),                                   # over the reader's limit: refused
    pytest.param("import", 45, marks=pytest.mark.slow),                # within it: taken (7 to 9 s each)
    pytest.param("receive", 45, marks=pytest.mark.slow),
])
def test_under_a_memory_limit_a_huge_file_is_taken_or_refused_in_one_line(scene, tmp_path, door, megabytes):
    db, args, before, after = _door(scene, tmp_path, door)
    source = scene["workbook"] if door == "import" else scene["reply"]
    at = args.index(source)
    big = _padded(source, tmp_path / f"big{megabytes}.xlsx", megabytes)
    p = _child(db, *args[:at], big, *args[at + 1:], limit=1 << 30)
    out, err = p.communicate(timeout=120)
    assert "Traceback" not in err and "MemoryError" not in err, err
    if megabytes > 50 - 1:
        assert p.returncode == 2 and err.strip().count("\n") == 0 and "the file is too large" in err, err
        assert _state(db) == before
    else:                     # as the file itself taken, but for its name and its SHA-256 in the history
        assert p.returncode == 0, err
        sha = re.compile(r'"sha256": "[0-9a-f]{64}"')
        assert [sha.sub("S", x.replace(big.name, source.name)) for x in _state(db)] == [sha.sub("S", x)
                                                                                       for x in after]


@pytest.mark.parametrize("door", ["import", "receive", "accept"])
def test_the_same_file_twice_changes_nothing_the_second_time_and_says_so(scene, tmp_path, door):
    db, args, _before, after = _door(scene, tmp_path, door)
    _run(db, *args)
    dump = _state(db)
    assert dump == after
    said = _run(db, *args)
    assert _state(db) == dump
    expected = {"import": "no change: the workbook matches this database",
                "receive": "0 entries proposed (1 already proposed)",       # before: "1 entry proposed"
                "accept": "Accepted 0 proposals."}[door]
    assert expected in said, said
