"""Cross-country aggregation of exchange workbooks: countries, not files.

A pool of worker processes (both cores) checks, reads and validates every file (the same checks
as an import, versions reconciled through the declared mappings), recomputes its scores from its
answers under this application's rules (``domain.scoring``: a workbook's own Scores sheet is never
trusted) and renders its long-table rows as sheet XML, deflated there (``xlsxstream.deflate_rows``).
The main process spools those compressed segments to a temporary file, to be copied as they are
into the consolidated workbook, and settles identity:

- an assessment is (country, round, assessment uid); the same uid in several files keeps the
  newest edit (latest export; an export edited afterwards in a spreadsheet is newer than the
  export itself; then the file's modification time) and says so;
- two different uids for one country and round are a *conflict*: both stay out of every roll-up
  until one is chosen (``prefer``: a uid or a file path);
- roll-ups take one assessment per country: its latest round, or the round ``round_year``.

Then it assembles a streaming workbook (``xlsxstream``), so memory stays flat in the number of
files. A bad file is rejected with its reason on the ``Files`` sheet; it never stops the run."""
from __future__ import annotations

import contextlib
import datetime as _dt
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
from ..domain.questionnaire import tr
from ..domain.scoring import RULES_VERSION, score
from ..reports.aggregate import AggregateSummary, CountryRow, FileRow, write_aggregate_pdf
from . import codec
from .aggregate_format import AGG_KEY_FACT_KEYS
from .aggregate_groups import CountryScores
from .export import scores_checksum
from .format import SCORES, SCORES_COLUMNS, SCORE_KINDS
from .importer import WorkbookError, _str, plan_from_workbook
from .mapping import load_mappings
from .reader import Workbook
from .safety import UnsafeWorkbook
from ..files import process_folder, remove_stale_folders
from .xlsxstream import cell_xml, deflate_rows

ACCEPTED, REJECTED, SUPERSEDED, CONFLICT = "accepted", "rejected", "superseded", "conflict"


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
    assessment_status: str = ""  # draft | in_progress | final
    mtime: float = 0.0


@dataclass
class CountryRound:
    """One accepted assessment (a country in a round) with its recomputed scores."""

    record: FileRecord
    scores: CountryScores
    name: str
    m49: str
    reference_date: str
    facts: dict[str, Any]
    pq_detail: dict[str, tuple]  # code -> (need, availability, gap, priority, gap type)
    cells: list[tuple[str, str, int]]
    in_rollups: bool = False
    change: float | None = None  # overall minus the previous round's


@dataclass
class AggregateReport:
    files: list[FileRecord]
    warnings: list[str]
    out_xlsx: Path | None  # None: read only (the window's cross-country view)
    out_pdf: Path | None = None
    countries: list[dict] = field(default_factory=list)
    rounds: list[CountryRound] = field(default_factory=list)
    round_year: int | None = None
    lang: str = "en"
    generated: str = ""

    @property
    def accepted(self) -> int:
        return sum(1 for f in self.files if f.status == ACCEPTED)

    @property
    def rejected(self) -> int:
        return sum(1 for f in self.files if f.status == REJECTED)

    @property
    def superseded(self) -> int:
        return sum(1 for f in self.files if f.status == SUPERSEDED)

    @property
    def conflicts(self) -> int:
        return sum(1 for f in self.files if f.status == CONFLICT)

    @property
    def used(self) -> list[CountryRound]:
        """The assessments behind the roll-ups: one per country."""
        return [r for r in self.rounds if r.in_rollups]


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
_LANG = "en"
# (questionnaire id, version, content hash, language) -> answer key -> its Answer key, Question and Section cells and its field
_QUESTION_XML: dict[tuple[str, ...], dict[str, tuple[str, Any]]] = {}
# (questionnaire id, version, content hash, language) -> (answer key, status, short value) -> its row's cells from Answer key
# to Value label
_VALUE_XML: dict[tuple[str, ...], dict[tuple, str]] = {}
_VALUE_XML_MAX = 20_000  # about 10 MB of rendered cells
_FACT_KEYS = frozenset(AGG_KEY_FACT_KEYS)


