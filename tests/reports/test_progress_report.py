"""The implementation report (issue 61): ``report ID --progress PERIOD``, the plan followed in one
period through the report's one pipeline. The context adds up and is written in the six languages
(HTML, StrictUndefined: a missing text fails); one PDF and one Word document are rendered."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal

import pytest

from capacity_app.domain.languages import LANGUAGES
from capacity_app.domain.plan.progress import ActionProgress, IndicatorValue, LineMoney

D = Decimal
TODAY = _dt.date(2027, 2, 15)


@pytest.fixture(scope="module")
def followed(tmp_path_factory):
    """The demo with its 2026 followed: one action done, one late with its reason and money, one
    dropped, an indicator value."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.plan import progress as prog

    db = tmp_path_factory.mktemp("progress") / "p.sqlite3"
    store = open_store(db)
    a = create_demo(store)
    plan = store.action_plan(a.id)
    for entry in (
        ActionProgress(plan[0].id, "2026", "done", "2026-07-01", "2026-11-20", "",
                       (LineMoney(1, "", D(2500000), D(2500000), D(2350000)),)),
        ActionProgress(plan[1].id, "2026", "in_progress", "2026-09-01", None,
                       "The ministers' signature waits for the data protection decree",
                       (LineMoney(1, "", D(6000000), D(4000000), D(1000000)),)),
        ActionProgress(plan[8].id, "2026", "dropped", None, None, "The central bank trained its staff with the IMF"),
    ):
        prog.record_progress(store, a.id, entry, replace=True, today=TODAY)   # over the demo's own
    prog.record_indicator_value(store, a.id, IndicatorValue("outcome-1.ind-2", "2026", D("36.5"), "2026-12-01",
                                                            "Labour force survey 2026"), today=TODAY)
    yield store, a.id
    store.close()


def test_the_context_adds_up(followed):
    from capacity_app.reports.plan.progress import totals_add_up
    from capacity_app.services.plan import progress as prog

    store, aid = followed
    s = prog.summary(store, aid, "2026", today=TODAY)
    assert totals_add_up(s)
    assert s.totals["XOF"]["spent"] == D(3350000) and s.totals["XOF"]["disbursed"] == D(6500000)
    assert s.counts["off_track"] >= 1                     # the dropped action
    assert sum(s.counts.values()) == len(s.rows)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_report_is_written_in_every_language(followed, lang):
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.reports import progress_report_context

    store, aid = followed
    ctx = progress_report_context(store, aid, "2026", lang, today=TODAY)
    html = render_html(ctx)
    assert ctx.progress.title in html and ctx.s["progress_money"] in html
    assert ctx.s["progress_priority"] in html and "outcome-1.ind-2" in html
    assert ctx.s["pq_table"] not in html and ctx.s["annex_glossary"] not in html   # not the assessment's chapters
    total = next(m for m in ctx.progress.money if m.total)
    assert all(v in html for v in total.cells)


def test_pdf_and_word(followed, tmp_path):
    import pypdf

    from capacity_app.services.reports import export_progress_docx, export_progress_pdf

    store, aid = followed
    pdf = export_progress_pdf(store, aid, "2026", tmp_path / "progress.pdf")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    flat = " ".join(text.split())
    assert "Implementation report, 2026" in flat
    assert "waits for the data protection decree" in flat and "trained its staff with the IMF" in flat
    assert "XOF 3,350,000" in flat                         # spent in all: 2 350 000 + 1 000 000
    docx = export_progress_docx(store, aid, "2026", tmp_path / "progress.docx")
    from docx import Document

    doc = Document(str(docx))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Summary" in headings and "Priority actions" in headings


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_next_round_report_says_what_the_plan_achieved(followed, lang):
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import questionnaire_for
    from capacity_app.services.reports import build_report_context
    from capacity_app.services.rounds import previous_round, start_next_round

    store, aid = followed
    later = next((x for x in store.assessments() if x.id != aid), None)
    if later is None:
        later = store.assessment(start_next_round(store, questionnaire_for(store.assessment(aid)), aid,
                                                  reference_date="2027-10-01").id)
    assert previous_round(store, later).id == aid
    ctx = build_report_context(store, None, later.id, lang)
    assert ctx.achieved is not None and ctx.achieved.title == ctx.s["achieved_title"].format(year=2026)
    rows = {r.number: r for r in ctx.achieved.rows}
    assert rows[2].reason == "The ministers' signature waits for the data protection decree"
    assert rows[9].outcome.startswith(ctx.s["action_status_dropped"])
    assert any(r.gaps for r in ctx.achieved.rows)
    html = render_html(ctx)
    assert "id=\"plan-achieved\"" in html and "trained its staff with the IMF" in html
    # the earlier round's own report has no earlier plan to look back on
    assert build_report_context(store, None, aid, lang).achieved is None


def test_the_demo_is_followed_for_a_year(tmp_path):
    """The demo's plan carries its 2026 progress: statuses, money by partner, a late action with its
    reason, an indicator value; its implementation report is a model (the totals add up)."""
    from capacity_app.reports.plan.progress import totals_add_up
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.plan import progress as prog
    from capacity_app.services.plan.actions import plan_state

    with open_store(tmp_path / "demo.sqlite3") as store:
        a = create_demo(store)
        s = prog.summary(store, a.id, "2026")
        assert totals_add_up(s) and len([r for r in s.rows if r.entry]) == 3
        late = next(r for r in s.rows if r.entry and r.entry.status == "planned")
        assert "finance law" in late.entry.reason and late.standing.overall in ("at_risk", "off_track")
        iom = next(v for (f, n, c), v in s.by_partner.items() if n.startswith("International Organization"))
        assert iom["committed"] == D(9000000) and iom["spent"] == D(850000)
        assert [v.indicator_id for v in s.values] == ["outcome-1.ind-1"]
        assert len(plan_state(store, a.id).changes) == 1   # the survey moved, as before: progress amends nothing
