"""UNSD's view of implementation in the aggregation: two countries' workbooks made from
the demo with different progress — Montenegro's plan in euros, Ecuador's in US dollars — plus a
copy of Montenegro's (one country, counted once) and Albania's in leks without a rate (named, left
out of the dollar sums); every figure below computed by hand from the progress written here.
Ecuador writes IOM's name in its own way ("international organization for migration (iom)"):
one partner across the two countries (methodology section 19)."""
from __future__ import annotations

import copy
import csv
import datetime as dt
import shutil
from pathlib import Path
from unittest import mock

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

TODAY = dt.date(2026, 11, 20)

MNE_PROGRESS = [
    {"recommendation": "publish_by_migratory_status", "period": "2026", "status": "done", "started": "2026-07-06",
     "completed": "2026-10-30", "lines": [{"line": 1, "committed": "2500000", "disbursed": "2500000", "spent": "2400000"}]},
    {"recommendation": "register_statistical_access", "period": "2026", "status": "in_progress", "started": "2026-09-01",
     "lines": [{"line": 1, "committed": "6000000", "disbursed": "4000000", "spent": "2000000"},
               {"line": 2, "committed": "15000", "disbursed": "5000", "spent": "0"}]},
    {"recommendation": "migration_statistics_unit", "period": "2026", "status": "planned",
     "reason": "The posts wait for the 2027 finance law."},
]
ECU_PROGRESS = [
    {"recommendation": "publish_by_migratory_status", "period": "2026", "status": "dropped",
     "reason": "Merged into the census programme.", "lines": [{"line": 1, "committed": "500000"}]},
    {"recommendation": "register_statistical_access", "period": "2026", "status": "done", "started": "2026-07-01",
     "completed": "2026-11-15", "lines": [{"line": 1, "committed": "6000000", "disbursed": "6000000", "spent": "5500000"},
                                          {"line": 2, "committed": "20000", "disbursed": "10000", "spent": "0"}]},
    {"recommendation": "migration_statistics_unit", "period": "2026", "status": "in_progress", "started": "2026-10-15"},
]
MNE_VALUES = [{"indicator": "I5", "period": "2026", "value": "35", "date": "2026-10-15", "source": "LFS"},
              {"indicator": "I6", "period": "2026", "value": "12", "date": "2026-10-30", "source": "Monstat"},
              {"indicator": "I9", "period": "2026", "value": "12", "date": "2026-10-30", "source": "Monstat"}]
ECU_IOM = "international organization for migration (iom)"  # IOM as Ecuador's planning unit typed it
ECU_VALUES = [{"indicator": "I5", "period": "2026-H1", "value": "28", "date": "2026-06-15", "source": "ENEMDU"},
              {"indicator": "I6", "period": "2026", "value": "9", "date": "2026-10-30", "source": "INEC"}]


def _demo(country, currency, rates, progress, values, validated=True, iom=""):
    """The demo's data for another country: its plan in ``currency`` with ``rates``, its 2026
    progress replaced (``iom``: IOM's name as this country writes it)."""
    from capacity_app.services.demo import demo_data

    d = copy.deepcopy(demo_data())
    d["assessment"]["country"] = country
    plan = d["action_plan"]
    for action in plan["actions"]:
        for c in action["costs"]:
            if iom and isinstance(c, dict) and "(IOM)" in c.get("funder", ""):
                c["funder"] = iom
    plan.update(currency=currency, rates=rates, progress=progress, indicator_values=values)
    if not validated:  # a plan without a rate for its currency cannot be validated
        plan["validation"] = None
    return d


def _make(folder: Path) -> None:
    from capacity_app.services import demo
    from capacity_app.services.assessments import open_store
    from capacity_app.services.exchange import export_workbook

    made = {"mne": _demo("MNE", "EUR", [{"currency": "EUR", "per_usd": "0.8", "date": "2026-05-01"}],
                         MNE_PROGRESS, MNE_VALUES),
            "ecu": _demo("ECU", "USD", [{"currency": "EUR", "per_usd": "0.9", "date": "2026-05-01"}],
                         ECU_PROGRESS, ECU_VALUES, iom=ECU_IOM),
            "alb": _demo("ALB", "ALL", [], MNE_PROGRESS, MNE_VALUES, validated=False)}
    for name, data in made.items():
        with open_store(folder / f"{name}.sqlite3", backup_dir=folder / "backups") as store, \
                mock.patch.object(demo, "demo_data", lambda data=data: data):
            export_workbook(store, demo.create_demo(store).id, folder / f"{name}.xlsx")
    shutil.copy(folder / "mne.xlsx", folder / "mne-copy.xlsx")


