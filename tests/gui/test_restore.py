"""A damaged database at start-up: the GUI offers the newest good backup and reopens."""
from PySide6.QtWidgets import QMessageBox

from capacity_app.gui.window.app import offer_restore
from capacity_app.storage.db import CorruptDatabaseError
from capacity_app.storage.store import Store


def test_offer_restore_reopens_from_backup(qtbot, db_path, monkeypatch):
    with Store(db_path) as s:
        a = s.create_assessment(country="KEN", m49="404", round=2026, title="t",
                                questionnaire_id="q", questionnaire_version="1")
        s.save_answer(a.id, "s2_need_a", "answered", 3)
        s.backup("manual")
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    data[4096:4096 * 3] = b"\xa5" * (4096 * 2)
    db_path.write_bytes(bytes(data))
    try:
        Store(db_path)
        raise AssertionError("damage not detected")
    except CorruptDatabaseError as exc:
        error = exc
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    store = offer_restore(error, db_path)
    try:
        assert asked and store is not None
        assert store.answer(a.id, "s2_need_a").value == 3
    finally:
        store.close()


def test_offer_restore_without_backup_explains(qtbot, db_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    err = CorruptDatabaseError(db_path, "file is not a database", [])
    assert offer_restore(err, db_path) is None
    assert "no backup is available" in shown[0]
