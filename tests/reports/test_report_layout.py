"""The ministry report checked on WeasyPrint's own layout boxes (tests/layout_checks.py, run on the
document while it is laid out for the PDF the other tests share; conftest.py's ``layouts``): no
text outside the page box or its cell, no table wider than the frame, nothing below 8 pt, no page
holding a lone row of a table, an owner field on every action, no hidden text on the cover; the
report in English, French and Spanish, the blank questionnaire in French, Arabic (right to left),
Chinese and Russian (which, read as a native editor reads it, holds no English word)."""
from __future__ import annotations

import re

import pytest
from sample import sample
from plan_edits import forget_progress

BLANKS = sample(["blank-fr", "blank-ar", "blank-zh", "blank-ru"], lambda b: b != "blank-ru")


@pytest.fixture(params=["en", "fr", "es"])  # the Spanish report is rendered for its typography anyway
def laid_out(request, layouts):
    return layouts(request.param)


@pytest.fixture(params=BLANKS)
def blank_laid_out(request, layouts):
    return layouts(request.param)


def test_no_text_outside_the_page_and_no_table_wider_than_the_frame(laid_out):
    assert laid_out.layout["pages"] > 15
    assert laid_out.layout["outside"] == []


def test_the_blank_questionnaire_fits_its_pages_too(blank_laid_out):
    assert blank_laid_out.layout["outside"] == []
    assert blank_laid_out.layout["grid_tables"] > 0  # grids, the matrix and the need ratings are tables of tick boxes


@pytest.mark.parametrize("lang", sample(["ar", "zh", "ru"]))
def test_the_blank_questionnaire_has_no_english_word(lang, layouts):
    """Every page of the blank questionnaire in Arabic, Chinese and Russian: the only Latin letters
    are codes and acronyms (CEN, HHS, BPM6, CSV) and the tool's name; Arabic writes 0-9, as UN
    Arabic documents do, never Arabic-Indic digits."""
    r = layouts(f"blank-{lang}")
    assert len(r.pages) > 30 and r.ctx.lang == lang
    words = set(re.findall(r"[A-Za-z][A-Za-z'’-]*", r.text))
    assert {w for w in words if not w.isupper() and w != "capacity-app" and len(w) > 1} == set()  # 10.c.1
    assert {"CEN", "HHS"} <= words
    assert re.findall("[\u0660-\u0669\u06f0-\u06f9]", r.text) == []
    # a "don't know" box says it once: "不知道" or "Не знаю (НЗ)", never "不知道 (不知道)"
    specials = [o for sec in r.ctx.blank_sections for it in sec.items for o in it.specials]
    assert specials and all(o.code != o.label.replace(" ", "\u00a0") for o in specials)
    if lang == "zh":
        assert "不知道" in r.text and "(不知道)" not in r.text


@pytest.mark.parametrize("which", ["blank-ar", "blank-zh"])
def test_the_blank_questionnaire_prints_nothing_over_anything(which, layouts):
    """No word's box over another's and none off the page in the blank's PDF, read back with
    PyMuPDF (tests/generated/invariants.py), right to left and in Chinese."""
    from generated.invariants import word_problems

    assert word_problems(layouts(which).path) == []


def test_a_box_and_its_code_are_never_parted(blank_laid_out):
    """Every line of a tick cell holds whole boxes with their codes (the Chinese "☐ 不知道" broke
    after 不, "no", and the Arabic "☐ لا ينطبق" inside its last word, in the matrix's ten
    columns)."""
    ctx = blank_laid_out.ctx
    whole = {b for it in (i for sec in ctx.blank_sections for i in sec.items) for row in it.cells
             for cell in row for b in cell}
    assert f"☐\u00a0{ctx.s['blank_na']}" in whole and f"☐\u00a0{ctx.s['blank_dk']}" in whole
    assert blank_laid_out.layout["parted_ticks"] == []


def test_the_cover_has_no_hidden_text(laid_out):
    """Everything on page 1 is in the page's body (no running header or footer, visible or not) and
    drawn with a visible colour."""
    assert laid_out.layout["hidden_on_cover"] == []


