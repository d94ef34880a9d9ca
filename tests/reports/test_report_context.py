"""The context dataclasses, the templates held to them, the fixed texts, the blank questionnaire
and the command line."""
import subprocess
import sys

import pytest


def test_every_string_has_every_language():
    from i18n_status import READY as LANGUAGES  # the six but those still in translation
    from capacity_app.reports.format import all_strings

    for key, value in all_strings().items():
        assert set(LANGUAGES) <= set(value), key
        kinds = {type(v) for v in value.values()}
        assert len(kinds) == 1, key
        if isinstance(value["en"], str):  # the same placeholders in every language
            import string

            names = {lang: {f for _, f, _, _ in string.Formatter().parse(v) if f} for lang, v in value.items()}
            assert len({frozenset(n) for n in names.values()}) == 1, key


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo

    d = tmp_path_factory.mktemp("ctx")
    s = open_store(d / "demo.sqlite3", backup_dir=d / "backups")
    yield s, create_demo(s)
    s.close()


@pytest.mark.parametrize("lang, expected", [("en", "Executive summary"), ("fr", "Résumé analytique"),
                                            ("es", "Resumen ejecutivo")])
def test_template_renders_every_language(demo_store, questionnaire, lang, expected):
    """StrictUndefined: a name the template uses that the context lacks fails here."""
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.reports import build_report_context

    store, a = demo_store
    ctx = build_report_context(store, questionnaire, a.id, lang)
    html = render_html(ctx, {"sections": "data:x", "pq": "data:y"})
    assert expected in html and f'<html lang="{lang}" dir="ltr">' in html
    assert len(ctx.policy_blocks) == 15 and ctx.heatmap and len(ctx.heatmap.rows) == 15
    assert all(len(r.cells) == len(questionnaire.sources) for r in ctx.heatmap.rows)
    assert ctx.plan.actions and [x.order for x in ctx.plan.actions] == list(range(1, len(ctx.plan.actions) + 1))
    # every answer is printed in the annex
    for sec in ctx.annex:
        assert sec.blocks or not any(
            k.startswith(tuple(i.id for i in questionnaire.section(sec.id).items))
            for k in store.answers(a.id))


def test_numbers_and_dates_follow_the_language():
    from capacity_app.reports.format import fmt_date, fmt_number

    assert fmt_number(1234.5, "en", 1) == "1,234.5"
    assert fmt_number(1234.5, "fr", 1).replace("\u202f", " ").replace("\xa0", " ") == "1 234,5"
    assert fmt_number(1234.5, "es", 1) in ("1234,5", "1.234,5")
    assert fmt_date("2026-05-15", "fr") == "15 mai 2026"
    assert fmt_date("2026-05-15", "es") == "15 de mayo de 2026"


def test_cli_report(cli_run, tmp_path):
    res = cli_run("report", "--pdf", tmp_path / "x.pdf")
    assert res.exit_code == 2 and "or --blank" in res.output
    assert cli_run("new", "--country", "KEN", "--round", "2026").exit_code == 0
    res = cli_run("report", "7", "--pdf", tmp_path / "x.pdf")
    assert res.exit_code == 2 and "no assessment" in res.output


def _blank_outline_has_every_section(pdf) -> None:
    from pdf_text import outline

    from capacity_app.catalog.loader import load_bundled

    titles = [title for level, title in outline(pdf) if level == 1]
    for sec in load_bundled().sections:
        assert any(t.startswith(f"{sec.id}. ") for t in titles), sec.id


def test_the_blank_questionnaire_has_a_bookmark_for_every_section(blank_fr):
    """The blank questionnaire (the shared French one, tests/reports/conftest.py): no assessment,
    no answers needed, and each section bookmarked. The command line writes it through the same
    export (its Word copy: tests/reports/test_docx.py; its Spanish PDF: the slow test below)."""
    _blank_outline_has_every_section(blank_fr.path)


@pytest.mark.slow  # a whole blank questionnaire laid out (about 10 s): the shared French blank holds the outline above
def test_cli_writes_the_blank_questionnaire_in_spanish(cli_run, tmp_path):
    """``report --blank --lang es --pdf``: the blank questionnaire through the command line, in Spanish."""
    from pdf_text import page_texts

    res = cli_run("report", "--blank", "--lang", "es", "--pdf", tmp_path / "blank.pdf")
    assert res.exit_code == 0, res.output
    _blank_outline_has_every_section(tmp_path / "blank.pdf")
    pages = page_texts(tmp_path / "blank.pdf")
    assert "Cuestionario para las instituciones" in " ".join(pages[0].split())
    assert "Página 2 de" in pages[1]


