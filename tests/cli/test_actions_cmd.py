"""``capacity-app actions ID [--json] [--draft]``: the plan listed, drafted, errors on one line."""
import json


def test_actions_list_draft_and_json(cli_run):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    r = cli_run("actions", aid)
    assert r.exit_code == 0 and "No actions in the plan" in r.output
    for key in ("s2_need_a", "s2_need_b", "s2_need_i"):
        assert cli_run("set", aid, key, "3").exit_code == 0
    for key in ("s3_matrix.A.BOR.exists", "s3_matrix.B.POP.exists", "s3_matrix.I.MIR.exists"):
        assert cli_run("set", aid, key, "no").exit_code == 0  # nothing is drawn from a blank
    r = cli_run("actions", aid, "--draft", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["actions"] and data["drafted"] == [a["id"] for a in data["actions"]]
    assert all(a["institutions"] == [] and a["status"] == "planned" for a in data["actions"])
    again = json.loads(cli_run("actions", aid, "--draft", "--json").output)
    assert again["drafted"] == [] and len(again["actions"]) == len(data["actions"])
    text = cli_run("actions", aid).output
    assert "NO OWNER" in text and data["actions"][0]["title"] in text


def test_actions_errors_exit_2(cli_run):
    cli_run("new", "--country", "KEN", "--round", "2026")
    r = cli_run("actions", "999")
    assert r.exit_code == 2 and r.output.count("\n") == 1 and "999" in r.output
    r = cli_run("actions", "abc", "--json")
    assert r.exit_code == 2


def _plan(cli_run, aid):
    r = cli_run("actions", aid, "--json")
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def test_actions_add_edit_cost_validate_remove(cli_run):
    """The director's path by the command line: every field settable, the plan costed, validated,
    an edit after validation flagged, the totals and the gap in the JSON."""
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    r = cli_run("actions", "add", aid, "--title", "Add the core questions to the census",
                "--owner", "KNBS", "--owner", "Ministry of Interior", "--start", "2026q3", "--end", "2027-Q4",
                "--resources", "2 weeks of TA", "--milestone", "Pilot", "--strategy", "NSDS objective 2.3",
                "--pq", "a, i", "--priority", "high", "--status", "in-progress", "--priority-action",
                "--cost", "2026=1200000", "--cost", "2027=84000.25 USD; partner=World Bank; secured")
    assert r.exit_code == 0, r.output
    # saved with a warning: a line in KES, which has no rate yet
    *warnings, first = r.output.strip().splitlines()
    assert warnings == ["Warning: no exchange rate to the US dollar for KES: these lines are left out of the converted "
                        "totals and the plan cannot be validated until the rate is given (capacity-app actions finance "
                        "ID --rate KES=UNITS_PER_USD@YYYY-MM-DD)"]
    assert cli_run("actions", "add", aid, "--title", "Publish tables", "--at", "1").exit_code == 0
    plan = _plan(cli_run, aid)
    assert plan["currency"] == "KES" and [a["title"] for a in plan["actions"]][1].startswith("Add the core")
    a = plan["actions"][1]
    assert a["id"] == first and a["institutions"] == ["KNBS", "Ministry of Interior"]
    assert (a["start"], a["end"], a["policy_questions"], a["priority"], a["status"], a["priority_action"],
            a["strategy"]) == ("2026-Q3", "2027-Q4", ["A", "I"], 1, "in_progress", True, "NSDS objective 2.3")
    assert a["costs"] == [
        {"year": 2026, "amount": "1200000", "currency": "KES", "funding": "national", "funder": "",
         "secured": False, "executed": None},
        {"year": 2027, "amount": "84000.25", "currency": "USD", "funding": "partner", "funder": "World Bank",
         "secured": True, "executed": None}]
    assert plan["totals"]["all"]["financing_gap"] == {"KES": "1200000", "USD": "0"}
    assert plan["totals"]["all"]["cost_usd"] is None and plan["totals"]["currencies_without_rate"] == ["KES"]
    r = cli_run("actions", "finance", aid, "--rate", "KES=129.35@2026-03-01; UN operational rate")
    assert r.exit_code == 0 and "USD 1 = KES 129.35 on 2026-03-01 (UN operational rate)" in r.output
    totals = _plan(cli_run, aid)["totals"]["all"]
    assert totals["cost_usd"] == "93277.41" and totals["financing_gap_usd"] == "9277.16"  # 1200000 / 129.35 = 9277.155…
    validate = ("actions", "validate", aid, "--date", "2026-06-12", "--event", "National validation workshop",
                "--institution", "KNBS", "--institution", "Ministry of Interior", "--approved-by", "A. Wanjiru",
                "--position", "Director-General")
    r = cli_run(*validate)  # an incomplete plan is refused with what is missing
    assert r.exit_code != 0 and ("the plan cannot be validated yet: action 1 (Publish tables) has no owner, no "
                                 "start, no end, no cost") in r.output, r.output
    tables = plan["actions"][0]["id"]
    assert cli_run("actions", "edit", aid, tables, "--owner", "KNBS", "--start", "2026-Q3", "--end", "2026-Q4",
                   "--cost", "2026=500000").exit_code == 0
    r = cli_run(*validate)
    assert r.exit_code == 0 and "recorded as validated" in r.output, r.output
    assert cli_run("actions", "edit", aid, first[:6], "--end", "2028-Q1", "--no-priority-action").exit_code == 0
    plan = _plan(cli_run, aid)
    assert plan["validation"]["approved_by"] == "A. Wanjiru"
    # the priority-action flag is the planning unit's own marker, not what the government validated
    assert plan["actions"][1]["changed_after_validation"] == {"kind": "changed", "parts": ["when"], "named": ["when"]}
    text = cli_run("actions", aid).output
    assert "Validated on 2026-06-12" in text and "CHANGED AFTER VALIDATION" in text and "financing gap" in text
    assert cli_run("actions", "edit", aid, "1", "--no-costs", "--owner", "NSO").exit_code == 0
    assert cli_run("actions", "remove", aid, "2").exit_code == 0
    plan = _plan(cli_run, aid)
    assert [c["kind"] for c in plan["changes_after_validation"]] == ["changed", "removed"]
    r = cli_run("actions", "validate", aid, "--withdraw", "--json")
    assert r.exit_code != 0 and "give the reason for withdrawing" in r.output
    r = cli_run("actions", "validate", aid, "--withdraw", "--reason", "recorded by mistake", "--json")
    assert r.exit_code == 0 and json.loads(r.output)["validation"] is None


def test_actions_edit_errors_are_one_line(cli_run):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    assert cli_run("actions", "add", aid, "--title", "One").exit_code == 0
    for args, fragment in [
        (("actions", "add", aid), "give the action a --title"),
        (("actions", "edit", aid, "1"), "nothing to change"),
        (("actions", "edit", aid, "7", "--title", "x"), "no action '7' in the plan"),
        (("actions", "edit", aid, "1", "--cost", "2027=12,5"), "is not an amount"),
        (("actions", "edit", aid, "1", "--cost", "2027=1.555"), "more decimals than KES"),
        (("actions", "edit", aid, "1", "--cost", "next year=5"), "start with YEAR=AMOUNT"),
        (("actions", "edit", aid, "1", "--cost", "2027=5; paid"), "is not one of national"),
        (("actions", "edit", aid, "1", "--cost", "2027=5; partner"), "must name the partner"),
        (("actions", "edit", aid, "1", "--priority", "urgent"), "high, medium or low"),
        (("actions", "edit", aid, "1", "--status", "finished"), "one of planned"),
        (("actions", "edit", aid, "1", "--end", "soon"), "the end: expected a date"),
        (("actions", "finance", aid, "--rate", "KES 129"), "CODE=UNITS_PER_USD@DATE"),
        (("actions", "finance", aid, "--currency", "EURO"), "not an ISO 4217 code"),
        (("actions", "validate", aid, "--date", "2026-06-12"), "a validation needs --event"),
        (("actions", "validate", aid, "--withdraw", "--reason", "x"), "no validation to withdraw"),
        (("actions", "remove", "999", "1"), "no assessment with id 999"),
    ]:
        r = cli_run(*args)
        assert r.exit_code == 2, (args, r.output)
        lines = [ln for ln in r.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and fragment in lines[0], (args, r.output)


def test_actions_compare_rounds(cli_run):
    """Two rounds: done, dropped and late actions since, and the cost executed against planned."""
    aid = cli_run("new", "--country", "KEN", "--round", "2026", "--reference-date", "2026-05-01").output.strip()
    for title, end in (("Census questions", "2026-Q4"), ("Survey", "2027-Q2"), ("Profile", "2026-Q3")):
        assert cli_run("actions", "add", aid, "--title", title, "--end", end, "--cost", "2027=1000").exit_code == 0
    from capacity_app.services import assessments as svc
    from capacity_app.services.assessments import open_store, questionnaire_for

    with open_store(cli_run.db) as store:
        new = svc.next_round(store, questionnaire_for(), int(aid)).id
        store.update_assessment(new, reference_date="2027-05-01")
    assert cli_run("actions", "edit", new, "1", "--status", "done", "--cost", "2027=1000; executed=800").exit_code == 0
    assert cli_run("actions", "edit", new, "3", "--status", "dropped").exit_code == 0
    data = json.loads(cli_run("actions", "compare", new, "--json").output)
    assert [a["title"] for a in data["done"]] == ["Census questions"]
    assert [a["title"] for a in data["dropped"]] == ["Profile"]
    assert data["late"] == [] and [a["title"] for a in data["still_open"]] == ["Survey"]
    assert data["executed"] == {"KES": "800"} and data["planned_where_executed"] == {"KES": "1000"}
    with open_store(cli_run.db) as store:
        store.update_assessment(new, reference_date="2027-09-30")
    text = cli_run("actions", "compare", new).output
    assert "Late (still open, end passed): 1" in text and "Survey (end 2027-Q2)" in text
    assert "Spent to date: KES\u00a0800 of KES\u00a01,000 planned" in text
    r = cli_run("actions", "compare", aid)
    assert r.exit_code == 2 and "no earlier round" in r.output