@pytest.fixture(scope="module")
def workbooks(make_once):
    folder = make_once("implementation-workbooks", _make, across_workers=True)
    return [folder / n for n in ("mne.xlsx", "mne-copy.xlsx", "ecu.xlsx", "alb.xlsx")]


def _sheet(path, name):
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(wb[name].iter_rows(values_only=True))
    finally:
        wb.close()
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


@pytest.fixture(scope="module")
def aggregated(workbooks, tmp_path_factory):
    from capacity_app.exchange.aggregate.run import aggregate

    out = tmp_path_factory.mktemp("impl") / "all.xlsx"
    rep = aggregate(workbooks, out, bundle_dir=out.parent / "bundle", workers=0, today=TODAY)
    return rep, out


def test_two_countries_by_hand(aggregated):
    from capacity_app.exchange.aggregate.format import AGG_IMPLEMENTATION, AGG_IMPLEMENTATION_GROUPS

    rep, out = aggregated
    assert (rep.period, rep.as_of) == ("2026", "2026-11-20")  # the latest year reported, judged on today
    rows = {r["Country code"]: r for r in _sheet(out, AGG_IMPLEMENTATION)}
    assert sorted(rows) == ["ALB", "ECU", "MNE"]  # Montenegro's two files: one country
    mne, ecu, alb = rows["MNE"], rows["ECU"], rows["ALB"]
    states = ("Done", "In progress", "Late", "Dropped", "Not started", "Without a report")
    # Montenegro: publishing done; access in progress before its end (2027-06-30); the unit
    # planned from 2026-10-01, not started on 2026-11-20: late; seven actions of 2027 and later
    assert [mne[k] for k in ("Actions (all)", *states)] == [10, 1, 1, 1, 0, 7, 7]
    # Ecuador: publishing dropped, access done, the unit in progress
    assert [ecu[k] for k in ("Actions (all)", *states)] == [10, 1, 1, 0, 1, 7, 7]
    ind = ("Indicators on track", "Indicators at risk", "Indicators off track", "Indicators not judged")
    # targets for 2026: I5 25 -> 40, I6 0 -> 12, I9 0 -> 12
    # Montenegro: I5 35: 10/15 at risk; I6 12 and I9 12 on track
    assert [mne[k] for k in ind] == [2, 1, 0, 0]
    # Ecuador: I5 28 (2026-H1): 3/15 off track; I6 9: 0.75 at risk; I9 no value: not judged
    assert [ecu[k] for k in ind] == [0, 1, 1, 1]
    usd = ("Pledged (USD)", "Committed (USD)", "Disbursed (USD)", "Spent (USD)")
    # Montenegro, EUR at 0.8 a dollar: pledged 2 500 000 + 6 000 000 EUR = 10 625 000 USD;
    # committed 8 500 000 EUR = 10 625 000 USD + IOM's 15 000 USD; disbursed 6 500 000 EUR =
    # 8 125 000 USD + 5 000 USD; spent 4 400 000 EUR = 5 500 000 USD
    assert [mne[k] for k in usd] == [10_625_000, 10_640_000, 8_130_000, 5_500_000]
    # Ecuador, in dollars: pledged 8 500 000; committed 500 000 + 6 000 000 + IOM's 20 000;
    # disbursed 6 000 000 + IOM's 10 000
    assert [ecu[k] for k in usd] == [8_500_000, 6_520_000, 6_010_000, 5_500_000]
    # Albania: money in leks and no rate: no dollar figure, the currency named
    assert [alb[k] for k in usd] == [None] * 4 and alb["Currencies without a rate"] == "ALL"
    assert alb["Late"] == 1 and alb["Reporting"] == 1
    assert any("ALB" in w and "no exchange rate for ALL" in w for w in rep.warnings)

    groups = {(r["Grouping"], r["Group code"]): r for r in _sheet(out, AGG_IMPLEMENTATION_GROUPS)}
    world, europe = groups[("world", "001")], groups[("region", "150")]
    assert [world[k] for k in ("Countries", "Countries reporting", "Countries in USD", "Countries without a rate")] \
        == [3, 3, 2, 1]
    assert [world[k] for k in ("Actions (all)", *states)] == [30, 3, 3, 2, 1, 21, 21]
    assert [world[k] for k in ind] == [4, 3, 1, 1]
    assert [world[k] for k in usd] == [19_125_000, 17_160_000, 14_140_000, 11_000_000]
    assert [europe[k] for k in usd] == [10_625_000, 10_640_000, 8_130_000, 5_500_000]  # Albania left out
    assert europe["Country codes"] == "ALB MNE"


