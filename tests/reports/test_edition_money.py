"""A partner's edition and the full report print one set of figures, whatever the plan
(reports/plan/edition.py, reports/plan/request.py, reports/plan/donors.py): every money table of the
edition adds up as printed (the partner's budget by year and category, its budget by outcome and
implementation modality, the national counterpart to its actions) in every currency shown, and each
total reads the same in the full report and the edition: the plan's total cost on the cover is the
grand total of the full report's budgets, the request is the partner's budget's total and the "Total
requested" line, the national counterpart is the national budget's row of co-financing, the cover's
counterpart to the partner's actions is its table's total. Plans of many lines in two to five
currencies, three partners, rates from 0.3 to 5,000 units a dollar, amounts from a cent to 10**13
(hypothesis); the models only, no PDF."""
from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import COST_CATEGORIES, USD, Cost, Finance, Rate, canonical, conversion_targets
from capacity_app.domain.plan.request import FundingRequest
from capacity_app.reports.format import load_strings
from capacity_app.reports.money import currency_places
from capacity_app.reports.plan.chapter import plan_costs
from capacity_app.reports.plan.donors import donor_record
from capacity_app.reports.plan.request import budget_tables, partner_edition, share_rows

S = load_strings("en")
D = Decimal
PARTNERS = ["European Union", "World Bank", "IOM"]
CURRENCIES = ["MDL", "EUR", "USD", "XOF", "JPY", "KWD"]
amounts = st.decimals(min_value=D("0.01"), max_value=D(10) ** 13 - 1, places=2, allow_nan=False, allow_infinity=False)
rates = st.decimals(min_value=D("0.3"), max_value=D("5000"), places=4)


@st.composite
def plans(draw):
    """A plan of one to six actions, up to six lines each, in two to five currencies, its partners
    among three (the first one always funding a line), lines with and without a category, a
    modality, a funding stage."""
    codes = draw(st.lists(st.sampled_from(CURRENCIES), min_size=2, max_size=5, unique=True))
    plan_currency = draw(st.sampled_from(codes))
    finance = Finance(plan_currency, tuple(Rate(c, draw(rates), "2026-10-01") for c in sorted(codes) if c != USD))
    actions = []
    for i in range(draw(st.integers(1, 6))):
        lines = []
        for _ in range(draw(st.integers(1 if i == 0 else 0, 6))):
            funding = "partner" if i == 0 and not lines else draw(st.sampled_from(["national", "partner", "other"]))
            code = draw(st.sampled_from(codes))
            amount = draw(amounts)
            if currency_places(code) == 0:
                amount = max(amount, D(1)).quantize(D(1), rounding="ROUND_DOWN")
            secured = draw(st.booleans())
            lines.append(Cost(
                draw(st.integers(2027, 2030)), canonical(amount), code, funding,
                (PARTNERS[0] if i == 0 and not lines else draw(st.sampled_from(PARTNERS))) if funding == "partner"
                else "", secured, category=draw(st.sampled_from(("", *COST_CATEGORIES))),
                pipeline=draw(st.sampled_from(["", "committed"] if secured else ["", "pledged"])),
                modality=draw(st.sampled_from(["", "grants", "procurement"])) if funding == "partner" else ""))
        lines.sort(key=lambda c: c.year)
        actions.append(Action(id=f"a{i}", title=f"Action {i}", institutions=("NBS",), costs=tuple(lines), position=i))
    return actions, finance


def number(text: str) -> D | None:
    digits = re.sub(r"[^0-9.]", "", text)
    return D(digits) if digits else None


def by_code(amounts: list[str]) -> dict[str, D | None]:
    return {re.search(r"[A-Z]{3}", a).group(0): number(a) for a in amounts}


def adds_up(cells: list[str], total: str) -> bool:
    if number(total) is None:  # a total of nothing prints as its cells do ("–")
        return all(number(c) is None for c in cells)
    return number(total) == sum((v for c in cells if (v := number(c)) is not None), D(0))


def block_code(block) -> str:
    return re.findall(r"[A-Z]{3}", block.currency)[-1]


