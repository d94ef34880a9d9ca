"""The Word and PDF report under strace: ``capacity-app report ID --pdf F --docx G`` in a
fresh process, every file-related and network system call of it and of anything it starts
recorded by ``strace -f``. It must start no other program, make no socket (no inet address, no
AF_UNIX one either: the report talks to nothing), and open nothing outside an allow-list (the
database and its -wal/-shm/lock, the Python prefixes and the virtual environment, the package and
its resources and questionnaire, the system's shared libraries and locale data, fonts and
fontconfig, matplotlib's cache, /proc/self, a few of /sys and /dev, the output folder, the
temporary folder). A second run reads a database whose user text (answers, comments, evidence, an
attached document) and a ministry's Word template carry file:// and http:// URLs (to a loopback
canary server): nothing of them is opened or fetched.

The audit-hook test (scenarios.scenario_pdf_isolation) watches the renderer from inside Python;
this one watches the whole process from outside, native libraries (Pango, fontconfig, libxml)
included.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

from scenarios import _Canary, child_env, is_long, pdf_payloads, result, text_keys

# one call a line with -f -y: `PID  openat(3</dir>, "name", O_RDONLY|O_CLOEXEC) = 4</dir/name>`
_CALL = re.compile(r"^(\d+)\s+(?:<\.\.\. )?([a-z0-9_]+)(?:\(| resumed>)(.*)$")
_OPEN_ARGS = re.compile(r'^(?:(AT_FDCWD|\d+)(?:<([^>]*)>)?, )?"((?:[^"\\]|\\.)*)"(?:, ([A-Z0-9_|]+))?')
_OPENS = {"open", "openat", "openat2", "creat"}
_STARTS = {"execve", "execveat"}
_NETWORK = {"socket", "connect", "bind", "listen", "accept", "accept4", "sendto", "sendmsg", "sendmmsg",
            "recvfrom", "recvmsg", "socketpair", "getpeername", "getsockname", "setsockopt", "getsockopt",
            "shutdown"}
_IGNORED_FAILURES = ("ENOENT", "ENOTDIR")  # nothing was read: a library or a module looked for


def _unescape(path: str) -> str:
    return path.encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1").decode(
        "utf-8", "replace")


def trace_calls(log: Path, cwd: Path) -> tuple[list[tuple[str, str, bool]], list[str], list[str]]:
    """(opens as (path, flags, written), processes started, network calls) of an strace -f -y log.
    A path relative to a directory descriptor is joined to the directory strace names; an open that
    failed because the file does not exist read nothing and is left out."""
    opens: list[tuple[str, str, bool]] = []
    starts: list[str] = []
    network: list[str] = []
    first_exec = True
    for line in log.read_text(errors="replace").splitlines():
        m = _CALL.match(line)
        if m is None or "resumed>" in line:
            continue  # the call's line (its path) came as `<unfinished ...>` and was read there
        _pid, call, rest = m.groups()
        failed = re.search(r"= -1 (E[A-Z]+)", rest)
        if call in _NETWORK:
            network.append(line.strip())
        elif call in _STARTS:
            if first_exec:
                first_exec = False  # strace's own start of the command
                continue
            if not failed:
                starts.append(line.strip())
        elif call in _OPENS:
            a = _OPEN_ARGS.match(rest)
            if a is None or (failed and failed.group(1) in _IGNORED_FAILURES):
                continue
            _fd, fd_path, raw, flags = a.groups()
            path = _unescape(raw)
            if not path.startswith("/"):
                path = os.path.join(fd_path or str(cwd), path)
            flags = flags or ("O_WRONLY|O_CREAT" if call == "creat" else "O_RDONLY")
            opens.append((os.path.normpath(path), flags, "O_WRONLY" in flags or "O_RDWR" in flags))
    return opens, starts, network


def allowed_roots(db: Path, out_dir: Path, tmp: Path, data: str, extra: list[Path]) -> tuple[list[str], list[str]]:
    """(folders whose files may be read, single files) for the report's process (``tmp``: its
    temporary folder, a private one, so that the rest of /tmp is not allowed; ``data``: the
    application's data folder, where its settings are)."""
    from capacity_app.paths import assessments_dir, resources_dir

    import capacity_app

    home = Path.home()
    folders = [
        sys.prefix, sys.base_prefix, sys.exec_prefix, sysconfig.get_paths()["purelib"],
        sysconfig.get_paths()["stdlib"], str(Path(capacity_app.__file__).resolve().parent),
        str(resources_dir().resolve()), str(assessments_dir().resolve()),
        # the system's shared libraries, their configuration and locale data
        "/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib", "/usr/share/locale", "/usr/lib/locale",
        # fonts and fontconfig (WeasyPrint through Pango, matplotlib's charts)
        "/usr/share/fonts", "/usr/local/share/fonts", "/etc/fonts", "/usr/share/fontconfig", "/var/cache/fontconfig",
        str(home / ".fonts"), str(home / ".local/share/fonts"), str(home / ".cache/fontconfig"),
        str(home / ".cache/matplotlib"), str(home / ".config/matplotlib"),
        os.environ.get("MPLCONFIGDIR", "/nonexistent"), os.environ.get("XDG_CACHE_HOME", "/nonexistent"),
        "/usr/share/zoneinfo", "/usr/share/mime",
        "/proc/self", "/proc/thread-self", "/sys/devices/system/cpu", "/sys/fs/cgroup",
        str(out_dir), str(tmp), data,
    ]
    files = [str(db), f"{db}-wal", f"{db}-shm", f"{db}-journal", f"{db}.lock",
             "/etc/ld.so.cache", "/etc/localtime", "/etc/mime.types", "/etc/ssl/openssl.cnf",
             "/proc/filesystems", "/proc/meminfo", "/proc/cpuinfo", "/proc/stat",
             "/dev/null", "/dev/urandom", "/dev/random",
             *(str(p) for p in extra)]
    real = [os.path.realpath(f) for f in folders]
    return sorted({*folders, *real}), sorted({*files, *(os.path.realpath(f) for f in files)})


