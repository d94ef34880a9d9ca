"""UNSD's view of implementation in the cross-country aggregation: for one reporting
period, each country's actions done / in progress / late / dropped / not started, its indicators
on track / at risk / off track, and its money by partner (pledged, committed, disbursed, spent) in
US dollars by its own workbook's rates; then the same summed by world, region and group.

The figures are the domain's (``domain.plan.implementation``, the rule of docs/methodology.md
sections 18 and 19) over what each workbook carries: its Action plan and Action costs sheets, its
Plan validation sheet (the rates), its Results sheet and its Plan progress and Indicator values
sheets, read and checked by the import's own readers in the worker (``aggregate_extract.progress_of``). The
countries are those of the roll-ups (one assessment per country, its latest round or the round
asked: ``aggregate_identity``), so a country is counted once however many files it sent; a country
whose score is provisional is counted all the same (``AggregateReport.plan_rounds``): what its plan
did and spent does not depend on how complete its questionnaire is, and it is marked provisional
on every row that lists it (methodology section 19). A partner
is matched by its name's key across countries (``partner_key``: the spellings of one name merged,
shown by the one most countries write, each merge said in a warning; methodology section 19)."""
from __future__ import annotations

import datetime as _dt
from typing import Any

from ...catalog import countries
from ...catalog.aggregate_texts import label, text
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates
from ...domain.celltext import CELL_MAX, cell_length
from ...domain.plan.implementation import (
    ACTION_STATES,
    FUND_KINDS,
    INDICATOR_STANDINGS,
    implementation,
    latest_year,
    look_alike_partners,
    odd_letters,
    partner_key,
    partner_names,
    partner_rollup,
    rollup,
)
from ...domain.plan.progress import as_of, normalise_period
from .groups import CountryScores, grouped
from .model import AggregateReport, CountryRound


def settle(rep: AggregateReport, period: str | None, today: _dt.date) -> None:
    """The run's period (``period`` normalised; None: the latest year a country of the roll-ups
    reports for) and every assessment's figures for it; a line in ``rep.warnings`` for each
    country of the roll-ups whose money is in a currency its workbook gives no rate for."""
    if period:
        rep.period = normalise_period(period)
    else:
        year = latest_year([r.progress for r in rep.plan_rounds])
        rep.period = str(year) if year is not None else ""
    if not rep.period:
        return
    rep.as_of = as_of(rep.period, today).isoformat()
    for r in rep.rounds:
        r.implementation = implementation(r.progress, rep.period, today) if r.progress is not None else None
    for r in sorted(rep.plan_rounds, key=lambda r: r.country):
        f = r.implementation
        if f is not None and f.reporting and f.no_rate:
            rep.warnings.append(en_line("cli.agg.no_rate", path=r.record.path, country=r.country, round=r.record.round,
                                        currencies=", ".join(f.no_rate), period=rep.period))
    rep.partners = partner_names(_pairs(rep))
    rep.warnings.extend(merged_warnings(rep))
    rep.warnings.extend(look_alike_warnings(rep))


def _pairs(rep: AggregateReport) -> list[tuple[str, Any]]:
    return [(r.country, r.implementation) for r in sorted(rep.plan_rounds, key=lambda r: r.country)]


def merged_warnings(rep: AggregateReport) -> list[str]:
    """One line per partner whose name is written in more than one way by the countries of the
    roll-ups: the spelling shown, then each spelling merged with the countries writing it."""
    out = []
    for (funding, _key), (shown, spellings) in sorted(rep.partners.items()):
        if len(spellings) > 1:
            each = "; ".join(f"{s!r} ({', '.join(cs)})" for s, cs in spellings.items())
            out.append(f"{rep.period}: partner {shown!r} ({funding}): {len(spellings)} spellings of one name merged "
                       f"(case, white space and Unicode form ignored): {each}")
    return out


