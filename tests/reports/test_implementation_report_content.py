"""The implementation report as a ministry presents it (reports/plan/progress.py, progress.html.j2):
execution rates per action, per partner and in all, in the period and since the plan began, in the
plan's currency at the plan's rates; every overrun in its words; the actions at risk or off track
with their reasons; each indicator from its baseline to its end target; the next period's actions
and budget; who reported; the contents page and the signatures.

The figures are recomputed by hand on the demo and on a small plan made here (two currencies and
one no rate converts, an overrun, an action off track with its reason, an institution that did not
report). One PDF per language (English, Arabic) and one Word copy, laid out once for the module."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from decimal import Decimal

import pytest

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Finance, Rate, convert, exact_sum, rounded
from capacity_app.domain.plan.overrun import overrun_text
from capacity_app.domain.plan.progress import (
    ActionProgress,
    IndicatorValue,
    LineMoney,
    action_lead,
    money_by_partner,
    money_by_partner_to_date,
    next_period,
    period_summary,
    plan_leads,
    runs_in,
)
from capacity_app.domain.plan.results import Indicator, Outcome, ResultsChain, Target
from capacity_app.reports.format import load_strings

D = Decimal
TODAY = _dt.date(2027, 2, 15)
ISOLATES = "\u2066\u2067\u2068\u2069\u200e\u200f\u200b"

# --- a small plan: XOF the plan's currency, EUR at the plan's rate (1 EUR = 600 / 0.9 XOF), GBP with no rate --------
FINANCE = Finance("XOF", (Rate("XOF", D(600), "2025-01-01"), Rate("EUR", D("0.9"), "2025-01-01")))
ACTIONS = (
    Action("a1", "Census tables", institutions=("NSO",), start="2025-Q1", end="2026-Q4",
           costs=(Cost(2025, D(1000000), "XOF"), Cost(2026, D(2000000), "XOF"))),
    Action("a2", "Survey", institutions=("NSO", "Ministry of Labour"), start="2026-Q1", end="2027-Q4",
           costs=(Cost(2026, D(4000), "EUR", "partner", "EU"), Cost(2027, D(6000), "EUR", "partner", "EU"))),
    Action("a3", "Registers", institutions=("Ministry of the Interior",), start="2025-Q3", end="2026-Q2",
           costs=(Cost(2026, D(500000), "XOF"),)),
    Action("a4", "Mirror data", institutions=("Central Bank",), start="2026-Q3", end="2027-Q2",
           costs=(Cost(2027, D(1000), "GBP", "partner", "FCDO"),)),
)
REASON = "The decree was not signed"
NOTE = "advance from the 2027 budget"
ENTRIES = (
    ActionProgress("a1", "2025", "in_progress", "2025-02-01", None, "",
                   (LineMoney(1, "XOF", D(1000000), D(1000000), D(900000)),)),
    # line 2: 2 600 000 spent of a budget of 2 000 000 (130 %: off track) and above the 2 000 000 disbursed
    ActionProgress("a1", "2026", "done", "2025-02-01", "2026-10-01", "",
                   (LineMoney(2, "XOF", D(2000000), D(2000000), D(2600000), NOTE),)),
    ActionProgress("a2", "2026", "in_progress", "2026-02-01", None, "",
                   (LineMoney(1, "EUR", D(4000), D(3000), D("1500.5")),)),
    ActionProgress("a3", "2026", "planned", None, None, REASON),      # after its end: off track
)                                                                     # a4 (the Central Bank's): no report
CHAIN = ResultsChain("Objective", outcomes=(Outcome("O1", "Outcome"),), indicators=(
    Indicator("I1", "output", "a1", "Tables published", "tables", D(0), 2024,
              (Target(2025, D(5)), Target(2026, D(10)), Target(2027, D(12)))),
    Indicator("I2", "outcome", "O1", "Share asking", "%", D(20), 2024, (Target(2027, D(40)),)),
))
VALUES = (IndicatorValue("I1", "2025", D(4), "2025-12-01"), IndicatorValue("I1", "2026-H1", D(7), "2026-06-15"),
          IndicatorValue("I1", "2026", D(11), "2026-12-01"))


def small_report(lang: str = "en"):
    from capacity_app.reports.plan.progress import progress_report

    summary = period_summary(ACTIONS, ENTRIES, "2026", TODAY, VALUES, CHAIN)
    return summary, progress_report(summary, lang, load_strings(lang), finance=FINANCE, entries=ENTRIES,
                                    values=VALUES, chain=CHAIN)


@pytest.fixture(scope="module")
def small():
    return small_report("en")


@pytest.fixture(scope="module")
def demo(demo_db):
    """The demo's 2026, its report built as the service builds it, with the plan's money settings,
    every entry, every value and the results chain: (summary, report, store reads)."""
    from capacity_app.reports.plan.progress import progress_report
    from capacity_app.services.assessments import open_store
    from capacity_app.services.plan import progress as prog
    from capacity_app.services.plan.progress_replies import lead, leads

    with open_store(demo_db[0], readonly=True) as store:
        aid = demo_db[1]
        summary = prog.summary(store, aid, "2026", today=TODAY)
        reads = dict(finance=store.plan_finance(aid), entries=store.action_progress(aid),
                     values=store.indicator_values(aid), chain=store.results_chain(aid))
        plan = store.action_plan(aid)
        services_leads = (leads(plan), [lead(a) for a in plan])
    return summary, progress_report(summary, "en", load_strings("en"), **reads), reads, services_leads


def rows(table) -> dict[str, tuple[str, ...]]:
    """An execution table's first block: label -> cells (the total row under "Total")."""
    return {r.label: r.cells for r in table.blocks[0].rows}


