"""Service messages reach the French window in French: a bad file imported, an edit
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
    "/data/backups: cannot write the daily backup (disk I/O error)",
    "/data/backups: cannot write the daily backup (database is locked)",
    "/data/capacity.sqlite3: opened read-only",
    "assessment 4 (KEN 2026) is final (read-only until reopened): nothing imported; reopen it (status in "
    "progress) to import into it",
    "s0_mission_end: the mission ends before it starts",
    "round must be a year between 1990 and 2100, got 3026",
    "db.pdf: is the database or one of its files; it is never attached as a document",
    "copy.pdf: is a backup of the database; it is never attached as a document",
    # an output that could not be written, or whose place is refused (files, services/outputs.py)
    "/data/report.pdf: the disk is full; the report was not written",
    "/data/x.xlsx: the file is open in another program (close it there, then try again); the workbook was not written",
    "/data/x.pdf: is a symbolic link, not a file an output may replace; the report was not written",
    "/data/forms: is a file, not a folder; the forms were not written",
    "/data/capacity.sqlite3-wal: is the database's -wal file (/data/capacity.sqlite3); an output never replaces it; "
    "choose another file",
    "/data/backups/x.xlsx: is in the backup folder of the database (/data/backups); an output never goes there; "
    "choose another folder",
    "/data/backups: cannot write the daily backup (the folder does not exist)",
]
ENGLISH = ("the file is", "not an Excel", "the sheet is missing", "unknown answer key", "cannot be imported",
           "is final", "Permission denied", "File exists", "cannot write", "opened read-only", "problems:",
           "is a folder", "nothing imported", "mission ends", "round must", "never attached", "I/O error",
           "is locked", "not written", "symbolic link", "never replaces", "never goes", "another program",
           "does not exist")


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
    wanted = set(FIXED.values()) | {t for _p, t in WITH_ARGUMENTS}
    assert wanted <= sources


def test_a_reason_has_one_home():
    """A reason a ``cli.*`` entry says is said from it (the command line's words, one translation
    per language): the window's own table holds only reasons no entry knows, and the operating
    system's reasons only as the English window words them."""
    from capacity_app.domain.retold import retold

    langs = ("fr", "es", "ar", "zh", "ru", "pt")
    assert [k for k in FIXED if any(retold(k, lang) != k for lang in langs)] == []
    assert [k for k in OS_REASONS if any(retold(k, lang) == k for lang in langs)] == []


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


# --- the assessment package's refusals and the cost dialog's -------------------------

PACKAGE_ENGLISH = ("member", "manifest is", "in the manifest", "of the manifest", "does not match", "zip bomb",
                   "too many", "refused", "package", "not a zip", "not valid", "is missing", "the limit", "a path with",
                   "application reads")


