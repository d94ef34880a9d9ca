"""An assessment of an earlier questionnaire in the window: the window opening the
database for writing carries it to the bundled questionnaire through the service, as the command
line does — its answers to questions no longer asked archived, never dropped — and says so once;
its workbook export says the archived answers are not in the workbook."""
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
    assert "Archived answers to questions an earlier questionnaire asked are not in the workbook" in message
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
