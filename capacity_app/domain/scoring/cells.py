"""Cell levels (0-3) of the S3 policy question × source matrix, derived from the cell's fields.

Rules (docs/methodology.md, "Cell levels"): a cell starts at 3 and every shortfall caps it:

* 0  the source does not exist (no / planned / unknown) or lacks the variables the question needs
     (a source marked "not applicable", absent by design, is left out: it is not a missing source);
* 1  collected but not usable: not tabulated, internal only, one-off, not aligned, or too old
     (flows: latest year more than 2 years before the reference date; stocks: a census more than
     10 years, any other source more than 5 years);
* 2  produced with a shortfall: irregular for the question (a flow needs annual or continuous
     data; a survey or register needs a round at least every 5 years), released more than 24
     months late, a key breakdown (sex, age, migratory status or origin) missing, only on request,
     partly aligned, or only some of the variables;
* 3  none of the above.

A field left empty or answered "don't know" counts as its least favourable answer: a cell is
credited only with what the answers show. Every cap is recorded under its limiting factor (exists,
variables, tabulation, periodicity, recency, timeliness, breakdown, access, alignment), and a cap
that comes only from a field not stated, "don't know" or an age not judged is marked *unknown*: it
keeps the level down but is not evidence of a shortfall, so no action is drawn from it (it is
followed up). A cell whose source's existence is not known (blank or "don't know") is not
described: it has no level. Without a valid reference date (S0) the age of the data is not
judged: the recency cap holds (unknown), and the result says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..editorial import join_list, written_date
from ..questionnaire import Matrix, Questionnaire, tr
from ..texts import text
from .view import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE, View
from .model import CellScore

FIELDS = ("exists", "variables", "tabulated", "periodicity", "latest_year", "timeliness",
          "disaggregation", "accessibility", "aligned", "notes")
REGULAR_FOR_FLOW = {"continuous", "annual"}
REGULAR_FOR_STOCK = {"continuous", "annual", "two_to_five"}
REGULAR_FOR_CENSUS = REGULAR_FOR_STOCK | {"ten_years"}


def reference_year(reference_date: str) -> int | None:
    try:
        return int(reference_date[:4])
    except (TypeError, ValueError):
        return None


def age_limit(pq_kind: str, source_kind: str) -> int:
    """Years a source's latest data may be behind the reference year."""
    if pq_kind == "flow":
        return 2
    return 10 if source_kind == "census" else 5


def score_cell(q: Questionnaire, m: Matrix, view: View, pq_code: str, src_code: str, reference_date: str,
               lang: str) -> CellScore:
    """One cell of ``q``'s matrix ``m``."""
    prefix = f"{m.item_id}.{pq_code}.{src_code}"
    relevance = m.relevance.get((pq_code, src_code))
    pq = q.policy_question(pq_code)
    src = q.source(src_code)
    name = tr(src.label, lang) if src else src_code
    states = {f.id: view.status(f"{prefix}.{f.id}") for f in m.fields}
    cell = CellScore(pq_code, src_code, None, relevance)
    cell.dont_know = sum(1 for fid, st in states.items() if fid != "notes" and st == DONT_KNOW)
    j = _Judged(cell, m, view, prefix, states, name, lang)
    if all(st == EMPTY for fid, st in states.items() if fid != "notes"):
        cell.reasons.append(text("cell.not_assessed", lang, src=name))
        return cell
    if states.get("exists", EMPTY) == NOT_APPLICABLE:
        cell.reasons.append(text("cell.not_applicable", lang, src=name))
        cell.not_applicable = True
        return cell
    exists = j.val("exists")
    if exists not in ("yes", "no", "planned"):  # existence not known: the cell says nothing yet
        cell.reasons.append(text("cell.exists_unknown", lang, src=name, state=j.state_word("exists")))
        return cell
    if exists == "no":
        j.cap("exists", 0, "cell.exists_no")
    elif exists == "planned":
        j.cap("exists", 0, "cell.exists_planned")
    if cell.caps:
        cell.level = 0
        return cell

    # exists = yes: judge every field against the question
    kind = pq.kind if pq else "stock"
    skind = src.kind if src else "other"
    _judge_content(j)
    _judge_periodicity(j, kind, skind)
    _judge_age(j, kind, skind, reference_date)
    _judge_breakdown(j)
    _judge_access(j)

    cell.level = min(cell.caps.values(), default=3)
    # a factor is unknown when no answer shows it at this cap
    cell.unknown = {f for f, lvl in cell.caps.items() if j.known.get(f, 3) > lvl}
    if cell.level == 3:
        cell.reasons.append(text("cell.fit", lang, src=name))
    else:
        cell.reasons.append(text("cell.result", lang, src=name, level=cell.level))
    return cell


@dataclass
class _Judged:
    """A cell being judged: its fields' answers and states, the caps found so far and, for each
    factor, the lowest cap an answer shows (a cap no answer shows is unknown)."""

    cell: CellScore
    m: Matrix
    view: View
    prefix: str
    states: dict[str, str]
    name: str  # the source's, in the reasons
    lang: str
    known: dict[str, int] = field(default_factory=dict)  # factor -> lowest cap shown by an answer

    def val(self, fid: str) -> Any:
        return self.view.value(f"{self.prefix}.{fid}") if self.m.field(fid) is not None else None

    def state_word(self, fid: str) -> str:
        """How a field not answered stands: "don't know" or empty, in words."""
        st = self.states.get(fid, EMPTY)
        return text("state.dont_know" if st == DONT_KNOW else "state.empty", self.lang)

    def cap(self, category: str, level: int, key: str, unknown: bool = False, **params: object) -> None:
        self.cell.caps[category] = min(level, self.cell.caps.get(category, 3))
        if not unknown:
            self.known[category] = min(level, self.known.get(category, 3))
        self.cell.reasons.append(text(key, self.lang, src=self.name, **params))


