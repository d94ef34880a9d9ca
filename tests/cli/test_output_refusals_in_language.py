"""An output that could not be written, or whose place was refused, is said in the user's language
on the command line and in the window (``domain.retold`` from the ``cli.out.*`` entries): each line
the writers make (``files.output_error``, ``files.check_output_target``, ``services.outputs``), for
every output the code names and every reason, comes out in each other language with no English
word of its own left; the file names in it are carried over as they were.

The outputs are found in the code itself (every ``"the …"`` handed to a writer as what it writes),
so a new output without its line fails here."""
from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from capacity_app.domain.retold import retold
from capacity_app.files import OutputError, check_output_target, output_error
from capacity_app.services.outputs import SIDE_FILES, check_output_folder, refusal

OTHERS = ["fr", "es", "ar", "zh", "ru", "pt"]
ROOT = Path(__file__).resolve().parents[2] / "capacity_app"
WRITERS = ("check_store_output", "check_output_path", "check_output_folder", "replace_atomically", "output_error",
           "check_output_target", "write_document")
# the English words of these lines, none of which a translated line keeps (file names aside)
ENGLISH = re.compile(r"\b(?:was|were|not|written|output|never|replaces|choose|another|folder|file|files|is|"
                     r"the|disk|full|permission|exists?|symbolic|link|nothing|aggregation)\b")
PATH = "/srv/missions/out.xlsx"


def _named_outputs() -> set[tuple[str, bool]]:
    """Every output the code hands a writer by name, and whether it names several files (a
    folder's: ``check_output_folder``): ("the report", False), ("the forms", True) ..."""
    call = re.compile(r"\b(" + "|".join(WRITERS) + r")\((?:[^()]|\([^()]*\))*?\"(the [^\"]+)\"", re.DOTALL)
    found: set[tuple[str, bool]] = {("the files", True)}  # check_output_folder's own default
    for path in ROOT.rglob("*.py"):
        found.update((what, fn == "check_output_folder") for fn, what in call.findall(path.read_text(encoding="utf-8")))
    return found


def _lines(tmp_path: Path) -> list[str]:
    """The lines a writer makes: each output with each reason, and each refused place."""
    outputs = _named_outputs()
    assert {("the report", False), ("the settings file", False), ("the forms", True)} <= outputs  # found
    out = []
    for what, plural in sorted(outputs):
        for code in (errno.ENOSPC, errno.EACCES, errno.ENOENT, errno.EFBIG, errno.ENOTDIR):
            out.append(str(output_error(PATH, OSError(code, os.strerror(code)), what, plural=plural)))
    link, folder, fifo = tmp_path / "l1.pdf", tmp_path / "d1.pdf", tmp_path / "p1.pdf"
    link.symlink_to(tmp_path / "e1.pdf")
    folder.mkdir()
    os.mkfifo(fifo)
    for place in (link, folder, fifo):
        with pytest.raises(OutputError) as refused:
            check_output_target(place, "the report")
        out.append(str(refused.value))
    with pytest.raises(OutputError) as refused:
        check_output_folder(_a_file(tmp_path), what="the forms")
    out.append(str(refused.value))
    db = tmp_path / "capacity.sqlite3"
    for suffix, _what in SIDE_FILES:
        said = refusal(Path(str(db) + suffix), db)
        assert said is not None
        out.append(said)
    out.append(str(refusal(tmp_path / "backups" / "x.xlsx", db)))
    return out


def _a_file(tmp_path: Path) -> Path:
    f = tmp_path / "f1"
    f.write_text("x", encoding="utf-8")
    return f


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("lang", OTHERS)
def test_every_output_refusal_is_said_in_the_language(lang, tmp_path):
    for line in _lines(tmp_path):
        said = retold(line, lang)
        assert said != line, (lang, line)
        # the paths aside, no English word of the line's own is left
        words = ENGLISH.findall(said.replace(PATH, "").replace(str(tmp_path), ""))
        assert words == [], (lang, line, said)


def test_the_command_line_says_an_output_it_could_not_write_in_french(tmp_path, cli_run, monkeypatch):
    """``report`` into a folder that is a file: the line in French, the path as given."""
    assert cli_run("demo", "--out", str(tmp_path / "demo")).exit_code == 0
    blocker = _a_file(tmp_path)
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    r = cli_run("report", "1", "--pdf", str(blocker / "x.pdf"))
    assert r.exit_code != 0
    line = r.output.strip().splitlines()[-1]
    assert f"{blocker / 'x.pdf'} : " in line and "le rapport n'a pas été écrit" in line, line
    assert "was not written" not in line
