"""The action plan: what the country will do about the gaps, owned by its institutions (pure).

An :class:`Action` is drafted from a recommendation the scoring picked (``recommendation_id`` set)
or added by hand (``recommendation_id`` None). Each names the institutions responsible (the first
one leads), a timeline (``start``/``end``: an ISO date ``2027-03-31`` or a quarter ``2027-Q1``), the
resources or technical assistance needed, a milestone (the indicator of success), a priority
(1 high, 2, 3 low), a status, the national strategy objective it serves (NSDS or other,
``strategy``), its cost by year with who pays (``costs``: ``plancost.Cost``) and whether the team
chose it as one of the few priority actions of the plan at a glance (``priority_action``, at most
:data:`PRIORITY_ACTIONS_MAX`). The plan is data in the assessment: stored (``storage``), carried in
the exchange workbook's "Action plan" sheets, shown in the report, validated
(``planvalidation``) and compared between rounds (``achieved.compare_plans``).

Every entry point (GUI, workbook, command line) checks an action with :func:`validate_action`, so
the limits (from ``celltext``: everything stored fits one workbook cell) hold whatever the source.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .. import editorial
from ..assessment import INSTITUTION_TEXT_MAX
from ..celltext import text_problem
from ..dates import FIRST_YEAR, LAST_YEAR, iso_date
from ..languages import LANGUAGES
from ..texts import text as en_line  # a refusal in English, from its entry (domain/retold.py says it again)
from .cost import Cost, CostError, validate_costs
from .action_fields import ACTION_FIELDS
from .fields import ACTION_TEXT_MAX, ACTION_TEXTS, RESULT_TEXTS
from .fields import RESULT_TEXT_MAX as RESULT_TEXT_MAX  # where the tests and older callers read it

if TYPE_CHECKING:
    from ..scoring.model import ScoreResult

ACTION_STATUSES = ("planned", "in_progress", "done", "dropped")
PRIORITIES = (1, 2, 3)  # 1 high, 2 medium, 3 low

# Limits (an action is a handful of lines; the plan a few dozen actions).
ACTIONS_MAX = 500
TITLE_MAX = 500
INSTITUTIONS_PER_ACTION_MAX = 50
POLICY_QUESTIONS_PER_ACTION_MAX = 50
ID_MAX = 64
STRATEGY_MAX = 500           # the national strategy objective an action serves
PRIORITY_ACTIONS_MAX = 8     # the plan at a glance fits one page
DEPENDENCIES_MAX = 50        # the actions one action needs done first
# The results framework of an action (World Bank / IMF): the indicator of its result, where it
# stands (baseline) and should stand (target), and how it is checked (means of verification).
RESULT_FIELDS = RESULT_TEXTS
# The 169 targets of the 2030 Agenda: per goal, its numbered targets (1..n) and its means of
# implementation (a, b, ...), as the UN General Assembly's resolution 70/1 lists them.
SDG_TARGETS: dict[int, tuple[int, str]] = {
    1: (5, "ab"), 2: (5, "abc"), 3: (9, "abcd"), 4: (7, "abc"), 5: (6, "abc"), 6: (6, "ab"),
    7: (3, "ab"), 8: (10, "ab"), 9: (5, "abc"), 10: (7, "abc"), 11: (7, "abc"), 12: (8, "abc"),
    13: (3, "ab"), 14: (7, "abc"), 15: (9, "abc"), 16: (10, "ab"), 17: (19, ""),
}
_SDG_RE = re.compile(r"(?:SDG\s*|target\s*)?(\d{1,2})\.(\d{1,2}|[a-dA-D])", re.IGNORECASE)

_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_QUARTER_RE = re.compile(r"(\d{4})\s*[-/ ]?\s*[Qq]([1-4])")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
# the word a refusal names each declared field by (action_fields.ActionField.what)
_WHAT = {f.name: f.what for f in ACTION_FIELDS}


@dataclass(frozen=True)
class Action:
    """One action of the plan. ``id`` is stable (kept across edits, workbooks and rounds)."""

    id: str
    title: str
    recommendation_id: str | None = None
    policy_questions: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    resources: str = ""
    milestone: str = ""
    priority: int = 2
    status: str = "planned"
    position: int = 0
    costs: tuple[Cost, ...] = ()
    priority_action: bool = False
    strategy: str = ""
    # what a donor reads: the results framework, risks and assumptions, the actions
    # this one needs done first (their ids), the SDG target it serves ("17.18")
    indicator: str = ""
    baseline: str = ""
    target: str = ""
    verification: str = ""
    risks: str = ""
    depends_on: tuple[str, ...] = ()
    sdg_target: str = ""

    @property
    def has_owner(self) -> bool:
        return bool(self.institutions)

    @property
    def is_open(self) -> bool:
        """Still to be done (planned or in progress)."""
        return self.status in ("planned", "in_progress")


class ActionError(ValueError):
    """An action that cannot be stored; the message is one sentence naming the field."""

    user_error = True


def new_action_id() -> str:
    """A fresh stable id for an action."""
    import uuid  # (and platform): not needed to open a store, which imports this module

    return uuid.uuid4().hex


def normalise_when(text: str | None) -> str | None:
    """A start or end as stored: None when empty, ``YYYY-Qn`` for a quarter (``2027q1``,
    ``2027 Q1`` accepted, and a quarter or date as any of the six languages writes it:
    ``editorial.parse_period``), else an ISO date ``YYYY-MM-DD``. Raises ValueError (one sentence)."""
    if text is None:
        return None
    s = text.strip()
    if not s:
        return None
    m = _QUARTER_RE.fullmatch(s)
    if m:
        return _within_years(f"{m.group(1)}-Q{m.group(2)}")
    try:
        return iso_date(s)
    except ValueError:
        pass
    try:  # a quarter or a date as a language writes it ("III кв. 2027 г.", "2027年第一季度")
        when = editorial.parse_period(s)
    except ValueError:
        raise ValueError(en_line("cli.when.form", value=repr(text))) from None
    return None if when is None else _within_years(when)


def _within_years(when: str) -> str:
    """``when`` when its year is one every date from outside may hold (``dates.FIRST_YEAR`` to
    ``LAST_YEAR``, as a date is held): 9999-Q4 ended in the year 10000, out of the calendar."""
    if not FIRST_YEAR <= int(when[:4]) <= LAST_YEAR:
        raise ValueError(en_line("cli.date.outside", date=when, first=FIRST_YEAR, last=LAST_YEAR))
    return when


def normalise_sdg_target(text: str | None) -> str:
    """An SDG target as stored: "" when empty, else "goal.target" ("17.18", "10.c"; "SDG 17.18"
    and "10.C" accepted). Raises ValueError (one sentence) when it is not one of the 169."""
    s = " ".join(str(text or "").split())
    if not s:
        return ""
    m = _SDG_RE.fullmatch(s)
    if not m:
        raise ValueError(en_line("cli.sdg.form", value=repr(s[:40])))
    goal, t = int(m.group(1)), m.group(2).lower()
    if goal not in SDG_TARGETS:
        raise ValueError(en_line("cli.sdg.goals", value=repr(s[:40])))
    numbered, lettered = SDG_TARGETS[goal]
    ok = (t.isdigit() and 1 <= int(t) <= numbered and t == str(int(t))) or (t.isalpha() and t in lettered)
    if not ok:
        raise ValueError(en_line("cli.sdg.missing_letters" if lettered else "cli.sdg.missing", value=repr(s[:40]),
                                 goal=goal, last=numbered, letter=lettered[-1:]))
    return f"{goal}.{t}"


def period_bounds(when: str) -> tuple[_dt.date, _dt.date]:
    """The first and last day a normalised start/end covers (a date covers itself)."""
    if "-Q" in when:
        year, q = int(when[:4]), int(when[-1])
        first = _dt.date(year, 3 * q - 2, 1)
        last = (_dt.date(year + 1, 1, 1) if q == 4 else _dt.date(year, 3 * q + 1, 1)) - _dt.timedelta(days=1)
        return first, last
    d = _dt.date.fromisoformat(when)
    return d, d


def _text(value: str, what: str, limit: int, *, single_line: bool = False) -> str | None:
    if single_line and _CONTROL_RE.search(value):
        return en_line("cli.cell.one_line", what=what)
    return text_problem(value, what, limit)


def action_problem(action: Action, policy_questions: Collection[str] | None = None) -> str | None:
    """Why ``action`` cannot be stored, in one sentence naming the field, or None.
    ``policy_questions``: the questionnaire's codes (None: not checked)."""
    if not isinstance(action.id, str) or not _ID_RE.fullmatch(action.id) or len(action.id) > ID_MAX:
        return (f"the action id {str(action.id)[:40]!r} must be 1 to {ID_MAX} letters, digits, "
                "'_', '.' or '-'")
    if not action.title.strip():
        return "the action has no title"
    bad = _text(action.title, _WHAT["title"], TITLE_MAX, single_line=True)
    if bad:
        return bad
    if action.recommendation_id is not None and (
            not action.recommendation_id or not _ID_RE.fullmatch(action.recommendation_id)
            or len(action.recommendation_id) > ID_MAX):
        return f"the recommendation id {action.recommendation_id[:40]!r} is not an id"
    if len(action.policy_questions) > POLICY_QUESTIONS_PER_ACTION_MAX:
        return f"an action serves at most {POLICY_QUESTIONS_PER_ACTION_MAX} policy questions"
    for code in action.policy_questions:
        if policy_questions is not None and code not in policy_questions:
            known = ", ".join(sorted(policy_questions))
            return f"policy question {code[:40]!r} does not exist (expected one of {known})"
        if not code or _CONTROL_RE.search(code) or len(code) > ID_MAX:
            return f"policy question {code[:40]!r} is not a code"
    if len(action.institutions) > INSTITUTIONS_PER_ACTION_MAX:
        return f"an action names at most {INSTITUTIONS_PER_ACTION_MAX} responsible institutions"
    for name in action.institutions:
        if not name.strip():
            return "a responsible institution has an empty name"
        bad = _text(name, _WHAT["institutions"], INSTITUTION_TEXT_MAX, single_line=True)
        if bad:
            return bad
    for what, value in ((_WHAT["start"], action.start), (_WHAT["end"], action.end)):
        if value is not None:
            try:
                if normalise_when(value) != value:
                    return f"the {what} {value!r} is not written as YYYY-MM-DD or YYYY-Qn"
            except ValueError as e:
                return f"the {what}: {e}"
    if action.start and action.end and period_bounds(action.end)[1] < period_bounds(action.start)[0]:
        return f"the end ({action.end}) is before the start ({action.start})"
    for what, value in ((_WHAT["resources"], action.resources), (_WHAT["milestone"], action.milestone)):
        bad = _text(value, what, ACTION_TEXT_MAX)
        if bad:
            return bad
    bad = _text(action.strategy, _WHAT["strategy"], STRATEGY_MAX, single_line=True)
    if bad:
        return bad
    bad = donor_fields_problem(action)
    if bad:
        return bad
    if not isinstance(action.priority_action, bool):
        return f"priority action must be yes or no, got {action.priority_action!r}"
    try:
        if validate_costs(action.costs) != tuple(action.costs):
            return "the cost lines are not in their stored form (validate them first)"
    except CostError as e:
        return str(e)
    if isinstance(action.priority, bool) or action.priority not in PRIORITIES:
        return f"the priority must be 1 (high), 2 or 3 (low), got {action.priority!r}"
    if action.status not in ACTION_STATUSES:
        return f"the status must be one of {', '.join(ACTION_STATUSES)}, got {action.status!r}"
    if isinstance(action.position, bool) or not isinstance(action.position, int) or action.position < 0:
        return f"the position must be a whole number from 0, got {action.position!r}"
    return None


