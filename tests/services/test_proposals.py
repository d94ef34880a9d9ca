"""Services.institutions and services.proposals: who is asked what, stored per
assessment with history; proposals never change an answer until accepted; accepting records the
answer with its provenance in the history; conflicts between institutions stay side by side."""
from __future__ import annotations

import pytest

from capacity_app.domain.institutions import proposals as dp
from capacity_app.domain.institutions.proposals import NewProposal
from capacity_app.services import assessments as svc
from capacity_app.services.institutions import asked as si
from capacity_app.services.institutions import proposals as sp
from capacity_app.services.base import AssessmentFinal, ServiceError


@pytest.fixture
def aid(store, questionnaire):
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    svc.record_answer(store, questionnaire, a.id, "s6a_last_census_year", 2009)
    return a.id


def test_assign_is_stored_with_history(store, questionnaire, aid):
    q = questionnaire
    assert "s6c_registers.pop" in [i.unit for i in si.institution_items(store, q, aid, "interior")]
    ch = si.assign(store, q, aid, "S6C", "interior", False)
    assert ch.proposals and ch.keys == {"S6C"}
    assert "s6c_registers.pop" not in [i.unit for i in si.institution_items(store, q, aid, "interior")]
    h = store.history(aid, "S6C")[0]
    assert h["field"] == "institution" and h["new"] == {"institution": "interior", "assigned": False}
    assert not si.assign(store, q, aid, "S6C", "interior", False).proposals  # no change, no row
    si.assign(store, q, aid, "S6C", "interior", None)  # back to the defaults
    assert "s6c_registers.pop" in [i.unit for i in si.institution_items(store, q, aid, "interior")]
    with pytest.raises(ServiceError, match="not an institution of section S0"):
        si.assign(store, q, aid, "S6C", "ministry_of_magic", True)
    with pytest.raises(ServiceError, match="name a section"):
        si.assign(store, q, aid, "s6c_registers.pop.exists", "nso", True)


def test_request(store, questionnaire, aid):
    si.set_request(store, questionnaire, aid, "interior", deadline="2026-12-01", contact="J. Doe, +254 20 123")
    r = si.requests(store, questionnaire, aid)["interior"]
    assert (r.deadline, r.contact) == ("2026-12-01", "J. Doe, +254 20 123")
    with pytest.raises(ServiceError, match="deadline"):
        si.set_request(store, questionnaire, aid, "interior", deadline="next week")


def _add(store, q, aid, *ns, source="interior.xlsx"):
    return sp.add_proposals(store, q, aid, ns, source)


def test_a_proposal_changes_no_answer_until_accepted(store, questionnaire, aid):
    q = questionnaire
    before = store.answers(aid)
    r = _add(store, q, aid, NewProposal("s6a_last_census_year", "nso", "answered", 2019, "census report p.3", "A. Kamau"),
             NewProposal("s6c_registers.pop.exists", "interior", "answered", "yes", "", "B. Otieno"))
    assert len(r.ids) == 2 and r.changes.proposals and not r.changes.answers
    assert store.answers(aid) == before
    assert store.history(aid, "s6a_last_census_year")[0]["field"] == "proposal"
    # imported twice: nothing new
    again = _add(store, q, aid, NewProposal("s6a_last_census_year", "nso", "answered", 2019, "census report p.3", "A. Kamau"))
    assert again.ids == () and again.unchanged == 1
    pid = r.ids[0]
    store.operator = "Officer"
    done = sp.accept(store, q, aid, pid)
    assert done.ids == (pid,) and done.changes.answers and done.keys == ("s6a_last_census_year",)
    a = store.answer(aid, "s6a_last_census_year")
    assert a.value == 2019
    assert any(e.kind == "institution" and "A. Kamau" in e.text and "census report p.3" in e.text for e in a.evidence)
    rows = store.history(aid, "s6a_last_census_year")
    prov = next(h for h in rows if h["field"] == "proposal" and h["new"].get("state") == "accepted")
    assert prov["new"]["provenance"]["institution"] == "nso" and prov["new"]["provenance"]["respondent"] == "A. Kamau"
    assert prov["new"]["provenance"]["source"] == "interior.xlsx" and prov["operator"] == "Officer"
    assert any(h["field"] == "value" and h["new"]["value"] == 2019 for h in rows)
    with pytest.raises(ServiceError, match="already accepted"):
        sp.accept(store, q, aid, pid)


def test_values_are_checked_all_or_none(store, questionnaire, aid):
    q = questionnaire
    with pytest.raises(ServiceError):
        _add(store, q, aid, NewProposal("s6a_last_census_year", "nso", "answered", 2019),
             NewProposal("s6c_registers.pop.exists", "interior", "answered", "perhaps"))
    assert sp.list_proposals(store, aid) == []
    with pytest.raises(ServiceError, match="unknown answer key"):
        _add(store, q, aid, NewProposal("s6c_registers.nope.exists", "interior", "answered", "yes"))
    with pytest.raises(ServiceError, match="not an institution"):
        _add(store, q, aid, NewProposal("s6a_last_census_year", "unhcr", "answered", 2019))


