"""Reliability scenarios (no entry point trusts its input): the families of the third
outside attack, each through the command line as a person meets it; plain functions returning the
same dict shape as ``scenarios.py`` (``result(ok, summary, problems)``); the fast tests are in
``test_untrusted.py``, the report tool registers them (``untrusted_plan``)."""
from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from scenarios import REPO, child_env, is_long, result
from scenarios_outputs import cli, one_line_refusal

EDGES = ("9999-12-31T23:00:00-05:00", "0001-01-01T01:00:00+05:00", "9999-12-31T23:59:59+00:00",
         "1800-01-01T00:00:00+00:00")


class _Held:
    """What held and what did not, as the other scenario files count them."""

    def __init__(self) -> None:
        self.held: list[str] = []
        self.problems: list[str] = []

    def refused(self, what: str, code: int, err: str, fragment: str = "") -> None:
        bad = one_line_refusal(code, err)
        if bad is None and fragment and fragment not in err:
            bad = f"says {err.strip()[:160]!r}, not {fragment!r}"
        if bad:
            self.problems.append(f"{what}: {bad}")
        else:
            self.held.append(what)

    def check(self, what: str, ok: bool, detail: str = "") -> None:
        if ok:
            self.held.append(what)
        else:
            self.problems.append(f"{what}: {detail}")

    def result(self, what: str = "", **figures) -> dict:
        summary = (f"{what}: " if what else "") + (
            f"{len(self.held)} of {len(self.held) + len(self.problems)} held"
            + ("" if not self.problems else f"; {len(self.problems)} problems"))
        return result(not self.problems, summary, self.problems, held=len(self.held), **figures)


def _package_with(pkg: Path, out: Path, edit) -> Path:
    """``pkg`` rewritten with its manifest changed by ``edit(manifest)`` (members as they were)."""
    with zipfile.ZipFile(pkg) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    manifest = json.loads(members[0][1])
    edit(manifest)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(members[0][0], json.dumps(manifest))
        for name, content in members[1:]:
            zf.writestr(name, content)
    return out


def _source(workdir: Path) -> tuple[Path, Path, Path]:
    """A database with one assessment, one document attached, its package and its workbook."""
    db = workdir / "source.sqlite3"
    cli(db, "new", "--country", "KEN", "--round", "2026")
    note = workdir / "note.txt"
    note.write_bytes(b"minutes of the meeting\n")
    cli(db, "set", "1", "s2_need_a", "2")
    cli(db, "attach", "1", "s2_need_a", str(note))
    pkg = workdir / "source.zip"
    cli(db, "export", "1", "--package", str(pkg))
    book = workdir / "source.xlsx"
    cli(db, "export", "1", "--xlsx", str(book))
    return db, pkg, book


def scenario_times(workdir: Path) -> dict:
    """Times at the calendar's edge (year 9999 with a negative offset, year 1 with a positive one,
    and years outside 1900-9000) from every entry point: a package's manifest, a workbook's
    Changes sheet and its export time, the window's and the command line's attach: refused in one
    line naming the time, nothing written; a time already stored at the edge (before the rule)
    is shown, never an OverflowError (`documents`, the window's list of documents)."""
    import openpyxl

    from capacity_app.domain.dates import local_time

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    db, pkg, book = _source(workdir)
    for i, stamp in enumerate(EDGES):
        def edit(m, stamp=stamp):
            m["attachments"][0]["at"] = stamp
        bad = _package_with(pkg, workdir / f"time-{i}.zip", edit)
        target = workdir / f"target-{i}.sqlite3"
        code, _, err = cli(target, "import", str(bad), "--yes")
        h.refused(f"a package attachment's time {stamp}", code, err, "1900 to 9000")
        code, out, err = cli(target, "documents", "1")
        h.check(f"documents after the package with {stamp}", "Overflow" not in err + out and code in (0, 2),
                f"exit {code}: {err.strip()[-160:]!r}")
        for sheet, column in (("Changes", "C"), ("Metadata", None)):
            wb = openpyxl.load_workbook(book)
            ws = wb[sheet]
            if column:
                ws[f"{column}2"] = stamp
            else:
                row = next(r for r in ws.iter_rows() if r[0].value == "exported_at")
                row[1].value = stamp
            edited = workdir / f"time-{i}-{sheet}.xlsx"
            wb.save(edited)
            code, _, err = cli(workdir / f"wb-{i}-{sheet}.sqlite3", "import", str(edited), "--yes")
            h.refused(f"a workbook's {sheet} time {stamp}", code, err, "1900 to 9000")
    # a time stored before the rule, at the calendar's edge: shown as written
    for stamp in EDGES[:2]:
        shown = local_time(stamp)
        h.check(f"a stored time {stamp} shown", stamp[:10] in shown, repr(shown))
    return h.result(f"{len(EDGES)} times (year 9999 at -05:00, year 1 at +05:00, 9999 UTC, 1800) in a package's "
                    "manifest, a workbook's Changes sheet and its export time: each refused in one line, "
                    "`documents` after each without an OverflowError; a time stored at the edge before the rule "
                    "shown as written")


