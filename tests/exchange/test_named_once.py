"""A refused file is named once in its error line (an empty CSV said 'e.csv: e.csv: the
file is empty', an empty package 'empty.zip: empty.zip: the package is empty')."""
from __future__ import annotations

import zipfile

import pytest
from click.testing import CliRunner


@pytest.mark.parametrize("name, make, says", [
    ("e.csv", lambda p: p.write_bytes(b""), "the file is empty"),
    ("empty.zip", lambda p: zipfile.ZipFile(p, "w").close(), "the package is empty"),
])
def test_the_file_is_named_once(tmp_path, name, make, says):
    from capacity_app.cli import main
    from capacity_app.services.assessments import open_store

    db = tmp_path / "capacity.sqlite3"
    open_store(db).close()
    path = tmp_path / name
    make(path)
    res = CliRunner().invoke(main, ["--db", str(db), "import", str(path)])
    assert res.exit_code == 2, res.output
    line = res.output.strip()
    assert "\n" not in line and says in line and line.count(name) == 1, line
