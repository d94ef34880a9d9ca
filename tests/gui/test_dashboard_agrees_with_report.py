"""The dashboard says what the report says: with the assessment's own weights, the
labelled "custom weights" figure beside the headline on the documented weights, never a band; and
every answer "not applicable" with its reason, as the report's Annex D lists them."""
from __future__ import annotations

from capacity_app.domain.scoring import custom_weights_label
from capacity_app.services.demo import create_demo
from capacity_app.services.reports import build_report_context
from capacity_app.services.scoring import score_assessment, set_weights


def _open_dashboard(win, aid):
    win.home.refresh()
    assert win.open_assessment(aid)
    win.session.refresh_derived()
    win.view.show_tab(2)
    return win.view.dashboard


def test_custom_weights_figure_and_not_applicable_list_as_the_report_gives_them(window, questionnaire):
    win = window
    demo = create_demo(win.store)
    set_weights(win.store, questionnaire, demo.id, {"S6A": 10})
    result = score_assessment(win.store, questionnaire, demo.id)
    assert result.custom_weights is not None and result.custom_overall_shown != result.overall_shown
    ctx = build_report_context(win.store, questionnaire, demo.id, "en")
    assert f"{result.custom_overall_shown:.1f}" in ctx.summary.custom  # the report's sentence
    dash = _open_dashboard(win, demo.id)
    assert dash.overall.text() == f"{result.overall_shown:.1f}"  # the headline: documented weights
    assert not dash.custom.isHidden()
    text = dash.custom.text()
    assert f"{result.custom_overall_shown:.1f}" in text and custom_weights_label("en") in text
    assert "documented weights" in text
    # every "not applicable" the report lists, with its reason, each a link to the answer
    assert ctx.not_applicable and len(ctx.not_applicable) == len(result.not_applicable)
    html = dash.na.toHtml()
    plain = dash.na.toPlainText()
    for n in result.not_applicable:
        assert f'href="{n.key}"' in html
        assert n.reason[:40] in plain
    anchors = []
    dash.navigate.connect(anchors.append)
    dash.na.anchorClicked.emit(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl(result.not_applicable[0].key))
    assert anchors == [result.not_applicable[0].key]


def test_documented_weights_show_no_custom_figure_and_an_empty_list_says_so(opened):
    win = opened
    win.session.refresh_derived()
    win.view.show_tab(2)
    dash = win.view.dashboard
    assert dash.custom.isHidden()
    assert "No answer was recorded as “not applicable”" in dash.na.toPlainText()


def test_annex_d_title_names_what_it_lists_in_every_finished_language():
    """Annex D lists every answer to follow up ("don't know", a blank, a need N/A without its
    reason) and then every "not applicable" with its reason: its title said "answers recorded as
    'don't know'" only, and its empty note claimed no "don't know" when blanks were the reason."""
    from i18n_status import READY

    from capacity_app.reports.format import load_strings

    for lang in READY:
        s = load_strings(lang)
        assert s["not_applicable"].casefold() in s["annex_follow_ups"].casefold(), lang  # a cell "Не применимо", in a title «не применимо»
    en = load_strings("en")
    assert "don't know" not in en["annex_follow_ups"] and "answered" in en["follow_ups_none"]