def _init(mappings, questionnaire=None, parent: int | None = None, lang: str = "en") -> None:
    """Worker set-up: the mappings and the questionnaire come pickled from the main process
    (cheaper than every worker parsing the YAML again); ``lang``: the labels' language. A worker
    exits when ``parent`` dies."""
    global _MAPPINGS, _Q, _LANG
    _MAPPINGS = mappings
    _LANG = lang
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


def remove_stale_runs(folder: str | Path | None = None) -> int:
    """Remove the temporary folders of earlier runs whose process is gone (a run killed half-way
    leaves its sheets behind: hundreds of MB). Named ``capacity-aggregate-<pid>-<random>``."""
    return remove_stale_folders(RUN_PREFIX, folder)


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


def _score_data(plan) -> dict:
    """The assessment's scores recomputed from its answers under this application's rules
    (``domain.scoring``, the questionnaire's default section weights): the numbers of a workbook's
    own Scores sheet are never used, so every country is scored the same way."""
    q = _questionnaire()
    res = score(q, {a.key: a for a in plan.answers}, plan.reference_date, None, "en", None)
    cells = [(c.pq, c.source, c.level) for c in res.cells.values() if c.level is not None]
    return {
        "overall": res.overall_shown, "band": res.band or "", "rules": res.rules_version,
        "sections": {k: (None if v.score is None else round(v.score, 1)) for k, v in res.sections.items()},
        "pq": {k: (v.need, v.availability, v.gap, v.priority, v.gap_type) for k, v in res.policy_questions.items()},
        "sdg": {k: v.status for k, v in res.sdg.items()},
        "cells": cells,
    }


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
    try:
        scores = _score_data(plan)
    except Exception as exc:  # noqa: BLE001  (a file the scoring cannot take is rejected, never a crash)
        return {"ok": False, "reason": f"its answers cannot be scored ({type(exc).__name__}: {exc})"}
    warnings = []
    if not plan.checksum_ok:
        warnings.append(f"{len(plan.edited)} cells were edited outside the application after export; "
                        "the scores are recomputed from the answers as they are now")
    padded = [r + [None] * (len(SCORES_COLUMNS) - len(r)) for r in score_rows]
    if padded and scores_checksum(padded) != _str(plan.meta.get("scores_sha256")):
        warnings.append("the Scores sheet was edited outside the application (not used: scores are recomputed)")
    stored = next((_num(r[3]) for r in padded if _str(r[0]) == "overall"), None)
    if stored is not None and scores["overall"] is not None and abs(stored - scores["overall"]) >= 0.05:
        warnings.append(f"overall score {stored:.1f} in the workbook, {scores['overall']:.1f} recomputed "
                        f"from its answers (rules {scores['rules']})")
    warnings.extend(plan.warnings)
    q = _questionnaire()
    lang = _LANG
    mapped = "" if plan.questionnaire_version == q.version else plan.questionnaire_version
    prov = (Path(plan.path).name, plan.file_sha256, plan.meta.get("exported_at", ""),
            plan.questionnaire_version, mapped)
    head = "<row>" + cell_xml(plan.country) + cell_xml(plan.round)
    tail = "".join(cell_xml(v) for v in prov) + "</row>"
    # kept across the files of a worker: an answer key's Answer key, Question and Section cells
    # (and how it resolves), and for short values the row's cells from Answer key to Value label
    version = (q.id, q.version, q.content_hash, lang)  # never id(q): a later object may reuse it
    question_xml = _QUESTION_XML.setdefault(version, {})
    middle_xml = _VALUE_XML.setdefault(version, {})
    if len(middle_xml) > _VALUE_XML_MAX:  # bounded: memory stays flat in the number of files
        middle_xml.clear()
    facts: dict[str, Any] = {}
    answer_rows: list[str] = []  # each row's cells between the file's first cells (head) and its provenance (tail)
    for a in plan.answers:
        v = a.value
        memo: tuple | None = None
        if v is None or isinstance(v, (int, float, list)) or (isinstance(v, str) and len(v) <= 64):
            # long text: never kept; a float by its repr (0.0 == -0.0, but their cells differ)
            memo = (a.key, a.status, type(v), tuple(v) if isinstance(v, list) else repr(v) if isinstance(v, float) else v)
        middle = middle_xml.get(memo) if memo is not None else None
        if middle is None or a.key in _FACT_KEYS:
            kq, fld = _question_cells(question_xml, q, a.key, lang)
            answered = a.status == "answered"
            value = codec.encode_value(fld, v) if fld is not None else v
            label = codec.value_label(fld, v, lang) if fld is not None and answered else ""
            if a.key in _FACT_KEYS:
                facts[a.key] = (label or value) if answered else a.status.replace("_", " ")
            middle = kq + cell_xml(a.status) + cell_xml(value) + cell_xml(label)
            if memo is not None:
                middle_xml[memo] = middle
        cm = cell_xml(a.comment) if a.comment else "<c/>"
        if not a.evidence:
            answer_rows.append(middle + cm + "<c/>")
            continue
        evidence, *more = codec.evidence_parts(codec.encode_evidence(a.evidence))
        answer_rows.append(middle + cm + cell_xml(evidence))
        for part in more:  # more evidence than a cell holds: continued on rows below, as in export
            answer_rows.append(_question_cells(question_xml, q, a.key, lang)[0] + "<c/><c/><c/><c/>" + cell_xml(part))
    xml = (head + (tail + head).join(answer_rows) + tail) if answer_rows else ""
    return {"ok": True, "meta": plan.meta, "checksum": "ok" if plan.checksum_ok else "mismatch",
            "sha": plan.file_sha256, "country": plan.country, "round": plan.round, "uid": plan.uid,
            "exported_at": plan.meta.get("exported_at", ""), "status": plan.status,
            "reference_date": plan.reference_date, "facts": facts,
            "warnings": warnings, "rows": deflate_rows(xml.encode("utf-8")), "n_rows": len(answer_rows),
            "scores": scores,
            "mapped_from": mapped, "version": plan.questionnaire_version}


