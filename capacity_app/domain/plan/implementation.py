"""A country's plan in one reporting period as UNSD counts it across countries (pure): its actions
done, in progress, late, dropped and not started, its indicators on track, at risk and off track,
and its money by partner in US dollars; then these summed over countries.

Everything here is decided by the rule of :mod:`.progress` (docs/methodology.md, sections 18 and
19), judged on the period's last day or on ``today`` while it runs:

- an action's **state** comes from the status that speaks for the period (its last report inside
  it, else the plan's status): done and dropped as they are; an open action (planned or in
  progress) is **late** when the timeline part of the rule does not find it on track (still open
  after its end, or not started once its start is past); otherwise in progress, or not started;
- an **indicator**'s standing is :func:`.progress.indicator_rows`' (the year's target against the
  value that speaks for the period, from the baseline); one without a target, a value or a
  baseline is not judged;
- the **money** is :func:`.progress.money_by_partner`'s (pledged: the plan's cost lines of the
  period's year; committed, disbursed, spent: the reports inside the period), each partner's sum
  in a currency converted to US dollars by the workbook's own rate (:func:`.cost.to_usd`) and
  rounded half-up to the whole dollar, once; every total is the exact sum of those rows. A
  country whose money is in a currency its workbook gives no rate for has no USD figures at all
  (never a partial sum, never a guessed rate): the currencies are named.

A country **reports** for the period when it has an action's report or an indicator's value
inside it; a country that does not is counted apart, its plan's statuses never read as progress.
Nothing here reads the questionnaire or its score: a country's figures, and its place in every
sum, are the same whether its score is provisional or not (docs/methodology.md, section 19).

A **partner** is matched by its funding source and its name's key (:func:`partner_key`: Unicode
NFKC, invisible format characters dropped, lower case, white space folded), in a country and across countries: "European Union" and
"european  union " are one partner, shown by the spelling most countries write (on a tie, the
first in code-point order); "EU" and "European Union" stay two (no list of abbreviations).
"""
from __future__ import annotations

import datetime as _dt
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .actions import Action
from .cost import USD, Finance, rounded, to_usd
from .progress import (
    AT_RISK,
    MONEY_KINDS,
    NOT_JUDGED,
    OFF_TRACK,
    ON_TRACK,
    ActionProgress,
    IndicatorValue,
    as_of,
    indicator_rows,
    latest_within,
    money_by_partner,
    timeline,
    timeline_standing,
    within,
)
from .results import ResultsChain

DONE, IN_PROGRESS, LATE, DROPPED, NOT_STARTED = "done", "in_progress", "late", "dropped", "not_started"
ACTION_STATES = (DONE, IN_PROGRESS, LATE, DROPPED, NOT_STARTED)
INDICATOR_STANDINGS = (ON_TRACK, AT_RISK, OFF_TRACK, NOT_JUDGED)
FUND_KINDS = ("pledged", *MONEY_KINDS)

PartnerKey = tuple[str, str]   # funding source, funder's name ("" for the national budget)


def partner_key(name: str) -> str:
    """The key a partner's name is matched by (module doc): Unicode NFKC (the compatibility forms
    folded: a full-width "ＥＵ", a ligature "ﬁ", an Arabic presentation form), the invisible format
    characters dropped (category Cf: a zero-width space, a word joiner, a byte order mark, a soft
    hyphen, a direction mark or isolate), lower case (NFKC again: it may decompose), every run of
    white space one space, none at either end. ``str.lower``, not ``casefold``: casefold writes
    "ß" as "ss", merging "Maße" and "Masse". A letter of another script that looks like a Latin one
    (Cyrillic "Е" in "ЕU") is another letter: never merged, but said (:func:`look_alike_partners`)."""
    visible = "".join(ch for ch in unicodedata.normalize("NFKC", name) if unicodedata.category(ch) != "Cf")
    return " ".join(unicodedata.normalize("NFKC", visible.lower()).split())


# The Cyrillic and Greek letters that look like a Latin letter, in the case they look like it (an
# upper-case Greek "Υ" is a "Y", its lower case "υ" a "u"): what makes "ЕU" (Cyrillic Е) and "EU"
# look one name on the page.
_LOOKS_LATIN = dict(zip(
    "АВЕКМНОРСТУХІЈЅԚԜаекорсухіјѕԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧαεικνορυχη",
    "ABEKMHOPCTYXIJSQWaekopcyxijsdqwABEZHIKMNOPTYXaeikvopuxn", strict=True))
