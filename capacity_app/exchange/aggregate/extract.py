"""Reading one workbook of an aggregation (runs in a worker process): checked and validated like an
import (versions reconciled through the declared mappings), its scores recomputed from its
answers under this application's rules (``domain.scoring``: a workbook's own Scores sheet is never
trusted), its Answers rows rendered as sheet XML and deflated here (``xlsxstream.deflate_rows``).

Returns typed data: :class:`~.aggregate_model.Extracted`, or :class:`~.aggregate_model.Rejected`
with the reason as a code and the identity its Metadata gave when it could be read."""
from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any

from ...catalog.loader import load_bundled
from ...collector import keep_freed_heap
from ...domain.questionnaire import tr
from ...domain.scoring import score
from ..workbook import codec, vocab
from ..outside import isolation
from .plans import figures_of
from ...domain.plan.implementation import PlanProgress
from ..workbook.codec import text_of as _str
from .format import AGG_KEY_FACT_KEYS
from .model import Extracted, Identity, Note, PqScore, Recomputed, Rejected
from .pool import die_with
from ..workbook.format import scores_checksum
from ..workbook.format import METADATA, SCORE_KINDS, SCORES, SCORES_COLUMNS
from ..workbook.importer import WorkbookError, plan_from_workbook
from ..outside.reader import Workbook
from ..outside.safety import UnsafeWorkbook
from .xlsxstream import cell_xml, deflate_rows

# --- worker state ------------------------------------------------------------------------------------

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


def init_worker(mappings, questionnaire=None, lang: str = "en", parent: int | None = None) -> None:
    """Worker set-up: the mappings and the questionnaire come pickled from the main process
    (cheaper than every worker parsing the YAML again); ``lang``: the labels' language. A worker
    (``parent`` given) exits when ``parent`` dies, and reads within a memory limit and, file by
    file, a CPU-time limit (``exchange.isolation``): a file it cannot read ends it, not the run."""
    global _MAPPINGS, _Q, _LANG, _IN_WORKER
    _MAPPINGS = mappings
    _LANG = lang
    if questionnaire is not None:
        _Q = questionnaire
    if parent is not None:
        die_with(parent)
        isolation.limit_this_process(isolation.MEMORY)
        keep_freed_heap()  # one file's large buffers reused by the next
        _IN_WORKER = True


_IN_WORKER = False


def questionnaire():
    global _Q
    if _Q is None:
        _Q = load_bundled()
    return _Q


# --- one file ----------------------------------------------------------------------------------------

def _detail(exc: Exception) -> str:
    msg = str(exc)
    path = getattr(exc, "path", "")
    if path and msg.startswith(path + ": "):
        msg = msg[len(path) + 2:]
    return msg


def _round(v: Any) -> int | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return int(f) if math.isfinite(f) and f == int(f) else None


def _identity(meta: dict[str, Any], sha: str = "") -> Identity:
    return Identity(
        country=_str(meta.get("country_iso3")).strip().upper()[:8], round=_round(meta.get("round")),
        uid=_str(meta.get("assessment_uid")).strip()[:64],
        status=vocab.lenient_code(vocab.ASSESSMENT_STATUS, _str(meta.get("status")),
                                  _str(meta.get("language")).strip()).strip()[:16],
        reference_date=_str(meta.get("reference_date")).strip()[:10],
        exported_at=_str(meta.get("exported_at")).strip()[:40],
        questionnaire_version=_str(meta.get("questionnaire_version")).strip()[:20], sha256=sha)


def _metadata_of(wb: Workbook) -> dict[str, Any]:
    """What the Metadata sheet says, read leniently (for the identity of a file refused later on);
    {} when it cannot be read."""
    try:
        if METADATA not in wb.sheet_names:
            return {}
        return {_str(r[0]).strip(): (r[1] if len(r) > 1 else "") for r in wb.rows(METADATA)[1:] if r and r[0]}
    except Exception:  # noqa: BLE001  (only the identity is at stake: the reason is already known)
        return {}


def file_sha(path: str) -> str:
    """The SHA-256 of a regular file's bytes; "" for what cannot be read or is not a regular file (a
    pipe would otherwise keep the reader waiting for a writer, a device for ever)."""
    import hashlib

    from ...files import InputFileError, open_regular

    try:
        with open_regular(path) as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except (InputFileError, OSError):
        return ""