def scenario_read_commands(workdir: Path) -> dict:
    """Read commands create nothing (`list` and `answers` with `--db` in a folder that does not
    exist: refused in one line, no folder, no database); an error line cuts a long value (a
    131,000-character id: the line under 1,000 characters); a manifest's `"version": true` is no
    version 1."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    for command in (["list"], ["list", "--json"], ["answers", "1"], ["documents", "1"], ["score", "1"]):
        missing = workdir / "nowhere" / "capacity.sqlite3"
        code, _, err = cli(missing, *command)
        h.refused(f"`{' '.join(command)}` on a database in a missing folder", code, err, "no such database")
        h.check(f"`{' '.join(command)}` created nothing", not missing.parent.exists(), "the folder was created")
    db, pkg, _book = _source(workdir)
    for value in ("9" * 131_000, "x" * 131_000, "1" * 4000):
        for command in (["answers", value], ["set", value, "s2_need_a", "1"], ["set", "1", value, "1"]):
            code, out, err = cli(db, *command)
            h.refused(f"`{command[0]}` with a {len(value)}-character value", code, err)
            h.check(f"`{command[0]}` with a {len(value)}-character value cut in the error line",
                    max(map(len, (err + out).splitlines() or [""])) < 1000,
                    f"a line of {max(map(len, (err + out).splitlines() or ['']))} characters")
    for version in (True, 1.0, "1", None):
        def edit(m, version=version):
            m["version"] = version
        bad = _package_with(pkg, workdir / "version.zip", edit)
        code, _, err = cli(workdir / "version.sqlite3", "import", str(bad), "--yes")
        h.refused(f"a manifest's version {version!r}", code, err, "version")
    return h.result("`list`, `answers`, `documents` and `score` on a missing folder: refused, nothing created; "
                    "131,000- and 4,000-character ids and keys cut in the error line (under 1,000 characters); a "
                    "manifest's version true, 1.0, '1' or null refused")


def scenario_metadata(workdir: Path) -> dict:
    """A value accepted is a value every output holds: a 131,000-character title (and one a
    character over the limit) refused by `new`, by `edit` and in an imported workbook, in one line
    naming the limit; the title edited from the command line (`edit`) and the assessment then
    exported (workbook, package)."""
    import openpyxl

    from capacity_app.domain.assessment import TITLE_MAX

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    db, _pkg, book = _source(workdir)
    for n in (131_000, TITLE_MAX + 1):
        code, _, err = cli(db, "new", "--country", "FRA", "--round", "2026", "--title", "t" * n)
        h.refused(f"`new` with a {n}-character title", code, err, str(TITLE_MAX))
        code, _, err = cli(db, "edit", "1", "--title", "t" * n)
        h.refused(f"`edit` with a {n}-character title", code, err, str(TITLE_MAX))
        wb = openpyxl.load_workbook(book)
        ws = wb["Metadata"]
        row = next(r for r in ws.iter_rows() if r[0].value == "title")
        row[1].value = "t" * min(n, 32_000)
        edited = workdir / f"title-{n}.xlsx"
        wb.save(edited)
        code, _, err = cli(workdir / f"title-{n}.sqlite3", "import", str(edited), "--yes")
        h.refused(f"a workbook with a {min(n, 32_000)}-character title", code, err, str(TITLE_MAX))
    code, out, err = cli(db, "edit", "1", "--title", "T" * TITLE_MAX, "--round", "2027")
    h.check("`edit` of the title and round", code == 0 and "changed" in out, f"exit {code}: {err.strip()[:160]!r}")
    code, out, _ = cli(db, "list", "--json")
    rows = json.loads(out) if code == 0 else []
    h.check("the edited title kept", bool(rows) and rows[0]["title"] == "T" * TITLE_MAX and rows[0]["round"] == 2027,
            repr(rows[:1])[:160])
    for what, args in (("workbook", ["--xlsx", str(workdir / "edited.xlsx")]),
                       ("package", ["--package", str(workdir / "edited.zip")])):
        code, _, err = cli(db, "export", "1", *args)
        h.check(f"the {what} export of a title at the limit", code == 0, f"exit {code}: {err.strip()[:160]!r}")
    return h.result(f"titles of 131,000 and {TITLE_MAX + 1} characters refused by `new`, `edit` and an imported "
                    f"workbook, naming the limit ({TITLE_MAX}); a title at the limit edited with `edit` and "
                    "exported as a workbook and a package")


def _cli_process(*args: str, timeout: float = 60) -> tuple[int, str, float]:
    """(exit status, stderr, seconds) of ``python -m capacity_app`` in a process of its own (a
    hang is a finding: exit -1 after ``timeout``)."""
    t = time.perf_counter()
    try:
        r = subprocess.run([sys.executable, "-m", "capacity_app", *args], capture_output=True, text=True,
                           env=child_env(), cwd=REPO, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return -1, f"no answer in {timeout:.0f} s", time.perf_counter() - t
    return r.returncode, r.stderr, time.perf_counter() - t


def scenario_special_files(workdir: Path) -> dict:
    """Only regular files are read: `/dev/zero`, a FIFO, and a symbolic link to a device or to a
    FIFO, given as a questionnaire (`questionnaire validate`), as one of its includes and as a
    translation catalogue, as a workbook and a package to import, and as a document to attach:
    each refused in one line within 20 s (a FIFO is never waited on), nothing written."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    fifo = workdir / "pipe"
    os.mkfifo(fifo)
    specials: dict[str, Path] = {"/dev/zero": Path("/dev/zero"), "a FIFO": fifo}
    for name, target in list(specials.items()):
        link = workdir / f"link-{len(specials)}"
        link.symlink_to(target)
        specials[f"a link to {name}"] = link
    worst = 0.0

    def refused(what: str, code: int, err: str, seconds: float) -> None:
        nonlocal worst
        worst = max(worst, seconds)
        h.refused(what, code, err)
        if seconds > 20:
            h.problems.append(f"{what}: {seconds:.1f} s")

    # the questionnaire, an include, a translation: a copy of the bundled folder with one file replaced
    bundled = REPO / "assessments"
    for name, special in specials.items():
        code, err, sec = _cli_process("questionnaire", "validate", str(special), timeout=30)
        refused(f"`questionnaire validate` on {name}", code, err, sec)
        for replaced in ("sections/s02_data_needs.yaml", "translations/ru.yaml"):
            copy = workdir / f"q-{abs(hash((name, replaced)))}"
            shutil.copytree(bundled, copy)
            (copy / replaced).unlink()
            (copy / replaced).symlink_to(special)
            code, err, sec = _cli_process("questionnaire", "validate", str(copy / "questionnaire.yaml"), timeout=30)
            lines = [ln for ln in err.splitlines() if ln.strip()]  # the first names it; what it held is missing after
            ok = (code == 2 and bool(lines) and replaced in lines[0] and "not a regular file" in lines[0]
                  and "Traceback" not in err and sec < 20)
            h.check(f"{replaced} as {name}", ok, f"exit {code}, {sec:.1f} s: {err.strip()[:160]!r}")
            worst = max(worst, sec)
    # a workbook and a package to import, a document to attach
    db = workdir / "target.sqlite3"
    cli(db, "new", "--country", "KEN", "--round", "2026")
    before = db.read_bytes()
    for name, special in specials.items():
        for ext in ("xlsx", "zip", "pdf"):
            link = workdir / f"as-{abs(hash(name))}.{ext}"
            if link.exists() or link.is_symlink():
                link.unlink()
            link.symlink_to(special if not special.is_symlink() else os.readlink(special))
            args = ["attach", "1", "s2_need_a", str(link)] if ext == "pdf" else ["import", str(link), "--yes"]
            code, err, sec = _cli_process("--db", str(db), *args, timeout=30)
            refused(f"`{args[0]}` of {name} as .{ext}", code, err, sec)
    h.check("the database unchanged", db.read_bytes() == before, "it changed")
    return h.result(f"/dev/zero, a FIFO and links to each as a questionnaire, an include, a translation, a "
                    f"workbook, a package and a document: each refused in one line (worst {worst:.1f} s, a "
                    "FIFO never waited on), the database unchanged", worst_seconds=round(worst, 2))