def _hostile_packages(tmp_path):
    """(kind, path, limits) of hostile packages, each refused by exchange/workbook/package.py for one reason."""
    import hashlib
    import json
    import zipfile

    from capacity_app.exchange.workbook.package import DEFAULT_LIMITS, PackageLimits

    wb = b"PK-not-really-a-workbook"
    h = hashlib.sha256(wb).hexdigest()

    def manifest(sha=h, version=1):
        return json.dumps({"format": "capacity-app-package", "version": version, "assessment": {},
                           "members": [{"name": "workbook.xlsx", "sha256": sha, "size": len(wb)}],
                           "attachments": []})

    def zipped(name, members):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for member, content in members:
                zf.writestr(member, content)
        return path

    notzip = tmp_path / "p1.zip"
    notzip.write_bytes(b"minutes of the meeting")
    yield "not a zip", notzip, DEFAULT_LIMITS
    yield "manifest missing", zipped("p2.zip", [("workbook.xlsx", wb)]), DEFAULT_LIMITS
    yield "member not in manifest", zipped("p3.zip", [("manifest.json", manifest()), ("workbook.xlsx", wb),
                                                      ("extra.bin", b"x")]), DEFAULT_LIMITS
    yield "member missing", zipped("p4.zip", [("manifest.json", manifest())]), DEFAULT_LIMITS
    yield "hash mismatch", zipped("p5.zip", [("manifest.json", manifest(sha="0" * 64)),
                                             ("workbook.xlsx", wb)]), DEFAULT_LIMITS
    yield "too many members", zipped("p6.zip", [(f"f{i}.bin", b"x") for i in range(4)]), PackageLimits(max_members=2)
    yield "zip bomb", zipped("p7.zip", [("manifest.json", manifest()),
                                        ("workbook.xlsx", bytes(2 * 1024 * 1024))]), DEFAULT_LIMITS
    yield "path traversal", zipped("p8.zip", [("manifest.json", manifest()), ("../evil.txt", b"x")]), DEFAULT_LIMITS
    yield "manifest version", zipped("p9.zip", [("manifest.json", manifest(version=7)),
                                                ("workbook.xlsx", wb)]), DEFAULT_LIMITS


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_hostile_packages_are_refused_in_the_interface_language(lang, interface, tmp_path):  # noqa: F811
    """Each refusal check_package really gives, as the window shows it (service_text): the file
    named as it is, the reason in French or Arabic with its arguments (member names, sizes,
    limits) kept, no English word of the reason left."""
    from capacity_app.exchange.workbook.package import PackageError, check_package

    interface(lang)
    (tmp_path / "out").mkdir()
    seen = set()
    for kind, path, limits in _hostile_packages(tmp_path):
        with pytest.raises(PackageError) as refused:
            check_package(path, tmp_path / "out", limits)
        message = str(refused.value)
        shown = service_text(message).lstrip("\u200f").replace("\u2068", "").replace("\u2069", "")  # Arabic: the path isolated
        assert shown != message and shown.startswith(str(path)), (kind, message, shown)
        reason = shown[len(str(path)):]
        assert not any(e in reason.lower() for e in PACKAGE_ENGLISH), (kind, message, shown)
        if lang == "ar":
            assert any("\u0600" <= c <= "\u06ff" for c in reason), (kind, shown)
        seen.add(refused.value.reason.split(" (")[0])
    assert len(seen) == 9, seen  # nine different refusals, not one nine times
    # the arguments kept as they are
    shown = service_text(f"{tmp_path}/p.zip: too many members (4; the limit is 2)")
    assert "4" in shown and "2" in shown
    assert "'../evil.txt'" in service_text(f"{tmp_path}/p.zip: member '../evil.txt' is refused: a path with "
                                           "'..', '.' or an empty part")
    # a reason inside a reason: the document's kind refused, in the manifest
    nested = service_text("/d/p.zip: manifest.json is not valid: attachment 'run.exe': .exe files cannot be "
                          "attached (allowed: pdf, docx)")
    assert "cannot be attached" not in nested and "'run.exe'" in nested and "pdf, docx" in nested, nested


def test_cost_refusals_in_french(interface, qtbot):  # noqa: F811
    """The cost dialog's refusals other than the decimal comma (a year, a currency's decimals, a
    rate for US dollars, two rates for one currency, a rate's date) in French, from the real
    domain messages, and in the dialog itself."""
    from decimal import Decimal

    from capacity_app.catalog import currencies
    from capacity_app.domain.plan.cost import Cost, CostError, Finance, Rate, cost_problem, validate_finance
    from capacity_app.gui.plan.dialogs import CostLineDialog

    interface("fr")
    messages = [cost_problem(Cost(1990, Decimal(5), "XOF", "national", "", False, None)),
                currencies.amount_problem(Decimal("10.5"), "XOF"),
                currencies.amount_problem(Decimal("10.555"), "EUR", "amount executed"),
                currencies.amount_problem(Decimal(1), "ZZZ")]
    for finance in (Finance(None, (Rate("USD", Decimal(1), "2026-01-01", ""),)),
                    Finance(None, (Rate("XOF", Decimal(600), "2026-01-01", ""),
                                   Rate("XOF", Decimal(605), "2026-01-02", ""))),
                    Finance(None, (Rate("XOF", Decimal(600), "1 March", ""),)),
                    Finance(None, (Rate("XOF", Decimal(0), "2026-01-01", ""),))):
        with pytest.raises(CostError) as refused:
            validate_finance(finance)
        messages.append(str(refused.value))
    english = ("the year", "must be", "decimals", "currency", "exchange rate", "keep one", "US dollars",
               "not an ISO", "the date", "above zero", "amount")
    for message in messages:
        shown = service_text(message)
        assert not any(e in shown for e in english), (message, shown)
    assert "XOF" in service_text(messages[1]) and "10.5" in service_text(messages[1])
    # the dialog: 10,5 francs CFA (XOF has no decimals) refused in French
    d = CostLineDialog(None, None, "XOF", 2026)
    qtbot.addWidget(d)
    d.amount.setText("10,5")
    d.accept()
    assert d.cost() is None and d.error.text(), d.error.text()
    assert "decimals" not in d.error.text() and "XOF" in d.error.text(), d.error.text()


