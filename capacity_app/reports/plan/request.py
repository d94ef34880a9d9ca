"""The funding request a donor reads: the budgets by cost category, year and funding
source (``domain.plan.budget``, its rounding rule: each cost line rounded once, every cell, row,
column and total the sum of the rounded lines it holds), the co-financing shares and who commits the national part,
the recurrent costs the national budget takes over, the signature block, the plan's version and
validation date; and a partner's edition: the figures of its first page, the partner's part of the
logframe (when the plan has a results chain) and the national counterpart to its actions
(``edition``), the lines it is asked to fund in its currency beside the plan's and the dollar, the
national contribution beside each action, and its signatories. Nothing here reads the database."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from ...domain import editorial
from ...domain.plan import budget
from ...domain.plan.actions import Action, sorted_plan
from ...domain.plan.cost import USD, Finance, conversion_targets, convert, rounded
from ...domain.plan.request import FundingRequest, Signatory
from ...domain.plan.validation import Validation, approved_plan, plan_version
from ...domain.plan.results import ResultsChain
from ...domain.placeholders import fill
from ..budget import bounded_text, kept_together, with_user_text
from ..format import Strings, fmt_date, fmt_list
from ..model import (
    AskedAction,
    AskedLine,
    BudgetBlock,
    BudgetRow,
    BudgetTable,
    FundingRecord,
    PartnerEdition,
    ShareBlock,
    ShareRow,
    SignatureBox,
    TakeoverRow,
)
from ..money import format_amount, format_money
from .chapter import TEXT_WIDTH_MM, action_amounts, amount_columns, plan_places
from .edition import counterpart, figures, logframe_part, partner_amounts

LABEL_MM = 40.0          # a budget table's label column (a category, a funding source)


def fit(texts: Sequence[str], columns: int, label_mm: float = LABEL_MM) -> tuple[float, float]:
    """(width in mm, type size in pt) of ``columns`` amount columns beside a label column, so that
    no amount breaks inside its digits nor runs over its neighbour (``chapter.amount_columns``)."""
    return amount_columns(texts, columns, least=16.0, most=(TEXT_WIDTH_MM - label_mm) / max(columns, 1),
                          size_pt=8.0)


def table_places(actions: Sequence[Action], codes: Sequence[str], finance: Finance) -> dict[str, int]:
    """The decimals each currency of a table is shown in: those of the plan's total in it
    (``chapter.plan_places``: whole units unless it is small), to which every line is rounded once."""
    return {code: plan_places(actions, finance, code) for code in codes}


def category_label(key: str, s: Strings) -> str:
    """A cost category as a row or column label (capitalised: it heads a line)."""
    label = str(s[f"plan_cat_{key}"]) if key else str(s["budget_cat_none"])
    return label[:1].upper() + label[1:]


def source_label(key: str, lang: str, s: Strings) -> str:
    """A funding source column (``budget.source_key``) in the report's words."""
    funding, _, funder = key.partition(":")
    if funding == "partner" and funder:
        return bounded_text(funder, lang, s)
    if funding == "other" and funder:
        return with_user_text("{other}{colon}{funder}", lang, other=s["plan_other"], colon=s["colon"],
                              funder=bounded_text(funder, lang, s))
    return str(s[f"plan_{funding}"])


def budget_table(title: str, corner: str, m: budget.Matrix, labels: Mapping[str, str], columns: Mapping[str, str],
                 lang: str, s: Strings) -> BudgetTable:
    """A budget matrix as the report prints it: one block per currency shown (rows, their totals,
    the columns' totals), each a sum of rounded lines, so that it adds up as printed (no note)."""
    blocks = []
    single = m.columns == ("",)
    for code in m.currencies:
        p = m.places.get(code, 0)

        def cell(v: Decimal | None, code: str = code, p: int = p) -> str:
            return "–" if v is None else format_amount(v, code, lang, places=p)

        rows = [BudgetRow(labels.get(r, r), [] if single else [cell(m.cells[code].get((r, col))) for col in m.columns],
                          cell(m.row_totals[code][r])) for r in m.rows]
        total = BudgetRow(str(s["plan_total"]), [] if single else [cell(m.column_totals[code][col]) for col in m.columns],
                          cell(m.total[code]))
        blocks.append(BudgetBlock(fill(str(s["budget_in"]), currency=code), rows, total))
    heads = [] if single else [columns.get(col, col) for col in m.columns]
    width, size = fit([v for b in blocks for row in (*b.rows, b.total) for v in (*row.cells, row.total)],
                      len(heads) + 1)
    return BudgetTable(title, corner, heads, blocks, "", width, size)