def holds(table) -> dict[str, D | None]:
    """Each block of a budget table adds up along its rows and columns as printed; its grand totals
    by currency."""
    out = {}
    for b in table.blocks:
        for row in b.rows:
            assert not row.cells or adds_up(row.cells, row.total), (table.title, b.currency, row)
        assert adds_up([r.total for r in b.rows], b.total.total), (table.title, b.currency)
        for i, cell in enumerate(b.total.cells):
            assert adds_up([r.cells[i] for r in b.rows], cell), (table.title, b.currency, i)
        out[block_code(b)] = number(b.total.total)
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.sampled_from(PARTNERS))
def test_the_edition_adds_up_and_reads_the_full_reports_totals(plan, partner):
    actions, finance = plan
    if not any(c.funding == "partner" and c.funder == partner for a in actions for c in a.costs):
        partner = PARTNERS[0]
    plan_code = conversion_targets(finance)[0]
    ed = partner_edition(actions, finance, FundingRequest(), partner, "en", S)
    total, asked, national = (by_code(f.amounts) for f in ed.figures[:3])
    # the partner's budget and the line "Total requested": one figure, the cover's request
    assert by_code(ed.totals) == asked
    own = holds(ed.budget) if ed.budget is not None else {}
    assert all(asked[c] == v for c, v in own.items() if c in asked)
    # the budget by outcome and implementation modality, when its lines give one
    record = donor_record(actions, FundingRequest(), None, "en", S, finance, partner)
    for tb in record.eu_budgets if record else []:
        assert all(asked[c] == v for c, v in holds(tb).items() if c in asked)
    # the full report's budgets: each adds up, and its grand total is the cover's total cost
    for tb in budget_tables(actions, finance, "en", S):
        for code, v in holds(tb).items():
            if code in total:
                assert total[code] == v, (tb.title, code)
    # co-financing: the national budget's row is the cover's national counterpart
    shares, note = share_rows(actions, finance, FundingRequest(), "en", S)
    if shares:
        assert adds_up([r.cost for r in shares[:-1]], shares[-1].cost)
        assert number(shares[-1].cost) == total.get(plan_code, number(shares[-1].cost))
        row = [r for r in shares[:-1] if r.label == S["plan_national"]]
        if plan_code in national:   # the national budget's row: its lines' sum, as every table prints it
            assert (number(row[0].cost) if row else D(0)) == national[plan_code], (row, national)
        assert "Rounding difference" not in note
    # the national counterpart to the partner's actions: its table adds up, the cover says its total
    cp = ed.counterpart
    if cp is not None and cp.rows:
        *rows, last = cp.rows
        for attr in ("amount", "secured", "unsecured"):
            assert adds_up([getattr(r, attr) for r in rows], getattr(last, attr)), attr
        for r in cp.rows:
            assert number(r.amount) == (number(r.secured) or 0) + (number(r.unsecured) or 0)
        cover = cp.cover.replace("\u00a0", " ")
        assert last.amount.replace("\u00a0", " ") in cover, (last.amount, cover)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.sampled_from(PARTNERS))
def test_a_partners_figure_reads_the_same_in_the_full_report_and_its_edition(plan, partner):
    """One figure per total: the partner's total in the plan's currency and in dollars is its row of
    the full report's table by year and funding source (and of co-financing), and the edition's
    cover, its budget's grand total and its line "Total requested" print that same figure (a
    partner's lines converted and rounded on their own read one unit apart before), and its budget
    by year totals each year as that row's cell of the year (the European Union's 103,092 / 148,671
    in the full report read 103,093 / 148,670 in its edition before)."""
    actions, finance = plan
    if not any(c.funding == "partner" and c.funder == partner for a in actions for c in a.costs):
        partner = PARTNERS[0]
    ed = partner_edition(actions, finance, FundingRequest(), partner, "en", S)
    asked = by_code(ed.figures[1].amounts)
    tables = budget_tables(actions, finance, "en", S)
    checked = 0
    for b in (tables[-1].blocks if tables else []):
        code = block_code(b)
        row = [r for r in b.rows if r.label == partner]
        assert len(row) == 1, (b.currency, [r.label for r in b.rows])
        if code in asked:
            assert number(row[0].total) == asked[code], (code, row[0].total, ed.figures[1].amounts)
            assert by_code(ed.totals)[code] == asked[code]
            if ed.budget is not None:
                assert holds(ed.budget).get(code, asked[code]) == asked[code]
                # and each year: the edition's budget by year totals each year as the full report's row
                full = {y: number(v) for y, v in zip(tables[-1].columns, row[0].cells, strict=True)
                        if number(v) is not None}
                own = [blk for blk in ed.budget.blocks if block_code(blk) == code]
                assert len(own) == 1, (code, [blk.currency for blk in ed.budget.blocks])
                years = dict(zip(ed.budget.columns, (number(v) for v in own[0].total.cells), strict=True))
                assert years == full, (code, years, full)
            checked += 1
    assert checked == len({conversion_targets(finance)[0], USD} & set(asked)) or not tables
    # co-financing prints the same figure: the sum of the same rounded lines
    shares, _note = share_rows(actions, finance, FundingRequest(), "en", S)
    plan_code = conversion_targets(finance)[0]
    row = [r for r in shares[:-1] if r.label == partner]
    if row and plan_code in asked:
        assert number(row[0].cost) == asked[plan_code], (row[0].cost, asked[plan_code])