def test_indicator_value_refusals_in_french(interface):  # noqa: F811
    """Progress…'s refusals of an indicator's value in French, from the real domain
    messages: a date typed the wrong way, a date missing or after today, a value not a number, a
    period outside the plan's years, a period not a period."""
    import datetime as _dt
    from decimal import Decimal

    from capacity_app.domain.plan.progress import (
        IndicatorValue, ProgressError, check_indicator_value, normalise_period, parse_value)

    interface("fr")
    today = _dt.date(2026, 11, 25)
    messages = []
    for v, years in ((IndicatorValue("I5", "2026", Decimal(3), "20/11/2026"), None),
                     (IndicatorValue("I5", "2026", Decimal(3), ""), None),
                     (IndicatorValue("I5", "2026", Decimal(3), "2026-12-01"), None),
                     (IndicatorValue("I5", "2026", Decimal(3), "2026-10-01"), (2027, 2030)),
                     (IndicatorValue("I5", "2025", Decimal(3), "2026-10-01"), None)):
        with pytest.raises(ProgressError) as refused:
            check_indicator_value(v, first_year=2026, today=today, years=years)
        messages.append(str(refused.value))
    for bad in (lambda: parse_value("many", "value of indicator I5"), lambda: normalise_period("2026x")):
        with pytest.raises(ProgressError) as refused:
            bad()
        messages.append(str(refused.value))
    for message in messages:
        shown = service_text(message)
        assert shown != message and "indicator" not in shown and "period" not in shown, (message, shown)
    assert service_text(messages[0]) == ("la date de la valeur de l'indicateur I5 n'est pas une date AAAA-MM-JJ\u00a0: "
                                         "'20/11/2026'")


@pytest.mark.parametrize("lang, words", [("fr", "dépensés à ce jour"), ("ar", "حتى الآن"), ("zh", "迄今"),
                                         ("ru", "на сегодня"), ("es", "hasta la fecha")])
def test_overruns_and_kept_money_in_the_interface_s_language(interface, lang, words):  # noqa: F811
    """The overruns a save records and the refusals of an edit that would move money recorded,
    from the real domain messages, in each interface language: never the English line."""
    import datetime as _dt
    from decimal import Decimal

    from capacity_app.domain.plan.actions import Action
    from capacity_app.domain.plan.cost import Cost
    from capacity_app.domain.plan.held import edit_problem, removal_problem
    from capacity_app.domain.plan.overrun import overrun_text
    from capacity_app.domain.plan.progress import ActionProgress, LineMoney, action_overruns

    interface(lang)
    action = Action(id="a", title="Census", start="2026-Q1", end="2026-Q4",
                    costs=(Cost(2026, Decimal(150000), "XOF"), Cost(2026, Decimal(9), "XOF")))
    entry = ActionProgress("a", "2026", "in_progress", lines=(
        LineMoney(1, "XOF", Decimal(100), Decimal(190000), Decimal(200000), "advance"),))
    said = [overrun_text(o, 3) for o in action_overruns(action, [entry])]
    said += [removal_problem(action, [entry], 3), edit_problem(action, Action(id="a", title="Census"), [entry], 3)]
    assert len(said) == 6 and _dt.date.today()
    for message in said:
        shown = service_text(message)
        assert shown != message and "cost line" not in shown and "has progress recorded" not in shown, shown
    assert words in service_text(said[0])


