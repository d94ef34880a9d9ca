"""Home: create, open, duplicate as next round, trash and restore, recent, preferences."""
from __future__ import annotations

from PySide6.QtCore import Qt

from capacity_app.gui import dialogs


def accept_next_round(monkeypatch):
    """Next round… opens a dialog: accept it with its defaults (the next free round)."""
    from capacity_app.gui import rounds

    def exec_(dlg):
        dlg._on_ok()
        return dlg.result() == dlg.DialogCode.Accepted

    monkeypatch.setattr(rounds.NextRoundDialog, "exec", exec_)


def test_new_assessment_dialog_creates_and_opens(window, monkeypatch, qtbot):
    def fill_and_accept(dlg):
        dlg.country.setEditText("Kenya")
        dlg.round.setValue(2025)
        dlg.reference.set_iso("2025-06-30")
        dlg.start.set_iso("2025-07-07")
        dlg.end.set_iso("2025-07-11")
        assert dlg.institution_codes[0] == "nso"
        dlg.institutions.item(0, 1).setText("Director general")  # a role ticks its institution
        dlg._on_ok()
        return dlg.result() == dialogs.QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.NewAssessmentDialog, "exec", fill_and_accept)
    window.new_assessment()
    assert window.session is not None
    a = window.session.assessment
    assert (a.country, a.round) == ("KEN", 2025)
    # the dialog's facts are S0's answers, and the record follows them
    assert (a.reference_date, a.mission_start, a.mission_end) == ("2025-06-30", "2025-07-07", "2025-07-11")
    assert [(i.name, i.role) for i in a.institutions] == [("National statistical office", "Director general")]
    answers = window.store.answers(a.id)
    assert answers["s0_reference_date"].value == "2025-06-30"
    assert answers["s0_mission_end"].value == "2025-07-11"
    assert answers["s0_institutions.nso.interviewed"].value == "yes"
    assert answers["s0_institutions.nso.role"].value == "Director general"
    window.close_assessment()
    assert window.home.model.rowCount() == 1
    assert "Kenya (KEN)" in window.home.model.index(0, 0).data()


def test_new_assessment_dialog_shows_refusal_inline(window, qtbot):
    from capacity_app.services.assessments import create_assessment

    dlg = dialogs.NewAssessmentDialog(lambda **f: window.writes.run(create_assessment, window.store,
                                                                     window.questionnaire, **f))
    qtbot.addWidget(dlg)
    dlg.country.setEditText("Atlantis")
    dlg._on_ok()
    assert dlg.result_assessment is None
    assert not dlg.message.isHidden()
    assert "unknown country" in dlg.message.text()
    # a country picked by its ISO code in the searchable list
    dlg.country.setEditText("fra")
    assert dlg.country.iso3() == "FRA"


def test_list_duplicate_trash_restore(window, questionnaire, qtbot, monkeypatch):
    from capacity_app.services.assessments import create_assessment, record_answer

    a = create_assessment(window.store, questionnaire, country="SEN", round=2024)
    record_answer(window.store, questionnaire, a.id, "s2_policy", "yes")
    record_answer(window.store, questionnaire, a.id, "s6a_last_census_year", 2019)  # counts in completeness
    window.home.refresh()
    window.home.derive_all()
    m = window.home.model
    assert m.rowCount() == 1
    assert m.index(0, 1).data() == "2024"
    assert m.index(0, 3).data(Qt.ItemDataRole.UserRole) > 0
    assert m.index(0, 3).data() == "1.0%"  # one decimal, as the dashboard; S6A: 1 of 6 primary questions known, weight 6 of 104
    assert "Provisional" in m.index(0, 4).data()  # overall score (no band yet) from the scoring service
    window.home.select_id(a.id)
    accept_next_round(monkeypatch)  # Next round…: the dialog's defaults (round 2025)
    window.home.buttons["duplicate"].click()
    rounds = sorted(r.assessment.round for r in m.rows)
    assert rounds == [2024, 2025]
    new = next(r.assessment for r in m.rows if r.assessment.round == 2025)
    assert window.store.answer(new.id, "s2_policy").value == "yes"
    window.home.select_id(new.id)
    window.home.buttons["delete"].click()
    assert [r.assessment.id for r in m.rows] == [a.id]
    window.home.buttons["trash"].click()
    assert window.home.trash_mode
    assert [r.assessment.id for r in m.rows] == [new.id]
    window.home.select_id(new.id)
    window.home.buttons["restore"].click()
    assert not window.home.trash_mode
    assert sorted(r.assessment.id for r in m.rows) == sorted([a.id, new.id])
    # Enter on the list opens the selected assessment
    window.home.select_id(a.id)
    qtbot.keyClick(window.home.table, Qt.Key.Key_Return)
    assert window.session is not None and window.session.assessment_id == a.id
    window._fill_recent()
    assert any("Senegal" in act.text() for act in window.recent_menu.actions())