def _look_alike_pieces(rep: AggregateReport) -> list[list[str]]:
    """Per group of partners whose names look alike in different scripts, or whose name mixes
    scripts in a word (``domain.plan.implementation.look_alike_partners``): each spelling with the
    countries writing it and its letters of another script ("ЕU [UGA] (U+0415)")."""
    out = []
    for group in look_alike_partners(rep.partners):
        each = []
        for k in group:
            for spelling, cs in rep.partners[k][1].items():
                odd = odd_letters(spelling)
                each.append(f"{spelling} [{' '.join(cs)}]" + (f" ({odd})" if odd else ""))
        out.append(each)
    return out


def look_alike_warnings(rep: AggregateReport) -> list[str]:
    """One line per group of partners whose names look alike but are written with letters of
    different scripts (or mix them in a word): kept apart, never merged, said."""
    return [f"{rep.period}: partner names that look alike but are written in different scripts, kept apart "
            f"(check the spelling in the countries' workbooks): {' / '.join(each)}"
            for each in _look_alike_pieces(rep)]


def look_alike_text(rep: AggregateReport, limit: int = CELL_MAX) -> str:
    """The About sheet's value: each group of look-alike partner names kept apart, "a [codes] / b
    [codes] (U+0415)", "; " between groups ("" when none); cut to fit one cell, the rest counted."""
    pieces = [" / ".join(each) for each in _look_alike_pieces(rep)]
    out = ""
    for i, piece in enumerate(pieces):
        more = f" {text('about.merged_more', rep.lang, n=len(pieces) - i)}"
        joined = f"{out}; {piece}" if out else piece
        if cell_length(joined) > limit - (cell_length(more) if i < len(pieces) - 1 else 0):
            return (out + more).strip()
        out = joined
    return out


def merged_text(rep: AggregateReport, limit: int = CELL_MAX) -> str:
    """The About sheet's value: each partner whose spellings were merged, "shown = spelling [codes] /
    …", "; " between partners ("" when none was); cut to fit one cell (``limit``, as the workbook
    escapes it: hundreds of spellings of one partner), the spellings left out counted at its end
    ("(312 more)" in the report's language; the warnings list every one)."""
    pieces = [(f"{shown} = ", [f"{s} [{' '.join(cs)}]" for s, cs in spellings.items()])
              for (_f, _k), (shown, spellings) in sorted(rep.partners.items()) if len(spellings) > 1]
    whole = "; ".join(head + " / ".join(each) for head, each in pieces)
    if cell_length(whole) <= limit:
        return whole
    total = sum(len(each) for _h, each in pieces)
    room = limit - cell_length(" " + text("about.merged_more", rep.lang, n=total))
    out, kept = "", 0
    for head, each in pieces:
        for i, spelling in enumerate(each):
            piece = ("; " if out and not i else "") + (head if not i else " / ") + spelling
            if cell_length(out + piece) > room:
                return f"{out} {text('about.merged_more', rep.lang, n=total - kept)}".strip()
            out, kept = out + piece, kept + 1
    return out


def shown_partner(names: Any, funding: str, funder: str) -> str:
    """The spelling a partner is shown by in every table (``names``: :func:`partner_names`' of the
    roll-ups; its own spelling when they do not hold it)."""
    found = names.get((funding, partner_key(funder)))
    return found[0] if found else funder


# --- the tables' rows (``aggregate_tables`` makes the tables: workbook, CSV, Stata, SPSS) -----------------

Row = list[Any]
GroupRow = tuple[str, str, Row]  # grouping, group code, the cells after the group's own


def _usd(v: Any) -> Any:
    return None if v is None else int(v)


def _partner(funding: str, funder: str, lang: str) -> str:
    return funder or label("funding", funding, lang)


def implementation_rows(rounds: list[CountryRound], rep: AggregateReport, width: int) -> list[Row]:
    """One row of ``width`` cells per country and round: its figures for the period (empty
    without a plan or a period; the USD sums empty without a rate for one of its currencies,
    named); in the roll-ups and provisional flagged (a provisional score counted all the same)."""
    lang = rep.lang
    rows: list[Row] = []
    for r in rounds:
        c = countries.lookup(r.country)
        f = r.implementation
        head = [r.country, countries.localized_name(c, lang) if c else r.country, r.record.round,
                1 if r.counts_plan else 0, 1 if r.provisional else 0, rep.period or None]
        if f is None:
            rows.append(head + [0] + [None] * (width - len(head) - 1))
            continue
        totals = f.fund_totals
        rows.append(head + [1 if f.reporting else 0, f.action_count, *(f.actions[s] for s in ACTION_STATES),
                            f.unreported, *(f.indicators[s] for s in INDICATOR_STANDINGS),
                            *(_usd(totals[k]) if totals else None for k in FUND_KINDS), " ".join(f.no_rate)])
    return rows


