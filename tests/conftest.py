"""Test set-up: offscreen Qt, a private user-data folder, pinned locale."""
import os
import sys
from pathlib import Path
from typing import Any, NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = os.environ.get("LC_ALL", "C.UTF-8")

import pytest


GUI_TESTS = Path(__file__).resolve().parent / "gui"
# the test extras the tests import (pyproject.toml): a missing one stops the run, never skips tests
TEST_DEPENDENCIES = {"pytestqt": "pytest-qt", "hypothesis": "hypothesis", "pypdf": "pypdf", "pandas": "pandas",
                     "psutil": "psutil", "xdist": "pytest-xdist", "filelock": "filelock"}


def pytest_configure(config):
    import importlib.util

    missing = [dist for module, dist in TEST_DEPENDENCIES.items() if importlib.util.find_spec(module) is None]
    if missing:
        raise pytest.UsageError(f"missing test dependencies: {', '.join(missing)}; "
                                "install the test extras: pip install -e '.[test]' (make test does)")


def pytest_collection_modifyitems(session, config, items):
    """In a parallel run (pytest-xdist's worker processes each collect), the test files in the
    order of tests/file_costs.txt, longest first: `make test` runs them with --dist loadfile
    --no-loadscope-reorder, so xdist hands each worker the next file in this order, and the short
    files fill the end of the run instead of one long file running alone while the other cores
    wait (xdist's own order, by number of tests, started the three-test hostile-input file 55 s
    before the end). Every worker sorts the same collection the same way."""
    from file_order import FILE_COSTS, longest_files_first, read_file_costs

    if not hasattr(config, "workerinput") or not FILE_COSTS.is_file():
        return
    root = str(config.rootpath)
    costs = read_file_costs(FILE_COSTS.read_text(encoding="utf-8"))
    items[:] = longest_files_first(items, costs, lambda item: Path(os.path.relpath(str(item.path), root)).as_posix())


def _freeze_what_lives() -> None:
    """Collect, then move every object still alive out of the cyclic collector's view
    (``gc.freeze()``), as the window does once it has started (gui/app.end_of_startup). The
    collector stays on and sees every object a test makes; it no longer rescans, at each of its
    full collections, the modules, fixtures and caches that live until the run's end. Without this
    a worker's full collections took about a fifth of its CPU time (95 s of 434 s for the suite,
    measured with gc.callbacks)."""
    import gc

    gc.collect()
    gc.freeze()


def pytest_collection_finish(session):
    _freeze_what_lives()  # the modules collection imported


@pytest.fixture(scope="module", autouse=True)
def _freeze_between_modules():
    """After each test module (its own module fixtures are gone by then: this one is set up
    first, so it is torn down last), what lives on (session fixtures, modules imported on the way)
    is frozen too. The module's cyclic garbage is collected first, so none of it is kept."""
    yield
    _freeze_what_lives()


