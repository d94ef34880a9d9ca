"""The action plan's standing and money in the report: the validation record (the cover's line;
the chapter's DRAFT stamp and "proposed" wording as long as there is none, whatever the number of
owners filled in), the one-page plan at a glance (the priority actions the government chose, with
who leads them, by when, at what cost and who pays), the costed plan with the financing gap by
year, lead institution and funding source, and the changes made since the validation.

Amounts are summed exactly (``domain.plancost.plan_totals``) and formatted once, through Babel
(``reports.money``); nothing here reads the database."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..domain.actionplan import PRIORITY_ACTIONS_MAX, Action, sorted_plan
from ..domain.plancost import Finance, Total, cost_by_currency, plan_totals, rounded
from ..domain.planvalidation import PlanChange, Validation, changes_since
from .budget import bounded_text
from .format import Strings, fmt_date, fmt_list
from .model import ActionPlan, GlanceRow, MoneyRow, PlanAction, PlanCosts, PlanRecord
from .money import format_amount, format_money, format_rate

def money(amounts: dict[str, Decimal], lang: str) -> str:
    """Amounts of one or several currencies ("XOF 45,000,000 + USD 84,000"); "–" for none."""
    return " + ".join(format_money(v, c, lang) for c, v in sorted(amounts.items())) or "–"


def _usd(t: Total, which: str, lang: str) -> str:
    """A total's USD equivalent when every line has one and it is not in dollars already."""
    if not t.in_usd or set(t.cost) == {"USD"}:
        return ""
    return format_money(rounded(t.cost_usd if which == "cost" else t.gap_usd), "USD", lang)


def change_text(change: PlanChange, s: Strings) -> str:
    """What changed, as a mark beside the action ("changed after the validation: timeline")."""
    if change.kind == "added":
        return s["plan_added_mark"]
    return s["plan_changed_mark"].format(parts=", ".join(s[f"plan_part_{p}"] for p in change.parts))


def changes_of(actions: Sequence[Action], validation: Validation | None) -> dict[str, PlanChange]:
    return {c.action_id: c for c in changes_since(validation, actions) if c.kind != "removed"}


def plan_intro(stored: bool, validation: Validation | None, lang: str, s: Strings) -> str:
    """The chapter's opening sentence: validated (when, where, by whom, who was there), proposed
    and stored but not validated, or drafted from the recommendations."""
    if validation is not None:
        return s["plan_intro_validated"].format(
            date=fmt_date(validation.date, lang), event=bounded_text(validation.event, lang, s),
            name=bounded_text(validation.approved_by, lang, s), position=bounded_text(validation.position, lang, s),
            institutions=fmt_list([bounded_text(x, lang, s) for x in validation.institutions], lang))
    return s["plan_intro_unvalidated"] if stored else s["plan_intro_proposed"]


def _funding(action: Action, s: Strings) -> list[str]:
    out: list[str] = []
    for c in action.costs:
        source = c.funder if c.funding == "partner" and c.funder else s[f"plan_{c.funding}"]
        if c.funding == "other" and c.funder:
            source = f"{s['plan_other']}{s['colon']}{c.funder}"
        line = s["plan_funding_secured" if c.secured else "plan_funding_open"].format(source=source)
        if line not in out:
            out.append(line)
    return out


def glance_rows(actions: Sequence[Action], rows: Sequence[PlanAction], finance: Finance, lang: str,
                s: Strings) -> list[GlanceRow]:
    """The plan at a glance: one row per action of ``rows`` (their order), with its cost and who
    pays for it."""
    by_order = {r.order: r for r in rows}
    plan = list(actions)
    out = []
    for r in rows:
        a = plan[r.order - 1]
        totals = plan_totals([a], finance).all if a.costs else None
        out.append(GlanceRow(
            order=r.order, title=r.title, milestone=r.milestone, owners=r.owners, owners_agreed=r.owners_agreed,
            timeline=r.timeline, cost=money(dict(cost_by_currency(a.costs)), lang) if a.costs else s["plan_not_costed"],
            cost_usd=_usd(totals, "cost", lang) if totals is not None else "",
            funding=[bounded_text(x, lang, s) for x in _funding(a, s)], status=r.status,
            changed=by_order[r.order].changed))
    return out


def _row(label: str, t: Total, lang: str, currency: str) -> MoneyRow:
    """A line of a cost table; in a table of one ``currency`` (its header names it) the amounts
    are printed without their code, as the USD equivalents are."""
    def amounts(d: dict[str, Decimal]) -> str:
        if currency:
            return format_amount(d.get(currency, Decimal(0)), currency, lang)
        return money(d, lang)

    def usd(which: str) -> str:
        if not t.in_usd or set(t.cost) == {"USD"}:
            return ""
        return format_amount(rounded(t.cost_usd if which == "cost" else t.gap_usd), "USD", lang)

    return MoneyRow(label, amounts(t.cost), amounts(t.secured), amounts(t.gap), usd("cost"), usd("gap"))


