"""Cross-country aggregation of exchange workbooks: countries, not files.

One pass: worker processes (``aggregate_pool``) check, read, validate, score and render every file
(``aggregate_extract``: typed results); the main process spools the rendered (deflated) Answers
rows to a temporary file, settles identity and rounds (``aggregate_identity``), groups each
assessment by the M49 lists in force at its reference date (``catalog.countries``), then writes
the consolidated workbook (``aggregate_sheets``) and, when asked, the analyst's bundle (CSV with a
data dictionary, Stata and SPSS: ``aggregate_bundle``), so memory stays flat in the number of
files. A bad file is rejected with its reason on the ``Files`` sheet; it never stops the run. The
PDF summary is written by ``services`` from the report returned (this layer never imports
``reports``)."""
from __future__ import annotations

import contextlib
import datetime as _dt
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ... import jobs
from ...catalog import countries
from ...domain.plan.progress import normalise_period
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates
from ...catalog.loader import prepared
from .extract import extract_alone, init_worker, questionnaire
from .extract import extract as _extract
from .groups import CountryScores
from .implementation import settle as settle_implementation
from .identity import choose_rounds, resolve_identity, unmatched_prefer
from .model import (
    ACCEPTED,
    CONFLICT,
    REJECTED,
    STATUS_ANY,
    AggregateReport,
    CountryRound,
    Extracted,
    FileRecord,
    Note,
    provisional_note,
)
from .kept import KeptReads
from .pool import RUN_PREFIX, map_ordered, remove_stale_runs, start_pool
from .tables import tables
from ..workbook.mapping import load_mappings
from ...files import process_folder

__all__ = ["AggregateError", "AggregateReport", "CountryRound", "FileRecord", "aggregate", "expand_inputs",
           "group_date", "remove_stale_runs"]


def _basis(lang: str, q, mappings) -> tuple:
    """What a file's reading depends on besides its bytes."""
    import hashlib
    import pickle

    return (lang, q.id, q.version, q.content_hash, hashlib.sha256(pickle.dumps(mappings)).hexdigest())


class AggregateError(Exception):
    user_error = True


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
            out.append(FileRecord(str(p), REJECTED, Note("missing")))
            continue
        for f in found:
            r = f.resolve()
            if r in seen or r in skip:
                continue
            seen.add(r)
            out.append(str(f))
    return out


def group_date(reference_date: str, round_year: int | None) -> str:
    """The date a round is grouped at (the lists in force then): its reference date, else 1 July
    of its round year."""
    if reference_date and len(reference_date) >= 10:
        try:
            return _dt.date.fromisoformat(reference_date[:10]).isoformat()
        except ValueError:
            pass
    return f"{round_year}-07-01" if round_year else _dt.date.today().isoformat()


def _country_round(rec: FileRecord, res: Extracted, sids_list: str, span: tuple[int, int, int, int],
                   today: str) -> CountryRound:
    c = countries.lookup(rec.country)
    real = c is not None and not c.fictional
    on = group_date(rec.identity.reference_date, rec.round)
    if on > today:  # a date still to come: grouped by the lists in force today, and said
        rec.notes.append(Note("reference_date_future", (("date", on), ("today", today))))
        on = today
    sc = res.scores
    scores = CountryScores(
        rec.country, rec.round, c.region_code if real and c else "", c.sub_region_code if real and c else "",
        c.intermediate_region_code if real and c else "",
        countries.groups_of(rec.country, on, sids_list) if real else (),
        sc.overall, sc.band, dict(sc.sections),
        {k: (v.need, v.availability, v.gap, v.priority) for k, v in sc.pq.items()}, dict(sc.sdg))
    return CountryRound(rec, scores, sc, on, dict(res.facts), span=span, n_rows=res.n_rows, plan=res.plan,
                        progress=res.progress)


