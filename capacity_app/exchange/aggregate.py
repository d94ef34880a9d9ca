"""Cross-country aggregation of exchange workbooks.

A pool of worker processes (both cores) checks, reads and validates every file (the same checks
as an import, versions reconciled through the declared mappings) and renders its long-table rows
as sheet XML. The main process spools those bytes to a temporary file, resolves duplicates (same
country and round: the latest export wins), and assembles a streaming workbook (``xlsxstream``),
so memory stays flat in the number of files. A bad file is rejected with its reason on the
``Files`` sheet; it never stops the run."""
from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Iterable

from .. import jobs
from ..catalog import countries
from ..catalog.loader import load_bundled
from ..reports.aggregate import AggregateSummary, CountryRow, FileRow, write_aggregate_pdf
from . import codec
from .export import scores_checksum
from .format import (
    AGG_ANSWERS, AGG_ANSWERS_COLUMNS, AGG_FILES, AGG_FILES_COLUMNS, AGG_REGIONS, AGG_REGIONS_COLUMNS,
    AGG_SDG, AGG_SDG_FIRST_COLUMNS, AGG_SHEET_ORDER, AGG_SUMMARY, AGG_SUMMARY_FIRST_COLUMNS, SCORES,
    SCORES_COLUMNS, SCORE_KINDS,
)
from .importer import WorkbookError, _str, plan_from_workbook
from .mapping import load_mappings
from .reader import Workbook
from .safety import UnsafeWorkbook
from .xlsxstream import StreamWorkbook, cell_xml, replace_atomically

ACCEPTED, REJECTED, SUPERSEDED = "accepted", "rejected", "superseded"


@dataclass
class FileRecord:
    path: str
    status: str = REJECTED
    reason: str = ""
    country: str = ""
    round: int | None = None
    exported_at: str = ""
    questionnaire_version: str = ""
    sha256: str = ""
    checksum: str = ""  # ok | mismatch | ""
    uid: str = ""


@dataclass
class AggregateReport:
    files: list[FileRecord]
    warnings: list[str]
    out_xlsx: Path
    out_pdf: Path | None = None
    countries: list[dict] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return sum(1 for f in self.files if f.status == ACCEPTED)

    @property
    def rejected(self) -> int:
        return sum(1 for f in self.files if f.status == REJECTED)

    @property
    def superseded(self) -> int:
        return sum(1 for f in self.files if f.status == SUPERSEDED)


class AggregateError(Exception):
    user_error = True


# --- inputs ------------------------------------------------------------------------------------

def expand_inputs(paths: Iterable, exclude: Iterable[Path] = ()) -> list[FileRecord | str]:
    """Files as given, folders searched for *.xlsx (recursively); missing paths become rejected
    records. Excel lock files (~$name.xlsx) are skipped."""
    skip = {Path(p).resolve() for p in exclude}
    out: list = []
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(x for x in p.rglob("*") if x.suffix.lower() in (".xlsx", ".xlsm")
                           and x.is_file() and not x.name.startswith(("~$", ".")))
        elif p.exists():
            found = [p]
        else:
            out.append(FileRecord(str(p), REJECTED, "no such file or folder"))
            continue
        for f in found:
            r = f.resolve()
            if r in seen or r in skip:
                continue
            seen.add(r)
            out.append(str(f))
    return out


# --- workers -----------------------------------------------------------------------------------

_Q = None
_MAPPINGS = None


def _init(mappings, questionnaire=None, parent: int | None = None) -> None:
    """Worker set-up: the mappings and the questionnaire come pickled from the main process
    (cheaper than every worker parsing the YAML again). A worker exits when ``parent`` dies."""
    global _MAPPINGS, _Q
    _MAPPINGS = mappings
    if questionnaire is not None:
        _Q = questionnaire
    if parent is not None:
        _die_with(parent)