def budget_tables(actions: Sequence[Action], finance: Finance, lang: str, s: Strings) -> list[BudgetTable]:
    """By cost category, by year and category, by year and funding source (each in the plan's
    currency and the dollar); [] when a line does not convert (the note says so)."""
    lines = budget.lines_of(actions)
    codes = budget.shown_currencies(lines, finance)
    if not lines or not codes:
        return []
    places = table_places(actions, codes, finance)
    cats = {k: category_label(k, s) for k in ("", *(c.category for c in lines))}
    by_cat = budget.by_category(actions, finance, places)
    year_cat = budget.year_by_category(actions, finance, places)
    year_src = budget.year_by_source(actions, finance, places)
    return [
        budget_table(s["budget_by_category"], s["plan_category"], by_cat, cats, {}, lang, s),
        budget_table(s["budget_year_category"], s["plan_category"], year_cat, cats, {}, lang, s),
        budget_table(s["budget_year_source"], s["share_source"], year_src,
                     {k: source_label(k, lang, s) for k in year_src.rows}, {}, lang, s),
    ]


def partner_table(name: str, actions: Sequence[Action], finance: Finance, lang: str, s: Strings) -> BudgetTable | None:
    """A partner's lines by year and cost category, in its currency, the plan's and the dollar."""
    lines = [c for c in budget.lines_of(actions) if c.funding == "partner" and c.funder == name]
    own = budget.partner_currency(name, actions)
    codes = budget.shown_currencies(lines, finance, (own,) if own else ())
    if not lines or not codes:
        return None
    m = budget.partner_budget(name, actions, finance, table_places(actions, codes, finance))
    cats = {k: category_label(k, s) for k in ("", *(c.category for c in lines))}
    return budget_table(fill(str(s["budget_partner"]), partner=bounded_text(name, lang, s)), s["plan_category"], m,
                        cats, {}, lang, s)


def share_rows(actions: Sequence[Action], finance: Finance, request: FundingRequest, lang: str,
               s: Strings, currency: str | None = None) -> tuple[list[ShareRow], str]:
    """The co-financing shares (national, each partner, other sources) with the part not yet
    secured, in the plan's currency (or ``currency``: a partner's edition's), and the sentence
    naming who commits the national part; ([], "") when a line does not convert into it."""
    shares = budget.shares(actions, finance)
    if not shares:
        return [], ""
    code = currency or conversion_targets(finance)[0]
    p = plan_places(actions, finance, code)
    keys = [budget.source_key(x.source) for x in shares]
    # each source's lines rounded once (budget.line_amounts): the same figures as every table
    amounts = budget.line_amounts(actions, finance, code, p)
    if len(amounts) != len(budget.keyed(actions)):
        return [], ""
    cost = {k: Decimal(0) for k in keys}
    gap = {k: Decimal(0) for k in keys}
    for key, _, c in budget.keyed(actions):
        k = budget.source_key(budget.source_of(c))
        cost[k] += amounts[key]
        gap[k] += Decimal(0) if c.secured else amounts[key]

    def money(v: Decimal) -> str:
        return format_money(v, code, lang, places=p)

    def pct(v: Decimal) -> str:  # the language's one way of writing a percentage (domain.editorial)
        return editorial.percent(v, lang, 1)

    rows = [ShareRow(source_label(k, lang, s), money(cost[k]), pct(x.percent), money(gap[k]))
            for k, x in zip(keys, shares, strict=True)]
    rows.append(ShareRow(str(s["plan_total"]), money(sum(cost.values(), Decimal(0))), pct(Decimal(100)),
                         money(sum(gap.values(), Decimal(0)))))
    national = next((k for k, x in zip(keys, shares, strict=True) if x.source[0] == "national"), None)
    note = ""
    if national is not None:
        fields = dict(amount=money(cost[national]), percent=pct(shares[keys.index(national)].percent),
                      unsecured=money(gap[national]))
        full = "_secured" if not shares[keys.index(national)].unsecured else ""  # not "MDL 0 not yet secured"
        note = (with_user_text(s[f"share_committed{full}"], lang, institution=bounded_text(request.committed_by, lang, s),
                               **fields) if request.committed_by else fill(str(s[f"share_uncommitted{full}"]), **fields))
    return rows, note