def donor_fields_problem(action: Action) -> str | None:
    """Why the results framework, risks, dependencies or SDG target of ``action`` cannot be
    stored, or None (the dependencies' ids only: whether they name actions of the plan, and make
    no circle, is :func:`dependency_problem`'s)."""
    for f in ACTION_TEXTS:  # each text as declared: its limit, and one line where it must be
        bad = _text(getattr(action, f.name), f.what, f.limit, single_line=f.one_line)
        if bad:
            return bad
    if not isinstance(action.depends_on, tuple):
        return "the dependencies must be a list of action ids"
    if len(action.depends_on) > DEPENDENCIES_MAX:
        return f"an action depends on at most {DEPENDENCIES_MAX} other actions"
    for dep in action.depends_on:
        if not isinstance(dep, str) or not _ID_RE.fullmatch(dep) or len(dep) > ID_MAX:
            return f"the dependency {str(dep)[:40]!r} is not an action id"
        if dep == action.id:
            return "an action cannot depend on itself"
    if len(set(action.depends_on)) != len(action.depends_on):
        return "the same action is named twice in the dependencies"
    try:
        if normalise_sdg_target(action.sdg_target) != action.sdg_target:
            return f"the SDG target {action.sdg_target!r} is not written as goal.target (such as 17.18)"
    except ValueError as e:
        return str(e)
    return None