def test_partners_add_up_to_the_totals(aggregated):
    from capacity_app.exchange.aggregate.format import AGG_PARTNER_FUNDS, AGG_PARTNER_FUNDS_GROUPS

    rep, out = aggregated
    usd = ("Pledged (USD)", "Committed (USD)", "Disbursed (USD)", "Spent (USD)")
    by_partner = {(r["Country code"], r["Partner"]): [r[k] for k in usd] for r in _sheet(out, AGG_PARTNER_FUNDS)}
    iom = "International Organization for Migration (IOM)"
    # Ecuador's IOM shown as Montenegro writes it: one country each, the first in code-point order
    assert by_partner == {("ECU", "National budget"): [8_500_000, 6_500_000, 6_000_000, 5_500_000],
                          ("ECU", iom): [0, 20_000, 10_000, 0],
                          ("MNE", "National budget"): [10_625_000, 10_625_000, 8_125_000, 5_500_000],
                          ("MNE", iom): [0, 15_000, 5_000, 0]}
    world = {r["Partner"]: ([r[k] for k in usd], r["Countries"]) for r in _sheet(out, AGG_PARTNER_FUNDS_GROUPS)
             if r["Grouping"] == "world"}
    assert world == {"National budget": ([19_125_000, 17_125_000, 14_125_000, 11_000_000], 2),
                     iom: ([0, 35_000, 15_000, 0], 2)}
    about = {row[0]: row[1:] for row in (list(r.values()) for r in _sheet(out, "About"))}   # the About sheet too
    assert about["partners_merged"] == ["Partners merged by name", f"{iom} = {iom} [MNE] / {ECU_IOM} [ECU]"]
    merged = [w for w in rep.warnings if "spellings of one name merged" in w]
    assert merged == [f"2026: partner {iom!r} (partner): 2 spellings of one name merged (case, white space and "
                      f"Unicode form ignored): {iom!r} (MNE); {ECU_IOM!r} (ECU)"]
    # the analyst's files carry the same rows
    bundle = out.parent / "bundle"
    with open(bundle / "csv" / "implementation_groups.csv", encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["grouping"] == "world")
    assert [row[k] for k in ("pledged_usd", "committed_usd", "disbursed_usd", "spent_usd", "late")] == [
        "19125000", "17160000", "14140000", "11000000", "2"]
    assert (bundle / "stata" / "implementation_groups.dta").exists()
    with open(bundle / "data_dictionary.csv", encoding="utf-8") as fh:
        assert any(r["table"] == "partner_funds" and r["variable"] == "funding" and "national" in r["codes"]
                   for r in csv.DictReader(fh))


def test_the_pdf_summary_page_in_french(aggregated, qn):
    """The summary's implementation page: the world and the regions as the workbook sums them, the
    world's partners and their total; the country without a rate named under Read with care."""
    import html

    from capacity_app.reports.aggregate.summary import build_context, render_html
    from capacity_app.services.aggregation import summary

    rep, _ = aggregated
    rep.lang = "fr"
    try:
        s = summary(rep, qn)
    finally:
        rep.lang = "en"
    world = next(r for r in s.implementation if r.code == "001")
    assert (world.assessed, world.reporting, world.actions, world.states, world.indicators) == (
        3, 3, 30, (3, 3, 2, 1, 21), (4, 3, 1))
    assert s.funds[-1].total and s.funds[-1].amounts == (19_125_000, 17_160_000, 14_140_000, 11_000_000)
    assert s.funds[0].partner == "Budget national" and s.funds_countries == 2
    assert [(f.partner, f.countries) for f in s.funds[1:-1]] == [("International Organization for Migration (IOM)", 2)]
    assert any("Albanie (ALL)" in w for w in s.warnings)
    assert ("Partenaires nommés de plusieurs façons, fusionnés (casse, espaces et forme Unicode ignorés ; méthodologie, "
            "section 19) : International Organization for Migration (IOM) (International Organization for Migration "
            f"(IOM) [MNE] / {ECU_IOM} [ECU])") in s.warnings
    page = html.unescape(render_html(build_context(s)))
    assert "Mise en œuvre en 2026" in page and "Fonds par partenaire, 2026" in page and "Retardées" in page
    assert "19\u202f125\u202f000" in page and "Implementation" not in page


