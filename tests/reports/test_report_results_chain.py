"""The plan's results chain in the report: the logframe (EU layout) and the results
framework with yearly targets carry every outcome and indicator of the demo; each priority
action's sheet names its outcome instead of "No results framework given yet"; the labels in the
six languages. Reads the shared demo reports (tests/conftest.py demo_report); the other languages
at the HTML level, no PDF laid out."""
from __future__ import annotations

import re

import pytest

from capacity_app.reports.format import load_strings


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xad\n", "").replace("\xad", ""))


@pytest.fixture(scope="module")
def chain(demo_db):
    from capacity_app.services.assessments import open_store

    path, aid = demo_db
    with open_store(path, readonly=True) as store:
        return store.results_chain(aid), store.action_plan(aid)


def test_the_demo_report_carries_the_logframe_and_the_results_framework(demo_report, chain):
    results, actions = chain
    assert len(results.outcomes) >= 2 and results.objective
    rendered = demo_report("en")
    flat = _flat("\n".join(rendered.pages))
    for heading in ("Logical framework", "Intervention logic", "Objectively verifiable indicators",
                    "Sources of verification", "Assumptions", "Overall objective (impact)",
                    "Results framework with yearly targets"):
        assert heading in flat, heading
    for n, o in enumerate(results.outcomes, 1):
        assert f"Specific objective (outcome) {n}" in flat
        assert _flat(o.name)[:60] in flat, o.name
    for i in results.indicators:
        assert _flat(i.name)[:50] in flat, i.name
    record = rendered.ctx.plan_record.results
    assert [row.kind for row in record.logframe][:2] == ["objective", "outcome"]
    assert len(record.framework) == len(results.indicators)
    assert record.years == [str(y) for y in results.years()]
    linked = sum(1 for a in actions if results.outcome_of(a.id) is not None)
    assert sum(1 for row in record.logframe if row.kind == "output") == linked == len(actions)


def test_each_action_sheet_names_its_outcome(demo_report, chain):
    results, actions = chain
    rendered = demo_report("en")
    sheets = rendered.ctx.plan_record.sheets
    assert sheets and all(sh.outcome.startswith("Specific objective (outcome) ") for sh in sheets)
    assert "No results framework given yet" not in _flat("\n".join(rendered.pages))
    assert any(sh.outputs for sh in sheets)
    fr = _flat("\n".join(demo_report("fr").pages))
    assert "Cadre logique" in fr and "Effet auquel elle contribue" in fr
    assert "Pas encore de cadre de résultats" not in fr


@pytest.mark.parametrize("lang, words", [
    ("ar", ("الإطار المنطقي", "الهدف العام (الأثر)", "مصادر التحقق")),
    ("zh", ("逻辑框架", "总体目标（影响）", "验证来源")),
    ("ru", ("Логическая рамка", "Общая цель (воздействие)", "Источники проверки")),
    ("es", ("Marco lógico", "Objetivo general (impacto)", "Fuentes de verificación")),
])
def test_the_labels_in_every_language(demo_db, lang, words):
    from capacity_app.reports.pdf import prepare_charts, render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import build_report_context

    path, aid = demo_db
    with open_store(path, readonly=True) as store:
        ctx = build_report_context(store, None, aid, lang)
    _, charts = prepare_charts(ctx)
    html = render_html(ctx, charts, None).replace("\u2060", "")  # Chinese: word joiners between characters
    for w in words:
        assert w in html, w
    assert load_strings(lang)["plan_results_none"] not in html


def test_every_new_label_has_six_languages():
    keys = [k for k in load_strings("en") if k.startswith(("plan_lf_", "plan_rf", "plan_logframe"))]
    keys += ["plan_outcome_served", "plan_output_indicators", "plan_targets"]
    assert len(keys) >= 15
    for lang in ("en", "fr", "es", "ar", "zh", "ru"):
        s = load_strings(lang)
        for k in keys:
            assert s[k] and (lang == "en" or s[k] != load_strings("en")[k] or k == "plan_rf_output"), (lang, k)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_signature_block_is_on_the_page_of_its_heading(demo_report, lang):
    """Read as a funding committee reads it: the French report left "Signatures" and
    the plan's reference at the foot of a page and the signature boxes alone on the next."""
    pages = demo_report(lang).pages
    (at,) = [i for i, p in enumerate(pages) if "Signatures" in [x.strip() for x in p.splitlines()]]
    assert "Mr Daniel Okafor" in pages[at] and "Ms Ruth Mbeki" in pages[at]


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_a_target_is_never_broken_inside_its_digits(lang):
    """A target of 12,000 printed "12 00" / "0" in a 12 mm year column: the column is now as wide
    as its widest target, and a target cell never wraps."""
    from decimal import Decimal

    from capacity_app.domain.plan.results import Indicator, ResultsChain, Target
    from capacity_app.reports.measure import text_mm
    from capacity_app.reports.plan.results import FRAMEWORK_PT, results_chapter, value

    targets = tuple(Target(y, Decimal(v)) for y, v in ((2026, 12000), (2027, 1500000), (2028, "2500000.75")))
    chain = ResultsChain("Objective", "", (), (Indicator("I1", "objective", "", "Records linked", "records",
                                                        Decimal(0), 2025, targets),))
    rc = results_chapter(chain, [], [], lang, load_strings(lang))
    shown = rc.framework[0].targets
    assert shown == [value(t.value, lang) for t in targets]
    assert rc.year_mm >= max(text_mm(t, FRAMEWORK_PT) for t in shown) + 2
    css = open("resources/report/plan.css", encoding="utf-8").read()
    assert "table.framework td.num { white-space: nowrap; overflow-wrap: normal; }" in css