def figures_by_country(rep: AggregateReport) -> dict[str, Any]:
    """Each country's figures for the period, over the countries whose plan the roll-ups count
    (a provisional score counted too: ``AggregateReport.plan_rounds``)."""
    return {r.country: r.implementation for r in rep.plan_rounds}


def counted_groups(rep: AggregateReport) -> list[tuple[str, str, list[CountryScores]]]:
    """(grouping, group, members' scores) over the countries whose plan, implementation and money
    the roll-ups count (``AggregateReport.plan_rounds``: a provisional score counted too), by code."""
    return grouped([r.scores for r in sorted(rep.plan_rounds, key=lambda r: r.country)])


def provisional_countries(rep: AggregateReport) -> set[str]:
    """The countries counted whose score is provisional (no band)."""
    return {r.country for r in rep.plan_rounds if r.provisional}


def implementation_group_rows(rep: AggregateReport) -> list[GroupRow]:
    """The countries of the roll-ups summed by world, region and group, those with a provisional
    score with them (how many is said)."""
    rows: list[GroupRow] = []
    if not rep.period:
        return rows
    figures = figures_by_country(rep)
    prov = provisional_countries(rep)
    for grouping, group, members in counted_groups(rep):
        ro = rollup(figures.get(m.iso3) for m in members)
        usd = ro.usd_countries > 0
        rows.append((grouping, group, [rep.period, ro.assessed, sum(m.iso3 in prov for m in members),
                                       ro.reporting, ro.action_count,
                                       *(ro.actions[s] for s in ACTION_STATES), ro.unreported,
                                       *(ro.indicators[s] for s in INDICATOR_STANDINGS), ro.usd_countries, ro.no_rate,
                                       *(_usd(ro.funds[k]) if usd else None for k in FUND_KINDS),
                                       " ".join(sorted(m.iso3 for m in members))]))
    return rows


def partner_rows(rep: AggregateReport) -> list[Row]:
    """One row per country of the roll-ups (reporting, with USD figures) and partner, a
    provisional score flagged."""
    lang = rep.lang
    rows: list[Row] = []
    names = rep.partners or partner_names(_pairs(rep))
    for r in sorted(rep.plan_rounds, key=lambda r: r.country):
        f = r.implementation
        if f is None or not f.reporting or f.funds is None:
            continue
        for (funding, funder), row in f.funds.items():
            rows.append([r.country, r.record.round, 1 if r.provisional else 0, rep.period, funding,
                         label("funding", funding, lang),
                         _partner(funding, shown_partner(names, funding, funder), lang),
                         *(_usd(row[k]) for k in FUND_KINDS)])
    return rows


def partner_group_rows(rep: AggregateReport) -> list[GroupRow]:
    """Per world, region and group, each partner's money summed over its reporting countries with
    USD figures: a group's rows add up to its total on the implementation-by-group sheet."""
    lang = rep.lang
    rows: list[GroupRow] = []
    if not rep.period:
        return rows
    figures = figures_by_country(rep)
    names = rep.partners or partner_names(_pairs(rep))
    for grouping, group, members in counted_groups(rep):
        for (funding, funder), p in partner_rollup(((m.iso3, figures.get(m.iso3)) for m in members), names).items():
            rows.append((grouping, group, [rep.period, funding, label("funding", funding, lang),
                                           _partner(funding, funder, lang), p.countries,
                                           *(_usd(p.sums[k]) for k in FUND_KINDS)]))
    return rows


__all__ = ["GroupRow", "Row", "counted_groups", "figures_by_country", "implementation_group_rows", "implementation_rows",
           "look_alike_text", "look_alike_warnings", "merged_text", "merged_warnings", "partner_group_rows", "partner_rows", "provisional_countries", "settle",
           "shown_partner"]
