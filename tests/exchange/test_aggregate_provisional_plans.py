"""A provisional score never takes a country's plan, implementation or money out of UNSD's figures
(docs/methodology.md, section 19): three countries of three regions, Montenegro (Europe, its plan
in euros), Ecuador (the Americas, in US dollars) and Senegal (Africa, in CFA francs), Senegal in two
rounds, its 2026 round half answered (a provisional score, left out of the score roll-ups) and its
2025 round complete. Senegal 2026 is counted in the world, in Africa and in Funds by partner,
marked provisional wherever it is listed; Senegal 2025 never stands in for it. Every figure below
is computed by hand from the progress written here, then summed by hand for the world."""
from __future__ import annotations

import copy
import datetime as dt
from unittest import mock

import pytest

from exchange_helpers import sheet_rows

TODAY = dt.date(2026, 11, 20)
IOM = "International Organization for Migration (IOM)"
USD = ("Pledged (USD)", "Committed (USD)", "Disbursed (USD)", "Spent (USD)")
STATES = ("Done", "In progress", "Late", "Dropped", "Not started", "Without a report")
INDICATORS = ("Indicators on track", "Indicators at risk", "Indicators off track", "Indicators not judged")

# the demo's plan (tests/exchange/test_aggregate_implementation.py): ten actions; of its 2026 cost
# lines, the national budget's 2 500 000 for publishing (line 1) and 6 000 000 for the register's
# access (line 1); the register's access has IOM's 15 000 USD of 2027 as line 2. Its results
# chain sets 2026 targets for I5 (25 -> 40), I6 (0 -> 12) and I9 (0 -> 12).
MNE_PROGRESS = [
    {"recommendation": "publish_by_migratory_status", "period": "2026", "status": "done", "started": "2026-07-06",
     "completed": "2026-10-30", "lines": [{"line": 1, "committed": "2500000", "disbursed": "2500000", "spent": "2400000"}]},
    {"recommendation": "register_statistical_access", "period": "2026", "status": "in_progress", "started": "2026-09-01",
     "lines": [{"line": 1, "committed": "6000000", "disbursed": "4000000", "spent": "2000000"},
               {"line": 2, "committed": "15000", "disbursed": "5000", "spent": "0"}]},
    {"recommendation": "migration_statistics_unit", "period": "2026", "status": "planned",
     "reason": "The posts wait for the 2027 finance law."},
]
MNE_VALUES = [{"indicator": "I5", "period": "2026", "value": "35", "date": "2026-10-15", "source": "LFS"},
              {"indicator": "I6", "period": "2026", "value": "12", "date": "2026-10-30", "source": "Monstat"},
              {"indicator": "I9", "period": "2026", "value": "12", "date": "2026-10-30", "source": "Monstat"}]
ECU_PROGRESS = [
    {"recommendation": "publish_by_migratory_status", "period": "2026", "status": "dropped",
     "reason": "Merged into the census programme.", "lines": [{"line": 1, "committed": "500000"}]},
    {"recommendation": "register_statistical_access", "period": "2026", "status": "done", "started": "2026-07-01",
     "completed": "2026-11-15", "lines": [{"line": 1, "committed": "6000000", "disbursed": "6000000", "spent": "5500000"},
                                          {"line": 2, "committed": "20000", "disbursed": "10000", "spent": "0"}]},
    {"recommendation": "migration_statistics_unit", "period": "2026", "status": "in_progress", "started": "2026-10-15"},
]
ECU_VALUES = [{"indicator": "I5", "period": "2026-H1", "value": "28", "date": "2026-06-15", "source": "ENEMDU"},
              {"indicator": "I6", "period": "2026", "value": "9", "date": "2026-10-30", "source": "INEC"}]