def _question_cells(cache: dict, q, key: str, lang: str) -> tuple[str, Any]:
    """(an answer key's Answer key, Question and Section cells, its field or None), kept in ``cache``."""
    known = cache.get(key)
    if known is None:
        resolved = q.resolve_key(key)
        item = resolved[0] if resolved else q.item(key)  # an item as a whole: comment, evidence
        known = cache[key] = (cell_xml(key) + cell_xml(key_label(q, key, lang)) + cell_xml(item.section_id if item else ""),
                              resolved[1] if resolved else None)
    return known


def key_label(q, key: str, lang: str) -> str:
    """An answer key's question in ``lang``: the item, then its row and field where it has them."""
    resolved = q.resolve_key(key)
    if resolved is None:
        item = q.item(key)
        return tr(item.label, lang) if item else ""
    item, fld, row = resolved
    parts = [tr(item.label, lang)]
    if item.type == "matrix" and len(row) == 2:
        pq, src = q.policy_question(row[0]), q.source(row[1])
        parts += [f"{row[0]}. {tr(pq.label, lang)}" if pq else row[0], tr(src.label, lang) if src else row[1]]
    for code in row if item.type == "grid" else ():
        r = item.row(code)
        if r is not None:
            parts.append(tr(r.label, lang))
    if item.type in ("grid", "matrix") and tr(fld.label, lang) not in parts:
        parts.append(tr(fld.label, lang))
    return " – ".join(p for p in parts if p)


def _num(v: Any) -> float | None:
    if isinstance(v, bool) or v is None or v == "":
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


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


# --- identity and rounds ---------------------------------------------------------------------

def _matches(rec: FileRecord, prefer: Iterable[str]) -> bool:
    for p in prefer:
        if p and (p == rec.uid or p == rec.path or p == Path(rec.path).name
                  or Path(p).resolve() == Path(rec.path).resolve()):
            return True
    return False


def _newest_edit(rec: FileRecord) -> tuple:
    """Order of the files of one assessment: latest export, then an export edited afterwards
    (checksum mismatch) after the export itself, then the file's modification time, then path."""
    return (rec.exported_at, rec.checksum == "mismatch", rec.mtime, rec.path)