def takeover_rows(actions: Sequence[Action], finance: Finance, lang: str, s: Strings,
                  partner: str | None = None) -> list[TakeoverRow]:
    """The recurrent costs the national budget takes over (of ``partner``'s lines only, when given)."""
    code = conversion_targets(finance)[0]
    out = []
    for t in budget.takeovers(actions, finance):
        if partner is not None and t.funder != partner:
            continue
        conv = t.converted.get(code)
        out.append(TakeoverRow(bounded_text(t.action, lang, s), bounded_text(t.funder, lang, s)
                               if t.funder not in ("other", "partner") else str(s["plan_other"]), str(t.year),
                               format_money(t.amount, t.currency, lang),
                               "" if conv is None or code == t.currency else format_money(rounded(conv), code, lang)))
    return out


def signature_boxes(request: FundingRequest, lang: str, s: Strings, partner: str | None = None) -> list[SignatureBox]:
    """The signature block: every signatory of the plan (or of one partner's edition), in the
    order typed, none left out; blank lines to fill for the government and the finance ministry
    when none of that role is named, and for the partner of a partner's edition. A finance
    signatory signs for the institution that commits the national budget when it is named (the
    country's own name for its ministry), else for "the Ministry of Finance"."""
    signs = request.signing(partner)
    finance = (with_user_text(s["sig_institution"], lang, institution=bounded_text(request.committed_by, lang, s))
               if request.committed_by else s["sig_finance"])

    def heading(role: str, who: Signatory | None) -> str:
        if role == "partner":
            name = who.partner if who else partner or ""
            return with_user_text(s["sig_partner"], lang, partner=bounded_text(name, lang, s))
        return s["sig_government"] if role == "government" else finance

    def box(role: str, who: Signatory | None) -> SignatureBox:
        return SignatureBox(heading(role, who), bounded_text(who.name, lang, s) if who else "",
                            bounded_text(who.title, lang, s) if who else "")

    out = [box(x.role, x) for x in signs]
    roles = [x.role for x in signs]
    if "government" not in roles:
        out.insert(0, box("government", None))
    if "finance" not in roles:
        after = max((i for i, b in enumerate(out) if b.heading == s["sig_government"]), default=-1)
        out.insert(after + 1, box("finance", None))
    if partner is not None and "partner" not in roles:
        out.append(box("partner", None))
    return out


def version_line(actions: Sequence[Action], finance: Finance, validation: Validation | None, lang: str,
                 s: Strings) -> str:
    """The plan's version (the digest of the plan as it stands) and the date it was validated."""
    version = plan_version(approved_plan(actions, finance))
    if validation is not None and validation.version == version:
        return fill(str(s["plan_version_validated"]), version=version, date=fmt_date(validation.date, lang))
    if validation is not None and validation.version:
        return fill(str(s["plan_version_changed"]), version=version, validated=validation.version,
                                                     date=fmt_date(validation.date, lang))
    return fill(str(s["plan_version_unvalidated"]), version=version)


