"""Progress collected from the institutions: each institution is sent the actions it
leads as a workbook (``exchange.institutions.progress_form``) and its reply comes back as
proposals, never as progress, as the questionnaire's replies do (``services.institutions``).

An action's lead is the first of its institutions, named as the plan names it. The reply is the
institution's the form was sent to (the form's hidden identity, under its check), whatever comes
back; an action it does not lead (any more) refuses the file. Every row is checked as ``actions
progress set`` and ``value`` check it (``services.plan.progress.checked_progress`` and
``checked_value``), naming the cell; a refused file stores nothing. What differs from what is
recorded becomes a proposal (key ``progress:<action>:<period>`` or ``indicator:<id>:<period>``,
the history's keys) credited to the institution and its respondent; a newer reply of the same
institution for the period supersedes its open proposals (those it no longer makes too).

"Newer" is the replies' own content, never the order they arrive in (reliability promise 12): the
time a reply states — a workbook's last save (its ``dcterms:modified``), an export's submission
time — is kept in its proposals' source (``…; filled 2026-05-12T09:30:00Z)``). A reply stating an
earlier time than a reply of the same institution for the period received before is checked, then
set aside whole (nothing stored, said), and so is a reply stating no time (or none that can be read)
when one received before states one; when only those received before state none, the one received
last is taken, and said so. The officer has the way out: ``take`` takes a reply set aside all the
same (said so), and a reply whose proposals were all rejected no longer counts (a reply stating a
time far ahead, 2099, blocks nothing once rejected). The institution is the same however its name
is spaced or cased (``_fold``, as ``_check_lead`` compares it).
Accepting one records it through ``services.plan.progress`` with its history row, replacing the
entry of its period (the history keeps the one replaced), in one transaction with the proposal's
"proposal" row; rejecting sets it aside."""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ...catalog import countries
from ...domain.institutions import proposals as dp
from ...domain.languages import codes_text, LANGUAGES
from ...domain.mission import institution_rows, own_name, row_of_label
from ...domain.plan.actions import Action
from ...domain.plan.cost import amount_text
from ...domain.plan.progress import (
    ActionProgress,
    IndicatorValue,
    LineMoney,
    ProgressError,
    later_kept,
    normalise_period,
    period_dates,
    progress_from_plain,
    progress_to_plain,
    value_from_plain,
    value_to_plain,
)
from ...domain.plan.results import Indicator, ResultsChain, value_text
from ...exchange.institutions.progress_form import FORMAT, FORMAT_VERSION, FormLine, ProgressForm, \
    overrun_flags, write_progress_workbook
from ...exchange.institutions.progress_reply import ProgressReply, ReplyRow
from ...exchange.institutions.progress_xlsform import read_progress_file, write_progress_xlsform
from ...domain.texts import text as en_line   # a line in English, from its cli.* entry (cli/said.py)
from ...exchange.institutions.progress_texts import text
from ...exchange.outside.isolation import ChildFailed, run_isolated
from ...exchange.workbook.importer import WorkbookError
from ...storage.db import StorageError
from ...storage.progress import indicator_key, progress_key
from ...storage.proposals import is_plan_key
from ...storage.store import Store
from ..base import ServiceError, get_assessment, storage_refusal, text_kept_within
from ..changes import Changes
from ..outputs import check_store_output
from .progress import checked_progress, checked_value, overrun_warnings


def lead(action: Action) -> str:
    """The institution leading an action: the first it names ("" when none is named)."""
    return action.institutions[0].strip() if action.institutions else ""


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _words(s: str) -> set[str]:
    """The words of a name, folded ("Ministry of the Interior, Migration Directorate" ->
    {"ministry", "of", "the", "interior", "migration", "directorate"})."""
    return set(re.findall(r"\w+", s.casefold()))


def leads(plan: Sequence[Action]) -> list[str]:
    """The institutions leading the plan's actions, in the plan's order, each once."""
    out: list[str] = []
    for a in plan:
        if lead(a) and _fold(lead(a)) not in {_fold(x) for x in out}:
            out.append(lead(a))
    return out


