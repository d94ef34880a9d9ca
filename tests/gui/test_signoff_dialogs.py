"""The national statistics office's sign-off in the window (gui/team/signoff.py), keyboard only:
Edit ▸ Validate for the national statistics office… asks name, position, institution and date
(a missing field told under them, the dialog kept open), then the assessment is final and the
banner says who validated it; the status control reopens it only with a reason."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel


def _activate(win, qtbot):
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)


def test_validate_then_reopen_by_keyboard(opened, qtbot, fill_to_validate):
    win = opened
    _activate(win, qtbot)
    view, session, aid = win.view, win.session, win.session.assessment_id
    fill_to_validate(win.store, aid)
    win.store.operator = "A. Supervisor"
    win.window_actions.by_name["signoff"].trigger()
    dlg = session.signoff_dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dlg, timeout=3000)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.name, timeout=3000)
    QTest.keyClicks(dlg.name, "Dr Amina Mensah")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the position is missing
    assert dlg.isVisible() and "Give the name, position and institution" in dlg.error.text()
    assert win.store.assessment(aid).status != "final"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "Director-General")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.institution
    dlg.institution.selectAll()
    QTest.keyClicks(dlg.institution, "Kenya National Bureau of Statistics")
    dlg.date.set_iso("2026-06-12")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    assert win.store.assessment(aid).status == "final"
    assert "validated for the national statistics office by Dr Amina Mensah (Director-General, Kenya National " \
           "Bureau of Statistics) on 12 June 2026" in view.read_only_banner.text()  # the date written out
    assert view.status.combo.currentData() == "final"
    # validating again is refused while it is final
    told = []
    session.failed.connect(lambda _key, message: told.append(message))
    win.window_actions.by_name["signoff"].trigger()
    assert session.signoff_dialog is dlg and not dlg.isVisible() and "already final" in told[-1]
    # reopened from the status control, with a reason
    combo = view.status.combo
    combo.setCurrentIndex(combo.findData("in_progress"))
    combo.activated.emit(combo.currentIndex())
    reopen = view.status.reopen_dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is reopen, timeout=3000)
    reopen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reopen.reason, timeout=3000)
    assert "Dr Amina Mensah" in reopen.current.text()
    assert QApplication.focusWidget() is reopen.reason
    QTest.keyClicks(reopen.reason, "late figures from the ministry of labour")
    QTest.keyClick(reopen.reason, Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the Reopen button
    qtbot.waitUntil(lambda: not reopen.isVisible(), timeout=3000)
    assert win.store.assessment(aid).status == "in_progress" and not session.read_only
    assert win.store.signoff_events(aid)[-1].reason == "late figures from the ministry of labour"


def test_cancelling_the_reason_keeps_it_final(opened, qtbot, fill_to_validate):
    win = opened
    fill_to_validate(win.store, win.session.assessment_id)
    assert win.session.sign_off("N. Name", "Director", "NSO", "2026-06-12") is None
    assert win.session.read_only
    combo = win.view.status.combo
    combo.setCurrentIndex(combo.findData("draft"))
    combo.activated.emit(combo.currentIndex())
    dlg = win.view.status.reopen_dialog
    dlg.reject()
    assert win.store.assessment(win.session.assessment_id).status == "final"
    assert combo.currentData() == "final"


def test_the_sign_off_dialogs_text_sits_on_its_fields(qtbot):
    """Seen at 1366×768: the dialog's spare height went above and below its explanation (about
    60 px over it); the text is as high as its lines and the fields follow it."""
    from PySide6.QtWidgets import QLabel

    from capacity_app.gui.team.signoff import SignOffDialog

    dlg = SignOffDialog(None, "KNBS")
    qtbot.addWidget(dlg)
    dlg.show()
    QApplication.processEvents()
    intro = next(w for w in dlg.findChildren(QLabel) if w.wordWrap() and w.objectName() != "fieldError")
    assert intro.height() <= intro.heightForWidth(intro.width()) + 2
    assert dlg.name.geometry().top() - intro.geometry().bottom() < 40
    assert dlg.buttons.geometry().top() - dlg.date.geometry().bottom() < 60  # no empty band over the buttons


def test_an_assessment_known_too_little_is_not_validated_with_a_key(opened, qtbot):
    """The dialog opens on the readiness summary; 0 % known, its Validate button is
    disabled and Enter (on Cancel, which has the focus) validates nothing."""
    from PySide6.QtWidgets import QDialogButtonBox

    win = opened
    _activate(win, qtbot)
    aid = win.session.assessment_id
    win.window_actions.by_name["signoff"].trigger()
    dlg = win.session.signoff_dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dlg, timeout=3000)
    assert "Completeness: 0.0%" in dlg.summary.text() and "cannot be validated yet" in dlg.verdict.text()
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    QTest.keyClicks(dlg.name, "Dr Amina Mensah")
    QTest.keyClick(dlg.name, Qt.Key.Key_Return)
    assert win.store.assessment(aid).status != "final" and win.store.signoff_events(aid) == []


def test_reopening_says_it_withdraws_and_validating_again_starts_from_the_record(opened, qtbot, fill_to_validate):
    win = opened
    aid = win.session.assessment_id
    fill_to_validate(win.store, aid)
    assert win.session.sign_off("Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12") is None
    combo = win.view.status.combo
    combo.setCurrentIndex(combo.findData("in_progress"))
    combo.activated.emit(combo.currentIndex())
    reopen = win.view.status.reopen_dialog
    assert "withdraws the validation" in reopen.findChild(QLabel, "reopenWithdrawn").text()
    assert "review sign-off too" in reopen.findChild(QLabel, "reopenReviewsWithdrawn").text()
    reopen.reason.setPlainText("late figures")
    reopen.accept()
    assert win.store.assessment(aid).status == "in_progress"
    win.window_actions.by_name["signoff"].trigger()
    dlg = win.session.signoff_dialog
    assert (dlg.name.text(), dlg.position.text(), dlg.institution.text()) == (
        "Dr Amina Mensah", "Director-General", "KNBS")
    assert "It can be validated" in dlg.verdict.text()
    dlg.reject()


def test_the_supervisor_signs_the_reviews_off_by_keyboard_under_their_own_name(opened, qtbot, fill_to_validate):
    """Edit ▸ Sign off the reviews (supervisor)… opens on what it rests on; refused (the
    button disabled, the reason said) while answers are not reviewed; once every answer is
    reviewed, the supervisor's own name is recorded, the laptop's operator stays as it was, and
    the validation dialog then names the review sign-off."""
    from capacity_app.services.team.reviews import validate_section
    from capacity_app.services.team.signoff import review_record

    win = opened
    _activate(win, qtbot)
    session, aid = win.session, win.session.assessment_id
    fill_to_validate(win.store, aid)
    win.store.operator = "Officer Wanjiru"
    win.window_actions.by_name["review_signoff"].trigger()
    dlg = session.signoff_dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dlg, timeout=3000)
    assert dlg.objectName() == "reviewSignOffDialog"
    assert "✗ Answers reviewed: 0 of" in dlg.summary.text() and "cannot be signed off yet" in dlg.verdict.text()
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    dlg.activateWindow()
    cancel = dlg.buttons.button(dlg.buttons.StandardButton.Cancel)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cancel, timeout=3000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    for section in win.questionnaire.sections:
        validate_section(win.store, win.questionnaire, aid, section.id)
    session.reviews = win.store.reviews(aid)
    win.window_actions.by_name["review_signoff"].trigger()
    dlg = session.signoff_dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dlg, timeout=3000)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.name, timeout=3000)
    assert dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    QTest.keyClicks(dlg.name, "Grace Kamau")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the position is missing
    assert dlg.isVisible() and "supervisor's name and position" in dlg.error.text()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "Mission supervisor")
    dlg.date.set_iso("2026-06-11")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    got = review_record(win.store, aid)[0]
    assert (got.name, got.position, got.institution, got.date, got.operator) == \
        ("Grace Kamau", "Mission supervisor", "", "2026-06-11", "Officer Wanjiru")
    assert win.store.operator == "Officer Wanjiru" and win.store.assessment(aid).status != "final"
    win.window_actions.by_name["signoff"].trigger()
    validate = session.signoff_dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is validate, timeout=3000)
    assert "Reviews signed off by Grace Kamau (Mission supervisor) on 11 June 2026." in validate.summary.text()
    assert validate.name.text() == ""  # the validation names its own person
    validate.reject()


def test_the_reopening_dialog_gives_every_text_its_height_and_the_reason_four_lines(qtbot, qapp):
    """Seen under Xvfb at 1366x768: with the review sign-off's line the dialog kept
    its fixed 260 px; the reason box was one line high and the texts overlapped."""
    from capacity_app.gui.team.signoff import ReopenDialog

    dlg = ReopenDialog(None, "Validated for the national statistics office by Dr Amina Mensah (Director-General, "
                             "Kenya National Bureau of Statistics) on 25 November 2026.")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    line = dlg.reason.fontMetrics().lineSpacing()
    assert dlg.reason.viewport().height() >= 3 * line
    labels = sorted((w for w in dlg.findChildren(QLabel) if w.isVisible() and w.text()), key=lambda w: w.y())
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
    for upper, lower in zip(labels, labels[1:], strict=False):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper.text()[:30], lower.text()[:30])
    dlg.reject()
