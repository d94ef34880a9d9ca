"""The entry point: GUI command lines skip click; everything else goes to the CLI unchanged."""
import os
import shutil
import subprocess
import sys

import pytest

from capacity_app.launch import _gui_arguments


@pytest.mark.parametrize("argv, expected", [
    ([], (None, False)),
    (["gui"], (None, False)),
    (["gui", "--exit-after-show"], (None, True)),
    (["--db", "x.sqlite3"], ("x.sqlite3", False)),
    (["--db=x.sqlite3", "gui", "--exit-after-show"], ("x.sqlite3", True)),
    (["--db", "x.sqlite3", "gui"], ("x.sqlite3", False)),
])
def test_gui_command_lines_are_recognised(argv, expected):
    assert _gui_arguments(argv) == expected


@pytest.mark.parametrize("argv", [
    ["--help"], ["gui", "--help"], ["list"], ["--db"], ["--db", "--help"], ["--db="],
    ["gui", "--exit-after-show", "extra"], ["--version"], ["demo", "--out", "x"],
])
def test_other_command_lines_go_to_the_cli(argv):
    assert _gui_arguments(argv) is None


def _env(tmp_path, **extra) -> dict:
    """The environment of a process the tests start: its own data folder and its own configuration
    folder (Qt's settings: the window's language chosen on this computer made a start read a
    language's catalogue, and these checks count what a start reads)."""
    return dict(os.environ, CAPACITY_APP_DATA=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **extra)


def _run(*args, tmp_path):
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "capacity_app", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_help_and_commands_still_reach_click(tmp_path):
    r = _run("--help", tmp_path=tmp_path)
    assert r.returncode == 0 and "Usage:" in r.stdout and "gui" in r.stdout
    r = _run("gui", "--help", tmp_path=tmp_path)
    assert r.returncode == 0 and "--exit-after-show" in r.stdout
    db = tmp_path / "a.sqlite3"
    r = _run("--db", str(db), "list", tmp_path=tmp_path)  # a read command creates no database
    assert r.returncode == 2 and "no such database" in r.stderr and not db.exists(), r.stderr
    from capacity_app.services.assessments import open_store

    open_store(db, daily_backup=False).close()
    r = _run("--db", str(db), "list", tmp_path=tmp_path)
    assert r.returncode == 0, r.stderr


