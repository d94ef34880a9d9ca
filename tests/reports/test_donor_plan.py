"""The costed plan as a donor reads it: an action sheet per priority action with its
results framework and each cost line (year, who pays, category, cost basis, amount, funding stage),
the donor's fields in the full plan, every label in the report's language, the changes after the
validation with rates and dates as the language writes them; the pages print nothing over anything
and nothing off the page (the word boxes of the PDF)."""
from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from donor_plan import donor_actions, make_donor_plan
from sample import sample
from generated.invariants import word_problems

from capacity_app.domain.languages import LANGUAGES
from capacity_app.reports.format import load_strings

NEW_LABELS = [k for k in load_strings("en") if k.startswith(("plan_sheets", "plan_results", "plan_indicator",
                                                              "plan_baseline", "plan_target", "plan_verification",
                                                              "plan_risks", "plan_depends", "plan_sdg", "plan_year",
                                                              "plan_source", "plan_category", "plan_basis",
                                                              "plan_amount", "plan_pipe", "plan_cat_",
                                                              "plan_secured_", "plan_what_pipeline",
                                                              "plan_what_indicator", "plan_what_baseline",
                                                              "plan_what_target", "plan_what_verification",
                                                              "plan_what_sdg"))]


def test_every_new_label_is_in_the_six_languages():
    en = load_strings("en")
    assert len(NEW_LABELS) >= 35
    for lang in LANGUAGES:
        if lang == "en":
            continue
        s = load_strings(lang)
        same = [k for k in NEW_LABELS if s[k] == en[k] and k not in ("plan_cat_consultants",)]
        assert same == [], (lang, same)  # consultants is the French word too


@pytest.fixture(scope="module")
def donor_store(tmp_path_factory):
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo

    folder = tmp_path_factory.mktemp("donor")
    store = open_store(folder / "donor.sqlite3", backup_dir=folder / "b")
    a = create_demo(store)
    q = questionnaire_for(a)
    make_donor_plan(store, q, a.id)
    yield store, q, a, folder
    store.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_action_sheets_in_every_language(donor_store, lang):
    from capacity_app.services.reports import build_report_context

    store, q, a, _ = donor_store
    r = build_report_context(store, q, a.id, lang).plan_record
    s = load_strings(lang)
    assert [sh.order for sh in r.sheets] == [1, 2]  # the two priority actions, not the third
    census, registers = r.sheets
    # the action it depends on by its title, never by a number to look up
    assert census.sdg == "17.18" and "census" in registers.depends.lower() and registers.depends != "1"
    assert [ln.pipeline for ln in census.lines] == [s["plan_pipe_committed"], s["plan_pipe_committed"],
                                                    s["plan_pipe_disbursed"]]
    # capitalised as the budget tables print them (request.category_label), one form in the report
    from capacity_app.reports.plan.request import category_label

    assert [ln.category for ln in census.lines] == [category_label(k, s) for k in (
        "consultants", "survey_operations", "equipment")]
    assert census.lines[0].category[0].isupper() or lang in ("ar", "zh")
    assert "12" in census.lines[0].basis and "×" in census.lines[0].basis and census.lines[2].basis == "–"
    assert registers.lines[1].pipeline == s["plan_secured_no"]
    # its results framework a column per text declared printed "results", headed in the report's words
    target = {head: value for _, head, value in census.results}[s["plan_target"]]
    assert target.startswith("15 tables") and census.changed
    stage = r.costs.tables[-1]  # by funding stage, each stage's lines converted into the plan's currency
    assert stage.title == s["plan_by_stage"]
    assert [m.label for m in stage.rows] == [s["plan_pipe_identified"], s["plan_pipe_committed"],
                                             s["plan_pipe_disbursed"], s["plan_pipe_none"]]
    full = r.annex and [x for x in build_report_context(store, q, a.id, lang).plan.actions if x.order == 1][0]
    assert full.results.startswith(s["plan_indicator"]) and full.sdg == "17.18"


