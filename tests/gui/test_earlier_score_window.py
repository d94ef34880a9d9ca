"""A score stored under earlier scoring rules in the window: the command line's `list`
and `score` and the report said both figures and what the rules changed; the dashboard showed only
the figure under these rules. It says it now as they do, in the window's language."""
from __future__ import annotations

import pytest

from capacity_app.domain.texts import text
from capacity_app.services.scoring import score_assessment
from tests.services.test_versions import _scored_under_rules_2


def _dashboard(win, aid):
    win.home.refresh()
    assert win.open_assessment(aid)
    win.session.refresh_derived()
    win.view.show_tab(2)
    return win.view.dashboard


def test_the_dashboard_shows_both_figures_and_what_changed(make_window, db_path, questionnaire):
    aid, _now = _scored_under_rules_2(db_path)  # the summary says 44.9 under rules 2.0
    win = make_window(db_path)
    win.load_in_background()  # the writing open keeps the earlier figure before the list derives it again
    dash = _dashboard(win, aid)
    now = score_assessment(win.store, questionnaire, aid)
    shown = dash.earlier.text()
    assert not dash.earlier.isHidden()
    assert shown.startswith("Scored 44.9 (Developing capacity) under rules 2.0; "), shown
    assert f"{now.overall_shown:.1f} ({now.band_label}) under rules 3.0." in shown, shown
    assert "What changed: 3.0: " + text("rules.changed.3.0", "en") in shown


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_in_the_windows_language(make_window, db_path, speaking, lang):
    words = {"fr": ["Score de 44,9 (Capacité en développement) selon les règles 2.0 ; ",
                    "Ce qui a changé : 3.0 : " + text("rules.changed.3.0", "fr")],
             "ar": ["وفق القواعد 2.0", text("rules.changed.3.0", "ar")]}[lang]
    aid, _now = _scored_under_rules_2(db_path)
    speaking(lang)
    win = make_window(db_path)
    win.load_in_background()
    shown = _dashboard(win, aid).earlier.text()
    assert all(w in shown for w in words), shown
    assert "under rules" not in shown


def test_the_earlier_figure_shows_only_for_the_assessment_that_has_one(make_window, db_path, questionnaire):
    """Review of the test of "nothing shows" passed with the dashboard's earlier figure
    never filled (the label starts hidden and empty). In one window: the assessment scored under
    rules 2.0 shows both figures and what changed, as the officer sees it on the dashboard's tab;
    the next assessment opened, which has no earlier figure, shows nothing of it."""
    from capacity_app.services.assessments import create_assessment, open_store

    aid, _now = _scored_under_rules_2(db_path)
    with open_store(db_path) as store:
        fresh = create_assessment(store, questionnaire, country="KEN", round=2026).id
    win = make_window(db_path)
    win.load_in_background()
    dash = _dashboard(win, aid)
    shown = dash.earlier.text()
    assert dash.earlier.isVisibleTo(win), shown
    assert shown.startswith("Scored 44.9 (Developing capacity) under rules 2.0; ") and " under rules 3.0." in shown
    assert "What changed: 3.0: " + text("rules.changed.3.0", "en") in shown
    dash = _dashboard(win, fresh)
    assert not dash.earlier.isVisibleTo(win), dash.earlier.text()
    assert "under rules" not in " ".join(w.text() for w in dash.findChildren(type(dash.earlier)) if w.isVisibleTo(win))