def amount(text: str) -> Decimal:
    """An English amount as printed ("XOF 2,600,000", "1,000.50") read back."""
    return D(re.sub(r"[^\d.]", "", text))


# --- the domain's helpers ----------------------------------------------------------------------------------------

def test_the_next_period_and_the_actions_running_in_it():
    assert [next_period(p) for p in ("2026", "2026-H1", "2026-H2")] == ["2027", "2026-H2", "2027-H1"]
    a1, a2, a3, a4 = ACTIONS
    assert [runs_in(a, "2027") for a in ACTIONS] == [False, True, False, True]
    assert runs_in(a3, "2026-H1") and not runs_in(a3, "2026-H2")
    assert runs_in(Action("x", "Open", start="2026-Q3"), "2030") and not runs_in(Action("y", "None"), "2026")


def test_the_leads_are_those_the_progress_forms_are_sent_to(demo):
    *_, (services_leads, services_lead) = demo
    summary = demo[0]
    plan = [r.action for r in summary.rows]
    assert plan_leads(plan) == services_leads and [action_lead(a) for a in plan] == services_lead
    assert plan_leads(ACTIONS) == ["NSO", "Ministry of the Interior", "Central Bank"]


def test_the_money_by_partner_since_the_plan_began():
    """Pledged: every line up to the period's year; the money of every entry ending by its end."""
    since = money_by_partner_to_date(ACTIONS, ENTRIES, "2026")
    assert since[("national", "", "XOF")] == {"pledged": D(3500000), "committed": D(3000000),
                                              "disbursed": D(3000000), "spent": D(3500000)}
    assert since[("partner", "EU", "EUR")]["pledged"] == D(4000)
    assert money_by_partner_to_date(ACTIONS, ENTRIES, "2025")[("national", "", "XOF")]["spent"] == D(900000)
    in_2026 = money_by_partner(ACTIONS, ENTRIES, "2026")
    assert in_2026[("national", "", "XOF")]["pledged"] == D(2500000)   # the period's alone, unchanged


# --- execution rates, recomputed by hand ---------------------------------------------------------------------------