def test_conflicts_side_by_side_and_accept_all(store, questionnaire, aid):
    q = questionnaire
    _add(store, q, aid, NewProposal("s1_statistics.imm_flow.available", "nso", "answered", "yes"),
         NewProposal("s6a_next_census_year", "nso", "answered", 2029), source="nso.xlsx")
    _add(store, q, aid, NewProposal("s1_statistics.imm_flow.available", "interior", "answered", "no"), source="int.xlsx")
    clash = sp.conflicts(store, aid)
    assert list(clash) == ["s1_statistics.imm_flow.available"]
    assert [p.institution for p in clash["s1_statistics.imm_flow.available"]] == ["nso", "interior"]
    with pytest.raises(ServiceError, match="settle them one by one"):
        sp.accept_institution(store, q, aid, "nso")
    assert store.answer(aid, "s6a_next_census_year").value is None  # all or none
    loser = clash["s1_statistics.imm_flow.available"][1]
    sp.reject(store, aid, [loser.id], note="the NSO publishes the figure")
    done = sp.accept_institution(store, q, aid, "nso")
    assert set(done.keys) == {"s1_statistics.imm_flow.available", "s6a_next_census_year"}
    assert sp.list_proposals(store, aid, state=dp.OPEN) == []
    assert store.proposals(aid, state=dp.REJECTED)[0].note == "the NSO publishes the figure"


def test_superseded_and_edited(store, questionnaire, aid):
    q = questionnaire
    first = _add(store, q, aid, NewProposal("s6a_next_census_year", "nso", "answered", 2029)).ids[0]
    second = _add(store, q, aid, NewProposal("s6a_next_census_year", "nso", "answered", 2030)).ids[0]
    assert store.proposal(first)[1].state == dp.SUPERSEDED
    sp.accept_edited(store, q, aid, second, text="2031")
    assert store.answer(aid, "s6a_next_census_year").value == 2031
    h = next(h for h in store.history(aid, "s6a_next_census_year") if h["new"] and h["new"].get("state") == "accepted")
    assert h["new"]["edited"] is True and h["new"]["provenance"]["proposal"] == second


def test_constraint_checked_at_accept_and_final_refused(store, questionnaire, aid):
    q = questionnaire
    pid = _add(store, q, aid, NewProposal("s6a_next_census_year", "nso", "answered", 2029)).ids[0]
    svc.set_status(store, aid, "final")
    with pytest.raises(AssessmentFinal):
        sp.accept(store, q, aid, pid)
    with pytest.raises(AssessmentFinal):
        _add(store, q, aid, NewProposal("s6a_next_census_year", "labour", "answered", 2029))
    assert store.answer(aid, "s6a_next_census_year").value is None


def test_proposal_lines(store, questionnaire, aid):
    _add(store, questionnaire, aid, NewProposal("s6c_registers.pop.exists", "interior", "answered", "yes", "", "B. Otieno"))
    lines = sp.proposal_lines(store, questionnaire, aid)
    assert lines[0].institution.startswith("Migration authority") and lines[0].proposed == "Yes"
    assert "Population register" in lines[0].question or "pop" in lines[0].question


def test_an_accepted_proposal_names_the_institution_by_its_own_name(store, questionnaire, aid):
    """The evidence line, the annex's lines and the window name the institution by its
    own name given in S0 first, its kind as its description; the kind alone while S0 gives none."""
    q = questionnaire
    key, other = "s6c_registers.pop.exists", "s6c_registers.entry_exit.exists"
    _add(store, q, aid, NewProposal(key, "interior", "answered", "yes", "decreto 1067", "B. Otieno"))
    sp.accept_institution(store, q, aid, "interior", lang="es")
    assert [e.text for e in store.answer(aid, key).evidence] == ["Autoridad migratoria (B. Otieno): decreto 1067"]
    svc.record_answer(store, q, aid, "s0_institutions.interior.name", "Migración Colombia")
    _add(store, q, aid, NewProposal(other, "interior", "answered", "no", "", "B. Otieno"))
    sp.accept_institution(store, q, aid, "interior", lang="es")
    assert [e.text for e in store.answer(aid, other).evidence] == ["Migración Colombia — Autoridad migratoria (B. Otieno)"]
    assert {ln.institution for ln in sp.proposal_lines(store, q, aid, "en")} == {"Migración Colombia — Migration authority"}
    _add(store, q, aid, NewProposal("s6a_next_census_year", "nso", "answered", 2029, "计划", "张伟"),
         NewProposal("s0_institutions.nso.name", "nso", "answered", "国家统计局人口司"))
    sp.accept_institution(store, q, aid, "nso", lang="zh")  # the name it gives names it at once
    assert [e.text for e in store.answer(aid, "s6a_next_census_year").evidence] == ["国家统计局人口司（国家统计局）（张伟）：计划"]
    assert sp.institution_shown(q, store.answers(aid), "other", "ru") == "Другое учреждение"
    assert sp.institution_shown(q, store.answers(aid), "unhcr", "ru") == "unhcr"