@pytest.fixture(autouse=True)
def _collector_stays_on(request):
    """Python's cyclic collector is on in every test outside tests/gui, as it is in production
    outside the window: a test that turns it off and leaves it off fails here, instead of running
    every later test under conditions production never has. GUI tests run as the window does
    (gui/gc_guard: collection from the GUI thread's timer), and tests/gui/conftest.py gives the
    collector back at the end of each of their modules."""
    import gc

    if GUI_TESTS in Path(str(request.node.path)).parents:
        yield
        return
    assert gc.isenabled(), "Python's cyclic collector is off: an earlier test or module left it off"
    yield
    if not gc.isenabled():
        gc.enable()
        pytest.fail("this test left Python's cyclic collector off (gc.disable() without gc.enable())")


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CAPACITY_APP_DATA", str(data))
    monkeypatch.delenv("CAPACITY_APP_DB", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite3"


@pytest.fixture
def questionnaire():
    from capacity_app.catalog.loader import load_bundled

    return load_bundled()


@pytest.fixture
def store(db_path):
    from capacity_app.services.assessments import open_store

    s = open_store(db_path)
    yield s
    s.close()


def made_once(tmp_path_factory, worker_id: str, name: str, make) -> Path:
    """A folder made once per test run and shared by pytest-xdist's worker processes (the recipe of
    xdist's documentation: a lock file in the run's common temporary folder): the first worker to
    ask calls ``make(folder)``, the others wait for it and read what it wrote. Read the folder's
    files only (copy one before writing to it)."""
    import shutil

    from filelock import FileLock

    if worker_id == "master":  # no xdist: a folder of this session's own
        folder = tmp_path_factory.mktemp(name)
        make(folder)
        return folder
    folder = tmp_path_factory.getbasetemp().parent / f"made-once-{name}"
    with FileLock(str(folder) + ".lock"):
        if not (folder / ".made").exists():
            shutil.rmtree(folder, ignore_errors=True)  # a worker that failed half-way
            folder.mkdir()
            make(folder)
            (folder / ".made").touch()
    return folder


@pytest.fixture(scope="session")
def make_once(tmp_path_factory, worker_id):
    """:func:`made_once` for a conftest.py below this one: ``make_once(name, make)`` -> the folder."""
    return lambda name, make: made_once(tmp_path_factory, worker_id, name, make)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, worker_id):
    """A database holding the demo assessment, made once per test run and copied into each
    worker's session (so every worker's demo, and the reports made from it, are the same to the
    byte): (path, assessment id). Read it only; a test that writes makes its own."""
    import json
    import shutil

    def make(folder: Path) -> None:
        from capacity_app.services.assessments import open_store
        from capacity_app.services.demo import create_demo

        with open_store(folder / "demo.sqlite3", backup_dir=folder / "backups") as store:
            aid = create_demo(store).id
        (folder / "demo.json").write_text(json.dumps({"id": aid}))

    shared = made_once(tmp_path_factory, worker_id, "demo-db", make)
    folder = tmp_path_factory.mktemp("demo-db")
    shutil.copyfile(shared / "demo.sqlite3", folder / "demo.sqlite3")  # closed: no -wal left to copy
    return folder / "demo.sqlite3", json.loads((shared / "demo.json").read_text())["id"]


class RenderedReport(NamedTuple):
    ctx: Any  # reports.model.ReportContext
    path: Path  # the PDF
    progress: list  # the fractions its progress reported, in order
    pages: list  # each page's text, as pypdf extracts it
    layout: dict  # tests/layout_checks.py's findings on the document as laid out for this PDF


@pytest.fixture(scope="session")
def demo_report(demo_db, tmp_path_factory, worker_id):
    """The demo's PDF report in a language, rendered once per test run through the pipeline the
    application uses (services.reports) and shared by the workers (:func:`made_once`):
    ``demo_report("fr")`` -> :class:`RenderedReport`. A PDF takes seconds to lay out and as many
    to read back: every test that only reads the demo report shares these. WeasyPrint's laid-out
    document is not kept (tests/reports/conftest.py says why): its layout is checked while it
    exists (tests/layout_checks.py) and the findings are kept."""
    from made_reports import keep, kept

    rendered: dict[str, RenderedReport] = {}

    def make(lang: str, folder: Path) -> None:
        from layout_checks import findings

        from capacity_app.reports.pdf import render_report_pdf
        from capacity_app.services.assessments import open_store
        from capacity_app.services.reports import build_report_context

        path, aid = demo_db
        seen: list = []
        layout: dict = {}
        with open_store(path, readonly=True) as store:
            ctx = build_report_context(store, None, aid, lang)
        render_report_pdf(ctx, folder / "report.pdf", progress=lambda f, m: seen.append(f),
                          laid_out=lambda doc: layout.update(findings(doc, ctx)))
        keep(folder, folder / "report.pdf", ctx, progress=seen, layout=layout)

    def render(lang: str) -> RenderedReport:
        if lang not in rendered:
            folder = made_once(tmp_path_factory, worker_id, f"demo-report-{lang}", lambda f: make(lang, f))
            ctx, read = kept(folder)
            rendered[lang] = RenderedReport(ctx, folder / "report.pdf", read["progress"], read["pages"],
                                            read["layout"])
        return rendered[lang]

    return render


@pytest.fixture
def cli_run(tmp_path):
    """Run the CLI in a subprocess-free way with click's runner against a file database."""
    from click.testing import CliRunner

    from capacity_app.cli import main

    runner = CliRunner()
    db = tmp_path / "cli.sqlite3"

    def run(*args, input=None):
        return runner.invoke(main, ["--db", str(db), *map(str, args)], input=input, catch_exceptions=False)

    run.db = db
    return run


PYTHON = sys.executable