def dependency_problem(actions: Sequence[Action]) -> str | None:
    """Why the dependencies between ``actions`` (a whole plan) cannot stand, or None: an action
    depending on one that is not in the plan, or dependencies that go round in a circle."""
    number = {a.id: i for i, a in enumerate(actions, 1)}
    for a in actions:
        for dep in a.depends_on:
            if dep not in number:
                return (f"action {number[a.id]} ({_short(a.title)}) depends on {dep[:40]!r}, which is not "
                        "an action of the plan")
    graph = {a.id: a.depends_on for a in actions}
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done
    for start in graph:
        if state.get(start):
            continue
        path: list[str] = [start]
        stack: list[Iterator[str]] = [iter(graph[start])]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
                continue
            if state.get(nxt) == 1:
                circle = path[path.index(nxt):] + [nxt]
                return ("the dependencies go round in a circle (" + " → ".join(
                    f"action {number[x]}" for x in circle) + "): one of them must not wait for the others")
            if not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(graph[nxt]))
    return None


def _short(title: str) -> str:
    t = " ".join(title.split())
    return t if len(t) <= 40 else t[:39] + "…"


def validate_action(action: Action, policy_questions: Collection[str] | None = None) -> Action:
    """``action`` as stored: text trimmed, dates normalised, institutions and policy questions
    without blanks or repeats. Raises :class:`ActionError` (one sentence) when it cannot be."""
    dates: list[str | None] = []
    for what, value in (("start", action.start), ("end", action.end)):
        try:
            dates.append(normalise_when(value))
        except ValueError as e:
            raise ActionError(en_line(f"cli.when.{what}", detail=e)) from None
    start, end = dates
    try:
        costs = validate_costs(action.costs)
    except CostError as e:
        raise ActionError(str(e)) from None
    try:
        sdg = normalise_sdg_target(action.sdg_target)
    except ValueError as e:
        raise ActionError(str(e)) from None
    texts: dict[str, Any] = {f.name: str(getattr(action, f.name)).strip() for f in ACTION_TEXTS}
    clean = replace(
        action, title=action.title.strip(), costs=costs, strategy=" ".join(str(action.strategy).split()),
        **{**texts, "sdg_target": sdg},
        depends_on=_unique(str(d).strip() for d in action.depends_on),
        recommendation_id=(action.recommendation_id or "").strip() or None,
        policy_questions=_unique(p.strip() for p in action.policy_questions),
        institutions=_unique(" ".join(n.split()) for n in action.institutions),
        start=start, end=end, resources=action.resources.strip(), milestone=action.milestone.strip())
    problem = action_problem(clean, policy_questions)
    if problem:
        raise ActionError(problem)
    return clean