def match_lead(store: Store, q: Any, assessment_id: Any, key: str) -> str:
    """The lead ``key`` names: the name as the plan gives it, the abbreviation it ends with in
    brackets ("NSOV"), the code of its row in S0 (``nso``: its own name or its kind there, in
    any language), the start of its name ("Ministry of the Interior") or words of it that no other
    lead has ("interior", "central bank"); refused in one line listing the leads, or those it
    could be when it names several."""
    a = get_assessment(store, assessment_id)
    names = leads(store.action_plan(a.id))
    want = _fold(key)
    found = [n for n in names if _fold(n) == want or _fold(n).endswith(f"({want})")]
    if not found and key in {code for code, _ in institution_rows(q)}:
        own = _fold(own_name(store.answers(a.id), key))
        found = [n for n in names if row_of_label(q, n) == key or (own and _fold(n) == own)]
    if not found:   # as people name it: the start of its name, or words of it ("interior", "central bank")
        found = [n for n in names if _fold(n).startswith(want) and not _fold(n)[len(want):len(want) + 1].isalnum()]
    if not found and _words(key):
        found = [n for n in names if _words(key) <= _words(n)]
    if len(found) == 1:
        return found[0]
    listed = "; ".join(names) or en_line("cli.replies.no_names", "en")
    if found:
        raise ServiceError(en_line("cli.replies.several", "en", name=repr(key[:60]), found="; ".join(found)))
    raise ServiceError(en_line("cli.replies.no_lead", "en", id=a.id, name=repr(key[:60]), listed=listed))


def _line_label(action: Action, i: int, lang: str) -> str:
    c = action.costs[i - 1]
    who = c.funder or text("funding.national" if c.funding == "national" else "funding.other", lang)
    return f"{i}. {c.year} · {who} · {amount_text(c.amount)} {c.currency}"


def _indicators(chain: ResultsChain, mine: dict[str, int]) -> list[tuple[Indicator, str]]:
    """The indicators of the institution's actions (outputs) and of the outcomes they serve, with
    the level each is shown with ((id, number) pairs of the actions in ``mine``)."""
    outcomes = {o.id for aid in mine if (o := chain.outcome_of(aid)) is not None}
    out = []
    for ind in chain.indicators:
        if ind.level == "output" and ind.parent in mine:
            out.append((ind, f"output:{mine[ind.parent]}"))
        elif ind.level == "outcome" and ind.parent in outcomes:
            out.append((ind, f"outcome:{ind.parent}"))
    return out


def _last_before(entries: Sequence[ActionProgress], action_id: str, period: str) -> ActionProgress | None:
    """The action's last entry of a period ended before ``period`` began (None: none)."""
    start = period_dates(period)[0]
    earlier = [e for e in entries if e.action_id == action_id and period_dates(e.period)[1] < start]
    return max(earlier, key=lambda e: period_dates(e.period)[1], default=None)


def _level(code: str, lang: str) -> str:
    kind, _, ref = code.partition(":")
    return text("level.output", lang, n=ref) if kind == "output" else text("level.outcome", lang, id=ref)


