"""The implementation report (issue 61): the plan followed in one reporting period, as a ministry
sends it to its partners and its statistical council, printed by ``resources/report/progress.html.j2``
through the report's one pipeline (PDF and Word) when the report context carries it
(``ReportContext.progress``).

Built from ``domain.plan.progress.PeriodSummary`` alone: a summary (actions on track, at risk, off
track, not judged, with the written rule), the money by partner (pledged, committed, disbursed,
spent, per currency, with the totals that add up: ``money_totals``), every action's status,
standing and reason, a page per priority action, the indicator values measured, and the reasons
given. Every figure and date through the report's formatting (``reports.format``, ``money``);
user text is data, escaped by the template.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ...domain.plan.cost import amount_text
from ...domain.plan.progress import MONEY_KINDS, ActionRow, PeriodSummary, value_to_plain
from ...domain.plan.results import value_text
from ...domain.placeholders import fill
from ..format import fmt_date, fmt_percent, fmt_quarter
from ..model import Achieved, AchievedRow, IndicatorLine, PartnerMoney, ProgressAction, ProgressReport
from ..money import format_money

_FUNDING = {"national": "plan_national", "partner": "plan_partner", "other": "plan_other"}


def _standing(code: str, s: Mapping[str, Any]) -> str:
    return str(s[f"progress_{code}"])


def _partner(funding: str, funder: str, s: Mapping[str, Any]) -> str:
    return funder or str(s[_FUNDING.get(funding, "plan_other")])


def money_rows(summary: PeriodSummary, lang: str, s: Mapping[str, Any]) -> tuple[PartnerMoney, ...]:
    """The partners' rows of each currency, then its total (the sums of exactly those rows)."""
    out = []
    for currency, totals in summary.totals.items():
        for (funding, funder, cur), row in summary.by_partner.items():
            if cur == currency:
                out.append(PartnerMoney(_partner(funding, funder, s), cur,
                                    tuple(format_money(row[k], cur, lang) for k in ("pledged", *MONEY_KINDS))))
        out.append(PartnerMoney(str(s["progress_total"]), currency,
                            tuple(format_money(totals[k], currency, lang) for k in ("pledged", *MONEY_KINDS)), True))
    return tuple(out)


def _action(r: ActionRow, lang: str, s: Mapping[str, Any]) -> ProgressAction:
    st = r.standing
    absorbed = "; ".join(f"{c} {fmt_percent(float(v), lang)}" for c, v in sorted(st.absorbed.items()))
    money = tuple((c, tuple(format_money(r.in_period[k].get(c, Decimal(0)), c, lang) for k in MONEY_KINDS))
                  for c in sorted({c for k in MONEY_KINDS for c in r.in_period[k]}))
    return ProgressAction(
        r.number, r.action.title, "; ".join(r.action.institutions), str(s[f"action_status_{r.status}"]),
        _standing(st.overall, s), st.overall, r.entry.reason if r.entry else "", r.entry is not None,
        r.action.priority_action, "" if st.elapsed is None else fmt_percent(float(st.elapsed), lang), absorbed, money)


def indicator_lines(summary: PeriodSummary, lang: str, s: Mapping[str, Any]) -> tuple[IndicatorLine, ...]:
    """The results chain's indicators of the period (objective, outcomes, outputs: the year's
    target, the value that speaks for the period, the standing by the rule), then any value
    recorded under an id the chain no longer has."""
    out = []
    for r in summary.indicators:
        v = r.value
        code = r.standing or "not_judged"
        out.append(IndicatorLine(
            r.indicator.id, "–" if v is None else str(value_to_plain(v)["value"]),
            "" if v is None else fmt_date(v.date, lang), "" if v is None else v.source, r.indicator.name,
            "–" if r.target is None else value_text(r.target), _standing(code, s), code))
    chained = {r.indicator.id for r in summary.indicators}
    out += [IndicatorLine(v.indicator_id, str(value_to_plain(v)["value"]), fmt_date(v.date, lang), v.source,
                          standing=_standing("not_judged", s))
            for v in summary.values if v.indicator_id not in chained]
    return tuple(out)