def resolve_identity(records: list[FileRecord], prefer: Iterable[str] = ()) -> tuple[list[FileRecord], list[str]]:
    """Settle which accepted files stand for which assessment. Returns the winners (one per
    country and round, conflicts excluded) and the warnings to show. Marks the others
    ``superseded`` or ``conflict`` with their reason."""
    prefer = [p for p in prefer if p]
    warnings: list[str] = []
    by_uid: dict[str, list[FileRecord]] = {}
    for rec in records:
        if rec.status == ACCEPTED:
            by_uid.setdefault(rec.uid, []).append(rec)
    latest: list[FileRecord] = []
    for uid, recs in sorted(by_uid.items()):
        recs.sort(key=_newest_edit)
        chosen = [r for r in recs if _matches(r, prefer)]
        win = chosen[-1] if chosen else recs[-1]
        latest.append(win)
        for r in recs:
            if r is win:
                continue
            r.status = SUPERSEDED
            r.reason = (f"the same assessment ({uid}) in a newer edit is used: {win.path} "
                        f"(exported {win.exported_at}{', edited after export' if win.checksum == 'mismatch' else ''})")
        if len(recs) > 1:
            warnings.append(f"{win.country} {win.round}: {len(recs)} workbooks of the same assessment "
                            f"({uid}); using {'the preferred file' if chosen else 'the newest edit'} {win.path}")
    groups: dict[tuple[str, int], list[FileRecord]] = {}
    for rec in latest:
        assert rec.round is not None  # set with every accepted file
        groups.setdefault((rec.country, rec.round), []).append(rec)
    winners: list[FileRecord] = []
    for (country, rnd), recs in sorted(groups.items()):
        if len(recs) == 1:
            winners.append(recs[0])
            continue
        chosen = [r for r in recs if _matches(r, prefer)]
        if len(chosen) == 1:
            win = chosen[0]
            winners.append(win)
            for r in recs:
                if r is not win:
                    r.status = SUPERSEDED
                    r.reason = (f"another assessment of {country} {rnd} ({win.uid}, {win.path}) was "
                                "preferred")
            warnings.append(f"{country} {rnd}: {len(recs)} different assessments; using the preferred "
                            f"{win.uid} ({win.path})")
            continue
        uids = ", ".join(f"{r.uid} ({Path(r.path).name})" for r in recs)
        for r in recs:
            r.status = CONFLICT
            others = "; ".join(f"{o.uid} in {o.path}" for o in recs if o is not r)
            r.reason = (f"{country} {rnd} has another assessment ({others}): kept out of the roll-ups "
                        "until one is chosen (--prefer UID or FILE)")
        warnings.append(f"{country} {rnd}: {len(recs)} different assessments ({uids}) conflict; none is "
                        "used until one is chosen (--prefer UID or FILE)")
    return winners, warnings


def choose_rounds(rounds: list[CountryRound], round_year: int | None = None,
                  conflicts: Iterable[tuple[str, int | None]] = ()) -> list[str]:
    """Mark the assessment of each country used in roll-ups (its latest round, or ``round_year``)
    and the change of the overall score from each country's previous round. A country whose
    latest round (or ``round_year``) is in conflict is left out rather than shown with an older
    round; the warnings say so."""
    blocked: dict[str, int] = {}
    for country, rnd in conflicts:
        if rnd is not None:
            blocked[country] = max(blocked.get(country, rnd), rnd)
    warnings = []
    by_country: dict[str, list[CountryRound]] = {}
    for r in rounds:
        by_country.setdefault(r.record.country, []).append(r)
    for rs in by_country.values():
        rs.sort(key=lambda r: r.record.round or 0)
        prev = None
        for r in rs:
            r.in_rollups = False
            if prev is not None and prev.scores.overall is not None and r.scores.overall is not None:
                r.change = round(r.scores.overall - prev.scores.overall, 1)
            prev = r
        pick = rs[-1] if round_year is None else next((r for r in rs if r.record.round == round_year), None)
        country = rs[-1].record.country
        if not countries.is_real(country):
            warnings.append(f"{country}: a fictional or user-assigned code (training or demonstration), listed "
                            "but left out of every roll-up")
            continue
        if pick is not None and round_year is None and blocked.get(country, -1) > (pick.record.round or 0):
            warnings.append(f"{country}: its latest round {blocked[country]} is in conflict; the country is "
                            "left out of the roll-ups until one assessment is chosen")
            pick = None
        if pick is not None:
            pick.in_rollups = True
    return warnings