def flood_zip(path: Path, members: int, zip64: bool = False) -> Path:
    """A package-looking zip (its first member manifest.json) whose member list holds ``members``
    entries, every one naming the same tiny member: small on disk for its count (a flood of
    entries); ``zip64`` writes the count in the zip64 end record only."""
    local = (struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, 13, 0) + b"manifest.json")
    entries = []
    for i in range(members):
        name = b"manifest.json" if i == 0 else f"d/{i:x}".encode()
        entries.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0,
                                   len(name), 0, 0, 0, 0, 0, 0) + name)
    directory = b"".join(entries)
    offset = len(local)
    tail = b""
    count = members & 0xFFFF  # a writer without zip64 wraps the count; the list's size tells
    if zip64:
        record_at = offset + len(directory)
        tail = (struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, members, members, len(directory), offset)
                + struct.pack("<4sIQI", b"PK\x06\x07", 0, record_at, 1))
        count = 0xFFFF
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0)
    path.write_bytes(local + directory + tail + end)
    return path


_CHECK = """
import json, sys, tempfile, time, zipfile
from pathlib import Path
from capacity_app.services.packages import check_untrusted
from capacity_app.exchange.workbook.package import PackageError
def timed(path):
    t = time.perf_counter()
    try:
        check_untrusted(path, Path(tempfile.mkdtemp()))
        outcome = "accepted"
    except PackageError as exc:
        outcome = str(exc)
    return outcome, time.perf_counter() - t
# the reference, in the same process on the same machine: a one-member zip checked the same way
small = Path(tempfile.mkdtemp()) / "small.zip"
with zipfile.ZipFile(small, "w") as z:
    z.writestr("a.txt", "a")
timed(str(small))  # the reading process's server started, as it is for the flood
_, reference = timed(str(small))
outcome, seconds = timed(sys.argv[1])
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"outcome": outcome, "seconds": seconds, "reference": reference, "peak_kib": peak}))
"""