SEN_PROGRESS = [  # its 2026 round, provisional
    {"recommendation": "publish_by_migratory_status", "period": "2026", "status": "done", "started": "2026-07-01",
     "completed": "2026-10-15", "lines": [{"line": 1, "committed": "2500000", "disbursed": "2500000", "spent": "2000000"}]},
    {"recommendation": "register_statistical_access", "period": "2026", "status": "in_progress", "started": "2026-08-01",
     "lines": [{"line": 1, "committed": "3000000", "disbursed": "1000000", "spent": "500000"},
               {"line": 2, "committed": "10000", "disbursed": "4000", "spent": "1000"}]},
]
SEN_VALUES = [{"indicator": "I5", "period": "2026", "value": "40", "date": "2026-10-01", "source": "ENES"},
              {"indicator": "I6", "period": "2026", "value": "3", "date": "2026-10-01", "source": "ANSD"}]
SEN_2025_PROGRESS = [  # its earlier round, complete: never used instead of the provisional one
    {"recommendation": "publish_by_migratory_status", "period": "2026", "status": "dropped", "reason": "Old plan.",
     "lines": [{"line": 1, "committed": "900000", "disbursed": "900000", "spent": "900000"}]},
]

# by hand, per country, for 2026 judged on 2026-11-20 (methodology sections 18 and 19)
BY_HAND = {
    # publishing done, the access in progress before its end (2027-06-30), the unit (from
    # 2026-10-01) planned: late; seven actions of 2027 and later, without a report: not started.
    # I5 35: 10/15 at risk; I6 12 and I9 12 on track. Euros at 0.8 a dollar: pledged 8 500 000 EUR
    # = 10 625 000; committed 8 500 000 EUR + IOM's 15 000 USD; disbursed 6 500 000 EUR = 8 125 000
    # + 5 000; spent 4 400 000 EUR = 5 500 000
    "MNE": {"states": [1, 1, 1, 0, 7, 7], "indicators": [2, 1, 0, 0],
            "national": [10_625_000, 10_625_000, 8_125_000, 5_500_000], "iom": [0, 15_000, 5_000, 0]},
    # publishing dropped, the access done, the unit in progress; I5 28 (2026-H1): 3/15 off track,
    # I6 9: 9/12 at risk, I9 no value: not judged. Dollars: pledged 8 500 000; committed 500 000 +
    # 6 000 000 and IOM's 20 000; disbursed 6 000 000 and 10 000; spent 5 500 000
    "ECU": {"states": [1, 1, 0, 1, 7, 7], "indicators": [0, 1, 1, 1],
            "national": [8_500_000, 6_500_000, 6_000_000, 5_500_000], "iom": [0, 20_000, 10_000, 0]},
    # publishing done, the access in progress, the unit without a report: planned by the plan,
    # its start past: late; I5 40: on track, I6 3: 3/12 off track, I9: not judged. CFA francs at
    # 500 a dollar: pledged 8 500 000 XOF = 17 000; committed 5 500 000 XOF = 11 000 and IOM's
    # 10 000 USD; disbursed 3 500 000 XOF = 7 000 and 4 000; spent 2 500 000 XOF = 5 000 and 1 000
    "SEN": {"states": [1, 1, 1, 0, 7, 8], "indicators": [1, 0, 1, 1],
            "national": [17_000, 11_000, 7_000, 5_000], "iom": [0, 10_000, 4_000, 1_000]},
}
REGION = {"MNE": "150", "ECU": "019", "SEN": "002"}


def _by_hand(iso: str) -> dict:
    """A country's row of the Implementation sheet, by hand: its totals are its two partners'."""
    h = BY_HAND[iso]
    return {"states": h["states"], "indicators": h["indicators"],
            "usd": [n + i for n, i in zip(h["national"], h["iom"], strict=True)]}


def _summed(isos) -> dict:
    """Countries summed by hand, as a group's row should read."""
    rows = [_by_hand(i) for i in isos]
    return {k: [sum(col) for col in zip(*(r[k] for r in rows), strict=True)] for k in ("states", "indicators", "usd")}


def _demo(country, rnd, currency, rates, progress, values):
    from capacity_app.services.demo import demo_data

    d = copy.deepcopy(demo_data())
    d["assessment"].update(country=country, round=rnd)
    d["action_plan"].update(currency=currency, rates=rates, progress=progress, indicator_values=values)
    return d


def _half_answered(store, aid: int) -> None:
    """Keep about half of the answers (the mission's, S0, all kept): a provisional score."""
    answers = list(store.answers(aid).values())
    store.replace_answers(aid, [x for i, x in enumerate(answers) if x.key.startswith("s0_") or i % 2], note="test")


