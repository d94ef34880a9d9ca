"""Reliability scenarios for outputs and the command line: plain
functions returning the same dict shape as ``scenarios.py`` (``result(ok, summary, problems)``);
the fast tests are in ``test_outputs_and_cli.py``, the report tool registers them.

The command line runs in this process (click's runner: the same exit status and stderr as a
shell sees) except where the bytes of ``argv`` matter (a subprocess). A read-only folder is a
read-only tmpfs as root (root ignores permission bits) or a folder without write permission
otherwise."""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from scenarios import (
    REPO, child_env, db_digest, fixture_databases, is_long, make_database, result, text_keys,
)


# --- helpers ----------------------------------------------------------------------------------

def cli(db: Path | None, *args: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of one ``capacity-app`` command, in this process."""
    from click.testing import CliRunner

    from capacity_app.cli import main

    argv = (["--db", str(db)] if db is not None else []) + [str(a) for a in args]
    res = CliRunner().invoke(main, argv, catch_exceptions=True)
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        return 1, res.stdout, f"uncaught {type(res.exception).__name__}: {res.exception}"
    return res.exit_code, res.stdout, res.stderr


def cli_process(argv: list[bytes | str], timeout: float = 60) -> tuple[int, str]:
    """(exit status, stderr) of ``python -m capacity_app`` with ``argv`` passed as given (bytes
    reach the program as the terminal would pass them)."""
    proc = subprocess.run([sys.executable, "-m", "capacity_app", *argv], capture_output=True,
                          env=child_env(), cwd=REPO, timeout=timeout)
    return proc.returncode, proc.stderr.decode("utf-8", "replace")


def one_line_refusal(code: int, err: str) -> str | None:
    """None when (code, err) is a one-line refusal (exit 2, no traceback, no "unexpected error")."""
    lines = [ln for ln in err.splitlines()
             if ln.strip() and "%" not in ln[:6] and not ln.startswith("capacity-app: warning:")]
    if code != 2:
        return f"exit {code} ({err.strip()[:160]!r})"
    if "Error: Invalid value" in err and "Traceback" not in err:
        return None  # click's own refusal of an option (a folder where a file is wanted)
    if len(lines) != 1 or "Traceback" in err or "unexpected error" in err:
        return f"not one readable line: {err.strip()[:200]!r}"
    return None


def set_backup_preference(db: Path, folder: Path | str) -> None:
    from capacity_app.services.assessments import open_store

    with open_store(db, daily_backup=False) as store:
        store.set_preference("backup_dir", str(folder))


def files_digest(paths: list[Path]) -> dict[str, str]:
    import hashlib

    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.is_file()}


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path | None]:
    """``folder`` made read-only for this process after ``prepare`` filled it: yields the folder,
    or None when that cannot be arranged (root without mount). As root: a tmpfs mounted there,
    remounted read-only by :func:`freeze`."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = False
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if not shutil.which("mount"):
            yield None
            return
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                                 capture_output=True).returncode == 0
        if not mounted:
            yield None
            return
    try:
        yield folder
    finally:
        if mounted:
            subprocess.run(["mount", "-o", "remount,rw", str(folder)], capture_output=True)
            for _ in range(20):
                if subprocess.run(["umount", str(folder)], capture_output=True).returncode == 0:
                    break
        else:
            os.chmod(folder, 0o755)


def freeze(folder: Path) -> bool:
    """Make ``folder`` (from :func:`read_only_folder`) read-only; False when it did not work."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True)
    else:
        os.chmod(folder, 0o555)
    return not os.access(folder, os.W_OK)


def damage_table(db: Path, table: str = "answers") -> None:
    """Overwrite the root page of ``table`` with garbage: the integrity check fails, the other
    tables (preferences among them) still read."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    finally:
        conn.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)


# --- item 1: outputs onto the database --------------------------------------------------------