def _judge_content(j: _Judged) -> None:
    """The variables the question needs, and whether they are tabulated."""
    variables = j.val("variables")
    if variables == "no":
        j.cap("variables", 0, "cell.variables_no")
    elif variables == "partly":
        j.cap("variables", 2, "cell.variables_partly")
    elif variables != "yes":
        j.cap("variables", 0, "cell.variables_unknown", True, state=j.state_word("variables"))

    tab = j.val("tabulated")
    if tab == "no":
        j.cap("tabulation", 1, "cell.not_tabulated")
    elif tab != "yes":
        j.cap("tabulation", 1, "cell.tabulated_unknown", True, state=j.state_word("tabulated"))


def _judge_periodicity(j: _Judged, kind: str, skind: str) -> None:
    """How often the source is produced, against what the question (a flow, a stock) needs."""
    per = j.val("periodicity")
    per_field = j.m.field("periodicity")
    per_choice = per_field.choice(per) if per and per_field else None
    per_label = tr(per_choice.label, j.lang).lower() if per_choice else ""
    if per == "one_off":
        j.cap("periodicity", 1, "cell.one_off")
    elif per is None:
        j.cap("periodicity", 1, "cell.periodicity_unknown", True, state=j.state_word("periodicity"))
    elif kind == "flow" and per not in REGULAR_FOR_FLOW:
        j.cap("periodicity", 2, "cell.flow_not_annual", periodicity=per_label)
    elif kind != "flow" and per not in (REGULAR_FOR_CENSUS if skind == "census" else REGULAR_FOR_STOCK):
        j.cap("periodicity", 2, "cell.stock_infrequent", periodicity=per_label)


def _judge_age(j: _Judged, kind: str, skind: str, reference_date: str) -> None:
    """The latest data's year against the reference date, and how late they are released."""
    year = j.val("latest_year")
    ref_year = reference_year(reference_date)
    limit = age_limit(kind, skind)
    if year is None:
        j.cap("recency", 1, "cell.year_unknown", True, state=j.state_word("latest_year"))
    elif ref_year is None:
        j.cap("recency", 1, "cell.no_reference_date", True, year=year)
    elif ref_year - int(year) > limit:
        j.cap("recency", 1, "cell.too_old", year=year, limit=limit, ref=written_date(reference_date, j.lang))

    timely = j.val("timeliness")
    if timely == "gt24":
        j.cap("timeliness", 2, "cell.late")
    elif timely is None:
        j.cap("timeliness", 2, "cell.timeliness_unknown", True, state=j.state_word("timeliness"))


def _judge_breakdown(j: _Judged) -> None:
    """The key breakdowns: sex, age, and migratory status or origin."""
    dis = set(j.val("disaggregation") or ())
    missing = [k for k, ok in (("sex", "sex" in dis), ("age", "age" in dis),
                               ("origin", bool(dis & {"origin", "migratory_status"}))) if not ok]
    if missing:
        words = [text(f"breakdown.{k}", j.lang) for k in missing]
        joined = join_list(words, j.lang, labels=True)
        if j.states.get("disaggregation", EMPTY) == ANSWERED:
            j.cap("breakdown", 2, "cell.breakdown_missing", missing=joined)
        else:
            j.cap("breakdown", 2, "cell.breakdown_unknown", True, state=j.state_word("disaggregation"))


def _judge_access(j: _Judged) -> None:
    """Who can get the data, and whether they follow the international definitions."""
    acc = j.val("accessibility")
    if acc == "internal":
        j.cap("access", 1, "cell.internal")
    elif acc == "on_request":
        j.cap("access", 2, "cell.on_request")
    elif acc != "online":
        j.cap("access", 1, "cell.access_unknown", True, state=j.state_word("accessibility"))

    al = j.val("aligned")
    if al == "no":
        j.cap("alignment", 1, "cell.not_aligned")
    elif al == "partly":
        j.cap("alignment", 2, "cell.partly_aligned")
    elif al != "yes":
        j.cap("alignment", 1, "cell.aligned_unknown", True, state=j.state_word("aligned"))


def score_cells(q: Questionnaire, view: View, reference_date: str, lang: str) -> dict[str, CellScore]:
    """Every expected cell, plus any other cell the officer has started."""
    m = q.matrix
    if m is None or q.matrix_item() is None:
        return {}
    started = set()
    prefix = m.item_id + "."
    for key, a in view.answers.items():
        if key.startswith(prefix) and a.status in (ANSWERED, DONT_KNOW, NOT_APPLICABLE):
            parts = key.split(".")
            if len(parts) == 4 and parts[3] != "notes":
                started.add((parts[1], parts[2]))
    out: dict[str, CellScore] = {}
    for pq in q.policy_questions:
        for src in q.sources:
            if (pq.code, src.code) in m.relevance or (pq.code, src.code) in started:
                out[f"{pq.code}.{src.code}"] = score_cell(q, m, view, pq.code, src.code, reference_date, lang)
    return out