def test_preferences_store_operator_in_history(window, questionnaire, tmp_path, qtbot):
    dlg = dialogs.PreferencesDialog(window.store, window.settings, window)
    qtbot.addWidget(dlg)
    dlg.operator.setText("Amina Diallo")
    dlg.backup_dir.setText(str(tmp_path / "my-backups"))
    dlg.report_lang.setCurrentIndex(dlg.report_lang.findData("fr"))
    dlg._on_ok()
    assert window.store.preference("operator") == "Amina Diallo"
    assert window.store.preference("report_lang") == "fr"
    assert (tmp_path / "my-backups").is_dir()
    from capacity_app.services.assessments import create_assessment

    a = create_assessment(window.store, questionnaire, country="KEN", round=2026)
    window.open_assessment(a.id)
    window.session.set_answer("s2_policy", "yes")
    assert window.store.history(a.id, "s2_policy")[0]["operator"] == "Amina Diallo"


def test_home_band_labels_follow_the_questionnaire_language(window, questionnaire, qtbot):
    from capacity_app.services.demo import create_demo
    from capacity_app.services.scoring import score_assessment

    demo = create_demo(window.store)
    window.home.refresh()
    window.home.derive_all()
    model = window.home.model
    row = next(i for i, r in enumerate(model.rows) if r.assessment.id == demo.id)
    english = score_assessment(window.store, questionnaire, demo.id, lang="en").to_dict()["band"]["label"]
    french = score_assessment(window.store, questionnaire, demo.id, lang="fr").to_dict()["band"]["label"]
    assert english != french
    assert english in model.data(model.index(row, 4))
    window.set_language("fr")
    window.home.derive_all()
    assert french in model.data(model.index(row, 4))
    # one pair of brackets, as the report's cover writes it ("(fictive, XVL)", not "(fictive) (XVL)")
    assert model.data(model.index(row, 0)).endswith("XVL)") and ") (" not in model.data(model.index(row, 0))
    window.set_language("zh")
    assert model.data(model.index(row, 0)).endswith("，XVL）") and " (" not in model.data(model.index(row, 0))


def test_each_row_texts_are_made_once_however_often_qt_asks(window, questionnaire, qtbot, monkeypatch):
    """Qt asks a cell's text many times (fitting the columns, painting, accessibility): the row's
    texts are made at the first ask, and made again only when its figures or the language change."""
    from capacity_app.services.assessments import create_assessment

    for country, round_ in (("KEN", 2024), ("SEN", 2025), ("JOR", 2026)):
        create_assessment(window.store, questionnaire, country=country, round=round_)
    model = window.home.model
    made = []
    original = type(model).row_texts
    monkeypatch.setattr(type(model), "row_texts", lambda self, row: made.append(row.assessment.id) or original(self, row))
    window.home.refresh(derive=False)  # its columns fitted to the texts: made here, once
    window.home.table.viewport().repaint()
    for _ in range(3):  # as a fit and two paints would
        texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert sorted(made) == sorted(r.assessment.id for r in model.rows)
    assert all(row[3] == "…" for row in texts)  # completion not derived yet
    window.home.table.viewport().repaint()
    assert len(made) == model.rowCount()
    window.home.derive_all()  # each row's figures change: its texts are made again, with them
    assert all(model.index(r, 3).data() != "…" for r in range(model.rowCount()))
    assert len(made) == 2 * model.rowCount()
    window.set_language("fr")  # every row's texts made again, once, as the columns are fitted to them
    assert model.index(0, 0).data() != texts[0][0] and len(made) == 3 * model.rowCount()


