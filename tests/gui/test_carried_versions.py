"""An assessment of an earlier questionnaire in the window: the window opening the
database for writing carries it to the bundled questionnaire through the service, as the command
line does — its answers to questions no longer asked archived, never dropped — and says so once;
its workbook export says the archived answers are on their own sheet."""
from __future__ import annotations

from capacity_app.services.versions import archived_answers
from tests.services.test_versions import REMOVED, _old_database


def test_the_window_carries_an_earlier_questionnaire_and_says_so_once(make_window, db_path, questionnaire, qtbot,
                                                                      monkeypatch, tmp_path):
    _old_database(db_path)
    win = make_window(db_path)
    win.load_in_background()
    said = win._carried
    assert said.count("\n") == 0 and "Assessment 1 (" in said, said
    assert f"moved from questionnaire 1.0.0 to {questionnaire.version}" in said and ": 4 (" in said, said
    assert "s4_sdg.sdg_17_18_1.produced" in said and said in win.statusBar().currentMessage()
    a = win.store.assessment(1)
    assert a.questionnaire_version == questionnaire.version
    assert sorted(archived_answers(a)) == sorted(k for k, _ in REMOVED)
    assert not [k for k in win.store.answers(1) if k.startswith("s4_sdg.sdg_17_18_1.")]
    win.load_in_background()  # once: nothing carried again, nothing said again
    assert win._carried == said

    assert win.open_assessment(1)
    out = tmp_path / "carried.xlsx"
    monkeypatch.setattr(win.flows, "ask_save_path", lambda *_a: str(out))
    win.flows.export_workbook_only()
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=60000)
    message = win.statusBar().currentMessage()
    assert out.exists() and "Workbook written" in message
    assert "Archived answers to questions an earlier questionnaire asked are on the workbook's Archived answers sheet" in message
    assert "4 (s4_sdg.sdg_17_18_1." in message, message


def test_a_read_only_window_carries_nothing(make_window, db_path, questionnaire, qtbot):
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services.assessments import open_store

    _old_database(db_path)
    open_store(db_path).close()  # migrated (a writer opened it) but not carried: the window below reads only
    with open_store(db_path, readonly=True) as store:
        assert store.assessment(1).questionnaire_version == "1.0.0"
        win = MainWindow(store, questionnaire)
        qtbot.addWidget(win)
        win.load_in_background()
        assert win._carried == ""
        assert store.assessment(1).questionnaire_version == "1.0.0"
        win.close()


def test_the_carry_notice_speaks_the_interface_language(qapp):
    """The notice's sentences are in the window's catalogues (they once went through a wrapper the
    extraction did not read, so every language showed them in English)."""
    from types import SimpleNamespace

    from capacity_app.gui.window.app import install_translations
    from capacity_app.gui.window.carried import carried_text
    from capacity_app.services.versions import Carried

    a = SimpleNamespace(id=7, country="SEN", round=2026)
    c = Carried(a, "1.0.0", "3.0.0", archived=[{"key": "s9_old"}])  # type: ignore[arg-type]
    try:
        assert install_translations(qapp, "fr")
        said = carried_text(c)
        assert said.startswith("L'évaluation 7 (") and "mises en archive" in said and "s9_old" in said
        assert install_translations(qapp, "zh")
        assert carried_text(replace_left(c)).startswith("评估 7（")
    finally:
        install_translations(qapp, "en")


def replace_left(c):
    from dataclasses import replace

    return replace(c, archived=[], left="the database is read-only")
