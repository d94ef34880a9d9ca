"""The planning unit's own words in the implementation report (reports/plan/progress.py,
progress.html.j2): its typed summary first, a paragraph per line, the figures after it; the
decisions asked of the minister in their order; beside each action at risk or off track its reason
and its corrective measure with who takes it and by when, or the words saying it has none; a
measure of an action no longer at risk printed apart, never left out. The PDF and its Word copy."""
from __future__ import annotations

import shutil

import pytest

from capacity_app.reports.format import load_strings


@pytest.fixture(scope="module")
def written(demo_db, tmp_path_factory):
    """The demo with a summary, two decisions and measures for 2026: action 3 (at risk) and action 1
    (on track), written once for the module; (database, assessment id)."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.plan import period_report as words

    path, aid = demo_db
    db = tmp_path_factory.mktemp("words") / "demo.sqlite3"
    shutil.copy(path, db)
    with open_store(db) as store:
        plan = store.action_plan(aid)
        words.record_period_report(store, aid, "2026", "The census tables are out.\n\nThe unit waits for the "
                                   "finance law \u202bRTL\u202c.", ["Vote the unit's budget line", "Sign the decree"])
        words.record_measure(store, aid, plan[2].id, "2026", "Second two officers from the labour ministry",
                             "NSOV, human resources", "2027-02-28")
        words.record_measure(store, aid, plan[0].id, "2026", "Publish the remaining tables")
    return db, aid


def _content(db, aid, lang, **edit):
    from capacity_app.reports.plan.progress import progress_report
    from capacity_app.services.assessments import open_store
    from capacity_app.services.plan.progress import summary

    with open_store(db, readonly=True) as store:
        s = summary(store, aid, "2026")
        measures = {m.action_id: m for m in store.corrective_measures(aid, "2026")}
        measures = edit.get("measures", measures)
        return progress_report(s, lang, load_strings(lang), words=store.period_report(aid, "2026"),
                               measures=measures), s


def test_the_content_in_the_planning_unit_s_words(written):
    db, aid = written
    p, s = _content(*written, "en")
    assert p.written == ("The census tables are out.", "The unit waits for the finance law \u202bRTL\u202c.")
    assert p.decisions == ("Vote the unit's budget line", "Sign the decree")
    (risk,) = p.risks
    assert (risk.number, risk.standing_code, risk.measure_given) == (3, "at_risk", True)
    assert risk.measure == "Second two officers from the labour ministry"
    assert risk.measure_detail == "Responsible: NSOV, human resources; by 28 February 2027"
    (other,) = p.other_measures
    assert (other.number, other.measure, other.measure_detail) == (1, "Publish the remaining tables", "")
    # without a measure, in French: said so
    p, _ = _content(db, aid, "fr", measures={})
    assert (p.risks[0].measure, p.risks[0].measure_given) == ("aucune mesure corrective rédigée", False)
    assert p.other_measures == ()


def test_the_pdf_and_the_word_copy_print_them(written, tmp_path):
    import subprocess

    import docx

    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import export_progress_docx, export_progress_pdf

    db, aid = written
    with open_store(db, readonly=True) as store:
        pdf = export_progress_pdf(store, aid, "2026", tmp_path / "r.pdf")
        word = export_progress_docx(store, aid, "2026", tmp_path / "r.docx")
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    for expected in ("In the planning unit’s words The census tables are out. The unit waits for the finance law",
                     "Decisions asked of the minister 1. Vote the unit’s budget line 2. Sign the decree",
                     "The period in figures Actions of the plan in 2026",
                     "Corrective measure: Second two officers from the labour ministry",
                     "Responsible: NSOV, human resources; by 28 February 2027",
                     "Corrective measures of actions neither at risk nor off track in 2026"):
        assert expected in text, expected
    # the typed summary comes before the figures
    assert text.index("The census tables are out.") < text.index("Actions of the plan in 2026 (")
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    # the decisions numbered in their order in the Word copy too, as the PDF prints them
    assert "The census tables are out." in paragraphs and "2. Sign the decree" in paragraphs
    assert any("Corrective measure: Second two officers" in p for p in paragraphs)


@pytest.mark.parametrize("lang", ["en", "fr", "zh"])
def test_an_action_not_started_is_called_so_in_the_table_and_the_summary(written, lang):
    """The summary counts the plan's planned actions as "not started": the actions table and the
    next period's say the same word, not the plan's "planned"."""
    p, s = _content(*written, lang)
    strings = load_strings(lang)
    word = str(strings["progress_status_planned"])
    assert word != str(strings["action_status_planned"])
    waiting = [a for a, r in zip(p.actions, s.rows, strict=True) if r.status == "planned"]
    assert waiting and all(a.status == word for a in waiting)
    assert all(a.status != word for a, r in zip(p.actions, s.rows, strict=True) if r.status != "planned")
    assert word in p.achieved[0]   # the summary's count of the actions by status