def test_the_list_gives_each_painted_cell_in_one_call(window, questionnaire, monkeypatch):
    """Qt's delegate asks 7 or 8 roles of each cell it paints: the list answers them in one call per
    cell (multiData, with what data() gives), not one call from Qt to Python per role."""
    import sys

    from capacity_app.gui.home import AssessmentListModel
    from capacity_app.services.assessments import create_assessment

    for round_ in (2024, 2025):
        create_assessment(window.store, questionnaire, country="KEN", round=round_)
    calls = {"multiData": 0, "through multiData": 0, "from Qt": 0}
    multi, data = AssessmentListModel.multiData, AssessmentListModel.data

    def counted_multi(self, index, span):
        calls["multiData"] += 1
        return multi(self, index, span)

    def counted_data(self, index, role=0):
        calls["through multiData" if sys._getframe(1).f_code.co_name == "multiData" else "from Qt"] += 1
        return data(self, index, role)

    # patched before the list asks Qt for anything of its cells (PySide keeps the method it first
    # found for an object); the columns fitted by the refresh ask through multiData too
    monkeypatch.setattr(AssessmentListModel, "multiData", counted_multi)
    monkeypatch.setattr(AssessmentListModel, "data", counted_data)
    window.home.refresh(derive=False)  # (fitting a column asks each cell's size of data() itself)
    calls.update({k: 0 for k in calls})  # what a paint asks
    window.home.table.viewport().repaint()
    model = window.home.model
    cells = model.rowCount() * model.columnCount()
    assert calls["multiData"] >= cells and calls["from Qt"] == 0, calls
    assert calls["through multiData"] >= 7 * calls["multiData"], calls
    assert model.data(model.index(0, 1)) == str(model.rows[0].assessment.round)


def test_the_first_view_reads_the_rows_a_screen_shows_and_the_rest_after(qtbot, qsettings, questionnaire, tmp_path):
    """The window's start reads the first rows only (the rows a screen shows: the list of 3,000 took
    its query and 3,000 assessments made before the first paint); the subtitle counts them all, and
    the rest come once the window is on screen (gui/window/app.run_gui), newest change first."""
    from capacity_app.gui.home import rows_on_screen
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services.assessments import create_assessment, open_store

    store = open_store(tmp_path / "many.sqlite3", daily_backup=False)
    made = [create_assessment(store, questionnaire, country="KEN", round=2000 + i).id for i in range(12)]
    win = MainWindow(store, None, qsettings, first_rows=5)
    qtbot.addWidget(win)
    try:
        model = win.home.model
        assert [r.assessment.id for r in model.rows] == made[::-1][:5]  # the newest first
        assert "12" in win.home.subtitle.text()
        win.home.complete()
        assert [r.assessment.id for r in model.rows] == made[::-1]
        assert win.home._partial is False
        win.home.complete()  # nothing more to read
        assert len(model.rows) == 12
        # all of them when they fit: nothing left for later
        few = MainWindow(store, None, qsettings, first_rows=40)
        qtbot.addWidget(few)
        assert len(few.home.model.rows) == 12 and few.home._partial is False
        few.runner.shutdown()
    finally:
        win.runner.shutdown()
        store.close()
    assert rows_on_screen(768) == 30 and rows_on_screen(2160) == 77


def test_the_fitted_columns_fit_the_first_rows_whatever_the_list_is_scrolled_to(window, questionnaire, qtbot):
    """The round, status, completion and last-edit columns are fitted to the list's first rows and
    the rows on screen: a change made while the list is scrolled down (the questionnaire's language
    here) narrowed them to the bottom rows, and the newest rows' status and date were cut once
    scrolled back up; scrolled down to a longer text, a column only grows."""
    from capacity_app.services.assessments import create_assessment

    store = window.store
    for i in range(60):
        a = create_assessment(store, questionnaire, country="KEN", round=2000 + i)
        stamp, status = ("2026-11-28T18:59:00Z", "in_progress") if i == 59 else (f"2026-05-{1 + i % 9:02d}T08:00:00Z",
                                                                                 "draft")
        store.db.execute("UPDATE assessments SET updated_at = ?, status = ? WHERE id = ?", [stamp, status, a.id])
    window.resize(1280, 720)
    window.home.refresh(derive=False)
    table, header = window.home.table, window.home.table.horizontalHeader()
    grid = 1 if table.showGrid() else 0

    def fits(row: int) -> bool:
        return all(header.sectionSize(c) >= table.sizeHintForIndex(table.model().index(row, c)).width() + grid
                   for c in (1, 2, 3, 5))

    qtbot.waitUntil(lambda: table.isVisible())
    assert fits(0)
    table.scrollToBottom()
    window.set_language("fr")
    qtbot.wait(10)
    table.scrollToTop()
    qtbot.wait(10)
    assert fits(0) and fits(59)
