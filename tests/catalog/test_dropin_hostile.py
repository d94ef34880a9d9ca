"""A dropped-in language catalogue attacked (catalog/languages.py, the header read at every start):
a FIFO named ``ka.po`` (before: every start hung, waiting for a writer), a link to /dev/zero, a
folder, a 51 MB file, a language the application has, the same language in two folders, names
with direction overrides: each left out in one line naming the file, the other languages read, in
a fresh process within a timeout. Valid spellings are taken: a byte-order mark and CRLF (before:
"it does not start with a PO header"), a header whose file has a character cut at the 16 KB read
(before: "its header is not UTF-8 text")."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from capacity_app.catalog.languages import HEADER_MAX


def _header(code: str, **fields: str) -> str:
    lines = [f"Language: {code}", "Content-Type: text/plain; charset=UTF-8",
             *(f"{k.replace('_', '-')}: {v}" for k, v in fields.items())]
    return 'msgid ""\nmsgstr ""\n' + "".join(f'"{line}\\n"\n' for line in lines) + "\n"


def _read(*folders) -> tuple[list[str], list[str]]:
    """The languages' codes and the problems, read in a fresh process (a hang fails, not waits)."""
    code = ("import json; from capacity_app.catalog.languages import read_all; "
            "langs, problems = read_all(); print(json.dumps([[x.code for x in langs], problems]))")
    env = {**os.environ, "CAPACITY_APP_LANGUAGES": os.pathsep.join(map(str, folders))}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, env=env)
    assert r.returncode == 0, r.stderr
    codes, problems = json.loads(r.stdout)
    return codes, problems


def test_valid_spellings_of_a_header_are_taken(tmp_path):
    (tmp_path / "hy.po").write_bytes(b"\xef\xbb\xbf" + _header("hy").replace("\n", "\r\n").encode())
    head = _header("az").encode()
    filler = HEADER_MAX - len(head) - 2
    (tmp_path / "az.po").write_bytes(head + b"#" + b"x" * filler + "ა\n".encode())   # "ა" cut at 16 KB
    (tmp_path / "ka.po").write_text(_header("ka", X_Language_Name="ქართული"), encoding="utf-8")
    codes, problems = _read(tmp_path)
    assert {"hy", "az", "ka"} <= set(codes) and problems == []


def test_hostile_files_are_left_out_in_one_line_each(tmp_path):
    os.mkfifo(tmp_path / "ka.po")
    (tmp_path / "sw.po").symlink_to("/dev/zero")
    (tmp_path / "yo.po").mkdir()
    with open(tmp_path / "ha.po", "wb") as fh:       # sparse: 51 MB declared, nothing written
        fh.truncate(51 * 1024 * 1024)
    (tmp_path / "ar.po").write_text(_header("ar"), encoding="utf-8")
    (tmp_path / "am.po").write_text(_header("am", X_Language_Name="\u202eኣማርኛ"), encoding="utf-8")
    (tmp_path / "ti.po").write_text(_header("ti", X_Direction="\u202artl"), encoding="utf-8")
    (tmp_path / "so.po").write_bytes(b"\x00" * 100)
    (tmp_path / "EN.po").write_text(_header("en"), encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (tmp_path / "wo.po").write_text(_header("wo"), encoding="utf-8")
    (other / "wo.po").write_text(_header("wo", X_Language_Name="Second"), encoding="utf-8")
    codes, problems = _read(tmp_path, other)
    said = {p.split(": left out: ")[0].rsplit("/", 2)[-1]: p for p in problems}
    assert "FIFO" in said["ka.po"] and "device" in said["sw.po"] and "folder" in said["yo.po"]
    assert "larger than 50 MB" in said["ha.po"] and "already a language" in said["ar.po"]
    assert "direction characters" in said["am.po"] and "X-Direction" in said["ti.po"]
    assert "PO header" in said["so.po"] and "not a language code" in said["EN.po"]
    assert "already a language" in said["wo.po"] and said["wo.po"].startswith(str(other))   # the first wins
    assert all("\n" not in p for p in problems) and len(problems) == 10
    assert codes.count("wo") == 1 and not {"ka", "sw", "yo", "ha", "am", "ti", "so"} & set(codes)
