"""Test set-up: offscreen Qt, a private user-data folder, pinned locale."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = os.environ.get("LC_ALL", "C.UTF-8")

import pytest


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