def aggregate(paths, out_xlsx, *, bundle_dir=None, progress=None, cancelled=None, workers: int = 2,
              mappings=None, prefer: Iterable[str] = (), round_year: int | None = None,
              status_filter: str = STATUS_ANY, sids_list: str = countries.SIDS_M49,
              lang: str = "en", include_provisional: bool = False, period: str | None = None,
              today: _dt.date | None = None, kept_reads: KeptReads | None = None) -> AggregateReport:
    """Consolidate country workbooks into one workbook (``out_xlsx``; None: read, check and score
    only, for the window's view) and optionally the analyst's bundle (``bundle_dir``: CSV files
    with a data dictionary, Stata and SPSS files). ``prefer``: uids or files settling conflicts;
    ``round_year``: the round of the roll-ups (default each country's latest);
    ``status_filter`` "final": final assessments only; ``sids_list``: ``m49`` (default) or
    ``ohrlls``; ``lang``: the labels' language; ``include_provisional``: count provisional scores
    (no band) in the roll-ups and trends (default: listed, left out); ``period``: the reporting
    period of the implementation sheets (a year or a half-year; default: the latest year a country
    of the roll-ups reports for), judged on its last day or on ``today`` (default: the run's day)
    while it runs. ``kept_reads``: files read by earlier runs (:class:`KeptReads`), not read again
    when unchanged, and this run's reads kept there."""
    period = _checked_period(period)
    out_xlsx = Path(out_xlsx) if out_xlsx else None
    bundle_dir = Path(bundle_dir) if bundle_dir else None
    mappings = load_mappings() if mappings is None else mappings
    records, todo = _records(expand_inputs(paths, exclude=[out_xlsx] if out_xlsx else []))
    warnings: list[str] = []
    generated = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def report(fraction, message):
        jobs.report(progress, fraction, message)

    init_worker(mappings, lang=lang)
    # the digest each workbook is checked against and the labels' language, read here once (the
    # digest reads the French and Spanish catalogues): the workers forked from this process share them
    q = prepared(questionnaire(), (lang,))
    basis = _basis(lang, q, mappings) if kept_reads is not None else ()
    remove_stale_runs()
    rep = AggregateReport(records, warnings, out_xlsx, [], round_year, status_filter, sids_list, lang, generated,
                          include_provisional=include_provisional)
    with contextlib.ExitStack() as stack:
        # every temporary file of this run in one folder named after this process: removed at the
        # end, or by the next run when this one is killed
        run_dir = process_folder(RUN_PREFIX)
        stack.callback(shutil.rmtree, run_dir, ignore_errors=True)
        known = {i: res for i, (_rec, path) in enumerate(todo)
                 if kept_reads is not None and (res := kept_reads.get(path, basis)) is not None}
        # the run's worker pool (None without one) renders the largest tables once every file is read
        read_now, pool = _reading(stack, [path for i, (_rec, path) in enumerate(todo) if i not in known], workers,
                                  (mappings, q, lang), warnings)
        spool = stack.enter_context(tempfile.TemporaryFile("w+b", dir=run_dir))
        lines = _lines_while_reading(stack, run_dir) if bundle_dir is not None else None
        kept: dict[int, tuple[Extracted, tuple[int, int, int, int]]] = {}  # id(record) -> accepted file
        report(0.0, f"reading {len(todo)} files")
        results = (known[i] if i in known else next(read_now) for i in range(len(todo)))
        for i, ((rec, path), res) in enumerate(zip(todo, results, strict=True)):
            jobs.check(cancelled)
            rec.identity = res.identity
            if not isinstance(res, Extracted):
                rec.note = res.note
                continue
            if kept_reads is not None and i not in known:
                kept_reads.keep(path, basis, res)
            kept[id(rec)] = _accepted(rec, path, res, spool, lines)
            report(0.85 * (i + 1) / max(1, len(todo)), f"read {Path(path).name}")
        if kept_reads is not None:
            kept_reads.keep_only(path for _rec, path in todo)
        prefer = [p for p in prefer if p]
        unmatched = unmatched_prefer(records, prefer)
        if unmatched:
            raise AggregateError(en_line("cli.agg.prefer", value=repr(unmatched[0])))
        winners, identity_warnings = resolve_identity(records, prefer)
        warnings.extend(identity_warnings)
        _set_rounds(rep, records, winners, kept)
        settle_implementation(rep, period, today or _dt.date.today())
        jobs.check(cancelled)
        if out_xlsx is not None or bundle_dir is not None:
            _write(rep, q, spool, run_dir, bundle_dir, report, cancelled, lines, pool)
    report(1.0, "done")
    return rep


def _reading(stack: contextlib.ExitStack, paths: list[str], workers: int, init_args: tuple, warnings: list[str]):
    """(The files read, their results in order; the pool reading them, or None): a pool of
    ``workers`` processes (closed with ``stack``) when there are more than two files. An untrusted
    file is never read in this process: one or two files each in a process of their own (workers=0
    reads here: tests, and callers reading files they trust); a file a worker dies on is read again
    alone."""
    executor = None

    def alone(path: str):
        return extract_alone(path, init_args)

    def restart():
        return start_pool(workers, init_worker, init_args)

    if workers and len(paths) > 2:
        executor = restart()
        stack.callback(executor.shutdown)
    read = _extract if executor is not None or not workers else alone
    return (map_ordered(executor, read, paths, 2, warnings.append, workers=workers, restart=restart, alone=alone),
            executor)


def _checked_period(period: str | None) -> str | None:
    """The period asked, normalised, refused in one line before any file is read."""
    if not period:
        return None
    try:
        return normalise_period(period)
    except ValueError as exc:
        raise AggregateError(en_line("cli.agg.period", detail=exc)) from None