def test_the_changes_name_old_and_new_values_in_the_language(donor_store):
    from capacity_app.services.reports import build_report_context

    store, q, a, _ = donor_store
    fr = build_report_context(store, q, a.id, "fr").plan_record
    # the detailed list's lead-in is a sentence above its bullets, never one of them
    assert fr.values_intro and fr.values_intro not in fr.values + fr.changes
    assert "cadre de résultats" in fr.changes[0]  # a target changed is named as the results framework
    text = "\n".join(fr.changes + fr.values).replace("\u202f", " ").replace("\u00a0", " ")
    # a funding stage moved on, a line's funding secured: progress in financing, listed apart
    funding = "\n".join(fr.funding).replace("\u202f", " ").replace("\u00a0", " ")
    assert "(2027) : stade du financement : annoncé → engagé" in funding and "stade du financement" not in text
    assert "Taux de change : 1 USD = 0,9227 EUR (2 mai 2026) → 1 USD = 0,9015 EUR (15 juin 2026)" in text
    assert "(2028) : montant : 45 000 000 XOF → 52 500 000 XOF" in text
    assert "valeur cible : 12 tables" in text and "financement acquis : non → oui" in funding
    assert "pipeline" not in text and "committed" not in text and "2026-05-02" not in text
    en_r = build_report_context(store, q, a.id, "en").plan_record
    en = "\n".join(en_r.changes + en_r.values).replace("\u00a0", " ")
    assert "(2027): funding stage: pledged → committed" in "\n".join(en_r.funding).replace("\u00a0", " ")
    assert "Exchange rate: USD 1 = EUR 0.9227 (2 May 2026) → USD 1 = EUR 0.9015 (15 June 2026)" in en
    assert "target: 12 tables on the ANSD web site (2028) → 15 tables" in en


@pytest.mark.parametrize("lang", sample(["en", "fr"], {"fr"}))
def test_the_donor_report_prints_nothing_over_anything(donor_store, lang):
    from capacity_app.services.reports import build_report_context, render_report_pdf

    store, q, a, folder = donor_store
    pdf = render_report_pdf(build_report_context(store, q, a.id, lang), folder / f"donor-{lang}.pdf")
    assert word_problems(Path(pdf)) == []
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True,
                                   timeout=120).stdout.split())
    s = load_strings(lang)
    for key in ("plan_sheets", "plan_results", "plan_verification", "plan_pipeline", "plan_basis", "plan_sdg"):
        assert " ".join(str(s[key]).split()) in text, key
    if lang == "fr":
        for english in ("Action sheets", "Results framework", "Means of verification", "Funding stage", "pledged",
                        "committed", "disbursed", "survey operations", "Cost basis"):
            assert english not in text, english
    assert len(donor_actions()) == 3


def test_the_validation_history_is_printed_when_there_was_more_than_one_record(tmp_path):
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context

    store = open_store(tmp_path / "h.sqlite3", backup_dir=tmp_path / "b")
    try:
        a = create_demo(store)
        q = questionnaire_for(a)
        make_donor_plan(store, q, a.id, change=False)  # the demo's plan was validated: this validates again
        en = build_report_context(store, q, a.id, "en").plan_record.history
        assert len(en) == 2 and "validated again on 1 June 2026" in en[1] and "Dr Aminata Diallo" in en[1]
        plans.withdraw_validation(store, a.id, "Budget law of 2027 changed the census funding")
        make_donor_plan(store, q, a.id, change=False)
        fr = build_report_context(store, q, a.id, "fr").plan_record.history
        assert len(fr) == 4 and "validation retirée" in fr[2] and "Budget law of 2027" in fr[2]
        assert "validé le 1er juin 2026" in fr[3] and "validé à nouveau" in fr[1]
        events = plans.validation_history(store, a.id)
        assert [e.kind for e in events] == ["validated", "revalidated", "withdrawn", "validated"]
        assert events[1].validation is not None and events[1].validation.approved is not None  # the plan approved kept
    finally:
        store.close()


def _digits(text: str):
    d = re.sub(r"[^0-9.]", "", text)
    return Decimal(d) if d else None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(2026, 2030), st.decimals(min_value=Decimal(1), max_value=Decimal(10) ** 13 - 1,
                                                               places=0), st.booleans()), min_size=1, max_size=8),
       st.sampled_from(["XOF", "USD", "JPY"]))