def scenario_member_floods(workdir: Path, members: int | None = None) -> dict:
    """Packages and workbooks whose member list floods (hundreds of thousands of entries, small on
    disk; the count in the plain end record or only in the zip64 one): refused from the end
    records before the list is read, within 1 s more than a one-member zip's check (both timed in
    the same process: a fixed bound failed on a loaded machine) and without the importing process growing
    (its peak under 200 MB: the package is parsed in the limited child); `import` says so in one
    line."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    n = members if members is not None else (2_000_000 if is_long() else 300_000)
    worst = {"seconds": 0.0, "reference": 0.0, "peak_kib": 0}
    for zip64 in (False, True):
        for ext in ("zip", "xlsx"):
            path = flood_zip(workdir / f"flood-{int(zip64)}.{ext}", n, zip64)
            what = f"{n} entries{' (zip64)' if zip64 else ''} as .{ext} ({path.stat().st_size / 2**20:.0f} MB)"
            if ext == "zip":
                r = subprocess.run([sys.executable, "-c", _CHECK, str(path)], capture_output=True, text=True,
                                   env=child_env(), cwd=REPO, timeout=300)
                got = json.loads(r.stdout.strip().splitlines()[-1]) if r.returncode == 0 and r.stdout.strip() else {}
                # at most 1 s more than a one-member zip's check in the same process (a fixed 2 s failed on
                # a loaded machine at 2.08 s; before the fix the flood took 18 s)
                ok = ("too many members" in got.get("outcome", "") and got["seconds"] - got["reference"] < 1
                      and got["peak_kib"] < 200 * 1024)
                h.check(f"a package of {what} refused from its end records", ok,
                        f"{got or r.stderr.strip()[-200:]}")
                if got:
                    worst["seconds"] = max(worst["seconds"], got["seconds"])
                    worst["reference"] = max(worst["reference"], got["reference"])
                    worst["peak_kib"] = max(worst["peak_kib"], got["peak_kib"])
            code, err, sec = _cli_process("--db", str(workdir / "flood.sqlite3"), "import", str(path), "--yes",
                                          timeout=300)
            h.refused(f"`import` of {what}", code, err, "too many")
            if sec > 10:
                h.problems.append(f"`import` of {what}: {sec:.1f} s")
            path.unlink()
    return h.result(f"{n:,} entries (the count in the plain end record or only in the zip64 one), as a package "
                    f"and as a workbook: refused from the end records in at most {worst['seconds']:.2f} s (a one-member zip: "
                    f"{worst['reference']:.2f} s) with "
                    f"the checking process at {worst['peak_kib'] / 1024:.0f} MB at most (before: 18 s and 0.8 GB "
                    "in the importing process); `import` says so in one line",
                    worst_seconds=round(worst["seconds"], 2), peak_mib=round(worst["peak_kib"] / 1024, 1))


EXPRESSION_ATTACKS = {
    "a 5,000-digit number": "1" * 5000,
    "a 16-digit number": "${available} = 1234567890123456",
    "200 nested parentheses": "(" * 200 + "1" + ")" * 200,
    "a run of 2,000 unary minus": "-" * 2000 + "1",
    "a chain of 300 additions": "+".join(["1"] * 300),
    "a 3.6 MB condition": "${available} = 'yes' or " * 150_000 + "1",
}


def scenario_expressions(workdir: Path) -> dict:
    """Expressions in a questionnaire are bounded (length, tokens, nesting, tree depth, digits of a
    number; a linear tokenizer): each attack written as an item's `relevant` condition in a copy of
    the bundled questionnaire is refused by `questionnaire validate` within 20 s, exit 2, its first
    line FILE:LINE naming the item, every line under 400 characters; the bundled questionnaire
    still validates."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    bundled = REPO / "assessments"
    worst = 0.0
    for name, attack in EXPRESSION_ATTACKS.items():
        copy = workdir / f"q-{len(attack)}"
        shutil.copytree(bundled, copy)
        section = copy / "sections" / "s01_basic_statistics.yaml"
        text = section.read_text(encoding="utf-8")
        old = 'relevant: "${available} = \'yes\'"'
        section.write_text(text.replace(old, f'relevant: "{attack}"', 1), encoding="utf-8")
        code, err, sec = _cli_process("questionnaire", "validate", str(copy / "questionnaire.yaml"), timeout=60)
        worst = max(worst, sec)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        ok = (code == 2 and bool(lines) and "s01_basic_statistics.yaml:" in lines[0] and "Traceback" not in err
              and max(map(len, lines)) < 400 and sec < 20)
        h.check(f"{name} refused", ok, f"exit {code}, {sec:.1f} s: {err.strip()[:200]!r}")
        shutil.rmtree(copy)
    code, err, sec = _cli_process("questionnaire", "validate")
    h.check("the bundled questionnaire validates", code == 0, err.strip()[:200])
    return h.result(f"{len(EXPRESSION_ATTACKS)} attacks ({', '.join(EXPRESSION_ATTACKS)}) refused by `questionnaire "
                    f"validate` naming file and line, worst {worst:.1f} s (the process's start included); the "
                    "bundled questionnaire validates", worst_seconds=round(worst, 2))


_FSIZE = """
import resource, runpy, sys
limit = int(sys.argv.pop(1))
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # Python ignores SIGXFSZ: a write fails with EFBIG
sys.argv[0] = "capacity_app"
runpy.run_module("capacity_app", run_name="__main__", alter_sys=True)
"""