def test_a_period_asked_and_a_bad_one(workbooks, tmp_path):
    from capacity_app.exchange.aggregate.run import AggregateError, aggregate

    rep = aggregate(workbooks[2:3], None, workers=0, period="2026h1", today=TODAY)
    assert rep.period == "2026-H1" and rep.as_of == "2026-06-30"
    f = rep.used[0].implementation
    # Ecuador's one entry inside the first half-year is I5's value: it reports; no action has a
    # report, each stands by the plan (planned, starting from July): not started
    assert f.reporting and f.unreported == 10 and f.actions["not_started"] == 10
    # I5 held to its 2026 target: off track; I6 (a value for the whole year) and I9: not judged
    assert f.indicators == {"on_track": 0, "at_risk": 0, "off_track": 1, "not_judged": 2}
    assert f.fund_totals == {"pledged": 8_500_000, "committed": 0, "disbursed": 0, "spent": 0}
    out = tmp_path / "x.xlsx"
    with pytest.raises(AggregateError, match="--period: the reporting period '2026-Q1'"):
        aggregate(workbooks[2:3], out, workers=0, period="2026-Q1")
    assert not out.exists()


# --- over random countries and rounds: each country once, every group's rows add up -------------------

POOL = ("MNE", "ALB", "SRB", "ECU", "PER", "KEN", "SEN", "FJI", "NPL")
PARTNERS = (("national", ""), ("partner", "IOM"), ("partner", "European Union"), ("partner", "EUROPEAN  union"),
            ("other", "RTAC"))   # two spellings of one partner: one partner, each country counted once


@st.composite
def runs(draw):
    """A report's rounds: each country of a random set in one to three rounds, its latest in the
    roll-ups (or, its score provisional, left out of the score roll-ups but not of the plans'),
    with random figures for the period."""
    from decimal import Decimal

    from capacity_app.catalog import countries
    from capacity_app.domain.plan.implementation import ACTION_STATES, FUND_KINDS, INDICATOR_STANDINGS, Implementation
    from capacity_app.exchange.aggregate.groups import CountryScores
    from capacity_app.exchange.aggregate.model import AggregateReport, CountryRound, FileRecord, Identity, Recomputed

    rounds = []
    for iso in draw(st.lists(st.sampled_from(POOL), unique=True, max_size=6)):
        c = countries.lookup(iso)
        years = sorted(draw(st.sets(st.sampled_from([2024, 2025, 2026]), min_size=1, max_size=3)))
        for y in years:
            funds = draw(st.one_of(st.none(), st.dictionaries(st.sampled_from(PARTNERS), st.fixed_dictionaries(
                {k: st.integers(0, 10**9).map(Decimal) for k in FUND_KINDS}), max_size=3)))
            f = Implementation("2026", draw(st.booleans()),
                               draw(st.fixed_dictionaries({s: st.integers(0, 9) for s in ACTION_STATES})),
                               draw(st.integers(0, 3)),
                               draw(st.fixed_dictionaries({s: st.integers(0, 5) for s in INDICATOR_STANDINGS})),
                               funds, () if funds is not None else ("XOF",))
            band = draw(st.sampled_from(["", "developing"]))   # "": a provisional score
            scores = CountryScores(iso, y, c.region_code, c.sub_region_code, c.intermediate_region_code,
                                   countries.groups_of(iso, f"{y}-07-01", countries.SIDS_M49), 50.0, band)
            latest = y == years[-1]
            rounds.append(CountryRound(FileRecord(f"{iso}-{y}.xlsx", identity=Identity(iso, y)), scores,
                                       Recomputed(50.0, band, "3.0", 0.5 if not band else 1.0, None, {}, {}, {}, []),
                                       f"{y}-07-01", {}, in_rollups=latest and bool(band),
                                       rollup_note=("used" if band else "provisional") if latest else "other_round",
                                       implementation=draw(st.one_of(st.none(), st.just(f)))))
    return AggregateReport([], [], None, rounds, period="2026", as_of="2026-11-20")


