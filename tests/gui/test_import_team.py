"""The import preview merging a colleague's workbook (the team merge): each incoming change
names who made it and when; an answer both changed since the common version is a conflict, its two
values side by side each with who and when, kept unless chosen — one by one (Space on the line) or
all at once ("Take theirs for all conflicts"), which leaves an answer the workbook holds an earlier
version of as it is."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from capacity_app.gui.import_preview import COL_HERE, COL_NOTE, COL_QUESTION, COL_WORKBOOK, KEY_ROLE, ImportPreviewDialog
from capacity_app.services import assessments as svc
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook


def _db(path, operator):
    store = svc.open_store(path, backup_dir=path.parent / f"{path.stem}-backups")
    store.operator = operator
    return store


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    """The supervisor's database after officer A's workbook, and officer B's workbook read: B changed
    s2_need_b (taken), both changed s2_need_c (a conflict), A changed s2_need_a (B's is the earlier
    version)."""
    q = svc.questionnaire_for()
    d = tmp_path_factory.mktemp("team-gui")
    sup = _db(d / "sup.sqlite3", "A. Supervisor")
    a = svc.create_assessment(sup, q, country="KEN", round=2026)
    for key, value in (("s2_need_a", 2), ("s2_need_b", 2), ("s2_need_c", 2)):
        svc.record_answer(sup, q, a.id, key, value)
    base = export_workbook(sup, a.id, d / "base.xlsx")
    books = {}
    for name, edits in (("Officer Amina", (("s2_need_a", 1), ("s2_need_c", 1))),
                        ("Officer Boris", (("s2_need_b", 0), ("s2_need_c", 3)))):
        store = _db(d / f"{name}.sqlite3", name)
        mine = apply_import(store, read_workbook(base, q), q).assessment
        for key, value in edits:
            svc.record_answer(store, q, mine.id, key, value)
        books[name] = export_workbook(store, mine.id, d / f"{name}.xlsx")
        store.close()
    apply_import(sup, read_workbook(books["Officer Amina"], q), q)
    plan = read_workbook(books["Officer Boris"], q)
    diffs = diff_import(sup, plan, q)
    existing = sup.find_assessment(plan.uid)
    sup.close()
    return q, plan, diffs, existing


def _items(dlg):
    tree = dlg.tree
    return {tree.topLevelItem(i).child(j).data(COL_QUESTION, KEY_ROLE): tree.topLevelItem(i).child(j)
            for i in range(tree.topLevelItemCount()) for j in range(tree.topLevelItem(i).childCount())}


def test_a_conflict_side_by_side_with_both_names_and_times(qtbot, merged):
    q, plan, diffs, existing = merged
    dlg = ImportPreviewDialog(plan.path, plan, diffs, q, "en", existing)
    qtbot.addWidget(dlg)
    items = _items(dlg)
    clash = items["s2_need_c"]
    here, there = clash.text(COL_HERE).split("\n"), clash.text(COL_WORKBOOK).split("\n")
    assert (here[0], there[0]) == ("1", "3")  # each value, who made it, when
    # when: the day written out and the time to the minute, as the status bar writes it
    assert (here[1], there[1]) == ("Officer Amina", "Officer Boris") and re.fullmatch(r"\d+ \w+ 20\d\d, \d\d:\d\d", here[2]) \
        and re.fullmatch(r"\d+ \w+ 20\d\d, \d\d:\d\d", there[2])
    assert "conflict" in clash.text(COL_NOTE)
    assert re.match(r"changed by Officer Boris, \d+ \w+ 20\d\d, \d\d:\d\d", items["s2_need_b"].text(COL_NOTE))  # the author
    stale = items["s2_need_a"]  # B's workbook holds the version A's change replaced: kept, who made ours
    assert "changed here since" in stale.text(COL_NOTE) and stale.text(COL_HERE).split("\n")[1] == "Officer Amina"
    assert dlg.conflict_note is not None and "(conflicts): 1." in dlg.conflict_note.text()
    assert dlg.overwrite() == frozenset()  # kept unless chosen
    assert dlg.take_all.text() == "Take &theirs for all conflicts"
    dlg.take_all.click()
    assert dlg.overwrite() == {"s2_need_c"}  # the conflicts only: A's change is not put back
    dlg.keep_all.click()
    assert dlg.overwrite() == frozenset()
    dlg.show()
    dlg.tree.setFocus()
    dlg.tree.setCurrentItem(clash)
    QTest.keyClick(dlg.tree, Qt.Key.Key_Space)  # by keyboard, one by one
    assert dlg.overwrite() == {"s2_need_c"}
    QTest.keyClick(dlg.tree, Qt.Key.Key_Space)
    assert dlg.overwrite() == frozenset()


def test_a_conflicts_value_that_wraps_leaves_its_name_and_time_in_view(qtbot, merged):
    """Seen in Arabic at 1366×768: a conflict's choices wrapped over three lines in 'In this
    database' and the name and time under them were cut; the line is as high as its cells need."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    q, plan, diffs, existing = merged
    dlg = ImportPreviewDialog(plan.path, plan, diffs, q, "en", existing)
    qtbot.addWidget(dlg)
    dlg.show()
    clash = _items(dlg)["s2_need_c"]
    long = ("Presidency or Prime Minister's office, Ministry of the Interior, Ministry of Foreign Affairs, "
            "Ministry of Labour\nOfficer Amina\n2026-11-24 05:29:43")
    clash.setText(COL_HERE, long)
    for width in (170, 120):
        dlg.tree.setColumnWidth(COL_HERE, width)
        QApplication.processEvents()
        fm = dlg.tree.fontMetrics()
        needed = fm.boundingRect(QRect(0, 0, width - 12, 100_000), int(Qt.TextFlag.TextWordWrap), long).height()
        assert needed > 4 * fm.lineSpacing()  # it wraps
        assert dlg.tree.visualItemRect(clash).height() >= needed, (width, dlg.tree.visualItemRect(clash).height())