def plan_costs(actions: Sequence[Action], finance: Finance, lang: str, s: Strings) -> PlanCosts | None:
    """The costed plan: totals by year, lead institution and funding source, and the sentence
    stating the cost and the financing gap; None when nothing is costed."""
    totals = plan_totals(actions, finance)
    t = totals.all
    if not t.lines:
        return None
    years = list(totals.by_year)
    span = (s["plan_in_year"].format(year=years[0]) if len(years) == 1
            else s["plan_over_years"].format(span=f"{years[0]}–{years[-1]}"))
    cost_usd, gap_usd = _usd(t, "cost", lang), _usd(t, "gap", lang)
    sentence = s["plan_costs_sentence"].format(
        cost=money(t.cost, lang), cost_usd=f" ({cost_usd})" if cost_usd else "", years=span,
        secured=money(t.secured, lang), gap=money(t.gap, lang), gap_usd=f" ({gap_usd})" if gap_usd else "")
    notes = [s["plan_costed_count"].format(costed=totals.costed_actions, actions=totals.actions),
             s["plan_lead_note"]]
    usd_rates = [r for r in finance.rates if r.currency in t.cost]
    if usd_rates and t.in_usd:
        notes.append(s["plan_rates_note"].format(rates=fmt_list(
            [f"{format_rate(r.per_usd, r.currency, lang)} ({fmt_date(r.date, lang)}"
             + (f", {bounded_text(r.source, lang, s)})" if r.source else ")") for r in usd_rates], lang)))
    elif totals.missing_rates and set(t.cost) != {"USD"}:
        notes.append(s["plan_no_rate_note"].format(currencies=fmt_list(list(totals.missing_rates), lang)))
    if t.executed:
        notes.append(s["plan_executed_note"].format(executed=money(t.executed, lang),
                                                    planned=money(t.planned_of_executed, lang)))
    if totals.dropped_actions:
        notes.append(s["plan_dropped_note"])

    def source_label(key: tuple[str, str]) -> str:
        funding, funder = key
        if funding == "partner" and funder:
            return bounded_text(funder, lang, s)
        if funding == "other" and funder:
            return f"{s['plan_other']}{s['colon']}{bounded_text(funder, lang, s)}"
        return str(s[f"plan_{funding}"])

    one = t.currencies[0] if len(t.currencies) == 1 else ""
    return PlanCosts(
        sentence=sentence,
        by_year=[_row(str(y), x, lang, one) for y, x in totals.by_year.items()],
        by_institution=[_row(bounded_text(k, lang, s) if k else s["plan_no_owner"], x, lang, one)
                        for k, x in totals.by_institution.items()],
        by_source=[_row(source_label(k), x, lang, one) for k, x in totals.by_source.items()],
        total=_row(s["plan_total"], t, lang, one), usd=t.in_usd and set(t.cost) != {"USD"}, notes=notes,
        currency=one)


def plan_record(stored: Sequence[Action] | None, plan: ActionPlan, finance: Finance | None,
                validation: Validation | None, lang: str, s: Strings) -> PlanRecord:
    """The report's record of the plan (``plan`` is the chapter's rows, from ``stored`` or drafted)."""
    finance = finance or Finance()
    actions = sorted_plan(stored or [])
    chosen = [r for r in plan.actions if r.chosen][:PRIORITY_ACTIONS_MAX]  # the glance holds one page
    if chosen:
        intro, rows = s["plan_glance_chosen"], chosen
    else:
        ranked = sorted((a for a in plan.actions if a.open), key=lambda a: (a.urgency, a.order))
        intro, rows = s["plan_glance_ranked"], ranked[:5]
    annex = bool(chosen) and len(plan.actions) > len(chosen)
    glance = glance_rows(actions, rows, finance, lang, s) if actions else [
        GlanceRow(r.order, r.title, r.milestone, r.owners, r.owners_agreed, r.timeline, s["plan_not_costed"], "",
                  [], r.status, "") for r in rows]
    changes = changes_since(validation, actions)
    if validation is not None:
        cover = s["plan_cover_validated"].format(
            date=fmt_date(validation.date, lang), event=bounded_text(validation.event, lang, s),
            name=bounded_text(validation.approved_by, lang, s), position=bounded_text(validation.position, lang, s))
    else:
        cover = s["plan_cover_proposed"]
    lines = []
    for c in changes:
        title = bounded_text(c.title, lang, s)
        if c.kind == "changed":
            lines.append(s["plan_change_changed"].format(
                title=title, parts=fmt_list([s[f"plan_part_{p}"] for p in c.parts], lang)))
        else:
            lines.append(s[f"plan_change_{c.kind}"].format(title=title))
    return PlanRecord(
        validated=validation is not None, cover_line=cover, stamp="" if validation is not None else s["plan_stamp"],
        glance_intro=intro, glance=glance,
        glance_more=s["plan_glance_more"].format(n=len(plan.actions), annex=s["annex_plan_ref"]) if annex else "",
        costs=plan_costs(actions, finance, lang, s) if actions else None,
        changes_intro=s["plan_changes_intro"].format(date=fmt_date(validation.date, lang)) if validation else "",
        changes=lines, annex=annex)


__all__ = ["change_text", "changes_of", "glance_rows", "money", "plan_costs", "plan_intro",
           "plan_record"]