def funding_record(stored: Sequence[Action] | None, finance: Finance | None, validation: Validation | None,
                   request: FundingRequest, lang: str, s: Strings) -> FundingRecord | None:
    """What the report adds to the costed plan for a donor; None when nothing is costed."""
    actions = sorted_plan(stored or [])
    finance = finance or Finance()
    if not budget.lines_of(actions):
        return None
    tables = budget_tables(actions, finance, lang, s)
    shares, note = share_rows(actions, finance, request, lang, s)
    share_mm, share_pt = fit([v for r in shares for v in (r.cost, r.unsecured)], 3, 40.0)
    return FundingRecord(share_mm=share_mm, share_pt=share_pt,
        budgets=tables, budget_rule=str(s["budget_rule"]), budgets_note="" if tables else str(s["budget_rates_missing"]),
        shares=shares, share_currency=conversion_targets(finance)[0], share_note=note,
        takeovers=takeover_rows(actions, finance, lang, s), takeover_currency=conversion_targets(finance)[0],
        signatures=signature_boxes(request, lang, s), version_line=version_line(actions, finance, validation, lang, s))


LineAmounts = Mapping[str, tuple[Mapping[str, Sequence[Decimal | None]], int]]  # code -> (each action's lines, places)


def _asked(a: Action, name: str, rounded_: LineAmounts, codes: Sequence[str], national: str, lang: str, s: Strings,
           chain: ResultsChain | None = None, words: str = "results") -> AskedAction:
    """One action a partner is asked to fund: its lines for that partner, in each currency shown,
    each as every table prints it (``rounded_``: ``chapter.action_amounts`` and the places, per
    currency), the national budget's contribution to the same action in the plan's currency (``national``, as
    the counterpart's table prints it), its risks and assumptions, and what the partner buys with
    it: the outcome the action serves and its output indicators."""
    from .results import indicator_line, sheet_outcome

    lines = []
    for j, c in enumerate(a.costs):
        if c.funding != "partner" or c.funder != name:
            continue
        amounts = [format_money(v, code, lang, places=rounded_[code][1])
                   if (v := rounded_[code][0][a.id][j]) is not None else "–" for code in codes]
        stage = s[f"plan_pipe_{c.pipeline}"] if c.pipeline else s["plan_secured_yes" if c.secured else "plan_secured_no"]
        lines.append(AskedLine(str(c.year), category_label(c.category, s), amounts, str(stage)))
    risks = bounded_text(a.risks, lang, s) if a.risks else ""
    others = fmt_list([bounded_text(x, lang, s) for x in co_funders(a, name)], lang)
    if chain is None or chain.is_empty:
        return AskedAction(bounded_text(a.title, lang, s), lines, national, risks=risks, others=others)
    return AskedAction(bounded_text(a.title, lang, s), lines, national, sheet_outcome(chain, a.id, lang, s, words),
                       [indicator_line(i, lang, s) for i in chain.indicators_of("output", a.id)], risks, others)


def co_funders(a: Action, partner: str) -> list[str]:
    """The other partners an action's cost lines name, in their order: those whose editions count
    its national contribution too."""
    return list(dict.fromkeys(c.funder for c in a.costs if c.funding == "partner" and c.funder and c.funder != partner))


def shared_counterpart(funded: Sequence[Action], partner: str, lang: str, s: Strings) -> str:
    """The sentence under a partner's national counterpart naming its actions another partner funds
    too: two donors would otherwise each read the same national money as backing their actions
    alone ("" when none is shared)."""
    shared = [with_user_text(s["req_shared_action"], lang, action=bounded_text(a.title, lang, s),
                             partners=fmt_list([bounded_text(x, lang, s) for x in others], lang))
              for a in funded if (others := co_funders(a, partner))]
    return fill(str(s["req_counterpart_shared"]), actions=editorial.semicolon_list(shared, lang)) if shared else ""


def edition_currencies(partner: str, actions: Sequence[Action], finance: Finance) -> list[str]:
    """The currencies a partner's edition shows, each once: the partner's own (when its lines
    share one), the plan's and the dollar, those every line of the partner's converts into."""
    own = budget.partner_currency(partner, actions)
    lines = [c for c in budget.lines_of(actions) if c.funding == "partner" and c.funder == partner]
    codes = list(dict.fromkeys([*((own,) if own else ()), *conversion_targets(finance)]))
    return [c for c in codes if all(convert(x.amount, x.currency, c, finance) is not None for x in lines)] or [USD]


