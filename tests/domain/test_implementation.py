"""UNSD's count of a plan's implementation (domain.plan.implementation): hand-computed cases of the
rule (docs/methodology.md, section 19) and, over random plans and reports, every total the exact
sum of its rows."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Finance, Rate
from capacity_app.domain.plan.implementation import (
    ACTION_STATES,
    FUND_KINDS,
    INDICATOR_STANDINGS,
    Implementation,
    PlanProgress,
    action_state,
    implementation,
    latest_year,
    partner_key,
    partner_names,
    partner_rollup,
    rollup,
)
from capacity_app.domain.plan.progress import ActionProgress, IndicatorValue, LineMoney
from capacity_app.domain.plan.results import Indicator, ResultsChain, Target

D = Decimal
TODAY = dt.date(2026, 11, 20)


def test_action_states_by_the_timeline_rule():
    a = Action("a", "Unit", start="2026-Q4", end="2027-Q4")
    assert action_state("done", a, TODAY) == "done"
    assert action_state("dropped", a, TODAY) == "dropped"
    # planned, its start (2026-10-01) past, 51 of 457 days gone: at risk by the rule, so late
    assert action_state("planned", a, TODAY) == "late"
    assert action_state("planned", a, dt.date(2026, 9, 30)) == "not_started"
    assert action_state("in_progress", a, TODAY) == "in_progress"
    assert action_state("in_progress", a, dt.date(2028, 1, 1)) == "late"  # open after its end
    assert action_state("planned", Action("b", "No timeline"), TODAY) == "not_started"


def _plan() -> PlanProgress:
    a1 = Action("a1", "Tables", start="2026-Q3", end="2026-Q4", costs=(Cost(2026, D(1_000_000), "EUR"),))
    a2 = Action("a2", "Access", start="2026-Q3", end="2027-Q2",
                costs=(Cost(2026, D(400_000), "EUR"), Cost(2027, D(15_000), "USD", "partner", "IOM", True)))
    a3 = Action("a3", "Unit", start="2026-Q4", end="2027-Q4", costs=(Cost(2027, D(2_000_000), "EUR"),))
    a4 = Action("a4", "Survey", start="2027-Q1", end="2027-Q4")
    entries = (
        ActionProgress("a1", "2026", "done", "2026-07-06", "2026-10-30",
                       lines=(LineMoney(1, "EUR", D(1_000_000), D(1_000_000), D(900_000)),)),
        ActionProgress("a2", "2026-H1", "in_progress", "2026-06-01",
                       lines=(LineMoney(1, "EUR", D(100_000), D(50_000), D(10_000)),)),
        ActionProgress("a2", "2026-H2", "in_progress", "2026-06-01",
                       lines=(LineMoney(1, "EUR", D(300_000), D(150_000), D(90_000)),
                              LineMoney(2, "USD", D(15_000), D(5_000), D(0)))),
        ActionProgress("a3", "2026", "planned", reason="The finance law"),
        ActionProgress("a1", "2025", "planned"),  # another year: not in 2026's figures
    )
    chain = ResultsChain(indicators=(
        Indicator("I1", "outcome", "O1", "Share", baseline=D(25), targets=(Target(2026, D(40)),)),
        Indicator("I2", "outcome", "O1", "Tables", baseline=D(0), targets=(Target(2026, D(12)),)),
        Indicator("I3", "output", "a1", "Online", baseline=D(0), targets=(Target(2026, D(10)),)),
        Indicator("I4", "output", "a2", "Agreement", baseline=None, targets=(Target(2026, D(1)),)),
        Indicator("I5", "objective", "", "Reports", baseline=D(1), targets=(Target(2027, D(3)),)),
    ))
    values = (IndicatorValue("I1", "2026", D(35), "2026-10-15"), IndicatorValue("I2", "2026-H1", D(3), "2026-06-01"),
              IndicatorValue("I3", "2026", D(12), "2026-10-30"), IndicatorValue("I4", "2026", D(0), "2026-10-30"))
    return PlanProgress((a1, a2, a3, a4), entries, values, chain, Finance("EUR", (Rate("EUR", D("0.8"), "2026-05-01"),)))


def test_a_country_hand_computed():
    f = implementation(_plan(), "2026", TODAY)
    # a1 done; a2 in progress on time (2026-H2 speaks for 2026); a3 planned after its start: late;
    # a4 not started (2027), without a report
    assert f.reporting and f.actions == {"done": 1, "in_progress": 1, "late": 1, "dropped": 0, "not_started": 1}
    assert f.unreported == 1 and f.action_count == 4
    # I1 (35-25)/(40-25) = 0.67 at risk; I2 3/12 = 0.25 off track; I3 12/10 on track; I4 no
    # baseline: not judged; I5 neither a 2026 target nor a value: not listed
    assert f.indicators == {"on_track": 1, "at_risk": 1, "off_track": 1, "not_judged": 1}
    # EUR at 0.8 a dollar: national budget pledged 1 400 000 EUR = 1 750 000 USD; committed
    # 1 000 000 + 100 000 + 300 000 = 1 400 000 EUR; disbursed 1 200 000 EUR = 1 500 000 USD;
    # spent 1 000 000 EUR = 1 250 000 USD; IOM in dollars as reported
    assert f.funds == {("national", ""): {"pledged": D(1_750_000), "committed": D(1_750_000),
                                          "disbursed": D(1_500_000), "spent": D(1_250_000)},
                       ("partner", "IOM"): {"pledged": D(0), "committed": D(15_000), "disbursed": D(5_000),
                                            "spent": D(0)}}
    assert f.fund_totals == {"pledged": D(1_750_000), "committed": D(1_765_000), "disbursed": D(1_505_000),
                             "spent": D(1_250_000)}
    assert f.no_rate == ()
    # the first half-year alone: a2's H1 report, the rest by the plan, judged on 30 June
    h1 = implementation(_plan(), "2026-H1", TODAY)
    assert h1.actions["in_progress"] == 1 and h1.unreported == 3
    assert h1.funds[("national", "")]["committed"] == D(125_000)  # 100 000 EUR / 0.8


def test_a_currency_without_a_rate_is_named_never_guessed():
    p = _plan()
    no_rate = PlanProgress(p.actions, p.entries, p.values, p.chain, Finance("EUR"))
    f = implementation(no_rate, "2026", TODAY)
    assert f.funds is None and f.fund_totals is None and f.no_rate == ("EUR",)
    assert f.action_count == 4  # its actions still counted
    r = rollup([f, implementation(_plan(), "2026", TODAY), None])
    assert (r.assessed, r.reporting, r.usd_countries, r.no_rate) == (3, 2, 1, 1)
    assert r.funds["pledged"] == D(1_750_000)  # the country with a rate alone


def test_a_country_without_a_report_for_the_period_is_not_counted():
    f = implementation(_plan(), "2027", dt.date(2027, 12, 31))
    assert not f.reporting
    r = rollup([f])
    assert (r.assessed, r.reporting, r.action_count) == (1, 0, 0)
    assert latest_year([_plan(), None]) == 2026 and latest_year([]) is None


# --- every total the sum of its rows -------------------------------------------------------------

CURRENCIES = ("USD", "EUR", "XOF", "KES")
amounts = st.one_of(st.none(), st.integers(0, 10**9).map(D), st.decimals("0", "99999.99", places=2))


@st.composite
def plans(draw):
    n = draw(st.integers(0, 6))
    actions, entries = [], []
    for i in range(n):
        start = draw(st.sampled_from([None, "2025-Q3", "2026-Q1", "2026-Q3", "2027-Q1"]))
        end = None if start is None else draw(st.sampled_from(["2026-Q2", "2026-Q4", "2027-Q4"]))
        if start and end and end < start:
            start, end = end, start
        costs = tuple(Cost(draw(st.sampled_from([2025, 2026, 2027])), D(draw(st.integers(1, 10**8))),
                           draw(st.sampled_from(CURRENCIES)),
            *draw(st.sampled_from([("national", ""), ("partner", "IOM"), ("partner", "EU"), ("other", "RTAC")])))
            for _ in range(draw(st.integers(0, 3))))
        a = Action(f"a{i}", f"Action {i}", start=start, end=end, status=draw(st.sampled_from(
            ["planned", "in_progress", "done", "dropped"])), costs=costs)
        actions.append(a)
        for period in draw(st.sets(st.sampled_from(["2025", "2026-H1", "2026-H2", "2027"]), max_size=2)):
            lines = tuple(LineMoney(k + 1, c.currency, draw(amounts), draw(amounts), draw(amounts))
                          for k, c in enumerate(costs) if draw(st.booleans()))
            entries.append(ActionProgress(a.id, period, draw(st.sampled_from(
                ["planned", "in_progress", "done", "dropped"])), lines=lines))
    rated = draw(st.sets(st.sampled_from(CURRENCIES[1:])))
    finance = Finance(None, tuple(Rate(c, draw(st.sampled_from([D("0.8"), D("605.25"), D("129.35")])), "2026-05-01")
                                  for c in sorted(rated)))
    return PlanProgress(tuple(actions), tuple(entries), (), None, finance)


@settings(max_examples=60, deadline=None)
@given(plans(), st.sampled_from(["2025", "2026", "2026-H1", "2026-H2", "2027"]))
def test_a_countrys_rows_add_up(p, period):
    f = implementation(p, period, TODAY)
    assert set(f.actions) == set(ACTION_STATES) and f.action_count == len(p.actions)
    assert 0 <= f.unreported <= len(p.actions)
    assert set(f.indicators) == set(INDICATOR_STANDINGS)
    if f.funds is None:
        assert f.no_rate and all(c != "USD" for c in f.no_rate)
        assert not {c for c in f.no_rate if any(r.currency == c for r in p.finance.rates)}
    else:
        for row in f.funds.values():  # whole dollars, each rounded once
            assert all(v == v.to_integral_value() and v >= 0 for v in row.values())
        assert f.fund_totals == {k: sum((r[k] for r in f.funds.values()), D(0)) for k in FUND_KINDS}


figures = st.builds(
    Implementation, st.just("2026"), st.booleans(),
    st.fixed_dictionaries({s: st.integers(0, 40) for s in ACTION_STATES}), st.integers(0, 5),
    st.fixed_dictionaries({s: st.integers(0, 9) for s in INDICATOR_STANDINGS}),
    st.one_of(st.none(), st.dictionaries(
        st.sampled_from([("national", ""), ("partner", "IOM"), ("partner", "EU"), ("other", "RTAC")]),
        st.fixed_dictionaries({k: st.integers(0, 10**10).map(D) for k in FUND_KINDS}), max_size=4)),
    st.just(()))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(st.none(), figures), max_size=8))
def test_the_rollup_is_the_sum_of_its_countries(fs):
    r = rollup(fs)
    counted = [f for f in fs if f is not None and f.reporting]
    in_usd = [f for f in counted if f.funds is not None]
    assert (r.assessed, r.reporting, r.usd_countries, r.no_rate) == (
        len(fs), len(counted), len(in_usd), len(counted) - len(in_usd))
    for s in ACTION_STATES:
        assert r.actions[s] == sum(f.actions[s] for f in counted)
    for s in INDICATOR_STANDINGS:
        assert r.indicators[s] == sum(f.indicators[s] for f in counted)
    partners = partner_rollup((f"C{i}", f) for i, f in enumerate(fs))
    for k in FUND_KINDS:  # the partners' rows add up to the total, each country once
        assert r.funds[k] == sum(f.fund_totals[k] for f in in_usd) == sum(p.sums[k] for p in partners.values())
    for key, p in partners.items():
        assert p.countries == sum(1 for f in in_usd if key in f.funds)


# --- partners matched by a normalised name (methodology section 19) ---------------------------------

NAMES = ("European Union", "International Organization for Migration (IOM)", "Agence française de développement",
         "Banque mondiale", "Всемирный банк", "البنك الدولي", "世界银行", "Straße-Stiftung", "EU")
_SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u3000", "\n"])


@st.composite
def spellings(draw, name: str) -> str:
    """``name`` written another way: each letter's case changed at random, the white space
    between words any run of spaces (a no-break or an ideographic space too), some around it, and
    its Unicode form composed or decomposed."""
    import unicodedata

    up = {"ß": "ẞ"}   # the capital sharp s: "ß".upper() is "SS", another name ("Masse" is not "Maße")
    words = ["".join(up.get(ch, ch.upper()) if draw(st.booleans()) else ch.lower() for ch in w)
             for w in name.split(" ")]
    out = words[0]
    for w in words[1:]:
        out += "".join(draw(st.lists(_SPACES, min_size=1, max_size=3))) + w
    around = "".join(draw(st.lists(_SPACES, max_size=2)))
    hidden = draw(st.sampled_from(["", "\u200b", "\u00ad", "\u200e", "\u2066"]))   # invisible (Cf)
    cut = draw(st.integers(0, len(out)))
    out = out[:cut] + hidden + out[cut:]
    return unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), around + out + around[::-1])


def _country(*partners: tuple[str, int]) -> Implementation:
    """A reporting country paying ``partners`` (name, dollars committed) through the funding source
    "partner"."""
    funds = {("partner", n): {k: D(usd if k == "committed" else 0) for k in FUND_KINDS} for n, usd in partners}
    return Implementation("2026", True, dict.fromkeys(ACTION_STATES, 0), 0, dict.fromkeys(INDICATOR_STANDINGS, 0),
                          funds)


@settings(max_examples=80, deadline=None)
@given(st.data(), st.sampled_from(NAMES), st.integers(2, 5))
def test_every_spelling_of_one_name_merges(data, name, n):
    written = [data.draw(spellings(name)) for _ in range(n)]
    assert len({partner_key(w) for w in written}) == 1
    figures = [(f"C{i}", _country((w, 1000 * (i + 1)))) for i, w in enumerate(written)]
    partners = partner_rollup(figures)
    assert len(partners) == 1
    (shown_key, p), = partners.items()
    assert p.countries == n and p.sums["committed"] == sum(1000 * (i + 1) for i in range(n))
    assert shown_key[1] in written and set(p.spellings) == set(written)


@settings(max_examples=80, deadline=None)
@given(st.data(), st.lists(st.sampled_from(NAMES), min_size=2, max_size=4, unique=True))
def test_different_names_never_merge(data, names):
    figures = [(f"C{i}", _country((data.draw(spellings(nm)), 100))) for i, nm in enumerate(names)]
    partners = partner_rollup(figures)
    assert len(partners) == len(names)  # "EU" and "European Union" too: no list of abbreviations
    assert all(p.countries == 1 for p in partners.values())


def test_two_countries_partners_by_hand():
    """Senegal writes "European Union" twice (euros and dollars: one row) and "IOM"; Mali writes
    "european  union " and "EU": the European Union is one partner of two countries, shown as
    Senegal writes it (two spellings, one country each: the first in code-point order), and "EU"
    stays apart."""
    sen = Implementation("2026", True, dict.fromkeys(ACTION_STATES, 0), 0, dict.fromkeys(INDICATOR_STANDINGS, 0),
                         {("partner", "European Union"): {"pledged": D(100_000), "committed": D(80_000),
                                                          "disbursed": D(50_000), "spent": D(40_000)},
                          ("partner", "IOM"): {"pledged": D(10_000), "committed": D(0), "disbursed": D(0),
                                               "spent": D(0)}})
    mli = Implementation("2026", True, dict.fromkeys(ACTION_STATES, 0), 0, dict.fromkeys(INDICATOR_STANDINGS, 0),
                         {("partner", "european  union "): {"pledged": D(30_000), "committed": D(30_000),
                                                            "disbursed": D(20_000), "spent": D(25_000)},
                          ("partner", "EU"): {"pledged": D(5_000), "committed": D(0), "disbursed": D(0),
                                              "spent": D(0)}})
    names = partner_names([("SEN", sen), ("MLI", mli)])
    assert names[("partner", "european union")] == ("European Union", {"European Union": ("SEN",),
                                                                       "european  union ": ("MLI",)})
    partners = partner_rollup([("SEN", sen), ("MLI", mli)])
    assert {k: ([v.sums[x] for x in FUND_KINDS], v.countries) for k, v in partners.items()} == {
        ("partner", "European Union"): ([D(130_000), D(110_000), D(70_000), D(65_000)], 2),
        ("partner", "IOM"): ([D(10_000), D(0), D(0), D(0)], 1),
        ("partner", "EU"): ([D(5_000), D(0), D(0), D(0)], 1)}
    # the world's total is the sum of the partners' rows
    assert sum(v.sums["committed"] for v in partners.values()) == rollup([sen, mli]).funds["committed"] == D(110_000)


def test_one_countrys_spellings_merge_into_one_row():
    """A plan writing "European Union" on a line in euros and "EUROPEAN UNION" on a line in dollars:
    one partner of the country, its spellings kept to be said."""
    a = Action("a", "Unit", start="2026-Q1", end="2026-Q4",
               costs=(Cost(2026, D(80_000), "EUR", "partner", "European Union"),
                      Cost(2026, D(1_000), "USD", "partner", "EUROPEAN UNION")))
    p = PlanProgress((a,), (ActionProgress("a", "2026", "in_progress"),), (), None,
                     Finance("EUR", (Rate("EUR", D("0.8"), "2026-05-01"),)))
    f = implementation(p, "2026", TODAY)
    # 80 000 EUR at 0.8 = 100 000 USD, + 1 000 USD
    assert f.funds == {("partner", "EUROPEAN UNION"): {"pledged": D(101_000), "committed": D(0), "disbursed": D(0),
                                                       "spent": D(0)}}
    assert f.spellings == {("partner", "EUROPEAN UNION"): ("EUROPEAN UNION", "European Union")}


def test_a_partner_key_ignores_invisible_characters_but_keeps_sharp_s():
    """A zero-width space, a soft hyphen or a direction mark inside a name does not make another
    partner; "Maße" and "Masse" are two names (casefold would merge them)."""
    assert partner_key("European\u200b Union") == partner_key("Euro\u00adpean Union") == \
        partner_key("\u200fEuropean Union\u200e") == "european union"
    assert partner_key("Maße-Stiftung") != partner_key("Masse-Stiftung")
    assert partner_key("MAẞE-STIFTUNG") == partner_key("Maße-Stiftung")