def scenario_output_onto_database(workdir: Path) -> dict:
    """An output path that is the open database, its -wal/-shm/-journal/lock file, a file in its
    default backups folder or in the backup-folder preference, a backup itself, or the database
    reached through a symbolic link, a hard link or `..`: `export`, `report` and `aggregate` each
    refuse it with one line and exit 2, the database and its backups byte-for-byte unchanged; the
    service check the window's export, report and aggregation make refuses the same paths. The
    analyst's folder (`aggregate --bundle`) is never a backup folder, and the database, its -wal, a
    backup or a link to the database given to `import` is refused in one line, nothing changed."""
    from capacity_app.services.assessments import ServiceError, open_store
    from capacity_app.services.exchange import export_workbook
    from capacity_app.services.outputs import check_store_output
    from capacity_app.files import OutputError

    workdir = Path(workdir)
    data = workdir / "data"
    data.mkdir(parents=True)
    db = data / "capacity.sqlite3"
    aid = make_database(db, n_answers=20)
    preferred = workdir / "my-backups"
    set_backup_preference(db, preferred)
    with open_store(db, daily_backup=False) as store:
        store.backup("manual")  # into the preference
    with open_store(db, daily_backup=False, backup_dir=data / "backups") as store:
        store.backup("manual")  # into the default folder
    backups = sorted(preferred.glob("*.sqlite3")) + sorted((data / "backups").glob("*.sqlite3"))
    side = {suffix: Path(str(db) + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock")}
    for p in side.values():
        if not p.exists():
            p.write_bytes(b"")  # an empty side file, as a crashed writer leaves it
    symlink = workdir / "looks-like-a-workbook.xlsx"
    symlink.symlink_to(db)
    hardlink = workdir / "hard-link.xlsx"
    os.link(db, hardlink)
    targets = {
        "the database": db, "its -wal file": side["-wal"], "its -shm file": side["-shm"],
        "its -journal file": side["-journal"], "its lock file": side[".lock"],
        "a new file in backups/": data / "backups" / "out.xlsx",
        "a new file in the preferred backup folder": preferred / "out.xlsx",
        "a backup": backups[0], "a symbolic link to it": symlink, "a hard link to it": hardlink,
        "the database through ..": data / ".." / "data" / db.name,
    }
    protected = [db, *side.values(), *backups]
    before_db = db_digest(db)
    before = files_digest(protected)
    sources = workdir / "sources"
    sources.mkdir()
    code, _, err = cli(db, "export", aid, "--xlsx", sources / "a.xlsx")
    problems: list[str] = [] if code == 0 else [f"plain export failed: {err.strip()}"]
    refused = tried = 0
    for what, target in targets.items():
        for command in (["export", aid, "--xlsx", target], ["report", aid, "--pdf", target],
                        ["report", "--blank", "--pdf", target], ["aggregate", sources, "--xlsx", target],
                        ["aggregate", sources, "--xlsx", workdir / "ok.xlsx", "--pdf", target]):
            tried += 1
            code, out, err = cli(db, *command)
            bad = one_line_refusal(code, err)
            if bad:
                problems.append(f"{command[0]} onto {what}: {bad}")
            else:
                refused += 1
    # the analyst's folder of files (--bundle) is no backup folder either
    for what, folder in (("the backups folder", data / "backups"), ("the preferred backup folder", preferred)):
        tried += 1
        code, out, err = cli(db, "aggregate", sources, "--xlsx", workdir / "ok.xlsx", "--bundle", folder)
        bad = one_line_refusal(code, err)
        if bad:
            problems.append(f"aggregate --bundle into {what}: {bad}")
        else:
            refused += 1
    # the database (or its side files, or a link to it named .xlsx) given as the workbook to import
    for what, source in (("the database", db), ("its -wal file", side["-wal"]),
                         ("a symbolic link to it", symlink), ("a backup", backups[0])):
        for command in (["import", source, "--yes"], ["import", source, "--dry-run"]):
            tried += 1
            code, out, err = cli(db, *command)
            bad = one_line_refusal(code, err)
            if bad:
                problems.append(f"{' '.join(command[::2])} of {what}: {bad}")
            else:
                refused += 1
    with open_store(db, readonly=True, daily_backup=False) as store:
        for what, target in targets.items():
            tried += 1
            try:
                check_store_output(target, store)
                export_workbook(store, aid, target)
                problems.append(f"service export onto {what}: accepted")
            except (ServiceError, OutputError) as exc:
                refused += 1
                if "\n" in str(exc) or str(target) not in str(exc):
                    problems.append(f"service export onto {what}: message {exc}")
    if db_digest(db) != before_db:
        problems.append("the database changed")
    after = files_digest(protected)
    changed = [p for p in before if after.get(p) != before[p]]
    if changed:
        problems.append(f"changed: {changed}")
    ok = refused == tried and not problems
    summary = (f"{tried} outputs onto (and imports from) the database, its side files and backups: {refused} refused "
               f"(exit 2, one line), database and {len(backups)} backups unchanged"
               + ("" if not changed else f"; {len(changed)} files CHANGED"))
    return result(ok, summary, problems, tried=tried, refused=refused)


# --- item 18: how outputs are written ---------------------------------------------------------

def scenario_output_files(workdir: Path) -> dict:
    """Outputs take the user's umask (0644 with umask 022, not 0600); an output path that is a
    symbolic link (even to a writable file), a folder, a FIFO or a device is refused and left as
    it was; `aggregate` of a missing file refuses (exit 2) and writes nothing."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "capacity.sqlite3"
    aid = make_database(db, n_answers=5)
    problems: list[str] = []
    old = os.umask(0o022)
    try:
        modes = {}
        writes = [("workbook", ["export", aid, "--xlsx", workdir / "out.xlsx"]),
                  ("aggregate", ["aggregate", workdir / "out.xlsx", "--xlsx", workdir / "agg.xlsx"])]
        if is_long():  # a PDF takes seconds; it is written by the same capacity_app/files.py function
            writes.append(("report", ["report", "--blank", "--pdf", workdir / "out.pdf"]))
        for name, command in writes:
            code, _, err = cli(db, *command)
            target = Path(command[-1])
            if code != 0 or not target.exists():
                problems.append(f"{name}: exit {code}: {err.strip()[:160]}")
                continue
            modes[name] = stat.S_IMODE(target.stat().st_mode)
            if modes[name] != 0o644:
                problems.append(f"{name} written {oct(modes[name])}, not 0o644 (umask 022)")
    finally:
        os.umask(old)
    victim = workdir / "victim.txt"
    victim.write_text("keep me")
    specials: dict[str, Path] = {}
    link = workdir / "link.xlsx"
    link.symlink_to(victim)
    specials["a symbolic link"] = link
    folder = workdir / "folder.xlsx"
    folder.mkdir()
    specials["a folder"] = folder
    fifo = workdir / "fifo.xlsx"
    os.mkfifo(fifo)
    specials["a FIFO"] = fifo
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        device = workdir / "null.xlsx"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        specials["a device"] = device
    refused = 0
    for what, target in specials.items():
        for command in (["export", aid, "--xlsx", target], ["report", "--blank", "--pdf", target],
                        ["aggregate", workdir / "out.xlsx", "--xlsx", target]):
            before = os.lstat(target)
            code, _, err = cli(db, *command)
            bad = one_line_refusal(code, err)
            if bad:
                problems.append(f"{command[0]} onto {what}: {bad}")
            else:
                refused += 1
            after = os.lstat(target)
            if (before.st_ino, before.st_mode) != (after.st_ino, after.st_mode):
                problems.append(f"{command[0]} replaced {what}")
    if victim.read_text() != "keep me":
        problems.append("the file behind the symbolic link was written")
    out = workdir / "never.xlsx"
    code, _, err = cli(db, "aggregate", workdir / "nonexistent", "--xlsx", out)
    bad = one_line_refusal(code, err)
    if bad or out.exists():
        problems.append(f"aggregate of a missing file: {bad or 'wrote ' + str(out)}")
    summary = (f"outputs written {', '.join(sorted({oct(m) for m in modes.values()})) or 'nowhere'} "
               f"with umask 022; {refused}/{3 * len(specials)} writes onto {', '.join(specials)} refused; "
               f"aggregate of a missing file: {'refused, nothing written' if not bad and not out.exists() else 'NOT refused'}")
    return result(not problems, summary, problems, refused=refused)


# --- item 15: one-line refusals ---------------------------------------------------------------

def scenario_cli_refusals(workdir: Path) -> dict:
    """One line and exit 2, never "unexpected error": a non-UTF-8 byte in an argument, an id of 23
    digits, `--xlsx /proc/nope/x.xlsx`, `check --restore` in a read-only folder, `import` when the
    backup folder cannot be written (nothing imported); a daily backup that cannot be written (a
    full disk, a folder that cannot be made) is skipped with a warning and the command goes on."""
    from scenarios import fill_disk, small_disk

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "capacity.sqlite3"
    aid = make_database(db, n_answers=5)
    problems: list[str] = []
    cases = 0

    def expect_refusal(what: str, code: int, err: str) -> None:
        nonlocal cases
        cases += 1
        bad = one_line_refusal(code, err)
        if bad:
            problems.append(f"{what}: {bad}")

    code, err = cli_process([b"--db", str(db).encode(), b"new", b"--country", b"KEN", b"--round", b"2026",
                             b"--title", b"caf\xe9"])
    expect_refusal("a non-UTF-8 byte in an argument", code, err)
    code, _, err = cli(db, "new", "--country", "KEN", "--round", "2026", "--title", "caf\udcff")
    expect_refusal("a non-UTF-8 byte in an argument (in process)", code, err)
    code, _, err = cli(db, "export", "1" * 23, "--xlsx", workdir / "x.xlsx")
    expect_refusal("an id of 23 digits", code, err)
    code, _, err = cli(db, "export", aid, "--xlsx", "/proc/nope/x.xlsx")
    expect_refusal("--xlsx /proc/nope/x.xlsx", code, err)

    # import when the backup folder cannot be written: the preference points under a file
    blocker = workdir / "a-file"
    blocker.write_text("")
    workbook = workdir / "out.xlsx"
    code, _, err = cli(db, "export", aid, "--xlsx", workbook)
    other = workdir / "other.sqlite3"
    make_database(other, n_answers=1, seed=2)
    set_backup_preference(other, blocker / "backups")
    before = db_digest(other)
    code, out, err = cli(other, "import", workbook)
    expect_refusal("import with a backup folder that cannot be written", code, err)
    if db_digest(other) != before:
        problems.append("import with an unwritable backup folder changed the database")

    # a daily backup due that cannot be written: warned, skipped, the command runs
    code, out, err = cli(other, "list")
    cases += 1
    if code != 0 or "warning" not in err or "daily backup" not in err:
        problems.append(f"list with a daily backup that cannot be written: exit {code}, {err.strip()[:200]!r}")
    full_disk = "not tried (needs root)"
    with small_disk(workdir / "full", size_kib=16384) as mnt:
        if mnt is not None:
            small = mnt / "capacity.sqlite3"
            make_database(small, n_answers=400)
            ballast = fill_disk(mnt)
            # room for the -shm file and a little more, not for a copy of the database
            room = 160 * 1024
            if small.stat().st_size > room:
                with open(ballast, "r+b") as fh:
                    fh.truncate(max(0, ballast.stat().st_size - room))
            code, out, err = cli(small, "list")
            cases += 1
            full_disk = "list ran, backup skipped with a warning" if code == 0 and "warning" in err else "FAILED"
            if code != 0:
                problems.append(f"list with a daily backup due on a full disk: exit {code}, {err.strip()[:200]!r}")

    # check --restore in a read-only folder: refused, the damaged file left where it was
    restore = "not tried (no read-only folder)"
    with read_only_folder(workdir / "ro") as ro:
        if ro is not None:
            broken = ro / "capacity.sqlite3"
            make_database(broken, n_answers=30)
            cli(broken, "list")  # a daily backup in ro/backups
            damage_table(broken)
            if freeze(ro):
                code, out, err = cli(broken, "check", "--restore")
                expect_refusal("check --restore in a read-only folder", code, err)
                restore = "refused in one line" if not one_line_refusal(code, err) else "NOT refused"
    summary = (f"{cases} bad inputs: {cases - len(problems)} answered in one line; daily backup on a "
               f"full disk: {full_disk}; check --restore in a read-only folder: {restore}")
    return result(not problems, summary, problems, cases=cases)


# --- item 16: database paths and read-only folders ---------------------------------------------

def scenario_database_paths(workdir: Path, opens: int = 3) -> dict:
    """A database in a folder named with `%20`, `%41`, `?` or `#` opens as itself every time (no
    second file, never "damaged"); in a read-only folder `export`, `report`, `score` and `check`
    work on a healthy database (or refuse clearly), and none calls it damaged."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    names = ["a%20b", "c%41d", "e?f", "g#h", "i%2", "%25 j"]
    for name in names:
        folder = workdir / name
        db = folder / "capacity.sqlite3"
        for i in range(opens):
            code, out, err = cli(db, "new", "--country", "KEN", "--round", str(2020 + i))
            if code != 0:
                problems.append(f"{name}: open {i + 1}: exit {code}: {err.strip()[:160]}")
                break
        code, out, err = cli(db, "list", "--json")
        if code != 0 or out.count('"uid"') != opens:
            problems.append(f"{name}: list after {opens} opens: exit {code}, {out.count(chr(34) + 'uid' + chr(34))} "
                            f"assessments ({err.strip()[:120]})")
        stray = sorted(p.name for p in workdir.iterdir() if p.name not in names and p.name != "ro")
        if stray:
            problems.append(f"{name}: other files appeared: {stray}")
    ro_verdict = "not tried (no read-only folder)"
    with read_only_folder(workdir / "ro") as ro:
        if ro is not None:
            db = ro / "capacity.sqlite3"
            aid = make_database(db, n_answers=10)
            if freeze(ro):
                outs = workdir / "outputs"
                outs.mkdir(exist_ok=True)
                worked = 0
                commands = (["export", aid, "--xlsx", outs / "a.xlsx"], ["report", aid, "--pdf", outs / "a.pdf"],
                            ["score", aid], ["check"], ["answers", aid])
                for command in commands:
                    code, out, err = cli(db, *command)
                    if "damaged" in err or "damaged" in out:
                        problems.append(f"read-only folder: {command[0]} calls the database damaged: {err.strip()[:160]}")
                    elif code == 0:
                        worked += 1
                    elif one_line_refusal(code, err):
                        problems.append(f"read-only folder: {command[0]}: {one_line_refusal(code, err)}")
                ro_verdict = f"{worked}/{len(commands)} reading commands worked, none said damaged"
    summary = (f"{len(names)} folder names with %XX, ? and #: each opened {opens} times as itself; "
               f"read-only folder: {ro_verdict}")
    return result(not problems, summary, problems)


# --- item 19: the backup-folder preference ------------------------------------------------------

def scenario_backup_folder_preference(workdir: Path) -> dict:
    """With a backup folder chosen in Preferences, the daily backup, the pre-migration backup and
    the pre-import backup go there (nothing new in the default folder), and `check --restore`
    finds and restores a damaged database from it."""
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.storage.db import list_backups

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    db = workdir / "data" / "capacity.sqlite3"
    aid = make_database(db, n_answers=30)
    preferred = workdir / "chosen"
    default = db.parent / "backups"
    set_backup_preference(db, preferred)
    cli(db, "list")  # the first daily backup is due
    reasons = {b.reason for b in list_backups(db, preferred)}
    if "daily" not in reasons:
        problems.append(f"daily backup not in the preferred folder ({sorted(reasons)})")
    workbook = workdir / "a.xlsx"
    cli(db, "export", aid, "--xlsx", workbook)
    cli(db, "set", aid, text_keys(questionnaire_for())[0], "changed before the import")
    # The answer changed after the export: the import reverts it only when told to.
    code, out, err = cli(db, "import", workbook, "--yes", "--overwrite-newer")
    if "pre-import" not in {b.reason for b in list_backups(db, preferred)}:
        problems.append(f"pre-import backup not in the preferred folder (import exit {code}: {err.strip()[:120]})")
    fixtures = fixture_databases()
    if fixtures:
        old = workdir / "old" / "capacity.sqlite3"
        old.parent.mkdir()
        shutil.copy(fixtures[0], old)
        conn = sqlite3.connect(old)
        with conn:
            conn.execute("INSERT OR REPLACE INTO preferences(name, value) VALUES ('backup_dir', ?)",
                         [f'"{workdir / "old-chosen"}"'])
        conn.close()
        with open_store(old, daily_backup=False):
            pass
        if "pre-migration" not in {b.reason for b in list_backups(old, workdir / "old-chosen")}:
            problems.append("pre-migration backup not in the preferred folder")
        if (old.parent / "backups").exists():
            problems.append("pre-migration backup made the default folder")
    if default.exists() and any(default.iterdir()):
        problems.append(f"backups in the default folder: {sorted(p.name for p in default.iterdir())}")
    damage_table(db)
    code, out, err = cli(db, "check", "--restore")
    restored = code == 0 and "restored:" in out and str(preferred) in out
    if not restored:
        problems.append(f"check --restore from the preferred folder: exit {code}: {(err or out).strip()[:200]}")
    else:
        code, out, err = cli(db, "check")
        if code != 0:
            problems.append(f"after the restore: exit {code}: {err.strip()[:160]}")
    summary = ("daily, pre-import and pre-migration backups in the preferred folder, none in the default; "
               f"check --restore from it: {'restored' if restored else 'FAILED'}")
    return result(not problems, summary, problems)


def outputs_plan(n: dict) -> list[tuple[str, str, str, object]]:
    """(name, promise, title, call) rows for tools/reliability_report.py."""
    return [
        ("output_onto_database", "8", "an output onto the database, its side files or its backups",
         lambda d: scenario_output_onto_database(d)),
        ("output_files", "8", "output permissions; symbolic links, folders, FIFOs and devices at the output path",
         lambda d: scenario_output_files(d)),
        ("cli_refusals", "2, 3", "bad command lines, unwritable backup folders, a daily backup on a full disk",
         lambda d: scenario_cli_refusals(d)),
        ("database_paths", "2", "database folders named with %XX, ? and #; read-only folders",
         lambda d: scenario_database_paths(d)),
        ("backup_folder_preference", "2", "the backup-folder preference for every backup and for restore",
         lambda d: scenario_backup_folder_preference(d)),
    ]