def edition_shares(actions: Sequence[Action], finance: Finance, request: FundingRequest, codes: Sequence[str],
                   lang: str, s: Strings) -> list[ShareBlock]:
    """Co-financing in each of the edition's ``codes`` (the partner's first) and the plan's
    currency every line of the plan converts into: the table the cover's national counterpart and
    request are read from in the partner's currency (:func:`share_rows`, the same rounded lines)."""
    out = []
    for code in dict.fromkeys([*codes, conversion_targets(finance)[0]]):
        rows, _ = share_rows(actions, finance, request, lang, s, code)
        if rows:
            out.append(ShareBlock(code, rows))
    return out


def partner_edition(stored: Sequence[Action], finance: Finance | None, request: FundingRequest, partner: str,
                    lang: str, s: Strings, chain: ResultsChain | None = None) -> PartnerEdition:
    """The funding request to one partner (its name as the plan's lines give it), complete on its
    own (``edition``): the first page's figures, the partner's part of the logframe when the plan has
    a results chain, its actions and lines, the national counterpart to them and how much of it is
    secured, its budget, the takeovers of its lines, its signatories."""
    actions = sorted_plan(stored)
    finance = finance or Finance()
    codes = edition_currencies(partner, actions, finance)
    name = bounded_text(partner, lang, s)
    funded = [a for a in actions if a.status != "dropped" and any(
        c.funding == "partner" and c.funder == partner for c in a.costs)]
    share, national = counterpart(funded, finance, lang, s, codes, actions)
    words = "eu" if budget.says_modality(partner, actions) else "results"  # the partner's own words
    places = table_places(actions, codes, finance)
    rounded_ = {code: (action_amounts(actions, finance, code, places[code]), places[code]) for code in codes}
    asked = [_asked(a, partner, rounded_, codes, national[a.id], lang, s, chain, words) for a in funded]
    width, size = fit([v for x in asked for ln in x.lines for v in ln.amounts], len(codes), 60.0)
    share_mm, share_pt = fit([v for b in share.blocks for r in b.rows for v in (r.amount, r.secured, r.unsecured)]
                             or [v for r in share.rows for v in (r.amount, r.secured, r.unsecured)], 3, 60.0)
    intro = (with_user_text(s["req_intro"], lang, partner=name, currency=codes[0], others=fmt_list(codes[1:], lang))
             if len(codes) > 1 else with_user_text(s["req_intro_one"], lang, partner=name, currency=codes[0]))
    return PartnerEdition(amount_mm=width, amount_pt=size,
        partner=name, title=with_user_text(s["req_title"], lang, partner=kept_together(name)), intro=intro,
        figures=figures(actions, partner, codes, finance, lang, s),
        results=logframe_part(chain, actions, funded, lang, s, words),
        counterpart=replace(share, amount_mm=share_mm, amount_pt=share_pt), currencies=codes,
        actions_heading=with_user_text(s["req_actions"], lang, partner=name),
        asked_heading=with_user_text(s["req_asked"], lang, partner=name), actions=asked,
        total_label=with_user_text(s["req_total_asked"], lang, partner=name),
        totals=partner_amounts(actions, partner, codes, finance, lang),
        shares=edition_shares(actions, finance, request, codes, lang, s),
        budget=partner_table(partner, actions, finance, lang, s),
        takeovers=takeover_rows(actions, finance, lang, s, partner),
        signatures=signature_boxes(request, lang, s, partner), shared=shared_counterpart(funded, partner, lang, s))


__all__ = ["table_places", "budget_table", "budget_tables", "edition_currencies", "edition_shares", "funding_record", "partner_edition", "partner_table",
           "share_rows", "signature_boxes", "takeover_rows", "version_line"]