@settings(max_examples=40, deadline=None)
@given(runs())
def test_countries_counted_once_and_rows_add_up(rep):
    from capacity_app.exchange.aggregate.tables import implementation_tables

    rounds = sorted(rep.rounds, key=lambda r: (r.country, r.record.round))
    country_t, group_t, partner_t, partner_group_t = implementation_tables(rounds, rep)
    assert len(country_t.rows) == len(rep.rounds)  # every round listed, its roll-up flag said
    used = {r.country: r for r in rep.plan_rounds}
    assert len(used) == len(rep.plan_rounds)  # one assessment per country in the roll-ups
    assert set(used) == {r.country for r in rep.rounds}  # a provisional score keeps no plan out

    def cols(t, row):
        return dict(zip([c.var for c in t.columns], row, strict=True))

    usd = ("pledged_usd", "committed_usd", "disbursed_usd", "spent_usd")
    countries_rows = {cols(country_t, row)["iso3"]: cols(country_t, row) for row in country_t.rows
                      if cols(country_t, row)["in_rollups"]}
    for row in group_t.rows:
        g = cols(group_t, row)
        members = g["country_list"].split()
        assert len(members) == len(set(members)) == g["countries"]  # each country once
        assert g["provisional_countries"] == sum(countries_rows[m]["provisional"] for m in members)
        reporting = [countries_rows[m] for m in members if countries_rows[m]["reporting"]]
        assert g["reporting_countries"] == len(reporting)
        for k in ("n_actions", "done", "in_progress", "late", "dropped", "not_started", "ind_on_track"):
            assert g[k] == sum(r[k] for r in reporting), k
        in_usd = [r for r in reporting if r["pledged_usd"] is not None]
        assert g["funds_countries"] == len(in_usd)
        partners = [cols(partner_group_t, p) for p in partner_group_t.rows]
        mine = [p for p in partners if (p["grouping"], p["group_code"]) == (g["grouping"], g["group_code"])]
        for k in usd:  # the countries' totals, and the partners' rows, add up to the group's
            total = sum(r[k] for r in in_usd)
            assert (g[k] if in_usd else 0) == total == sum(p[k] for p in mine), k
        # one row per partner however its countries spell it, counting the countries that pay it
        assert len({(p["funding"], p["partner"].casefold()) for p in mine}) == len(mine)
        for p in mine:
            payers = {iso for iso in members if countries_rows[iso]["reporting"]
                      and used[iso].implementation.funds is not None
                      and any((f, " ".join((n or p["partner"]).casefold().split()))   # no name: the source's label
                              == (p["funding"], " ".join(p["partner"].casefold().split()))
                              for f, n in used[iso].implementation.funds)}
            assert p["partner_countries"] == len(payers), p
    for iso, r in countries_rows.items():  # a country's partner rows add up to its totals
        mine = [cols(partner_t, p) for p in partner_t.rows if p[0] == iso]
        if r["reporting"] and r["pledged_usd"] is not None:
            assert all(sum(p[k] for p in mine) == r[k] for k in usd)
        else:
            assert mine == []


def test_the_command_line_takes_the_period(workbooks, cli_run, tmp_path):
    out = tmp_path / "cli.xlsx"
    r = cli_run("aggregate", workbooks[2], "--xlsx", out, "--period", "2026", "--quiet")
    assert r.exit_code == 0 and "implementation: 2026, judged on" in r.output
    bad = cli_run("aggregate", workbooks[2], "--xlsx", tmp_path / "bad.xlsx", "--period", "2026-Q3", "--quiet")
    assert bad.exit_code != 0 and not (tmp_path / "bad.xlsx").exists()
    assert "--period: the reporting period '2026-Q3' is not a year" in bad.output
    assert len([ln for ln in bad.output.splitlines() if ln.strip()]) == 1


@pytest.mark.parametrize("lang, more", [("en", "more)"), ("fr", "de plus)")])
def test_hundreds_of_spellings_of_one_partner_fit_the_about_sheet_s_cell(lang, more):
    """Merged spellings past a cell's 32,767 characters (which openpyxl would cut silently): cut
    to fit, the spellings left out counted in the report's language; a short value is whole."""
    from capacity_app.domain.celltext import CELL_MAX, cell_length
    from capacity_app.exchange.aggregate.implementation import merged_text
    from capacity_app.exchange.aggregate.model import AggregateReport

    spellings = {f"International Organization for Migration variant {i:04d} (IOM)": (f"C{i:02d}",)
                 for i in range(700)}
    rep = AggregateReport([], [], None, lang=lang)
    rep.partners = {("partner", "iom"): ("IOM", spellings), ("partner", "undp"): ("UNDP", {"UNDP": ("ECU",),
                                                                                          "undp": ("MNE",)})}
    value = merged_text(rep)
    assert cell_length(value) <= CELL_MAX and value.endswith(more)
    kept = value.count(" [C")
    assert 300 < kept < 700 and value.rsplit("(", 1)[1].startswith(f"{702 - kept} ")   # the UNDP's two as well
    short = merged_text(rep, limit=10 ** 6)
    assert short.endswith("UNDP = UNDP [ECU] / undp [MNE]") and short.count(" [C") == 700
