"""The next round reads its last plan once: ``actions achieved`` and ``actions compare`` agree on
what was done, late, dropped and spent, all from the earlier plan's progress reports (its last
report of each action, else the plan's status; money spent from the reports, to date); no "None"
ever printed."""
from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.cli import main
from capacity_app.domain.plan.actions import ACTION_STATUSES, period_bounds
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.progress import ActionProgress, LineMoney, period_dates

D = Decimal


def _issue_case(cli_run) -> tuple[str, str]:
    """A plan of four actions followed for 2026-H1 and 2026-H2 (two done, money spent, one
    dropped, one still open), then the next round."""
    aid = cli_run("new", "--country", "KEN", "--round", "2025").output.strip()
    for title, end, pq, cost in (("Census questions", "2026-Q2", "A", "2026=40000 USD; partner=IOM; secured"),
                                 ("Survey", "2026-Q3", "I", "2026=5000 USD; partner=World Bank"),
                                 ("Register", "2026-Q4", None, "2026=1000 USD; national"),
                                 ("Unit", "2026-Q2", None, None)):
        args = ["--title", title, "--owner", "NSO", "--start", "2026-Q1", "--end", end]
        args += ["--pq", pq] if pq else []
        args += ["--cost", cost] if cost else []
        assert cli_run("actions", "add", aid, *args).exit_code == 0
    for action, period, *rest in (
            ("1", "2026-H1", "--status", "in_progress", "--line", "1: committed=40000; disbursed=20000; spent=10000"),
            ("2", "2026-H1", "--status", "in_progress", "--line", "1: disbursed=5000; spent=1000"),
            ("1", "2026-H2", "--status", "done", "--line", "1: disbursed=20000; spent=25000; note=caught up"),
            ("2", "2026-H2", "--status", "done", "--line", "1: disbursed=3000; spent=3000"),
            ("3", "2026-H2", "--status", "in_progress"),
            ("4", "2026-H2", "--status", "dropped", "--reason", "no budget")):
        r = cli_run("actions", "progress", "set", aid, action, period, *rest)
        assert r.exit_code == 0, r.output
    new = cli_run("next-round", aid, "--round", "2027", "--reference-date", "2027-10-01").output.strip()
    return aid, new


def test_the_next_round_reads_the_progress_of_its_last_plan(cli_run):
    _aid, new = _issue_case(cli_run)
    achieved = cli_run("actions", "achieved", new).output
    compared = cli_run("actions", "compare", new).output
    assert "None" not in achieved and "None" not in compared
    assert "1. Census questions - done (2026-H2); spent USD\u00a035,000" in achieved
    assert "3. Register - in progress (2026-H2); late: its end, 2026-Q4, passed" in achieved
    assert "gap not scored -> not scored" in achieved
    assert ("In all: 2 done, 1 dropped, 1 still open (1 late); spent to date USD\u00a039,000 of USD\u00a045,000 "
            "planned on those lines.") in achieved
    assert "Done since: 2\n  - Census questions\n  - Survey\n" in compared
    assert "Dropped since: 1\n  - Unit\n" in compared
    assert "Late (still open, end passed): 1\n  - Register (end 2026-Q4)\n" in compared
    assert "Spent to date: USD\u00a039,000 of USD\u00a045,000 planned on those lines" in compared
    assert "No spending" not in compared
    a = json.loads(cli_run("actions", "achieved", new, "--json").output)
    c = json.loads(cli_run("actions", "compare", new, "--json").output)
    assert _agreement(a, c) and c["executed"] == a["spent"] == {"USD": "39000"}
    census = a["actions"][0]
    assert (census["outcome"], census["late"], census["spent"]) == ("done", False, {"USD": "35000"})
    assert census["gaps"][0]["gap_before"] is None   # JSON says null; the text says "not scored"


def test_the_amount_executed_speaks_where_no_report_gives_spending(cli_run):
    aid, new = _issue_case(cli_run)
    assert cli_run("actions", "edit", new, "3", "--cost", "2026=1000 USD; national; executed=250").exit_code == 0
    a = json.loads(cli_run("actions", "achieved", new, "--json").output)
    c = json.loads(cli_run("actions", "compare", new, "--json").output)
    assert a["actions"][2]["spent"] == {"USD": "250"} and c["executed"] == a["spent"] == {"USD": "39250"}
    assert _agreement(a, c)


def _titles(items) -> list[str]:
    return [x["title"] for x in items]