def _make(folder):
    from capacity_app.services import demo
    from capacity_app.services.assessments import open_store
    from capacity_app.services.exchange import export_workbook

    eur, xof = {"currency": "EUR", "per_usd": "0.8", "date": "2026-05-01"}, \
        {"currency": "XOF", "per_usd": "500", "date": "2026-05-01"}
    made = {"mne26": (_demo("MNE", 2026, "EUR", [eur], MNE_PROGRESS, MNE_VALUES), False),
            "ecu26": (_demo("ECU", 2026, "USD", [eur], ECU_PROGRESS, ECU_VALUES), False),
            "sen25": (_demo("SEN", 2025, "XOF", [xof, eur], SEN_2025_PROGRESS, []), False),
            "sen26": (_demo("SEN", 2026, "XOF", [xof, eur], SEN_PROGRESS, SEN_VALUES), True)}
    for name, (data, provisional) in made.items():
        with open_store(folder / f"{name}.sqlite3", backup_dir=folder / "backups") as store, \
                mock.patch.object(demo, "demo_data", lambda data=data: data):
            aid = demo.create_demo(store).id
            if provisional:
                _half_answered(store, aid)
            export_workbook(store, aid, folder / f"{name}.xlsx")


@pytest.fixture(scope="module")
def workbooks(make_once):
    folder = make_once("provisional-plan-workbooks", _make, across_workers=True)
    return [folder / f"{n}.xlsx" for n in ("mne26", "ecu26", "sen25", "sen26")]


@pytest.fixture(scope="module")
def aggregated(workbooks, tmp_path_factory):
    from capacity_app.exchange.aggregate.run import aggregate

    out = tmp_path_factory.mktemp("provisional-plans") / "all.xlsx"
    rep = aggregate(workbooks, out, bundle_dir=out.parent / "bundle", workers=0, today=TODAY)
    return rep, out


def _row(r: dict) -> dict:
    return {"states": [r[k] for k in STATES], "indicators": [r[k] for k in INDICATORS], "usd": [r[k] for k in USD]}


def test_senegal_s_score_is_provisional_and_out_of_the_score_roll_ups(aggregated):
    rep, out = aggregated
    sen = next(r for r in rep.rounds if (r.country, r.record.round) == ("SEN", 2026))
    assert sen.provisional and sen.rollup_note == "provisional" and not sen.in_rollups
    assert sorted(r.country for r in rep.used) == ["ECU", "MNE"]   # the scores: as before
    assert sorted((r.country, r.record.round) for r in rep.plan_rounds) == [("ECU", 2026), ("MNE", 2026),
                                                                            ("SEN", 2026)]
    regions = {(r["Grouping"], r["Group code"]): r for r in sheet_rows(out, "Regions")}
    assert regions[("world", "001")]["Country codes"] == "ECU MNE" and ("region", "002") not in regions


def test_each_country_by_hand_and_marked(aggregated):
    from capacity_app.exchange.aggregate.format import AGG_IMPLEMENTATION

    rep, out = aggregated
    assert (rep.period, rep.as_of) == ("2026", "2026-11-20")
    rows = {(r["Country code"], r["Round"]): r for r in sheet_rows(out, AGG_IMPLEMENTATION)}
    assert sorted(rows) == [("ECU", 2026), ("MNE", 2026), ("SEN", 2025), ("SEN", 2026)]
    for iso in BY_HAND:
        r = rows[(iso, 2026)]
        assert _row(r) == _by_hand(iso), iso
        assert (r["In roll-ups"], r["Provisional score"], r["Reporting"]) == (1, int(iso == "SEN"), 1), iso
    assert (rows[("SEN", 2025)]["In roll-ups"], rows[("SEN", 2025)]["Provisional score"]) == (0, 0)