def validate_plan(actions: Sequence[Action], policy_questions: Collection[str] | None = None
                  ) -> list[Action]:
    """Every action validated, ids unique, positions 0..n-1 in the given order."""
    if len(actions) > ACTIONS_MAX:
        raise ActionError(en_line("cli.plan.actions_max", n=f"{len(actions):,}", max=ACTIONS_MAX))
    chosen = sum(1 for a in actions if a.priority_action is True)
    if chosen > PRIORITY_ACTIONS_MAX:
        raise ActionError(priority_actions_problem(chosen))
    seen: set[str] = set()
    out: list[Action] = []
    for i, a in enumerate(actions):
        if a.id in seen:
            raise ActionError(en_line("cli.plan.id_twice", id=repr(a.id)))
        seen.add(a.id)
        try:
            out.append(replace(validate_action(a, policy_questions), position=i))
        except ActionError as e:
            raise ActionError(f"action {i + 1} ({a.title.strip()[:40] or a.id!r}): {e}") from None
    problem = dependency_problem(out)
    if problem:
        raise ActionError(problem)
    return out


def priority_actions_problem(chosen: int) -> str:
    return (f"{chosen} priority actions: at most {PRIORITY_ACTIONS_MAX} fit the plan at a glance "
            "(the others stay in the full plan); unmark one first")


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return tuple(out)


