"""The analyst's answers.csv is made file by file while the workbooks are read (the main process
otherwise waits for the workers then) and copied in the Summary's order at the end: the same
bytes as when every line is made at the end from the spooled rows, whatever the order the files
are read in, with formulas, line breaks, other scripts and an assessment without answers."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

HOSTILE_COMMENTS = ["=HYPERLINK(\"http://example.org\")", "+33 1 23", "-5 staff", "@SUM(A1)",
                    "first line\r\nsecond line", "\tindented", "« Données » سجلّات 登记册", "a,b;\"c\""]


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    """Four country workbooks, named so that the order they are given in is not the Summary's:
    the demo's answers with hostile comments (Senegal, French), the demo's answers as they are
    (Kenya, Arabic), another round of Kenya, and Ghana without any answer."""
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.services.assessments import new_assessment, open_store
    from capacity_app.services.demo import demo_answers
    from capacity_app.services.exchange import export_workbook

    q = load_bundled()
    folder = tmp_path_factory.mktemp("answers-lines")
    answers = demo_answers(q)
    hostile = [replace(a, comment=HOSTILE_COMMENTS[i % len(HOSTILE_COMMENTS)]) if i % 3 == 0 else a
               for i, a in enumerate(answers)]
    books = []
    with open_store(folder / "db.sqlite3", backup_dir=folder / "backups") as store:
        for name, country, rnd, given, lang in (("z-sen", "SEN", 2026, hostile, "fr"), ("y-ken", "KEN", 2026, answers, "ar"),
                                                ("x-ken", "KEN", 2022, answers, "en"), ("w-gha", "GHA", 2026, [], "en")):
            aid = new_assessment(store, q, country=country, round=rnd).id
            if given:
                store.replace_answers(aid, given, note="test")
            books.append(folder / f"{name}.xlsx")
            export_workbook(store, aid, books[-1], lang=lang)
    return folder, books


def _answers_csv(folder, books, name: str) -> bytes:
    from capacity_app.exchange.aggregate.run import aggregate

    bundle = folder / name
    rep = aggregate(books, folder / f"{name}.xlsx", bundle_dir=bundle, workers=0, today=dt.date(2026, 11, 20))
    assert [r.country for r in rep.rounds if r.n_rows] and len(rep.rounds) == 4
    return (bundle / "csv" / "answers.csv").read_bytes()


def test_the_lines_made_while_reading_are_those_made_at_the_end(workbooks, monkeypatch):
    from capacity_app.exchange.aggregate import bundle

    folder, books = workbooks
    made: list[int] = []
    add = bundle.AnswersLines.add

    def counted(self, record, data):
        made.append(id(record))
        add(self, record, data)

    monkeypatch.setattr(bundle.AnswersLines, "add", counted)
    while_reading = _answers_csv(folder, books, "while-reading")
    assert len(set(made)) == 4  # every file's lines made as it was read
    monkeypatch.setattr(bundle.AnswersLines, "add", lambda self, record, data: None)
    at_the_end = _answers_csv(folder, books, "at-the-end")  # every round's lines made from the spool
    assert while_reading == at_the_end
    text = while_reading.decode("utf-8")
    assert text.count("\r\n") > 1000 and "'=HYPERLINK(" in text and "'@SUM(A1)" in text and "登记册" in text
    # in the Summary's order: Ghana (no answers: no line), then Kenya 2022, Kenya 2026, Senegal
    lines = text.split("\r\n")
    countries = [line.split(",", 1)[0] for line in lines[1:] if line[:3] in ("KEN", "SEN", "GHA")]
    assert countries == sorted(countries) and "GHA" not in countries and countries[-1] == "SEN"


def _left_behind(folder) -> list[str]:
    """What a stopped run left: its bundle, its workbook, a half bundle beside them, or its own
    temporary folder (the spool and the lines made while reading)."""
    import os
    import tempfile

    from capacity_app.exchange.aggregate.pool import RUN_PREFIX

    mine = [p.name for p in Path(tempfile.gettempdir()).glob(f"{RUN_PREFIX}{os.getpid()}-*")]
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(("stopped", ".bundle-"))) + mine


@pytest.mark.parametrize("when", ["reading", "writing answers.csv"])
def test_a_run_stopped_while_the_lines_are_made_leaves_nothing(workbooks, monkeypatch, when):
    """Cancelled after two files' lines were made while reading, or once answers.csv has its first
    country's lines: no bundle, no workbook, no half bundle, no temporary file of the run."""
    from capacity_app import jobs
    from capacity_app.exchange.aggregate import bundle
    from capacity_app.exchange.aggregate.run import aggregate

    folder, books = workbooks
    calls: list[int] = []
    name = "add" if when == "reading" else "lines_of"
    original = getattr(bundle.AnswersLines, name)

    def counted(self, *args):
        calls.append(1)
        return original(self, *args)

    monkeypatch.setattr(bundle.AnswersLines, name, counted)
    stop_after = 2 if when == "reading" else 1
    with pytest.raises(jobs.Cancelled):
        aggregate(books, folder / "stopped.xlsx", bundle_dir=folder / "stopped", workers=0,
                  cancelled=lambda: len(calls) >= stop_after, today=dt.date(2026, 11, 20))
    assert len(calls) == stop_after
    assert _left_behind(folder) == []