def test_world_and_regions_by_hand(aggregated):
    from capacity_app.exchange.aggregate.format import AGG_IMPLEMENTATION_GROUPS

    _, out = aggregated
    groups = {(r["Grouping"], r["Group code"]): r for r in sheet_rows(out, AGG_IMPLEMENTATION_GROUPS)}
    world = groups[("world", "001")]
    assert _row(world) == _summed(BY_HAND)
    # the world by hand: 1 + 1 + 1 done, 1 + 1 + 1 in progress, 1 + 0 + 1 late, 0 + 1 + 0 dropped;
    # pledged 10 625 000 + 8 500 000 + 17 000 dollars
    assert world["Done"] == 3 and world["Late"] == 2 and world["Pledged (USD)"] == 19_142_000
    assert world["Committed (USD)"] == 10_640_000 + 6_520_000 + 21_000 == 17_181_000
    assert [world[k] for k in ("Countries", "Countries with a provisional score", "Countries reporting",
                               "Countries in USD", "Countries without a rate")] == [3, 1, 3, 3, 0]
    assert world["Country codes"] == "ECU MNE SEN"
    for iso, code in REGION.items():   # one country a region: its row is the country's
        region = groups[("region", code)]
        assert _row(region) == _by_hand(iso), iso
        assert (region["Country codes"], region["Countries with a provisional score"]) == (iso, int(iso == "SEN"))


def test_funds_by_partner_by_hand(aggregated):
    from capacity_app.exchange.aggregate.format import AGG_PARTNER_FUNDS, AGG_PARTNER_FUNDS_GROUPS

    _, out = aggregated
    rows = {(r["Country code"], r["Partner"]): r for r in sheet_rows(out, AGG_PARTNER_FUNDS)}
    assert sorted(rows) == [(iso, p) for iso in ("ECU", "MNE", "SEN") for p in (IOM, "National budget")]
    for iso, h in BY_HAND.items():
        assert [rows[(iso, "National budget")][k] for k in USD] == h["national"], iso
        assert [rows[(iso, IOM)][k] for k in USD] == h["iom"], iso
        assert rows[(iso, IOM)]["Provisional score"] == rows[(iso, "National budget")]["Provisional score"] \
            == int(iso == "SEN")
        assert rows[(iso, IOM)]["Round"] == 2026
    by_group = {(r["Grouping"], r["Group code"], r["Partner"]): r for r in sheet_rows(out, AGG_PARTNER_FUNDS_GROUPS)}
    for partner, key in (("National budget", "national"), (IOM, "iom")):
        world = by_group[("world", "001", partner)]
        # the three countries' rows summed by hand: IOM committed 15 000 + 20 000 + 10 000
        assert [world[k] for k in USD] == [sum(col) for col in zip(*(h[key] for h in BY_HAND.values()), strict=True)]
        assert world["Countries"] == 3
        africa = by_group[("region", "002", partner)]
        assert [africa[k] for k in USD] == BY_HAND["SEN"][key] and africa["Countries"] == 1
    assert [by_group[("world", "001", IOM)][k] for k in USD] == [0, 45_000, 19_000, 1_000]


def test_the_plans_count_senegal_too(aggregated):
    from capacity_app.exchange.aggregate.format import AGG_PLANS, AGG_PLANS_GROUPS

    _, out = aggregated
    plans = {(r["Country code"], r["Round"]): r for r in sheet_rows(out, AGG_PLANS)}
    assert (plans[("SEN", 2026)]["In roll-ups"], plans[("SEN", 2026)]["Provisional score"]) == (1, 1)
    assert (plans[("SEN", 2025)]["In roll-ups"], plans[("MNE", 2026)]["Provisional score"]) == (0, 0)
    groups = {(r["Grouping"], r["Group code"]): r for r in sheet_rows(out, AGG_PLANS_GROUPS)}
    world = groups[("world", "001")]
    used = [plans[(iso, 2026)] for iso in ("ECU", "MNE", "SEN")]
    assert [world[k] for k in ("Countries", "Countries with a provisional score", "Countries with a plan",
                               "Actions")] == [3, 1, 3, sum(p["Actions"] for p in used)]
    costs = [p["Cost (USD)"] for p in used if p["Cost (USD)"] is not None]   # summed by hand
    assert world["Countries in USD"] == len(costs) and world["Cost (USD)"] == (sum(costs) if costs else None)
    assert groups[("region", "002")]["Country codes"] == "SEN"


