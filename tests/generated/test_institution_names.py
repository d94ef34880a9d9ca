"""No kind of institution printed as an institution's name: generated assessments whose
institutions sit under other ministries than their S0 row's kind suggests (a migration authority
under foreign affairs, justice, public security or labour; tests/generated/content.INSTITUTIONS_UNDER)
name each institution met by its own name first, its kind as its description, in the report's
institutions table, the institution's workbook, the window's list and the plan's choices. Read on
the report's context (no layout: tests/generated/test_outputs_hold.py renders the PDFs)."""
from __future__ import annotations

from collections.abc import Mapping

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generated.assessments import FIELD_SET, Shape, make_spec, write

from capacity_app.domain.mission import FORMER_LABELS, institution_rows


def _kinds(q) -> set[str]:
    """Every kind of S0 (a row's label) in every language, now and before 1.3.0, folded."""
    out = {str(t).casefold() for _, label in institution_rows(q)
           for t in (label.values() if isinstance(label, Mapping) else [label])}
    return out | {t.casefold() for labels in FORMER_LABELS.values() for t in labels}


def _check(store, q, aid: int, spec) -> None:
    from capacity_app.services.institutions.asked import summaries
    from capacity_app.services.plan.actions import institution_choices
    from capacity_app.services.reports import build_report_context

    kinds = _kinds(q)
    ctx = build_report_context(store, q, aid, spec.lang)
    printed = [i.name for i in ctx.cover.institutions]
    for code, own in spec.names.items():
        assert any(p.startswith(own) for p in printed), (code, own, printed)  # its own name first
    # a name given: its row is never printed under its kind alone (nor under a ministry's former label)
    by_kind = {p.casefold() for p in printed} & kinds
    kinds_named = {str(label.get(spec.lang, label.get("en", ""))).casefold() if isinstance(label, Mapping) else ""
                   for code, label in institution_rows(q) if code in spec.names}
    # a name that is its kind's own word (China's statistics office is 国家统计局, the kind's Chinese
    # label too) is printed because it is the name given, not for want of one
    given = {own.casefold() for own in spec.names.values()}
    assert not (by_kind & kinds_named) - given, by_kind
    listed = {s.institution: s.label for s in summaries(store, q, aid, spec.lang)}
    for code, own in spec.names.items():
        assert listed[code].startswith(own), listed[code]
    choices = institution_choices(store, q, aid, spec.lang)
    assert set(spec.names.values()) <= set(choices)
    assert not ({c.casefold() for c in choices} & kinds_named) - given   # a name that is its kind's word is given


@pytest.mark.parametrize("name", ["mex-es", "egy-ar", "kgz-ru"])
def test_a_field_set_country_names_its_institutions(name, questionnaire, store):
    spec = make_spec(questionnaire, FIELD_SET[name])
    if not spec.names:  # the field set's seed met nobody: meet the migration authority
        spec.interviewed = {"interior": "Director"}
        spec.names = {"interior": "Unidad Administrativa Especial Migración Colombia"}
    aid = write(store, questionnaire, spec)
    _check(store, questionnaire, aid, spec)


@settings(max_examples=4, deadline=None, phases=(Phase.generate,),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lang=st.sampled_from(("en", "fr", "es", "ar", "zh", "ru")), seed=st.integers(0, 2**31))
def test_generated_institutions_under_other_ministries_are_named_by_their_own_name(lang, seed, questionnaire, tmp_path_factory):
    from capacity_app.services.assessments import open_store

    spec = make_spec(questionnaire, Shape(lang, seed, filled=0.05, texts="short", actions=2, currencies=1))
    folder = tmp_path_factory.mktemp("names")
    with open_store(folder / "x.sqlite3", backup_dir=folder / "b") as store:
        aid = write(store, questionnaire, spec)
        _check(store, questionnaire, aid, spec)


def test_named_puts_the_own_name_first_and_the_kind_as_its_description():
    from capacity_app.domain.mission import named

    assert named("interior", "Migración Colombia", "Autoridad migratoria", "es") == "Migración Colombia — Autoridad migratoria"
    assert named("nso", "国家统计局", "国家统计机构", "zh") == "国家统计局（国家统计机构）"
    assert named("interior", "", "Migration authority", "en") == "Migration authority"  # no name given: its kind
    assert named("other", "Instituto Colombiano de Bienestar Familiar", "Otra institución", "es") == \
        "Instituto Colombiano de Bienestar Familiar"  # "other" says nothing of it
    assert named("nso", "Geostat", "geostat", "en") == "Geostat"
