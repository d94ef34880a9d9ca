"""The standalone bundle, as a user gets it: the .tar.gz unpacked into an empty folder and run with an
emptied environment (``env -i``, a fresh HOME, no Python on PATH, and, where the kernel lets us, the
build's virtual environment, the checkout and the interpreter's own installation hidden under empty
folders in a private mount namespace).

Building takes a minute or more, so ``make test`` skips this module; ``make bundle-test`` (and
``make reliability``) builds the bundle and runs it with CAPACITY_BUNDLE_TEST=1. Another archive can
be tested with CAPACITY_BUNDLE_ARCHIVE=path/to/capacity-app-....tar.gz.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import warnings
from pathlib import Path

import pytest

import capacity_app

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("CAPACITY_BUNDLE_TEST") != "1",
                       reason="builds and runs the standalone bundle: make bundle-test"),
]

REPO = Path(__file__).resolve().parents[2]
ARCHIVE = Path(os.environ.get("CAPACITY_BUNDLE_ARCHIVE") or
               REPO / "dist" / f"capacity-app-{capacity_app.__version__}-linux-{platform.machine()}.tar.gz")
MAX_UNPACKED_MB = 350  # the six languages' fonts (docs/packaging.md)
TITLE_EN = "Migration data capacity assessment"
TITLE_FR = "Évaluation des capacités en matière de données migratoires"


def _folders_to_hide() -> list[str]:
    """What the bundle must not need: the checkout, the build's virtual environment and the
    interpreter installation it came from (and the system's Python libraries)."""
    candidates = {REPO, Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix),
                  Path(sys.base_exec_prefix)}
    candidates |= {p for p in Path("/usr/lib").glob("python3*")}
    candidates |= {p for p in Path("/usr/local/lib").glob("python3*")}
    hidden = []
    for path in sorted(candidates, key=lambda p: len(p.parts)):
        path = path.resolve()
        if path in (Path("/"), Path("/usr"), Path("/usr/local")) or not path.is_dir():
            continue
        if any(path.is_relative_to(h) for h in map(Path, hidden)):
            continue
        hidden.append(str(path))
    return hidden


def _can_hide() -> bool:
    if not shutil.which("unshare"):
        return False
    r = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                        "mount -t tmpfs none /mnt && umount /mnt"], capture_output=True, timeout=30, check=False)
    return r.returncode == 0


class Bundle:
    """The unpacked bundle and an emptied environment to run it in."""

    def __init__(self, root: Path, work: Path):
        self.root = root
        self.exe = root / "capacity-app"
        self.work = work
        self.home = work / "home"
        self.home.mkdir()
        self.empty_bin = work / "bin"  # PATH: a folder with nothing in it (no python, no tools)
        self.empty_bin.mkdir()
        self.hide = _folders_to_hide() if _can_hide() else []
        if not self.hide:
            warnings.warn("unshare is not available: the bundle runs with env -i and no Python on PATH, "
                          "but the build's virtual environment is not hidden", stacklevel=2)

    def env(self, **extra: str) -> dict[str, str]:
        env = {"HOME": str(self.home), "PATH": str(self.empty_bin), "LANG": "C.UTF-8"}
        env.update(extra)
        return env

    def command(self, *args: str, **env: str) -> list[str]:
        """The command line that runs the bundle with ``args`` in the emptied environment; its
        process is the bundle's own (env, unshare and sh each exec the next)."""
        command = ["env", "-i", *(f"{k}={v}" for k, v in self.env(**env).items()), str(self.exe), *args]
        if self.hide:
            mounts = " && ".join(f"mount -t tmpfs -o size=1m none '{h}'" for h in self.hide)
            command = ["unshare", "-m", "--propagation", "private", "sh", "-c",
                       f'{mounts} && exec "$@"', "sh", *command]
        return command

    def run(self, *args: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*args, **env), cwd=self.work, capture_output=True, text=True,
                              timeout=timeout, check=False)

    def ok(self, *args: str, **env: str) -> subprocess.CompletedProcess:
        r = self.run(*args, **env)
        assert r.returncode == 0, f"capacity-app {' '.join(args)} exited {r.returncode}:\n{r.stderr[-3000:]}"
        return r


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Bundle:
    assert ARCHIVE.is_file(), f"{ARCHIVE} not found: run make bundle"
    unpacked = tmp_path_factory.mktemp("unpacked")
    assert not any(unpacked.iterdir())
    with tarfile.open(ARCHIVE) as tar:
        if hasattr(tarfile, "tar_filter"):  # Python 3.11.4 and later
            tar.extractall(unpacked, filter="tar")
        else:  # Debian 12's Python 3.11.2 has no filter: what the "tar" filter refuses, refused here
            inside = unpacked.resolve()
            links: set[str] = set()
            for member in tar.getmembers():
                parts = Path(member.name).parts
                assert not Path(member.name).is_absolute() and ".." not in parts, member.name
                # nothing written through a link the archive made (a link's ".." is judged on the tree
                # before it exists, so a link is never a folder of another member)
                assert not any("/".join(parts[:i]) in links for i in range(1, len(parts))), member.name
                assert not (member.isdev() or member.isfifo()), member.name
                if member.issym() or member.islnk():
                    target = Path(member.linkname)
                    assert not target.is_absolute() and ".." not in target.parts, (member.name, member.linkname)
                    links.add("/".join(parts))
                assert (unpacked / member.name).resolve().is_relative_to(inside), member.name
            tar.extractall(unpacked)
    root = unpacked / "capacity-app"
    assert root.is_dir(), sorted(p.name for p in unpacked.iterdir())
    return Bundle(root, tmp_path_factory.mktemp("work"))


