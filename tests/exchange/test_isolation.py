"""Untrusted files are read in processes that cannot take this one down (exchange/outside/isolation.py):
a reading process that aborts, runs out of memory or out of time is told as a refusal;
aggregation lists a file that killed its worker as rejected, reads the other files and writes its
output; the command line's import says it in one line, the database unchanged."""
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from capacity_app import jobs
from capacity_app.exchange.aggregate import run as aggregation
from capacity_app.exchange.aggregate import extract as aggregate_extract
from capacity_app.exchange.workbook import importer
from capacity_app.exchange.institutions import reply as institution_reply
from capacity_app.exchange.workbook.importer import WorkbookError
from capacity_app.exchange.outside.isolation import MB, ChildFailed, run_isolated
from capacity_app.services.assessments import open_store

from break_first_worker import aborting_extract  # aggregation's reading, ending its process on abort.xlsx
from exchange_helpers import dump

_REAL_READ = importer.read_workbook


def _aborting_read(path, questionnaire, progress=None, cancelled=None, **kwargs):
    os.abort()


def _slow(progress=None, cancelled=None):
    while True:
        jobs.check(cancelled)
        time.sleep(0.05)


def _greedy():
    return len(bytearray(1500 * MB))


def _abort_on_one_file(monkeypatch):
    """Every reading of abort.xlsx ends its process: in a worker, and read again alone."""
    monkeypatch.setattr(aggregation, "_extract", aborting_extract)
    monkeypatch.setattr(aggregate_extract, "extract", aborting_extract)


def _parent() -> int:
    return os.getppid()


@pytest.mark.skipif(os.name != "posix", reason="Windows spawns the reading child")
def test_a_reading_child_is_forked_from_a_server_not_from_this_process():
    """Not a child of this process (which holds the window's threads and database): a child of
    multiprocessing's fork server (which imported the reader once, isolation.PRELOAD), the same
    server for every read."""
    first = run_isolated(_parent, job=False)
    assert first != os.getpid() and run_isolated(_parent, job=False) == first


def _sentences_without_reading() -> tuple[list[str], dict[str, str]]:
    """In a reading child: each catalogued language's name of a band, and the languages whose
    catalogue had to be read for it."""
    from capacity_app.domain import texts
    from capacity_app.domain.languages import CATALOGUED

    read: list[str] = []
    texts._reader = lambda lang: read.append(lang) or {}  # this child's own: it ends with the call
    return read, {lang: texts.text("band.meets", lang) for lang in CATALOGUED}


@pytest.mark.skipif(os.name != "posix", reason="Windows spawns the reading child")
def test_a_reading_child_has_the_catalogued_sentences_without_reading_them():
    """The fork server reads the sentences of every catalogued language once
    (exchange/outside/server.py, in isolation.PRELOAD): a child forked from it, which matches a
    workbook's headers against their labels in every language, reads no catalogue itself, and has
    the same sentences as this process reads."""
    from capacity_app.domain import texts
    from capacity_app.domain.languages import CATALOGUED

    read, names = run_isolated(_sentences_without_reading, job=False)
    assert read == []
    assert names == {lang: texts.text("band.meets", lang) for lang in CATALOGUED}
    assert all(names[lang] != texts.text("band.meets", "en") for lang in CATALOGUED)


def test_result_and_the_childs_own_refusal(rich, qn):
    _, _, src = rich
    plan = run_isolated(importer.read_workbook, str(src), qn)
    assert plan.answers
    with pytest.raises(WorkbookError, match="no such file") as exc:
        run_isolated(importer.read_workbook, str(src) + ".missing", qn)
    assert exc.value.problems == [("", "", "no such file")]  # the child's exception, whole


@pytest.mark.parametrize("fn,kwargs,match", [
    (os.abort, {"job": False}, r"ended the reading process \(SIGABRT\)"),
    (_greedy, {"job": False}, "more memory than a workbook may take"),
    (time.sleep, {"job": False, "wall_seconds": 1.5}, "took longer than 2 s"),
], ids=["abort", "memory", "time"])
def test_a_reading_process_that_dies_is_a_refusal(fn, kwargs, match):
    args = (600,) if fn is time.sleep else ()
    with pytest.raises(ChildFailed, match=match) as exc:
        run_isolated(fn, *args, path="x.xlsx", **kwargs)
    assert str(exc.value).startswith("x.xlsx: ")


def test_a_cancel_ends_the_reading_process():
    t0 = time.monotonic()
    with pytest.raises(jobs.Cancelled):
        run_isolated(_slow, cancelled=lambda: time.monotonic() - t0 > 1.0)  # _slow never ends by itself


def test_aggregate_lists_a_file_that_killed_its_worker_and_goes_on(rich, tmp_path, monkeypatch):
    """The worker dies on one file: the files it held are read again each alone, the file that
    ends that process too is rejected (never read again in this process), the rest accepted, the
    output written."""
    _, _, src = rich
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.xlsx", "b.xlsx", "abort.xlsx", "c.xlsx", "d.xlsx"):
        shutil.copy(src, folder / name)
    _abort_on_one_file(monkeypatch)
    out = tmp_path / "all.xlsx"
    rep = aggregation.aggregate([folder], out, workers=2)
    status = {os.path.basename(f.path): (f.status, f.reason) for f in rep.files}
    assert status["abort.xlsx"][0] == "rejected"
    assert "ended the reading process (SIGABRT)" in status["abort.xlsx"][1]
    assert {s for name, (s, _) in status.items() if name != "abort.xlsx"} == {"accepted", "superseded"}
    assert out.is_file()
    assert any("a worker process stopped" in w for w in rep.warnings)