def test_the_small_plan_s_execution_rates_by_hand(small):
    """In XOF at the plan's rates (1 EUR = 600 / 0.9 = 666.67 XOF). 2026: the census tables 2 000 000
    budget, 2 000 000 disbursed (100 %), 2 600 000 spent (130 %); the survey EUR 4 000 = 2 666 666.67
    budget, EUR 3 000 = 2 000 000 disbursed (75 %), EUR 1 500.50 = 1 000 333.33 spent (37.5 %: 38 %);
    the registers 500 000, nothing paid. In all 5 166 666.67 (printed 5 166 667, the survey's cell
    taking the unit left over), 4 000 000 disbursed (77.4 %), 3 600 333.33 spent (69.7 %). Since 2025
    the census tables' 2025 line (1 000 000, 1 000 000 disbursed, 900 000 spent) is added."""
    _summary, r = small
    titles = [t.title for t in r.rates]
    assert titles == ["By action, 2026", "By action, since the plan began (2025–2026)", "By partner, 2026",
                      "By partner, since the plan began (2025–2026)"]
    assert [b.currency for t in r.rates for b in t.blocks] == ["XOF"] * 4     # GBP: no line of 2025 or 2026
    assert rows(r.rates[0]) == {
        "1. Census tables": ("2,000,000", "2,000,000", "2,600,000", "100%", "130%"),
        "2. Survey": ("2,666,667", "2,000,000", "1,000,333", "75%", "38%"),
        "3. Registers": ("500,000", "0", "0", "0%", "0%"),
        "Total": ("5,166,667", "4,000,000", "3,600,333", "77%", "70%")}
    assert rows(r.rates[1])["1. Census tables"] == ("3,000,000", "3,000,000", "3,500,000", "100%", "117%")
    assert rows(r.rates[1])["Total"] == ("6,166,667", "5,000,000", "4,500,333", "81%", "73%")
    assert rows(r.rates[2]) == {
        "National budget": ("2,500,000", "2,000,000", "2,600,000", "80%", "104%"),
        "EU": ("2,666,667", "2,000,000", "1,000,333", "75%", "38%"),
        "Total": ("5,166,667", "4,000,000", "3,600,333", "77%", "70%")}
    assert rows(r.rates[3])["National budget"] == ("3,500,000", "3,000,000", "3,500,000", "86%", "100%")
    assert r.rate_columns == ("Budget", "Disbursed", "Spent", "Disbursed of budget", "Spent of budget")
    # the summary says the whole plan's execution in the totals printed
    said = [" ".join(x.split()) for x in r.achieved]
    # money in a sentence names its currency (reports.money.money_in_words), the tables keep the code
    assert ("Budget executed in 2026: 3,600,333 West African CFA francs spent of a budget of 5,166,667 West African "
            "CFA francs (70%); 4,000,000 West African CFA francs disbursed (77% of the budget pledged).") in said
    assert any(x.startswith("Since the plan began (2025–2026): 4,500,333 West African CFA francs spent of a budget "
                            "of 6,166,667 West African CFA francs (73%)") for x in said)
    # what the budget is, the currency and its rates; the line no rate converts is named
    note = " ".join(r.budget_note.split())
    assert "what the plan's cost lines give" in note and "converted at its exchange rates: 1 United States dollar = 0.9 euros; 1 United States dollar = 600 West African CFA francs." in note
    assert " ".join(r.not_converted.split()) == (
        "No exchange rate converts these cost lines into the plan's currency (XOF); their money is shown in their own "
        "currency: cost line 1 of action 4 (2027, 1,000 British pounds).")


def test_the_demo_s_execution_rates_by_hand(demo):
    """The demo's 2026 in XOF at USD 1 = XOF 605.25: IOM's USD 7 500 disbursed = 4 539 375 and USD
    4 200 spent = 2 542 050, on the agreement's 2027 line (nothing pledged for 2026). The census
    tables 2 500 000 budget, 2 500 000 disbursed, 2 410 000 spent (96.4 %); the agreement 6 000 000
    budget, 4 500 000 + 4 539 375 = 9 039 375 disbursed (150.7 %), 2 100 000 + 2 542 050 = 4 642 050
    spent (77.4 %); in all 8 500 000, 11 539 375 (135.8 %), 7 052 050 (83.0 %). The plan began in 2026:
    no table since it began (it would repeat the year's)."""
    summary, r, reads, _ = demo
    assert reads["finance"].currency == "XOF"
    actions, partners = r.rates
    assert rows(actions) == {
        f"1. {summary.rows[0].action.title}": ("2,500,000", "2,500,000", "2,410,000", "100%", "96%"),
        f"2. {summary.rows[1].action.title}": ("6,000,000", "9,039,375", "4,642,050", "151%", "77%"),
        "Total": ("8,500,000", "11,539,375", "7,052,050", "136%", "83%")}
    assert rows(partners) == {"National budget": ("8,500,000", "7,000,000", "4,510,000", "82%", "53%"),
                              "International Organization for Migration (IOM)": ("0", "4,539,375", "2,542,050", "–", "–"),
                              "Total": ("8,500,000", "11,539,375", "7,052,050", "136%", "83%")}
    assert "The plan began in 2026" in r.budget_note and any("The plan began in 2026" in x for x in r.achieved)
    # money above the plan, said: IOM spent in 2026 on a line pledged for 2027
    assert [" ".join(x.split()) for x in r.above_plan] == [
        "International Organization for Migration (IOM): 4,200 United States dollars spent in 2026 against 0 United "
        "States dollars pledged for 2026, 4,200 United States dollars above the plan."]


