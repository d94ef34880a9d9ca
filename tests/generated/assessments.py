"""A whole assessment, generated: a hypothesis strategy (:func:`specs`) and the fixed "field set"
of realistic countries (:data:`FIELD_SET`), each written into a real database through the
services (:func:`write`), as an officer's work would be.

A spec is drawn in two steps: hypothesis draws its shape (language, how much is filled, how long
the texts are, how many actions and currencies, the size of the amounts) and a seed; the content
is then made from the seed (``random.Random``), so a failing example is reported with a seed that
makes it again, and thousands of answers do not cost thousands of hypothesis draws. Every value is
one the application accepts at entry (the domain's own checks decide: the questionnaire's types,
limits and constraints, "don't know" and "not applicable" where allowed, the plan's limits), so
every output must hold it."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from . import content

CURRENCIES = ("USD", "EUR", "XOF", "KES", "JPY", "KWD", "GBP", "CHF", "MXN", "RUB", "CNY", "EGP")
# UN operational rates of exchange, about 2026-01 (units per US dollar): the plan's rates are a
# mission's entry, not a computation; what matters is their spread (0.3 to 600)
RATES = {"EUR": "0.92", "XOF": "603.5", "KES": "129.2", "JPY": "151.3", "KWD": "0.307", "GBP": "0.79",
         "CHF": "0.88", "MXN": "17.1", "RUB": "91.5", "CNY": "7.19", "EGP": "48.9", "KGS": "87.5",
         "UZS": "12650", "JOD": "0.709", "MAD": "9.95", "PHP": "58.2"}
RATE_SOURCE = "UN operational rates of exchange"
COUNTRIES = {"en": ("KEN", "PHL", "BGD", "JAM"), "fr": ("SEN", "MLI", "HTI", "COD"),
             "es": ("MEX", "GTM", "ECU", "BOL"), "ar": ("EGY", "JOR", "MAR", "SDN"),
             "zh": ("CHN", "MNG"), "ru": ("KGZ", "UZB", "TJK", "ARM")}
NATIONAL = {"KEN": "KES", "SEN": "XOF", "MLI": "XOF", "MEX": "MXN", "EGY": "EGP", "CHN": "CNY",
            "KGZ": "KGS", "UZB": "UZS", "JOR": "JOD", "MAR": "MAD", "PHL": "PHP"}


@dataclass(frozen=True)
class Shape:
    """What hypothesis draws: the assessment's language and how it leaves the demo's path."""

    lang: str
    seed: int
    filled: float = 0.6        # share of the keys answered (value, "don't know" or "not applicable")
    dont_know: float = 0.1     # of those, share answered "don't know" where allowed
    not_applicable: float = 0.1
    texts: str = "long"        # short | long | limit: how long the user's texts are
    actions: int = 8           # 0 to 60
    currencies: int = 2        # 1 to 5
    amounts: str = "mixed"     # cents | mixed | huge (up to 10^13)
    own_script: bool = False   # user texts in the report language's own script only


@dataclass
class Spec:
    """A generated assessment, before it is written: everything an officer would type."""

    shape: Shape
    country: str
    round: int
    title: str
    mission_start: str
    mission_end: str
    reference_date: str
    institutions: list[tuple[str, str]]
    interviewed: dict[str, str]
    names: dict[str, str] = field(default_factory=dict)       # S0 row code -> the institution's own name
    answers: list[Any] = field(default_factory=list)          # domain Answer objects
    plan_currency: str | None = None
    rates: list[tuple[str, str]] = field(default_factory=list)  # (code, per_usd)
    actions: list[Any] = field(default_factory=list)          # domain Action objects
    reviews: list[tuple[str, str, str, str]] = field(default_factory=list)  # key, status, note, reviewer

    @property
    def lang(self) -> str:
        return self.shape.lang

    def user_texts(self) -> list[str]:
        """Every text the user typed (for the checks that tell the application's words from theirs)."""
        out = [self.title] + [n for i in self.institutions for n in i] + list(self.names.values())
        for a in self.answers:
            if isinstance(a.value, str):
                out.append(a.value)
            out.append(a.comment)
            out.extend(e.text for e in a.evidence)
        for x in self.actions:
            out += [x.title, x.resources, x.milestone, x.strategy, *x.institutions, x.indicator, x.baseline,
                    x.target, x.verification, x.risks]
            out += [c.funder for c in x.costs]
        out += [r[2] for r in self.reviews] + [r[3] for r in self.reviews] + [RATE_SOURCE]
        return [t for t in out if t]


def shapes(langs=content.LANGS, *, max_actions: int = 60, texts=("short", "long", "limit")) -> st.SearchStrategy[Shape]:
    return st.builds(
        Shape,
        lang=st.sampled_from(langs),
        seed=st.integers(0, 2**32 - 1),
        filled=st.sampled_from([0.0, 0.05, 0.3, 0.7, 1.0]),
        dont_know=st.sampled_from([0.0, 0.1, 0.5]),
        not_applicable=st.sampled_from([0.0, 0.2, 1.0]),
        texts=st.sampled_from(texts),
        actions=st.integers(0, max_actions),
        currencies=st.integers(1, 5),
        amounts=st.sampled_from(["cents", "mixed", "huge"]),
        own_script=st.booleans(),
    )


def specs(q, langs=content.LANGS, **kw) -> st.SearchStrategy[Spec]:
    """The strategy of a whole assessment against questionnaire ``q``."""
    return shapes(langs, **kw).map(lambda s: make_spec(q, s))


# --- making a spec from its shape -------------------------------------------------------------

def _text(rng: random.Random, shape: Shape, limit: int, *, single_line: bool = False) -> str:
    script = shape.lang if shape.own_script else None
    t = content.text(rng, limit, shape.texts if rng.random() < 0.7 else "short", script)
    return " ".join(t.split()) if single_line else t


def _date(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


def _value(rng: random.Random, shape: Shape, fld, limit: int) -> Any:
    t = fld.type
    if t == "text":
        return _text(rng, shape, limit)
    if t in ("select_one", "rating") and fld.choices:
        return rng.choice(fld.choice_codes)
    if t == "rating":
        return rng.randint(0, 3)
    if t == "select_multiple" and fld.choices:
        return rng.sample(list(fld.choice_codes), rng.randint(1, len(fld.choices)))
    if t in ("integer", "year", "decimal"):
        lo = int(fld.minimum) if fld.minimum is not None else (1950 if t == "year" else 0)
        hi = int(fld.maximum) if fld.maximum is not None else (2026 if t == "year" else 10**9)
        n = rng.choice([lo, hi, rng.randint(lo, hi)])
        return n + (rng.choice([0, 0.25, 0.5]) if t == "decimal" and n < hi else 0)
    if t == "date":
        return _date(rng, dt.date(2000, 1, 1), dt.date(2026, 5, 1)).isoformat()
    return None


def _answers(rng: random.Random, q, shape: Shape, mission: dict[str, str]) -> list[Any]:
    from capacity_app.domain.answers import (
        ANSWERED, DONT_KNOW, NOT_APPLICABLE, Answer, AnswerSheet, AnswerValueError, Evidence,
    )
    from capacity_app.domain.applicability import na_refusal
    from capacity_app.domain.celltext import EVIDENCE_TEXT_MAX, TEXT_MAX, WORKBOOK_TEXT_MAX, workbook_bytes
    from capacity_app.domain.mission import is_mission_key

    sheet = AnswerSheet(q, {k: Answer(k, v, ANSWERED) for k, v in mission.items()})  # S0's dates, as entered first
    limit = 2_000 if shape.texts != "limit" else TEXT_MAX
    # what the services accept: all of an assessment's text within one workbook; the
    # answers take all but 4 MB of it (the plan, names and notes), then texts are short
    left = WORKBOOK_TEXT_MAX - 4 * 2**20
    full = shape
    for key, fld, _ in q.all_keys():
        if is_mission_key(key) or rng.random() >= full.filled:
            continue
        shape = full if left > 0 else replace(full, texts="short")
        roll = rng.random()
        answer = None
        if roll < shape.not_applicable and fld.not_applicable and na_refusal(q, sheet.answers, key) is None:
            answer = Answer(key, None, NOT_APPLICABLE)
        elif roll < shape.not_applicable + shape.dont_know and fld.dont_know:
            answer = Answer(key, None, DONT_KNOW)
        else:
            try:
                value = sheet.validate(key, _value(rng, shape, fld, limit))
            except (AnswerValueError, TypeError, ValueError):
                continue  # a constraint of the questionnaire refuses it: not an answer an officer could give
            answer = Answer(key, value, ANSWERED)
        if rng.random() < 0.2:
            comment = _text(rng, shape, limit)
            evidence = tuple(Evidence(rng.choice(["url", "institution", "note"]),
                                      rng.choice(content.URLS) if rng.random() < 0.4
                                      else _text(rng, shape, min(EVIDENCE_TEXT_MAX, 600)))
                             for _ in range(rng.randint(0, 3)))
            answer = Answer(key, answer.value, answer.status, comment, evidence)
        left -= sum(workbook_bytes(t) for t in (answer.value if isinstance(answer.value, str) else "",
                                                 answer.comment, *(e.text for e in answer.evidence)))
        sheet.put(answer)
    return [a for a in sheet.answers.values() if a.key not in mission]


def _amount(rng: random.Random, shape: Shape, places: int) -> Decimal:
    if shape.amounts == "cents":
        units = rng.randint(1, 10_000)                       # 0.01 to 100.00 (whole units where none)
        return max(Decimal(units).scaleb(-2).quantize(Decimal(1).scaleb(-places)), Decimal(1).scaleb(-places))
    if shape.amounts == "huge":
        return Decimal(rng.randint(10**11, 10**13 - 1))
    return Decimal(rng.choice([1, 250, 85_000, 2_500_000, 472_150_000, 9_999_999_999]) + rng.randint(0, 999))


def _plan(rng: random.Random, q, shape: Shape, spec: Spec) -> None:
    from capacity_app.catalog.currencies import table
    from capacity_app.domain.plan.actions import PRIORITY_ACTIONS_MAX, TITLE_MAX, Action, new_action_id
    from capacity_app.domain.assessment import INSTITUTION_TEXT_MAX
    from capacity_app.domain.plan.cost import Cost

    national = NATIONAL.get(spec.country, "USD")
    pool = [c for c in CURRENCIES if c != national]
    currencies = ([national] + rng.sample(pool, shape.currencies - 1))[: shape.currencies]
    if national not in RATES and national != "USD":
        currencies = [c for c in currencies if c != national] or ["USD"]
    spec.plan_currency = currencies[0]
    spec.rates = [(c, RATES[c]) for c in currencies if c != "USD"]
    pqs = [p.code for p in q.policy_questions]
    chosen = 0
    for n in range(shape.actions):
        year = rng.randint(2026, 2029)
        end_year = year + rng.randint(0, 2)
        costs = []
        for _ in range(rng.randint(0, 5)):
            cur = rng.choice(currencies)
            partner = rng.random() < 0.5
            costs.append(Cost(rng.randint(year, end_year), _amount(rng, shape, table()[cur].minor_unit or 0), cur,
                              "partner" if partner else rng.choice(["national", "other"]),
                              content.name(rng, 500) if partner else "", rng.random() < 0.5))
        # one line per (year, currency, funding, funder): a plan never lists the same line twice
        unique = {(c.year, c.currency, c.funding, c.funder): c for c in costs}
        priority = chosen < PRIORITY_ACTIONS_MAX and rng.random() < 0.3
        chosen += priority
        spec.actions.append(Action(
            new_action_id(), _text(rng, shape, TITLE_MAX, single_line=True) or f"Action {n + 1}",
            None, tuple(rng.sample(pqs, rng.randint(0, min(3, len(pqs))))),
            tuple(dict.fromkeys(content.name(rng, INSTITUTION_TEXT_MAX, shape.lang if shape.own_script else None)
                                for _ in range(rng.randint(0, 3)))),
            f"{year}-Q{rng.randint(1, 4)}", f"{end_year}-Q4", _text(rng, shape, 600), _text(rng, shape, 300),
            rng.randint(1, 3), rng.choice(["planned", "in_progress", "done"]),
            costs=tuple(unique.values()), priority_action=priority,
            strategy=_text(rng, shape, 200) if rng.random() < 0.3 else ""))
        _donor_fields(shape, spec, n)


def _donor_fields(shape: Shape, spec: Spec, n: int) -> None:
    """What a donor reads, drawn from a generator of its own (the rest of the
    assessment stays what its seed made before these fields existed): the results framework,
    risks, dependencies on earlier actions (never a circle), an SDG target, and per cost line a
    category, a cost basis that multiplies to the amount and a pipeline status that agrees with
    its secured mark."""
    from dataclasses import replace

    from capacity_app.domain.plan.actions import RESULT_TEXT_MAX, SDG_TARGETS
    from capacity_app.domain.plan.cost import COST_CATEGORIES, PIPELINE_STATUSES, SECURED_PIPELINE, canonical

    rng = random.Random(f"{shape.seed}-donor-{n}")
    a = spec.actions[n]
    if rng.random() < 0.25:
        return
    costs = []
    for c in a.costs:
        extra: dict = {"category": rng.choice(("", *COST_CATEGORIES))}
        q = Decimal(rng.choice([1, 2, 4, 5, 10, 12]))
        unit = canonical(c.amount / q)
        exp = unit.as_tuple().exponent
        if rng.random() < 0.6 and unit * q == c.amount and isinstance(exp, int) and exp >= -4:
            extra.update(unit_cost=unit, quantity=q)
        if rng.random() < 0.7:
            extra["pipeline"] = rng.choice([p for p in PIPELINE_STATUSES if (p in SECURED_PIPELINE) == c.secured])
        costs.append(replace(c, **extra))
    goal = rng.choice(sorted(SDG_TARGETS))
    numbered, letters = SDG_TARGETS[goal]
    earlier = [x.id for x in spec.actions[:n]]
    spec.actions[n] = replace(
        a, costs=tuple(costs),
        indicator=_text(rng, shape, RESULT_TEXT_MAX), baseline=_text(rng, shape, 200),
        target=_text(rng, shape, 200), verification=_text(rng, shape, 400),
        risks=_text(rng, shape, 1000) if rng.random() < 0.6 else "",
        depends_on=tuple(rng.sample(earlier, min(len(earlier), rng.randint(0, 3)))),
        sdg_target=f"{goal}.{rng.choice([*map(str, range(1, numbered + 1)), *letters])}" if rng.random() < 0.8 else "")


def make_spec(q, shape: Shape) -> Spec:
    """The whole assessment ``shape`` describes, made from its seed."""
    from capacity_app.domain.assessment import INSTITUTION_TEXT_MAX

    rng = random.Random(shape.seed)
    start = _date(rng, dt.date(2025, 1, 1), dt.date(2026, 4, 1))
    script = shape.lang if shape.own_script else None
    spec = Spec(
        shape=shape, country=rng.choice(COUNTRIES[shape.lang]), round=start.year,
        title=_text(rng, shape, 200, single_line=True),
        mission_start=start.isoformat(), mission_end=(start + dt.timedelta(days=4)).isoformat(),
        reference_date=(start + dt.timedelta(days=4)).isoformat(),
        institutions=[(content.name(rng, INSTITUTION_TEXT_MAX, script), _text(rng, shape, 200, single_line=True))
                      for _ in range(rng.randint(0, 8))],
        interviewed={code: _text(rng, shape, 200, single_line=True)
                     for code in rng.sample(["nso", "interior", "foreign", "labour", "central_bank"], rng.randint(0, 5))},
    )
    # most institutions met are named, from their own random stream: the seed's other draws unchanged
    named = random.Random(shape.seed ^ 64)
    spec.names = {code: named.choice(content.INSTITUTIONS_UNDER[code][shape.lang])
                  for code in spec.interviewed if named.random() < 0.8}
    from capacity_app.domain.mission import MISSION_END, MISSION_START, REFERENCE_DATE

    spec.answers = _answers(rng, q, shape, {REFERENCE_DATE: spec.reference_date,
                                            MISSION_START: spec.mission_start, MISSION_END: spec.mission_end})
    _plan(rng, q, shape, spec)
    team = [content.name(rng, 200, script) for _ in range(rng.randint(1, 3))]
    reviewable = [a.key for a in spec.answers]
    for key in rng.sample(reviewable, min(len(reviewable), rng.randint(0, 12))):
        spec.reviews.append((key, rng.choice(["validated", "follow_up", "disputed"]),
                             _text(rng, shape, 300) if rng.random() < 0.5 else "", rng.choice(team)))
    return spec


# --- writing it -------------------------------------------------------------------------------

def write(store, q, spec: Spec) -> int:
    """Write ``spec`` into ``store`` through the services (the answers in one write, as the demo's
    are); returns the assessment's id."""
    from capacity_app.domain.assessment import Institution
    from capacity_app.domain.plan.cost import Rate
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.assessments import create_assessment
    from capacity_app.services.team.reviews import set_review

    a = create_assessment(store, q, country=spec.country, round=spec.round, title=spec.title,
                          mission_start=spec.mission_start, mission_end=spec.mission_end,
                          reference_date=spec.reference_date,
                          institutions=[Institution(n, r) for n, r in spec.institutions],
                          interviewed=spec.interviewed, status="in_progress", lang=spec.lang)
    from capacity_app.domain.answers import ANSWERED, Answer
    from capacity_app.domain.mission import INSTITUTIONS, NAME

    names = [Answer(f"{INSTITUTIONS}.{code}.{NAME}", name, ANSWERED) for code, name in spec.names.items()]
    store.replace_answers(a.id, [*store.answers(a.id).values(), *names, *spec.answers], note="generated")
    plans.set_plan_finance(store, a.id, currency=spec.plan_currency or "",
                           rates=[Rate(c, Decimal(r), "2026-01-02", RATE_SOURCE)
                                  for c, r in spec.rates])
    for action in spec.actions:
        plans.add_action(store, q, a.id, action)
    for key, status, note, reviewer in spec.reviews:
        set_review(store, q, a.id, key, status, note, reviewer)
    return a.id


# --- the field set: realistic countries kept besides the demo ----------------------------------

FIELD_SET = {
    # a West African country: XOF with euro and dollar partner lines, French, amounts under half a million
    "sen-fr": Shape("fr", 20260511, filled=0.7, dont_know=0.1, not_applicable=0.1, texts="long",
                    actions=12, currencies=3, amounts="mixed"),
    # a Central Asian country in Russian, partly filled, long names, five currencies
    "kgz-ru": Shape("ru", 4242, filled=0.3, texts="long", actions=20, currencies=5, amounts="mixed",
                    own_script=True),
    # an Arab State in Arabic, its own script throughout, large amounts
    "egy-ar": Shape("ar", 777, filled=0.6, texts="long", actions=10, currencies=3, amounts="huge",
                    own_script=True),
    # an East Asian country in Chinese, texts at their limits, one currency
    "chn-zh": Shape("zh", 31337, filled=0.5, texts="limit", actions=6, currencies=1, amounts="cents",
                    own_script=True),
    # a Latin American country in Spanish, nothing "not applicable", 60 actions
    "mex-es": Shape("es", 1810, filled=1.0, dont_know=0.0, not_applicable=0.0, texts="short",
                    actions=60, currencies=2, amounts="mixed"),
    # an English-speaking country barely started: 5 % filled, no plan
    "ken-en": Shape("en", 1963, filled=0.05, texts="long", actions=0, currencies=1),
}