CONFUSABLE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _script(ch: str) -> str:
    """The script of a letter as its Unicode name begins ("LATIN", "CYRILLIC" …; "" for no letter)."""
    return unicodedata.name(ch, "").split(" ", 1)[0] if ch.isalpha() else ""


def look_alike_skeleton(name: str) -> str:
    """A partner's name as :func:`partner_key` makes it, with every Cyrillic or Greek letter that
    looks like a Latin one first written as that Latin letter: two names with one skeleton look
    alike on the page."""
    visible = unicodedata.normalize("NFKC", name)
    return partner_key("".join(_LOOKS_LATIN.get(ch, ch) for ch in visible))


def mixed_script(name: str) -> bool:
    """Whether a word of ``name`` mixes Latin, Cyrillic or Greek letters ("ЕU": a Cyrillic Е in a
    Latin word; "Фонд UNICEF" is two words, each of one script)."""
    for word in partner_key(name).split():
        scripts = {_script(ch) for ch in word} & set(CONFUSABLE_SCRIPTS)
        if len(scripts) > 1:
            return True
    return False


def odd_letters(name: str, limit: int = 6) -> str:
    """The letters that make ``name`` look like another script's name, as code points ("U+0415"):
    in a word mixing scripts, those of its less written scripts; else its Cyrillic and Greek
    letters ("" for a Latin name)."""
    written = unicodedata.normalize("NFKC", name)
    letters = [ch for ch in written if _script(ch) in CONFUSABLE_SCRIPTS]
    counts: dict[str, int] = {}
    for ch in letters:
        counts[_script(ch)] = counts.get(_script(ch), 0) + 1
    main = max(counts, key=lambda sc: (counts[sc], sc == "LATIN")) if len(counts) > 1 else "LATIN"
    odd = list(dict.fromkeys(ch for ch in letters if _script(ch) != main))
    shown = " ".join(f"U+{ord(ch):04X}" for ch in odd[:limit])
    return shown + (" …" if len(odd) > limit else "")


def look_alike_partners(names: Mapping[PartnerKey, tuple[str, Mapping[str, Any]]]) -> list[tuple[PartnerKey, ...]]:
    """The partners (of :func:`partner_names`: per partner key, its spellings) whose names look
    alike but are written with letters of different scripts (same funding source, a spelling of
    each with one :func:`look_alike_skeleton`, different keys), and each partner a spelling of which
    mixes scripts in a word (a group of one): kept apart, each to be said."""
    by_look: dict[tuple[str, str], set[PartnerKey]] = {}
    for (funding, key), (_shown, spellings) in names.items():
        for spelling in spellings:
            by_look.setdefault((funding, look_alike_skeleton(spelling)), set()).add((funding, key))
    groups = {tuple(sorted(g)) for g in by_look.values() if len(g) > 1}
    groups |= {(k,) for k, (_shown, spellings) in names.items() if any(mixed_script(s) for s in spellings)
               and not any(k in g for g in groups)}
    return sorted(groups)


def shown_spelling(counts: Mapping[str, int]) -> str:
    """The spelling a merged partner is shown by: the most counted, on a tie the first in
    code-point order."""
    return min(counts, key=lambda s: (-counts[s], s))


@dataclass(frozen=True)
class PlanProgress:
    """What a country's workbook carries of its plan and its progress (plain domain data)."""

    actions: tuple[Action, ...]
    entries: tuple[ActionProgress, ...] = ()
    values: tuple[IndicatorValue, ...] = ()
    chain: ResultsChain | None = None
    finance: Finance = field(default_factory=Finance)


@dataclass(frozen=True)
class Implementation:
    """One country in one period. ``funds``: per partner, each kind in whole US dollars (None: a
    currency without a rate, named in ``no_rate``); ``unreported``: actions without a report in
    the period (counted in ``actions`` by the plan's status)."""

    period: str
    reporting: bool
    actions: Mapping[str, int]
    unreported: int
    indicators: Mapping[str, int]
    funds: Mapping[PartnerKey, Mapping[str, Decimal]] | None
    no_rate: tuple[str, ...] = ()
    spellings: Mapping[PartnerKey, tuple[str, ...]] = field(default_factory=dict)

    @property
    def action_count(self) -> int:
        return sum(self.actions.values())

    @property
    def fund_totals(self) -> dict[str, Decimal] | None:
        """The country's partners summed, per kind (None without USD figures)."""
        if self.funds is None:
            return None
        return {k: sum((r[k] for r in self.funds.values()), Decimal(0)) for k in FUND_KINDS}