def test_a_worker_ended_by_its_first_file_while_the_next_starts_leaves_no_aggregation_waiting(rich, tmp_path):
    """The first worker dies on its first file while the second is still being started (a
    spawned worker's start waits until it has unpickled the questionnaire): on Python 3.11,
    ProcessPoolExecutor never terminated that second worker, which blocked sending a result
    nobody read, and the aggregation waited for it for ever (exchange/isolation.Pool). Run in a
    process of its own with a thread besides its main one, as the window's, so that the pool
    spawns; a hang fails here after 60 s."""
    _, _, src = rich
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("0-abort.xlsx", "a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"):
        shutil.copy(src, folder / name)
    script = Path(__file__).with_name("break_first_worker.py")
    run = subprocess.run([sys.executable, str(script), str(folder), str(tmp_path / "all.xlsx")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-3000:]
    status = json.loads(run.stdout.splitlines()[-1])
    assert status["0-abort.xlsx"][0] == "rejected"
    assert "ended the reading process (SIGABRT)" in status["0-abort.xlsx"][1]
    assert {s for name, (s, _) in status.items() if name != "0-abort.xlsx"} == {"accepted", "superseded"}
    assert (tmp_path / "all.xlsx").is_file()


def test_aggregate_of_one_file_reads_it_in_a_process_of_its_own(rich, tmp_path, monkeypatch):
    _, _, src = rich
    shutil.copy(src, tmp_path / "abort.xlsx")
    _abort_on_one_file(monkeypatch)
    rep = aggregation.aggregate([tmp_path / "abort.xlsx"], tmp_path / "one.xlsx", workers=2)
    assert rep.rejected == 1 and (tmp_path / "one.xlsx").is_file()


def test_cli_import_of_a_file_that_ends_its_reader(rich, tmp_path, cli_run, monkeypatch):
    _, _, src = rich
    open_store(cli_run.db).close()  # an empty database (a read command creates none)
    before = dump(cli_run.db)
    # the import's read in its child process: an institution's reply or any other workbook
    monkeypatch.setattr(institution_reply, "read_reply_or_plan", _aborting_read)
    r = cli_run("import", src)
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "ended the reading process (SIGABRT)" in r.output and len(r.output.strip().splitlines()) == 1
    assert dump(cli_run.db) == before


UNGUARDED = """import os
from capacity_app.exchange.outside.isolation import run_isolated
print(run_isolated(os.getpid, job=False))  # at the top level: no `if __name__ == "__main__":`
"""


def test_a_script_that_reads_at_its_top_level_is_told_the_rule_not_a_broken_pipe(tmp_path):
    """Python prepares each reading process by importing the script that started it: an unguarded
    script starts its reading again inside it, which Python stops. The script is told why, in one
    line (it was "Broken pipe", blaming the output file); the same script guarded runs."""
    script = tmp_path / "consolidate.py"
    script.write_text(UNGUARDED, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    res = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env,
                         cwd=tmp_path)
    assert res.returncode == 1
    last = res.stderr.strip().splitlines()[-1]
    assert last.startswith("capacity_app.exchange.outside.isolation.ReaderCannotStart: a reading process ended")
    assert 'the script consolidate.py starts this at its top level: call it under if __name__ == "__main__":' in last
    assert "Broken pipe" not in last
    guarded = UNGUARDED.replace("print(run_isolated", 'if __name__ == "__main__":\n    print(run_isolated')
    script.write_text(guarded, encoding="utf-8")
    res = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env,
                         cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert int(res.stdout) != os.getpid()


def test_the_rule_is_said_only_to_a_script_of_its_own():
    from types import SimpleNamespace

    from capacity_app.exchange.outside.isolation import not_started_message

    script = SimpleNamespace(__file__="/home/unsd/consolidate.py", __spec__=None)
    cli = SimpleNamespace(__file__="/app/capacity_app/__main__.py", __spec__=SimpleNamespace(name="capacity_app.__main__"))
    shell = SimpleNamespace(__spec__=None)  # the interactive interpreter: no file
    assert "consolidate.py starts this at its top level" in not_started_message(script)
    for main in (cli, shell):
        assert not_started_message(main) == ("a reading process ended while it was being started, before it "
                                             "read anything; nothing was read")


def test_aggregation_stops_when_no_reader_starts_and_refuses_a_file_that_ends_one(monkeypatch, tmp_path):
    from capacity_app.exchange.outside import isolation
    from capacity_app.exchange.aggregate.extract import Rejected, extract_alone

    book = tmp_path / "KEN.xlsx"
    book.write_bytes(b"PK")

    def reading_raises(error):
        def run(*_a, **_k):
            raise error
        monkeypatch.setattr(isolation, "run_isolated", run)

    reading_raises(isolation.ReaderCannotStart(str(book)))
    with pytest.raises(isolation.ReaderCannotStart, match="before it read anything"):
        extract_alone(str(book), ())
    reading_raises(ChildFailed(str(book), "it ended its process"))
    assert isinstance(extract_alone(str(book), ()), Rejected)
