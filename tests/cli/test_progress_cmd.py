"""``capacity-app actions progress``: set, value, remove, show; bad input one line,
exit 2, nothing written; the validated plan never amended."""
import json


def _plan(cli_run):
    aid = cli_run("new", "--country", "KEN", "--round", "2024").output.strip()
    for title, costs in (("Census questions", ("2024=40000 USD; partner=IOM; secured", "2024=12000000 KES; secured")),
                         ("Survey", ("2025=5000 USD; partner=World Bank",))):
        r = cli_run("actions", "add", aid, "--title", title, "--owner", "NSO", "--start", "2024-Q1",
                    "--end", "2025-Q4", *[x for c in costs for x in ("--cost", c)])
        assert r.exit_code == 0, r.output
    return aid


def test_progress_set_show_and_the_plan_untouched(cli_run):
    aid = _plan(cli_run)
    before = json.loads(cli_run("actions", aid, "--json").output)
    r = cli_run("actions", "progress", "set", aid, "1", "2024", "--status", "in progress", "--started", "2024-02-01",
                "--reason", "the census office's budget came late", "--line",
                "1: committed=40000; disbursed=40000; spent=8000", "--line", "2: disbursed=6000000; spent=3000000")
    assert r.exit_code == 0, r.output
    assert "Recorded the progress of \"Census questions\" for 2024 (2 cost lines)." in r.output
    r = cli_run("actions", "progress", "set", aid, "2", "2024", "--status", "planned", "--reason", "no firm yet")
    assert r.exit_code == 0, r.output
    after = json.loads(cli_run("actions", aid, "--json").output)
    assert after["actions"] == before["actions"]
    data = json.loads(cli_run("actions", "progress", "show", aid, "2024", "--json").output)
    assert [a["standing"] for a in data["actions"]] == ["at_risk", "off_track"]   # USD 0.5 - 0.2; not started
    assert data["counts"]["at_risk"] == 1 and data["counts"]["off_track"] == 1
    iom = next(p for p in data["partners"] if p["funder"] == "IOM")
    assert (iom["pledged"], iom["committed"], iom["disbursed"], iom["spent"]) == ("40000", "40000", "40000", "8000")
    assert data["totals"]["KES"] == {"pledged": "12000000", "committed": "0", "disbursed": "6000000",
                                     "spent": "3000000"}
    text = cli_run("actions", "progress", "show", aid).output
    assert "Progress in 2024" in text and "Reason: the census office's budget came late" in text


def test_progress_bad_input_is_one_line_exit_2_nothing_written(cli_run):
    aid = _plan(cli_run)
    cases = [
        (("set", aid, "1", "2023", "--status", "planned"), "the period 2023 is before the plan, which starts in 2024"),
        (("set", aid, "1", "2999", "--status", "planned"), "the reporting period '2999' is not a year"),
        (("set", aid, "1", "2100", "--status", "planned"), "the period 2100 has not begun"),
        (("set", aid, "7", "2024", "--status", "planned"), "no action '7' in the plan"),
        (("set", aid, "1", "2024", "--status", "late"), "is not one of planned, in_progress, done, dropped"),
        (("set", aid, "1", "2024", "--status", "planned", "--line", "1: disbursed=10; spent=12"),
         "12 USD spent to date is more than the 10 disbursed to date: add a note saying why"),
        (("set", aid, "1", "2024", "--status", "planned", "--line", "1: paid=3"), "is not committed=, disbursed="),
        (("set", aid, "1", "2024", "--status", "planned", "--line", "1: spent=1,5"), "is not a number"),
        (("value", aid, "ind-1", "2024", "--value", "abc", "--date", "2024-05-01"), "is not a number"),
        (("remove", aid, "1", "2024"), "has no progress for 2024"),
        (("show", aid), "has no progress recorded yet"),
    ]
    for args, words in cases:
        r = cli_run("actions", "progress", *args)
        assert r.exit_code == 2 and words in r.output and r.output.count("\n") == 1, (args, r.output)
    assert json.loads(cli_run("actions", "progress", "show", aid, "2024", "--json").output)["actions"][0]["entry"] is None