def summary(rep: AggregateReport, sdg_codes: list[str], pq_codes: list[str] | None = None) -> AggregateSummary:
    """The plain data the PDF summary (``reports.aggregate``) shows."""
    q = _questionnaire()
    pq_codes = list(pq_codes if pq_codes is not None else [p.code for p in q.policy_questions])
    edited = [f for f in rep.files if f.status == ACCEPTED and f.checksum == "mismatch"]
    drafts = [f for f in rep.files if f.status == ACCEPTED and f.assessment_status == "draft"]
    return AggregateSummary(
        accepted=rep.accepted, rejected=rep.rejected, superseded=rep.superseded,
        countries=[CountryRow(r.record.country, r.name, r.scores.region, r.record.round, r.scores.overall,
                              r.scores.band, dict(r.scores.sdg),
                              sub_region=r.scores.sub_region,
                              intermediate_region=r.scores.intermediate_region,
                              groups=r.scores.groups,
                              availability={p: (r.scores.pq.get(p) or (None, None))[1] for p in pq_codes},
                              edited=r.record.checksum == "mismatch",
                              draft=r.record.assessment_status == "draft",
                              change=r.change, m49=r.m49)
                   for r in rep.used],
        sdg_codes=list(sdg_codes),
        problems=[FileRow(f.path, f.status, f.reason) for f in rep.files if f.status != ACCEPTED],
        conflicts=rep.conflicts, pq_codes=pq_codes,
        pq_labels={p.code: tr(p.label, rep.lang) for p in q.policy_questions},
        edited=[FileRow(f.path, f.status, f"{f.country} {f.round}") for f in edited],
        drafts=[FileRow(f.path, f.status, f"{f.country} {f.round}") for f in drafts],
        round_year=rep.round_year, rules_version=RULES_VERSION, lang=rep.lang,
        other_rounds=sum(1 for r in rep.rounds if not r.in_rollups))


# --- the run -----------------------------------------------------------------------------------