@pytest.mark.parametrize(("lang", "years"), [("en", "2025–2026"), ("ru", "2025–2026"), ("fr", "2025–2026"),
                                             ("ar", "من 2025 إلى 2026")])
def test_the_years_since_the_plan_began_are_a_closed_range(lang, years):
    """Two bare years are a range of figures, closed up with an en dash ("2025–2026"; UN Arabic in
    words), not the spaced dash of two written periods ("2025 — 2026" in Russian)."""
    r = small_report(lang)[1]
    titles = [t.title for t in r.rates]
    assert sum(years in t for t in titles) == 2, titles
    assert not any(" – 2026" in t or "— 2026" in t for t in titles), titles


def test_an_earlier_year_s_money_spent_late_is_not_above_the_plan():
    """A partner's line of 2025 (80 000 EUR), 60 000 disbursed and 55 000 spent in 2025, the rest
    disbursed and 24 000 spent in 2026: nothing pledged for 2026, yet 79 000 spent to date of the
    80 000 pledged to date; the report does not tell the minister it spent 24 000 above the plan.
    The same partner spending 30 000 in 2026 (85 000 to date) is above the plan, as is a line of
    2027 spent ahead in 2026 (the demo's IOM)."""
    from capacity_app.reports.plan.progress import progress_report

    eu = Action("b1", "Border tables", institutions=("CSPD",), start="2025-Q1", end="2026-Q2",
                costs=(Cost(2025, D(80000), "EUR", "partner", "European Union"), Cost(2026, D(30000), "EUR")))

    def said(spent_2026: str) -> tuple[str, ...]:
        entries = (ActionProgress("b1", "2025", "in_progress", "2025-03-10", None, "",
                                  (LineMoney(1, "EUR", D(80000), D(60000), D(55000)),)),
                   ActionProgress("b1", "2026", "done", "2025-03-10", "2026-06-25", "",
                                  (LineMoney(1, "EUR", None, D(20000), D(spent_2026), "carried over"),)))
        summary = period_summary((eu,), entries, "2026", TODAY)
        return progress_report(summary, "en", load_strings("en"), finance=FINANCE, entries=entries).above_plan

    assert said("24000") == ()
    assert [" ".join(x.split()) for x in said("30000")] == [
        "European Union: 30,000 euros spent in 2026 against 0 euros pledged for 2026, 30,000 euros above the plan."]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ru", "pt"])
def test_every_partner_row_above_its_pledge_is_explained_under_the_table(lang):
    """The money by partner of 2026: the European Union, nothing pledged for 2026, spends 24 000
    of its 2025 line (an earlier year's); IOM commits in 2026 on its 2027 line (a later year's); the
    national budget within its 2026 line. Each row above its pledge gets one sentence under the
    table, naming the years; a row within its pledge none; in every language, no placeholder left."""
    from capacity_app.domain.placeholders import fill
    from capacity_app.reports.format import fmt_list
    from capacity_app.reports.plan.progress import period_words, progress_report

    eu = Action("b1", "Border tables", institutions=("CSPD",), start="2025-Q1", end="2027-Q2",
                costs=(Cost(2025, D(80000), "EUR", "partner", "European Union"), Cost(2026, D(30000), "EUR"),
                       Cost(2027, D(20000), "USD", "partner", "IOM")))
    entries = (ActionProgress("b1", "2025", "in_progress", "2025-03-10", None, "",
                              (LineMoney(1, "EUR", D(80000), D(60000), D(55000)),)),
               ActionProgress("b1", "2026", "in_progress", "2025-03-10", None, "",
                              (LineMoney(1, "EUR", None, D(20000), D(24000), "carried over"),
                               LineMoney(2, "EUR", D(30000), D(20000), D(10000)),
                               LineMoney(3, "USD", D(5000), None, None))))
    summary = period_summary((eu,), entries, "2026", TODAY)
    s = load_strings(lang)
    r = progress_report(summary, lang, s, finance=FINANCE, entries=entries)
    assert len(r.other_years) == 2 and r.above_plan == ()
    union, iom = r.other_years
    assert union.startswith("European Union") and "2025" in union and "{" not in union
    assert iom.startswith("IOM") and "2027" in iom and "{" not in iom
    if lang == "en":
        assert "pledged for an earlier year and spent late" in union
        assert "pledged for a later year and committed or paid early" in iom
    else:
        en = load_strings("en")
        for key in ("progress_other_years_earlier", "progress_other_years_later", "progress_other_years_both"):
            assert s[key] != en[key] and all(f"{{{x}}}" in s[key] for x in ("partner", "period", "years", "year"))
    # the Union commits on a line of 2027 as well: one sentence, earlier and later years both named
    eu2 = replace(eu, costs=(*eu.costs, Cost(2027, D(9000), "EUR", "partner", "European Union")))
    more = (entries[0], replace(entries[1], lines=(*entries[1].lines, LineMoney(4, "EUR", D(9000), None, None))))
    (union2, _iom) = progress_report(period_summary((eu2,), more, "2026", TODAY), lang, s, finance=FINANCE,
                                     entries=more).other_years
    assert "2025" in union2 and "2027" in union2 and union2 == fill(str(s["progress_other_years_both"]), **{
        "partner": "European Union", "year": 2026, "period": period_words("2026", lang, "in"),
        "years": fmt_list(["2025", "2027"], lang)})
    assert progress_report(summary, lang, s, finance=FINANCE).other_years == ()   # no entries given: none said


