"""The plan's progress on the command line in the user's language (cli/said.py): on the demo, the
main paths of ``actions progress`` (show, set with an overrun, send, receive, proposals, reject,
accept) and the refusals of ``set`` and ``actions request``, run in English and then in each other
language; no line printed in another language is its English line.

A line made only of values (an id, an amount, a date, a file name: no word of two lowercase letters
or more, such as "on" or "track") is the same in every language and is left out of the comparison.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl

from capacity_app.domain.answers import _SAYS
from capacity_app.domain.texts import TEXTS

OTHERS = ["fr", "es", "ar", "zh", "ru", "pt"]
INTERIOR = "Ministry of the Interior, Migration Directorate"
WORD = re.compile(r"(?<![\w./-])[a-z]{2,}(?![\w./-])")


def values_only(line: str) -> bool:
    """A line of values only: no running English word in it (see the module)."""
    return WORD.search(line) is None


def _reply(sent: Path, out: Path, reason: str) -> Path:
    """The interior's workbook sent back with the reason of its first action changed."""
    wb = openpyxl.load_workbook(sent)
    wb.worksheets[1]["H2"].value = reason
    wb.save(out)
    return out


def _run_all(cli_run, aid, folder: Path) -> list[tuple[str, str]]:
    """Each command of the main paths and its output lines, in the language set."""
    import json

    folder.mkdir()
    said: list[tuple[str, str]] = []

    def run(name, *args, code=0):
        r = cli_run(*args)
        assert r.exit_code == code, (name, r.output)
        said.extend((name, line) for line in r.output.splitlines() if line.strip())
        return r

    run("show", "actions", "progress", "show", aid, "2026")
    run("set", "actions", "progress", "set", aid, "4", "2026", "--status", "in_progress",
        "--line", "1: committed=100; disbursed=200; spent=300; note=late invoices")
    run("set again", "actions", "progress", "set", aid, "4", "2026", "--status", "in_progress", code=2)
    run("show after", "actions", "progress", "show", aid, "2026")
    sent = folder / "interior.xlsx"
    run("send", "actions", "progress", "send", aid, "2026", "--institution", INTERIOR, "--out", sent)
    first = _reply(sent, folder / "reply1.xlsx", "The decree is signed; the ministers sign in January")
    run("receive dry", "actions", "progress", "receive", aid, first, "--dry-run")
    run("receive", "actions", "progress", "receive", aid, first)
    run("proposals", "actions", "progress", "proposals", aid)
    (p,) = json.loads(cli_run("actions", "progress", "proposals", aid, "--json").output)["proposals"]
    run("reject", "actions", "progress", "reject", aid, p["id"])
    run("reject again", "actions", "progress", "reject", aid, p["id"], code=2)
    run("proposals rejected", "actions", "progress", "proposals", aid, "--state", "rejected")
    run("receive again", "actions", "progress", "receive", aid, first)
    second = _reply(sent, folder / "reply2.xlsx", "The decree is signed")
    run("receive second", "actions", "progress", "receive", aid, second)
    run("proposals open", "actions", "progress", "proposals", aid)
    (p,) = json.loads(cli_run("actions", "progress", "proposals", aid, "--json").output)["proposals"]
    run("accept none", "actions", "progress", "accept", aid, code=2)
    run("accept", "actions", "progress", "accept", aid, p["id"])
    run("no open", "actions", "progress", "proposals", aid)
    run("set refused", "set", aid, "s1_stock_source", "12", code=2)
    run("request refused", "actions", "request", aid, "--signatory", "government;  ; Minister", code=2)
    run("request form", "actions", "request", aid, "--signatory", "bad", code=2)
    return said


def _cli(tmp_path):
    from click.testing import CliRunner

    from capacity_app.cli import main

    runner = CliRunner()
    db = tmp_path / "cli.sqlite3"

    def run(*args):
        return runner.invoke(main, ["--db", str(db), *map(str, args)], catch_exceptions=False)

    run.db = db
    return run


def _said_in(lang, demo_db, tmp_path, monkeypatch):
    path, aid = demo_db
    cli_run = _cli(tmp_path / lang)
    (tmp_path / lang).mkdir()
    shutil.copy(path, cli_run.db)
    monkeypatch.setenv("CAPACITY_APP_LANG", lang)
    return _run_all(cli_run, aid, tmp_path / lang / "files")


def test_no_line_of_the_progress_commands_stays_in_english(demo_db, tmp_path, monkeypatch):
    en = _said_in("en", demo_db, tmp_path, monkeypatch)
    # the paths said what they are for: an overrun, the refusals, the lines of a reply
    text = "\n".join(line for _, line in en)
    for expected in ("Warning: cost line 1 of action 4: 300 ", "above the 100 committed", "1 entry proposed",
                     "1 entry of this reply was rejected before", "Rejected proposal", "Accepted 1 proposal (",
                     "capacity-app: s1_stock_source: unknown item id", "the signatory's name is empty",
                     "already has its progress for 2026", "give a proposal's number or --all",
                     "No open proposal of the plan's progress", "Progress in 2026 (judged on",
                     "(replaces what is recorded)", "is rejected already"):
        assert expected in text, (expected, text)
    for lang in OTHERS:
        said = _said_in(lang, demo_db, tmp_path, monkeypatch)
        assert [name for name, _ in said] == [name for name, _ in en], lang
        same = [(name, line) for (name, line), (_, english) in zip(said, en, strict=True)
                if line == english and not values_only(english)]
        assert same == [], (lang, same)


def test_values_only_lines_are_told_apart():
    assert values_only("12") and values_only("/tmp/x/reply1.xlsx") and values_only("I5 2026-10-15")
    assert not values_only("Rejected proposal 3.") and not values_only("1. Title - done; on track")


def test_a_refused_value_says_the_entry_the_command_line_translates():
    """domain/answers.py tells a refused value (under the field, in a workbook import, on the command
    line) in the words of the entries cli.answer.*: one English for the window and the command line."""
    for what, texts in _SAYS.items():
        assert texts is TEXTS[f"cli.answer.{what}"]