def aggregate(paths, out_xlsx, *, pdf_out=None, progress=None, cancelled=None, workers: int = 2,
              mappings=None, prefer: Iterable[str] = (), round_year: int | None = None,
              lang: str = "en") -> AggregateReport:
    """Consolidate country workbooks into one workbook (and optionally a PDF summary);
    ``out_xlsx`` None: read, check and score only (the report's data, no file written).

    One pass: worker processes check, validate, score and render every file; the main process
    spools the rendered (deflated) rows to a temporary file, settles identity and rounds, then assembles
    the workbook (``aggregate_sheets``)."""
    from . import aggregate_sheets

    out_xlsx = Path(out_xlsx) if out_xlsx else None
    pdf_out = Path(pdf_out) if pdf_out else None
    mappings = load_mappings() if mappings is None else mappings
    entries = expand_inputs(paths, exclude=[out_xlsx] if out_xlsx else [])
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
    generated = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def report(fraction, message):
        jobs.report(progress, fraction, message)

    def check():
        jobs.check(cancelled)

    _init(mappings, lang=lang)
    q = _questionnaire()
    remove_stale_runs()
    with contextlib.ExitStack() as stack:
        # every temporary file of this run in one folder named after this process: removed at the
        # end, or by the next run when this one is killed
        run_dir = process_folder(RUN_PREFIX)
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
                                           initargs=(mappings, q, os.getpid(), lang),
                                           mp_context=multiprocessing.get_context(method))
            stack.callback(executor.shutdown, wait=True, cancel_futures=True)
        spool = stack.enter_context(tempfile.TemporaryFile("w+b", dir=run_dir))
        kept: dict[int, dict] = {}  # id(record) -> small summary of an accepted file
        report(0.0, f"reading {len(todo)} files")
        for i, ((rec, path), res) in enumerate(zip(todo, _map(executor, _extract, [p for _, p in todo], 2,
                                                               warnings.append), strict=True)):
            check()
            if not res["ok"]:
                rec.reason = res["reason"]
                continue
            rec.status = ACCEPTED
            rec.country, rec.round, rec.uid = res["country"], res["round"], res["uid"]
            rec.exported_at, rec.questionnaire_version, rec.sha256 = (
                res["exported_at"], res["version"], res["sha"])
            rec.checksum, rec.assessment_status = res["checksum"], res["status"]
            with contextlib.suppress(OSError):
                rec.mtime = os.stat(path).st_mtime
            notes = list(res["warnings"])
            if res["mapped_from"]:
                notes.append(f"questionnaire {res['mapped_from']} mapped to {q.version}")
            if rec.assessment_status == "draft":
                notes.append("the assessment is a draft")
            rec.reason = "; ".join(notes)
            data, crc, size = res["rows"]  # deflated in the worker (xlsxstream.deflate_rows)
            offset = spool.seek(0, 2)
            spool.write(data)
            kept[id(rec)] = {"meta": res["meta"], "scores": res["scores"], "n_rows": res["n_rows"],
                             "span": (offset, len(data), crc, size), "warnings": res["warnings"],
                             "facts": res["facts"], "reference_date": res["reference_date"]}
            report(0.85 * (i + 1) / max(1, len(todo)), f"read {Path(path).name}")
        winners, identity_warnings = resolve_identity(records, prefer)
        warnings.extend(identity_warnings)
        for w in winners:
            warnings.extend(f"{w.path}: {x}" for x in kept[id(w)]["warnings"])
            if w.assessment_status == "draft":
                warnings.append(f"{w.path}: {w.country} {w.round} is a draft")
        rounds = [_country_round(w, kept[id(w)]) for w in winners]
        warnings.extend(choose_rounds(rounds, round_year,
                                      {(r.country, r.round) for r in records if r.status == CONFLICT}))
        if round_year is not None and not any(r.in_rollups for r in rounds):
            warnings.append(f"no accepted workbook is of round {round_year}: the roll-ups are empty")
        check()
        report(0.88, "writing the consolidated workbook")
        rep = AggregateReport(records, warnings, out_xlsx, None, [], rounds, round_year, lang, generated)
        if out_xlsx is not None:
            aggregate_sheets.write_workbook(rep, q, spool, kept, run_dir)
        rep.countries = [{"country": r.record.country, "name": r.name, "region": r.scores.region,
                          "round": r.record.round, "overall": r.scores.overall, "band": r.scores.band,
                          "sdg": r.scores.sdg, "answers": kept[id(r.record)]["n_rows"],
                          "in_rollups": r.in_rollups} for r in rounds]
    if pdf_out is not None:
        try:
            check()
            report(0.95, "writing the PDF summary")
            sdg_codes = sorted({c for r in rep.used for c in r.scores.sdg})
            rep.out_pdf = write_aggregate_pdf(summary(rep, sdg_codes), pdf_out,
                                              jobs.scaled(progress, 0.95, 0.99), cancelled)
        except jobs.Cancelled:
            if out_xlsx is not None:  # a cancelled run leaves neither of its outputs
                out_xlsx.unlink(missing_ok=True)
            raise
    report(1.0, "done")
    return rep


def group_date(reference_date: str, round_year: int | None) -> str:
    """The date a round is grouped at (the lists in force then): its reference date, else the
    middle of its round year."""
    if reference_date and len(reference_date) >= 10:
        return reference_date[:10]
    return f"{round_year}-07-01" if round_year else ""


def _country_round(rec: FileRecord, info: dict) -> CountryRound:
    meta, sc = info["meta"], info["scores"]
    c = countries.lookup(rec.country)
    region = (c.region if c and c.region else meta.get("region", "")) or "(no region)"
    sub = (c.sub_region if c else meta.get("sub_region", "")) or ""
    name = c.name if c else meta.get("country_name", rec.country)
    on = group_date(info["reference_date"], rec.round)
    scores = CountryScores(rec.country, name, rec.round, region, sub, sc["overall"], sc["band"],
                           dict(sc["sections"]), {k: tuple(v[:4]) for k, v in sc["pq"].items()}, dict(sc["sdg"]),
                           intermediate_region=c.intermediate_region if c else "",
                           groups=countries.groups_of(rec.country, on or None) if c and not c.fictional else ())
    return CountryRound(rec, scores, name, (c.m49 if c else meta.get("m49", "")) or "",
                        info["reference_date"], dict(info["facts"]), dict(sc["pq"]), list(sc["cells"]))
