"""A damaged database in the window, with damage made as it happens: bytes of an index
page changed on disk (the index no longer matches its table: PRAGMA quick_check says ok, the full
integrity_check does not). The window opens with the light check, as at a normal start; the full
check in the background finds the damage; from then on no write reaches the file, the banner says
what is wrong and what to do (restore the last good backup, the command that does it), the
assessment and the actions turn read-only. A database opened read-only because it is damaged says
"damaged" from the first paint."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from capacity_app.services.assessments import ServiceError, create_assessment, open_store, record_answer, set_comment


def corrupt_index_page(db: Path, index: str, needle: bytes, replacement: bytes) -> None:
    """Change ``needle`` to ``replacement`` (same length) in the root page of ``index`` on disk:
    the page stays well formed, its entry no longer matches the row it indexes."""
    assert len(needle) == len(replacement)
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * size
    at = data.find(needle, start, start + size)
    assert at >= 0, f"{needle!r} is not in the root page of {index}"
    data[at:at + len(needle)] = replacement
    db.write_bytes(bytes(data))
    check = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert check.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    finally:
        check.close()


def _answers_index(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'answers'")]
    finally:
        conn.close()
    return next(n for n in names if n.startswith("sqlite_autoindex_answers"))


@pytest.fixture
def damaged(tmp_path, questionnaire):
    """A database with one assessment (answers, a backup) whose answers index is damaged."""
    db = tmp_path / "data" / "capacity.sqlite3"
    store = open_store(db)
    a = create_assessment(store, questionnaire, country="KEN", round=2026)
    record_answer(store, questionnaire, a.id, "s2_need_a", 2)
    store.close()
    open_store(db).close()  # today's backup taken while it was sound: the next opens take none
    corrupt_index_page(db, _answers_index(db), b"s2_need_a", b"s2_need_z")
    return db, a.id


def test_damage_found_in_the_background_stops_every_write_and_is_said(damaged, qtbot, qsettings, questionnaire,
                                                                      monkeypatch):
    from capacity_app.gui.window.app import check_in_background
    from capacity_app.gui.window.main_window import MainWindow

    db, aid = damaged
    asked = []

    def question(_parent, title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.No  # the officer does not restore now

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a, **k: asked.append(text)))
    store = open_store(db, integrity="light")  # as the window opens it: the tables it shows first
    assert not store.damaged and not store.readonly
    win = MainWindow(store, questionnaire, qsettings)
    win.runner.show_dialogs = False
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.open_assessment(aid)
        assert not win.banner.isVisible()
        before = db.read_bytes()
        check_in_background(win, db, lambda _restored: None)
        qtbot.waitUntil(lambda: bool(store.damaged), timeout=20000)
        assert asked, "the restore was not offered"
        text = win.banner.text()
        assert win.banner.isVisible() and "is damaged" in text and "check --restore" in text and str(db) in text
        assert "read-only" in text and "restore the last good backup" in text
        assert not win.actions_by_name["new"].isEnabled() and not win.actions_by_name["import"].isEnabled()
        assert "damaged" in win.session.read_only
        with pytest.raises(ServiceError) as refused:
            set_comment(store, questionnaire, aid, "s2_need_a", "typed after the damage was found")
        assert "damaged" in str(refused.value) and "check --restore" in str(refused.value)
        assert "\n" not in str(refused.value)
        assert db.read_bytes() == before  # nothing written
        win.grab().save("/tmp/untrusted/damaged-window.png")
    finally:
        win.close()
        win.runner.shutdown()
        store.close()


def test_a_database_opened_read_only_because_damaged_says_so_at_once(damaged, qtbot, qsettings, questionnaire):
    """Damage in a table the window reads first (the list): the open check finds it; a database
    that cannot be written is then read as it is, and the banner says damaged, not only read-only."""
    from capacity_app.gui.window.main_window import MainWindow

    db, _aid = damaged
    index = "idx_assessments_uid"
    uid = sqlite3.connect(db).execute("SELECT uid FROM assessments").fetchone()[0]
    corrupt_index_page(db, index, uid[:8].encode(), ("0" if uid[0] != "0" else "1").encode() + uid[1:8].encode())
    store = open_store(db, readonly=True, integrity="light")
    win = MainWindow(store, questionnaire, qsettings)
    win.runner.show_dialogs = False
    qtbot.addWidget(win)
    win.show()
    try:
        assert store.damaged and store.readonly
        assert win.banner.isVisible() and "is damaged" in win.banner.text() and "check --restore" in win.banner.text()
        assert not win.actions_by_name["new"].isEnabled()
    finally:
        win.close()
        win.runner.shutdown()
        store.close()
