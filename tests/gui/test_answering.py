"""Answer items of every widget type through the real widgets; relevance and validation react;
comments and evidence; undo/redo; close and reopen with everything intact."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from capacity_app.domain.answers import ANSWERED, DONT_KNOW, EMPTY


def item_widget(win, item_id):
    """Go to an item (as the navigator does) and build the rest of its section at once (the
    page otherwise fills in over the next event-loop turns)."""
    assert win.view.go_to_key(item_id)
    win.view.page.ensure_built()
    return win.view.page.widgets[item_id]


def stored(win, key):
    return win.store.answer(win.session.assessment_id, key)


def test_choices_ratings_relevance_and_dont_know(opened, qtbot):
    win = opened
    policy = item_widget(win, "s2_policy")
    bodies = win.view.page.widgets["s2_bodies"]
    assert not bodies.isHidden()
    policy.row.editor.buttons["no"].click()
    assert stored(win, "s2_policy").value == "no"
    assert bodies.isHidden(), "s2_bodies is relevant only when there is a policy"
    policy.row.editor.buttons["partly"].click()
    assert not bodies.isHidden()
    # checklist
    bodies.row.editor.boxes["interior"].click()
    bodies.row.editor.boxes["labour"].click()
    assert stored(win, "s2_bodies").value == ["interior", "labour"]
    bodies.row.editor.boxes["interior"].click()
    assert stored(win, "s2_bodies").value == ["labour"]
    # rating with written anchors
    need = win.view.page.widgets["s2_need_a"]
    anchors = [lab.text() for lab in need.row.editor.findChildren(type(need.title)) if lab.objectName() == "anchor"]
    assert any(a.startswith("High:") for a in anchors)
    need.row.editor.buttons[3].click()
    assert stored(win, "s2_need_a").value == 3
    # don't know, then an answer again
    req = win.view.page.widgets["s2_requests"]
    req.row.dk.click()
    assert stored(win, "s2_requests").status == DONT_KNOW
    assert req.row.editor.group.checkedButton() is None
    req.row.editor.buttons["yes"].click()
    a = stored(win, "s2_requests")
    assert (a.status, a.value) == (ANSWERED, "yes")
    assert not req.row.dk.isChecked()
    assert win.saved_label.text().startswith("Saved ")


def test_numbers_text_dates_years_with_inline_validation(opened, qtbot):
    win = opened
    n = item_widget(win, "s0_n_interviews")
    edit = n.row.editor.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "nine")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not n.row.message.isHidden()
    assert "whole number" in n.row.message.text()
    assert stored(win, "s0_n_interviews").status == EMPTY
    edit.clear()
    qtbot.keyClicks(edit, "9")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert stored(win, "s0_n_interviews").value == 9
    assert n.row.message.isHidden()
    pop = win.view.page.widgets["s0_population_millions"]
    qtbot.keyClicks(pop.row.editor.edit, "6,4")
    qtbot.keyClick(pop.row.editor.edit, Qt.Key.Key_Return)
    assert stored(win, "s0_population_millions").value == 6.4
    # free text: saved shortly after typing stops, without leaving the box
    lead = win.view.page.widgets["s0_lead_institution"]
    qtbot.keyClicks(lead.row.editor.edit, "National Statistics Office")
    qtbot.waitUntil(lambda: stored(win, "s0_lead_institution").value == "National Statistics Office", timeout=3000)
    # dates: the mission cannot end before it starts (constraint message inline, not saved)
    start = win.view.page.widgets["s0_mission_start"]
    end = win.view.page.widgets["s0_mission_end"]
    start.row.editor.edit.setDate(QDate(2026, 5, 11))
    assert stored(win, "s0_mission_start").value == "2026-05-11"
    end.row.editor.edit.setDate(QDate(2026, 5, 1))
    assert not end.row.message.isHidden()
    assert stored(win, "s0_mission_end").status == EMPTY
    end.row.editor.edit.setDate(QDate(2026, 5, 15))
    assert stored(win, "s0_mission_end").value == "2026-05-15"
    assert end.row.message.isHidden()
    ref = win.view.page.widgets["s0_reference_date"]
    ref.row.editor.edit.setDate(QDate(2026, 5, 15))
    # years: spin boxes limited to the item's range, constraints checked by the service
    last = item_widget(win, "s6a_last_census_year")
    spin = last.row.editor.spin
    fld = last.item.field
    assert spin.minimum() == int(fld.minimum if fld.minimum is not None else 1900) - 1  # "—": no answer
    assert spin.maximum() == int(fld.maximum if fld.maximum is not None else 2100)
    spin.setValue(2030)  # after the reference date
    assert not last.row.message.isHidden()
    assert stored(win, "s6a_last_census_year").status == EMPTY
    spin.setValue(2020)
    assert stored(win, "s6a_last_census_year").value == 2020
    nxt = win.view.page.widgets["s6a_next_census_year"]
    nxt.row.editor.spin.setValue(2019)
    assert not nxt.row.message.isHidden()
    nxt.row.editor.spin.setValue(2030)
    assert stored(win, "s6a_next_census_year").value == 2030
    assert win.view.page.widgets["s6a_last_census_year"].row.message.isHidden()


def _edit_cell(grid, row, col, set_editor):
    model = grid.grid_model
    idx = model.index(row, col)
    delegate = grid.itemDelegate()
    editor = delegate.createEditor(grid.viewport(), QStyleOptionViewItem(), idx)
    delegate.setEditorData(editor, idx)
    set_editor(editor)
    delegate.setModelData(editor, model, idx)
    editor.deleteLater()
    return idx


def test_grids_with_cell_editors_relevance_and_clear(opened, qtbot, questionnaire):
    win = opened
    w = item_widget(win, "s1_statistics")
    grid = w.grid
    model = grid.grid_model
    item = questionnaire.item("s1_statistics")
    cols = [c.id for c in item.columns]
    rows = [r.code for r in item.rows]
    r = rows.index("imm_flow")
    year_idx = model.index(r, cols.index("year"))
    assert not (model.flags(year_idx) & Qt.ItemFlag.ItemIsEditable), "year is asked only when available"
    _edit_cell(grid, r, cols.index("available"), lambda e: e.setCurrentIndex(e.findData("yes")))
    assert stored(win, "s1_statistics.imm_flow.available").value == "yes"
    assert model.flags(year_idx) & Qt.ItemFlag.ItemIsEditable
    _edit_cell(grid, r, cols.index("year"), lambda e: e.setValue(2024))
    assert stored(win, "s1_statistics.imm_flow.year").value == 2024

    def tick(editor):
        for i in range(editor.count()):
            if editor.item(i).data(Qt.ItemDataRole.UserRole) in ("sex", "age"):
                editor.item(i).setCheckState(Qt.CheckState.Checked)

    idx = _edit_cell(grid, r, cols.index("breakdowns"), tick)
    assert stored(win, "s1_statistics.imm_flow.breakdowns").value == ["sex", "age"]
    assert "," in model.data(idx)  # shown as labels
    # Delete clears the current cell
    grid.setFocus()
    grid.setCurrentIndex(year_idx)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert stored(win, "s1_statistics.imm_flow.year").status == EMPTY
    # don't know from the context-menu action
    model.set_status(model.index(rows.index("emi_flow"), 0), DONT_KNOW)
    assert stored(win, "s1_statistics.emi_flow.available").status == DONT_KNOW
    assert model.data(model.index(rows.index("emi_flow"), 0)) == "don't know"
    # a text column (registers: holding agency) and the SDG and survey grids
    regs = item_widget(win, "s6c_registers")
    _edit_cell(regs.grid, 0, 0, lambda e: e.setText("Civil Registration Office"))
    key = f"s6c_registers.{questionnaire.item('s6c_registers').rows[0].code}.agency"
    assert stored(win, key).value == "Civil Registration Office"
    sdg = item_widget(win, "s4_sdg")
    _edit_cell(sdg.grid, 0, 0, lambda e: e.setCurrentIndex(e.findData("yes")))
    code = questionnaire.item("s4_sdg").rows[0].code
    assert stored(win, f"s4_sdg.{code}.produced").value == "yes"
    surveys = item_widget(win, "s6b_surveys")
    _edit_cell(surveys.grid, 0, 0, lambda e: e.setCurrentIndex(e.findData("yes")))
    row0 = questionnaire.item("s6b_surveys").rows[0].code
    assert stored(win, f"s6b_surveys.{row0}.exists").value == "yes"
    inst = item_widget(win, "s0_institutions")
    _edit_cell(inst.grid, 0, 0, lambda e: e.setCurrentIndex(e.findData("yes")))
    _edit_cell(inst.grid, 0, 1, lambda e: e.setText("Kenya National Bureau of Statistics"))  # its own name (1.3.0)
    _edit_cell(inst.grid, 0, 2, lambda e: e.setText("Director of social statistics"))
    nso = questionnaire.item("s0_institutions").rows[0].code
    assert stored(win, f"s0_institutions.{nso}.name").value == "Kenya National Bureau of Statistics"
    assert stored(win, f"s0_institutions.{nso}.role").value == "Director of social statistics"


def test_comment_and_evidence_on_an_item(opened, qtbot):
    win = opened
    w = item_widget(win, "s2_policy")
    w.more.click()
    assert not w.comments.isHidden()
    qtbot.keyClicks(w.comments.comment, "Draft strategy awaiting approval")
    w.comments.flush()
    assert stored(win, "s2_policy").comment == "Draft strategy awaiting approval"
    w.comments.text.setText("National Migration Strategy (draft), 2026")
    w.comments.add.click()
    ev = stored(win, "s2_policy").evidence
    assert [e.text for e in ev] == ["National Migration Strategy (draft), 2026"]
    assert w.comments.evidence.count() == 1
    w.comments.evidence.setCurrentRow(0)
    w.comments.remove.click()
    assert stored(win, "s2_policy").evidence == ()
    # evidence needs a text: refused inline through the status bar, nothing stored
    w.comments.text.setText("   ")
    w.comments.add.click()
    assert win.saved_label.text().startswith("Not saved")


def test_the_comment_box_grows_with_its_text(opened, qtbot):
    """A comment is read whole, not through a two-line slot: the box grows with
    what is typed (wrapped lines too) from 2 lines up to 12, every line shown without scrolling
    (the box was a pixel short per line: the last line cut and a scroll bar from four lines on),
    then scrolls; it shrinks back when the text goes, and a comment read from the database is
    fitted the same."""
    win = opened
    win.resize(1366, 768)
    w = item_widget(win, "s2_policy")
    w.more.click()
    box = w.comments.comment
    qtbot.waitUntil(box.isVisible, timeout=5000)
    bar = box.verticalScrollBar()

    def settle():
        for _ in range(3):
            QApplication.processEvents()

    def lines(n: int) -> int:
        box.setPlainText("\n".join(f"line {i}" for i in range(1, n + 1)))
        settle()
        assert bar.maximum() == 0 or n > 12, f"{n} lines: {bar.maximum()} to scroll in a {box.height()} px box"
        return box.height()

    settle()
    empty = box.height()
    heights = {n: lines(n) for n in range(1, 15)}
    assert heights[1] == heights[2] == empty  # two lines to start with, no jump at the first letter
    step = heights[3] - heights[2]
    assert step >= box.fontMetrics().lineSpacing()
    assert all(heights[n + 1] - heights[n] == step for n in range(2, 12))  # a line more, a line taller
    assert heights[12] == heights[13] == heights[14] and bar.maximum() > 0  # 12 at most, then it scrolls
    assert box.minimumHeight() == box.maximumHeight() == heights[14]  # the page makes room for it
    box.clear()
    qtbot.keyClicks(box, "Draft strategy awaiting approval")  # typed, as the officer does
    for text in ("Confirmed by the NSO", "Ministry to send the decree", "Follow up in June"):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, text)
    settle()
    assert box.height() == heights[4] and bar.maximum() == 0
    long_line = " ".join(["the census 2019 tables by country of birth were sent on request"] * 6)
    box.setPlainText(long_line)  # one paragraph, wrapped at the box's width
    settle()
    wrapped = int(box.document().documentLayout().documentSize().height())
    assert 3 <= wrapped <= 12 and box.height() == heights[wrapped] and bar.maximum() == 0
    box.clear()
    settle()
    assert box.height() == empty
    w.comments.flush()
    assert stored(win, "s2_policy").comment == ""
    assert win.session.set_comment("s2_policy", "One\nTwo\nThree\nFour\nFive")  # as an undo or an import brings it
    w.comments.refresh()
    settle()
    assert box.toPlainText() == "One\nTwo\nThree\nFour\nFive" and box.height() == heights[5]


def test_undo_redo_across_answers(opened, qtbot):
    win = opened
    w = item_widget(win, "s2_policy")
    w.row.editor.buttons["yes"].click()
    w.row.editor.buttons["no"].click()
    need = win.view.page.widgets["s2_need_b"]
    need.row.editor.buttons[2].click()
    win.view.tree.setFocus()  # not in a text box: Ctrl+Z is the application's undo
    qtbot.keyClick(win.view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(win, "s2_need_b").status == EMPTY
    assert need.row.editor.group.checkedButton() is None
    win.undo_action.trigger()
    assert stored(win, "s2_policy").value == "yes"
    assert w.row.editor.buttons["yes"].isChecked()
    win.undo_action.trigger()
    assert stored(win, "s2_policy").status == EMPTY
    qtbot.keyClick(win.view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(win, "s2_policy").value == "yes"
    win.redo_action.trigger()
    win.redo_action.trigger()
    assert stored(win, "s2_policy").value == "no"
    assert stored(win, "s2_need_b").value == 2
    assert win.view.page.widgets["s2_bodies"].isHidden()


def test_close_and_reopen_where_the_officer_was(make_window, db_path, qtbot):
    from capacity_app.services.assessments import create_assessment

    win = make_window(db_path)
    a = create_assessment(win.store, win.questionnaire, country="KEN", round=2026)
    win.open_assessment(a.id)
    w = item_widget(win, "s5_strategy")
    w.row.editor.buttons[w.row.editor.fld.choices[0].code].click()
    w.row.editor.focus_target().setFocus()
    need = item_widget(win, "s2_need_c")
    need.row.editor.buttons[1].click()
    need.row.focus()
    qtbot.waitUntil(lambda: win.settings.value("last/item") == "s2_need_c", timeout=2000)
    win.view.splitter.setSizes([280, 900])
    sizes = win.view.splitter.sizes()
    win.close()
    win.store.close()
    win2 = make_window(db_path)
    assert not win2.settings.value("window/geometry").isEmpty()
    win2.resize(win.size())  # the offscreen screen clamps restored geometry
    assert win2.restore_last()
    assert win2.session.assessment_id == a.id
    assert win2.view.current_key == "s2_need_c"
    assert win2.view.page.section.id == "S2"
    assert win2.view.page.widgets["s2_need_c"].row.editor.buttons[1].isChecked()
    assert win2.view.splitter.sizes() == sizes
    assert win2.store.answer(a.id, "s5_strategy").status == ANSWERED


def test_the_last_answer_is_shown_at_start_but_not_typed_into(make_window, db_path, qtbot):
    """Seen under Xvfb: the window reopened on the lead institution's text box with the focus in it,
    and the Enter meant for the list of assessments put a line break into the saved answer."""
    from capacity_app.services.assessments import create_assessment

    win = make_window(db_path)
    a = create_assessment(win.store, win.questionnaire, country="KEN", round=2026)
    win.open_assessment(a.id)
    win.session.set_answer("s0_lead_institution", "NSO")
    item_widget(win, "s0_lead_institution").row.focus()  # where the officer was
    win.flush_view()
    qtbot.waitUntil(lambda: win.settings.value("last/item") == "s0_lead_institution", timeout=2000)
    win.close()
    win.store.close()
    win2 = make_window(db_path)
    assert win2.restore_last()
    assert win2.view.current_key == "s0_lead_institution"
    assert win2.focusWidget() is win2.view.tree  # not the text box
    qtbot.keyClick(win2.view.tree, Qt.Key.Key_Return)
    win2.flush_view()
    assert win2.store.answer(a.id, "s0_lead_institution").value == "NSO"


def test_typing_on_a_grid_cell_keeps_the_first_key(opened, qtbot, questionnaire):
    """Type-to-edit: the key that opens the editor is its first character (text, year)."""
    win = opened
    regs = item_widget(win, "s6c_registers")
    grid = regs.grid
    row0 = questionnaire.item("s6c_registers").rows[0].code
    grid.setFocus()
    grid.setCurrentIndex(grid.grid_model.index(0, 0))  # agency: free text
    qtbot.keyClicks(grid, "C")
    editor = grid.delegate.editor
    assert editor is not None and editor.text() == "C"
    qtbot.keyClicks(editor, "ivil Registry")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: stored(win, f"s6c_registers.{row0}.agency").value == "Civil Registry", timeout=3000)
    stats = item_widget(win, "s1_statistics")
    item = questionnaire.item("s1_statistics")
    r = [x.code for x in item.rows].index("imm_flow")
    c = [x.id for x in item.columns].index("year")
    stats.grid.grid_model.setData(stats.grid.grid_model.index(r, 0), "yes")
    stats.grid.setFocus()
    stats.grid.setCurrentIndex(stats.grid.grid_model.index(r, c))
    qtbot.keyClicks(stats.grid, "2")
    spin = stats.grid.delegate.editor
    qtbot.keyClicks(spin, "024")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(win, "s1_statistics.imm_flow.year").value == 2024, timeout=3000)


def test_a_wide_grid_row_answered_as_a_form(opened, qtbot, questionnaire):
    """Ctrl+Enter on a row of a wide grid opens the row as a form: each column's editor under
    its full title, the columns not asked hidden; Esc goes back to the grid."""
    win = opened
    w = item_widget(win, "s1_statistics")
    grid = w.grid
    item = questionnaire.item("s1_statistics")
    r = [x.code for x in item.rows].index("imm_stock_birth")
    grid.setFocus()
    grid.setCurrentIndex(grid.grid_model.index(r, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    form = w.form
    assert form is not None and form.isVisible()
    assert form.title.text() == win.session.text(item.rows[r].label)
    by_id = {f.key.rsplit(".", 1)[1]: f for f in form.fields}
    assert by_id["year"].isHidden(), "the year is asked only when the statistic is available"
    assert by_id["available"].isAncestorOf(QApplication.focusWidget())
    by_id["available"].editor.buttons["yes"].click()
    assert stored(win, "s1_statistics.imm_stock_birth.available").value == "yes"
    assert not by_id["year"].isHidden()
    by_id["year"].editor.spin.setValue(2021)
    assert stored(win, "s1_statistics.imm_stock_birth.year").value == 2021
    assert grid.grid_model.data(grid.grid_model.index(r, 1)) == "2021"  # the grid shows it too
    # the form follows the grid's current row; Esc returns to the grid
    grid.setCurrentIndex(grid.grid_model.index(r + 1, 0))
    assert form.title.text() == win.session.text(item.rows[r + 1].label)
    form.focus_first()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert grid.hasFocus()
    # undo reaches the form as well
    win.undo_action.trigger()
    grid.setCurrentIndex(grid.grid_model.index(r, 0))
    assert by_id["year"].editor.spin.value() == by_id["year"].editor.spin.minimum()


def test_undo_history_survives_a_restart(make_window, db_path, qtbot):
    """Undo did not survive a restart. Answers given, one undone, the window closed and
    opened again (a new process would read the same database): Ctrl+Z undoes the last change still
    done, Ctrl+Shift+Z redoes the one undone before the restart; the Edit menu names the question."""
    from capacity_app.services.assessments import create_assessment

    win = make_window(db_path)
    a = create_assessment(win.store, win.questionnaire, country="KEN", round=2026)
    win.open_assessment(a.id)
    item_widget(win, "s2_policy").row.editor.buttons["yes"].click()
    item_widget(win, "s2_policy").row.editor.buttons["no"].click()
    item_widget(win, "s2_need_b").row.editor.buttons[2].click()
    win.undo_action.trigger()  # s2_need_b back to empty, redoable
    assert stored(win, "s2_need_b").status == EMPTY
    win.close()
    win.store.close()
    win2 = make_window(db_path)
    assert win2.open_assessment(a.id)
    assert win2.undo_action.isEnabled() and win2.redo_action.isEnabled()
    from capacity_app.gui.session import short_label

    assert win2.session.undo_stack.undoText() == "answer " + short_label(win2.questionnaire, "s2_policy", "en")
    win2.activateWindow()
    qtbot.waitUntil(win2.isActiveWindow, timeout=2000)
    win2.view.tree.setFocus()
    qtbot.keyClick(win2.view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(win2, "s2_need_b").value == 2  # redone after the restart
    qtbot.keyClick(win2.view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(win2.view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(win2, "s2_need_b").status == EMPTY and stored(win2, "s2_policy").value == "yes"
    assert item_widget(win2, "s2_policy").row.editor.buttons["yes"].isChecked()
    qtbot.keyClick(win2.view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(win2, "s2_policy").status == EMPTY and not win2.undo_action.isEnabled()


def test_undo_after_a_restart_never_overwrites_a_change_made_another_way(make_window, db_path, qtbot):
    """An answer changed since by the command line (or an import): the kept history stops there, so
    undo after the restart cannot put back a value over that change."""
    from capacity_app.services.assessments import create_assessment, open_store, record_answer

    win = make_window(db_path)
    a = create_assessment(win.store, win.questionnaire, country="KEN", round=2026)
    win.open_assessment(a.id)
    item_widget(win, "s2_need_a").row.editor.buttons[1].click()
    item_widget(win, "s2_policy").row.editor.buttons["yes"].click()
    q = win.questionnaire
    win.close()
    win.store.close()
    with open_store(db_path) as other:  # the command line, between two sessions of the window
        record_answer(other, q, a.id, "s2_policy", "no")
    win2 = make_window(db_path)
    assert win2.open_assessment(a.id)
    assert not win2.undo_action.isEnabled()
    win2.undo_action.trigger()
    assert stored(win2, "s2_policy").value == "no" and stored(win2, "s2_need_a").value == 1
