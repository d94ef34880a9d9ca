"""The implementation report: ``report ID --progress PERIOD``, the plan followed in one
period through the report's one pipeline. The context adds up and is written in the six languages
(HTML, StrictUndefined: a missing text fails); one PDF and one Word document are rendered."""
from __future__ import annotations

import datetime as _dt
import shutil
import subprocess
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
    prog.record_indicator_value(store, a.id, IndicatorValue("I5", "2026", D("36.5"), "2026-12-01",
                                                            "Labour force survey 2026"), replace=True, today=TODAY)
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


def test_the_demo_reports_each_indicator_beside_its_2026_target(followed):
    """The demo's chain sets 2026 targets for two indicators of its second outcome (I5: baseline
    25, target 40; I6: baseline 0, target 12) and for the output of its first action (I9:
    baseline 0, target 12). I5 at 36.5: (36.5 - 25) / (40 - 25) = 0.77, at risk; I6 and I9 at 12:
    met, on track, and I9's standing is a part of its action's."""
    from capacity_app.services.reports import progress_report_context

    store, aid = followed
    ctx = progress_report_context(store, aid, "2026", "en", today=TODAY)
    lines = {i.indicator: (i.target, i.value, i.standing_code) for i in ctx.progress.indicators}
    assert lines == {"I5": ("40%", "36.5%", "at_risk"), "I6": ("12", "12", "on_track"), "I9": ("12", "12", "on_track")}
    assert all(i.name and i.standing == ctx.s[f"progress_{i.standing_code}"] for i in ctx.progress.indicators)
    chain = store.results_chain(aid)
    output = chain.indicator("I9")
    assert output is not None and output.level == "output"
    from capacity_app.services.plan import progress as prog

    row = next(r for r in prog.summary(store, aid, "2026", today=TODAY).rows if r.action.id == output.parent)
    assert row.standing.indicators == ("on_track",)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_report_is_written_in_every_language(followed, lang):
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.reports import progress_report_context

    store, aid = followed
    ctx = progress_report_context(store, aid, "2026", lang, today=TODAY)
    html = render_html(ctx)
    assert ctx.progress.title.replace(" ", "\u00a0") in html.replace(" ", "\u00a0") and ctx.s["progress_money"] in html
    assert ctx.s["progress_priority"] in html and "I5" in html and ctx.s["plan_target"] in html
    assert ctx.s["pq_table"] not in html and ctx.s["annex_glossary"] not in html   # not the assessment's chapters
    # the money by partner's last row: its total, or its one partner's row (no total under a single row)
    total = ctx.progress.money[-1]
    assert total.total == (len(ctx.progress.money) > 1) and all(v in html for v in total.cells)