def _limited(limit: int, *args: str, timeout: float = 300, tmpdir: Path | None = None) -> tuple[int, str]:
    """(exit status, stderr) of ``capacity-app ARGS`` in a child whose files may not grow past
    ``limit`` bytes (RLIMIT_FSIZE); ``tmpdir``: its temporary folder (fresh: no cache written by
    an earlier run, such as the report templates' compiled code, spares it a write)."""
    env = child_env()
    if tmpdir is not None:
        tmpdir.mkdir(parents=True, exist_ok=True)
        env["TMPDIR"] = str(tmpdir)
    r = subprocess.run([sys.executable, "-c", _FSIZE, str(limit), *args], capture_output=True, text=True,
                       env=env, cwd=REPO, timeout=timeout, stdin=subprocess.DEVNULL)
    return r.returncode, r.stderr


def scenario_write_limits(workdir: Path, limit: int = 48 * 1024) -> dict:
    """Every write path under a file-size limit (RLIMIT_FSIZE in a child process; and a full disk,
    a tiny tmpfs, for the backups where one can be mounted): the workbook and the package exports,
    the report's PDF, the aggregate's workbook, PDF and analyst's bundle, and the backup an import
    takes first: each says so in one line naming the file, exit 2, and leaves no file (nor a
    temporary one) behind; the database as it was."""
    from scenarios import small_disk
    from scenarios_outputs import set_backup_preference

    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    db = workdir / "data" / "capacity.sqlite3"
    db.parent.mkdir()
    with open_store(db) as store:
        aid = str(create_demo(store).id)
    book = workdir / "in" / "demo.xlsx"
    book.parent.mkdir()
    cli(db, "export", aid, "--xlsx", str(book))  # today's daily backup taken here, before the limit
    out = workdir / "out"
    out.mkdir()
    writes = [
        ("the workbook export", ["export", aid, "--xlsx", str(out / "a.xlsx")]),
        ("the package export", ["export", aid, "--package", str(out / "a.zip")]),
        ("the report's PDF", ["report", aid, "--pdf", str(out / "a.pdf")]),
        ("the aggregate's workbook", ["aggregate", str(book), "--xlsx", str(out / "agg.xlsx"), "--quiet"]),
        ("the aggregate's PDF", ["aggregate", str(book), "--xlsx", str(out / "agg2.xlsx"), "--pdf",
                                 str(out / "agg.pdf"), "--quiet"]),
        ("the aggregate's bundle", ["aggregate", str(book), "--xlsx", str(out / "agg3.xlsx"), "--bundle",
                                    str(out / "bundle"), "--quiet"]),
    ]
    before = db.read_bytes()
    # a fresh temporary folder with a short path: the aggregation's worker pool puts its AF_UNIX
    # socket there, and a socket's path may not pass 107 bytes (under pytest's deep folders it did)
    fresh = Path(tempfile.mkdtemp(prefix="capfs-"))
    for what, args in writes:
        code, err = _limited(limit, "--db", str(db), *args, tmpdir=fresh)
        h.refused(f"{what} under a {limit // 1024} KB file-size limit", code, err, "file-size limit")
        left = sorted(p.name for p in out.rglob("*") if p.is_file())
        h.check(f"{what}: no file left", not left, f"left {left}")
        for p in sorted(out.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
    shutil.rmtree(fresh, ignore_errors=True)
    h.check("the database unchanged by the refused writes", db.read_bytes() == before, "it changed")
    # the backup an import takes first, onto a full disk
    with small_disk(workdir / "tiny", size_kib=64) as mnt:
        if mnt is None:
            h.held.append("a backup onto a full disk: no tmpfs here (skipped)")
        else:
            set_backup_preference(db, mnt)
            cli(db, "set", aid, "s2_need_a", "1")  # the workbook now changes something: a pre-import backup
            before = db.read_bytes()
            code, _, err = cli(db, "import", str(book), "--yes", "--overwrite-newer")
            h.refused("an import whose backup meets a full disk", code, err, "disk is full")
            h.check("the full disk holds no partial backup", not [p for p in mnt.rglob("*") if p.is_file()],
                    f"{sorted(p.name for p in mnt.rglob('*'))}")
            h.check("the database unchanged by the refused import", db.read_bytes() == before, "it changed")
            set_backup_preference(db, "")
    return h.result(f"under a {limit // 1024} KB file-size limit the workbook and package exports, the report's "
                    "PDF and the aggregate's workbook, PDF and bundle each refused in one line naming the file "
                    "(exit 2), no file nor temporary file left, the database unchanged; a pre-import backup onto "
                    "a full 64 KB tmpfs refused the import in one line, no partial backup")


def damage_index(db: Path, index: str = "idx_history_assessment_id_id", columns: tuple[str, ...] = ()) -> None:
    """Damage that ``PRAGMA quick_check`` does not see and ``integrity_check`` does: the index's
    definition changed under it (its entries no longer match its table's rows)."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [index]).fetchone()[0]
        table = sql.split(" ON ")[1].split("(")[0].strip()
        now = [c.strip() for c in sql.split("(", 1)[1].rsplit(")", 1)[0].split(",")]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?",
                     [f'CREATE INDEX "{index}" ON {table} ({", ".join(columns or reversed(now))})', index])
        conn.commit()
        conn.execute("PRAGMA writable_schema = OFF")
    finally:
        conn.close()
    check = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert check.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    finally:
        check.close()


def scenario_damaged_pages(workdir: Path) -> dict:
    """Damage the quick check does not see (an index that no longer matches its table): a write
    (`set`, `import`) is refused in one line naming the command that restores the last good
    backup, the file and its backups unchanged, no backup taken from it; a read (`list`,
    `answers`) opens it read-only with a warning saying so; `check --restore` restores the last
    good backup and writes go on. A database larger than the size up to which the open check is
    the full one (storage.db.FULL_CHECK_BYTES; lowered here to 0 so a small file stands for a large
    one): damage in the tables every command reads is found on open, damage elsewhere by the
    full check every backup makes first (the pre-import backup refused, nothing imported)."""
    from capacity_app.storage import db as storage_db

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    db, _pkg, book = _source(workdir)
    cli(db, "set", "1", "s2_need_b", "3")  # the workbook now changes something
    backups = db.parent / "backups"
    taken = sorted(p.name for p in backups.iterdir())
    h.check("a good backup to restore", bool(taken), "none taken")
    damage_index(db)
    before = db.read_bytes()
    for args in (["set", "1", "s2_need_a", "1"], ["import", str(book), "--yes", "--overwrite-newer"],
                 ["new", "--country", "FRA", "--round", "2026"]):
        code, _, err = cli(db, *args)
        h.refused(f"`{args[0]}` on a damaged database", code, err, "check --restore")
    h.check("the damaged file unchanged", db.read_bytes() == before, "it changed")
    h.check("no backup taken from the damaged file", sorted(p.name for p in backups.iterdir()) == taken,
            f"{sorted(p.name for p in backups.iterdir())}")
    for args in (["list"], ["answers", "1"]):
        code, out, err = cli(db, *args)
        h.check(f"`{args[0]}` reads the damaged database read-only, with a warning",
                code == 0 and "damaged" in err and "read-only" in err and "check --restore" in err and out,
                f"exit {code}: {err.strip()[:200]!r}")
    code, out, err = cli(db, "check", "--restore")
    h.check("`check --restore` restores the last good backup", code == 0 and "restored:" in out,
            f"exit {code}: {(out + err).strip()[-200:]!r}")
    code, _, err = cli(db, "set", "1", "s2_need_a", "1")
    h.check("writes go on after the restore", code == 0, f"exit {code}: {err.strip()[:160]!r}")
    # a large database (the open check quick, the tables every command reads checked in full)
    size = storage_db.FULL_CHECK_BYTES
    storage_db.FULL_CHECK_BYTES = 0
    try:
        large = workdir / "large" / "capacity.sqlite3"
        large.parent.mkdir()
        shutil.copy(db, large)
        damage_index(large, "idx_assessments_uid", ("country",))
        code, _, err = cli(large, "set", "1", "s2_need_a", "2")
        h.refused("damage in a table every command reads, on a large database", code, err, "damaged")
        shutil.copy(db, large)
        Path(str(large) + "-wal").unlink(missing_ok=True)
        cli(large, "list")  # today's daily backup
        damage_index(large)
        taken = sorted(p.name for p in (large.parent / "backups").iterdir())
        code, _, err = cli(large, "import", str(book), "--yes", "--overwrite-newer", "--prefer", "theirs")
        h.refused("an import into a large database damaged elsewhere (its backup's full check)", code, err,
                  "check --restore")
        h.check("no backup taken from the large damaged file",
                sorted(p.name for p in (large.parent / "backups").iterdir()) == taken, "one was")
    finally:
        storage_db.FULL_CHECK_BYTES = size
    return h.result("an index that no longer matches its table (quick_check: ok): `set`, `import` and `new` "
                    "refused naming `check --restore`, the file and its backups unchanged; `list` and `answers` "
                    "read-only with a warning; restored, writes go on; on a large file, damage in the tables every "
                    "command reads found on open, elsewhere by the full check before the pre-import backup")


_MEASURED = """
import resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], capture_output=True, stdin=subprocess.DEVNULL, timeout=300)
print(r.returncode, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _measured(*args: str) -> tuple[int, float, float]:
    """(exit status, seconds, peak resident MB) of ``capacity-app ARGS`` in a fresh process (its
    peak as the kernel counts a waited child: RUSAGE_CHILDREN of a wrapper)."""
    r = subprocess.run([sys.executable, "-c", _MEASURED, sys.executable, "-m", "capacity_app", *args],
                       capture_output=True, text=True, env=child_env(), cwd=REPO, timeout=400)
    code, seconds, kib = r.stdout.split()
    return int(code), float(seconds), int(kib) / 1024


def scenario_entry_bounds(workdir: Path) -> dict:
    """Time and memory per entry point, the worst hostile input of each family through the
    command line in a fresh process (wall time, Python's start included; peak resident memory of
    the command's own process, as the kernel counts it for a waited child: the reading child of an
    import is bounded apart, 1 GB of address space and 60 s of processor time): `import` of a workbook and of a package whose member list floods
    (2,000,000 entries in long mode, 300,000 in fast), of a package with a time at the calendar's
    edge; `questionnaire validate` of /dev/zero, of an include that is a FIFO, of a 3.6 MB
    condition; `attach` of a link to /dev/zero; `new` with a 131,000-character title; `set` on a
    damaged database. Each refused (exit 2) within 10 s and 512 MB."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    n = 2_000_000 if is_long() else 300_000
    db, pkg, _book = _source(workdir)
    fifo = workdir / "pipe"
    os.mkfifo(fifo)
    zero = workdir / "zero.pdf"
    zero.symlink_to("/dev/zero")
    edge = _package_with(pkg, workdir / "edge.zip",
                         lambda m: m["attachments"][0].__setitem__("at", "9999-12-31T23:00:00-05:00"))
    include = workdir / "q-fifo"
    shutil.copytree(REPO / "assessments", include)
    (include / "sections" / "s02_data_needs.yaml").unlink()
    (include / "sections" / "s02_data_needs.yaml").symlink_to(fifo)
    condition = workdir / "q-long"
    shutil.copytree(REPO / "assessments", condition)
    section = condition / "sections" / "s01_basic_statistics.yaml"
    section.write_text(section.read_text(encoding="utf-8").replace(
        'relevant: "${available} = \'yes\'"', 'relevant: "' + EXPRESSION_ATTACKS["a 3.6 MB condition"] + '"', 1),
        encoding="utf-8")
    damaged = workdir / "damaged" / "capacity.sqlite3"
    damaged.parent.mkdir()
    shutil.copy(db, damaged)
    damage_index(damaged)
    target = str(workdir / "target.sqlite3")
    entries = [
        ("import: a workbook whose member list floods", ["--db", target, "import",
                                                          str(flood_zip(workdir / "flood.xlsx", n, True)), "--yes"]),
        ("import: a package whose member list floods", ["--db", target, "import",
                                                         str(flood_zip(workdir / "flood.zip", n)), "--yes"]),
        ("import: a package with a time at the calendar's edge", ["--db", target, "import", str(edge), "--yes"]),
        ("questionnaire validate: /dev/zero", ["questionnaire", "validate", "/dev/zero"]),
        ("questionnaire validate: an include that is a FIFO", ["questionnaire", "validate",
                                                               str(include / "questionnaire.yaml")]),
        ("questionnaire validate: a 3.6 MB condition", ["questionnaire", "validate",
                                                        str(condition / "questionnaire.yaml")]),
        ("attach: a link to /dev/zero", ["--db", str(db), "attach", "1", "s2_need_a", str(zero)]),
        ("new: a 131,000-character title", ["--db", str(db), "new", "--country", "FRA", "--round", "2026",
                                            "--title", "t" * 131_000]),
        ("set: a database damaged where quick_check does not look", ["--db", str(damaged), "set", "1",
                                                                     "s2_need_a", "1"]),
    ]
    rows = []
    for what, args in entries:
        code, seconds, mb = _measured(*args)
        rows.append(f"{what}: {seconds:.2f} s, {mb:.0f} MB")
        h.check(what, code == 2 and seconds < 10 and mb < 512, f"exit {code}, {seconds:.1f} s, {mb:.0f} MB")
    fig = h.result(entries=len(entries))
    fig["summary"] = "; ".join(rows) + f" ({fig['summary']})"
    return fig


COSTLY = ("&<>ministère 内政部 وزارة 🌍 " * 1000)[:20000]  # 20,000 characters that cost a workbook most


def scenario_text_budget(workdir: Path) -> dict:
    """Whatever the services accept can be exported and imported again (second pass):
    an assessment filled through the services with the costliest text (20,000-character comments
    in four scripts and XML's & < >) until they refuse; `set --comment` then refused in one line
    naming the limit, the database unchanged; `export --xlsx` of the full assessment, and its
    `import` into another database, succeed, the same comments read back."""
    from capacity_app.domain.celltext import WORKBOOK_TEXT_MAX
    from capacity_app.services.assessments import ServiceError, open_store, questionnaire_for, set_comment

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    db = workdir / "data" / "capacity.sqlite3"
    db.parent.mkdir()
    cli(db, "new", "--country", "KEN", "--round", "2026")
    q = questionnaire_for()
    keys = [k for k, _f, _p in q.all_keys()]
    t = time.perf_counter()
    n, refusal = 0, ""
    with open_store(db) as store:
        for key in keys:
            try:
                set_comment(store, q, 1, key, COSTLY)
            except ServiceError as exc:
                refusal = str(exc)
                break
            n += 1
        total = store.text_bytes(1)
    fill = time.perf_counter() - t
    h.check("the services refuse once the assessment's text is full", bool(refusal) and total <= WORKBOOK_TEXT_MAX,
            f"{n} comments, {total:,} bytes, {refusal[:120]!r}")
    before = db.read_bytes()
    code, _, err = cli(db, "set", "1", keys[n + 1], "--comment", COSTLY, "--clear")
    h.refused("`set --comment` over the assessment's text", code, err, "more than a workbook carries")
    h.check("the database unchanged by the refusal", db.read_bytes() == before, "it changed")
    book = workdir / "full.xlsx"
    t = time.perf_counter()
    code, _, err = cli(db, "export", "1", "--xlsx", str(book))
    export_s = time.perf_counter() - t
    h.check("the full assessment exports", code == 0, f"exit {code}: {err.strip()[:160]!r}")
    other = workdir / "other" / "capacity.sqlite3"
    other.parent.mkdir()
    t = time.perf_counter()
    code, _, err = cli(other, "import", str(book), "--yes")
    import_s = time.perf_counter() - t
    h.check("and imports again into another database", code == 0, f"exit {code}: {err.strip()[:160]!r}")
    with open_store(db, readonly=True) as a, open_store(other, readonly=True) as b:
        same = ({k: x.comment for k, x in a.answers(1).items()}
                == {k: x.comment for k, x in b.answers(b.assessments()[0].id).items()}) if b.assessments() else False
    h.check("the same comments read back", same, "they differ")
    import zipfile

    sheet = max((i.file_size for i in zipfile.ZipFile(book).infolist()), default=0) if book.exists() else 0
    return h.result(f"{n} comments of 20,000 costly characters accepted ({total / 1024 / 1024:.1f} MB of workbook "
                    f"text, in {fill:.1f} s), the next refused naming the limit; the export ({export_s:.1f} s, "
                    f"largest part {sheet / 1024 / 1024:.1f} MB) imported again ({import_s:.1f} s), the same",
                    comments=n, fill_s=round(fill, 2), export_s=round(export_s, 2), import_s=round(import_s, 2))


def scenario_damage_remembered(workdir: Path) -> dict:
    """Damage found once is not forgotten (second pass): on a database larger than the
    size up to which the open check is the full one (lowered to 0 here, in this process), an
    index outside the tables every command reads no longer matching its table; `import` refused
    (its backup's full check), then `set` refused too (before: its quick check saw nothing and it
    was written), `list` read-only with the warning; `check --restore`, then writes go on and the
    marker is gone."""
    from capacity_app.storage import db as storage_db

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    h = _Held()
    db, _pkg, book = _source(workdir)
    cli(db, "set", "1", "s2_need_b", "3")
    size = storage_db.FULL_CHECK_BYTES
    storage_db.FULL_CHECK_BYTES = 0
    try:
        damage_index(db)
        code, _, err = cli(db, "import", str(book), "--yes", "--overwrite-newer", "--prefer", "theirs")
        h.refused("`import` (its backup's full check)", code, err, "check --restore")
        h.check("the damage remembered beside the file", storage_db.damage_marker(db).exists(), "no marker")
        before = db.read_bytes()
        code, _, err = cli(db, "set", "1", "s2_need_a", "1")
        h.refused("the next `set`", code, err, "check --restore")
        h.check("the file unchanged", db.read_bytes() == before, "it changed")
        code, out, err = cli(db, "list")
        h.check("`list` read-only with a warning", code == 0 and "damaged" in err, f"exit {code}: {err[:160]!r}")
        code, out, err = cli(db, "check", "--restore")
        h.check("`check --restore`", code == 0, f"exit {code}: {(out + err).strip()[-160:]!r}")
        code, _, err = cli(db, "set", "1", "s2_need_a", "1")
        h.check("writes go on after the restore", code == 0, f"exit {code}: {err.strip()[:160]!r}")
        h.check("the marker gone", not storage_db.damage_marker(db).exists(), "still there")
    finally:
        storage_db.FULL_CHECK_BYTES = size
    return h.result("on a large database, damage a backup's full check found refuses the next commands' writes "
                    "too (before: taken), reads read-only with the warning, until `check --restore`")


def untrusted_plan(n: dict) -> list[tuple[str, str, str, object]]:
    """(name, promise, title, call) of the scenarios here, for tools/reliability_report.py."""
    return [
        ("times", "3, 11", "times at the calendar's edge from every entry point",
         lambda d: scenario_times(d)),
        ("metadata", "8, 11", "metadata limits equal what every output holds; titles editable",
         lambda d: scenario_metadata(d)),
        ("special_files", "4, 11", "only regular files are read (devices, FIFOs, links to them)",
         lambda d: scenario_special_files(d)),
        ("member_floods", "4, 11", "member floods refused from the zip's end records",
         lambda d: scenario_member_floods(d)),
        ("expressions", "4, 11", "bounded expressions in a questionnaire",
         lambda d: scenario_expressions(d)),
        ("write_limits", "2, 11", "every write path under a file-size limit and a full disk",
         lambda d: scenario_write_limits(d)),
        ("damaged_pages", "2, 11", "damage quick_check misses: writes refused, reads read-only, "
                                            "no backup from a damaged file",
         lambda d: scenario_damaged_pages(d)),
        ("entry_bounds", "4, 11", "time and memory per entry point, worst hostile input",
         lambda d: scenario_entry_bounds(d)),
        ("read_commands", "3, 11", "read commands create nothing, error lines cut long values",
         lambda d: scenario_read_commands(d)),
        ("text_budget", "8, 11", "what the services accept exports and imports again (text budget)",
         lambda d: scenario_text_budget(d)),
        ("damage_remembered", "2, 11", "damage found once is not forgotten by the next command",
         lambda d: scenario_damage_remembered(d)),
    ]
