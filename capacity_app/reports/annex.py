"""The answers of one section as readable text: simple items as rows, grids and the matrix as
compact tables with their comments and evidence listed under them (every user text bounded,
:mod:`.budget`). The findings print the key answers of an area with it, Annex C every answer."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..domain import documents as dd
from ..domain.plan.actions import Action
from ..domain.answers import DONT_KNOW, NOT_APPLICABLE, Answer
from ..domain.team.review import unit_wording
from ..domain.questionnaire import Field, Questionnaire, tr
from ..domain.values import archived_rows, display_text
from ..domain.placeholders import fill
from .budget import EVIDENCE_SHOWN, bounded_text, budget_left, more_items, with_user_text
from .format import Strings, fmt_date, fmt_number
from .model import AnnexBlock, AnswerRow, ArchivedLine, DocumentRow, EvidenceLine, GridLine


def value_text(fld: Field, value: Any, lang: str, s: Strings | None = None) -> str:
    """A value as the report prints it: ``domain.values.display_text`` with Babel numbers and
    long dates, ratings with their written anchor (bounded when the strings ``s`` are given, the
    invisible characters of a typed text shown as marks; a number's or a date's are the report's)."""
    text = display_text(fld, value, lang, number=lambda x, digits: fmt_number(x, lang, digits),
                        date=lambda iso: fmt_date(iso, lang), anchors=True)
    if s is None:
        return text
    typed = fld.type != "date" and not isinstance(value, (int, float))
    return bounded_text(text, lang, s, user=typed)


def _comments(a: Answer, lang: str, s: Strings, label: str = "") -> list[str]:
    if not a.comment:
        return []
    text = bounded_text(a.comment, lang, s)
    return [f"{label}{s['colon']}{text}" if label else text]


def flag_text(a: Answer, s: Strings) -> str:
    if a.status == DONT_KNOW:
        return s["dont_know"]
    if a.status == NOT_APPLICABLE:
        return s["not_applicable"]
    return ""


def _evidence(a: Answer, lang: str, s: Strings) -> list[EvidenceLine]:
    """At most :data:`EVIDENCE_SHOWN` lines, then one "… N more" line (kind "")."""
    n = EVIDENCE_SHOWN if budget_left() else 0
    out = [EvidenceLine(s.get(f"ev_{e.kind}", e.kind), bounded_text(e.text, lang, s)) for e in a.evidence[:n]]
    if len(a.evidence) > n:
        out.append(EvidenceLine("", more_items(len(a.evidence) - n, lang, s)))
    return out


def _row(key: str, question: str, fld: Field | None, a: Answer, lang: str, s: Strings) -> AnswerRow:
    return AnswerRow(key, question,
                     [value_text(fld, a.value, lang, s)] if fld is not None and a.value is not None else [],
                     flag_text(a, s), _comments(a, lang, s), _evidence(a, lang, s))


def _cell_text(fld: Field, a: Answer | None, lang: str, s: Strings) -> str:
    if a is None:
        return ""
    if a.value is not None:
        return value_text(fld, a.value, lang, s)
    return flag_text(a, s)


def _notes(label: str, a: Answer | None, lang: str, s: Strings) -> list[str]:
    if a is None:
        return []
    out = _comments(a, lang, s, label)
    out += [f"{label}{s['colon']}[{e.kind}] {e.text}" if e.kind else f"{label}{s['colon']}{e.text}"
            for e in _evidence(a, lang, s)]
    return out


def _matrix_groups(q: Questionnaire) -> list[list[Field]]:
    """The matrix fields (free text excluded) in up to four groups of neighbours."""
    fields = [f for f in q.matrix.fields if f.type != "text"] if q.matrix else []
    n = max(1, -(-len(fields) // 4))
    return [fields[i:i + n] for i in range(0, len(fields), n)]


def _filled(columns: list[str], lines: list[GridLine]) -> tuple[list[str], list[GridLine]]:
    """A grid's columns some row has a value in, with their cells: a column no row fills is left
    out with its header (an empty "Name of the institution" squeezed to 12 mm printed its header
    as "Name / of the / institu- / tion"). A grid no row fills keeps its headers."""
    kept = [j for j in range(len(columns)) if any(j < len(x.cells) and x.cells[j] for x in lines)]
    if not kept:
        return columns, lines
    return [columns[j] for j in kept], [GridLine(x.label, [x.cells[j] for j in kept]) for x in lines]


def annex_blocks(q: Questionnaire, answers: Mapping[str, Answer], section_id: str, lang: str,
                 s: Strings) -> list[AnnexBlock]:
    """Every answer of one section: simple items as rows; grids and the matrix as compact tables
    (one line per row / per PQ × source, one column per field), their comments and evidence listed
    under the table. Compact on purpose: the annex is most of the report's pages."""
    sec = q.section(section_id)
    if sec is None:
        return []
    blocks: list[AnnexBlock] = []
    simple: list[AnswerRow] = []

    def flush():
        if simple:
            blocks.append(AnnexBlock("rows", "", simple.copy(), [], [], []))
            simple.clear()

    for item in sec.items:
        if item.type == "grid":
            grid_rows, notes = [], _notes(tr(item.label, lang), answers.get(item.id), lang, s)
            for r in item.rows:
                cells = []
                for c in item.columns:
                    a = answers.get(f"{item.id}.{r.code}.{c.id}")
                    cells.append(_cell_text(c, a, lang, s))
                    notes += _notes(f"{tr(r.label, lang)} — {tr(c.label, lang)}", a, lang, s)
                if any(cells):
                    grid_rows.append(GridLine(tr(r.label, lang), cells))
            if grid_rows or notes:
                flush()
                blocks.append(AnnexBlock("grid", tr(item.label, lang), [],
                                         *_filled([tr(c.label, lang) for c in item.columns], grid_rows), notes))
        elif item.type == "matrix" and q.matrix is not None:
            # Four columns of related fields (values joined by " · " in field order) instead of
            # ten: the matrix is the largest block of the report.
            groups = _matrix_groups(q)
            grid_rows, notes = [], _notes(tr(item.label, lang), answers.get(item.id), lang, s)
            for pq in q.policy_questions:
                for src in q.sources:
                    prefix = f"{item.id}.{pq.code}.{src.code}."
                    label = f"{pq.code} × {src.code}"
                    cells = []
                    for g in groups:
                        vals = [_cell_text(f, answers.get(prefix + f.id), lang, s) for f in g]
                        cells.append(" · ".join(v or "–" for v in vals) if any(vals) else "")
                    for f in q.matrix.fields:
                        a = answers.get(prefix + f.id)
                        if f.type == "text" and a is not None and a.value:
                            notes.append(with_user_text("{label} — {field}{colon}{value}", lang, label=label,
                                                  field=tr(f.label, lang), colon=s["colon"],
                                                  value=bounded_text(a.value, lang, s)))
                        notes += _notes(f"{label} — {tr(f.label, lang)}", a, lang, s)
                    if any(cells):
                        grid_rows.append(GridLine(label, cells))
            if grid_rows or notes:
                flush()
                blocks.append(AnnexBlock("grid", tr(item.label, lang), [],
                                         *_filled([" · ".join(tr(f.label, lang) for f in g) for g in groups],
                                                  grid_rows), notes))
        elif item.type == "note":  # a note holds no answer, but may carry a comment and evidence
            a = answers.get(item.id)
            if a is not None and (a.comment or a.evidence):
                simple.append(_row(item.id, tr(item.label, lang), None, a, lang, s))
        else:
            for key, fld, _ in q.keys(item):
                a = answers.get(key)
                if a is not None:
                    simple.append(_row(key, tr(item.label, lang), fld, a, lang, s))
    flush()
    return blocks


def size_text(size: int, lang: str, s: Strings) -> str:
    """A document's size in the report's language (``documents.size_amount``: bytes, KB or MB)."""
    unit, n = dd.size_amount(size)
    return fill(s[f"size_{unit.lower()}"], n=fmt_number(n, lang, digits=1 if unit == "MB" else 0))


def document_rows(q: Questionnaire, attachments: Sequence[dd.Attachment], actions: Sequence[Action], lang: str,
                  s: Strings) -> list[DocumentRow]:
    """The documents attached as evidence, in the questionnaire's order of what they support
    (questions, grid rows, matrix cells), then the actions' in the plan's order; each with its
    name, section, what it supports, size, the first 12 characters of its SHA-256, who attached it
    and when (the date, UTC)."""
    order = {item.id: n for n, item in enumerate(q.items())}
    plan = {a.id: (n, a) for n, a in enumerate(actions)}
    rows: list[tuple[tuple[int, int, int], DocumentRow]] = []
    for i, a in enumerate(attachments):
        action_id = dd.action_of(a.target)
        if action_id is not None:
            n, action = plan.get(action_id, (len(plan), None))
            what = with_user_text(s["documents_action"], lang, title=bounded_text(action.title if action else action_id, lang, s))
            key, section = (1, n, i), ""
        else:
            item = q.item(a.target.split(".")[0])
            key = (0, order.get(item.id, len(order)) if item is not None else len(order), i)
            section = item.section_id if item is not None else ""
            what = unit_wording(q, a.target, lang) if item is not None else a.target
        who = bounded_text(a.operator, lang, s) if a.operator else s["documents_unknown"]
        rows.append((key, DocumentRow(
            bounded_text(a.name, lang, s), section, what, size_text(a.size, lang, s), a.sha256[:12],
            fill(s["documents_attached"], who=who, date=fmt_date(a.at[:10], lang) if a.at else "–"))))
    return [r for _, r in sorted(rows, key=lambda kr: kr[0])]


def archived_lines(settings: Mapping[str, Any] | None, q: Questionnaire, lang: str, s: Strings) -> list[ArchivedLine]:
    """The answers to questions the questionnaire version no longer asks (the assessment's
    ``archived_answers``), as Annex C's last table prints them, in the order archived: what the
    window lists and the workbook's Archived answers sheet holds."""
    out = []
    for r in archived_rows((settings or {}).get("archived_answers"), q, lang):
        out.append(ArchivedLine(
            key=r.key, version=fill(s["version_n"], v=r.version) if r.version else "",
            question=bounded_text(r.question, lang, s), value=bounded_text(r.value, lang, s),
            comment=bounded_text(r.comment, lang, s), archived=fmt_date(r.archived_at[:10], lang)))
    return out