def build_progress_form(store: Store, assessment_id: Any, institution: str, period: str, lang: str) -> ProgressForm:
    """What ``institution``'s progress workbook for ``period`` holds (database reads only)."""
    from ...catalog.loader import load_bundled   # the questionnaire every assessment is answered against

    a = get_assessment(store, assessment_id)
    try:
        p = normalise_period(period)
    except ProgressError as exc:
        raise ServiceError(str(exc)) from None
    name = match_lead(store, load_bundled(), a.id, institution)
    plan = store.action_plan(a.id)
    mine = {x.id: n for n, x in enumerate(plan, 1) if _fold(lead(x)) == _fold(name)}
    entries = store.action_progress(a.id)
    recorded = {e.action_id: e for e in entries if e.period == p}
    values = {v.indicator_id: v for v in store.indicator_values(a.id) if v.period == p}
    actions, money, carried = [], [], []
    for x in (x for x in plan if x.id in mine):
        n, e = mine[x.id], recorded.get(x.id)
        shown = (str(n), x.title, f"{x.start or '…'} – {x.end or '…'}")
        before = None if e else _last_before(entries, x.id, p)
        if e:
            sent: tuple = (e.status, e.started, e.completed, e.reason or None)
        elif before is not None:   # its last report's status (and dates): a finished action stays finished
            final = before.status in ("done", "dropped")
            sent = (before.status, before.started, before.completed, before.reason or None if final else None)
            if final:
                carried.append(x.id)
        else:
            sent = (x.status, None, None, None)
        actions.append(FormLine(x.id, shown, sent))
        for i, c in enumerate(x.costs, 1):
            m = next((m for m in e.lines if m.line == i), None) if e else None
            money.append(FormLine(f"{x.id}#{i}", (str(n), x.title, _line_label(x, i, lang), c.currency),
                                  (m.committed, m.disbursed, m.spent, m.note or None) if m else (None,) * 4))
    year = int(p[:4])
    indicators = []
    for ind, level in _indicators(store.results_chain(a.id), mine):
        target = ind.target_in(year)
        v = values.get(ind.id)
        indicators.append(FormLine(ind.id, (ind.id, ind.name, _level(level, lang),
                                            "" if target is None else value_text(target)),
                                   (v.value, v.date, v.source or None) if v else (None,) * 3))
    keys = "\n".join(line.key for line in (*actions, *money, *indicators))
    meta = {"format": FORMAT, "format_version": FORMAT_VERSION, "assessment_uid": a.uid, "country": a.country,
            "round": str(a.round), "institution": name, "period": p, "language": lang, "carried": " ".join(carried),
            "form": hashlib.sha256(f"{a.uid}\n{name}\n{p}\n{keys}".encode()).hexdigest()[:16],
            "made_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")}
    country = countries.lookup(a.country)
    return ProgressForm(meta, lang, name, countries.localized_name(country, lang) if country else a.country,
                        a.title or f"{a.country} {a.round}", p,
                        {"actions": actions, "money": money, "indicators": indicators},
                        overrun_flags(plan, entries, p, lang))


def send_progress_workbook(store: Store, assessment_id: Any, period: str, institution: str, out_path, *,
                           lang: str, xlsform: bool = False, progress=None, cancelled=None) -> ProgressForm:
    """Write the progress workbook of the actions ``institution`` leads, for ``period``, in
    ``lang`` (the caller's choice: ``services.institutions.forms.assessment_language``), or with
    ``xlsform`` its XLSForm (every language of the application, ``lang`` first); returns what it holds."""
    a = get_assessment(store, assessment_id)
    if lang not in LANGUAGES:
        raise ServiceError(en_line("cli.replies.language", "en", code=repr(lang[:10]), codes=codes_text()))
    check_store_output(out_path, store, "the workbook")
    form = build_progress_form(store, a.id, institution, period, lang)
    if xlsform:   # the same questions for ODK Central or KoboToolbox (checked by pyxform first)
        from ...exchange.institutions.xlsform import XLSFormError

        try:
            write_progress_xlsform(form, out_path, progress, cancelled)
        except XLSFormError as exc:
            raise ServiceError(str(exc)) from None
    else:
        write_progress_workbook(form, out_path, progress, cancelled)
    return form


def read_progress_untrusted(path, progress=None, cancelled=None) -> ProgressReply:
    """A returned progress workbook, or a KoboToolbox .xlsx export of the XLSForm's submissions (the
    newest taken), read and checked in a child process with a memory and a time limit; a refused
    file raises :class:`WorkbookError` (one line)."""
    try:
        return run_isolated(read_progress_file, str(path), path=str(path), progress=progress, cancelled=cancelled)
    except ChildFailed as exc:
        raise WorkbookError(str(path), [("", "", exc.reason)]) from None