def test_every_action_in_the_plan_has_an_owner_field(demo, tmp_path):
    """The drafted plan says "to be agreed"; a stored plan prints its institutions; both render an
    owner cell on every row of the plan table."""
    from capacity_app.domain.plan.actions import Action
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context

    from capacity_app.services.plan import actions as plans

    store, q, a = demo
    ctx = build_report_context(store, q, a.id, "en")
    assert not ctx.plan.proposed and ctx.plan.actions  # the demo's plan, owned and dated
    assert all(x.owners_agreed for x in ctx.plan.actions)
    assert [x.title for x in ctx.summary.priority_actions] == [x.title for x in ctx.plan.actions if x.chosen]

    st2 = open_store(tmp_path / "plan.sqlite3", backup_dir=tmp_path / "b")
    b = create_demo(st2)
    plans.withdraw_validation(st2, b.id, "revised")
    forget_progress(st2, b.id)   # a plan whose actions have progress keeps them
    plans.replace_plan(st2, q, b.id, [])
    drafted = build_report_context(st2, q, b.id, "en")
    assert drafted.plan.proposed and drafted.plan.actions
    assert all(x.owners == drafted.s["owners_to_agree"] and not x.owners_agreed for x in drafted.plan.actions)
    st2.insert_action(b.id, Action(id="a1", title="Sign the data-sharing agreement",
                                   institutions=("Ministry of the Interior", "NSOV"), start="2027-Q1",
                                   end="2027-Q4", resources="One legal adviser", milestone="Agreement signed",
                                   priority=1, position=0))
    st2.insert_action(b.id, Action(id="a2", title="Publish the tables", priority=2, position=1))
    ctx2 = build_report_context(st2, q, b.id, "en")
    st2.close()
    assert ctx2.plan.proposed  # owners filled in but no validation recorded: still proposed
    first, second = ctx2.plan.actions
    assert first.owners == "Ministry of the Interior; NSOV" and first.owners_agreed
    assert first.timeline == "Q1–Q4 2027" and first.milestone == "Agreement signed"
    assert second.owners == ctx2.s["owners_to_agree"]
    html = render_html(ctx2)
    plan = html[html.index('<table class="grid plan">'):]
    plan = plan[:plan.index("</table>")]
    rows = plan.split("<tr>")[2:]  # after the header row
    assert len(rows) == 2 and all(r.count("<td") == 5 for r in rows)
    assert "Ministry of the Interior; NSOV" in rows[0] and ctx2.s["owners_to_agree"] in rows[1]


def test_running_texts_are_css_strings_not_hidden_elements():
    from capacity_app.reports.pdf import css_string

    s = css_string('Côte d\'Ivoire"</style><script>')
    assert s.startswith('"') and s.endswith('"') and "<" not in s and "'" not in s[1:-1]
    assert s.count('"') == 2 and "\\0000f4" in s


def test_a_provisional_score_is_said_and_no_band_is_printed(tmp_path):
    """Few answers: the score is shown as provisional with the completeness (Babel percent), no
    band; the plan is empty; the cover names the tool as author and carries the DRAFT mark."""
    from markupsafe import escape

    from capacity_app.reports.typography import typeset

    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for, record_answer
    from capacity_app.services.reports import build_report_context

    with open_store(tmp_path / "p.sqlite3", backup_dir=tmp_path / "b") as st:
        q = questionnaire_for()
        a = create_assessment(st, q, country="SEN", round=2026)
        record_answer(st, q, a.id, "s2_policy", "yes")
        record_answer(st, q, a.id, "s5_strategy", "yes")
        ctx = build_report_context(st, q, a.id, "fr")
    assert ctx.summary.provisional and ctx.summary.score and ctx.summary.completeness.endswith("%")
    html = render_html(ctx)
    assert f"{ctx.s['band']}{ctx.s['colon']}<b>{ctx.s['provisional']}</b>" in html
    assert "band-partially_meets" not in html and "band-meets" not in html
    assert ctx.draft == "PROJET" and ctx.author == ""   # nobody known: no author, never the application
    assert ctx.plan.actions == [] and str(escape(typeset(ctx.s["priority_actions_none"], "fr"))) in html
    assert ctx.title.startswith("Sénégal\u00a0: ")


@pytest.mark.parametrize("which", ["en", "fr", "es", *BLANKS])
def test_nothing_is_set_below_8_pt(which, layouts):
    """Every text box of every page, running heads included (the charts are drawn at 8 pt too:
    charts.FONT_SIZE)."""
    assert layouts(which).layout["below_8pt"] == []