def test_pdf_and_word(followed, tmp_path, monkeypatch):
    """``report --progress 2026 --pdf F --docx G``: both written, the report laid out once (the
    Word copy's contents page takes the PDF's pages instead of laying the report out again)."""
    from pdf_text import page_texts

    import capacity_app.reports.docx as report_docx
    from capacity_app.services.reports import export_report_files

    def laid_out_again(ctx):
        raise AssertionError("the Word copy laid the report out again")

    monkeypatch.setattr(report_docx, "report_pages", laid_out_again)
    store, aid = followed
    pdf, docx = export_report_files(store, aid, pdf_path=tmp_path / "progress.pdf",
                                    docx_path=tmp_path / "progress.docx", period="2026")
    text = " ".join(page_texts(pdf))
    flat = " ".join(text.split())
    assert "Implementation report for 2026" in flat
    assert "waits for the data protection decree" in flat and "trained its staff with the IMF" in flat
    assert "XOF 3,350,000" in flat                         # spent in all: 2 350 000 + 1 000 000
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
    # late and spent as `actions compare` reads them: the agreement's end (2027-Q2) passed by the
    # next round's reference date, its money spent from the progress report
    late, spent = ctx.s["achieved_late"].split("{end}")[0], ctx.s["achieved_spent"].split("{amount}")[0]
    assert rows[2].outcome.startswith(ctx.s["action_status_in_progress"])
    assert [n.startswith(late) for n in rows[2].notes] == [True, False] and rows[2].notes[1].startswith(spent)
    assert [n.startswith(spent) for n in rows[1].notes] == [True] and rows[9].notes == ()
    html = render_html(ctx)
    assert "id=\"plan-achieved\"" in html and "trained its staff with the IMF" in html
    part = html[html.index("id=\"plan-achieved\""):]
    assert "None" not in part[:part.index("</table>")]
    # the earlier round's own report has no earlier plan to look back on
    assert build_report_context(store, None, aid, lang).achieved is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_earlier_plan_s_outcome_says_late_spent_and_not_scored_in_words(lang):
    """An action read as `actions compare` reads it: late with its end, the money spent to date,
    and a gap the scoring could not give said in words in each language, never "None"."""
    from capacity_app.reports.format import fmt_quarter, load_strings
    from capacity_app.reports.money import money_in_words
    from capacity_app.reports.plan.progress import achieved
    from capacity_app.services.rounds import ActionOutcome, GapNow

    s = load_strings(lang)
    outcome = ActionOutcome(3, "Register", "in_progress", "2026-H2", "", (GapNow("A", "Immigrants", None, 2, None, 1,
                                                                                 "new"),),
                            late=True, end="2026-Q4", spent={"USD": D(35000)})
    row = achieved(2025, [outcome], lang, s).rows[0]
    assert s["achieved_not_scored"] in row.gaps[0] and "None" not in " ".join((*row.gaps, row.outcome, *row.notes))
    late, spent = row.notes
    assert fmt_quarter(2026, 4, lang) in late and money_in_words(D(35000), "USD", lang) in spent
    assert row.outcome == f"{s['action_status_in_progress']} (2026-H2)"
    done = achieved(2025, [ActionOutcome(1, "Census", "done", "", "", ())], lang, s).rows[0]
    assert done.outcome == f"{s['action_status_done']} ({s['achieved_no_report']})"


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
        assert iom["committed"] == D(15000) and iom["spent"] == D(4200)
        assert not any(r.overruns for r in s.rows)   # the demo spends within its lines
        assert [v.indicator_id for v in s.values] == ["I5", "I6", "I9"]
        assert [(r.indicator.id, r.target is not None, r.value is not None) for r in s.indicators] == [
            ("I5", True, True), ("I6", True, True), ("I9", True, True)]
        assert len(plan_state(store, a.id).changes) == 1   # the survey moved, as before: progress amends nothing


# --- the Arabic implementation report (one PDF and its Word copy, laid out once for the tests below) ----------
REASON_EN = "The signature waits for the data protection decree of the ministers"
REASON_FR = "La banque centrale a formé son personnel avec le FMI sans frais pour le projet"


def _make_arabic(demo_db, folder):
    """The demo's 2026 followed with a reason in English (action 2) and one in French (action 9),
    its implementation report written in Arabic as a PDF and a Word document."""
    import json

    from capacity_app.services.assessments import open_store
    from capacity_app.services.plan import progress as prog
    from capacity_app.services.reports import export_report_files

    shutil.copy(demo_db[0], folder / "p.sqlite3")
    with open_store(folder / "p.sqlite3", backup_dir=folder / "backups") as store:
        plan = store.action_plan(demo_db[1])
        for entry in (ActionProgress(plan[1].id, "2026", "in_progress", "2026-09-01", None, REASON_EN),
                      ActionProgress(plan[8].id, "2026", "dropped", None, None, REASON_FR)):
            prog.record_progress(store, demo_db[1], entry, replace=True, today=TODAY)
        export_report_files(store, demo_db[1], pdf_path=folder / "ar.pdf", docx_path=folder / "ar.docx",
                            lang="ar", period="2026")
        (folder / "titles.json").write_text(json.dumps([plan[1].title, plan[8].title]))


@pytest.fixture(scope="module")
def arabic(demo_db, make_once):
    import json

    from pdf_text import page_texts

    folder = make_once("progress-report-ar", lambda f: _make_arabic(demo_db, f), across_workers=True)
    pages = page_texts(folder / "ar.pdf")
    return folder, pages, json.loads((folder / "titles.json").read_text())