def test_a_path_keeps_its_order_in_a_right_to_left_window(interface):  # noqa: F811
    """Arabic: every file or folder path of a refusal is isolated (FSI…PDI), in front of the reason
    and inside it, so that "/home/amina/x.pdf" does not show as "home/amina/x.pdf/", and a line that
    opens with one starts with a right-to-left mark (a dialog's label takes its direction from the
    first letter); a left-to-right window gets the line with no mark in it."""
    from capacity_app.gui.service_text import RLM
    from capacity_app.gui.writing import FSI, PDI

    lines = ["/home/amina/KEN_2026.pdf: the disk is full; the report was not written",
             "/home/amina/capacity.sqlite3-wal: is the database's -wal file (/home/amina/capacity.sqlite3); an "
             "output never replaces it; choose another file",
             "C:\\Users\\amina\\Mes documents\\x.xlsx: Answers!B2: contains a formula; formulas are never evaluated "
             "(type the value)",
             "backup folder /media/usb/backups: Permission denied"]
    interface("ar")
    said = [service_text(line) for line in lines]
    assert said[0].startswith(f"{RLM}{FSI}/home/amina/KEN_2026.pdf{PDI}: ")
    assert f"({FSI}/home/amina/capacity.sqlite3{PDI})" in said[1]
    assert said[2].startswith(f"{RLM}{FSI}C:\\Users\\amina\\Mes documents\\x.xlsx{PDI}: Answers!B2: ")
    assert f"{FSI}/media/usb/backups{PDI}: " in said[3]
    assert all(s.count(FSI) == s.count(PDI) for s in said)
    # the path alone, not the words after it, nor a bracket or quote around it; a name with brackets whole
    assert f"{FSI}/home/amina/t.docx{PDI} " in service_text("the Word template /home/amina/t.docx is not a file")
    quoted = service_text("/home/u/settings.json: the data folder '/home/u/data' is a file, not a folder; choose "
                          "a folder in Preferences or correct the file")
    assert f"'{FSI}/home/u/data{PDI}'" in quoted
    assert service_text("/home/amina/Rapport (final).pdf: the disk is full; the report was not written").startswith(
        f"{RLM}{FSI}/home/amina/Rapport (final).pdf{PDI}: ")
    # no path, no mark: a URL, a fraction, a date, "and/or", a slash between words
    assert FSI not in service_text("Census / Registers: https://example.org/a and/or 1/2 2026/11/29")
    interface("fr")
    assert not any(mark in service_text(line) for line in lines for mark in (FSI, PDI, RLM))


def test_a_hostile_line_of_slashes_is_said_in_bounded_time(interface):  # noqa: F811
    """A refusal quoting text of 200,000 characters of " /" (a title, a file name from outside) and
    no punctuation: shown in the Arabic window in well under a second, not in quadratic time."""
    import time

    interface("ar")
    line = "/data/x.xlsx: " + (" /" * 20_000 + "\n") * 5 + "end"
    t = time.perf_counter()
    shown = service_text(line)
    assert time.perf_counter() - t < 1.0
    assert "/data/x.xlsx" in shown


def test_a_line_said_whole_keeps_its_words_and_joins_its_places_as_french_writes_them(french):
    """A line an entry says whole is said whole (its file's name taken off first, a broader entry took
    what followed and left "the file changed while it was imported" in English); the places it keeps
    in front are joined as French writes them ("x.xlsx : ")."""
    assert service_text("export.csv: the file changed while it was imported; nothing imported") == \
        "export.csv : le fichier a changé pendant son importation ; rien n'a été importé"
    assert service_text("db.pdf: is the database or one of its files; it is never attached as a document") \
        .startswith("db.pdf : c'est la base de données")
    said = service_text("/data/key.xlsx: Answers!B2: no_such_item: unknown answer key for questionnaire q 1.2.0")
    assert said.startswith("/data/key.xlsx : Answers!B2 : no_such_item : "), said
    assert "unknown" not in said
