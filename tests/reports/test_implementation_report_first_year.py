"""The implementation report of a half-year in the plan's first year, as a planning unit presents it
to its minister (reports/plan/progress.py, progress.html.j2): the execution "since the plan began"
names that one year ("(2026)"), never a range from a year to itself ("2026–2026", "من 2026 إلى
2026"); an action at risk without a reason or a corrective measure says so in a sentence of its own
("No reason given"), never after its label ("Reason given: no reason given"); an indicator in per
cent from its baseline to its end target stays inside its cells in Arabic ("100 في المائة (2026)" is
wider than its column: the year goes under the value).

Read from the report's model and its HTML; one Arabic PDF laid out for its cells."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from decimal import Decimal

import pytest

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Finance, Rate
from capacity_app.domain.plan.progress import ActionProgress, IndicatorValue, LineMoney, period_summary
from capacity_app.domain.plan.results import Indicator, ResultsChain, Target
from capacity_app.reports.format import load_strings

D = Decimal
TODAY = _dt.date(2027, 1, 15)
FINANCE = Finance("MAD", (Rate("MAD", D("9.95"), "2025-01-01"),))
# a plan begun in 2026: a survey module whose line is overrun over the two halves (no reason given),
# a register whose lead never reports
ACTIONS = (
    Action("a1", "Migration module of the employment survey", institutions=("HCP",), start="2026-Q1",
           end="2026-Q4", costs=(Cost(2026, D(250000), "MAD"),)),
    Action("a2", "Register of citizens abroad", institutions=("Foreign affairs",), start="2026-Q1", end="2027-Q4",
           costs=(Cost(2026, D(200000), "MAD"), Cost(2027, D(150000), "MAD"))),
)
ENTRIES = (
    ActionProgress("a1", "2026-H1", "in_progress", "2026-01-15", None, "",
                   (LineMoney(1, "MAD", D(250000), D(200000), D(180000)),)),
    ActionProgress("a1", "2026-H2", "done", None, "2026-11-20", "",
                   (LineMoney(1, "MAD", None, D(95000), D(115000)),)),
)

CHAIN = ResultsChain("Objective", indicators=(
    Indicator("I1", "objective", "", "Survey quarters with the migration module", "%", D(0), 2025,
              (Target(2026, D(100)),)),
))
VALUES = (IndicatorValue("I1", "2026-H1", D(50), "2026-07-15"), IndicatorValue("I1", "2026-H2", D(75), "2026-11-10"))


def report(lang: str):
    from capacity_app.reports.plan.progress import progress_report

    summary = period_summary(ACTIONS, ENTRIES, "2026-H2", TODAY, VALUES, CHAIN)
    return progress_report(summary, lang, load_strings(lang), finance=FINANCE, entries=ENTRIES, values=VALUES,
                           chain=CHAIN)


@pytest.mark.parametrize(("lang", "years"), [("en", "(2026)"), ("ru", "(2026)"), ("fr", "(2026)"),
                                             ("ar", "(2026)")])
def test_a_plan_begun_in_the_period_s_year_names_that_year_alone(lang, years):
    r = report(lang)
    titles = [t.title for t in r.rates]
    to_date = [t for t in titles if years in t]
    assert len(to_date) == 2, titles                    # by action and by partner, since the plan began
    assert not any(re.search(r"2026\s*[–—-]\s*2026|2026 إلى 2026", t) for t in titles), titles
    flat = " ".join(" ".join(x.split()) for x in r.achieved)
    assert "2026–2026" not in flat and "2026 إلى 2026" not in flat, flat
    assert years in flat, flat


def test_the_execution_rates_of_the_half_year_and_to_date_by_hand():
    """The period's rate is its own money against the year's budget; to date, both halves added up:
    spent 115,000 then 295,000 of 450,000 (26% and 66%)."""
    r = report("en")
    rows = {t.title: [(row.label, row.cells) for b in t.blocks for row in b.rows] for t in r.rates}
    period = next(v for k, v in rows.items() if k.startswith("By action, the second half of 2026"))
    to_date = next(v for k, v in rows.items() if k.startswith("By action, since the plan began"))
    assert dict(period)["Total"] == ("450,000", "95,000", "115,000", "21%", "26%")
    assert dict(to_date)["Total"] == ("450,000", "295,000", "295,000", "66%", "66%")


@pytest.fixture(scope="module")
def html(demo_db):
    """The half-year's report in the demo's context (its cover), as HTML, in English and Russian."""
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context

    out = {}
    with open_store(demo_db[0], readonly=True) as store:
        for lang in ("en", "ru"):
            ctx = progress_report_context(store, demo_db[1], "2026", lang, today=TODAY)
            page = render_html(replace(ctx, progress=report(lang)))
            out[lang] = " ".join(re.sub(r"<[^>]+>", "", page).split())
    return out


@pytest.mark.parametrize(("lang", "said", "never"), [
    ("en", ("No reason given", "No corrective measure written"),
     ("Reason given: no reason given", "Corrective measure: no corrective measure")),
    ("ru", ("Причина не указана", "Корректирующее действие не указано"),
     ("Указанная причина: причина не указана", "Корректирующее действие: корректирующее")),
])
def test_an_action_at_risk_without_reason_or_measure_says_so_once(html, lang, said, never):
    r = report(lang)
    assert [x.number for x in r.risks] == [1, 2] and not any(x.given or x.measure_given for x in r.risks)
    text = html[lang].replace("\u00a0", " ")
    for words in said:
        assert text.count(words) == 2, words           # each of the two actions at risk
    for words in never:
        assert words not in text, words


def test_a_percentage_and_its_year_stay_inside_their_cells_in_arabic(demo_db, tmp_path):
    from weasyprint.formatting_structure import boxes as B

    from capacity_app.reports.pdf import render_report_pdf
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context

    (row,) = report("ar").series
    assert (row.baseline, row.end_target) == ("0\u00a0في\u00a0المائة (2025)",
                                              "100\u00a0في\u00a0المائة (2026)")
    with open_store(demo_db[0], readonly=True) as store:
        ctx = progress_report_context(store, demo_db[1], "2026", "ar", today=TODAY)
    out: list[str] = []

    def walk(box, cell=None):
        if isinstance(box, B.TableCellBox):
            cell = box
        elif cell is not None and isinstance(box, B.TextBox) and box.text.strip():
            left, right = cell.position_x, cell.position_x + cell.margin_width()
            if box.position_x < left - 1 or box.position_x + box.width > right + 1:
                out.append(box.text)
        for child in getattr(box, "children", ()) or ():
            walk(child, cell)

    def laid_out(document):
        for page in document.pages:
            walk(page._page_box)

    render_report_pdf(replace(ctx, progress=report("ar")), tmp_path / "ar.pdf", laid_out=laid_out)
    assert not [t for t in out if "المائة" in t or "(20" in t], out


def test_a_priority_action_spending_above_disbursed_says_its_share_as_it_is():
    """Spent to date above disbursed to date (with its note): the priority action's page says 123%,
    not the standing's share, which stops at 100%."""
    from capacity_app.reports.plan.progress import progress_report

    survey = replace(ACTIONS[0], priority_action=True)
    entries = (ActionProgress("a1", "2026-H1", "in_progress", "2026-01-15", None, "",
                              (LineMoney(1, "MAD", D(250000), D(100000), D(60000)),)),
               ActionProgress("a1", "2026-H2", "in_progress", None, None, "",
                              (LineMoney(1, "MAD", None, D(0), D(63000), "An advance from the unit's budget"),)))
    summary = period_summary((survey,), entries, "2026-H2", TODAY)
    assert summary.rows[0].standing.absorbed == {"MAD": D(1)}
    for lang, share in (("en", "MAD 123%"), ("ru", "MAD 123\u00a0%")):
        (page,) = progress_report(summary, lang, load_strings(lang), finance=FINANCE, entries=entries).actions
        assert page.absorbed == share, page.absorbed