@dataclass(frozen=True)
class ProgressReceived:
    """A reply received (or, ``dry_run``, checked): the proposals stored (their ids; for a dry run
    the keys it would propose), those the open proposals already made, the rows that say what is
    recorded already, and the older open proposals it superseded. ``replies``: the institution's
    replies for the period, this one included; ``filled``: the time this one states ("" none);
    ``taken``: the time of the one taken (for a reply set aside or ``forced``, the newest received
    before); ``older``: this one is older than one received before, set aside (nothing stored);
    ``undated``: it states no time while one received before does, set aside (nothing stored);
    ``forced``: it was older or undated but taken on the officer's word (``take``); ``tie``: it
    states the same time as another received before (this one taken, as the one received last)."""

    assessment_id: int
    institution: str
    period: str
    respondent: str
    proposed: tuple[str, ...]
    ids: tuple[int, ...]
    already: int
    same_as_recorded: int
    superseded: int
    replies: int = 1
    filled: str = ""
    taken: str = ""
    older: bool = False
    tie: bool = False
    undated: bool = False
    forced: bool = False
    warnings: tuple[str, ...] = ()      # the overruns the entries proposed would make (overrun_warnings)
    rejected_before: int = 0            # entries the officer rejected before, sent again: not proposed again

    @property
    def set_aside(self) -> bool:
        """Nothing stored: older than, or stating no time unlike, a reply received before."""
        return self.older or self.undated

    @property
    def changes(self) -> Changes:
        return Changes(self.assessment_id, proposals=True)

    def replies_line(self) -> str:
        """Which of the institution's replies for the period is taken, when it sent more than one
        ("interior: 2 replies for 2026, the one of 2026-05-12 09:30:00 taken; this one, of 2026-05-03
        08:00:00, is older: set aside"); "" for a first reply."""
        if self.replies < 2:
            return ""
        if self.older:
            which = "older"
        elif self.undated:
            which = "undated"
        elif self.forced:
            which = "forced" if self.filled else "forced_undated"
        elif self.tie:
            which = "tie"
        elif not self.filled or not self.taken:
            which = "no_time_here" if not self.filled else "no_time_before"
        else:
            which = "newer"
        return en_line(f"cli.progress.replies.{which}", "en", institution=self.institution, n=self.replies,
                       period=self.period, taken=when_text(self.taken), filled=when_text(self.filled))


_FILLED = re.compile(r"; filled (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\)$")


AHEAD_TOLERANCE_HOURS = 24   # the clocks of two computers, and their time zones, may differ by this much


def _after_now(stamp: str, today: str | _dt.date | None) -> bool:
    """A stated time (``2026-05-12T09:30:00Z``) later than now by more than the tolerance; with
    ``today`` given (the tests' fixed day), later than that day's end by more than it."""
    when = _dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if today is None:
        now = _dt.datetime.now(_dt.UTC)
    else:
        day = today if isinstance(today, _dt.date) else _dt.date.fromisoformat(today)
        now = _dt.datetime.combine(day, _dt.time(23, 59, 59), _dt.UTC)
    return when > now + _dt.timedelta(hours=AHEAD_TOLERANCE_HOURS)


def when_text(stamp: str) -> str:
    """A reply's time as a person reads it, to the second it is compared to (``2026-05-12 09:30:00 UTC``)."""
    return f"{stamp[:19].replace('T', ' ')} UTC" if stamp else "an unknown time"


def reply_source(where: str, reply: ProgressReply) -> str:
    """What a proposal says it came from: the file, the form and when it was made, and the time
    the reply states (``; filled …``, read back by :func:`_replies_before`), within the length a
    proposal's source may have."""
    filled = reply.meta.get("filled_at", "")

    def plain(v: str) -> str:   # what came back cannot spell a time of its own into the source
        return re.sub(r"[;()]", " ", v)[:40]

    tail = (f" (form {plain(reply.meta.get('form', '?'))} of {plain(reply.meta.get('made_at', '?'))}"
            + (f"; filled {filled}" if _FILLED.search(f"; filled {filled})") else "") + ")")
    return where[:dp.SOURCE_MAX - len(tail)] + tail


def _of_institution(store: Store, aid: int, institution: str, period: str, state: str | None) -> list[dp.Proposal]:
    """The proposals of the plan's progress for ``period`` of ``institution`` however its name is
    spaced or cased (``_fold``, as ``_check_lead`` compares it)."""
    want = _fold(institution)
    return [p for p in store.proposals(aid, state=state, plan=True)
            if p.key.endswith(f":{period}") and _fold(p.institution) == want]