def test_a_period_reported_twice_needs_replace_and_remove_keeps_history(cli_run):
    aid = _plan(cli_run)
    assert cli_run("actions", "progress", "set", aid, "1", "2024", "--status", "planned").exit_code == 0
    r = cli_run("actions", "progress", "set", aid, "1", "2024", "--status", "in_progress")
    assert r.exit_code == 2 and "already has its progress for 2024: replace it" in r.output
    r = cli_run("actions", "progress", "set", aid, "1", "2024", "--status", "in_progress", "--replace", "--json")
    assert r.exit_code == 0 and json.loads(r.output)["status"] == "in_progress"
    r = cli_run("actions", "progress", "set", aid, "1", "2024-H2", "--status", "in_progress")
    assert r.exit_code == 2 and "overlaps 2024-H2" in r.output
    r = cli_run("actions", "indicator", "add", aid, "--action", "1", "--name", "Core questions tested",
                "--baseline", "0", "--baseline-year", "2023", "--target", "2024=10")
    assert r.exit_code == 0 and r.output.strip() == "I1", r.output
    r = cli_run("actions", "progress", "value", aid, "outcome-1.ind-2", "2024", "--value", "3", "--date", "2024-06-30")
    assert r.exit_code == 2 and r.output == ("capacity-app: the plan's results chain has no indicator 'outcome-1.ind-2' "
                                             "(its indicators: I1)\n"), r.output
    assert cli_run("actions", "progress", "value", aid, "I1", "2024", "--value", "-3.5",
                   "--date", "2024-06-30", "--source", "LFS").exit_code == 0
    assert cli_run("actions", "progress", "remove", aid, "1", "2024").exit_code == 0
    data = json.loads(cli_run("actions", "progress", "show", aid, "2024", "--json").output)
    assert data["actions"][0]["entry"] is None
    assert data["indicator_values"] == [{"indicator": "I1", "period": "2024", "value": "-3.5",
                                         "date": "2024-06-30", "source": "LFS"}]
    assert data["indicators"] == [{"id": "I1", "level": "output", "parent": data["actions"][0]["id"],
                                   "name": "Core questions tested", "target": "10", "value": "-3.5",
                                   "standing": "off_track"}]
    assert "Indicator I1 (Core questions tested): target 10, -3.5 on 2024-06-30; off track" in cli_run(
        "actions", "progress", "show", aid, "2024").output


def test_next_round_and_what_the_plan_achieved(cli_run):
    aid = _plan(cli_run)
    assert cli_run("actions", "edit", aid, "1", "--pq", "A, I").exit_code == 0
    assert cli_run("actions", "progress", "set", aid, "1", "2024-H1", "--status", "planned").exit_code == 0
    assert cli_run("actions", "progress", "set", aid, "1", "2024-H2", "--status", "dropped", "--reason",
                   "the census was postponed").exit_code == 0
    r = cli_run("next-round", aid, "--round", "2026", "--reference-date", "2026-01-15")
    assert r.exit_code == 0, r.output
    new = r.output.strip()
    assert new != aid
    r = cli_run("next-round", aid, "--round", "2026")
    assert r.exit_code == 2 and "already has an assessment for round 2026" in r.output
    data = json.loads(cli_run("actions", "achieved", new, "--json").output)
    assert data["earlier"]["id"] == int(aid) and data["later"]["id"] == int(new)
    first, second = data["actions"]
    assert (first["outcome"], first["period"], first["reason"]) == ("dropped", "2024-H2", "the census was postponed")
    assert [g["policy_question"] for g in first["gaps"]] == ["A", "I"]
    assert all(g["trend"] for g in first["gaps"]) and second["period"] == "" and second["gaps"] == []
    # the new round carries the plan, not its progress: that stays with the plan it followed
    assert json.loads(cli_run("actions", "progress", "show", aid, "2024", "--json").output)["actions"][0]["reported"]
    assert cli_run("actions", "progress", "show", new).exit_code == 2
    text = cli_run("actions", "achieved", new).output
    assert "What the 2024 plan achieved" in text and "Reason: the census was postponed" in text


