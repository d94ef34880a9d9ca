"""A partner's edition of the funding request carries that partner's part of the donors' own
structures (reports/plan/donors.py with a partner, donors.html.j2 from request.html.j2), so that an
EU delegation or a World Bank team needs no full report: its budget by outcome and implementation
modality, the risks that concern its actions and those of the whole plan, its indicators' details
with the disbursement-linked amounts it releases, the procurement packages of its actions and
lines; none of another partner's, each row as the full report prints it (its number, its figures).
On the cover, the national counterpart to its actions in its currency with the plan's and the
dollar beside, then the part secured. The demo's contexts and HTML only (no PDF)."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

EU = "European Union"
IOM = "International Organization for Migration (IOM)"
UNICEF = "United Nations Children's Fund (UNICEF)"


@pytest.fixture(scope="module")
def contexts(demo):
    """The demo's full report and three partners' editions, in English and French: contexts only."""
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    out = {(p, lang): build_report_context(store, q, a.id, lang, partner=p)
           for p in (EU, IOM, UNICEF) for lang in ("en", "fr")}
    out.update({(None, lang): build_report_context(store, q, a.id, lang) for lang in ("en", "fr")})
    return out


def _plan(demo):
    from capacity_app.domain.plan.actions import sorted_plan

    store, _, a = demo
    plan = sorted_plan(store.action_plan(a.id))
    return plan, {x.id: n for n, x in enumerate(plan, 1)}


def _mine(plan, partner) -> set[str]:
    return {x.id for x in plan if x.status != "dropped" and any(
        c.funding == "partner" and c.funder == partner for c in x.costs)}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_eu_edition_holds_its_own_rows_as_the_full_report_prints_them(contexts, demo, lang):
    store, _, a = demo
    plan, number = _plan(demo)
    request = store.plan_request(a.id)
    full, d = contexts[(None, lang)].funding.donors, contexts[(EU, lang)].edition.donors
    s = contexts[(EU, lang)].s
    # the budget by outcome and modality: the full report's table of the Union, figure for figure
    assert d.eu_budgets == full.eu_budgets and len(d.eu_budgets) == 1
    # the risks of its actions and the whole plan's, numbered and worded as in the full report
    mine = _mine(plan, EU)
    kept = [str(n) for n, r in enumerate(request.risks, 1) if not r.actions or set(r.actions) & mine]
    assert [r.no for r in d.risks] == kept and 0 < len(kept) < len(full.risks)
    assert all(r in full.risks for r in d.risks) and d.risks[-1].actions == s["donor_whole_plan"]
    assert d.risks_intro.startswith(s["req_risks_intro"].split("{")[0].replace("'", "’")) and EU[:8] in d.risks_intro
    # its disbursement-linked indicator, the amount as the full report prints it; its total only
    (linked,) = [f for f in d.framework if f.dli != "–"]
    # (each row the full report's but its level, named as the EU's logframe names it)
    full_rows = [replace(f, level="") for f in full.framework]
    assert replace(linked, level="") in full_rows and re.sub(r"\D", "", linked.dli) == "20000" and "EUR" in linked.dli
    assert all(replace(f, level="") in full_rows for f in d.framework) and len(d.framework) < len(full.framework)
    assert d.framework[0].level == s["plan_lf_objective"] and s["donor_pdo"] not in {f.level for f in d.framework}
    assert d.dli_total == [t for t in full.dli_total if EU in t] and len(d.dli_total) == 1
    # the packages of its lines: the full report's rows, their numbers kept; the total theirs
    eu_lines = {(x.id, i) for x in plan for i, c in enumerate(x.costs, 1) if c.funder == EU}
    expected = [str(n) for n, p in enumerate(request.procurement, 1) if (p.action, p.line) in eu_lines]
    assert [p.no for p in d.packages] == expected and all(p in full.packages for p in d.packages)
    # a line's number tied to its word, never alone at the start of the narrow column's next line
    word = s["donor_line"].split(" {")[0]
    assert all(f"{word}\u00a0" in p.action and f"{word} " not in p.action for p in d.packages)
    assert len(d.package_total) == 1 and re.sub(r"\D", "", d.package_total[0]) == str(sum(
        int(p.amount) for p in request.procurement if (p.action, p.line) in eu_lines))
    # no other partner's package, risk or amount
    assert not any("USD" in p.amount or "XOF" in p.amount for p in d.packages)
    ours = {str(number[i]) for i in mine}
    assert all(r.actions == s["donor_whole_plan"] or set(re.findall(r"\d+", r.actions)) & ours for r in d.risks)


def test_the_other_partners_editions_hold_none_of_the_unions(contexts):
    full = contexts[(None, "en")].funding.donors
    iom, unicef = contexts[(IOM, "en")].edition.donors, contexts[(UNICEF, "en")].edition.donors
    for d in (iom, unicef):
        assert d.eu_budgets == [] and all(f.dli == "–" for f in d.framework) and d.dli_total == []
        assert not any("EUR" in p.amount for p in d.packages)
        assert all(r in full.risks for r in d.risks) and all(p in full.packages for p in d.packages)
    assert [p.amount for p in iom.packages] == ["USD\xa015,000", "XOF\xa0150,000,000"]
    assert unicef.packages == [] and [r.no for r in unicef.risks] == [str(len(full.risks))]   # the whole plan's


def test_a_package_on_another_funders_line_is_left_out(demo):
    """A package of the Union's action on its national line is not the Union's; one that names no
    line is of the action, and so the Union's."""
    from capacity_app.domain.plan.donors import Package
    from capacity_app.reports.format import load_strings
    from capacity_app.reports.plan.donors import donor_record

    store, _, a = demo
    plan, number = _plan(demo)
    (action,) = [x for x in plan if any(c.funder == EU for c in x.costs)]
    national = next(i for i, c in enumerate(action.costs, 1) if c.funding == "national")
    extra = (Package(action.id, "Printing of the yearly tables", "rfq", Decimal(900), "XOF", "2027-03-01",
                     "2027-04-30", "post", national),
             Package(action.id, "Launch workshop", "rfq", Decimal(1200), "EUR", "2027-03-01", "2027-04-30", "post"))
    request = replace(store.plan_request(a.id), procurement=store.plan_request(a.id).procurement + extra)
    s = load_strings("en")
    d = donor_record(plan, request, store.results_chain(a.id), "en", s, store.plan_finance(a.id), EU)
    assert [p.description for p in d.packages][-1] == "Launch workshop"
    assert "Printing of the yearly tables" not in [p.description for p in d.packages]
    assert d.package_total == ["EUR\xa054,200"]
    whole = donor_record(plan, request, store.results_chain(a.id), "en", s, store.plan_finance(a.id))
    assert [p.no for p in whole.packages][-2:] == ["5", "6"] and d.packages[-1] == whole.packages[-1]