def _replies_before(store: Store, aid: int, institution: str, period: str) -> dict[str, str]:
    """The institution's replies for ``period`` received before (their proposals' sources, in any
    state but rejected: a reply the officer rejected whole counts no more), each with the time it
    states ("" none)."""
    out: dict[str, str] = {}
    for p in _of_institution(store, aid, institution, period, None):
        if p.state != dp.REJECTED:
            m = _FILLED.search(p.source)
            out[p.source] = m.group(1) if m else ""
    return out


def _mark(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _rejected_before(store: Store, aid: int, institution: str) -> set[tuple[str, str]]:
    """What the officer rejected of ``institution``'s replies: (key, the entry as proposed). The
    same entry sent again, in the same file or another, is not proposed again: a rejected reply
    stays rejected (said by ``receive``)."""
    want = _fold(institution)
    return {(p.key, _mark(p.value)) for p in store.proposals(aid, state=dp.REJECTED, plan=True)
            if _fold(p.institution) == want}


def _refused(cell: str, message: str) -> ServiceError:
    return ServiceError(en_line("cli.replies.refused", "en", cell=cell, problem=message))


def _action_entries(store: Store, aid: int, reply: ProgressReply, today) -> list[tuple[ActionProgress, bool]]:
    """Each action row of the reply as the entry it proposes (checked as ``set`` checks it), and
    whether it says what is recorded already; rows and money left as sent are not proposed."""
    plan = {x.id: (n, x) for n, x in enumerate(store.action_plan(aid), 1)}
    money: dict[str, list[ReplyRow]] = {}
    for row in reply.rows.get("money", []):
        money.setdefault(row.key.partition("#")[0], []).append(row)
    sent_actions = {row.key for row in reply.rows.get("actions", [])}
    carried = set(reply.meta.get("carried", "").split())
    stray = next((r for k, rows in money.items() if k not in sent_actions for r in rows), None)
    if stray is not None:
        raise _refused(stray.cells[0], en_line("cli.replies.stray_line", "en"))
    out = []
    for row in reply.rows.get("actions", []):
        _check_lead(plan, row, reply)
        lines = money.get(row.key, [])
        # a finished action's status carried from an earlier period is its report for this one
        if not row.changed and not any(m.changed for m in lines) and row.key not in carried:
            continue
        status, started, completed, reason = row.values
        if status is None:
            raise _refused(row.cells[0], en_line("cli.replies.give_status", "en", n=plan[row.key][0]))
        entry = ActionProgress(row.key, reply.period, status, started, completed, reason or "",
                               tuple(LineMoney(int(m.key.partition("#")[2]), "", m.values[0], m.values[1], m.values[2],
                                               m.values[3] or "") for m in lines if any(v is not None for v in m.values)))
        try:
            new, old, _n = checked_progress(store, aid, entry, today=today)
        except ServiceError as exc:
            raise _refused(_cell_of(exc, row, lines), str(exc)) from None
        new = later_kept(new, old)   # the fields the form does not ask stay as recorded
        out.append((new, old == new))
    return out


_ACTION_FIELDS = ("status", "started", "completed", "reason")
_MONEY_FIELDS = ("committed", "disbursed", "spent", "note")


def _cell_of(exc: ServiceError, row: ReplyRow, lines: Sequence[ReplyRow]) -> str:
    """The cell a refusal is about, from the field the check names (``ProgressError.field``): the
    action row's status, dates or reason, or a cost line's money or note on the Money sheet; the
    row's first open cell when it names none."""
    field = exc.field
    if field in _ACTION_FIELDS:
        return row.cells[min(_ACTION_FIELDS.index(field), len(row.cells) - 1)]
    if field.startswith("line:"):
        _, number, *kind = field.split(":")
        money = next((m for m in lines if m.key.partition("#")[2] == number), None)
        if money is not None:
            at = _MONEY_FIELDS.index(kind[0]) if kind and kind[0] in _MONEY_FIELDS else 0
            return money.cells[min(at, len(money.cells) - 1)]
    return row.cells[0]


def _check_lead(plan: dict[str, tuple[int, Action]], row: ReplyRow, reply: ProgressReply) -> None:
    if row.key not in plan:
        raise _refused(row.cells[0], en_line("cli.replies.action_left", "en"))
    n, action = plan[row.key]
    if _fold(lead(action)) != _fold(reply.institution):
        raise _refused(row.cells[0], en_line("cli.replies.led_by_other", "en", n=n, lead=repr(lead(action)[:80]),
                                             sender=repr(reply.institution[:80])))


def _value_entries(store: Store, aid: int, reply: ProgressReply, today) -> list[tuple[IndicatorValue, bool]]:
    plan = store.action_plan(aid)
    mine = {x.id: n for n, x in enumerate(plan, 1) if _fold(lead(x)) == _fold(reply.institution)}
    allowed = {ind.id for ind, _ in _indicators(store.results_chain(aid), mine)}
    out = []
    for row in reply.rows.get("indicators", []):
        if row.key not in allowed:
            raise _refused(row.cells[0], en_line("cli.replies.indicator_not_theirs", "en", id=row.key[:40],
                                                 sender=repr(reply.institution[:80])))
        if not row.changed:
            continue
        value, date, source = row.values
        if value is None:
            raise _refused(row.cells[0], en_line("cli.replies.give_value", "en", id=row.key))
        try:
            new, old = checked_value(store, aid, IndicatorValue(row.key, reply.period, value, date or "", source or ""),
                                     today=today)
        except ServiceError as exc:
            at = ("value", "date", "source").index(exc.field) if exc.field in ("value", "date", "source") else 0
            raise _refused(row.cells[min(at, len(row.cells) - 1)], str(exc)) from None
        out.append((new, old == new))
    return out


def receive_progress(store: Store, assessment_id: Any, reply: ProgressReply, *, dry_run: bool = False,
                     today: str | _dt.date | None = None, take: bool = False) -> ProgressReceived:
    """Store a checked reply's rows as proposals credited to the institution the form was sent to
    (``dry_run``: check only; ``take``: even when it states an older time than, or no time unlike,
    a reply received before). All or nothing; no progress is recorded."""
    a = get_assessment(store, assessment_id)
    where = Path(reply.path).name
    if reply.uid != a.uid:
        raise ServiceError(en_line("cli.replies.other_assessment", "en", file=where, id=a.id,
                                   country=reply.meta.get("country", "?")[:10], round=reply.meta.get("round", "?")[:6]))
    try:
        period = normalise_period(reply.period)
    except ProgressError as exc:
        raise ServiceError(en_line("cli.replies.refused", "en", cell=where, problem=str(exc))) from None
    stated = reply.meta.get("filled_at", "")
    if _FILLED.search(f"; filled {stated})") and _after_now(stated, today):
        if not take:
            raise ServiceError(en_line("cli.replies.ahead", "en", file=where, when=when_text(stated),
                                       hours=AHEAD_TOLERANCE_HOURS))
        reply = replace(reply, meta={**reply.meta, "filled_at": ""})
    entries = _action_entries(store, a.id, reply, today)
    values = _value_entries(store, a.id, reply, today)
    respondent = (reply.respondent + (f", {reply.role}" if reply.role else ""))[:dp.RESPONDENT_MAX]
    new = [dp.NewProposal(progress_key(e.action_id, e.period), reply.institution, "answered", progress_to_plain(e),
                          "", respondent) for e, same in entries if not same]
    new += [dp.NewProposal(indicator_key(v.indicator_id, v.period), reply.institution, "answered", value_to_plain(v),
                           "", respondent) for v, same in values if not same]
    rejected = _rejected_before(store, a.id, reply.institution)
    again = [x for x in new if (x.key, _mark(x.value)) in rejected]
    new = [x for x in new if (x.key, _mark(x.value)) not in rejected]
    numbers = {x.id: i for i, x in enumerate(store.action_plan(a.id), 1)}
    warnings = tuple(w for e, same in entries if not same and progress_key(e.action_id, e.period) in {x.key for x in new}
                     for w in overrun_warnings(store, a.id, e, numbers.get(e.action_id, 0)))
    keys = {n.key for n in new}
    same = sum(1 for _e, s in entries if s) + sum(1 for _v, s in values if s)
    source = reply_source(where, reply)
    before = _replies_before(store, a.id, reply.institution, period)
    filled = reply.meta.get("filled_at", "") if _FILLED.search(source) else ""
    newest = max(before.values(), default="")
    n = len(set(before) | {source})
    # an older reply received later, or one stating no time after one that states it: set aside
    # whole, unless the officer takes it all the same
    behind = bool(newest) and (not filled or filled < newest)
    if behind and not take:
        return ProgressReceived(a.id, reply.institution, period, respondent, (), (), 0, same, 0, n, filled, newest,
                                older=bool(filled), undated=not filled)
    taken = newest if behind else filled if filled and newest else ""
    tie = not behind and bool(taken) and any(src != source and stamp == filled for src, stamp in before.items())
    older = [p for p in _of_institution(store, a.id, reply.institution, period, dp.OPEN)
             if p.key not in keys or p.institution != reply.institution]
    got = ProgressReceived(a.id, reply.institution, period, respondent, tuple(sorted(keys)), (), 0, same,
                           len(older), n, filled, taken, tie=tie, forced=behind, warnings=warnings,
                           rejected_before=len(again))
    if dry_run:
        return got
    try:
        with text_kept_within(store, a.id):
            ids = store.add_proposals(a.id, new, source, settled=[(p.institution, p.key) for p in older])
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return replace(got, ids=tuple(ids), already=len(new) - len(ids))


def plan_proposals(store: Store, assessment_id: Any, state: str | None = dp.OPEN) -> list[dp.Proposal]:
    """The proposals of the plan's progress (``state`` None: all), oldest first."""
    if state is not None and state not in dp.STATES:
        raise ServiceError(en_line("cli.replies.state", "en", state=repr(state[:40]), states=", ".join(dp.STATES)))
    a = get_assessment(store, assessment_id)
    return store.proposals(a.id, state=state, plan=True)


def recorded_keys(store: Store, assessment_id: Any) -> set[str]:
    """The keys of what is recorded (``progress:<action>:<period>``, ``indicator:<id>:<period>``):
    a proposal with one of them replaces an entry when accepted (the history keeps it)."""
    a = get_assessment(store, assessment_id)
    return {progress_key(e.action_id, e.period) for e in store.action_progress(a.id)} | {
        indicator_key(v.indicator_id, v.period) for v in store.indicator_values(a.id)}


def proposed_entry(p: dp.Proposal) -> ActionProgress | IndicatorValue:
    """What a proposal of the plan's progress would record."""
    try:
        if p.key.startswith("progress:"):
            return progress_from_plain(p.value)
        return value_from_plain(p.value)
    except (ProgressError, TypeError, ValueError, KeyError):
        raise ServiceError(en_line("cli.replies.damaged", "en", n=p.id)) from None


def _open_plan_proposal(store: Store, aid: int, proposal_id: Any) -> dp.Proposal:
    try:
        owner, p = store.proposal(int(str(proposal_id)))
    except (StorageError, ValueError):
        raise ServiceError(en_line("cli.progress.no_proposal", "en", n=str(proposal_id)[:20])) from None
    if owner != aid or not is_plan_key(p.key):
        raise ServiceError(en_line("cli.progress.no_proposal_in", "en", n=p.id, id=aid))
    if not p.is_open:
        raise ServiceError(en_line(f"cli.progress.is_{p.state}", "en", n=p.id))
    return p


def accept(store: Store, assessment_id: Any, proposal_id: Any, note: str = "",
           today: str | _dt.date | None = None) -> Changes:
    """Record an open proposal (checked again as ``set``/``value`` check it: the plan may have
    changed since it came), replacing the entry of its period; the history keeps both."""
    a = get_assessment(store, assessment_id)
    p = _open_plan_proposal(store, a.id, proposal_id)
    entry = proposed_entry(p)
    _still_theirs(store, a.id, p, entry)
    try:
        if isinstance(entry, ActionProgress):
            new: Any = checked_progress(store, a.id, entry, today=today)[0]
            key = progress_key(new.action_id, new.period)
        else:
            new = checked_value(store, a.id, entry, today=today)[0]
            key = indicator_key(new.indicator_id, new.period)
    except ServiceError as exc:
        raise ServiceError(en_line("cli.replies.proposal", "en", n=p.id, problem=str(exc))) from None
    try:
        with text_kept_within(store, a.id):
            store.accept_plan_proposal(a.id, p.id, new, note)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes(a.id, frozenset({key}), actions=True, proposals=True)


def _still_theirs(store: Store, aid: int, p: dp.Proposal, entry: ActionProgress | IndicatorValue) -> None:
    """Refuse a proposal whose institution no longer leads the action (or, for an indicator, any
    action it serves) in the plan as it is now, as ``receive`` refused it when it came."""
    plan = store.action_plan(aid)
    if isinstance(entry, ActionProgress):
        n, action = next(((i, x) for i, x in enumerate(plan, 1) if x.id == entry.action_id), (0, None))
        if action is None:
            raise ServiceError(en_line("cli.replies.action_gone", "en", n=p.id))
        if _fold(lead(action)) != _fold(p.institution):
            raise ServiceError(en_line("cli.replies.new_lead", "en", n=p.id, action=n, lead=repr(lead(action)[:80]),
                                       sender=repr(p.institution[:80])))
        return
    mine = {x.id: i for i, x in enumerate(plan, 1) if _fold(lead(x)) == _fold(p.institution)}
    if entry.indicator_id not in {ind.id for ind, _ in _indicators(store.results_chain(aid), mine)}:
        raise ServiceError(en_line("cli.replies.indicator_gone", "en", n=p.id, id=entry.indicator_id[:40],
                                   sender=repr(p.institution[:80])))


def proposal_warnings(store: Store, assessment_id: Any, proposal_id: Any) -> tuple[str, ...]:
    """The overruns what a proposal records makes (or made, once accepted), as every path says
    them (``progress.overrun_warnings``)."""
    a = get_assessment(store, assessment_id)
    try:
        owner, p = store.proposal(int(str(proposal_id)))
    except (StorageError, ValueError):
        return ()
    entry = proposed_entry(p) if owner == a.id and is_plan_key(p.key) else None
    if not isinstance(entry, ActionProgress):
        return ()
    n = next((i for i, x in enumerate(store.action_plan(a.id), 1) if x.id == entry.action_id), 0)
    return overrun_warnings(store, a.id, entry, n)


def accept_all(store: Store, assessment_id: Any, today: str | _dt.date | None = None) -> list[int]:
    """Accept every open proposal of the plan's progress, oldest first; refused whole (nothing
    recorded) when two institutions propose different entries for one action or indicator."""
    a = get_assessment(store, assessment_id)
    open_ = plan_proposals(store, a.id)
    seen: dict[str, dp.Proposal] = {}
    for p in open_:
        if p.key in seen and seen[p.key].institution != p.institution:
            raise ServiceError(en_line("cli.replies.differ", "en", first=seen[p.key].id, second=p.id,
                                       entry=p.key.split(":")[1][:12], period=p.key.rsplit(":", 1)[1]))
        seen[p.key] = p
    with store.transaction():
        for p in open_:
            accept(store, a.id, p.id, today=today)
    return [p.id for p in open_]


def reject(store: Store, assessment_id: Any, proposal_id: Any, note: str = "") -> Changes:
    a = get_assessment(store, assessment_id)
    p = _open_plan_proposal(store, a.id, proposal_id)
    try:
        store.reject_proposals(a.id, [p.id], note)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes(a.id, proposals=True)


__all__ = ["ProgressReceived", "accept", "accept_all", "build_progress_form", "lead", "leads", "match_lead",
           "plan_proposals", "proposal_warnings", "proposed_entry", "recorded_keys", "read_progress_untrusted", "receive_progress", "reject",
           "reply_source", "send_progress_workbook", "when_text"]