def _die_with(parent: int) -> None:
    """End this worker when process ``parent`` ends, even by ``kill -9`` (a pool worker otherwise
    waits forever for work on a queue whose other end it holds itself). Linux: the kernel sends
    SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG); everywhere: a daemon thread checks the
    parent every half second."""
    import threading

    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    if os.getppid() != parent:  # died before the death signal was armed
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


# --- temporary folders ---------------------------------------------------------------------------

RUN_PREFIX = "capacity-aggregate-"


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there: treat every owner as alive
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: someone else's live process
        return True
    return True


def remove_stale_runs(folder: str | Path | None = None) -> int:
    """Remove the temporary folders of earlier runs whose process is gone (a run killed half-way
    leaves its sheets behind: hundreds of MB). Named ``capacity-aggregate-<pid>-<random>``."""
    removed = 0
    for d in Path(folder or tempfile.gettempdir()).glob(f"{RUN_PREFIX}*-*"):
        pid = d.name[len(RUN_PREFIX):].split("-", 1)[0]
        if d.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(d, ignore_errors=True)
            removed += not d.exists()
    return removed


def _questionnaire():
    global _Q
    if _Q is None:
        _Q = load_bundled()
    return _Q


def _reason(exc: Exception) -> str:
    msg = str(exc)
    path = getattr(exc, "path", "")
    if path and msg.startswith(path + ": "):
        msg = msg[len(path) + 2:]
    return msg


def _extract(path: str) -> dict:
    """Everything the consolidated workbook needs from one file, checked and validated like an
    import; its long-table rows are rendered here (in the worker) as sheet XML."""
    try:
        with Workbook(path) as wb:
            plan = plan_from_workbook(wb, _questionnaire(), mappings=_MAPPINGS)
            score_rows = []
            if SCORES in wb.sheet_names:
                if wb.formula_cells(SCORES):
                    return {"ok": False, "reason": f"{SCORES}!{wb.formula_cells(SCORES)[0]}: "
                                                   "contains a formula; formulas are never evaluated"}
                rows = wb.rows(SCORES)
                score_rows = [list(r[:len(SCORES_COLUMNS)]) for r in rows[1:]
                              if r and _str(r[0]) in SCORE_KINDS]
    except (WorkbookError, UnsafeWorkbook) as exc:
        return {"ok": False, "reason": _reason(exc)}
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "reason": f"cannot be read ({type(exc).__name__}: {exc})"}
    warnings = []
    if not plan.checksum_ok:
        warnings.append(f"{len(plan.edited)} cells were edited outside the application after export; "
                        "the scores are those computed at export")
    padded = [r + [None] * (len(SCORES_COLUMNS) - len(r)) for r in score_rows]
    if padded and scores_checksum(padded) != _str(plan.meta.get("scores_sha256")):
        warnings.append("the Scores sheet was edited outside the application")
    warnings.extend(plan.warnings)
    q = _questionnaire()
    mapped = "" if plan.questionnaire_version == q.version else plan.questionnaire_version
    prov = (Path(plan.path).name, plan.file_sha256, plan.meta.get("exported_at", ""),
            plan.questionnaire_version, mapped)
    head = "<row>" + cell_xml(plan.country) + cell_xml(plan.round)
    tail = "".join(cell_xml(v) for v in prov) + "</row>"
    status_xml: dict[str, str] = {}
    parts = []
    for a in plan.answers:
        resolved = q.resolve_key(a.key)
        item = resolved[0] if resolved else q.item(a.key)  # an item as a whole: comment, evidence
        value = codec.encode_value(resolved[1], a.value) if resolved else a.value
        st = status_xml.get(a.status) or status_xml.setdefault(a.status, cell_xml(a.status))
        section = cell_xml(item.section_id if item else "")
        evidence, *more = codec.evidence_parts(codec.encode_evidence(a.evidence))
        parts.append(head + cell_xml(a.key) + section + st + cell_xml(value) + cell_xml(a.comment)
                     + cell_xml(evidence) + tail)
        for part in more:  # more evidence than a cell holds: continued on rows below, as in export
            parts.append(head + cell_xml(a.key) + section + "<c/><c/><c/>" + cell_xml(part) + tail)
    scores: dict[str, Any] = {"overall": None, "band": "", "sections": {}, "pq": {}, "sdg": {}}
    for r in padded:
        kind, code = _str(r[0]), _str(r[1])
        if kind == "overall":
            scores["overall"] = _num(r[3])
            scores["band"] = _str(r[9])
        elif kind == "section":
            scores["sections"][code] = _num(r[3])
        elif kind == "policy_question":
            scores["pq"][code] = _num(r[5])
        elif kind == "sdg":
            scores["sdg"][code] = _str(r[9])
    return {"ok": True, "meta": plan.meta, "checksum": "ok" if plan.checksum_ok else "mismatch",
            "sha": plan.file_sha256, "country": plan.country, "round": plan.round, "uid": plan.uid,
            "exported_at": plan.meta.get("exported_at", ""),
            "sections": list(scores["sections"]), "sdg": list(scores["sdg"]),
            "warnings": warnings, "rows_xml": "".join(parts), "n_rows": len(parts), "scores": scores,
            "mapped_from": mapped, "version": plan.questionnaire_version}


