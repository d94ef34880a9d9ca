"""A save the database refuses (here: it cannot be written) never loses what was typed: the field
keeps it, marked "Not saved" with the reason in plain words and a "Try again" button; the status bar
says so; closing the assessment or the window asks first; once the database can be written again,
"Try again" saves it. The database is made unwritable the way SQLite refuses a read-only file
(``PRAGMA query_only``: "attempt to write a readonly database")."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from capacity_app.services.plan import actions as plans

from test_answering import item_widget


def unwritable(win, on: bool = True) -> None:
    win.store.db.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


@pytest.fixture
def asked(opened, monkeypatch):
    """Record the close question and answer it with ``asked.answer`` (keep the window open)."""
    seen: list[list] = []

    def ask(unsaved):
        seen.append(list(unsaved))
        return ask.answer

    ask.answer = False
    ask.seen = seen
    monkeypatch.setattr(opened, "ask_lose_unsaved", ask)
    return ask


def test_typed_text_is_kept_marked_and_saved_again(opened, asked, qtbot):
    win = opened
    aid = win.session.assessment_id
    w = item_widget(win, "s8_portal")
    unwritable(win)
    w.row.editor.edit.setPlainText("data.example.gov/migration")
    w.row.flush()
    # kept in the field, marked, with the reason in plain words and a way to try again
    assert w.row.editor.edit.toPlainText() == "data.example.gov/migration"
    assert not w.row.message.isHidden()
    assert "Not saved: the data folder cannot be written" in w.row.message.text()
    assert "disk I/O" not in w.row.message.text() and "readonly" not in w.row.message.text()
    assert not w.row.retry.isHidden()
    assert win.saved_label.text().startswith("Not saved: the data folder cannot be written")
    assert not win.retry_button.isHidden()
    assert "s8_portal" in win.session.unsaved
    assert win.store.answer(aid, "s8_portal").value is None
    # another change of the item refreshes it: the typed text stays
    w.refresh()
    assert w.row.editor.edit.toPlainText() == "data.example.gov/migration"
    # closing the assessment and the window ask first; kept open, nothing is lost
    assert not win.close_assessment()
    assert win.session is not None and len(asked.seen) == 1
    assert [u.key for u in asked.seen[0]] == ["s8_portal"]
    win.close()
    assert win.isVisible() and len(asked.seen) == 2
    # the folder can be written again: "Try again" saves it, the marks go
    unwritable(win, False)
    w.row.retry.click()
    assert win.store.answer(aid, "s8_portal").value == "data.example.gov/migration"
    assert w.row.message.isHidden() and w.row.retry.isHidden()
    assert not win.session.unsaved and win.retry_button.isHidden()
    assert win.close_assessment() and len(asked.seen) == 2  # nothing left to ask about


def test_a_comment_and_a_grid_cell_are_kept_and_the_window_retries_them(opened, asked, qtbot):
    win = opened
    aid = win.session.assessment_id
    w = item_widget(win, "s2_need_a")
    w.more.click()
    unwritable(win)
    w.comments.comment.setPlainText("The minister's adviser, 12 May")
    w.comments.flush()
    assert w.comments.comment.toPlainText() == "The minister's adviser, 12 May"
    assert not w.comments.message.isHidden() and "Not saved" in w.comments.message.text()
    assert not w.comments.retry.isHidden()
    assert w.row.message.isHidden()  # the answer's own field is not marked for its comment
    w.refresh()  # e.g. its rating changed elsewhere: the note stays as typed
    assert w.comments.comment.toPlainText() == "The minister's adviser, 12 May"
    grid = item_widget(win, "s1_statistics").grid
    model = grid.grid_model
    assert not model.setData(model.index(0, 0), "yes")
    assert model.data(model.index(0, 0)) == "Yes"  # the cell shows what was chosen, marked
    assert "Not saved" in model.data(model.index(0, 0), 3)  # ToolTipRole
    assert len(win.session.unsaved) == 2
    win.close()
    assert win.isVisible() and [len(x) for x in asked.seen] == [2]
    # fixed: the window's "Try saving again" saves both, in order
    unwritable(win, False)
    win.retry_button.click()
    answers = win.store.answers(aid)
    assert answers["s2_need_a"].comment == "The minister's adviser, 12 May"
    assert answers["s1_statistics.imm_stock_birth.available"].value == "yes"
    assert not win.session.unsaved and win.retry_button.isHidden()
    assert w.comments.message.isHidden()


def test_losing_what_could_not_be_saved_is_the_officers_choice(opened, asked, qtbot):
    win = opened
    w = item_widget(win, "s8_portal")
    unwritable(win)
    w.row.editor.edit.setPlainText("portal")
    w.row.flush()
    asked.answer = True  # "Close and lose them"
    assert win.close_assessment()
    assert win.session is None and len(asked.seen) == 1
    unwritable(win, False)


def test_an_action_edit_is_kept_and_the_saved_time_follows_action_edits(opened, asked, qtbot):
    win = opened
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    v = view.action_plan
    win.saved_label.setText("")
    v.new_action()
    assert win.saved_label.text().startswith("Saved ")  # "Saved hh:mm:ss" follows action edits too
    unwritable(win)
    v.f_title.setText("Add the census questions")
    v.f_title.editingFinished.emit()
    assert v.f_title.text() == "Add the census questions"
    assert not v.error.isHidden() and "Not saved: the data folder cannot be written" in v.error.text()
    assert any(k.startswith("action:") for k in win.session.unsaved)
    unwritable(win, False)
    assert win.retry_unsaved() == 0
    assert plans.action_plan(win.store, win.session.assessment_id)[0].title == "Add the census questions"
    QApplication.processEvents()


def test_a_year_after_the_reference_date_stays_in_its_field_with_the_reason(opened, qtbot):
    """S1's row form and the S3 matrix refuse 2031 when the reference date is 2026-11-30 (as S6
    does): the year stays in its field under the reason, nothing is stored."""
    win = opened
    aid = win.session.assessment_id
    win.session.set_answer("s0_reference_date", "2026-11-30")
    win.session.set_answer("s1_statistics.imm_stock_birth.available", "yes")
    win.session.set_answer("s3_matrix.A.CEN.exists", "yes")
    w = item_widget(win, "s1_statistics")
    w.grid.setCurrentIndex(w.grid.grid_model.index(0, 0))
    w.open_form()
    year = next(f for f in w.form.fields if f.key.endswith(".year"))
    year.editor.spin.setValue(2031)
    assert year.editor.spin.value() == 2031  # kept, to be corrected
    assert not year.message.isHidden() and "later than the assessment's reference date" in year.message.text()
    assert win.store.answer(aid, "s1_statistics.imm_stock_birth.year").value is None
    win.view.show_tab(1)
    panel = win.view.matrix.panel
    panel.show_cell("A", "CEN")
    row = next(r for k, r in panel.rows.items() if k.endswith(".latest_year"))
    row.editor.spin.setValue(2030)
    assert row.editor.spin.value() == 2030 and not row.message.isHidden()
    assert win.store.answer(aid, "s3_matrix.A.CEN.latest_year").value is None
    row.editor.spin.setValue(2024)
    assert win.store.answer(aid, "s3_matrix.A.CEN.latest_year").value == 2024 and row.message.isHidden()