def _agreement(a: dict, c: dict) -> bool:
    """``achieved --json`` and ``compare --json`` say the same of every action of the earlier plan."""
    acts = a["actions"]
    done = [x["title"] for x in acts if x["outcome"] == "done"]
    dropped = [x["title"] for x in acts if x["outcome"] == "dropped"]
    late = [x["title"] for x in acts if x["late"]]
    listed = {x["title"]: x for k in ("done", "dropped", "late", "still_open", "removed", "already_done")
              for x in c[k]}
    total: dict[str, Decimal] = {}
    for x in acts:
        for cur, v in x["spent"].items():
            total[cur] = total.get(cur, D(0)) + D(v)
    return (sorted(_titles(c["done"]) + _titles(c["already_done"])) == sorted(done)
            and set(_titles(c["dropped"])) <= set(dropped) and _titles(c["late"]) == late
            and all(listed[x["title"]]["status"] == x["outcome"] and listed[x["title"]]["spent"] == x["spent"]
                    for x in acts if x["title"] in listed)
            and {k: D(v) for k, v in c["executed"].items()} == total
            and {k: D(v) for k, v in a["spent"].items()} == total)


# --- generated histories, through the services and both commands -----------------------------

PERIODS = ("2026-H1", "2026-H2", "2027-H1")
_amount = st.integers(0, 50_000).map(D)


@st.composite
def histories(draw):
    """Actions (status, end, one or two cost lines), their progress in some of three half-years
    (a status, money spent on some lines), the later round's date, and some statuses changed in
    the later round's copy of the plan."""
    actions = []
    for i in range(draw(st.integers(1, 4))):
        costs = tuple(Cost(year, D(1000) + draw(_amount), draw(st.sampled_from(("USD", "KES"))))
                      for year in range(2026, 2026 + draw(st.integers(0, 2))))   # never the same line twice
        reports = []
        for period in sorted(draw(st.lists(st.sampled_from(PERIODS), unique=True, max_size=3))):
            spent = tuple((k, draw(_amount)) for k in range(1, len(costs) + 1) if draw(st.booleans()))
            reports.append((period, draw(st.sampled_from(ACTION_STATUSES)), spent))
        actions.append({"title": f"Action {i + 1}", "status": draw(st.sampled_from(ACTION_STATUSES)),
                        "end": draw(st.sampled_from(("2026-Q2", "2026-Q4", "2027-Q3", None))), "costs": costs,
                        "reports": reports, "later": draw(st.none() | st.sampled_from(ACTION_STATUSES))})
    return actions, draw(st.sampled_from(("2026-10-01", "2027-05-01", "2028-01-15")))


def _record(db: Path, actions: list[dict], on: str) -> int:
    """The history written through the services: the plan, its progress, the next round."""
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.plan import progress as prog
    from capacity_app.services.rounds import start_next_round

    q = questionnaire_for()
    with open_store(db) as store:
        aid = create_assessment(store, q, country="KEN", round=2025).id
        for x in actions:
            a = plans.add_action(store, q, aid, title=x["title"], status=x["status"], start="2026-Q1",
                                 end=x["end"], costs=x["costs"]).action
            for period, status, spent in x["reports"]:
                lines = tuple(LineMoney(k, a.costs[k - 1].currency, disbursed=v, spent=v) for k, v in spent)
                prog.record_progress(store, aid, ActionProgress(a.id, period, status, lines=lines,
                                                                reason="why" if status == "dropped" else ""),
                                     today="2027-12-31")
        new = start_next_round(store, q, aid, round=2027, reference_date=on).id
        for x, copy in zip(actions, plans.action_plan(store, new), strict=True):
            if x["later"]:
                plans.update_action(store, q, new, replace(copy, status=x["later"]))
    return new


def _expected(x: dict, on: str) -> tuple[str, bool, dict[str, Decimal]]:
    """The outcome, lateness and money spent of one generated action, the long way round."""
    last = max(x["reports"], key=lambda r: period_dates(r[0])[1]) if x["reports"] else None
    status = last[1] if last else (x["later"] or x["status"])
    late = (status in ("planned", "in_progress") and x["end"] is not None
            and period_bounds(x["end"])[1].isoformat() < on)
    spent: dict[str, Decimal] = {}
    for _period, _status, money in x["reports"]:
        for k, v in money:
            cur = x["costs"][k - 1].currency
            spent[cur] = spent.get(cur, D(0)) + v
    return status, late, spent


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_achieved_and_compare_agree_on_generated_histories(history):
    actions, on = history
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "history.sqlite3"
        new = _record(db, actions, on)

        def run(*args):
            r = runner.invoke(main, ["--db", str(db), *map(str, args)], catch_exceptions=False)
            assert r.exit_code == 0, r.output
            return r.output

        a = json.loads(run("actions", "achieved", new, "--json"))
        c = json.loads(run("actions", "compare", new, "--json"))
        texts = run("actions", "achieved", new) + run("actions", "compare", new)
    assert _agreement(a, c), (a, c)
    for x, got in zip(actions, a["actions"], strict=True):
        status, late, spent = _expected(x, on)
        assert (got["outcome"], got["late"], {k: D(v) for k, v in got["spent"].items()}) == (status, late, spent)
    assert "None" not in texts