@pytest.mark.parametrize("which", ["demo", "small"])
def test_every_printed_table_adds_up_as_printed(which, demo, small):
    r = (demo if which == "demo" else small)[1]
    for t in r.rates:
        for b in t.blocks:
            if len(b.rows) == 1:          # a single row: no total under it, which would only repeat it
                assert not b.rows[0].total
                continue
            body, total = b.rows[:-1], b.rows[-1]
            assert total.total and not any(x.total for x in body)
            for col in range(3):
                assert sum(amount(x.cells[col]) for x in body) == amount(total.cells[col]), (t.title, col)
    # the money by partner: each currency's total under more than one row of it ("Total (XOF)" when the
    # table holds several), then the table's total in the plan's currency when every currency converts
    grand = [m for m in r.money if m.partner.startswith("Total in the plan's currency")]
    rows = [m for m in r.money if m not in grand]
    several = len({m.currency for m in rows}) > 1
    for currency in {m.currency for m in rows}:
        block = [m for m in rows if m.currency == currency]
        assert block[-1].total == (len(block) > 1)
        assert not block[-1].total or block[-1].partner == (f"Total ({currency})" if several else "Total")
        for col in range(4 if len(block) > 1 else 0):
            assert sum(amount(m.cells[col]) for m in block[:-1]) == amount(block[-1].cells[col])
    partners = next(t for t in r.rates if t.title.startswith("By partner, 2026"))
    assert len(grand) == (1 if several and len(partners.blocks) == 1 else 0)
    if grand:   # the execution table's conversion and rounding: its pledged, disbursed and spent
        (total,) = [x for x in partners.blocks[0].rows if x.total]
        assert grand[0].currency == partners.blocks[0].currency and grand[0].total
        assert [amount(grand[0].cells[k]) for k in (0, 2, 3)] == [amount(total.cells[k]) for k in range(3)]
    for i, _currency in enumerate(r.next_currencies):
        column = [a.budget[i] for a in r.next_actions if a.budget[i] != "–"]
        if r.next_total:
            assert sum(amount(x) for x in column) == amount(r.next_total[i])
    assert bool(r.next_total) == any(
        sum(1 for a in r.next_actions if a.budget[i] != "–") > 1 for i in range(len(r.next_currencies)))


def test_the_next_period_s_budget_is_the_sum_of_next_year_s_lines(demo, small):
    """2027: every cost line of 2027 converted into the plan's currency, summed exactly, rounded once."""
    summary, r, reads, _ = demo
    finance = reads["finance"]
    lines = [c for row in summary.rows for c in row.action.costs if c.year == 2027]
    assert all(convert(c.amount, c.currency, "XOF", finance) is not None for c in lines)
    exact = exact_sum(convert(c.amount, c.currency, "XOF", finance) for c in lines)
    assert r.next_period == "2027" and r.next_currencies == ("XOF",)
    assert amount(r.next_total[0]) == rounded(exact)
    agreement = next(a for a in r.next_actions if a.number == 2)
    assert agreement.budget == ("9,078,750",)                      # USD 15 000 × 605.25
    # the small plan: the survey's EUR 6 000 = 4 000 000 XOF; the mirror data's GBP 1 000 in a column of its own
    _s, small_r = small
    # a single amount in each column: no total under it, which would only repeat it
    assert small_r.next_currencies == ("XOF", "GBP") and small_r.next_total == ()
    assert [(a.number, a.budget, a.lead) for a in small_r.next_actions] == [
        (2, ("4,000,000", "–"), "NSO"), (4, ("–", "1,000"), "Central Bank")]
    assert small_r.next_actions[0].timeline == "Q1 2026 – Q4 2027"