@pytest.mark.parametrize("which", ["en", "fr", "es", *BLANKS])
def test_no_page_holds_a_lone_row_of_a_table(which, layouts):
    """A table split across pages leaves at least two of its rows on each page (the plan's actions,
    the policy-question table, Annex A's areas, Annex C's answers)."""
    assert layouts(which).layout["lone_rows"] == []


@pytest.mark.parametrize("which", ["en", "fr", "es", "partial", *BLANKS])
def test_running_heads_and_feet_never_overlap(which, layouts):
    """The texts of the running head's and foot's boxes never overlap on any page: the centre
    box is centred on the page whatever the widths of its neighbours (in Spanish "Generado el 23
    de noviembre de 2026" ran into "capacity-app 0.1.0"); mirrored in Arabic (the blank)."""
    assert layouts(which).layout["running_overlap"] == []


def _sections_chart(lang: str):
    """The sections chart's figure of every section of the questionnaire in ``lang``, every band
    shown, and what matplotlib lays out: (figure, legend box, [(tick label, its box)])."""
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.domain.labels import BANDS, band_label
    from capacity_app.domain.questionnaire import tr
    from capacity_app.reports import charts
    from capacity_app.reports.model import ChartData

    sections = [f"{s.id} {tr(s.label, lang)}" for s in load_bundled().sections]
    bands = [BANDS[i % len(BANDS)] for i in range(len(sections))]
    data = ChartData(sections, [10.0 + 6 * i for i in range(len(sections))], bands,
                     [band_label(b, lang) for b in bands], [], [], [], "", "", lang)
    with charts._rc(lang):
        fig = charts.section_scores_figure(data)
        renderer = fig._get_renderer()
        ax = fig.axes[0]
        labels = [(t, t.get_window_extent(renderer)) for t in ax.get_yticklabels()]
        return fig, ax.get_legend().get_window_extent(renderer), labels


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ru"])
def test_the_sections_chart_legend_stays_within_its_figure(lang):
    """The band legend under the sections chart ends within the figure, which the page prints
    whole, in every language (the Russian "70–89 Сложившийся потенциал" ran past the right edge
    and was cut); right to left, within its left edge."""
    fig, box, _ = _sections_chart(lang)
    assert 0 <= box.x0 and box.x1 <= fig.bbox.width, (box.x0, box.x1, fig.bbox.width)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_sections_chart_labels_keep_to_their_bars(lang):
    """A section's name of two or three lines stays beside its bar: no label overlaps the next
    (in Arabic a name's second line fell on the next bar's name: Noto Sans Arabic's line is about
    twice DejaVu's in matplotlib's measure); right to left the band ranges read "0–39.9" as in the
    report's text, each one isolated run; a score is labelled to one decimal ("69.6", not "70"
    beside the legend's "70–89.9")."""
    from capacity_app.reports import charts

    fig, _, labels = _sections_chart(lang)
    boxes = sorted((b for _, b in labels), key=lambda b: b.y0)
    assert any("\n" in t.get_text() for t, _ in labels)  # names of two lines
    assert [(a.y1, b.y0) for a, b in zip(boxes, boxes[1:], strict=False) if a.y1 > b.y0 + 0.5] == []
    if lang == "ar":
        # in words, as the report's text writes them (the Arabic editor read "0–39.9" backwards)
        assert charts._band_ranges("ar")[:2] == ["من 0 إلى 39.9", "من 40 إلى 69.9"]
        assert charts._band_ranges("ar")[-1] == "من 90 إلى 100"
    else:
        assert charts._band_ranges("fr")[2] == "70–89,9"
        assert any(t.get_text().startswith("16,0 · ") for t in fig.axes[0].texts)


@pytest.mark.parametrize("height, rows, flagged", [("10mm", 13, True), ("55mm", 3, False)])
def test_a_short_row_alone_on_a_page_is_found_a_tall_one_is_a_record(height, rows, flagged):
    """The lone-row check (tests/layout_checks.py) on a small document: a table's last short row
    carried alone to the next page is found; a row taller than a third of the page alone on its
    page is not (the demo's Annex F, each action a record of half a page)."""
    import weasyprint
    from layout_checks import lone_rows

    html = (f'<style>@page {{ size: A6; margin: 10mm }} table {{ border-spacing: 0 }} td {{ height: {height}; padding: 0 }}</style>'
            f'<table class="t"><tbody>{"<tr><td>x</td></tr>" * rows}</tbody></table>')
    doc = weasyprint.HTML(string=html).render()
    assert len(doc.pages) == 2
    assert bool(lone_rows(doc)) is flagged