def test_a_counterpart_column_of_nothing_totals_as_its_cells_print():
    """The national counterpart's total row prints "–" under a column whose cells all print "–"
    (nothing secured yet, or nothing left to secure), in every language, not a zero."""
    finance = Finance("MDL", (Rate("MDL", D("17.75"), "2026-05-01"),))
    lines = (Cost(2027, D("1200000"), "MDL", "national", "", True),
             Cost(2027, D("95000"), "USD", "partner", "European Union", True))
    actions = [Action(id="a0", title="Link records", institutions=("NBS",), costs=lines, position=0)]
    for lang in ("en", "es", "fr", "ar"):
        cp = partner_edition(actions, finance, FundingRequest(), "European Union", lang, load_strings(lang)).counterpart
        *rows, last = cp.rows
        assert [r.unsecured for r in rows] == ["–"] and last.unsecured == "–", (lang, last)
        assert number(last.secured) == D(1200000), (lang, last)
        # all of it secured: the sentence and the cover say so, not "MDL 0 not yet secured"
        strings = load_strings(lang)
        head = str(strings["req_counterpart_sentence_secured"]).split("{")[0]
        assert cp.sentence.startswith(head) and cp.cover.endswith(
            str(strings["req_counterpart_cover_secured"]).split("}")[-1]), (lang, cp.sentence, cp.cover)
        assert " 0 " not in f" {cp.sentence} ".replace("\u00a0", " ") and "100" not in cp.cover, (lang, cp.cover)
    unsecured = (Cost(2027, D("1200000"), "MDL", "national", "", False), lines[1])
    cp = partner_edition([Action(id="a0", title="Link records", institutions=("NBS",), costs=unsecured, position=0)],
                         finance, FundingRequest(), "European Union", "es", load_strings("es")).counterpart
    assert cp.rows[-1].secured == "–" and number(cp.rows[-1].unsecured) == D(1200000)


def test_co_financing_keeps_every_sources_figure_and_the_plans_secured_part_and_gap():
    """The plan whose co-financing table, each table rounded on its own, could not both give each
    source its figure and add up to the plan's secured part and gap (MDL, whole units; it printed
    a "Rounding difference" note): each line rounded once, the sources read 2,002 / 1,002 / 1,001 /
    1,001 in co-financing, the cost by funding source and the cost by year and funding source
    alike; the secured part 2,002 (exactly 2,001.67) and the gap 3,004 (exactly 3,004.80) are the
    sums of the same lines in every table and in the sentence, and no note is needed. A national
    part secured in full is said so."""
    finance = Finance("MDL", (Rate("MDL", D("17.75"), "2026-05-01"),))
    lines = (Cost(2027, D("1001.04"), "MDL", "national", "", True),
             Cost(2027, D("1001.53"), "MDL", "national", "", False),
             Cost(2027, D("1002.37"), "MDL", "partner", "European Union", False),
             Cost(2027, D("1000.63"), "MDL", "partner", "World Bank", True),
             Cost(2027, D("1000.90"), "MDL", "other", "Foundation", False))
    actions = [Action(id="a0", title="Link records", institutions=("NBS",), costs=lines, position=0)]
    rows, note = share_rows(actions, finance, FundingRequest(), "en", S)
    figure = {r.label: number(r.cost) for r in rows[:-1]}
    assert list(figure.values()) == [2002, 1002, 1001, 1001] and number(rows[-1].cost) == 5006, figure
    assert [number(r.unsecured) for r in rows] == [1001, 1002, 0, 1001, 3004] and "Rounding" not in note
    full = {r.label: number(r.total) for r in budget_tables(actions, finance, "en", S)[-1].blocks[0].rows}
    costs = plan_costs(actions, finance, "en", S)
    by_source = costs.tables[2]
    assert full == figure == {r.label: number(r.cost) for r in by_source.rows} and by_source.note == ""
    assert (number(by_source.total.secured), number(by_source.total.gap)) == (2002, 3004)
    assert "MDL 2,002" in costs.sentence.replace("\u00a0", " ") and "MDL 3,004" in costs.sentence.replace("\u00a0", " ")
    held = (Cost(2027, D("1200000"), "MDL", "national", "", True), Cost(2027, D("95000"), "USD", "partner", "IOM", True))
    _rows, note = share_rows([Action(id="a0", title="T", institutions=("NBS",), costs=held, position=0)], finance,
                             FundingRequest(committed_by="Ministry of Finance"), "en", S)
    assert note.endswith("all of it secured.") and "not yet" not in note and "1,200,000" in note, note


def test_the_covers_counterpart_gives_its_secured_part_in_each_currency_it_gives_the_whole_in():
    """A World Bank cover reads the counterpart in dollars first: the part secured is given in
    dollars too, and in the plan's currency, each figure as the counterpart's table rounds it."""
    finance = Finance("MDL", (Rate("MDL", D("17.75"), "2026-05-01"),))
    lines = (Cost(2027, D("1000000"), "MDL", "national", "", True), Cost(2028, D("500000"), "MDL", "national", "", False),
             Cost(2027, D("95000"), "USD", "partner", "World Bank", True))
    actions = [Action(id="a0", title="Link records", institutions=("NBS",), costs=lines, position=0)]
    for lang in ("en", "es"):
        cp = partner_edition(actions, finance, FundingRequest(), "World Bank", lang, load_strings(lang)).counterpart
        cover = cp.cover.replace("\u00a0", " ").replace("\u202f", " ")
        assert cover.count("USD") == 2 and cover.count("MDL") == 2, (lang, cover)
        assert number(cp.rows[-1].secured) == D(1000000), (lang, cp.rows[-1])
        assert "1,000,000 MDL" in cover or "MDL 1,000,000" in cover or "1 000 000 MDL" in cover, (lang, cover)