def outside(opens: list[tuple[str, str, bool]], folders: list[str], files: list[str],
            dirs: list[str]) -> list[str]:
    """The opens outside the allow-list: a file in none of ``folders`` and not one of ``files``; a
    folder listed (O_DIRECTORY) that is none of those nor one of ``dirs`` (the working folder, the
    import path's entries, the database's folder)."""
    def within(p: str) -> bool:
        return p in files or any(p == f or p.startswith(f.rstrip("/") + "/") for f in folders)

    bad = []
    for path, flags, written in opens:
        p = path if path.startswith(("/proc/", "/dev/", "/sys/")) else os.path.realpath(path)
        p = re.sub(r"^/proc/\d+(/task/\d+)?(?=/|$)", "/proc/self", p)
        if within(p) or within(path) or ("O_DIRECTORY" in flags and p in dirs):
            continue
        bad.append(f"{'written' if written else 'read'}: {path} ({flags})")
    return sorted(set(bad))


def hostile_template(path: Path, port: int) -> None:
    """A ministry's Word template whose text holds file:// and http:// URLs, with an external
    hyperlink and an externally linked image (a relationship Word would follow)."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    doc = Document()
    doc.add_paragraph(f"See file:///etc/passwd and http://127.0.0.1:{port}/template-text")
    part = doc.part
    part.relate_to(f"http://127.0.0.1:{port}/template-link", RT.HYPERLINK, is_external=True)
    part.relate_to("file:///etc/passwd", RT.IMAGE, is_external=True)
    part.relate_to(f"http://127.0.0.1:{port}/template-image", RT.IMAGE, is_external=True)
    doc.save(str(path))


def demo_database(path: Path, port: int | None) -> int:
    """The demo assessment; with ``port`` its user text and an attached document carry URLs."""
    from capacity_app.services.assessments import add_evidence, open_store, questionnaire_for, record_answer
    from capacity_app.services.demo import create_demo
    from capacity_app.services.documents import attach_file

    with open_store(path, daily_backup=False) as store:
        a = create_demo(store)
        if port is not None:
            q = questionnaire_for()
            payloads = pdf_payloads(port)
            for key, p in zip(text_keys(q), payloads, strict=False):
                record_answer(store, q, a.id, key, p, comment=p)
                add_evidence(store, q, a.id, key, "url", p)
            doc = path.parent / "links.txt"
            doc.write_text(f"file:///etc/passwd\nhttp://127.0.0.1:{port}/document\n", encoding="utf-8")
            attach_file(store, q, a.id, text_keys(q)[0].split(".")[0], doc)
            doc.unlink()
        return a.id


def traced_report(workdir: Path, db: Path, aid: int, template: Path | None) -> dict:
    """Run the report under strace; what it opened outside the allow-list, started, connected."""
    out_dir = workdir / "out"
    run_dir = workdir / "cwd"
    out_dir.mkdir()
    run_dir.mkdir()
    log = workdir / "strace.log"
    cmd = [sys.executable, "-m", "capacity_app", "--db", str(db), "report", str(aid),
           "--pdf", str(out_dir / "r.pdf"), "--docx", str(out_dir / "r.docx")]
    if template is not None:
        cmd += ["--template", str(template)]
    env = child_env()
    env["TMPDIR"] = str(workdir / "tmp")  # its own temporary folder: the rest of /tmp is not allowed
    (workdir / "tmp").mkdir()
    t0 = time.perf_counter()
    proc = subprocess.run(["strace", "-f", "-qq", "-y", "-e", "trace=%file,%network,execve", "-o", str(log),
                           *cmd], cwd=run_dir, env=env, capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - t0
    opens, starts, network = trace_calls(log, run_dir)
    folders, files = allowed_roots(db, out_dir, workdir / "tmp", env["CAPACITY_APP_DATA"], [template] if template else [])
    entries = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    dirs = [str(run_dir), str(db.parent), *entries, *(os.path.realpath(p) for p in entries)]
    return {"exit": proc.returncode, "stderr": proc.stderr.strip()[-600:], "seconds": seconds,
            "opens": len(opens), "outside": outside(opens, folders, files, dirs), "starts": starts,
            "network": network, "outputs": [p.name for p in sorted(out_dir.iterdir())],
            "passwd": [p for p, _f, _w in opens if "passwd" in p]}


def strace_selfcheck(workdir: Path) -> dict:
    """The watcher itself: a process that reads /etc/hostname, makes a socket and starts a program
    is seen doing each (a test that cannot fail is no test)."""
    workdir = Path(workdir).resolve()
    log = workdir / "self.log"
    code = ("import socket, subprocess; open('/etc/hostname').close(); socket.socket().close(); "
            "subprocess.run(['true'])")
    subprocess.run(["strace", "-f", "-qq", "-y", "-e", "trace=%file,%network,execve", "-o", str(log),
                    sys.executable, "-c", code], cwd=workdir, capture_output=True, timeout=120, check=True)
    opens, starts, network = trace_calls(log, workdir)
    folders, files = allowed_roots(workdir / "none.sqlite3", workdir, workdir, str(workdir), [])
    return {"outside": outside(opens, folders, files, []), "starts": starts, "network": network}


def scenario_report_strace(workdir: Path, plain: bool | None = None) -> dict:
    """The report (PDF and Word at once) of the demo assessment under strace, and the same with
    URLs in its user text, an attached document and a Word template: nothing opened outside the
    allow-list, no program started, no socket, no request to the canary. ``plain`` (long mode by
    default) adds the run on the unchanged demo database."""
    if shutil.which("strace") is None:
        return result(True, "skipped: strace is not installed", [], skipped=True)
    workdir = Path(workdir).resolve()
    plain = is_long() if plain is None else plain
    canary = _Canary()
    problems: list[str] = []
    runs: dict[str, dict] = {}
    try:
        cases = [("hostile", canary.port)] + ([("plain", None)] if plain else [])
        for name, port in cases:
            d = workdir / name
            (d / "db").mkdir(parents=True)
            db = d / "db" / "report.sqlite3"
            aid = demo_database(db, port)
            template = None
            if port is not None:
                template = d / "ministry-template.docx"
                hostile_template(template, port)
            run = runs[name] = traced_report(d, db, aid, template)
            if run["exit"] != 0 or run["outputs"] != ["r.docx", "r.pdf"]:
                problems.append(f"{name}: the report failed (exit {run['exit']}, outputs {run['outputs']}): "
                                f"{run['stderr']}")
            problems += [f"{name}: opened outside the allow-list: {p}" for p in run["outside"]]
            problems += [f"{name}: started a program: {s}" for s in run["starts"]]
            problems += [f"{name}: network call: {s}" for s in run["network"]]
            problems += [f"{name}: opened {p}" for p in run["passwd"]]
        time.sleep(0.2)  # a late request would reach the canary now
        hits = list(canary.hits)
    finally:
        canary.close()
    problems += [f"the canary was asked for {h}" for h in hits]
    said = "; ".join(
        f"{name}: {r['opens']} opens, {len(r['outside'])} outside the allow-list, {len(r['starts'])} programs "
        f"started, {len(r['network'])} network calls, {r['seconds']:.1f} s under strace"
        for name, r in runs.items())
    return result(not problems, f"report --pdf --docx under strace -f: {said}; {len(hits)} canary requests "
                  f"(URLs in answers, comments, evidence, an attached document and the Word template)",
                  problems, runs=len(runs), outside_total=sum(len(r["outside"]) for r in runs.values()),
                  network_total=sum(len(r["network"]) for r in runs.values()),
                  starts_total=sum(len(r["starts"]) for r in runs.values()), canary_hits=len(hits))


def strace_plan(n: dict) -> list[tuple[str, str, str, object]]:
    """(name, promise, title, call) of the scenario here, for tools/reliability_report.py."""
    return [
        ("report_strace", "5, 11", "the Word and PDF report under strace (files read, network, programs)",
         lambda d: scenario_report_strace(d)),
    ]