def _content(db) -> list[str]:
    """Every row of every table of the database file, as SQL."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_the_issue_s_bad_input_list_is_one_line_each_and_changes_nothing(cli_run):
    """The "Bad input", through the command line: a value for a period before the plan or
    after today, money spent above money disbursed without a note, a period reported twice, an
    indicator the plan does not have; each one line, exit 2, the database's content as it was."""
    aid = _plan(cli_run)
    assert cli_run("actions", "indicator", "add", aid, "--action", "1", "--name", "Core questions tested",
                   "--baseline", "0", "--baseline-year", "2023", "--target", "2024=10").exit_code == 0
    assert cli_run("actions", "progress", "set", aid, "1", "2024", "--status", "in_progress").exit_code == 0
    assert cli_run("actions", "progress", "value", aid, "I1", "2024", "--value", "3", "--date",
                   "2024-06-30").exit_code == 0
    cases = [
        (("value", aid, "I1", "2023", "--value", "3", "--date", "2023-06-30"),
         "the period 2023 is before the plan, which starts in 2024"),
        (("set", aid, "2", "2023", "--status", "planned"), "the period 2023 is before the plan, which starts in 2024"),
        (("value", aid, "I1", "2100", "--value", "3", "--date", "2024-06-30"), "the period 2100 has not begun"),
        (("value", aid, "I1", "2024", "--value", "3", "--date", "2099-06-30", "--replace"),
         "the date of the value of indicator I1 (2099-06-30) is after today"),
        (("set", aid, "2", "2024", "--status", "in_progress", "--started", "2099-01-01"),
         "the start of action 2 (2099-01-01) is after today"),
        (("set", aid, "2", "2024", "--status", "in_progress", "--line", "1: disbursed=100; spent=120"),
         "120 USD spent to date is more than the 100 disbursed to date: add a note saying why"),
        (("set", aid, "1", "2024", "--status", "done"), "action 1 already has its progress for 2024: replace it"),
        (("set", aid, "1", "2024-H1", "--status", "done"), "overlaps"),
        (("value", aid, "I1", "2024", "--value", "4", "--date", "2024-06-30"),
         "indicator I1 already has its value for 2024: replace it"),
        (("value", aid, "I7", "2024", "--value", "4", "--date", "2024-06-30"),
         "the plan's results chain has no indicator 'I7' (its indicators: I1)"),
    ]
    for args, words in cases:
        before = _content(cli_run.db)
        r = cli_run("actions", "progress", *args)
        assert r.exit_code == 2 and words in r.output and r.output.count("\n") == 1, (args, r.output)
        assert _content(cli_run.db) == before, args
    # with a note saying why, money spent above money disbursed is taken
    r = cli_run("actions", "progress", "set", aid, "2", "2024", "--status", "in_progress", "--line",
                "1: disbursed=100; spent=120; note=advance from the 2025 tranche")
    assert r.exit_code == 0, r.output


def test_removing_or_editing_away_money_recorded_is_refused_in_one_line(cli_run):
    """What an edit of the plan keeps (docs/progress.md): the action with progress stays, the line
    holding money keeps its place; exit 2, the plan and its progress as they were."""
    from cli_helpers import refused

    aid = _plan(cli_run)
    r = cli_run("actions", "progress", "set", aid, "1", "2024", "--status", "in progress",
                "--line", "2: committed=6000000; disbursed=4000000; spent=3000000")
    assert r.exit_code == 0, r.output
    before = (cli_run("actions", aid, "--json").output, cli_run("actions", "progress", "show", aid, "2024").output)
    refused(cli_run("actions", "remove", aid, "1"), "action 1 has progress recorded for 2024", "report it as dropped")
    refused(cli_run("actions", "edit", aid, "1", "--cost", "2024=40000 USD; partner=IOM; secured"),
            "cost line 2 of action 1 (2024, 12000000 KES) holds money recorded for 2024", "this edit removes it")
    refused(cli_run("actions", "edit", aid, "1", "--cost", "2024=12000000 KES; secured", "--cost",
                    "2024=40000 USD; partner=IOM; secured"), "this edit moves it to line 1")
    assert (cli_run("actions", aid, "--json").output,
            cli_run("actions", "progress", "show", aid, "2024").output) == before


def test_show_prints_the_note_of_a_line_spent_above_its_budget(cli_run):
    """A note on a cost line is shown with the action's money: said once, by the overrun's own
    sentence when the line holds more spent than disbursed, else on a line of its own."""
    aid = _plan(cli_run)
    r = cli_run("actions", "progress", "set", aid, "1", "2024", "--status", "in progress", "--line",
                "1: committed=50000; disbursed=50000; spent=50000; note=two extra technical workshops",
                "--line", "2: disbursed=100; spent=120; note=advance from the 2025 tranche")
    assert r.exit_code == 0, r.output
    out = cli_run("actions", "progress", "show", aid, "2024").output
    assert "   Note on cost line 1: two extra technical workshops\n" in out
    assert out.count("two extra technical workshops") == 1 and out.count("advance from the 2025 tranche") == 1