def _write(rep: AggregateReport, q, spool, run_dir: Path, bundle_dir: Path | None, report, cancelled,
           lines=None, pool=None) -> None:
    """The consolidated workbook (when ``rep.out_xlsx`` names one) and the analyst's files (when
    ``bundle_dir`` does), from the answer rows spooled while reading (``lines``: answers.csv's,
    made then; ``pool``: the run's worker pool, idle now, for the largest sheets' rendering); a
    cancelled bundle leaves no workbook either."""
    from . import sheets as aggregate_sheets

    made = tables(rep, q)
    if rep.out_xlsx is not None:
        report(0.88, "writing the consolidated workbook")
        aggregate_sheets.write_workbook(rep, made, spool, run_dir, pool)
    if bundle_dir is not None:
        from . import bundle as aggregate_bundle

        report(0.93, "writing the analyst files")
        try:
            rep.out_bundle = aggregate_bundle.write_bundle(rep, made, spool, bundle_dir, cancelled, lines)
        except jobs.Cancelled:
            if rep.out_xlsx is not None:
                rep.out_xlsx.unlink(missing_ok=True)
            raise


def _records(entries) -> tuple[list[FileRecord], list[tuple[FileRecord, str]]]:
    """A record for every file given, and the files still to read (the others were settled while
    expanding the inputs); an AggregateError when there is none."""
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
        raise AggregateError(en_line("cli.agg.no_workbooks"))
    return records, todo


def _lines_while_reading(stack: contextlib.ExitStack, run_dir: Path):
    """The analyst's answers.csv made file by file while the workers read (bundle.AnswersLines), in
    a temporary file of the run: not all at the end, alone on one core."""
    from .bundle import AnswersLines

    return AnswersLines(stack.enter_context(tempfile.TemporaryFile("w+b", dir=run_dir)))


def _accepted(rec: FileRecord, path: str, res: Extracted, spool,
              lines=None) -> tuple[Extracted, tuple[int, int, int, int]]:
    """A file read whole: its record marked accepted, its answer rows (deflated in the worker,
    xlsxstream.deflate_rows) appended to ``spool`` (and made into answers.csv's lines when
    ``lines`` is given); (what was read, where its rows are)."""
    rec.status, rec.note, rec.notes, rec.checksum = ACCEPTED, Note("accepted"), list(res.notes), res.checksum
    rec.answers_sha = res.answers_sha
    with contextlib.suppress(OSError):
        rec.mtime = os.stat(path).st_mtime
    data, crc, size = res.rows
    offset = spool.seek(0, 2)
    spool.write(data)
    if lines is not None:
        lines.add(rec, data)
    return res, (offset, len(data), crc, size)


def _set_rounds(rep: AggregateReport, records: list[FileRecord], winners,
                kept: dict[int, tuple[Extracted, tuple[int, int, int, int]]]) -> None:
    """The country rounds of the files kept, the rounds the roll-ups use (``choose_rounds``), and
    the warnings of the run: a reference date after today, a draft or an assessment in progress,
    a provisional score, a round no file is of."""
    warnings, today = rep.warnings, _dt.date.today().isoformat()
    rep.rounds = [_country_round(w, kept[id(w)][0], rep.sids_list, kept[id(w)][1], today) for w in winners]
    for r in rep.rounds:
        if any(n.code == "reference_date_future" for n in r.record.notes):
            warnings.append(en_line("cli.agg.future_date", path=r.record.path, country=r.country,
                                    round=r.record.round, date=r.record.identity.reference_date, today=today))
    for r in rep.rounds:  # answers changed after the export: its scores are those of the answers now
        edited = next((n for n in r.record.notes if n.code == "edited"), None)
        if edited is not None:
            warnings.append(en_line("cli.agg.edited", path=r.record.path, country=r.country, round=r.record.round,
                                    n=dict(edited.values).get("n", "?")))
    for r in rep.rounds:
        if r.record.assessment_status in ("draft", "in_progress"):
            warnings.append(en_line(f"cli.agg.{r.record.assessment_status}", path=r.record.path, country=r.country,
                                    round=r.record.round))
    warnings.extend(choose_rounds(rep.rounds, rep.round_year,
                                  {(r.country, r.round) for r in records if r.status == CONFLICT},
                                  rep.status_filter, rep.include_provisional))
    counted = {id(r) for r in rep.trend_rounds}
    for r in rep.rounds:  # a provisional score: said on its file, counted or not
        if r.provisional and r.rollup_note != "fictional":
            r.record.notes.append(provisional_note(r.recomputed, id(r) in counted))
    if rep.round_year is not None and not rep.used:
        warnings.append(en_line("cli.agg.empty_round", round=rep.round_year))
    rep.list_date = max((r.groups_date for r in rep.used), default=today)