def test_the_edition_prints_them_and_the_cover_counterpart_in_three_currencies(contexts):
    from capacity_app.reports.pdf import render_html

    ctx = contexts[(EU, "en")]
    e = ctx.edition
    html = render_html(ctx)
    for anchor in ("plan-risks", "plan-results-framework", "plan-procurement"):
        assert html.count(f'id="{anchor}"') == 1
    words = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ")
    assert e.donors.eu_budgets[0].title in words and "150,000,000" not in words    # IOM's package
    assert "Two workstations and statistical software licences" in words
    # the cover: the counterpart's total in each of the edition's currencies, the Union's first,
    # the plan's figure the counterpart table's total, then the part secured
    k = e.counterpart
    shown = k.cover.split(", none")[0]
    codes = re.findall(r"[A-Z]{3}", shown)
    assert codes == e.currencies == ["EUR", "XOF", "USD"] and k.cover.endswith(", none of it yet secured")
    assert k.rows[-1].amount in shown
    cover = html[html.index('<section class="cover request">'):]
    assert k.cover.replace("\xa0", " ") in re.sub(r"<[^>]+>", " ", cover[:cover.index("</section>")]).replace(
        "\xa0", " ")


def test_the_cover_counterpart_adds_up_in_each_currency(contexts, demo):
    """IOM's counterpart, partly secured: in the plan's currency the table's total, in the dollar the
    same rows rounded by the one rule (the full counterpart's table would print), then the secured part
    in the same currencies."""
    from capacity_app.domain.plan.cost import convert, exact_sum, rounded

    store, _, a = demo
    plan, _ = _plan(demo)
    finance = store.plan_finance(a.id)
    k = contexts[(IOM, "en")].edition.counterpart
    total = k.rows[-1]
    assert k.cover.startswith(f"{total.amount} · USD") and f"of which {total.secured} · USD" in k.cover
    usd = re.search(r"USD\s?([\d,]+)", k.cover).group(1).replace(",", "")
    lines = [c for x in plan if x.id in _mine(plan, IOM) for c in x.costs if c.funding == "national"]
    exact = exact_sum(convert(c.amount, c.currency, "USD", finance) for c in lines)
    assert abs(Decimal(usd) - rounded(exact, 0)) <= len(lines)   # cells rounded once, summed as shown
    fr = contexts[(IOM, "fr")].edition.counterpart.cover
    assert fr.count(" · ") == 2 and "dont" in fr