def _size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def test_the_bundle_is_whole_and_small_enough(bundle):
    assert _size_mb(bundle.root) <= MAX_UNPACKED_MB
    internal = bundle.root / "_internal"
    # WeasyPrint's libraries (opened by name at run time) travel with the bundle
    for lib in ("libpango-1.0.so.0", "libpangoft2-1.0.so.0", "libharfbuzz.so.0", "libfontconfig.so.1",
                "libgobject-2.0.so.0", "libfreetype.so.6", "libpython3.11.so.1.0"):
        assert (internal / lib).is_file(), lib
    data = internal / "capacity_app" / "_data"
    for name in ("assessments/questionnaire.yaml", "resources/report/fonts/DejaVuSans.ttf",
                 "resources/i18n/capacity_app_fr.qm", "resources/styles/app.qss"):
        assert (data / name).is_file(), name
    assert (internal / "fonts.conf").is_file()
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so").is_file()
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert list((internal / "PySide6" / "Qt" / "translations").glob("qtbase_fr.qm"))
    desktop = (bundle.root / "capacity-app.desktop").read_text(encoding="utf-8")
    assert "Exec=capacity-app gui" in desktop and f"Name[fr]={TITLE_FR}" in desktop
    assert (bundle.root / "capacity-app.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert os.access(bundle.root / "install-desktop-entry.sh", os.X_OK)
    # only the Qt modules the application uses
    qt_modules = sorted(p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so"))
    assert qt_modules == ["QtCore", "QtGui", "QtSvg", "QtWidgets"]


def test_no_python_is_reachable(bundle):
    r = bundle.run("--version")
    assert r.returncode == 0, r.stderr
    probe = subprocess.run(["env", "-i", f"PATH={bundle.empty_bin}", "/bin/sh", "-c",
                            "command -v python3 || command -v python || echo none"],
                           capture_output=True, text=True, check=False)
    assert probe.stdout.strip() == "none"


def test_same_version_help_and_messages_as_the_installed_command(bundle, tmp_path):
    r = bundle.ok("--version")
    assert r.stdout.strip() == f"capacity-app, version {capacity_app.__version__}"
    installed = [sys.executable, "-m", "capacity_app"]
    env = dict(os.environ, CAPACITY_APP_DATA=str(tmp_path / "data"))
    for args in (["--help"], ["report", "--help"], ["--db", str(tmp_path / "x.sqlite3"), "score", "42"],
                 ["frobnicate"]):
        mine = bundle.run(*args)
        theirs = subprocess.run([*installed, *args], capture_output=True, text=True, env=env, timeout=120, check=False)
        assert (mine.returncode, mine.stdout, mine.stderr) == (theirs.returncode, theirs.stdout, theirs.stderr), args


def test_demo_report_in_french_with_its_data_attached(bundle):
    from pypdf import PdfReader

    bundle.ok("--db", "mission.sqlite3", "demo", "--out", "demo")
    assert (bundle.work / "demo" / "report.pdf").is_file()
    listed = json.loads(bundle.ok("--db", "mission.sqlite3", "list", "--json").stdout)
    assert [a["country"] for a in listed] == ["XVL"]
    ident = str(listed[0]["id"])
    bundle.ok("--db", "mission.sqlite3", "report", ident, "--pdf", "rapport.pdf", "--lang", "fr")
    reader = PdfReader(bundle.work / "rapport.pdf")
    assert len(reader.pages) >= 20
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert "Résumé analytique" in "".join(reader.pages[i].extract_text() for i in range(4))
    attached = json.loads(reader.attachments["assessment.json"][0])
    assert attached["assessment"]["country"] == "XVL"
    # WeasyPrint loaded the bundle's Pango and HarfBuzz, not the system's
    r = bundle.ok("--db", "mission.sqlite3", "report", ident, "--pdf", "traced.pdf", LD_DEBUG="libs")
    internal = bundle.root / "_internal"
    for lib in ("libpango-1.0.so.0", "libharfbuzz.so.0", "libfontconfig.so.1", "libgobject-2.0.so.0"):
        loaded = {line.split("calling init:", 1)[1].strip() for line in r.stderr.splitlines()
                  if "calling init:" in line and line.rstrip().endswith("/" + lib)}
        assert loaded == {str(internal / lib)}, (lib, loaded)
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages[:3]
             for font in (page["/Resources"].get("/Font") or {}).values()}
    assert fonts and all("+Report-Sans" in f for f in fonts), fonts  # the bundled faces, subset


def test_window_worker_process_runs_from_the_bundle(bundle):
    """The window writes reports in a worker process spawned from its own executable: in the
    bundle that is ``capacity-app --multiprocessing-fork ...`` (and a resource tracker), which the
    entry script must divert to multiprocessing instead of the command line (tests/bundle/spawn_probe.py)."""
    if not (bundle.work / "mission.sqlite3").exists():
        bundle.ok("--db", "mission.sqlite3", "demo", "--out", "demo")
    pdf = bundle.work / "from-worker.pdf"
    r = subprocess.run([sys.executable, str(Path(__file__).with_name("spawn_probe.py")), str(bundle.exe),
                        str(bundle.work / "mission.sqlite3"), "1", str(pdf)],
                       capture_output=True, text=True, timeout=300, check=False)
    assert r.returncode == 0, r.stderr[-3000:]
    outcome = json.loads(r.stdout.strip().splitlines()[-1])
    assert outcome["last"] == ["done", str(pdf)] and outcome["exitcode"] == 0, (outcome, r.stderr[-3000:])
    assert outcome["progress"] > 0
    assert "No such option" not in r.stderr and "died unexpectedly" not in r.stderr, r.stderr[-3000:]
    assert pdf.read_bytes()[:5] == b"%PDF-"


def _answers_rows(path: Path) -> list[tuple]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in wb["Answers"].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_workbook_exports_and_imports_into_another_database(bundle):
    if not (bundle.work / "mission.sqlite3").exists():
        bundle.ok("--db", "mission.sqlite3", "demo", "--out", "demo")
    bundle.ok("--db", "mission.sqlite3", "export", "1", "--xlsx", "veloria.xlsx", "--lang", "en")
    rows = _answers_rows(bundle.work / "veloria.xlsx")
    assert len(rows) > 100 and rows[0][:3] == ("Section", "Answer key", "Question")
    r = bundle.ok("--db", "unsd.sqlite3", "import", "veloria.xlsx")
    assert "XVL" in r.stdout + r.stderr
    listed = json.loads(bundle.ok("--db", "unsd.sqlite3", "list", "--json").stdout)
    assert [a["country"] for a in listed] == ["XVL"]
    bundle.ok("--db", "unsd.sqlite3", "export", str(listed[0]["id"]), "--xlsx", "again.xlsx", "--lang", "en")
    assert _answers_rows(bundle.work / "again.xlsx") == rows  # every answer, flag and comment came back
    mine = json.loads(bundle.ok("--db", "mission.sqlite3", "score", "1", "--json").stdout)
    theirs = json.loads(bundle.ok("--db", "unsd.sqlite3", "score", str(listed[0]["id"]), "--json").stdout)
    assert mine == theirs


def test_aggregate_workbooks(bundle):
    import openpyxl

    if not (bundle.work / "veloria.xlsx").exists():
        bundle.ok("--db", "mission.sqlite3", "demo", "--out", "demo")
        bundle.ok("--db", "mission.sqlite3", "export", "1", "--xlsx", "veloria.xlsx")
    for country in ("KEN", "MEX"):
        ident = bundle.ok("--db", "others.sqlite3", "new", "--country", country, "--round", "2025").stdout.split()[-1]
        bundle.ok("--db", "others.sqlite3", "set", ident, "s0_lead_institution", f"Statistics office of {country}")
        bundle.ok("--db", "others.sqlite3", "export", ident, "--xlsx", f"{country.lower()}.xlsx")
    # two workbooks (the plain path), then three (worker processes of the bundled executable)
    for files, name in ((["veloria.xlsx", "ken.xlsx"], "two.xlsx"),
                        (["veloria.xlsx", "ken.xlsx", "mex.xlsx"], "three.xlsx")):
        bundle.ok("aggregate", *files, "--xlsx", name, "--quiet")
        wb = openpyxl.load_workbook(bundle.work / name, read_only=True)
        try:
            text = {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
        finally:
            wb.close()
        for code in ("XVL", "KEN", "MEX")[:len(files)]:
            assert code in text, (name, code)


def test_window_shows_offscreen_in_english_and_french(bundle):
    if not (bundle.work / "mission.sqlite3").exists():
        bundle.ok("--db", "mission.sqlite3", "demo", "--out", "demo")
    for lang, title in (("C.UTF-8", TITLE_EN), ("fr_FR.UTF-8", TITLE_FR)):
        shown = bundle.work / f"shown-{lang}.json"
        bundle.ok("--db", "mission.sqlite3", "gui", "--exit-after-show", QT_QPA_PLATFORM="offscreen",
                  CAPACITY_APP_SHOWN=str(shown), LANG=lang)
        seen = json.loads(shown.read_text(encoding="utf-8"))
        assert seen["title"] == title and seen["visible"] and seen["width"] > 400, seen
        # French: the application's catalogue and Qt's own (qtbase_fr, found next to the bundled Qt)
        assert seen["translators"] == (2 if lang.startswith("fr") else 0), seen


def test_default_data_folder_is_the_installed_commands(bundle):
    shown = bundle.work / "shown-default.json"
    bundle.ok("gui", "--exit-after-show", QT_QPA_PLATFORM="offscreen", CAPACITY_APP_SHOWN=str(shown))
    assert (bundle.home / ".local" / "share" / "capacity-app" / "capacity.sqlite3").is_file()
    assert json.loads(shown.read_text(encoding="utf-8"))["title"] == TITLE_EN


def test_the_window_leaves_no_process_behind_on_sigterm_or_sigkill(bundle):
    """As a user meets it: two bundled windows wait for their warm report worker (spawned
    from the bundle's executable, with its resource tracker); one gets SIGTERM (a logout) and
    closes as the officer's close does, the other SIGKILL (a crash); a few seconds later none of
    the processes either started is alive (tests/reliability/scenarios_lifecycle.py)."""
    sys.path.insert(0, str(REPO / "tests" / "reliability"))
    from scenarios_lifecycle import FAST_ROUNDS, scenario_window_ends

    def start(folder: Path) -> subprocess.Popen:
        folder.mkdir(parents=True)
        with open(folder / "stderr.txt", "w") as err:  # a pipe would stay open in a leftover
            return subprocess.Popen(
                bundle.command("--db", str(folder / "a.sqlite3"), "gui", QT_QPA_PLATFORM="offscreen",
                               HOME=str(folder), CAPACITY_APP_DATA=str(folder / "data")),
                cwd=folder, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)

    fig = scenario_window_ends(bundle.work / "window-ends", FAST_ROUNDS, start=start)
    assert fig["ok"] and fig["with_worker"] == 2, fig


def test_without_a_display_the_window_says_so_in_one_line(bundle):
    r = bundle.run("gui")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("capacity-app: no display found"), r.stderr