# --- overruns, risks, indicators, who reported, signatures ---------------------------------------------------------

def test_the_overrun_appears_with_its_words_and_the_note_given(small):
    """Two overruns of one cost line: one row, the line named once, each overrun in its words, the
    note once."""
    summary, r = small
    census = summary.rows[0]
    assert len(census.overruns) == 2 and len(r.overruns) == 1
    (row,) = r.overruns
    said = [" ".join(k.split()) for k in row.kinds]
    assert row.text == "Cost line 2" and said == [
        "2,600,000 West African CFA francs spent to date is above the line's budget of 2,000,000 West African CFA "
        "francs (130%)", "2,600,000 West African CFA francs spent to date is above the 2,000,000 West African CFA "
        "francs disbursed"]
    for o, text in zip(census.overruns, said, strict=True):   # the words of every other path
        words = overrun_text(o, 1).split(":", 1)[1]
        assert re.sub(r"West African CFA francs|[\d,\s%()]", "", text) == re.sub(r"[\d\s%()]|XOF|;.*", "", words)
    assert row.note == NOTE and row.action == "1. Census tables"
    assert "Cost lines with an overrun to the end of 2026 (money above what the line should hold): 1." in r.achieved


def test_every_action_at_risk_or_off_track_has_its_reason(small):
    """The action's reason for the period, else the note on its cost line above budget (the officer
    wrote why there), else the words "no reason given"."""
    _summary, r = small
    assert [(x.number, x.standing_code, x.reason, x.given) for x in r.risks] == [
        (1, "off_track", f"cost line 2: {NOTE}", True), (3, "off_track", REASON, True),
        (4, "off_track", "no reason given", False)]
    assert r.risks[0].parts == "Timeline: on track; money: off track; indicators: on track."


@pytest.mark.parametrize("lang, said", [("en", "cost line 1: Two extra technical workshops"),
                                         ("fr", "ligne de coût 1 : Two extra technical workshops")])
def test_the_note_on_a_line_spent_above_its_budget_is_printed_not_no_reason(lang, said):
    """Spent above the line's budget, never above the money disbursed: the note recorded on the line
    is the overrun row's note and the action's reason in the actions at risk or off track; "no
    reason given" was printed although the officer had written why."""
    from capacity_app.reports.plan.progress import progress_report

    action = Action("b1", "Data-sharing agreement", institutions=("DoS",), start="2026-Q1", end="2026-Q4",
                    costs=(Cost(2026, D(12600), "JOD"),))
    entry = ActionProgress("b1", "2026", "done", "2026-04-10", "2026-11-20", "",
                           (LineMoney(1, "JOD", D(15800), D(15800), D(15800), "Two extra technical workshops"),))
    summary = period_summary((action,), (entry,), "2026", TODAY)
    r = progress_report(summary, lang, load_strings(lang), entries=(entry,))
    (row,) = r.overruns
    assert row.note == "Two extra technical workshops"
    (risk,) = r.risks
    assert risk.standing_code == "off_track" and risk.given and risk.reason == said


def test_each_indicator_from_its_baseline_to_its_end_target(small):
    _summary, r = small
    assert r.series_periods == ("2025", "H1\u00a02026", "2026") and r.series_target == "Target 2026"
    assert [(x.indicator, x.baseline, x.values, x.target, x.end_target) for x in r.series] == [
        ("I1: Tables published", "0 (2024)", ("4", "7", "11"), "10", "12 (2027)"),
        ("I2: Share asking", "20% (2024)", ("–", "–", "–"), "–", "40% (2027)")]   # in per cent: a percentage
    assert "Indicators judged against their target for 2026: 1; on track: 1, at risk: 0, off track: 0." in r.achieved


def test_who_reported_and_who_did_not(small):
    _summary, r = small
    assert r.leads_line == "Lead institutions with a report for 2026: 2 of 3."
    assert [(x.institution, x.actions, x.reported, x.missing, x.has_report) for x in r.leads] == [
        ("NSO", "1 and 2", "1 and 2", "–", True), ("Ministry of the Interior", "3", "3", "–", True),
        ("Central Bank", "4", "–", "4", False)]
    assert r.achieved[0] == "Actions of the plan in 2026 (4 in all): 1 done, 1 in progress, 2 not started, 0 dropped."
    assert r.done == ("1. Census tables",)
    assert [b.heading for b in r.signatures] == ["Prepared by", "Approved by"]


