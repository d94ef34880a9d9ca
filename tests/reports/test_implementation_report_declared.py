"""The implementation report's tables read the fields a progress entry declares, and the results
framework of an action's sheet the texts an action declares printed "results".

A field of an entry or of an indicator's value declared after the first ones and ``printed``
(``domain/plan/progress_fields.py``) is a column of its own (an entry's after the status in the
actions' table and a labelled row of a priority action's page; a value's after the source in the
indicators' table), labelled as the workbook's column; the first fields keep their places. The
next period's timeline keeps each date whole on its line (never "31 декабря" above "2027 года"),
its column widened to the widest. The demo's report, rendered once, is changed in memory: no
database is written."""
from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from types import SimpleNamespace

import pytest

from capacity_app.domain.plan.progress_fields import ProgressField

TODAY = _dt.date(2027, 2, 15)
LINK = ProgressField("entry", "evidence_url", "line", "Evidence link", "evidence link", 30, printed=True)


def _context(demo_db, lang):
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context

    with open_store(demo_db[0], readonly=True) as store:
        return progress_report_context(store, demo_db[1], "2026", lang, today=TODAY), store.action_plan(demo_db[1])


def test_a_field_declared_later_is_printed_only_when_declared_printed_and_given(monkeypatch):
    from capacity_app.reports.plan import progress as report

    given = [SimpleNamespace(evidence_url="", other="x", status="done"),
             SimpleNamespace(evidence_url="Tables published", other="y", status="done")]
    fields = (replace(LINK, name="status", first=True), LINK, replace(LINK, name="other", printed=False))
    monkeypatch.setattr(report, "fields_of", lambda record: fields)
    assert report.declared_fields("entry", given) == (LINK,)
    assert report.declared_fields("entry", given[:1]) == ()   # none of the period's entries gives it
    s = {"colon": ": "}
    assert report.progress_cell(LINK, given[1], "en", s) == "Tables published"
    assert report.progress_cell(LINK, given[0], "en", s) == report.progress_cell(LINK, None, "en", s) == "–"
    dated = SimpleNamespace(evidence_url="2026-03-05")
    assert report.progress_cell(replace(LINK, kind="date"), dated, "fr", s) == "5 mars 2026"


def test_an_entry_s_and_a_value_s_later_fields_are_columns_of_their_own(demo_db):
    from capacity_app.reports.pdf import render_html

    ctx, _ = _context(demo_db, "en")
    p = ctx.progress
    shown = {a.number: (("Evidence link", "Tables published" if a.number == p.priority[0].number else "–"),)
             for a in p.actions}
    actions = tuple(replace(a, declared=shown[a.number]) for a in p.actions)
    p = replace(p, actions=actions, priority=tuple(a for a in actions if a.priority), entry_heads=("Evidence link",),
                value_heads=("Data link",), indicators=tuple(replace(i, declared=("Data checked",))
                                                             for i in p.indicators))
    html = render_html(replace(ctx, progress=p))
    actions_table = html[html.index('id="progress-actions"'):html.index('id="progress-execution"')]
    assert "<th>Status</th><th>Evidence link</th><th>Standing</th>" in actions_table
    assert '<col class="c-pstat"><col><col class="c-pstand">' in actions_table
    assert actions_table.count("<td>–</td>") == len(actions) - 1 and "Tables published" in actions_table
    page = html[html.index(f'id="progress-action-{p.priority[0].number}"'):]
    assert "<tr><th>Evidence link</th><td>Tables published</td></tr>" in page[:page.index("</table>")]
    other = html[html.index(f'id="progress-action-{p.priority[1].number}"'):]
    assert "Evidence link" not in other[:other.index("</table>")]   # not given: no row
    indicators = html[html.index('id="progress-indicators"'):]
    assert "<th>Source</th><th>Data link</th></tr>" in indicators
    assert indicators.count("Data checked") == len(p.indicators)


@pytest.mark.parametrize("lang", ["ru", "ar"])
def test_a_date_of_the_next_period_s_timeline_is_kept_whole(demo_db, lang):
    from capacity_app.domain.editorial import period
    from capacity_app.reports.pdf import render_html
    from capacity_app.reports.plan.progress import NEXT_TIME_MM, next_time_mm, next_timeline

    ctx, plan = _context(demo_db, lang)
    p = ctx.progress
    first = p.next_actions[0]
    dated = replace(plan[first.number - 1], start="2026-11-30", end="2027-09-30")
    actions = (replace(first, timeline=next_timeline(dated, lang)), *p.next_actions[1:])
    assert next_time_mm(p.next_actions) == 0.0   # quarters only: the column's own width, as before
    p = replace(p, next_actions=actions, next_time_mm=next_time_mm(actions))
    html = render_html(replace(ctx, progress=p), typed=True)
    for d in ("2026-11-30", "2027-09-30"):
        whole = period(d, lang).replace(" ", "\u00a0")   # its spaces no-break ones: the Word copy keeps it whole too
        assert f'<span class="amount">{whole}</span>' in html, whole
        assert whole in render_html(replace(ctx, progress=p)), whole   # the Word copy's HTML
    assert NEXT_TIME_MM < p.next_time_mm < 50
    assert f'<col class="c-ntime" style="width: {p.next_time_mm}mm">' in html


def test_the_results_framework_is_a_column_per_text_declared_printed_results(monkeypatch):
    """The four texts in their order and the report's own words, then a text declared later
    printed "results" headed as its workbook column; a text not given is "" (printed "–")."""
    from capacity_app.domain.plan.fields import ACTION_TEXTS
    from capacity_app.reports.format import load_strings
    from capacity_app.reports.plan import chapter

    s = load_strings("fr")
    later = replace(next(f for f in ACTION_TEXTS if f.printed == "risks"), name="later", printed="results")
    monkeypatch.setattr(chapter, "ACTION_TEXTS", (*ACTION_TEXTS, later))
    a = SimpleNamespace(indicator="Tableaux publiés", baseline="", target="10 tableaux", verification="Site web",
                        later="Un texte")
    cells = chapter.results_cells(a, "fr", s)  # type: ignore[arg-type]
    assert [h for _, h, _ in cells] == [s["plan_indicator"], s["plan_baseline"], s["plan_target"],
                                        s["plan_verification"], chapter.text(later.label_key, "fr")]
    assert [c for c, _, _ in cells] == ["c-ind", "", "", "c-mov", ""]
    assert [v for _, _, v in cells][1] == "" and "Un texte" in cells[-1][2]
    assert "Un texte" in chapter.results_text(a, "fr", s)  # type: ignore[arg-type]
