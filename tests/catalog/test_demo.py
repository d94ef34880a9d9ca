"""The demo assessment (resources/demo/veloria.yaml) loads, validates and answers every section."""
import pytest
import yaml

from capacity_app.domain.answers import ANSWERED, DONT_KNOW, NOT_APPLICABLE, AnswerSheet
from capacity_app.paths import resources_dir
from capacity_app.services.demo import DEMO_FILE, create_demo, demo_answers, demo_data


@pytest.fixture(scope="module")
def answers():
    from capacity_app.catalog.loader import load_bundled

    q = load_bundled()
    return q, demo_answers(q)


def test_demo_file_has_no_duplicate_keys():
    # yaml.safe_load keeps the last of two equal keys silently; the questionnaire loader refuses them.
    from capacity_app.catalog.yamlfile import _Loader

    text = (resources_dir() / DEMO_FILE).read_text(encoding="utf-8")
    loader = _Loader(text)
    loader.name = DEMO_FILE
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    assert data["assessment"]["country"] == "XVL"


def test_demo_answers_validate_and_cover_every_section(answers):
    q, ans = answers
    assert len(ans) > 600
    sheet = AnswerSheet.of(q, ans)
    for section in q.sections:
        done, total = sheet.completion(section)
        assert total > 0, section.id
        assert done == total, (section.id, done, total)
    for a in ans:
        assert q.resolve_key(a.key) is not None, a.key
        if a.status == ANSWERED:
            assert sheet.is_relevant(a.key), f"{a.key} answered although not relevant"


def test_demo_reads_like_mission_notes(answers):
    q, ans = answers
    statuses = [a.status for a in ans]
    assert statuses.count(DONT_KNOW) >= 3
    assert statuses.count(NOT_APPLICABLE) >= 3
    assert sum(1 for a in ans if a.comment) >= 40
    assert sum(1 for a in ans if a.evidence) >= 8
    by = {a.key: a for a in ans}
    assert by["s6a_last_census_year"].value == 2021
    assert by["s0_reference_date"].value == "2026-05-15"
    assert set(by["s2_profile"].value) >= {"origin", "return"}
    assert by["s6b_surveys.lfs.migration_questions"].value == "yes"
    assert by["s6c_registers.consular.exists"].value == "yes"
    assert by["s6c_registers.entry_exit.access"].value == "none"


def test_demo_fills_every_main_matrix_cell(answers):
    q, ans = answers
    keys = {a.key for a in ans}
    for (pq, src), level in q.matrix.relevance.items():
        if level == "main":
            assert f"s3_matrix.{pq}.{src}.exists" in keys, (pq, src)


def test_demo_has_strengths_and_gaps(answers):
    q, ans = answers
    by = {a.key: a for a in ans}
    # a mix of best and worst answers across the scored select_one items
    best = worst = 0
    for a in ans:
        if a.status != ANSWERED:
            continue
        _, fld, _ = q.resolve_key(a.key)
        if fld.type == "select_one" and fld.choices and fld.choice(a.value).score is not None:
            scores = [c.score for c in fld.choices if c.score is not None]
            s = fld.choice(a.value).score
            best += s == max(scores)
            worst += s == min(scores)
    assert best >= 40 and worst >= 40
    assert by["s9_mechanism"].value == "informal"


def test_demo_band_is_partially_meets(answers):
    from capacity_app.domain import scoring

    q, ans = answers
    result = scoring.score(q, {a.key: a for a in ans}, "2026-05-15", None, "en", []).to_dict()
    assert result["band"]["code"] == "partially_meets", result["overall"]
    assert set(result["sections"]) >= {"S1", "S4", "S6A", "S6B", "S6C", "S12"}


def test_create_demo_in_a_store(store):
    a = create_demo(store)
    assert a.country == "XVL"
    stored = store.answers(a.id)
    assert len(stored) == len(demo_data()["answers"])
    assert stored["s2_policy"].comment.startswith("Draft National Migration Strategy")


def test_demo_metadata_matches_answers():
    data = demo_data()
    meta, ans = data["assessment"], data["answers"]
    assert meta["reference_date"] == ans["s0_reference_date"]
    assert meta["mission_start"] == ans["s0_mission_start"]
    assert yaml.safe_dump(meta)  # plain data only


def test_the_demo_carries_a_costed_validated_plan(store):
    """A realistic costed plan: owners and dates, costs in the national currency with a USD
    equivalent, two funding sources at least, a few priority actions, one validation and one
    edit made after it."""
    from capacity_app.services.plan import actions as plans

    a = create_demo(store)
    state = plans.plan_state(store, a.id)
    assert state.finance.currency == "XOF" and [r.currency for r in state.finance.rates] == ["EUR", "XOF"]
    assert all(x.institutions and x.start and x.end for x in state.actions)
    assert 3 <= sum(x.priority_action for x in state.actions) <= 8
    assert {f for f, _ in state.totals.by_source} >= {"national", "partner"}
    t = state.totals.all
    assert t.in_usd and set(t.cost) == {"XOF", "EUR", "USD"} and t.gap["XOF"] > 0 and t.secured["XOF"] > 0
    assert state.validated and state.validation.approved_by and len(state.validation.institutions) >= 3
    assert [(c.kind, c.parts) for c in state.changes] == [("changed", ("when",))]


def test_the_demo_is_a_model_programme(store):
    """Every donor field filled as a ministry would (risks, dependencies, SDG targets,
    categories, bases, stages and an output indicator on every action, not only the priority
    actions: a budget's "Category not given" row is a question a committee asks), two partners in
    two currencies (the European Union in euros, with its rate), recurrent lines the national
    budget takes over, the national part committed by the Ministry of Finance, and the
    signatories."""
    from capacity_app.domain.plan.budget import partner_currency, shares, takeovers
    from capacity_app.services.plan import actions as plans

    a = create_demo(store)
    state = plans.plan_state(store, a.id)
    assert all(x.risks and x.sdg_target and x.indicator and x.target and x.resources and x.milestone and x.strategy
               for x in state.actions)
    assert any(x.depends_on for x in state.actions)
    lines = [c for x in state.actions for c in x.costs]
    assert all(c.category and c.pipeline for c in lines) and any(c.unit_cost for c in lines)
    chain = state.results
    assert {i.parent for i in chain.indicators if i.level == "output"} == {x.id for x in state.actions}
    assert {link.action for link in chain.links} == {x.id for x in state.actions}
    assert partner_currency("European Union", state.actions) == "EUR" and state.finance.rate("EUR") is not None
    assert {c.currency for x in state.actions for c in x.costs if c.funding == "partner"} >= {"EUR", "USD"}
    assert [t.year for t in takeovers(state.actions, state.finance)] == [2028, 2029]
    assert state.request.committed_by.startswith("Ministry of Finance")
    assert {s.role for s in state.request.signatories} == {"government", "finance", "partner"}
    assert sum(s.percent for s in shares(state.actions, state.finance)) == 100