def extract(path: str) -> Extracted | Rejected:
    """Everything the consolidated workbook needs from one file, checked and validated like an
    import; its long-table rows are rendered here (in the worker) as sheet XML."""
    if _IN_WORKER:
        isolation.file_budget()  # this file's share of processor time
    meta: dict[str, Any] = {}
    try:
        with Workbook(path) as wb:
            try:
                plan = plan_from_workbook(wb, questionnaire(), mappings=_MAPPINGS, changes=False)  # never merged
            except WorkbookError:
                meta = _metadata_of(wb)
                raise
            score_rows = []
            if SCORES in wb.sheet_names:
                formulas = wb.formula_cells(SCORES)
                if formulas:
                    return Rejected(Note("formula", detail=f"{SCORES}!{formulas[0]}"),
                                    _identity(plan.meta, plan.file_sha256))
                rows = wb.rows(SCORES)
                # the Kind column's label in any language (or its code) as the code the checksum covers
                lang = _str(plan.meta.get("language")).strip()  # its labels looked at first
                kinds = [vocab.lenient_code(vocab.SCORE_KIND, _str(r[0]), lang) if r else "" for r in rows[1:]]
                score_rows = [[kind, *r[1:len(SCORES_COLUMNS)]] for kind, r in zip(kinds, rows[1:], strict=True)
                              if kind in SCORE_KINDS]
    except UnsafeWorkbook as exc:
        return Rejected(Note("unsafe", detail=_detail(exc)), Identity(sha256=file_sha(path)))
    except WorkbookError as exc:
        return Rejected(Note("invalid", detail=_detail(exc)), _identity(meta, file_sha(path)))
    except Exception as exc:  # noqa: BLE001
        return Rejected(Note("unreadable", detail=f"{type(exc).__name__}: {exc}"), Identity(sha256=file_sha(path)))
    identity = _identity(plan.meta, plan.file_sha256)
    identity = Identity(plan.country, plan.round, plan.uid, plan.status or "draft", plan.reference_date,
                        identity.exported_at, plan.questionnaire_version, plan.file_sha256,
                        plan.signoff if plan.status == "final" else None)
    try:
        scores = recompute(plan)
    except Exception as exc:  # noqa: BLE001  (a file the scoring cannot take is rejected, never a crash)
        return Rejected(Note("not_scorable", detail=f"{type(exc).__name__}: {exc}"), identity)
    notes = []
    if scores.reference_date != plan.reference_date:
        # one reference date scores and groups the assessment: the answer (S0), as the scoring reads
        # it; the Metadata sheet's copy is what the file said when exported (an edit leaves it stale)
        notes.append(Note("reference_date_differs", (("metadata", plan.reference_date or "–"),
                                                     ("answer", scores.reference_date or "–"))))
        identity = replace(identity, reference_date=scores.reference_date)
    if not plan.checksum_ok:
        notes.append(Note("edited", (("n", str(len(plan.edited))),)))
    padded = [r + [None] * (len(SCORES_COLUMNS) - len(r)) for r in score_rows]
    if padded and scores_checksum(padded) != _str(plan.meta.get("scores_sha256")):
        notes.append(Note("scores_edited"))
    stored = next((_num(r[3]) for r in padded if _str(r[0]) == "overall"), None)
    if stored is not None and scores.overall is not None and abs(stored - scores.overall) >= 0.05:
        from ...domain.rounding import round_half_up

        notes.append(Note("overall_differs", (("stored", f"{stored:.1f}"),
                                              ("recomputed", f"{round_half_up(scores.overall, 1):.1f}"),
                                              ("rules", scores.rules))))
    notes.extend(Note("import_warning", detail=w) for w in plan.warnings)
    q = questionnaire()
    mapped = "" if plan.questionnaire_version == q.version else plan.questionnaire_version
    if mapped:
        notes.append(Note("mapped", (("old", mapped), ("new", q.version))))
    if identity.status in ("draft", "in_progress"):
        notes.append(Note(identity.status))
    elif identity.signoff is not None:  # final: validated for the national statistics office
        s = identity.signoff
        notes.append(Note("validated", (("name", s.name), ("position", s.position), ("institution", s.institution),
                                        ("date", s.date))))
    else:
        notes.append(Note("not_validated"))
    facts, xml, n_rows = _render(plan, q, mapped)
    return Extracted(identity, "ok" if plan.checksum_ok else "mismatch", scores, facts, notes,
                     deflate_rows(xml.encode("utf-8")), n_rows, mapped, dict(plan.meta),
                     figures_of(plan.action_plan), _answers_digest(plan), progress_of(plan))


