"""Service messages reach the French window in French (issue 29): a bad file imported, an edit
refused (a final assessment), a backup folder or backup that cannot be written, a write refused by a
database open read-only. The places named in front (file, sheet and cell, answer key) stay as they
are; a reason gui/service_text does not know is shown as it came."""
from __future__ import annotations

import pytest

from capacity_app.gui.service_text import FIXED, OS_REASONS, WITH_ARGUMENTS, service_text
from capacity_app.services import assessments as svc

from test_i18n import interface  # noqa: F401 - the fixture

# the English reasons of the four walks, as the services, the storage and the reader write them
MESSAGES = [
    "/data/bad.xlsx: the file is empty",
    "/data/folder.xlsx: is a folder, not a workbook",
    "/data/text.xlsx: not an Excel .xlsx workbook (the file is not a zip archive; an old .xls or a damaged file?)",
    "/data/zip.xlsx: not an Excel .xlsx workbook ([Content_Types].xml is missing)",
    "/data/plain.xlsx: Metadata: the sheet is missing (is this a capacity-app workbook?)",
    "/data/key.xlsx: Answers!B2: no_such_item: unknown answer key for questionnaire unsd-migration-capacity 1.2.0",
    "/data/ver.xlsx: Metadata!B5: questionnaire version 0.1.0 cannot be imported: no declared mapping to version "
    "1.2.0 (assessments/mappings) (and 2 more problems)",
    "assessment 4 (KEN 2026) is final: reopen it (status in progress) to change it",
    "backup folder /media/usb/backups: Permission denied",
    "backup folder /data/x.xlsx: File exists",
    "/data/backups: cannot write the pre-import backup (the disk is full)",
    "/data/capacity.sqlite3: opened read-only",
    "assessment 4 (KEN 2026) is final (read-only until reopened): nothing imported; reopen it (status in "
    "progress) to import into it",
    "s0_mission_end: the mission ends before it starts",
    "round must be a year between 1990 and 2100, got 3026",
    "db.pdf: is the database or one of its files; it is never attached as a document",
    "copy.pdf: is a backup of the database; it is never attached as a document",
]
ENGLISH = ("the file is", "not an Excel", "the sheet is missing", "unknown answer key", "cannot be imported",
           "is final", "Permission denied", "File exists", "cannot write", "opened read-only", "problems:",
           "is a folder", "nothing imported", "mission ends", "round must", "never attached")


@pytest.fixture
def french(interface):  # noqa: F811
    interface("fr")


def test_every_reason_of_the_walks_in_french_with_its_places_kept(french):
    for message in MESSAGES:
        shown = service_text(message)
        assert not any(e in shown for e in ENGLISH), (message, shown)
        place = message.split(": ", 1)[0]
        if place.startswith("/"):
            assert shown.startswith(place), shown  # the file is named as it is
    assert "no_such_item" in service_text(MESSAGES[5]) and "Answers!B2" in service_text(MESSAGES[5])
    assert service_text("something no one translated") == "something no one translated"


def test_english_interface_keeps_the_places_and_says_the_window_s_words():
    """In English the reasons read as the window says them (its status names, plain words for
    the operating system's reasons); the places in front are never changed."""
    for message in MESSAGES:
        shown = service_text(message)
        place = message.split(": ", 1)[0]
        assert shown.startswith(place) or not place.startswith("/"), shown
    assert service_text(MESSAGES[7]).endswith("set its status back to “In progress” to change it")
    assert service_text(MESSAGES[9]) == "backup folder /data/x.xlsx: a file of that name is in the way"
    assert service_text(MESSAGES[0]) == MESSAGES[0]


def test_the_tables_are_in_the_catalogue_of_every_language():
    """Every source text of the tables is a message of the .ts files (lupdate reads the
    QT_TRANSLATE_NOOP calls; test_i18n holds them translated)."""
    from test_i18n import _messages

    sources = {src for ctx, src, *_ in _messages("fr") if ctx == "ServiceText"}
    wanted = set(FIXED.values()) | set(OS_REASONS.values()) | {t for _p, t in WITH_ARGUMENTS}
    assert wanted <= sources


def test_walk_in_french_bad_file_final_edit_and_read_only(french, make_window, db_path, questionnaire, tmp_path,
                                                         qtbot):
    win = make_window(db_path)
    shown: list[str] = []
    real = win.show_message
    win.show_message = lambda text, msecs=8000: (shown.append(text), real(text, msecs))
    # a bad file imported: the status bar's reason in French, the file named
    bad = tmp_path / "notes.xlsx"
    bad.write_bytes(b"minutes of the meeting, not a workbook")
    win.import_workbook(str(bad))
    qtbot.waitUntil(lambda: any("notes.xlsx" in t for t in shown), timeout=30_000)
    text = next(t for t in shown if "notes.xlsx" in t)
    assert "not an Excel" not in text and "archive zip" in text, text
    # an edit refused: the assessment is final
    a = svc.create_assessment(win.store, questionnaire, country="KEN", round=2026)
    svc.set_status(win.store, a.id, "final")
    refused = win.writes.run(svc.record_answer, win.store, questionnaire, a.id, "s2_need_a", 3, key="s2_need_a")
    assert not refused and "is final" not in refused.message and "finalisée" in refused.message, refused.message
    # a write refused by a database open read-only
    store = svc.open_store(tmp_path / "ro.sqlite3")
    store.close()
    ro = svc.open_store(tmp_path / "ro.sqlite3", readonly=True)
    try:
        refused = win.writes.run(svc.create_assessment, ro, questionnaire, country="KEN", round=2027)
        assert not refused and refused.not_saved
        assert "opened read-only" not in refused.message and "lecture seule" in refused.message, refused.message
    finally:
        ro.close()