@pytest.mark.parametrize("partner", [EU, IOM])
def test_the_partners_workbook_holds_its_part_as_its_edition_prints_it(contexts, demo, partner):
    """``actions donor-workbook``'s logframe, risks and results framework are the partner's part,
    the rows its edition prints (no other partner's output, risk or indicator); each output named by
    its action's number and title, its assumptions the action's risks (the tables only, no file)."""
    from capacity_app.domain.texts import text
    from capacity_app.reports.plan.donors import partner_actions, partner_indicators
    from capacity_app.services.plan.donor_workbook import framework_table, logframe_table, risks_table

    store, _, a = demo
    plan, number = _plan(demo)
    chain, request = store.results_chain(a.id), store.plan_request(a.id)
    d = contexts[(partner, "en")].edition.donors
    mine = partner_actions(plan, partner)
    kept = partner_indicators(chain, mine, request, partner)

    def plain(v) -> str:
        return str(v).replace("’", "'")

    assert [plain(r[0]) for r in risks_table(request, plan, "en", mine).rows] == [plain(r.risk) for r in d.risks]
    framework = framework_table(partner, request, chain, plan, "en", kept).rows
    assert [plain(r[1]) for r in framework] == [plain(f.indicator) for f in d.framework] and framework
    names = {plain(i.name) for i in chain.indicators if i.id in kept}
    rows = logframe_table(chain, "en", plan, kept).rows
    assert {plain(r[2]) for r in rows if r[2]} == names
    outputs = [r for r in rows if r[0] == text("dw.lv_output", "en")]
    by_number = {f"{number[x.id]}. {x.title}": x for x in plan}
    assert outputs and all(by_number[r[1]].id in mine and r[8] == by_number[r[1]].risks for r in outputs)
    whole = logframe_table(chain, "en", plan).rows   # the whole plan's, every output named
    assert len(whole) > len(rows) and all(r[1] in by_number for r in whole if r[0] == text("dw.lv_output", "en"))


DONORS = ("World Bank", "the Bank", "European Union", "Banque mondiale", "Union européenne", "Banco Mundial",
          "Unión Europea", "União Europeia", "البنك الدولي", "الاتحاد الأوروبي", "世界银行", "世行", "欧洲联盟",
          "Всемирн", "Банк", "Европейск")


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ru", "pt"])
def test_an_edition_names_its_partner_as_a_label_and_no_other_donor(lang):
    """A partner's edition never says another donor agrees its procurement or holds its risk
    matrix (the EU's edition read "agreed with the World Bank", the World Bank's "the European
    Union's Action Document"), and a partner's name stands as a label, never in a grammatical slot
    ("the disbursements of World Bank", "de European Union")."""
    from capacity_app.reports.format import load_strings

    s = load_strings(lang)
    for key in ("req_risks_intro", "donor_proc_intro"):
        assert not [d for d in DONORS if d in str(s[key])], (key, s[key])
    for key in ("req_risks_intro", "donor_dli_amount", "donor_dli_total"):
        assert re.search(r"[(（]\{partner\}[)）]|\{partner\}\s?[:：]", str(s[key])), (key, s[key])
