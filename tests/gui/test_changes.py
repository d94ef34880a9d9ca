"""The GUI refreshes from one signal: each write through the services publishes its Changes on the
window's bus; the list, the open assessment and the title follow it."""
from __future__ import annotations

from capacity_app.services import settings as prefs
from capacity_app.services.assessments import create_assessment, record_answer
from capacity_app.services.changes import Changes


def _listen(window):
    seen: list[Changes] = []
    window.bus.changed.connect(seen.append)
    return seen


def accept_next_round(monkeypatch):
    """Next round… opens a dialog: accept it with its defaults (the next free round)."""
    from capacity_app.gui import rounds

    def exec_(dlg):
        dlg._on_ok()
        return dlg.result() == dlg.DialogCode.Accepted

    monkeypatch.setattr(rounds.NextRoundDialog, "exec", exec_)


def test_an_answer_publishes_its_key_and_the_list_follows_when_shown(opened, qtbot):
    win = opened
    seen = _listen(win)
    aid = win.session.assessment_id
    assert win.session.set_answer("s2_policy", "yes")
    assert seen[-1] == Changes(aid, frozenset({"s2_policy"}), answers=True, scores=True)
    assert win.session.add_evidence("s2_policy", "url", "https://example.org")
    evidence = win.session.answer("s2_policy").evidence
    assert seen[-1].keys == {"s2_policy"} and seen[-1].answers
    assert win.session.remove_evidence("s2_policy", evidence[0].id)
    assert win.session.answer("s2_policy").evidence == () or not win.session.answer("s2_policy").evidence
    assert len(seen) == 3
    assert win.session.set_answer("s6a_last_census_year", 2019)  # a question completeness counts
    # the list was hidden: it reloads when shown again (no refresh by hand), with this row's new figures
    assert win.home.isHidden() and win.home._stale
    win.close_assessment()
    assert not win.home._stale
    assert win.home.model.rows[0].assessment.updated_at == win.store.assessment(aid).updated_at
    win.home.derive_all()
    assert win.home.model.rows[0].completion and win.home.model.rows[0].completion > 0


def test_list_writes_refresh_the_list(window, questionnaire, qtbot, monkeypatch):
    seen = _listen(window)
    a = create_assessment(window.store, questionnaire, country="SEN", round=2024)
    window.home.refresh()
    window.home.select_id(a.id)
    accept_next_round(monkeypatch)  # Next round…: the dialog's defaults (round 2025)
    window.home.buttons["duplicate"].click()
    assert seen[-1].listing and window.home.model.rowCount() == 2  # no refresh by hand
    window.home.select_id(a.id)
    window.home.buttons["delete"].click()
    assert seen[-1] == Changes.of_listing(a.id)
    assert [r.assessment.id for r in window.home.model.rows] == [seen[0].assessment_id]
    window.home.set_trash_mode(True)
    window.home.select_id(a.id)
    window.home.buttons["restore"].click()
    assert seen[-1].listing and window.home.model.rowCount() == 2


def test_a_write_from_elsewhere_rescores_the_open_assessment(opened, questionnaire, qtbot):
    """Weights set through the service and published: the session reloads the assessment and
    derives the scores again (the dashboard and navigator follow its scoresChanged)."""
    win = opened
    aid = win.session.assessment_id
    record_answer(win.store, questionnaire, aid, "s2_policy", "yes")
    win.session.sheet.put(win.store.answer(aid, "s2_policy"))
    with qtbot.waitSignal(win.session.scoresChanged, timeout=10000):
        win.writes.publish(prefs.update_weights(win.store, questionnaire, aid, {"S3": 3}))
    assert win.session.assessment.settings["weights"]["S3"] == 3


def test_preferences_are_saved_through_the_service_and_published(window, qtbot, tmp_path, monkeypatch):
    from capacity_app.gui import dialogs

    seen = _listen(window)

    def fill(dlg):
        dlg.operator.setText("  Amina Diallo ")
        dlg.backup_dir.setText(str(tmp_path / "backups"))
        dlg._on_ok()
        return dlg.result() == dialogs.QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.PreferencesDialog, "exec", fill)
    window.actions_by_name["preferences"].trigger()
    assert seen == [Changes(preferences=True)]
    assert prefs.preferences(window.store).operator == "Amina Diallo"
    assert window.store.backup_dir == tmp_path / "backups"
    assert "Preferences saved" in window.statusBar().currentMessage()


def test_a_refused_preference_is_shown_in_the_dialog(window, tmp_path):
    from capacity_app.gui import dialogs

    blocker = tmp_path / "file"
    blocker.write_text("x")
    dlg = dialogs.PreferencesDialog(window.store, window.settings, window)
    dlg.backup_dir.setText(str(blocker / "backups"))  # under a file: cannot be created
    dlg._on_ok()
    assert dlg.result() != dialogs.QDialog.DialogCode.Accepted
    assert "backup folder" in dlg.message.text() and dlg.changes is None
