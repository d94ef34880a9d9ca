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
    restored = []
    win.load_in_background(then=lambda: restored.append(True))
    assert win._carried is None and win.runner.tasks  # carried on the task runner, not the window's thread
    qtbot.waitUntil(lambda: win._carried is not None, timeout=60000)
    assert restored == [True]  # what waited for the carry ran once, after it
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


def _two_old_assessments(db_path) -> None:
    """The earlier questionnaire's database with a second assessment, a copy of the first a round later."""
    import sqlite3

    _old_database(db_path)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.executescript(
            "CREATE TEMP TABLE a AS SELECT * FROM assessments WHERE id = 1;"
            "UPDATE a SET id = 2, uid = 'second-assessment', round = round + 1;"
            "INSERT INTO assessments SELECT * FROM a;"
            "CREATE TEMP TABLE x AS SELECT * FROM answers WHERE assessment_id = 1;"
            "UPDATE x SET assessment_id = 2;"
            "INSERT INTO answers SELECT * FROM x;")
    conn.close()


def test_a_carry_stopped_keeps_what_it_did_and_the_next_start_goes_on(make_window, db_path, questionnaire,
                                                                      qtbot, monkeypatch, qsettings):
    from capacity_app.services import versions

    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services.assessments import open_store

    _two_old_assessments(db_path)
    # as at a start: the questionnaire loads after the window shows, so the list has no figures yet
    win = MainWindow(open_store(db_path), None, qsettings, load_questionnaire=lambda: questionnaire)
    win.runner.show_dialogs = False
    qtbot.addWidget(win)
    win.show()
    assert all(r.completion is None for r in win.home.model.rows)
    carry_one = versions._carry_one

    def cancelled_during_the_first(*args):
        for task in win.runner.tasks:
            task.cancel()  # as the progress dialog's Cancel does
        return carry_one(*args)

    monkeypatch.setattr(versions, "_carry_one", cancelled_during_the_first)
    restored = []
    win.load_in_background(then=lambda: restored.append(True))
    qtbot.waitUntil(lambda: win._carried is not None, timeout=60000)
    assert win._carried == "" and restored == [True]  # what waited runs: the window is not closing
    assert "Stopped: the assessments not yet moved stay on the earlier questionnaire" in win.statusBar().currentMessage()
    assert {win.store.assessment(i).questionnaire_version for i in (1, 2)} == {"1.0.0"}
    qtbot.waitUntil(lambda: all(r.completion is not None for r in win.home.model.rows), timeout=60000)  # figures
    win.load_in_background()  # not again in this session
    assert not win.runner.tasks and win._carried == ""
    win.close()
    win.runner.shutdown()
    win.store.close()

    monkeypatch.setattr(versions, "_carry_one", carry_one)
    again = make_window(db_path)  # the next start: both carried, the first's archive said
    again.load_in_background()
    qtbot.waitUntil(lambda: again._carried is not None, timeout=60000)
    assert again._carried.count("\n") == 1, again._carried
    assert {again.store.assessment(i).questionnaire_version for i in (1, 2)} == {questionnaire.version}
    for i in (1, 2):
        assert sorted(archived_answers(again.store.assessment(i))) == sorted(k for k, _ in REMOVED)


def test_the_list_is_filled_once_for_all_the_assessments_carried(make_window, db_path, qtbot, monkeypatch):
    """Each carried assessment's own changes refreshed the list once each (300 lists of 300 rows
    on the window's thread); the carry refreshes it once from the bus and once as it fills."""
    _two_old_assessments(db_path)
    win = make_window(db_path)
    refresh, refreshed = win.home.refresh, []
    monkeypatch.setattr(win.home, "refresh", lambda *a, **k: (refreshed.append(True), refresh(*a, **k)))
    win.load_in_background()
    qtbot.waitUntil(lambda: win._carried is not None, timeout=60000)
    assert win._carried.count("\n") == 1 and len(refreshed) == 2, (win._carried, refreshed)


def test_a_cancel_that_comes_as_the_carry_ends_is_said_as_the_carry_done(make_window, db_path, questionnaire,
                                                                        qtbot, monkeypatch):
    """The Cancel pressed while the last assessment is moved: the move is done, so it is said
    as done (its archive named once), not as stopped."""
    from capacity_app.services import versions

    _old_database(db_path)
    win = make_window(db_path)
    move = versions._move

    def cancelled_while_moving(*args):
        for task in win.runner.tasks:
            task.cancel()
        return move(*args)

    monkeypatch.setattr(versions, "_move", cancelled_while_moving)
    win.load_in_background()
    qtbot.waitUntil(lambda: win._carried is not None, timeout=60000)
    assert win.store.assessment(1).questionnaire_version == questionnaire.version
    assert "Assessment 1 (" in win._carried and ": 4 (" in win._carried, win._carried
    assert "Stopped" not in win.statusBar().currentMessage()


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

    from PySide6.QtCore import QCoreApplication

    from capacity_app.gui.window.app import install_translations
    from capacity_app.gui.window.carried import carried_text
    from capacity_app.services.versions import Carried

    a = SimpleNamespace(id=7, country="SEN", round=2026)
    c = Carried(a, "1.0.0", "3.0.0", archived=[{"key": "s9_old"}])  # type: ignore[arg-type]
    try:
        assert install_translations(qapp, "fr")
        said = carried_text(c)
        assert said.startswith("L'évaluation 7 (") and "mises en archive" in said and "s9_old" in said
        assert QCoreApplication.translate("CarriedAssessments", "Moving assessments to questionnaire %1") == (
            "Passage des évaluations au questionnaire %1")
        assert install_translations(qapp, "zh")
        assert carried_text(replace_left(c)).startswith("评估 7（")
    finally:
        install_translations(qapp, "en")


def replace_left(c):
    from dataclasses import replace

    return replace(c, archived=[], left="the database is read-only")


def test_asked_again_once_carried_the_list_is_filled_and_what_waits_runs(make_window, db_path, qtbot):
    """The questionnaire there and nothing left to carry: ``then`` runs at once, as it did before the
    carry went to the task runner (the waiting list was left empty then, and ``then`` dropped)."""
    win = make_window(db_path)
    win.load_in_background()
    qtbot.waitUntil(lambda: win._carried is not None, timeout=60000)
    ran = []
    win.load_in_background(then=lambda: ran.append(True))
    assert ran == [True]
