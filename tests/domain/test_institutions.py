"""domain.institutions and catalog.institutions: the bundled defaults name real parts of the
questionnaire, the most specific entry or change wins, and matrix cells follow their source's
owners where the matrix expects them."""
from __future__ import annotations

import pytest

from capacity_app.catalog.institutions import (InstitutionMapError, check_institution_map,
                                               load_bundled_institution_map, load_institution_map)
from capacity_app.domain.institutions import asked as di


@pytest.fixture
def defaults(questionnaire):
    return load_bundled_institution_map(questionnaire)


def test_every_institution_of_s0_is_asked_something(questionnaire, defaults):
    a = di.Assignment(defaults)
    counts = di.coverage(questionnaire, a)
    assert list(counts) == list(di.institution_codes(questionnaire))
    assert all(n > 0 for n in counts.values()), counts
    # the mission's own facts are asked of nobody; everything else of someone
    assert all(u.startswith("s0_") for u in di.unasked(questionnaire, a))


def test_items_in_questionnaire_order_with_their_keys(questionnaire, defaults):
    a = di.Assignment(defaults)
    items = di.institution_items(questionnaire, a, "interior")
    order = {u: i for i, (u, _it, _c) in enumerate(di.units(questionnaire))}
    assert [order[i.unit] for i in items] == sorted(order[i.unit] for i in items)
    units = [i.unit for i in items]
    assert "s6c_registers.pop" in units and "s6c_registers.work" not in units  # a row given to labour
    assert "s11_unaccompanied" in units and "s5_strategy" not in units
    row = next(i for i in items if i.unit == "s6c_registers.pop")
    assert row.row is not None and row.row.code == "pop"
    assert [k for k, _f, _c in row.keys] == [f"s6c_registers.pop.{c.id}" for c in questionnaire.item("s6c_registers").columns]
    cell = next(i for i in items if i.unit == "s3_matrix.A.BOR")
    assert cell.source.code == "BOR" and cell.policy_question.code == "A"
    assert len(cell.keys) == len(questionnaire.matrix.fields)
    assert all(k in dict((k, 1) for k, _f, _c in questionnaire.all_keys()) for k in di.institution_keys(questionnaire, a, "interior"))


def test_matrix_cells_only_where_expected(questionnaire, defaults):
    a = di.Assignment(defaults)
    for i in di.institution_items(questionnaire, a, "nso"):
        if i.item.type == "matrix":
            assert (i.policy_question.code, i.source.code) in questionnaire.matrix.relevance
    assert not di.is_assigned(questionnaire, a, "s3_matrix.A.CON", "foreign")  # A does not expect CON
    assert di.is_assigned(questionnaire, a, "s3_matrix.I.CON", "foreign")


def test_most_specific_change_wins(questionnaire, defaults):
    q = questionnaire
    base = di.Assignment(defaults)
    assert di.institutions_of(q, base, "s6c_registers.pop") == ("interior",)
    # the section taken from interior, one row given back, one row given to the NSO
    a = di.Assignment(defaults, (di.Override("S6C", "interior", False), di.Override("s6c_registers.asylum", "interior", True),
                                 di.Override("s6c_registers.pop", "nso", True)))
    assert not di.is_assigned(q, a, "s6c_registers.pop", "interior")
    assert di.is_assigned(q, a, "s6c_registers.asylum", "interior")
    assert di.institutions_of(q, a, "s6c_registers.pop") == ("nso",)
    # an unexpected matrix cell given by the officer
    b = di.Assignment(defaults, (di.Override("s3_matrix.A.CON", "foreign", True),))
    assert "s3_matrix.A.CON" in [i.unit for i in di.institution_items(q, b, "foreign")]


def test_targets(questionnaire):
    q = questionnaire
    assert di.target_kind(q, "S6C") == "section"
    assert di.target_kind(q, "s5_strategy") == "item"
    assert di.target_kind(q, "s6c_registers.pop") == "unit"
    assert di.target_kind(q, "s3_matrix.A.BOR") == "unit"
    for bad in ("s6c_registers.pop.exists", "s3_matrix.A.BOR.exists", "s0_intro", "nope", "s3_matrix.Z.BOR", ""):
        assert di.target_kind(q, bad) is None, bad


def test_the_file_is_checked(questionnaire, tmp_path):
    p = tmp_path / "institutions.yaml"
    p.write_text('version: "1"\nsections:\n  S99: [nso]\nitems:\n  s5_strategy: [ministry_of_magic]\n'
                 "rows:\n  s6c_registers.nope: [nso]\nsources:\n  CEN: nso\ncolour: blue\n", encoding="utf-8")
    _m, errors = check_institution_map(p, questionnaire)
    text = "\n".join(str(e) for e in errors)
    assert "unknown key 'colour'" in text
    assert "sections.S99: no such section" in text
    assert "items.s5_strategy: unknown institution 'ministry_of_magic'" in text
    assert "rows.s6c_registers.nope: no such grid row" in text
    assert "sources.CEN: must be a list" in text
    with pytest.raises(InstitutionMapError):
        load_institution_map(p, questionnaire)
    p.write_text("a: &x [1]\nb: *x\n", encoding="utf-8")
    assert check_institution_map(p, questionnaire)[1]  # aliases refused like every questionnaire file
