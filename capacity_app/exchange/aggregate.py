"""Cross-country aggregation of exchange workbooks.

Two passes over the inputs, each on a pool of worker processes (both cores): the first checks
every file and reads its Metadata and score codes; duplicates (same country and round) are then
resolved to the latest export; the second reads and validates the winners completely (the same
checks as an import, versions reconciled through the declared mappings) and renders its rows as
sheet XML. The main process appends those bytes to a streaming workbook (``xlsxstream``), so
memory stays flat in the number of files. A bad file is
rejected with its reason on the ``Files`` sheet; it never stops the run."""
from __future__ import annotations

import contextlib
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from . import format as F
from .safety import UnsafeWorkbook

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
    seconds: float = 0.0
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


def _init(mappings) -> None:
    global _MAPPINGS
    _MAPPINGS = mappings


def _questionnaire():
    global _Q
    if _Q is None:
        from ..catalog.loader import load_bundled

        _Q = load_bundled()
    return _Q


def _scan(path: str) -> dict:
    """Pass 1: safety checks, Metadata, and the section / SDG codes of the Scores sheet."""
    from .importer import WorkbookError, _Problems, _check_meta, _str, read_metadata
    from .reader import Workbook

    try:
        with Workbook(path) as wb:
            import hashlib

            problems = _Problems(path)
            meta, where = read_metadata(wb, problems)
            _check_meta(meta, where, _questionnaire(), problems, _MAPPINGS)
            problems.raise_if_any()
            sections, sdg = [], []
            if F.SCORES in wb.sheet_names:
                for row in wb.rows(F.SCORES)[1:]:
                    kind = _str(row[0]) if row else ""
                    if kind == "section":
                        sections.append(_str(row[1]))
                    elif kind == "sdg":
                        sdg.append(_str(row[1]))
            return {"ok": True, "sha": hashlib.sha256(wb.checked.data).hexdigest(),
                    "country": _str(meta.get("country_iso3")).strip().upper(),
                    "round": int(float(meta.get("round"))), "uid": _str(meta.get("assessment_uid")),
                    "exported_at": _str(meta.get("exported_at")),
                    "version": _str(meta.get("questionnaire_version")),
                    "sections": sections, "sdg": sdg}
    except (WorkbookError, UnsafeWorkbook) as exc:
        return {"ok": False, "reason": _reason(exc)}
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the run
        return {"ok": False, "reason": f"cannot be read ({type(exc).__name__}: {exc})"}


def _reason(exc: Exception) -> str:
    msg = str(exc)
    path = getattr(exc, "path", "")
    if path and msg.startswith(path + ": "):
        msg = msg[len(path) + 2:]
    return msg


def _extract(args: tuple[str, str]) -> dict:
    """Pass 2: the complete, validated content of one winner; its long-table rows are rendered
    here (in the worker) as sheet XML, so the main process only copies bytes."""
    path, sha = args
    from .export import scores_checksum
    from .importer import WorkbookError, _str, plan_from_workbook
    from .reader import Workbook
    from .xlsxstream import row_xml

    try:
        with Workbook(path) as wb:
            plan = plan_from_workbook(wb, _questionnaire(), mappings=_MAPPINGS)
            if plan.file_sha256 != sha:
                return {"ok": False, "reason": "the file changed while it was being aggregated"}
            score_rows = []
            if F.SCORES in wb.sheet_names:
                if wb.formula_cells(F.SCORES):
                    return {"ok": False, "reason": f"{F.SCORES}!{wb.formula_cells(F.SCORES)[0]}: "
                                                   "contains a formula; formulas are never evaluated"}
                rows = wb.rows(F.SCORES)
                score_rows = [list(r[:len(F.SCORES_COLUMNS)]) for r in rows[1:]
                              if r and _str(r[0]) in F.SCORE_KINDS]
    except (WorkbookError, UnsafeWorkbook) as exc:
        return {"ok": False, "reason": _reason(exc)}
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "reason": f"cannot be read ({type(exc).__name__}: {exc})"}
    warnings = []
    if not plan.checksum_ok:
        warnings.append(f"{len(plan.edited)} cells were edited outside the application after export; "
                        "the scores are those computed at export")
    padded = [r + [None] * (len(F.SCORES_COLUMNS) - len(r)) for r in score_rows]
    if padded and scores_checksum(padded) != _str(plan.meta.get("scores_sha256")):
        warnings.append("the Scores sheet was edited outside the application")
    warnings.extend(plan.warnings)
    q = _questionnaire()
    mapped = "" if plan.questionnaire_version == q.version else plan.questionnaire_version
    prov = (Path(plan.path).name, plan.file_sha256, plan.meta.get("exported_at", ""),
            plan.questionnaire_version, mapped)
    parts = []
    for a in plan.answers:
        resolved = q.resolve_key(a.key)
        value = a.value
        if isinstance(value, list):
            value = ", ".join(value) if value else F.NONE_SELECTED
        parts.append(row_xml((plan.country, plan.round, a.key, resolved[0].section_id if resolved else "",
                              a.status, value, a.comment, F.evidence_to_text(a.evidence), *prov)))
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
            "warnings": warnings, "rows_xml": "".join(parts), "n_rows": len(parts), "scores": scores,
            "mapped_from": mapped, "version": plan.questionnaire_version}