def _num(v: Any) -> float | None:
    if isinstance(v, bool) or v is None or v == "":
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def summary(rep: AggregateReport, sdg_codes: list[str]) -> AggregateSummary:
    """The plain data the PDF summary (``reports.aggregate``) shows."""
    return AggregateSummary(
        accepted=rep.accepted, rejected=rep.rejected, superseded=rep.superseded,
        countries=[CountryRow(c["country"], c["name"], c["region"], c["round"], c["overall"], c["band"],
                              dict(c["sdg"])) for c in rep.countries],
        sdg_codes=list(sdg_codes),
        problems=[FileRow(f.path, f.status, f.reason) for f in rep.files if f.status != ACCEPTED])


# --- the run -----------------------------------------------------------------------------------

def _map(executor, fn, items: list, chunksize: int = 4, fallback=None):
    """Results in input order; when the pool breaks (a worker killed, or no way to start one),
    the remaining items are done in this process."""
    if executor is None:
        yield from map(fn, items)
        return
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    try:
        for res in executor.map(fn, items, chunksize=chunksize):
            done += 1
            yield res
    except BrokenProcessPool:
        if fallback is not None:
            fallback("the worker processes stopped; the remaining files were read in one process")
        for item in items[done:]:
            yield fn(item)


def aggregate(paths, out_xlsx, *, pdf_out=None, progress=None, cancelled=None, workers: int = 2,
              mappings=None) -> AggregateReport:
    """Consolidate country workbooks into one workbook (and optionally a PDF summary).

    One pass: worker processes check, validate and render every file; the main process spools
    the rendered rows to a temporary file, resolves duplicates, then assembles the workbook."""
    out_xlsx = Path(out_xlsx)
    pdf_out = Path(pdf_out) if pdf_out else None
    mappings = load_mappings() if mappings is None else mappings
    entries = expand_inputs(paths, exclude=[out_xlsx])
    records: list[FileRecord] = []
    todo: list[tuple[FileRecord, str]] = []
    for e in entries:
        if isinstance(e, FileRecord):
            records.append(e)
        else:
            rec = FileRecord(e)
            records.append(rec)
            todo.append((rec, e))
    if not records:
        raise AggregateError("no workbooks to aggregate (give .xlsx files or folders holding them)")
    warnings: list[str] = []

    def report(fraction, message):
        jobs.report(progress, fraction, message)

    def check():
        jobs.check(cancelled)

    _init(mappings)
    q = _questionnaire()
    remove_stale_runs()
    with contextlib.ExitStack() as stack:
        # every temporary file of this run in one folder named after this process: removed at the
        # end, or by the next run when this one is killed
        run_dir = Path(tempfile.mkdtemp(prefix=f"{RUN_PREFIX}{os.getpid()}-"))
        stack.callback(shutil.rmtree, run_dir, ignore_errors=True)
        executor = None
        if workers and len(todo) > 2:
            import multiprocessing  # the process pool (about 20 ms to import): only for a parallel run
            import threading
            from concurrent.futures import ProcessPoolExecutor

            # fork starts workers at once, but is only safe from a single-threaded process (the
            # command line); the GUI calls this from a thread of a Qt process: spawn there.
            method = "fork" if (threading.active_count() == 1 and "fork" in
                                multiprocessing.get_all_start_methods()) else "spawn"
            executor = ProcessPoolExecutor(max_workers=workers, initializer=_init,
                                           initargs=(mappings, q, os.getpid()),
                                           mp_context=multiprocessing.get_context(method))
            stack.callback(executor.shutdown, wait=True, cancel_futures=True)
        spool = stack.enter_context(tempfile.TemporaryFile("w+b", dir=run_dir))
        kept: dict[int, dict] = {}  # id(record) -> small summary of an accepted file
        report(0.0, f"reading {len(todo)} files")
        for i, ((rec, path), res) in enumerate(zip(todo, _map(executor, _extract, [p for _, p in todo], 8,
                                                               warnings.append), strict=True)):
            check()
            if not res["ok"]:
                rec.reason = res["reason"]
                continue
            rec.status = ACCEPTED
            rec.country, rec.round, rec.uid = res["country"], res["round"], res["uid"]
            rec.exported_at, rec.questionnaire_version, rec.sha256 = (
                res["exported_at"], res["version"], res["sha"])
            rec.checksum = res["checksum"]
            notes = list(res["warnings"])
            if res["mapped_from"]:
                notes.append(f"questionnaire {res['mapped_from']} mapped to {_questionnaire().version}")
            rec.reason = "; ".join(notes)
            data = res["rows_xml"].encode("utf-8")
            offset = spool.seek(0, 2)
            spool.write(data)
            kept[id(rec)] = {"meta": res["meta"], "scores": res["scores"], "n_rows": res["n_rows"],
                             "span": (offset, len(data)), "warnings": res["warnings"],
                             "sections": res["sections"], "sdg": res["sdg"]}
            report(0.85 * (i + 1) / max(1, len(todo)), f"read {Path(path).name}")
        # duplicates: the latest export of a country and round wins
        groups: dict[tuple[str, int], list[FileRecord]] = {}
        for rec in records:
            if rec.status == ACCEPTED:
                assert rec.round is not None  # set with every accepted file
                groups.setdefault((rec.country, rec.round), []).append(rec)
        winners = []
        for (country, rnd), recs in sorted(groups.items()):
            recs.sort(key=lambda r: (r.exported_at, r.path))
            win = recs[-1]
            winners.append(win)
            for r in recs[:-1]:
                r.status = SUPERSEDED
                r.reason = f"an export of {country} {rnd} made later is used: {win.path} ({win.exported_at})"
            if len(recs) > 1:
                warnings.append(f"{country} {rnd}: {len(recs)} workbooks; using the latest export "
                                f"{win.path} ({win.exported_at})")
        for w in winners:
            warnings.extend(f"{w.path}: {x}" for x in kept[id(w)]["warnings"])
        q = _questionnaire()
        order = [s.id for s in q.sections]
        section_codes: list[str] = []
        sdg_codes: list[str] = []
        for w in winners:
            for code in kept[id(w)]["sections"]:
                if code not in section_codes:
                    section_codes.append(code)
            for code in kept[id(w)]["sdg"]:
                if code not in sdg_codes:
                    sdg_codes.append(code)
        section_codes.sort(key=lambda c: (order.index(c) if c in order else len(order), c))
        pq_codes = [p.code for p in q.policy_questions]
        check()
        report(0.88, "writing the consolidated workbook")

        out_xlsx.parent.mkdir(parents=True, exist_ok=True)
        book = stack.enter_context(StreamWorkbook(run_dir))
        ws = {name: book.add_sheet(name, continued=name == AGG_ANSWERS) for name in AGG_SHEET_ORDER}
        summary_cols = list(AGG_SUMMARY_FIRST_COLUMNS) + [f"Section {c}" for c in section_codes] + \
            [f"PQ {c}" for c in pq_codes]
        sdg_cols = list(AGG_SDG_FIRST_COLUMNS) + sdg_codes
        ws[AGG_FILES].header(AGG_FILES_COLUMNS, (50, 11, 60, 8, 7, 22, 10, 20, 10))
        ws[AGG_SUMMARY].header(summary_cols, (8, 30, 6, 14, 24, 7, 9, 22) + (10,) * (len(summary_cols) - 8))
        ws[AGG_REGIONS].header(AGG_REGIONS_COLUMNS, (24, 10, 13, 12, 12))
        ws[AGG_SDG].header(sdg_cols, (8, 7) + (14,) * len(sdg_codes))
        ws[AGG_ANSWERS].header(AGG_ANSWERS_COLUMNS, (8, 7, 36, 7, 14, 24, 30, 30, 30, 20, 22, 10, 10))
        regions: dict[str, list[float]] = {}
        region_countries: dict[str, int] = {}
        countries_out: list[dict] = []
        for rec in winners:
            info = kept[id(rec)]
            meta, sc = info["meta"], info["scores"]
            c = countries.lookup(rec.country)
            region = (c.region if c and c.region else meta.get("region", "")) or "(no region)"
            name = c.name if c else meta.get("country_name", rec.country)
            ws[AGG_SUMMARY].append([
                rec.country, name, (c.m49 if c else meta.get("m49", "")), region,
                (c.sub_region if c else meta.get("sub_region", "")), rec.round, sc["overall"], sc["band"],
                *[sc["sections"].get(x) for x in section_codes], *[sc["pq"].get(p) for p in pq_codes]])
            ws[AGG_SDG].append([rec.country, rec.round, *[sc["sdg"].get(x, "") for x in sdg_codes]])
            region_countries[region] = region_countries.get(region, 0) + 1
            if sc["overall"] is not None:
                regions.setdefault(region, []).append(sc["overall"])
            countries_out.append({"country": rec.country, "name": name, "region": region,
                                  "round": rec.round, "overall": sc["overall"], "band": sc["band"],
                                  "sdg": sc["sdg"], "answers": info["n_rows"]})
            offset, length = info["span"]
            spool.seek(offset)
            ws[AGG_ANSWERS].copy_from(spool, length, info["n_rows"])
        for region in sorted(region_countries):
            vals = regions.get(region, [])
            ws[AGG_REGIONS].append([
                region, region_countries[region], (sum(vals) / len(vals)) if vals else None,
                min(vals) if vals else None, max(vals) if vals else None])
        for rec in records:
            ws[AGG_FILES].append([
                rec.path, rec.status, rec.reason, rec.country, rec.round, rec.exported_at,
                rec.questionnaire_version, rec.sha256, rec.checksum])
        check()
        report(0.92, "saving the consolidated workbook")
        replace_atomically(book.save, out_xlsx)
    rep = AggregateReport(records, warnings, out_xlsx, None, countries_out)
    if pdf_out is not None:
        try:
            check()
            report(0.95, "writing the PDF summary")
            rep.out_pdf = write_aggregate_pdf(summary(rep, sdg_codes), pdf_out,
                                              jobs.scaled(progress, 0.95, 0.99), cancelled)
        except jobs.Cancelled:
            out_xlsx.unlink(missing_ok=True)  # a cancelled run leaves neither of its outputs
            raise
    report(1.0, "done")
    return rep
