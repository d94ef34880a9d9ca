"""A temporary copy of the package in which a test declares a new field as a maintainer would,
then runs a script through the copy's command line in a process of its own (the tests of a field
declared once: an action's text, a cost line's field)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def edit(path: Path, old: str, new: str) -> None:
    """``old`` replaced by ``new`` in ``path``, where it occurs exactly once."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def copy_package(tmp: Path) -> Path:
    """The package copied into ``tmp`` (its resources and assessments linked, not copied), with its
    compiled modules: copied with their times, a module's compiled file stays valid until the test
    edits its source (Python compares the source's time and size), so the copy's process compiles
    only what the test changed, as an installed package's would."""
    pkg = tmp / "capacity_app"
    shutil.copytree(ROOT / "capacity_app", pkg, ignore=shutil.ignore_patterns("_data"))
    for data in ("resources", "assessments"):
        (tmp / data).symlink_to(ROOT / data, target_is_directory=True)
    return pkg


def declare(pkg: Path, declaration: str, entry: str) -> None:
    """``entry`` added at the end of the tuple ``declaration`` of ``domain/plan/fields.py``."""
    fields = pkg / "domain" / "plan" / "fields.py"
    text = fields.read_text(encoding="utf-8")
    end = text.index("\n)\n", text.index(f"{declaration}: tuple"))
    fields.write_text(text[:end] + "\n    " + entry + text[end:], encoding="utf-8")


# what every flow script starts with, written beside it as ``flowlib.py``: the copy's command line
# (``cli``), a runner (``runner``) and ``run(*args)``: a command on the script's database that
# must succeed, its output
_FLOWLIB = """
import sys
from click.testing import CliRunner
from capacity_app.cli import main as cli

runner = CliRunner()


def run(*args):
    r = runner.invoke(cli, ["--db", sys.argv[1], *args], catch_exceptions=False)
    assert r.exit_code == 0, (args, r.output)
    return r.output
"""


def run_flow(tmp_path: Path, copy: Path, script: str) -> dict:
    """``script`` run in ``copy`` (argv: a new database, an output folder; ``flowlib`` beside it),
    its last line of output read as JSON."""
    path = copy / "flow.py"
    path.write_text(script, encoding="utf-8")
    (copy / "flowlib.py").write_text(_FLOWLIB, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen",
           "CAPACITY_APP_DATA": str(tmp_path / "data"), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, str(path), str(tmp_path / "db.sqlite3"), str(out)], cwd=copy,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