def _num(v: Any) -> float | None:
    if isinstance(v, bool) or v is None or v == "":
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


# --- the run -----------------------------------------------------------------------------------

def _map(executor, fn, items, chunksize=4):
    if executor is None:
        return map(fn, items)
    return executor.map(fn, items, chunksize=chunksize)


def aggregate(paths, out_xlsx, *, pdf_out=None, progress=None, cancelled=None, workers: int = 2,
              mappings=None) -> AggregateReport:
    """Consolidate country workbooks into one workbook (and optionally a PDF summary)."""
    from .export import _cancel_class
    from .mapping import load_mappings

    started = time.perf_counter()
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
        if progress is not None:
            progress(max(0.0, min(1.0, fraction)), message)

    def check():
        if cancelled is not None and cancelled():
            raise _cancel_class()()

    with contextlib.ExitStack() as stack:
        executor = None
        if workers and len(todo) > 2:
            import multiprocessing

            # spawn, not fork: the GUI calls this from a thread of a Qt process
            executor = ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(mappings,),
                                           mp_context=multiprocessing.get_context("spawn"))
            stack.callback(executor.shutdown, wait=True, cancel_futures=True)
        else:
            _init(mappings)
        # pass 1: check and identify every file
        report(0.0, f"checking {len(todo)} files")
        section_codes: list[str] = []
        sdg_codes: list[str] = []
        for i, ((rec, path), res) in enumerate(zip(todo, _map(executor, _scan, [p for _, p in todo], 8))):
            check()
            if not res["ok"]:
                rec.reason = res["reason"]
                continue
            rec.status = ACCEPTED
            rec.country, rec.round, rec.uid = res["country"], res["round"], res["uid"]
            rec.exported_at, rec.questionnaire_version, rec.sha256 = (
                res["exported_at"], res["version"], res["sha"])
            for code in res["sections"]:
                if code not in section_codes:
                    section_codes.append(code)
            for code in res["sdg"]:
                if code not in sdg_codes:
                    sdg_codes.append(code)
            report(0.3 * (i + 1) / max(1, len(todo)), f"checked {Path(path).name}")
        # duplicates: the latest export of a country and round wins
        groups: dict[tuple[str, int], list[FileRecord]] = {}
        for rec in records:
            if rec.status == ACCEPTED:
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
        q = _questionnaire()
        order = [s.id for s in q.sections]
        section_codes.sort(key=lambda c: (order.index(c) if c in order else len(order), c))
        pq_codes = [p.code for p in q.policy_questions]
        # pass 2: read the winners completely, stream the rows out
        from ..catalog import countries
        from .xlsxstream import StreamWorkbook, replace_atomically

        out_xlsx.parent.mkdir(parents=True, exist_ok=True)
        book = stack.enter_context(StreamWorkbook())
        ws = {name: book.add_sheet(name) for name in F.AGG_SHEET_ORDER}
        summary_cols = list(F.AGG_SUMMARY_FIRST_COLUMNS) + [f"Section {c}" for c in section_codes] + \
            [f"PQ {c}" for c in pq_codes]
        sdg_cols = list(F.AGG_SDG_FIRST_COLUMNS) + sdg_codes
        ws[F.AGG_FILES].header(F.AGG_FILES_COLUMNS, (50, 11, 60, 8, 7, 22, 10, 20, 10))
        ws[F.AGG_SUMMARY].header(summary_cols, (8, 30, 6, 14, 24, 7, 9, 22) + (10,) * (len(summary_cols) - 8))
        ws[F.AGG_REGIONS].header(F.AGG_REGIONS_COLUMNS, (24, 10, 13, 12, 12))
        ws[F.AGG_SDG].header(sdg_cols, (8, 7) + (14,) * len(sdg_codes))
        ws[F.AGG_ANSWERS].header(F.AGG_ANSWERS_COLUMNS, (8, 7, 36, 7, 14, 24, 30, 30, 30, 20, 22, 10, 10))
        regions: dict[str, list[float]] = {}
        region_countries: dict[str, int] = {}
        countries_out: list[dict] = []
        jobs = [(w.path, w.sha256) for w in winners]
        for i, (rec, res) in enumerate(zip(winners, _map(executor, _extract, jobs, 4))):
            check()
            if not res["ok"]:
                rec.status, rec.reason = REJECTED, res["reason"]
                continue
            rec.checksum = res["checksum"]
            if res["warnings"]:
                rec.reason = "; ".join(res["warnings"])
                warnings.extend(f"{rec.path}: {w}" for w in res["warnings"])
            if res["mapped_from"]:
                rec.reason = "; ".join(filter(None, [rec.reason, f"questionnaire {res['mapped_from']} "
                                                                  "mapped to " + q.version]))
            meta, sc = res["meta"], res["scores"]
            c = countries.lookup(rec.country)
            region = (c.region if c and c.region else meta.get("region", "")) or "(no region)"
            name = c.name if c else meta.get("country_name", rec.country)
            ws[F.AGG_SUMMARY].append([
                rec.country, name, (c.m49 if c else meta.get("m49", "")), region,
                (c.sub_region if c else meta.get("sub_region", "")), rec.round, sc["overall"], sc["band"],
                *[sc["sections"].get(x) for x in section_codes], *[sc["pq"].get(p) for p in pq_codes]])
            ws[F.AGG_SDG].append([rec.country, rec.round, *[sc["sdg"].get(x, "") for x in sdg_codes]])
            region_countries[region] = region_countries.get(region, 0) + 1
            if sc["overall"] is not None:
                regions.setdefault(region, []).append(sc["overall"])
            countries_out.append({"country": rec.country, "name": name, "region": region,
                                  "round": rec.round, "overall": sc["overall"], "band": sc["band"],
                                  "sdg": sc["sdg"], "answers": res["n_rows"]})
            ws[F.AGG_ANSWERS].write_xml(res["rows_xml"], res["n_rows"])
            report(0.3 + 0.6 * (i + 1) / max(1, len(winners)), f"read {rec.country} {rec.round}")
        for region in sorted(region_countries):
            vals = regions.get(region, [])
            ws[F.AGG_REGIONS].append([
                region, region_countries[region], (sum(vals) / len(vals)) if vals else None,
                min(vals) if vals else None, max(vals) if vals else None])
        for rec in records:
            ws[F.AGG_FILES].append([
                rec.path, rec.status, rec.reason, rec.country, rec.round, rec.exported_at,
                rec.questionnaire_version, rec.sha256, rec.checksum])
        check()
        report(0.9, "saving the consolidated workbook")
        replace_atomically(book.save, out_xlsx)
    rep = AggregateReport(records, warnings, out_xlsx, None, 0.0, countries_out)
    if pdf_out is not None:
        report(0.95, "writing the PDF summary")
        from .aggregate_pdf import write_pdf

        rep.out_pdf = write_pdf(rep, pdf_out, section_codes, sdg_codes)
    rep.seconds = time.perf_counter() - started
    report(1.0, "done")
    return rep
