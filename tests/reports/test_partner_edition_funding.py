"""What an EU programme manager and a World Bank task team leader still missed before funding a
partner's edition as written (reports/plan/edition.py, request.py, donors.py,
services/plan/donor_workbook.py): the co-financing and national counterpart tables and each
action's national contribution in the partner's currency first, then the plan's and the dollar, so
that the cover's figures are backed by a table; a partner whose lines give no modality (the
Bank) its cost by outcome (component) and year in the edition, the full report and its workbook;
a sentence under a table for what a donor would otherwise find missing (lines of no procurement
package, of no modality, an indicator targeted after the partner's last line); the request's part
already committed and the new request. Every figure a sum of the rounded lines
(``budget.line_amounts``). The demo's contexts built once (no PDF); small plans for the rest."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from capacity_app.domain.plan import budget
from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Finance, Rate
from capacity_app.domain.plan.donors import Package
from capacity_app.domain.plan.request import FundingRequest
from capacity_app.reports.format import load_strings
from capacity_app.reports.plan.donors import modality_gaps, package_gaps
from capacity_app.reports.plan.edition import figures

EU = "European Union"
UNICEF = "United Nations Children's Fund (UNICEF)"    # its one line in dollars, no modality
IOM = "International Organization for Migration (IOM)"   # lines in francs and dollars, all committed, no modality
S = load_strings("en")
D = Decimal


@pytest.fixture(scope="module")
def contexts(demo):
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    out = {p: build_report_context(store, q, a.id, "en", partner=p) for p in (EU, UNICEF, IOM)}
    out[None] = build_report_context(store, q, a.id, "en")
    return out


def _digits(text: str) -> D:
    return D(re.sub(r"[^\d]", "", text) or 0)


def _by_code(amounts) -> dict[str, D]:
    return {re.search(r"[A-Z]{3}", x).group(0): _digits(x) for x in amounts}


def test_the_counterpart_and_cofinancing_tables_are_in_the_partners_currency_first(contexts):
    e = contexts[EU].edition
    total, asked, national = (_by_code(f.amounts) for f in e.figures)
    assert e.currencies == ["EUR", "XOF", "USD"]
    # co-financing: a table per currency, the partner's first; its rows the cover's figures
    assert [b.currency for b in e.shares] == e.currencies
    for b in e.shares:
        rows = {r.label: _digits(r.cost) for r in b.rows}
        assert rows[EU] == asked[b.currency] and rows["National budget"] == national[b.currency]
        assert rows["Total"] == total[b.currency] == sum(v for k, v in rows.items() if k != "Total")
    # the national counterpart to the partner's actions: the same, and the cover's line its totals
    k = e.counterpart
    assert [b.currency for b in k.blocks] == e.currencies
    cover = k.cover.replace("\u00a0", " ")
    for b in k.blocks:
        *rows, last = b.rows
        assert sum(_digits(r.amount) for r in rows) == _digits(last.amount)
        assert last.amount.replace("\u00a0", " ") in cover
    # each action's national contribution: the partner's currency first, each its row of the tables
    (action,) = e.actions
    assert action.national == " · ".join(b.rows[0].amount for b in k.blocks) and action.national.startswith("EUR")


def test_the_edition_prints_the_tables_in_the_partners_currency(contexts):
    from capacity_app.reports.pdf import render_html

    html = render_html(contexts[EU], {"sections": "data:x", "pq": "data:y"})
    part = html[html.index('id="counterpart"'):html.index('id="sustainability"')]
    heads = re.findall(r"\((EUR|XOF|USD)\)</th>", part)
    # the counterpart's three columns then co-financing's two, in each currency, the euro first
    assert heads[:3] == ["EUR"] * 3 and heads.index("XOF") == 3
    assert [h for i, h in enumerate(heads) if i == 0 or h != heads[i - 1]][:3] == ["EUR", "XOF", "USD"]


def test_a_partner_without_modality_has_its_cost_by_outcome_and_year(contexts, demo):
    from capacity_app.services.plan.donor_workbook import budget_tables

    full = contexts[None].funding.donors
    assert [t.title.split(": ", 1)[1] for t in full.outcome_budgets] == [IOM, UNICEF]   # not the Union's
    assert contexts[EU].edition.donors.outcome_budgets == []
    for partner in (IOM, UNICEF):
        e = contexts[partner].edition
        (table,) = e.donors.outcome_budgets
        assert table in full.outcome_budgets and table.corner == "Outcome (component)"
        assert all(re.fullmatch(r"20\d\d", c) for c in table.columns)
        asked = _by_code(e.figures[1].amounts)
        for b in table.blocks:
            code = re.search(r"[A-Z]{3}", b.currency).group(0)
            assert _digits(b.total.total) == asked[code] == sum(_digits(r.total) for r in b.rows)
            assert all(r.label.startswith("Outcome ") for r in b.rows)
    # the donors' workbook: the same table, by year, not the EU's "Modality not given" column
    store, _, a = demo
    plan = sorted(store.action_plan(a.id), key=lambda x: (x.position, x.id))
    sheets = budget_tables(IOM, plan, store.results_chain(a.id), store.plan_finance(a.id), "en")
    assert sheets and all(s.header[0] == "Outcome (component)" and "Modality not given" not in s.header
                          and all(re.fullmatch(r"20\d\d", str(h)) for h in s.header[1:-1]) for s in sheets)
    (table,) = contexts[IOM].edition.donors.outcome_budgets
    xof = next(b for b in table.blocks if "XOF" in b.currency)
    assert [r[-1] for r in next(s for s in sheets if "XOF" in s.title).rows] == [
        _digits(r.total) for r in [*xof.rows, xof.total]]


def test_a_donor_reads_what_it_would_otherwise_find_missing(contexts):
    """The Union's communication line has no package; its disbursement-linked indicator is
    targeted for 2029, after its last line (2027): both said under their tables."""
    d, full = contexts[EU].edition.donors, contexts[None].funding.donors
    (gap,) = d.package_gaps
    assert gap.startswith("EUR\u00a03,000 · XOF\u00a01,967,866 · USD\u00a03,251 of the lines funded by the partner "
                          f"({EU}) have no procurement package: action 4, Produce yearly statistics from residence permits and border crossings, cost line 3.")
    (late,) = d.dli_gaps
    assert "is targeted for 2029, after 2027" in late and EU in late
    assert gap in full.package_gaps and late in full.dli_gaps
    assert contexts[UNICEF].edition.donors.dli_gaps == []


def _plan() -> tuple[list[Action], Finance]:
    finance = Finance("MDL", (Rate("EUR", D("0.92"), "2026-10-01"), Rate("MDL", D("17.7"), "2026-10-01")))
    wb = "World Bank"
    a1 = Action("a1", "Register", institutions=("NBS",), position=0, costs=(
        Cost(2027, D(95_000), "EUR", "partner", EU, True, pipeline="committed", modality="grants"),
        Cost(2027, D(175_000), "EUR", "partner", EU, False, pipeline="pledged"),
        Cost(2027, D(350_000), "USD", "partner", wb, False),
        Cost(2027, D(1_000_000), "MDL", "national", "", True)))
    a2 = Action("a2", "Survey", institutions=("NBS",), position=1, costs=(
        Cost(2028, D(125_000), "USD", "partner", wb, False),))
    return [a1, a2], finance


def test_the_lines_no_package_or_modality_covers_are_named():
    actions, finance = _plan()
    request = FundingRequest(procurement=(
        Package("a1", "Firm", "qcbs", D(350_000), "USD", "2027-01-01", "2027-06-30", "prior", 3),))
    (gap,) = package_gaps(request, actions, finance, "en", S, "World Bank")
    assert gap == ("USD\u00a0125,000 · MDL\u00a02,212,500 of the lines funded by the partner (World Bank) have no "
                   "procurement package: action 2, Survey, cost line 1.")
    assert package_gaps(request, actions, finance, "en", S, EU) == []   # the Union has no package
    # the amounts first, as the procurement note gives them; the line by its action's number, not "1." (a count)
    (bare,) = modality_gaps(actions, finance, "en", S)
    assert bare == ("EUR\u00a0175,000 · MDL\u00a03,366,848 · USD\u00a0190,217 of the lines funded by the partner "
                    f"({EU}) give no implementation modality (column “Modality not given”): action 1, Register, "
                    "cost line 2.")
    assert ": acción 1, Register, partida de costo 2." in modality_gaps(actions, finance, "es", load_strings("es"))[0]
    # the donors' workbook prints the same sentences under the EU budget and the procurement plan
    from capacity_app.domain.plan.results import ResultsChain
    from capacity_app.services.plan.donor_workbook import budget_tables, procurement_table

    sheets = budget_tables(EU, actions, ResultsChain(), finance, "en")
    assert sheets and all(list(s.notes) == [bare] for s in sheets)
    assert list(procurement_table("World Bank", request, actions, "en", finance).notes) == [gap]
    assert procurement_table(EU, request, actions, "en", finance).notes == []   # no package of its own: no note


def test_the_donors_workbook_prints_the_editions_notes_and_words(contexts, demo, tmp_path):
    """Under the procurement plan, the EU budget and the results framework of a partner's workbook,
    the sentences its edition prints under those tables, as text cells; the EU's results framework
    in its edition's words (the logframe's levels), the others' in the results framework's."""
    import openpyxl

    from capacity_app.domain.plan.actions import sorted_plan
    from capacity_app.exchange.workbook.donor_workbook import write_tables
    from capacity_app.reports.plan.donors import partner_actions, partner_indicators
    from capacity_app.services.plan.donor_workbook import budget_tables, framework_table, procurement_table

    store, _, a = demo
    plan = sorted_plan(store.action_plan(a.id))
    chain, request, finance = store.results_chain(a.id), store.plan_request(a.id), store.plan_finance(a.id)
    d = contexts[EU].edition.donors
    kept = partner_indicators(chain, partner_actions(plan, EU) or set(), request, EU)
    procurement = procurement_table(EU, request, plan, "en", finance)
    framework = framework_table(EU, request, chain, plan, "en", kept)
    sheets = budget_tables(EU, plan, chain, finance, "en")
    assert list(procurement.notes) == d.package_gaps and d.package_gaps
    assert list(framework.notes) == d.dli_gaps and d.dli_gaps
    assert sheets and all(list(s.notes) == d.modality_gaps for s in sheets)
    # the EU edition's levels and title, not the World Bank's
    assert framework.title == "Logframe indicators"
    assert [r[0] for r in framework.rows] == [f.level for f in d.framework]
    assert {r[0] for r in framework.rows} & {"Overall objective (impact)", "Output:\u00a0action\u00a04"}
    assert not {"Development objective indicator", "Intermediate results indicator"} & {r[0] for r in framework.rows}
    iom = framework_table(IOM, request, chain, plan, "en")
    assert iom.title == "Results framework" and iom.rows[0][0] == "Development objective indicator"
    # written under the table after a blank row, as text
    out = write_tables([procurement, framework], tmp_path / "eu.xlsx")
    wb = openpyxl.load_workbook(out)
    for t in (procurement, framework):
        ws = wb[t.title]
        cells = [ws.cell(len(t.rows) + 3 + k, 1) for k in range(len(t.notes))]
        assert [c.value for c in cells] == list(t.notes) and all(c.data_type == "s" for c in cells)
        assert ws.cell(len(t.rows) + 2, 1).value is None


def test_a_note_that_reads_as_a_formula_stays_text(tmp_path):
    import openpyxl

    from capacity_app.exchange.workbook.donor_workbook import Table, write_tables

    out = write_tables([Table("T", ["A"], [["x"]], notes=["=HYPERLINK(\"http://x\")"])], tmp_path / "t.xlsx")
    cell = openpyxl.load_workbook(out)["T"]["A4"]
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"


def test_the_request_states_its_part_already_committed():
    actions, finance = _plan()
    _, asked, _ = figures(actions, EU, ["EUR", "MDL", "USD"], finance, "en", S)
    assert asked.amounts[0] == "EUR\u00a0270,000"
    assert asked.note.startswith("of which already committed EUR\u00a095,000 · MDL\u00a0")
    assert "; new request EUR\u00a0175,000 · MDL\u00a0" in asked.note
    # from the rounded lines: committed and new add up to the request in every currency
    committed = _by_code(re.search(r"committed (.*); new", asked.note).group(1).split(" · "))
    new = _by_code(asked.note.split("new request ")[1].split(" · "))
    assert {c: committed[c] + new[c] for c in committed} == _by_code(asked.amounts)
    assert committed["MDL"] == budget.line_amounts(actions, finance, "MDL", 0)[(0, 0)]   # the line as every table
    # no line secured: nothing said
    plain = [Action("a", "T", institutions=("NBS",), costs=(Cost(2027, D(10), "EUR", "partner", EU, False),))]
    assert figures(plain, EU, ["EUR"], finance, "en", S)[1].note == ""


def test_one_target_reads_in_the_singular_and_a_table_caption_is_a_heading(contexts):
    from capacity_app.domain.plan.results import Indicator, Target
    from capacity_app.reports.pdf import render_html
    from capacity_app.reports.plan.results import indicator_line

    one = Indicator("i", "output", "a1", "Tables", targets=(Target(2028, D(1)),))
    assert indicator_line(one, "en", S) == "Tables; Target: 1 (2028)"
    two = Indicator("i", "output", "a1", "Tables", targets=(Target(2027, D(1)), Target(2028, D(2))))
    assert indicator_line(two, "en", S) == "Tables; Targets: 1 (2027) and 2 (2028)"
    assert "Valeur cible\u00a0: 1 (2028)" in indicator_line(one, "fr", load_strings("fr"))
    # the captions of the budget tables: headings kept with their table, not body text
    html = render_html(contexts[EU], {"sections": "data:x", "pq": "data:y"})
    assert '<h3 class="budget-title">Lines funded by the partner' in html
    assert '<h3 class="budget-title">Indicative budget by outcome' in html
    assert '<p class="sheethead">Lines funded' not in html


def test_a_logframe_cells_parts_are_joined_as_its_language_writes_them():
    # an English name in an Arabic cell is followed by the Arabic semicolon, as the Arabic parts
    # after it are (never by the script of the text before it); a Russian label after a semicolon is
    # a word inside the sentence, in lower case ("; целевые значения"), an English one keeps its capital
    from capacity_app.domain.plan.results import Indicator, Target
    from capacity_app.reports.plan.results import indicator_line

    ind = Indicator("i", "output", "a1", "Yearly tables", "tables", D(0), 2025,
                    (Target(2027, D(6)), Target(2028, D(10))))
    ar = str(indicator_line(ind, "ar", load_strings("ar")))
    assert ar.count("؛ ") == 2 and ";" not in ar, ar
    ru_s = load_strings("ru")
    ru = str(indicator_line(ind, "ru", ru_s))
    base, targets = str(ru_s["plan_baseline"]), str(ru_s["plan_targets"])
    assert base[0].isupper() and targets[0].isupper()   # the labels as a column heading writes them
    assert f"Yearly tables (tables); {base[0].lower()}{base[1:]}: 0 (2025); {targets[0].lower()}{targets[1:]}: 6" in ru, ru
    assert str(indicator_line(ind, "en", S)) == "Yearly tables (tables); Baseline: 0 (2025); Targets: 6 (2027) and 10 (2028)"


def test_a_partner_with_no_takeover_is_told_so_of_its_own_lines(contexts):
    """The demo's plan marks recurrent costs the national budget takes over, none of them IOM's:
    IOM's edition says none of the costs it funds is marked, not that the plan marks none (which
    the full report, beside it, contradicts)."""
    from capacity_app.reports.pdf import render_html

    iom = render_html(contexts[IOM], {"sections": "data:x", "pq": "data:y"})
    assert S["sust_none_partner"] in iom and S["sust_none"] not in iom
    whole = render_html(contexts[None], {"sections": "data:x", "pq": "data:y"})
    assert "the national budget takes over these recurrent costs" in whole and S["sust_none"] not in whole


def test_an_edition_whose_shares_a_missing_rate_leaves_out_says_why(demo_db, tmp_path):
    """A cost line in pounds the plan has no rate for: the co-financing shares cannot be given; the
    edition's heading stood with nothing under it and nothing said why (a donor reader's finding)."""
    import shutil

    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import get_assessment, open_store, questionnaire_for
    from capacity_app.services.plan.actions import add_action
    from capacity_app.services.reports import build_report_context

    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db[0], db)
    with open_store(db) as store:
        a = get_assessment(store, demo_db[1])
        q = questionnaire_for(a)
        add_action(store, q, a.id, Action("gbp", "Mirror data with the United Kingdom", institutions=("NSO",),
                                          start="2027-Q1", end="2027-Q4",
                                          costs=(Cost(2027, D(8000), "GBP", "partner", EU),)))
        html = render_html(build_report_context(store, q, a.id, "en", partner=EU), {"sections": "data:x", "pq": "data:y"})
    part = html[html.index('id="cofinancing"'):html.index('id="sustainability"')]
    assert '<p class="muted">The co-financing shares are left out: a cost line’s currency has no exchange rate' in part


def test_an_action_two_partners_fund_is_said_in_each_edition(demo_db, tmp_path):
    """An action the EU and UNICEF both fund: each edition counted its national lines in its
    counterpart, and neither said the other funds it, so two donors each read the same national
    money as backing their actions alone (a donor reader's finding)."""
    import shutil

    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import get_assessment, open_store, questionnaire_for
    from capacity_app.services.plan.actions import add_action
    from capacity_app.services.reports import build_report_context

    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db[0], db)
    with open_store(db) as store:
        a = get_assessment(store, demo_db[1])
        q = questionnaire_for(a)
        add_action(store, q, a.id, Action("both", "Joint survey module", institutions=("NSO",), start="2027-Q1",
                                          end="2027-Q4", costs=(Cost(2027, D(8000), "EUR", "partner", EU),
                                                                Cost(2027, D(5000), "USD", "partner", UNICEF),
                                                                Cost(2027, D(1000000), "XOF"))))
        pages = {p: render_html(build_report_context(store, q, a.id, "en", partner=p), {"sections": "data:x", "pq": "data:y"})
                 for p in (EU, UNICEF)}
    eu, unicef = pages[EU], pages[UNICEF]
    assert "Also funded by: United Nations Children" in eu and "Also funded by: European Union" in unicef
    assert "Actions another partner funds too: Joint survey module (United Nations Children" in eu
    assert "Actions another partner funds too: Joint survey module (European Union)" in unicef