def test_an_action_sheets_lines_add_to_its_total(lines, code):
    """Lines in the plan's currency: the printed amounts add up to the sheet's printed total,
    from one unit to ten trillion."""
    from capacity_app.domain.plan.actions import Action
    from capacity_app.domain.plan.cost import Cost, Finance, Rate
    from capacity_app.reports.model import PlanAction
    from capacity_app.reports.plan.chapter import action_sheets

    costs = tuple(Cost(y, a, code, "national", "", s) for y, a, s in sorted(lines, key=lambda t: t[0]))
    a = Action("a", "A", costs=costs, priority_action=True)
    finance = Finance(code, tuple(Rate(c, Decimal("605.25"), "2026-01-01") for c in (code,) if c != "USD"))
    row = PlanAction(1, "A", "", "–", False, "", "", "", "", "", "")
    sheet = action_sheets([a], [row], finance, "en", load_strings("en"))[0]
    assert sum(_digits(ln.amount) for ln in sheet.lines) == _digits(sheet.total)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(2026, 2030), st.decimals(min_value=Decimal(1), max_value=Decimal(10) ** 9,
                                                               places=2), st.sampled_from(["EUR", "MDL", "USD"])),
                min_size=1, max_size=8))
def test_an_action_sheets_lines_in_other_currencies_add_to_its_total_in_the_plans(lines):
    """Lines in several currencies: each line also in the plan's currency, at the plan's rates and
    by the one rounding rule, and that column adds up to the sheet's printed total exactly; a
    sheet whose lines are all in the plan's currency prints no such column."""
    from capacity_app.domain.plan.actions import Action
    from capacity_app.domain.plan.cost import Cost, Finance, Rate
    from capacity_app.reports.model import PlanAction
    from capacity_app.reports.plan.chapter import action_sheets

    costs = tuple(Cost(y, a, cur, "national", "", True) for y, a, cur in sorted(lines, key=lambda t: t[0]))
    a = Action("a", "A", costs=costs, priority_action=True)
    finance = Finance("MDL", (Rate("MDL", Decimal("17.62"), "2026-10-01"), Rate("EUR", Decimal("0.861"), "2026-10-01")))
    row = PlanAction(1, "A", "", "–", False, "", "", "", "", "", "")
    sheet = action_sheets([a], [row], finance, "en", load_strings("en"))[0]
    assert sheet.total.startswith("MDL")
    if any(ln.converted for ln in sheet.lines):
        assert all(ln.converted.startswith("MDL") for ln in sheet.lines)
        assert sum(_digits(ln.converted) for ln in sheet.lines) == _digits(sheet.total)
    else:   # the lines' own amounts add up already
        assert all(c.currency == "MDL" for c in costs)
        assert sum(_digits(ln.amount) for ln in sheet.lines) == _digits(sheet.total)


def test_the_sheets_converted_column_in_every_language():
    """Moldova's first action (EUR and MDL lines): the column headed in the report's language, each
    line at the plan's rates (EUR 42,000 at 17.62 MDL and 0.861 EUR to the dollar is MDL 859,512.20, rounded once)."""
    from capacity_app.domain.plan.actions import Action
    from capacity_app.domain.plan.cost import Cost, Finance, Rate
    from capacity_app.reports.model import PlanAction
    from capacity_app.reports.plan.chapter import action_sheets

    costs = (Cost(2027, Decimal(42000), "EUR", "partner", "European Union", True),
             Cost(2027, Decimal(18500), "EUR", "partner", "European Union", True),
             Cost(2027, Decimal(350000), "MDL", "national", "", True))
    a = Action("a", "A", costs=costs, priority_action=True)
    finance = Finance("MDL", (Rate("MDL", Decimal("17.62"), "2026-10-01"), Rate("EUR", Decimal("0.861"), "2026-10-01")))
    row = PlanAction(1, "A", "", "–", False, "", "", "", "", "", "")
    for lang in LANGUAGES:
        s = load_strings(lang)
        sheet = action_sheets([a], [row], finance, lang, s)[0]
        assert [_digits(ln.converted) for ln in sheet.lines] == [Decimal(859512), Decimal(378595), Decimal(350000)]
        assert _digits(sheet.total) == Decimal(1588107) and "MDL" in str(s["plan_amount_in"]).replace("{currency}", "MDL")
        assert lang == "en" or s["plan_amount_in"] != load_strings("en")["plan_amount_in"]
