"""Test set-up: offscreen Qt, a private user-data folder, pinned locale."""
import os
import shutil
import sys
from pathlib import Path
from typing import Any, NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = os.environ.get("LC_ALL", "C.UTF-8")
os.environ["CAPACITY_APP_LANG"] = "en"  # the command line speaks English in the suite (cli/said.py); a test sets another

import pytest


GUI_TESTS = Path(__file__).resolve().parent / "gui"
# the test extras the tests import (pyproject.toml): a missing one stops the run, never skips tests
TEST_DEPENDENCIES = {"pytestqt": "pytest-qt", "hypothesis": "hypothesis", "pypdf": "pypdf", "pandas": "pandas",
                     "psutil": "psutil", "xdist": "pytest-xdist"}


def pytest_configure(config):
    import importlib.util

    missing = [dist for module, dist in TEST_DEPENDENCIES.items() if importlib.util.find_spec(module) is None]
    if missing:
        raise pytest.UsageError(f"missing test dependencies: {', '.join(missing)}; "
                                "install the test extras: pip install -e '.[test]' (make test does)")


@pytest.fixture(autouse=True)
def _collector_stays_on(request):
    """Python's cyclic collector is on in every test outside tests/gui, as it is in production
    outside the window: a test that turns it off and leaves it off fails here, instead of running
    every later test under conditions production never has. GUI tests run as the window does
    (gui/gc_guard: collection from the GUI thread's timer), and tests/gui/conftest.py gives the
    collector back after the last of them before a test of another folder."""
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


@pytest.fixture(scope="session")
def fill_to_validate():
    """``fill(store, assessment_id)``: the demo's answers (98 % of the primary questions known)
    written where the assessment has none, so that its validation is not refused for completeness
; every answer it had is kept."""
    def fill(store, assessment_id):
        from capacity_app.catalog.loader import load_bundled
        from capacity_app.services.demo import demo_answers

        kept = store.answers(assessment_id)
        answers = [a for a in demo_answers(load_bundled()) if a.key not in kept]
        store.replace_answers(assessment_id, answers + list(kept.values()), note="test: filled to validate")
    return fill


_MADE: dict[str, Path] = {}


def made_once(tmp_path_factory, name: str, make, *, across_workers: bool = False) -> Path:
    """A folder made once per test process: the first call runs ``make(folder)``, later calls with
    the same name return the same folder. Read the folder's files only (copy one before writing).

    ``across_workers``: made once per run instead, for pytest-xdist's workers all together (a
    rendered report: every worker whose tests read the French report used to lay it out again).
    The first worker to need it makes it under a lock in the run's shared temporary folder; the
    others wait for it (they would otherwise spend the same time making their own). Only what
    ``make`` writes is shared, so it must write everything its readers need into ``folder``."""
    if name in _MADE:
        return _MADE[name]
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not (across_workers and worker):
        folder = tmp_path_factory.mktemp(name)
        make(folder)
    else:
        folder = _made_by_one_worker(tmp_path_factory.getbasetemp().parent / "made-once", name, make)
    _MADE[name] = folder
    return folder


def _made_by_one_worker(root: Path, name: str, make) -> Path:
    """``root/name`` made by ``make`` once, whichever worker comes first (a lock file beside it)."""
    import time

    from capacity_app.files import lock_exclusive, unlock

    root.mkdir(parents=True, exist_ok=True)
    folder, done = root / name, root / f"{name}.done"
    fd = os.open(root / f"{name}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        while True:
            try:
                lock_exclusive(fd)
                break
            except OSError:  # another worker is making it
                time.sleep(0.1)
        try:
            if not done.exists():
                shutil.rmtree(folder, ignore_errors=True)  # a make that failed in another worker
                folder.mkdir()
                make(folder)
                done.touch()
        finally:
            unlock(fd)
    finally:
        os.close(fd)
    return folder


@pytest.fixture(scope="session")
def make_once(tmp_path_factory):
    """:func:`made_once` for a conftest.py below this one: ``make_once(name, make)`` -> the folder
    (``make_once(name, make, across_workers=True)``: once per run)."""
    return lambda name, make, **kw: made_once(tmp_path_factory, name, make, **kw)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """A database holding the demo assessment, made once per test process and copied for
    each session: (path, assessment id). Read it only; a test that writes makes its own."""
    import json

    def make(folder: Path) -> None:
        from capacity_app.services.assessments import open_store
        from capacity_app.services.demo import create_demo

        with open_store(folder / "demo.sqlite3", backup_dir=folder / "backups") as store:
            aid = create_demo(store).id
        (folder / "demo.json").write_text(json.dumps({"id": aid}))

    folder = made_once(tmp_path_factory, "demo-db", make)
    return folder / "demo.sqlite3", json.loads((folder / "demo.json").read_text())["id"]


class RenderedReport(NamedTuple):
    ctx: Any  # reports.model.ReportContext
    path: Path  # the PDF
    progress: list  # the fractions its progress reported, in order
    pages: list  # each page's text, as pypdf extracts it (read by tests/pdf_text.py)
    layout: dict  # tests/layout_checks.py's findings on the document as laid out for this PDF


@pytest.fixture(scope="session")
def demo_report(demo_db, tmp_path_factory):
    """The demo's PDF report in a language, rendered once per test process through the pipeline
    the application uses (services.reports, :func:`made_once`):
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
            folder = made_once(tmp_path_factory, f"demo-report-{lang}", lambda f: make(lang, f),
                               across_workers=True)
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
