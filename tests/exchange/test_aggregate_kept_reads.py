"""A run after another over the same files (the window's cross-country view, then its export; the
aggregation dialog's check, then its run) reads again only what changed: a file whose bytes
changed, or every file when the labels' language changed. What it writes is what a run reading
every file writes."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    """Five country workbooks: the demo's answers for four countries, one of them in French, and
    Ghana without any answer; and a second export of Kenya with other answers (the same size is
    not promised: it is the bytes that decide)."""
    from dataclasses import replace

    from capacity_app.catalog.loader import load_bundled
    from capacity_app.services.assessments import new_assessment, open_store
    from capacity_app.services.demo import demo_answers
    from capacity_app.services.exchange import export_workbook

    q = load_bundled()
    folder = tmp_path_factory.mktemp("kept-reads")
    answers = demo_answers(q)
    books = []
    with open_store(folder / "db.sqlite3", backup_dir=folder / "backups") as store:
        for country, given, lang in (("SEN", answers, "fr"), ("KEN", answers, "en"), ("NGA", answers, "en"),
                                     ("TZA", answers, "en"), ("GHA", [], "en")):
            aid = new_assessment(store, q, country=country, round=2026).id
            if given:
                store.replace_answers(aid, given, note="test")
            books.append(folder / f"{country}.xlsx")
            export_workbook(store, aid, books[-1], lang=lang)
            if country == "KEN":
                store.replace_answers(aid, [replace(a, comment="changed after the first export") for a in answers],
                                      note="test")
                export_workbook(store, aid, folder / "KEN-changed.xlsx", lang=lang)
    return folder, books


def _sheets(path, generated: str) -> dict:
    """Every sheet's values, the run's time stamp left out."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(None if v == generated else v for v in row) for row in ws.iter_rows(values_only=True)]
                for ws in wb.worksheets}
    finally:
        wb.close()


@pytest.mark.parametrize("workers", [0, 2], ids=["in this process", "two workers"])
def test_a_second_run_reads_only_what_changed_and_writes_the_same(workbooks, tmp_path, monkeypatch, workers):
    from capacity_app.exchange.aggregate import extract, run

    folder, books = workbooks
    work = [shutil.copyfile(b, tmp_path / b.name) for b in books]
    read: list[str] = []
    extract_file = extract.extract

    def counted(path):
        read.append(path)
        return extract_file(path)

    monkeypatch.setattr(run, "_extract", counted)  # read in this process when workers=0
    kept = run.KeptReads()
    first = run.aggregate(work, None, workers=0, today=TODAY, kept_reads=kept)  # the view: nothing written
    assert len(read) == len(work) and first.accepted == len(work)

    read.clear()
    out = tmp_path / "kept.xlsx"
    again = run.aggregate(work, out, workers=workers, today=TODAY, kept_reads=kept)
    assert read == [] and again.accepted == len(work)
    every = run.aggregate(work, tmp_path / "every.xlsx", workers=0, today=TODAY)  # no earlier reads
    assert _sheets(out, again.generated) == _sheets(tmp_path / "every.xlsx", every.generated)

    # one file's bytes changed: that file only is read again, and what it now says is taken
    shutil.copyfile(folder / "KEN-changed.xlsx", work[1])
    read.clear()
    changed = run.aggregate(work, tmp_path / "changed.xlsx", workers=0, today=TODAY, kept_reads=kept)
    assert read == [str(work[1])]
    fresh = run.aggregate(work, tmp_path / "fresh.xlsx", workers=0, today=TODAY)
    assert _sheets(tmp_path / "changed.xlsx", changed.generated) == _sheets(tmp_path / "fresh.xlsx", fresh.generated)

    # the labels in another language: every file read again
    read.clear()
    run.aggregate(work, None, workers=0, today=TODAY, lang="fr", kept_reads=kept)
    assert sorted(read) == sorted(map(str, work))


def test_a_file_refused_is_read_again(workbooks, tmp_path, monkeypatch):
    from capacity_app.exchange.aggregate import extract, run

    _folder, books = workbooks
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a workbook")
    work = [shutil.copyfile(books[0], tmp_path / books[0].name), bad]
    read: list[str] = []
    extract_file = extract.extract
    monkeypatch.setattr(run, "_extract", lambda path: read.append(path) or extract_file(path))
    kept = run.KeptReads()
    run.aggregate(work, None, workers=0, today=TODAY, kept_reads=kept)
    read.clear()
    rep = run.aggregate(work, None, workers=0, today=TODAY, kept_reads=kept)
    assert read == [str(bad)] and rep.accepted == 1 and rep.rejected == 1


def test_a_pipe_in_a_kept_file_s_place_is_never_opened(workbooks, tmp_path):
    """Only a file of the kept size is hashed: a pipe (size 0) put in a kept file's place is
    refused by the reading, as in any run, and the run does not wait on it."""
    import os

    from capacity_app.exchange.aggregate import run

    _folder, books = workbooks
    path = shutil.copyfile(books[0], tmp_path / books[0].name)
    kept = run.KeptReads()
    run.aggregate([path], None, workers=0, today=TODAY, kept_reads=kept)
    path.unlink()
    os.mkfifo(path)
    rep = run.aggregate([path], None, workers=0, today=TODAY, kept_reads=kept)
    assert rep.accepted == 0 and rep.rejected == 1


def test_a_pipe_among_the_workbooks_is_refused_in_one_line_by_the_command(workbooks, tmp_path):
    """Given to `capacity-app aggregate` among three workbooks (read by two workers), a named pipe
    is refused, the others consolidated: its refusal once waited for a writer that never came."""
    import os
    import subprocess
    import sys

    _folder, books = workbooks
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    given = [str(pipe)] + [str(shutil.copyfile(b, tmp_path / b.name)) for b in books[:3]]
    env = dict(os.environ, CAPACITY_APP_DATA=str(tmp_path / "data"))
    r = subprocess.run([sys.executable, "-m", "capacity_app", "aggregate", *given, "--xlsx", str(tmp_path / "out.xlsx"),
                        "--quiet"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert f"rejected: {pipe}:" in r.stdout and "not a regular file" in r.stdout, r.stdout
    assert "3 accepted, 1 rejected" in r.stdout, r.stdout


def test_what_is_kept_is_the_last_run_s_files_only(workbooks, tmp_path):
    from capacity_app.exchange.aggregate import run

    _folder, books = workbooks
    first = [shutil.copyfile(b, tmp_path / b.name) for b in books[:2]]
    other = tmp_path / "other"
    other.mkdir()
    second = [shutil.copyfile(b, other / b.name) for b in books[2:4]]
    kept = run.KeptReads()
    run.aggregate(first, None, workers=0, today=TODAY, kept_reads=kept)
    run.aggregate(second, None, workers=0, today=TODAY, kept_reads=kept)
    assert sorted(kept._kept) == sorted(str(p.resolve()) for p in second)
