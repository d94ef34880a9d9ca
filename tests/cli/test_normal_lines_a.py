"""The normal lines of the core, score, plan, results chain, documents, backups and report commands in
the user's language (cli/said.py, as tests/cli/test_progress_lines_in_language.py holds the progress
commands'): on a copy of the demo, each command is run in English and in another language, in the same
order; a line said in another language keeps none of the fixed English words of its entry.

A line's English fixed words (four letters or more of the entries' English, their placeholders left
out) are counted in the English line and in the other language's line: a line said again in the
language has fewer of them (a word of the user's own text, such as an action's title, stays in both).
A word the language writes as English does ("action" and "validation" in French) is not counted.
"""
from __future__ import annotations

import functools
import json
import re
import shutil

import pytest

from capacity_app.domain.texts import TEXTS, text

# the entries of these commands' normal lines (domain/texts.py)
MINE = ("shown.core.", "shown.backups.", "shown.documents.", "shown.score.", "shown.plan.", "shown.results.",
        "cli.core.")
# commands and options a line names as they are typed ('actions add', --draft, "actions results ID")
TYPED = {"actions", "results", "draft"}
# words each language writes as English does
SAME = {"fr": {"action", "actions", "validation", "sections", "version", "plan", "total", "institutions", "date",
               "national", "budget"},
        "ar": set(), "zh": set()}
# each entry with a value in it: the pieces of its English between the values, and its fixed words
ENTRIES = [([piece for piece in re.split(r"\{\w+\}", entry["en"]) if piece],
            {w.lower() for w in re.findall(r"[A-Za-z]{4,}", re.sub(r"\{\w+\}", " ", entry["en"]))} - TYPED)
           for key, entry in TEXTS.items() if key.startswith(MINE) and "{" in entry["en"]]


def _holds(line: str, pieces: list[str]) -> bool:
    """Whether ``line`` holds the pieces in their order (an entry's English, whatever its values)."""
    at = 0
    for piece in pieces:
        at = line.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


@functools.cache
def fixed_words(en_line: str) -> frozenset[str]:
    """The fixed English words of the entries whose English the English line holds."""
    return frozenset(w for pieces, words in ENTRIES if _holds(en_line, pieces) for w in words)


def _run_all(cli_run, aid: int, folder) -> list[tuple[str, list[str]]]:
    """Each command and the lines it printed (standard output and error), in the language set."""
    evidence = folder / "minutes.txt"
    evidence.write_text("minutes of the meeting\n")
    commands = [
        ("list",), ("list", "--trash"), ("edit", aid), ("status", aid, "draft"), ("status", aid, "in_progress"),
        ("set", aid, "s0_n_interviews", "12", "--comment", "checked"), ("attach", aid, "s0_lead_institution", evidence),
        ("documents", aid), ("detach", aid, "1"), ("documents", aid),
        ("actions", "list", aid), ("actions", "finance", aid), ("actions", "validate", aid, "--history"),
        ("actions", "validate", aid, "--withdraw", "--reason", "a new minister"),
        ("actions", "validate", aid, "--history"),
        ("actions", "validate", aid, "--date", "2026-07-01", "--event", "Workshop", "--institution", "NSO",
         "--approved-by", "Ms X", "--position", "Director"),
        ("actions", "edit", aid, "2", "--title", "New title"), ("actions", "remove", aid, "8"), ("actions", "list", aid),
        ("actions", "results", aid), ("actions", "outcome", "add", aid, "--name", "Better data"),
        ("actions", "outcome", "remove", aid, "O4"), ("actions", "indicator", "edit", aid, "I1", "--name", "Renamed"),
        ("actions", "link", aid, "3", "none"), ("actions", "link", aid, "3", "1"), ("actions", "objective", aid),
        ("backups",), ("check",),
    ]
    out = []
    for args in commands:
        r = cli_run(*args)
        assert r.exit_code == 0, (args, r.output)
        out.append((" ".join(str(a) for a in args if a != evidence), [line for line in r.output.splitlines() if line.strip()]))
    return out