def action_state(status: str, action: Action, day: _dt.date) -> str:
    """An action's state on ``day`` from the status that speaks for the period (module doc)."""
    if status in (DONE, DROPPED):
        return status
    if timeline_standing(status, timeline(action), day) in (AT_RISK, OFF_TRACK):
        return LATE
    return IN_PROGRESS if status == "in_progress" else NOT_STARTED


def reports_in(progress: PlanProgress, period: str) -> bool:
    """The country reports for ``period``: an action's report or an indicator's value inside it."""
    return (any(within(e.period, period) for e in progress.entries)
            or any(within(v.period, period) for v in progress.values))


def reported_years(progress: PlanProgress) -> set[int]:
    """The years the country reports for (a half-year counts for its year)."""
    return {int(e.period[:4]) for e in progress.entries} | {int(v.period[:4]) for v in progress.values}


def merged_names(by_partner: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """Per (funding source, name key), the spelling shown and every spelling written (one country's
    partners per currency: a spelling counted once per currency it pays in)."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    for funding, funder, _cur in by_partner:
        counts.setdefault((funding, partner_key(funder)), Counter())[funder] += 1
    return {k: (shown_spelling(c), tuple(sorted(c))) for k, c in counts.items()}


def usd_funds(by_partner: Mapping[tuple[str, str, str], Mapping[str, Decimal]], finance: Finance
              ) -> tuple[dict[PartnerKey, dict[str, Decimal]] | None, tuple[str, ...]]:
    """The partners' money (per funding source, funder and currency) in whole US dollars, each
    currency's sum converted by the workbook's rate then rounded once, the spellings of one
    partner merged (:func:`partner_key`); (None, the currencies without a rate) when a rate is
    missing."""
    missing = sorted({cur for (_f, _n, cur), row in by_partner.items()
                      if cur != USD and finance.rate(cur) is None and any(row.values())})
    if missing:
        return None, tuple(missing)
    names = merged_names(by_partner)
    out: dict[PartnerKey, dict[str, Decimal]] = {}
    for (funding, funder, cur), row in by_partner.items():
        r = out.setdefault((funding, names[(funding, partner_key(funder))][0]), {k: Decimal(0) for k in FUND_KINDS})
        for k in FUND_KINDS:
            usd = to_usd(row.get(k, Decimal(0)), cur, finance)
            r[k] += rounded(usd if usd is not None else Decimal(0))
    return dict(sorted(out.items())), ()


def implementation(progress: PlanProgress, period: str, today: _dt.date) -> Implementation:
    """The country's figures for ``period`` (normalised), judged on :func:`.progress.as_of`."""
    day = as_of(period, today)
    states = {s: 0 for s in ACTION_STATES}
    unreported = 0
    for a in progress.actions:
        entry = latest_within(progress.entries, a.id, period)
        unreported += entry is None
        states[action_state(entry.status if entry else a.status, a, day)] += 1
    standings = {s: 0 for s in INDICATOR_STANDINGS}
    for row in indicator_rows(progress.chain or ResultsChain(), progress.values, period):
        standings[row.standing or NOT_JUDGED] += 1
    by_partner = money_by_partner(progress.actions, progress.entries, period)
    funds, missing = usd_funds(by_partner, progress.finance)
    spellings = {(f, shown): all_ for (f, _k), (shown, all_) in merged_names(by_partner).items() if len(all_) > 1}
    return Implementation(period, reports_in(progress, period), states, unreported, standings, funds, missing,
                          spellings)


# --- over countries ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ImplementationRollup:
    """Countries summed: ``assessed`` countries, ``reporting`` of them for the period (their
    actions and indicators counted), ``usd_countries`` of those with USD figures (their money
    summed) and ``no_rate`` countries reporting without them."""

    assessed: int
    reporting: int
    actions: dict[str, int]
    unreported: int
    indicators: dict[str, int]
    usd_countries: int
    no_rate: int
    funds: dict[str, Decimal]

    @property
    def action_count(self) -> int:
        return sum(self.actions.values())


def rollup(figures: Iterable[Implementation | None]) -> ImplementationRollup:
    """Sum the countries of a group (None: a country assessed whose workbook carries no plan)."""
    assessed = reporting = unreported = usd = no_rate = 0
    actions = {s: 0 for s in ACTION_STATES}
    indicators = {s: 0 for s in INDICATOR_STANDINGS}
    funds = {k: Decimal(0) for k in FUND_KINDS}
    for f in figures:
        assessed += 1
        if f is None or not f.reporting:
            continue
        reporting += 1
        unreported += f.unreported
        for s, n in f.actions.items():
            actions[s] += n
        for s, n in f.indicators.items():
            indicators[s] += n
        totals = f.fund_totals
        if totals is None:
            no_rate += 1
            continue
        usd += 1
        for k in FUND_KINDS:
            funds[k] += totals[k]
    return ImplementationRollup(assessed, reporting, actions, unreported, indicators, usd, no_rate, funds)


@dataclass(frozen=True)
class PartnerSum:
    """One partner's money summed over countries: ``countries`` it appears in, and every spelling
    of its name merged into it (one: nothing merged), with the countries writing each."""

    sums: dict[str, Decimal]
    countries: int
    spellings: dict[str, tuple[str, ...]]


def _counted(figures: Iterable[tuple[str, Implementation | None]]) -> list[tuple[str, Implementation]]:
    return [(c, f) for c, f in figures if f is not None and f.reporting and f.funds is not None]


def partner_names(figures: Iterable[tuple[str, Implementation | None]]
                  ) -> dict[tuple[str, str], tuple[str, dict[str, tuple[str, ...]]]]:
    """Per (funding source, name key): the spelling shown (the one most countries write) and each
    spelling with the countries (codes) writing it, over ``(country, figures)`` pairs."""
    writers: dict[tuple[str, str], dict[str, set[str]]] = {}
    for country, f in _counted(figures):
        for funding, name in f.funds or {}:
            for spelling in f.spellings.get((funding, name), (name,)):
                writers.setdefault((funding, partner_key(name)), {}).setdefault(spelling, set()).add(country)
    return {k: (shown_spelling({s: len(cs) for s, cs in w.items()}), {s: tuple(sorted(cs)) for s, cs in sorted(w.items())})
            for k, w in writers.items()}


def partner_rollup(figures: Iterable[tuple[str, Implementation | None]],
                   names: Mapping[tuple[str, str], tuple[str, dict[str, tuple[str, ...]]]] | None = None
                   ) -> dict[PartnerKey, PartnerSum]:
    """Per partner (funding source, the spelling shown), its money summed over the reporting
    countries with USD figures, in how many of them it appears and the spellings merged, over
    ``(country, figures)`` pairs; ``names``: :func:`partner_names` of a wider set (the world's), so
    that a partner is shown alike in every group."""
    counted = _counted(figures)
    names = names if names is not None else partner_names(counted)
    out: dict[PartnerKey, PartnerSum] = {}
    seen: dict[PartnerKey, set[str]] = {}   # a country counted once per partner, however it spells it
    for country, f in counted:
        for (funding, name), row in (f.funds or {}).items():
            shown, spellings = names[(funding, partner_key(name))]
            got = out.get((funding, shown)) or PartnerSum({k: Decimal(0) for k in FUND_KINDS}, 0, spellings)
            for k in FUND_KINDS:
                got.sums[k] += row[k]
            payers = seen.setdefault((funding, shown), set())
            payers.add(country)
            out[(funding, shown)] = PartnerSum(got.sums, len(payers), spellings)
    return dict(sorted(out.items()))


def latest_year(progresses: Sequence[PlanProgress | None]) -> int | None:
    """The latest year any country reports for (None: none reports)."""
    years = [y for p in progresses if p is not None for y in reported_years(p)]
    return max(years) if years else None


__all__ = [
    "ACTION_STATES", "DONE", "DROPPED", "FUND_KINDS", "INDICATOR_STANDINGS", "IN_PROGRESS", "Implementation",
    "ImplementationRollup", "LATE", "NOT_STARTED", "PartnerKey", "PartnerSum", "PlanProgress", "action_state",
    "implementation", "latest_year", "look_alike_partners", "look_alike_skeleton", "merged_names", "mixed_script",
    "odd_letters", "partner_key", "partner_names", "partner_rollup",
    "reported_years", "reports_in", "rollup", "shown_spelling", "usd_funds",
]