def test_weasyprint_and_matplotlib_stay_out_of_startup():
    code = ("import sys, capacity_app.cli, capacity_app.services.reports, capacity_app.reports.build; "
            "print('weasyprint' in sys.modules, 'matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_workbook_attachment_is_deferred_and_valid(demo_store, questionnaire):
    """--attach-workbook: the export data is read with the database, the xlsx is produced at render
    time (no database), and is a real workbook."""
    import io
    import zipfile

    from capacity_app.services.reports import build_report_context

    store, a = demo_store
    ctx = build_report_context(store, questionnaire, a.id, "en", include_workbook=True)
    names = [x.name for x in ctx.attachments]
    assert names == ["assessment.json", "assessment.xlsx"]
    wb = ctx.attachments[1]
    assert callable(wb.data)
    data = wb.payload()
    assert "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()


def test_context_reads_the_typed_result_and_its_labels(demo_store, questionnaire):
    """The context is built from the engine's ScoreResult (not its JSON), band labels come from
    the engine's one list, and the attached JSON is exactly ``score --json``'s shape."""
    import json
    import pickle

    from capacity_app.domain.scoring import band_for, band_label, gap_type_label
    from capacity_app.reports import format as fmt
    from capacity_app.reports.build import assemble_context, json_attachment
    from capacity_app.services.scoring import score_assessment

    store, a = demo_store
    answers = store.answers(a.id)
    r = score_assessment(store, questionnaire, a.id, lang="fr")
    r = pickle.loads(pickle.dumps(r))  # what a report worker process would receive
    ctx = assemble_context(questionnaire, a, answers, r, "fr")
    assert not any(k.startswith("band_") for k in fmt.load_strings("fr"))
    assert ctx.summary.band_code == r.band and ctx.summary.band_label == band_label(r.band, "fr")
    assert ctx.summary.score == fmt.fmt_score(r.overall_shown, "fr")  # one decimal, as shown everywhere
    by_id = {x.id: x for x in ctx.section_scores}
    assert list(by_id) == list(r.sections)
    for sid, sec in r.sections.items():
        assert by_id[sid].value == sec.shown
        if sec.score is not None:  # a section's band once it is at least half known (rules 3.0)
            assert by_id[sid].band_code == (sec.band or "") and sec.band in (band_for(sec.score), None)
            assert by_id[sid].band_label == band_label(sec.band, "fr", provisional=sec.band is None)
    assert ctx.chart.section_band_labels == [x.band_label for x in ctx.section_scores]
    assert [f.key for f in ctx.follow_ups] == [f.key for f in r.follow_up] and ctx.follow_ups
    assert {b.code: b.gap_type_label for b in ctx.policy_blocks} == {
        k: p.gap_type_label for k, p in r.policy_questions.items()}
    assert all(p.gap_type_label == gap_type_label(p.gap_type, "fr") for p in r.policy_questions.values() if p.gap_type)
    assert {b.code: b.need for b in ctx.policy_blocks} == {
        k: fmt.fmt_number(p.need, "fr") for k, p in r.policy_questions.items()}
    assert {x.code: x.status for x in ctx.sdg_rows} == {k: x.status for k, x in r.sdg.items()}
    attached = json.loads(json_attachment(a, answers, r, questionnaire, "0", "data").payload())
    assert attached["scores"] == json.loads(json.dumps(r.to_dict()))


def test_the_cover_lists_the_institutions_the_context_chapter_counts(demo_store, questionnaire):
    """One list for both (the cover left out S0's "Other institution" row, 6 against 7):
    S0's rows interviewed, then the record's other names."""
    from capacity_app.services.reports import build_report_context

    store, a = demo_store
    ctx = build_report_context(store, questionnaire, a.id, "en")
    names = [i.name for i in ctx.cover.institutions]
    assert ctx.cover.institutions_count == len(names) == 7 and "Other institution" in names
    s0 = next(p for p in ctx.context_parts if p.id == "S0")
    assert "Institutions interviewed: 7" in s0.reading
    # Annex A's table writes points and weights as its reasons do (zh 35); a gap with no action says so (zh 14)
    s1 = next(x for x in ctx.section_scores if x.id == "S1")
    assert (s1.points, s1.weight) == ("8.35 / 12", "12") and "8.35 of 12" in " ".join(s1.reasons)
    a = next(r for r in ctx.pq_rows if r.code == "A")
    assert (a.gap, a.first_action) == ("1", "No action yet")
    assert all(r.first_action == "" for r in ctx.pq_rows if r.gap == "0")