def _said_in(lang, demo_db, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from capacity_app.cli import main

    path, aid = demo_db
    folder = tmp_path / lang
    folder.mkdir()
    db = folder / "demo.sqlite3"
    shutil.copy(path, db)
    monkeypatch.setenv("CAPACITY_APP_LANG", lang)
    runner = CliRunner()
    return _run_all(lambda *a: runner.invoke(main, ["--db", str(db), *map(str, a)], catch_exceptions=False), aid,
                    folder)


def _count(word: str, line: str) -> int:
    return len(re.findall(rf"(?<![A-Za-z]){word}(?![A-Za-z])", line, re.IGNORECASE))


@pytest.fixture(scope="module")
def english(demo_db, tmp_path_factory):
    mp = pytest.MonkeyPatch()
    try:
        return _said_in("en", demo_db, tmp_path_factory.mktemp("en"), mp)
    finally:
        mp.undo()


def test_the_english_lines_stay_as_they_were(english):
    text = "\n".join(line for _, lines in english for line in lines)
    for expected in ("no assessments in the trash", "assessment 1: nothing to change",
                     "assessment 1 (XVL 2026): in_progress -> draft", "saved s0_n_interviews at ",
                     "attached to s0_lead_institution as attachment 1", "detached minutes.txt (",
                     "assessment 1 (XVL 2026): no documents attached", "Validated on 2026-06-18 at ",
                     "Recorded by an unnamed operator; plan version ", "Changed since the validation: 1 action.",
                     "Currency: XOF; USD 1 = EUR 0.9227 (2026-05-01, UN operational rate of exchange)",
                     "USD 1 = XOF 605.25 on 2026-05-01 (UN operational rate of exchange)",
                     "  1. * [high, planned] Publish the existing census", "; owners: National Statistics Office",
                     "     cost: 2026 XOF\xa02,500,000 national budget, secured (committed), staff",
                     "validation withdrawn by an unnamed operator: a new minister",
                     "The validation record is withdrawn: the plan is proposed again.",
                     "The plan of 10 actions is recorded as validated.", "Saved action 2: New title",
                     "Removed: Use mirror data from destination countries for emigrant stocks",
                     "CHANGED AFTER VALIDATION (changed: title)", "REMOVED AFTER VALIDATION: Use mirror data",
                     "Total cost ", "Outcome 1 (O1): ", "   Output: action 2, ", "      indicator I1: ",
                     "; baseline 1 in 2025; targets 2027=3; 2029=6; verified by: ", "Removed outcome O4",
                     "Saved indicator I1", " serves no outcome", " serves outcome O1", "Overall objective: ",
                     " backups, newest first (the 12 newest daily and pre-import ones are kept",
                     "the daily backup no. 1 of ", "database:  ", "integrity: ok", "backups:   1 (newest: the daily"):
        assert expected in text, (expected, text)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_fixed_english_word_in_another_language(english, lang, demo_db, tmp_path, monkeypatch):
    said = _said_in(lang, demo_db, tmp_path, monkeypatch)
    assert [name for name, _ in said] == [name for name, _ in english]
    left = []
    for (name, lines), (_, en_lines) in zip(said, english, strict=True):
        assert len(lines) == len(en_lines), (lang, name, lines, en_lines)
        for line, en_line in zip(lines, en_lines, strict=True):
            kept = [w for w in fixed_words(en_line) - SAME[lang] if 0 < _count(w, en_line) <= _count(w, line)]
            if kept:
                left.append((name, kept, line))
    assert left == [], left


def test_the_plan_in_chinese(demo_db, tmp_path, monkeypatch, english):
    from click.testing import CliRunner

    from capacity_app.cli import main

    path, aid = demo_db
    db = tmp_path / "zh.sqlite3"
    shutil.copy(path, db)
    monkeypatch.setenv("CAPACITY_APP_LANG", "zh")
    r = CliRunner().invoke(main, ["--db", str(db), "actions", "list", str(aid)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    lines = [line for line in r.output.splitlines() if line.strip()]
    en_lines = next(lines for name, lines in english if name == f"actions list {aid}")
    assert len(lines) == len(en_lines)
    left = [(line, w) for line, en_line in zip(lines, en_lines, strict=True) for w in fixed_words(en_line)
            if 0 < _count(w, en_line) <= _count(w, line)]
    assert left == [], left
    assert "货币：XOF；" in r.output and "[高，已计划]" in r.output


def test_the_score_in_french_without_lang(demo_db, monkeypatch):
    """``score`` without --lang speaks the command line's language, its figures as French writes them;
    --json stays English unless --lang says otherwise."""
    from click.testing import CliRunner

    from capacity_app.cli import main

    path, aid = demo_db
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    r = CliRunner().invoke(main, ["--db", str(path), "score", str(aid)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    first, second = r.output.splitlines()[:2]
    assert re.fullmatch(r"Score global \d+,\d/100  .+  \(date de référence .+, règles .+\)", first), first
    assert re.fullmatch(r"Exhaustivité \d+,\d %", second), second
    r = CliRunner().invoke(main, ["--db", str(path), "score", str(aid), "--json"], catch_exceptions=False)
    band = json.loads(r.output)["band"]
    assert band is not None and band["label"] == text(f"band.{band['code']}", "en")