def test_gui_start_error_is_one_line(tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    r = _run("--db", str(folder), "gui", "--exit-after-show", tmp_path=tmp_path)
    assert r.returncode == 2
    assert "is a folder, not a database file" in r.stderr
    assert "Traceback" not in r.stderr


# What the first window may leave unloaded (start-up time): the answer and questionnaire
# models, the scoring engine, the questionnaire loader (PyYAML), the open assessment's view, the
# dialogs, the export flows and the task runner load on first use; the heavy libraries with the work
# that needs them. Nor does it read the Qt namespace (PySide6.QtCore.Qt), whose 93 enum classes take
# about 20 ms to create (gui/home.py).
LOADED_ON_FIRST_USE = (
    "capacity_app.domain.answers", "capacity_app.domain.questionnaire", "capacity_app.domain.scoring",
    "capacity_app.catalog.loader", "capacity_app.services.scoring",
    "capacity_app.services.exchange", "capacity_app.services.reports", "capacity_app.gui.assessment_view",
    "capacity_app.gui.session", "capacity_app.gui.dialogs", "capacity_app.gui.window.flows", "capacity_app.gui.tasks",
    "yaml", "click",
    "sqlite_utils", "weasyprint", "openpyxl", "matplotlib", "jinja2", "babel", "python_calamine",
    # the action plan (its validation, its cost model in Decimal), documents, the
    # exchange's readers and the process machinery load with the work that needs them
    "capacity_app.domain.plan.actions", "capacity_app.domain.plan.cost", "capacity_app.domain.plan.validation",
    "capacity_app.domain.documents", "capacity_app.exchange", "capacity_app.exchange.outside.reader",
    "capacity_app.exchange.workbook.importer", "capacity_app.exchange.outside.safety", "capacity_app.exchange.outside.isolation",
    "capacity_app.processes",
    # the reviews', the sign-off's, the institutions' and the proposals' domain modules: with the
    # first of them read
    "capacity_app.domain.team.review", "capacity_app.domain.team.signoff",
    "capacity_app.domain.institutions.asked", "capacity_app.domain.institutions.proposals",
    "multiprocessing", "concurrent.futures", "hashlib", "pandas", "numpy", "lxml", "pypdf", "pyreadstat",
    "urllib.request", "http.client",
    # Preferences' service (the weights, the data folder's move): with a move to carry out
    "capacity_app.services.settings",
    # a refusal's wording (with the first refusal) and the mission facts' rules (with the first
    # assessment made or answer given)
    "capacity_app.gui.service_text", "capacity_app.domain.retold", "capacity_app.domain.mission",
    # the store's parts beyond its core (storage/core.py: the list and the preferences)
    "capacity_app.storage.store", "capacity_app.storage.actionplan", "capacity_app.storage.documents",
    "capacity_app.storage.origins", "capacity_app.storage.period_report", "capacity_app.storage.progress",
    "capacity_app.storage.proposals", "capacity_app.storage.results", "capacity_app.storage.reviews",
    "capacity_app.storage.signoffs", "capacity_app.storage.undo",
)


@pytest.mark.parametrize("default", [False, True], ids=["--db", "the default database"])
def test_window_start_loads_only_what_the_list_needs(tmp_path, default):
    # the default database (how an officer starts the window) asks first whether a data-folder
    # move is pending: that question reads the settings file, not the service that moves
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    db = tmp_path / ("capacity.sqlite3" if default else "demo.sqlite3")
    subprocess.run([sys.executable, "-c", "import sys; from capacity_app.services.assessments import open_store;"
                    "from capacity_app.services.demo import create_demo;"
                    "s = open_store(sys.argv[1]); create_demo(s); s.close()", str(db)],
                   env=env, check=True, timeout=120)
    code = ("import os, sys; from capacity_app.gui.window.app import run_gui;"
            "code = run_gui(sys.argv[1] or None, exit_after_show=True);"
            f"print(code, [m for m in {LOADED_ON_FIRST_USE!r} if m in sys.modules],"
            "'Qt' in sys.modules['PySide6.QtCore'].__dict__ and 'capacity_app.gui.widgets.wheel' not in sys.modules,"
            " flush=True);"
            "os._exit(0)")
    r = subprocess.run([sys.executable, "-c", code, "" if default else str(db)], env=env, capture_output=True,
                       text=True, timeout=120)
    # the wheel guard reads the Qt namespace, a moment after the window is made: on a loaded machine
    # its timer fires before the first paint ends; without it nothing may have read the namespace
    assert r.stdout.strip() == "0 [] False", r.stdout + r.stderr


# Costs the first view does not pay, checked at its first paint: PySide reading the source of
# every module imported after it (inspect.getsource, kept in linecache; gui/__init__.py gives it the
# same answer from the file's bytes), PySide's QEvent type with its enum of 179 members, which
# the first Python event handler called makes (the list learns it is shown again from the window's
# stack, gui/home.py), the SVG image plugin and QtSvg (the style sheet's arrows are PNG renditions,
# tools/render_icons.py), the M49 table of countries (the demo's country is fictional), and the
# regular expressions of the modules it imports (compiled when first used: celltext.LazyPattern),
# today's backup of the database (its full check and copy: taken once the window is on screen).
_AT_FIRST_PAINT = """
import enum, linecache, os, sys
made, make = [], enum.EnumType.__call__

def made_enum(cls, value, names=None, *args, **kwargs):  # PySide makes its enums by the functional API
    if names is not None:
        made.append((value, len(names)))
    return make(cls, value, names, *args, **kwargs)

enum.EnumType.__call__ = made_enum
import re
compiled, compile_ = [], re.compile

def compiling(pattern, flags=0):  # a LazyPattern compiled says celltext.py
    caller = sys._getframe(1).f_code.co_filename
    if "capacity_app" in caller:
        compiled.append(os.path.basename(caller))
    return compile_(pattern, flags)

re.compile = compiling
from capacity_app.gui.window import app
original, seen = app._paint_once_and_quit, []

def paint(qapp, window):
    window.repaint()
    qapp.processEvents()
    # QEvent.Type: 179 members; the wheel guard makes it too, a moment after the window is made: on a
    # loaded machine its timer fires before the first paint ends (as in the test above)
    seen.append(any(name == "Type" and members > 100 for name, members in made)
                and "capacity_app.gui.widgets.wheel" not in sys.modules)
    seen.append(sorted(f for f in linecache.cache if "capacity_app" in f))
    with open("/proc/self/maps", encoding="utf-8") as maps:
        seen.append(sorted({line.split("/")[-1].strip() for line in maps if "svg" in line.lower()}))
    from capacity_app.catalog import countries
    seen.append(countries.countries.cache_info().currsize)
    seen.append(sorted(set(compiled)))
    backups = os.path.join(os.path.dirname(sys.argv[1]), "backups")  # today's backup: after the paint
    seen.append(sorted(os.listdir(backups)) if os.path.isdir(backups) else [])
    original(qapp, window)

app._paint_once_and_quit = paint
code = app.run_gui(sys.argv[1], exit_after_show=True)
print(code, seen, flush=True)
os._exit(0)
"""


def test_first_paint_reads_no_source_and_makes_no_event_type(tmp_path, demo_db):
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db[0], db)
    r = subprocess.run([sys.executable, "-c", _AT_FIRST_PAINT, str(db)], env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.stdout.strip() == "0 [False, [], [], 0, [], []]", r.stdout + r.stderr


# What `list` and `score` leave unloaded: each command imports its own module of the command line and
# what it uses, never the others' (the report model, the action plan, the workbook, the demo); `list`
# reads the stored summaries, so the questionnaire (PyYAML, its model, its translations) and the
# scoring engine load only when a summary is missing or stale; `score` loads the comparison of rounds
# only with --compare.
NEVER_FOR_LIST_OR_SCORE = (
    "capacity_app.reports", "capacity_app.reports.model", "capacity_app.domain.plan", "capacity_app.exchange",
    "capacity_app.services.demo", "capacity_app.services.reports", "capacity_app.services.exchange",
    "capacity_app.services.rounds", "capacity_app.services.imports", "capacity_app.domain.documents",
    "capacity_app.domain.team", "capacity_app.domain.institutions", "capacity_app.gui",
    "capacity_app.cli.actionplan", "capacity_app.cli.exchange", "capacity_app.cli.report", "capacity_app.cli.team",
    "capacity_app.cli.progress", "capacity_app.cli.documents", "capacity_app.cli.institutions",
    "capacity_app.cli.translations", "capacity_app.cli.backups", "capacity_app.cli.helptext",
    "jinja2", "babel", "weasyprint", "openpyxl", "matplotlib", "pandas", "numpy", "lxml", "PySide6",
    "multiprocessing", "concurrent.futures", "sqlite_utils", "translate",
)
NOT_FOR_LIST = ("capacity_app.catalog.loader", "capacity_app.domain.questionnaire", "capacity_app.domain.answers",
                "capacity_app.domain.scoring", "capacity_app.services.scoring", "capacity_app.cli.score", "yaml")
_LOADED = ("import sys; from capacity_app.launch import main\n"
           "try:\n    main(sys.argv[2:])\nexcept SystemExit as e:\n    code = e.code\nelse:\n    code = 0\n"
           "print(code, [m for m in sys.argv[1].split() if m in sys.modules], file=sys.stderr)")


def _loaded(tmp_path, unwanted, *args):
    env = _env(tmp_path)
    r = subprocess.run([sys.executable, "-c", _LOADED, " ".join(unwanted), *args], env=env,
                       capture_output=True, text=True, timeout=120)
    return r.stderr.strip().splitlines()[-1]


def test_list_and_score_load_only_what_they_use(tmp_path, demo_db, questionnaire):
    from capacity_app.services.assessments import open_store
    from capacity_app.services.summaries import summaries

    db, aid = tmp_path / "demo.sqlite3", str(demo_db[1])
    shutil.copyfile(demo_db[0], db)  # the session's demo database, its summaries stored here
    with open_store(db, backup_dir=tmp_path / "backups") as s:
        summaries(s, questionnaire)
    for args in (["list"], ["list", "--json"]):
        assert _loaded(tmp_path, NEVER_FOR_LIST_OR_SCORE + NOT_FOR_LIST, "--db", str(db), *args) == "0 []"
    for args in (["score", aid], ["score", aid, "--json"]):
        assert _loaded(tmp_path, NEVER_FOR_LIST_OR_SCORE, "--db", str(db), *args) == "0 []"
    # a stale summary is derived: the questionnaire and the engine load then, the rest still not
    assert _loaded(tmp_path, ("capacity_app.catalog.loader", "capacity_app.domain.scoring"), "--db", str(db),
                   "set", aid, "s2_need_a", "2").startswith("0 ")
    assert _loaded(tmp_path, NEVER_FOR_LIST_OR_SCORE, "--db", str(db), "list") == "0 []"
    # the default database, as an officer types it: asking whether a data-folder move is pending
    # reads the settings file, not Preferences' service (the questionnaire's model, the engine)
    shutil.copyfile(db, tmp_path / "capacity.sqlite3")
    assert _loaded(tmp_path, NEVER_FOR_LIST_OR_SCORE + NOT_FOR_LIST + ("capacity_app.services.settings",),
                   "list") == "0 []"


# What `aggregate` leaves unloaded: the command line's other commands and the workbook's writer
# (the aggregation writes its own streamed workbook), the import's merge, the reports and the
# packages; the PDF summary's rendering loads only with --pdf.
NEVER_FOR_AGGREGATE = (
    "capacity_app.services.exchange", "capacity_app.exchange.workbook.export", "capacity_app.services.imports",
    "capacity_app.services.packages", "capacity_app.services.documents", "capacity_app.services.versions",
    "capacity_app.services.reports", "capacity_app.reports.model", "capacity_app.services.demo", "capacity_app.gui",
    "capacity_app.exchange.institutions.xlsform", "openpyxl", "jinja2", "weasyprint", "matplotlib", "PySide6",
)


def test_aggregate_loads_only_what_it_uses(tmp_path, demo_db):
    from capacity_app.services.assessments import open_store
    from capacity_app.services.exchange import export_workbook

    books = tmp_path / "books"
    books.mkdir()
    with open_store(demo_db[0], readonly=True) as s:
        export_workbook(s, demo_db[1], books / "demo.xlsx")
    out = tmp_path / "all.xlsx"
    assert _loaded(tmp_path, NEVER_FOR_AGGREGATE, "aggregate", str(books), "--xlsx", str(out), "--quiet") == "0 []"
    assert out.stat().st_size > 0


_FONTS_AT_FIRST_PAINT = """
import sys
from capacity_app.gui.window import app
from PySide6.QtWidgets import QApplication
original = app._paint_once_and_quit

def paint(qapp, window):
    print("at first paint:", sorted(QApplication.instance().property("capacity_font_files") or []))
    original(qapp, window)

app._paint_once_and_quit = paint
from capacity_app.launch import main
main(["--db", sys.argv[1], "gui", "--exit-after-show"])
"""


@pytest.mark.parametrize("locale, questionnaire, folder, han", [
    ("en_GB.UTF-8", "", "data", False), ("fr_FR.UTF-8", "", "data", False), ("zh_CN.UTF-8", "", "data", True),
    ("en_GB.UTF-8", "zh", "data", True), ("fr_FR.UTF-8", "", "数据", True)])
def test_the_chinese_faces_wait_for_the_first_view_unless_it_needs_them(tmp_path, demo_db, locale, questionnaire,
                                                                         folder, han):
    """The window's start registers the Chinese faces (2-3 ms: fontconfig reads their 17 MB) before
    its first paint only when that view draws Chinese characters: an interface or a questionnaire
    in Chinese (the list's country names, the language box), or a path it may show; else once it is
    on screen (gui/writing.register_fonts). Drawn before them, Chinese stayed empty boxes where the
    system has no Chinese font."""
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen", LANG=locale, LC_ALL=locale)
    if questionnaire:
        ini = tmp_path / "config" / "UNSD" / "capacity-app.ini"
        ini.parent.mkdir(parents=True)
        ini.write_text(f"[General]\nlanguage={questionnaire}\n", encoding="utf-8")
    (tmp_path / folder).mkdir(exist_ok=True)
    db = tmp_path / folder / "demo.sqlite3"
    shutil.copyfile(demo_db[0], db)
    r = subprocess.run([sys.executable, "-c", _FONTS_AT_FIRST_PAINT, str(db)], env=env, capture_output=True,
                       text=True, timeout=120)
    line = next((x for x in r.stdout.splitlines() if x.startswith("at first paint:")), "")
    assert "DejaVuSans.ttf" in line and "NotoSansArabic-Regular.ttf" in line, r.stdout + r.stderr
    assert ("NotoSansCJKsc-Regular.otf" in line) is han and ("NotoSansCJKsc-Bold.otf" in line) is han, line


def test_a_probe_of_the_start_leaves_the_preferences_as_they_were(tmp_path, demo_db):
    """``gui --exit-after-show`` (the benchmarks', the bundle's and these tests' probe of the start)
    ends without the window's close, which saves its state and sizes: no preferences file written."""
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db[0], db)
    r = subprocess.run([sys.executable, "-m", "capacity_app", "--db", str(db), "gui", "--exit-after-show"],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "config").rglob("*") if p.is_file()) == []