def progress_report(summary: PeriodSummary, lang: str, s: Mapping[str, Any]) -> ProgressReport:
    """The implementation report's content in ``lang`` (``s``: the report's fixed texts)."""
    c = summary.counts
    actions = tuple(_action(r, lang, s) for r in summary.rows)
    return ProgressReport(
        period=summary.period,
        title=fill(str(s["progress_title"]), period=summary.period),
        intro=fill(str(s["progress_intro"]), period=summary.period, as_of=fmt_date(summary.as_of.isoformat(), lang)),
        counts=fill(str(s["progress_counts"]), on=c["on_track"], risk=c["at_risk"], off=c["off_track"],
                                                none=c["not_judged"], unreported=len(summary.unreported)),
        rule=str(s["progress_rule"]),
        money_columns=tuple(str(s[k]) for k in ("progress_partner", "progress_pledged", "progress_committed",
                                                "progress_disbursed", "progress_spent")),
        money=money_rows(summary, lang, s),
        actions=actions,
        priority=tuple(a for a in actions if a.priority),
        indicators=indicator_lines(summary, lang, s),
        reasons=tuple(a for a in actions if a.reason),
    )


def _end(when: str, lang: str) -> str:
    """An action's end as the language writes it (a quarter, or a date)."""
    if len(when) == 7 and when[4:6] == "-Q":
        return fmt_quarter(int(when[:4]), int(when[-1]), lang)
    return fmt_date(when, lang)


def _notes(o: Any, lang: str, s: Mapping[str, Any]) -> tuple[str, ...]:
    """What is said under an action's outcome, as read once (``domain.plan.achieved``): whether it
    is late, and the money spent on it to date."""
    out = []
    if o.late and o.end:
        out.append(fill(str(s["achieved_late"]), end=_end(o.end, lang)))
    if o.spent:
        out.append(fill(str(s["achieved_spent"]),
                        amount=" + ".join(format_money(v, c, lang) for c, v in sorted(o.spent.items()))))
    return tuple(out)


def achieved(year: int, outcomes: Sequence[Any], lang: str, s: Mapping[str, Any]) -> Achieved:
    """"What the {year} plan achieved": ``outcomes`` as ``services.rounds.plan_achieved`` gives
    them (each action's number, title, outcome, period, reason, whether it is late, the money
    spent to date, and its gaps then and now; a gap not scored said in words)."""
    def score(v: Any) -> Any:
        return s["achieved_not_scored"] if v is None else v

    rows = []
    for o in outcomes:
        gaps = tuple(fill(str(s["achieved_gap_line"]), code=g.code, before=score(g.gap_before),
                          after=score(g.gap_after), trend=g.trend_label or g.trend) for g in o.gaps)
        status = str(s[f"action_status_{o.outcome}"])
        outcome = f"{status} ({o.period})" if o.period else f"{status} ({s['achieved_no_report']})"
        rows.append(AchievedRow(o.number, o.title, outcome, o.reason, gaps, _notes(o, lang, s)))
    return Achieved(fill(str(s["achieved_title"]), year=year), fill(str(s["achieved_intro"]), year=year), tuple(rows))


def totals_add_up(summary: PeriodSummary) -> bool:
    """Each currency's total is the exact sum of its partners' rows (what the report prints)."""
    for currency, totals in summary.totals.items():
        rows = [r for (_f, _n, cur), r in summary.by_partner.items() if cur == currency]
        for k in ("pledged", *MONEY_KINDS):
            if sum((r[k] for r in rows), Decimal(0)) != totals[k]:
                return False
    return True


def plain_money(summary: PeriodSummary) -> Sequence[dict[str, str]]:
    """The money by partner as decimal text (the report's attached data)."""
    return [{"funding": f, "funder": n, "currency": c, **{k: amount_text(v) for k, v in row.items()}}
            for (f, n, c), row in summary.by_partner.items()]


__all__ = ["achieved", "IndicatorLine", "indicator_lines", "PartnerMoney", "ProgressAction", "ProgressReport", "money_rows", "plain_money",
           "progress_report", "totals_add_up"]