def priority_from_score(priority: int) -> int:
    """A picked recommendation's urgency (0-9: need × gap, or the library's own) as the plan's
    priority: 6 and above high (1), 3 to 5 medium (2), below 3 low (3)."""
    return 1 if priority >= 6 else 2 if priority >= 3 else 3


def draft_actions(result: ScoreResult, lang: str, existing: Iterable[Action] = (),
                  new_id: Callable[[], str] = new_action_id) -> list[Action]:
    """Actions drafted from the recommendations the scoring picked, in their order, skipping those
    already in ``existing`` (by recommendation id). Titles are the recommendations' titles in the
    language ``result`` was scored in (``lang`` must be that language); owners, timeline,
    resources and milestone are left for the country to fill in."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (expected one of {', '.join(LANGUAGES)})")
    if result.lang != lang:
        raise ValueError(f"the result was scored in {result.lang!r}, not {lang!r}: score it in {lang!r}")
    existing = list(existing)
    have = {a.recommendation_id for a in existing if a.recommendation_id}
    start = max((a.position for a in existing), default=-1) + 1
    out: list[Action] = []
    for rec in result.recommendations:
        if rec.id in have:
            continue
        have.add(rec.id)
        out.append(Action(id=new_id(), title=drafted_title(rec.title, rec.id), recommendation_id=rec.id,
                          policy_questions=_unique(rec.policy_questions),
                          priority=priority_from_score(rec.priority), position=start + len(out)))
    return out


def drafted_title(title: str, recommendation_id: str) -> str:
    """The title an action drafted from a recommendation gets: the recommendation's title on one
    line, at most TITLE_MAX characters (its id when it has none)."""
    return " ".join(title.split())[:TITLE_MAX] or recommendation_id


def default_titles(titles: Mapping[str, str], recommendation_id: str) -> set[str]:
    """Every title an action drafted from a recommendation (``titles``: its title by language)
    carries until someone edits it: the application's text, not the officers'."""
    return {drafted_title(t, recommendation_id) for t in titles.values() if t}


def title_in_language(a: Action, titles: Mapping[str, str] | None, lang: str) -> str:
    """The action's title as the report and the workbook print it in ``lang``: a default title
    (drafted from its recommendation, ``titles``, and not edited since) in ``lang``, the officers'
    own title as they wrote it (the workbook printed actions 8 and 10 in English)."""
    if not (a.recommendation_id and titles) or a.title not in default_titles(titles, a.recommendation_id):
        return a.title
    return drafted_title(titles.get(lang) or titles.get("en") or a.title, a.recommendation_id)


def sorted_plan(actions: Iterable[Action]) -> list[Action]:
    """The plan in its order (position, then id for a stable order)."""
    return sorted(actions, key=lambda a: (a.position, a.id))


def copy_for_next_round(actions: Iterable[Action]) -> list[Action]:
    """The plan carried into the next round: same ids and statuses, so ``achieved.compare_plans``
    can tell each action of the earlier plan in the later one."""
    return [replace(a, position=i) for i, a in enumerate(sorted_plan(actions))]


def is_late(a: Action, on: str) -> bool:
    """``a`` is still open and its end (the last day of a quarter) is before ``on`` (ISO date)."""
    return a.is_open and a.end is not None and period_bounds(a.end)[1] < _dt.date.fromisoformat(on)
