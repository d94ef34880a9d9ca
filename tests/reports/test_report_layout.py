"""The ministry report 2.0 (issue 15) checked on WeasyPrint's own layout boxes and on the PDF text:
no text outside the page box, no table wider than the frame, no English in the French and Spanish
reports, an owner field on every action, no hidden text on the cover."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

TOL = 0.5  # CSS px of rounding


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo

    d = tmp_path_factory.mktemp("layout")
    store = open_store(d / "demo.sqlite3", backup_dir=d / "backups")
    a = create_demo(store)
    yield store, questionnaire_for(a), a
    store.close()


def _layout(ctx):
    """WeasyPrint's laid-out document of ``ctx`` (the pipeline's own HTML, fetcher and charts)."""
    import weasyprint

    from capacity_app.reports.format import report_dir
    from capacity_app.reports.pdf import prepare_charts, render_html

    fetcher, charts = prepare_charts(ctx)
    html = render_html(ctx, charts)
    return weasyprint.HTML(string=html, base_url=report_dir().as_uri() + "/", url_fetcher=fetcher).render()


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()) or ():
        yield from _boxes(child)


@pytest.fixture(scope="module", params=["en", "fr", "es"])
def laid_out(request, demo):
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    ctx = build_report_context(store, q, a.id, request.param)
    return ctx, _layout(ctx)


@pytest.fixture(scope="module")
def blank_laid_out():
    from capacity_app.services.reports import build_report_context

    ctx = build_report_context(None, None, None, "fr", blank=True)
    return ctx, _layout(ctx)


def _cell_overflows(box, n, problems, cell=None):
    """Text that runs out of its table cell (into the next column)."""
    from weasyprint.formatting_structure import boxes as B

    if isinstance(box, B.TableCellBox):
        cell = box
    elif cell is not None and isinstance(box, B.TextBox) and box.text.strip():
        right = cell.position_x + cell.margin_width()
        if box.position_x + box.width > right + 1:
            problems.append(f"page {n}: {box.text[:30]!r} runs out of its cell")
    for child in getattr(box, "children", ()) or ():
        _cell_overflows(child, n, problems, cell)


def _check_layout(doc):
    from weasyprint.formatting_structure import boxes as B

    problems = []
    for n, page in enumerate(doc.pages, 1):
        _cell_overflows(page._page_box, n, problems)
    for n, page in enumerate(doc.pages, 1):
        pb = page._page_box
        width, height = pb.margin_width(), pb.margin_height()
        left = pb.margin_left + pb.border_left_width + pb.padding_left
        right = left + pb.width
        for box in _boxes(pb):
            if isinstance(box, B.TextBox) and box.text.strip():
                x0, y0 = box.position_x, box.position_y
                x1, y1 = x0 + box.margin_width(), y0 + box.margin_height()
                if x0 < -TOL or y0 < -TOL or x1 > width + TOL or y1 > height + TOL:
                    problems.append(f"page {n}: text {box.text[:30]!r} outside the page box")
            if isinstance(box, B.TableBox):
                x1 = box.position_x + box.margin_width()
                if box.position_x < left - TOL or x1 > right + TOL:
                    problems.append(f"page {n}: a table {x1 - right:.1f}px wider than the frame")
    return problems


def test_no_text_outside_the_page_and_no_table_wider_than_the_frame(laid_out):
    ctx, doc = laid_out
    assert len(doc.pages) > 15
    assert _check_layout(doc) == []


def test_the_blank_questionnaire_fits_its_pages_too(blank_laid_out):
    ctx, doc = blank_laid_out
    assert _check_layout(doc) == []
    html_tables = [b for p in doc.pages for b in _boxes(p._page_box)
                   if type(b).__name__ == "TableBox" and "bgrid" in (b.element.get("class") or "")]
    assert html_tables  # grids, the matrix and the need ratings are tables of tick boxes


def test_the_cover_has_no_hidden_text(laid_out):
    """Everything on page 1 is in the page's body (no running header or footer, visible or not) and
    drawn with a visible colour."""
    from weasyprint.formatting_structure import boxes as B

    ctx, doc = laid_out
    cover = doc.pages[0]._page_box
    for box in _boxes(cover):
        if isinstance(box, B.MarginBox):
            assert not any(isinstance(b, B.TextBox) and b.text.strip() for b in _boxes(box)), box.at_keyword
        if isinstance(box, B.TextBox) and box.text.strip():
            colour = box.style["color"]
            assert colour.alpha > 0 and box.style["font_size"] > 4, box.text
            assert box.style["visibility"] == "visible", box.text


def _pdf_text(path) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    # undo line breaks and hyphenation so that phrases can be searched for
    return re.sub(r"\s+", " ", text.replace("\u2010\n", "").replace("-\n", ""))


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_no_english_string_in_the_french_and_spanish_reports(demo, demo_report, lang):
    """Every fixed text of the report catalogue (strings.yaml) whose English differs from the
    translation is absent from the translated PDF, and so is every section's English label."""
    from capacity_app.domain.questionnaire import tr
    from capacity_app.reports.format import all_strings

    _, q, _ = demo
    rendered = demo_report(lang)  # rendered once per session (tests/conftest.py)
    ctx, text = rendered.ctx, _pdf_text(rendered.path)
    assert ctx.s["summary"] in text  # the extraction works
    found = []
    for key, values in all_strings().items():
        en, other = values.get("en"), values.get(lang)
        for e, o in zip(en if isinstance(en, list) else [en], other if isinstance(other, list) else [other],
                        strict=True):
            if not isinstance(e, str) or e == o:
                continue
            # the longest literal run between placeholders, when it is a phrase (3+ words)
            frag = max(re.split(r"\{[^}]*\}", e), key=len).strip(" .,:;\"")
            if len(frag.split()) >= 3 and frag in text:
                found.append(f"{key}: {frag!r}")
    for sec in q.sections:
        label = tr(sec.label, "en")
        if label != tr(sec.label, lang) and len(label.split()) >= 3 and label in text:
            found.append(f"section {sec.id}: {label!r}")
    for word in ("Executive summary", "Action plan", "Generated on", "out of 100", "DRAFT"):
        if word in text:
            found.append(word)
    assert found == []


def test_every_action_in_the_plan_has_an_owner_field(demo, tmp_path):
    """The drafted plan says "to be agreed"; a stored plan prints its institutions; both render an
    owner cell on every row of the plan table."""
    from capacity_app.domain.actionplan import Action
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context

    from capacity_app.services import actionplan as plans

    store, q, a = demo
    ctx = build_report_context(store, q, a.id, "en")
    assert not ctx.plan.proposed and ctx.plan.actions  # the demo's plan, owned and dated
    assert all(x.owners_agreed for x in ctx.plan.actions)
    assert [x.title for x in ctx.summary.priority_actions] == [x.title for x in ctx.plan.actions if x.chosen]

    st2 = open_store(tmp_path / "plan.sqlite3", backup_dir=tmp_path / "b")
    b = create_demo(st2)
    plans.withdraw_validation(st2, b.id)
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
    assert first.timeline == "Q1 2027 – Q4 2027" and first.milestone == "Agreement signed"
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
    assert ctx.draft == "PROJET" and ctx.author == ctx.s["author_unknown"]
    assert ctx.plan.actions == [] and str(escape(typeset(ctx.s["priority_actions_none"], "fr"))) in html
    assert ctx.title.startswith("Sénégal\u00a0: ")