def test_without_the_plan_s_money_settings_each_currency_stands_alone(small):
    """As the report is built when only the period's summary is given: nothing converted, nothing
    said of the plan's currency, no partner table since the plan began (it needs every entry)."""
    from capacity_app.reports.plan.progress import progress_report

    summary, _ = small
    r = progress_report(summary, "en", load_strings("en"))
    assert [t.title for t in r.rates] == ["By action, 2026", "By action, since the plan began (2025–2026)",
                                          "By partner, 2026"]
    assert [b.currency for b in r.rates[0].blocks] == ["EUR", "XOF"]
    assert rows(r.rates[0])["2. Survey"] == ("4,000", "3,000", "1,501", "75%", "38%")
    assert "XOF" not in r.budget_note and r.not_converted == ""


# --- the PDF (English, Arabic) and the Word copy -------------------------------------------------------------------

HEADINGS = ("contents", "progress_execution", "progress_overruns", "progress_risks", "progress_series",
            "progress_leads", "sig_heading")


DECISIONS = ("Vote the budget line of the unit", "Sign the data protection decree")


def _solid(text: str) -> str:
    return "".join(ch for ch in "".join(text.split()) if ch not in ISOLATES)


@pytest.fixture(scope="module")
def rendered(demo_db, tmp_path_factory):
    """The small plan's report in the demo's context (its cover), in English and Arabic: the PDF of
    each and the English Word copy (with the PDF's pages, not laid out again)."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context, render_report_docx, render_report_pdf

    folder = tmp_path_factory.mktemp("implementation")
    out = {}
    with open_store(demo_db[0], readonly=True) as store:
        contexts = {lang: progress_report_context(store, demo_db[1], "2026", lang, today=TODAY) for lang in ("en", "ar")}
    for lang, ctx in contexts.items():
        ctx = replace(ctx, progress=replace(small_report(lang)[1], decisions=DECISIONS))
        pages: dict[str, int] = {}
        out[lang] = render_report_pdf(ctx, folder / f"{lang}.pdf", pages=pages)
        if lang == "en":
            out["docx"] = render_report_docx(ctx, folder / "en.docx", pages=pages)
    return out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_pdf_has_the_new_sections(rendered, lang):
    from pdf_text import page_texts

    s = load_strings(lang)
    pages = page_texts(rendered[lang])
    text = _solid(" ".join(pages))
    for key in HEADINGS:
        assert _solid(s[key]) in text, key
    assert _solid(s["progress_next"].split("{period}")[0].strip(": ")) in text   # its period and colon: moved in Arabic
    assert _solid(s["contents"]) in _solid(pages[1])               # the contents page follows the cover
    assert _solid(s["progress_execution"]) in _solid(pages[1])
    if lang == "en":
        flat = " ".join(" ".join(pages).split()).replace("\u2019", "'")
        assert "spent to date is above the line's budget of" in flat and REASON in flat and NOTE in flat
        assert "5,166,667" in flat and "Central Bank" in flat


def test_the_word_copy_has_the_headings(rendered):
    from docx import Document

    doc = Document(str(rendered["docx"]))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    s = load_strings("en")
    for key in HEADINGS[1:]:
        assert s[key] in headings, key
    assert "Next period: 2027" in headings
    tables = [[c.text for c in t.rows[0].cells] for t in doc.tables]
    assert ["Action (XOF)", "Budget", "Disbursed", "Spent", "Disbursed of budget", "Spent of budget"] in tables
    assert [p.text for p in doc.paragraphs if p.style.name == "TOC Heading"] == ["Contents"]
    # the decisions numbered in their order, as the PDF numbers them (not bullets)
    texts = [p.text for p in doc.paragraphs]
    assert [f"{n}. {d}" for n, d in enumerate(DECISIONS, 1)] == [t for t in texts if t[:3] in ("1. ", "2. ")
                                                                  and t[3:] in DECISIONS]
    assert not any(p.text in DECISIONS and p.style.name.startswith("List") for p in doc.paragraphs)
    # the header and footer as the PDF's: the implementation report's title, no application or
    # questionnaire version in the footer (the ministry's own document)
    section = doc.sections[-1]
    assert "Implementation report for 2026" in section.header.paragraphs[0].text
    footer = " ".join(p.text for s_ in doc.sections for p in s_.footer.paragraphs)
    assert "Page" in footer and "capacity-app" not in footer and "questionnaire" not in footer.lower()
    # an action at risk is one item of several lines (standing, parts, reason, measure): kept on one
    # page, never its last lines alone at the top of the next
    risky = [p for p in doc.paragraphs if p.style.name.startswith("List") and "\n" in p.text]
    assert risky and all(p.paragraph_format.keep_together for p in risky)


def test_the_word_copy_keeps_the_cover_s_lines():
    """The cover's validation record is a line each (its date, the event, who approved it), as the
    PDF prints it (``td.lines``, white-space: pre-line): the Word copy breaks the line there instead
    of running the three into one ("… 2025 في إطار: …"), an isolated text kept whole."""
    from lxml import html as lxml_html

    from capacity_app.reports.docx import _inline, _trimmed

    cell = lxml_html.fragment_fromstring('<td class="lines">اعتُمدت في: 20 شباط/فبراير 2025\nفي إطار: '
                                         '<span dir="ltr" lang="en">Workshop, Amman</span>\nبموافقة: X</td>')
    runs = _trimmed(_inline(cell))
    assert [r.br for r in runs].count(True) == 2
    lines = "".join("\n" if r.br else r.text for r in runs).split("\n")
    assert lines[0] == "اعتُمدت في: 20 شباط/فبراير 2025" and lines[2] == "بموافقة: X"
    assert "Workshop, Amman" in lines[1] and lines[1].startswith("في إطار: ")
    plain = lxml_html.fragment_fromstring("<td>one\ntwo</td>")   # elsewhere a line break is a space
    assert [r.text for r in _trimmed(_inline(plain))] == ["one two"]


def test_the_year_s_budget_reads_as_the_funding_request_prints_it():
    """The budget in the plan's currency is the plan's cost lines each rounded once over the whole
    plan (``budget.line_amounts``, the funding request's and the plan chapters' figures): the year's
    total, a partner's and an action's read the same in both documents. Rounded per table, a year
    read JOD 131,408 here and 131,409 in the request, and the World Bank's line 68,347 by partner
    beside 68,348 by action (a planning-unit reader's finding, Jordan 2026)."""
    from capacity_app.domain.plan import budget
    from capacity_app.reports.plan.chapter import plan_places
    from capacity_app.reports.plan.progress import progress_report

    finance = Finance("JOD", (Rate("JOD", D("0.709"), "2026-01-01"), Rate("EUR", D("0.862"), "2026-01-01")))
    actions = (
        Action("c1", "Census module", institutions=("DoS",), start="2026-Q1", end="2027-Q4",
               costs=(Cost(2026, D(37350), "EUR", "partner", "European Union"),
                      Cost(2027, D(41100), "EUR", "partner", "European Union"))),
        Action("c2", "Registers", institutions=("CSPD",), start="2026-Q1", end="2028-Q4",
               costs=(Cost(2026, D(96400), "USD", "partner", "World Bank"),
                      Cost(2027, D(130332), "JOD"), Cost(2028, D(64300), "USD", "partner", "World Bank"))),
        Action("c3", "Agreement", institutions=("DoS",), start="2026-Q1", end="2026-Q4",
               costs=(Cost(2026, D(12600), "JOD"),)),
        Action("c4", "Unit", institutions=("DoS",), start="2026-Q1", end="2029-Q4",
               costs=(Cost(2026, D(24000), "EUR", "partner", "European Union"),
                      Cost(2027, D(24000), "EUR", "partner", "European Union"))),
    )
    entries = (ActionProgress("c2", "2026", "in_progress", "2026-08-01", None, "",
                              (LineMoney(1, "USD", D(96400), D(96400), D(90000)),)),)
    summary = period_summary(actions, entries, "2026", TODAY)
    r = progress_report(summary, "en", load_strings("en"), finance=finance, entries=entries)
    lines = budget.line_amounts(actions, finance, "JOD", plan_places(list(actions), finance, "JOD"))
    of_2026 = {k: v for k, v in lines.items() if actions[k[0]].costs[k[1]].year == 2026}
    by_action, by_partner = r.rates[0].blocks[0].rows, r.rates[1].blocks[0].rows
    assert amount(by_action[-1].cells[0]) == amount(by_partner[-1].cells[0]) == sum(of_2026.values())
    assert amount(by_action[1].cells[0]) == lines[(1, 0)]               # the World Bank's line, by action
    bank = next(x for x in by_partner if x.label == "World Bank")
    assert amount(bank.cells[0]) == lines[(1, 0)]                        # … and by partner
    assert amount(r.action_money[-1].cells[0]) == sum(of_2026.values())  # the money by action's converted total