def _solid(text: str) -> str:
    """``text`` without its spaces, line breaks and isolates (a line may wrap anywhere)."""
    return "".join(ch for ch in "".join(text.split()) if ch not in "\u2066\u2067\u2068\u2069\u200b")


def test_arabic_reasons_are_whole_and_in_order(arabic):
    """Read page by page: in Arabic an action's English title and an English or French
    reason were laid out around each other (the reason's first words left of the title, its rest on
    the next line). Each comes out whole, the title, then its reason, in the PDF and the Word copy."""
    from docx import Document

    from capacity_app.reports.format import load_strings

    folder, pages, (title_en, title_9) = arabic
    heading = load_strings("ar")["progress_reasons"]   # the list of reasons, after the action pages
    if shutil.which("pdftotext"):  # the PDF's text as laid out, line by line (pypdf reads it in its logical order)
        shown = subprocess.run(["pdftotext", str(folder / "ar.pdf"), "-"], capture_output=True, text=True,
                               check=True).stdout
        text = _solid(shown)
        for title, reason in ((title_en, REASON_EN), (title_9, REASON_FR)):
            i = text.rfind(_solid(title))                      # the last: the list of reasons
            j = text.find(_solid(reason), i)
            assert i != -1 and j != -1, (title, reason, shown[-1500:])
            assert not any(ch.isalpha() for ch in text[i + len(_solid(title)):j]), text[i:j + 80]  # its number only
    doc = "\n".join(p.text for p in Document(str(folder / "ar.docx")).paragraphs)
    doc = doc[doc.rindex(heading):]   # the list itself, not its line on the contents page
    found = [doc.find(t) for t in (title_en, REASON_EN, title_9, REASON_FR)]
    assert -1 not in found and found == sorted(found), found
    for t in (title_en, REASON_EN, REASON_FR):   # each set apart from the right-to-left line around it
        i = doc.find(t)   # by left-to-right marks, as Word and LibreOffice read them (the PDF's isolates)
        assert doc[i - 1] == doc[i + len(t)] == "\u200e", repr(doc[i - 5:i + len(t) + 5])
    for title, reason in ((title_en, REASON_EN), (title_9, REASON_FR)):  # the reason on the title's next line
        between = doc[doc.find(title) + len(title):doc.find(reason)]   # a line break and direction marks only
        assert between.strip("\u200e\u200f") == "\n", repr(between)


def test_the_cover_says_what_changed_since_the_validation(arabic):
    """The cover's validation line said "changed since" and nothing more: it says how many changes
    and under which heading, and the implementation report lists them there (the demo's survey moved
    after the validation)."""
    from capacity_app.reports.format import load_strings, plural

    folder, pages, _ = arabic
    s = load_strings("ar")
    heading = s["plan_changes"]
    cover, contents, rest = _solid(pages[0]), _solid(pages[1]), _solid(" ".join(pages[2:]))
    assert _solid(plural(s["plan_cover_changes"], 1, "ar")) in cover and _solid(heading) in cover
    assert _solid(s["contents"]) in contents and _solid(heading) in contents   # listed on the contents page
    listed = rest[rest.find(_solid(heading)):]
    assert rest.count(_solid(heading)) == 1 and _solid("Run the 2027 migration survey") in listed


def test_a_validated_plan_s_implementation_report_is_no_draft(tmp_path):
    """It reports on the plan the government validated: no DRAFT mark while the assessment itself
    is still in progress; a DRAFT again once the validation is withdrawn."""
    from capacity_app.reports.pdf import register_watermark
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.plan.actions import withdraw_validation
    from capacity_app.services.reports import progress_report_context

    with open_store(tmp_path / "demo.sqlite3") as store:
        a = create_demo(store)
        assert store.assessment(a.id).status != "final"
        ctx = progress_report_context(store, a.id, "2026", "en")
        assert ctx.draft == "" and ctx.plan_draft == "" and register_watermark(ctx, None) == ""
        withdraw_validation(store, a.id, "the minister asked for a new workshop")
        assert progress_report_context(store, a.id, "2026", "en").draft == "DRAFT"