def progress_of(plan: Any) -> PlanProgress | None:
    """The plan and its progress as an import read them (``importer.ImportPlan``: its
    ``action_plan`` and ``progress``); None when the workbook carries no plan."""
    read = getattr(plan, "action_plan", None)
    if read is None:
        return None
    prog = getattr(plan, "progress", None)
    return PlanProgress(tuple(read.actions), tuple(prog.entries) if prog else (), tuple(prog.values) if prog else (),
                        read.results, read.finance)


def _answers_digest(plan) -> str:
    """The answers' content (key, status, value, comment, evidence), independent of the file: two
    copies of one export edited apart are told apart by it. A workbook of this questionnaire
    version (nothing carried from an earlier one) has it already: the checksum of its answers as
    read (``format.answers_checksum``: SHA-256 over the same fields of the same answers)."""
    import hashlib

    if plan.mapping is None:
        return plan.checksum_actual
    h = hashlib.sha256()
    for a in sorted(plan.answers, key=lambda a: a.key):
        h.update(repr((a.key, a.status, a.value, a.comment, tuple(a.evidence))).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def extract_alone(path: str, init_args: tuple) -> Extracted | Rejected:
    """:func:`extract` in a process of its own (a file a worker died on, or one of a run too small
    for a pool): its result, or its refusal when it ends that process too."""
    try:
        return isolation.run_isolated(isolation.call_after, init_worker, init_args, extract, path, path=path,
                                      job=False)
    except isolation.ReaderCannotStart:
        raise  # no file can be read: the whole run stops, saying why
    except isolation.ChildFailed as exc:
        return Rejected(Note("unsafe", detail=exc.reason), Identity(sha256=file_sha(path)))


def recompute(plan) -> Recomputed:
    """The assessment's scores recomputed from its answers under this application's rules
    (``domain.scoring``, the questionnaire's default section weights), unrounded: the numbers of
    a workbook's own Scores sheet are never used, so every country is scored the same way."""
    from ...domain.scoring.engine import reference_date_of

    q = questionnaire()
    answers = {a.key: a for a in plan.answers}
    res = score(q, answers, plan.reference_date, None, "en", None)
    given = [a for a in plan.answers if a.status in ("answered", "dont_know", "not_applicable")]
    dont_know = sum(1 for a in given if a.status == "dont_know") / len(given) if given else None
    return Recomputed(
        overall=res.overall, band=res.band or "", rules=res.rules_version, completeness=res.completeness,
        dont_know=dont_know,
        sections={k: v.score for k, v in res.sections.items()},
        pq={k: _pq_score(v) for k, v in res.policy_questions.items()},
        sdg={k: v.status for k, v in res.sdg.items()},
        cells=[(c.pq, c.source, c.level) for c in res.cells.values() if c.level is not None],
        no_band=tuple(res.no_band), reference_date=reference_date_of(q, answers, plan.reference_date))


def _pq_score(v) -> PqScore:
    """A policy question's figures as the aggregation counts them (``PolicyQuestionScore.figure``:
    none drawn from a question not yet assessed, never an availability of 0 in a mean)."""
    return PqScore(v.figure("need"), v.figure("availability"), v.figure("gap"), v.figure("priority"), v.gap_type)


def _render(plan, q, mapped: str) -> tuple[dict[str, tuple[Any, str]], str, int]:
    """The Answers rows of one file as sheet XML (and the key facts met on the way)."""
    lang = _LANG
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
    facts: dict[str, tuple[Any, str]] = {}
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
                facts[a.key] = (value, label) if answered else (a.status, "")
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
    return facts, xml, len(answer_rows)


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