def test_the_about_sheet_says_the_rule(aggregated):
    _, out = aggregated
    about = {r["Field"]: (r["Field label"], r["Value"]) for r in sheet_rows(out, "About")}
    label, rule = about["implementation_provisional"]
    assert label == "Provisional scores and the plans"
    assert rule.startswith("Provisional scores may be left out of the score roll-ups (see Provisional scores), but "
                           "a country's plan, implementation and money never are:")
    assert about["provisional"][1] == ("left out of the score roll-ups and trends, their plan, implementation and "
                                       "money counted: SEN 2026")


def test_the_analyst_files_hold_senegal(aggregated):
    import csv

    _, out = aggregated
    bundle = out.parent / "bundle" / "csv"
    with open(bundle / "memberships.csv", encoding="utf-8", newline="") as fh:
        member = list(csv.DictReader(fh))
    assert {"iso3": "SEN", "round": "2026", "grouping": "region", "group_code": "002"} in member
    with open(bundle / "implementation_groups.csv", encoding="utf-8", newline="") as fh:
        world = next(r for r in csv.DictReader(fh) if r["grouping"] == "world")
    assert (world["provisional_countries"], world["pledged_usd"]) == ("1", "19142000")


def test_including_provisional_scores_changes_no_plan_figure(aggregated, workbooks, tmp_path):
    """Counting the provisional scores or not changes the score roll-ups, never the plans'."""
    from capacity_app.exchange.aggregate.run import aggregate
    from capacity_app.exchange.aggregate.tables import implementation_tables, plans_groups

    rep, _ = aggregated
    both = aggregate(workbooks, None, workers=0, today=TODAY, include_provisional=True)
    assert sorted(r.country for r in both.used) == ["ECU", "MNE", "SEN"]

    def plan_figures(r):
        rounds = sorted(r.rounds, key=lambda x: (x.country, x.record.round))
        return [t.rows for t in implementation_tables(rounds, r)] + [plans_groups(r).rows]

    assert plan_figures(both) == plan_figures(rep)


def test_the_pdf_says_the_rule_where_the_implementation_is(aggregated, qn):
    import html

    from capacity_app.catalog.aggregate_texts import text
    from capacity_app.reports.aggregate.summary import build_context, render_html
    from capacity_app.services.aggregation import summary

    rep, _ = aggregated
    for lang in ("en", "fr", "zh"):
        rep.lang = lang
        try:
            ctx = build_context(summary(rep, qn))
        finally:
            rep.lang = "en"
        assert ctx.implementation_note.endswith(text("pdf.implementation_provisional", lang)), lang
    page = html.unescape(render_html(ctx))
    assert text("pdf.implementation_provisional", "zh") in page
    assert any(w.startswith("Provisional scores (no band) left out of every score figure, their plan, implementation "
                            "and money counted: SEN 2026") for w in summary(rep, qn).warnings)


def test_the_pdf_counts_senegal_in_the_world(aggregated, qn):
    from capacity_app.services.aggregation import summary

    rep, _ = aggregated
    s = summary(rep, qn)
    world = next(r for r in s.implementation if r.code == "001")
    hand = _summed(BY_HAND)
    assert (world.assessed, world.reporting, world.states) == (3, 3, tuple(hand["states"][:5]))
    assert s.funds[-1].total and list(s.funds[-1].amounts) == hand["usd"]
    assert next(p for p in s.plans if p.code == "001").assessed == 3


def test_a_group_s_plan_cost_is_the_sum_of_its_countries_as_printed():
    """Two plans of USD 576,514.60 each printed 576,515 apiece and the world 1,153,031 (the exact sum
    rounded), a column that did not add up as printed (a UNSD reader's finding)."""
    from decimal import Decimal

    from capacity_app.exchange.aggregate.plans import PlanFigures, rollup

    half = PlanFigures(3, True, 3, Decimal("576514.6"), Decimal("100000.6"))
    world = rollup([half, half])
    assert (world.cost_usd, world.gap_usd) == (Decimal(1153030), Decimal(200002))
