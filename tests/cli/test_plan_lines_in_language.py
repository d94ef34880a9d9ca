"""The plan's commands on the command line in the user's language (cli/said.py), as the progress
commands are (tests/cli/test_progress_lines_in_language.py): on the demo, ``actions request``,
``next-round``, ``actions achieved`` and ``actions compare`` and the refusals of the plan's options,
services and rounds, run in English and then in each other language; no line printed in another
language is its English line, and no "None" reaches a user.

A line made only of values (an id, an amount, a date: no word of two lowercase letters or more)
is the same in every language and is left out of the comparison.
"""
from __future__ import annotations

import re
import shutil

OTHERS = ["fr", "es", "ar", "zh", "ru", "pt"]
WORD = re.compile(r"(?<![\w./-])[a-z]{2,}(?![\w./-])")


# the donors' fields of the funding request (risks, indicators, procurement packages) are printed by
# ``actions request`` as they are being added to it, in English for now: left out until they have entries
# an action listed by ``compare`` is its title as the user typed it ("  - TITLE"); a late one says its end in the language
USERS = ("  - ",)


def _english_words(line: str) -> bool:
    return WORD.search(line) is not None and not line.startswith(USERS)


def _run_all(cli_run, aid: int) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []

    def run(name, *args, code=0):
        r = cli_run(*args)
        assert r.exit_code == code, (name, r.output)
        said.extend((name, line) for line in r.output.splitlines() if line.strip())
        return r

    run("request", "actions", "request", aid)
    new = run("next-round", "next-round", aid, "--reference-date", "2027-10-01").output.strip()
    run("achieved", "actions", "achieved", new)
    run("compare", "actions", "compare", new)
    run("compare none", "actions", "compare", aid, "--with", aid, code=2)
    run("round taken", "next-round", aid, "--round", "2027", code=2)
    run("bad date", "next-round", aid, "--reference-date", "2026-13-01", code=2)
    run("no title", "actions", "add", aid, code=2)
    run("nothing", "actions", "edit", aid, "1", code=2)
    run("no action", "actions", "edit", aid, "zzzzzz", "--title", "x", code=2)
    run("cost head", "actions", "add", aid, "--title", "X", "--cost", "bad", code=2)
    run("cost part", "actions", "add", aid, "--title", "X", "--cost", "2027=1 XOF; foo", code=2)
    # a cost's own refusals (domain/plan/cost.py), said whole after "cost '…': " or "cost line 1: "
    run("cost amount", "actions", "add", aid, "--title", "X", "--cost", "2027=12,5 XOF", code=2)
    run("cost executed", "actions", "add", aid, "--title", "X", "--cost", "2027=10 XOF; executed=-3", code=2)
    run("cost partner", "actions", "add", aid, "--title", "X", "--cost", "2027=10 XOF; partner", code=2)
    run("rate", "actions", "finance", aid, "--rate", "bad", code=2)
    run("no rate", "actions", "finance", aid, "--remove-rate", "ZZZ", code=2)
    run("priority", "actions", "edit", aid, "1", "--priority", "urgent", code=2)
    run("status", "actions", "edit", aid, "1", "--status", "x", code=2)
    run("validation", "actions", "validate", aid, "--date", "2026-01-01", code=2)
    return said


def _said_in(lang, demo_db, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from capacity_app.cli import main

    path, aid = demo_db
    db = tmp_path / f"{lang}.sqlite3"
    shutil.copy(path, db)
    runner = CliRunner()
    monkeypatch.setenv("CAPACITY_APP_LANG", lang)
    return _run_all(lambda *a: runner.invoke(main, ["--db", str(db), *map(str, a)], catch_exceptions=False), aid)


def test_no_line_of_the_plans_commands_stays_in_english(demo_db, tmp_path, monkeypatch):
    en = _said_in("en", demo_db, tmp_path, monkeypatch)
    text = "\n".join(line for _, line in en)
    for expected in ("National part committed by: ", "Signatory, partner (European Union): ",
                     "What the 2026 plan achieved (assessment ", "Round 2026 (assessment ",
                     "Done since: ", "In all: ", "(unchanged)",
                     "reference date: expected a date YYYY-MM-DD, got '2026-13-01'",
                     "already has an assessment for round 2027", "give the action a --title",
                     "no action 'zzzzzz' in the plan", "cost 'bad': start with YEAR=AMOUNT",
                     "'foo' is not one of national", "the amount '12,5' is not an amount",
                     "the amount executed -3 is negative", "cost line 1: a cost funded by a development partner",
                     "rate 'bad': write CODE=", "the plan has no exchange rate for 'ZZZ'",
                     "priority 'urgent': high, medium or low", "status 'x': one of planned",
                     "a validation needs --event", "are not two rounds of one country"):
        assert expected in text, (expected, text)
    assert "None" not in text
    for lang in OTHERS:
        said = _said_in(lang, demo_db, tmp_path, monkeypatch)
        assert [name for name, _ in said] == [name for name, _ in en], lang
        assert "None" not in "\n".join(line for _, line in said), lang
        same = [(name, line) for (name, line), (_, english) in zip(said, en, strict=True)
                if line == english and _english_words(english)]
        assert same == [], (lang, same)


def test_a_refusal_inside_another_is_said_whole():
    """A refusal that names a part of the input and holds another refusal ("reference date: expected a
    date …") is said in the language as a whole, the inner one inside it."""
    from capacity_app.cli.said import translated

    line = "capacity-app: reference date: expected a date YYYY-MM-DD, got '2026-13-01'"
    assert translated(line, "fr") == "capacity-app: date de référence : une date AAAA-MM-JJ est attendue, et non '2026-13-01'"
    assert translated(line, "en") == line
