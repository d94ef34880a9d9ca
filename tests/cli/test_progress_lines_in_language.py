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


def _refusals(store, aid) -> list[str]:
    """The English refusals of the progress follow-up's checks (domain/plan/progress.py,
    results.py) and of its replies and proposals (services/plan/progress_replies.py)."""
    import datetime as dt
    from dataclasses import replace
    from decimal import Decimal

    from capacity_app.domain.plan import progress as pg
    from capacity_app.domain.plan import results as rc
    from capacity_app.services.assessments import ServiceError
    from capacity_app.services.plan import progress_replies as pr

    today = dt.date(2026, 5, 1)
    chain = rc.ResultsChain(indicators=(rc.Indicator("I1", "objective", "", "Share of records"),))
    value = pg.IndicatorValue("I1", "2026", Decimal(3), "")
    calls = [lambda: pg.normalise_period("2026-H3"),
             lambda: pg.check_period("2020", first_year=2025, today=today),
             lambda: pg.check_period("2027", first_year=2025, today=today),
             lambda: pg.check_indicator_value(value, first_year=2025, today=today),
             lambda: pg.check_indicator_value(replace(value, date="2026-13-01"), first_year=2025, today=today),
             lambda: pg.check_indicator_value(replace(value, indicator_id="I9"), first_year=2025, today=today,
                                              chain=chain),
             lambda: pg.parse_value("12,5", "value of indicator I1"),
             lambda: rc.parse_targets("2027:40"),
             lambda: rc.parse_targets("2027=4,5"),
             lambda: rc.parse_year("1800", "baseline year"),
             lambda: rc.set_objective(chain, ""),
             lambda: rc.link(chain, "a1", "O9"),
             lambda: rc.edit_indicator(chain, "I1", id="I2"),
             lambda: pr.send_progress_workbook(store, aid, "2026", INTERIOR, None, lang="xx"),
             lambda: pr.plan_proposals(store, aid, "taken"),
             lambda: pr.accept(store, aid, "9999")]
    out = []
    for call in calls:
        try:
            call()
        except (ValueError, ServiceError) as exc:
            out.append(str(exc))
        else:  # pragma: no cover - each call is refused
            raise AssertionError(call)
    out.append(str(pr._refused("B7", str(_refused_by(pg.check_period, "2020", first_year=2025, today=today)))))
    return out


def _refused_by(fn, *args, **kwargs) -> Exception:
    try:
        fn(*args, **kwargs)
    except ValueError as exc:
        return exc
    raise AssertionError(fn)  # pragma: no cover


# words of these refusals' English that no French or Portuguese sentence has (Arabic, Chinese and
# Russian sentences have no Latin word but the values)
ENGLISH = set("the is not of and give there was or by for with has its it which such after before today year "
              "value outcome outcomes target proposal state nothing received written cannot does be "
              "measured half".split())


def test_the_progress_follow_ups_refusals_are_said_in_the_language(demo_db, tmp_path):
    """The refusals of the progress follow-up (its periods, dates, values, results chain, replies
    and proposals) are said whole in each language: no English word left but the values (ids,
    periods, what the user typed in quotes, the proposal states' codes)."""
    from capacity_app.cli.said import translated
    from capacity_app.domain.institutions.proposals import STATES
    from capacity_app.services.assessments import open_store

    path, aid = demo_db
    shutil.copy(path, tmp_path / "demo.sqlite3")
    with open_store(tmp_path / "demo.sqlite3", backup_dir=tmp_path / "backups") as store:
        lines = _refusals(store, aid)
    text = "\n".join(lines)
    for expected in ("the reporting period '2026-H3' is not a year such as 2026",
                     "the period 2020 is before the plan, which starts in 2025",
                     "give the date the value of indicator I1 was measured",
                     "the date of the value of indicator I1: expected a date YYYY-MM-DD",
                     "the plan's results chain has no indicator 'I9' (its indicators: I1)",
                     "the target '2027:40' is not written YEAR=VALUE", "there is no outcome 'O9' (the outcomes: none yet)",
                     "the overall objective cannot be emptied", "an indicator's id does not change",
                     "'taken': a proposal's state is one of", "B7: the period 2020 is before the plan, which starts "
                     "in 2025; nothing was received"):
        assert expected in text, (expected, text)
    values = re.compile(r"'[^']*'|\b(?:" + "|".join(STATES) + r")\b")
    for lang in ("fr", "ar", "zh", "ru", "pt"):
        for line in lines:
            if "unknown language" in line:  # its list of codes ends "… or pt", written by domain/languages.py
                continue
            said = translated("capacity-app: " + line, lang)
            assert said != "capacity-app: " + line, (lang, line)
            words = WORD.findall(values.sub("", said[len("capacity-app: "):]))
            left = [w for w in words if w in ENGLISH] if lang in ("fr", "pt") else words
            assert left == [], (lang, line, said, left)
