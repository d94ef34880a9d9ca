"""S0 is the one place for the mission's facts: creating an assessment records them as S0
answers (one transaction), and the record (dates, institutions) follows every S0 answer."""
from __future__ import annotations

import pytest

from capacity_app.domain import mission
from capacity_app.domain.assessment import Institution
from capacity_app.services.assessments import ServiceError, create_assessment, get_assessment, record_answer


def test_new_assessment_writes_its_facts_as_s0_answers(store, questionnaire):
    a = create_assessment(store, questionnaire, country="GHA", round=2026, reference_date="2026-05-01",
                          mission_start="2026-05-04", mission_end="2026-05-08",
                          interviewed={"nso": "Director", "labour": ""},
                          institutions=[Institution("Ghana Immigration Service", "Head of research"),
                                        Institution("Ministère du travail", "Adviser")])
    answers = {k: v.value for k, v in store.answers(a.id).items()}
    assert answers == {
        "s0_reference_date": "2026-05-01", "s0_mission_start": "2026-05-04", "s0_mission_end": "2026-05-08",
        "s0_institutions.nso.interviewed": "yes", "s0_institutions.nso.role": "Director",
        # a free name that is an S0 row (in any language, by its label before 1.3.0 too) is that row; its role wins over none
        "s0_institutions.labour.interviewed": "yes", "s0_institutions.labour.role": "Adviser",
    }
    assert (a.reference_date, a.mission_start, a.mission_end) == ("2026-05-01", "2026-05-04", "2026-05-08")
    assert [(i.name, i.role) for i in a.institutions] == [
        ("National statistical office", "Director"), ("Labour authority", "Adviser"),
        ("Ghana Immigration Service", "Head of research")]


def test_refused_facts_create_nothing(store, questionnaire):
    with pytest.raises(ServiceError, match="not an institution of section S0"):
        create_assessment(store, questionnaire, country="GHA", round=2026, interviewed={"police": ""})
    with pytest.raises(ServiceError, match="2000 and 2100"):  # S0's own rule for the reference date
        create_assessment(store, questionnaire, country="GHA", round=2026, reference_date="1995-01-01")
    assert store.assessments() == []


def test_the_record_follows_s0_in_the_same_write(store, questionnaire):
    a = create_assessment(store, questionnaire, country="KEN", round=2026, mission_start="2026-03-02",
                          institutions=[Institution("KNBS", "lead")])
    saved = record_answer(store, questionnaire, a.id, "s0_mission_end", "2026-03-06")
    assert saved.changes.metadata and get_assessment(store, a.id).mission_end == "2026-03-06"
    record_answer(store, questionnaire, a.id, "s0_institutions.central_bank.interviewed", "yes")
    record_answer(store, questionnaire, a.id, "s0_institutions.central_bank.role", "Statistics department")
    assert [(i.name, i.role) for i in get_assessment(store, a.id).institutions] == [
        ("Central bank", "Statistics department"), ("KNBS", "lead")]
    record_answer(store, questionnaire, a.id, "s0_institutions.central_bank.interviewed", "no")
    assert [i.name for i in get_assessment(store, a.id).institutions] == ["KNBS"]
    record_answer(store, questionnaire, a.id, "s0_reference_date", "2026-01-01")
    assert get_assessment(store, a.id).effective_reference_date == "2026-01-01"
    record_answer(store, questionnaire, a.id, "s0_reference_date", status="empty")
    b = get_assessment(store, a.id)
    assert b.reference_date == "" and b.effective_reference_date == "2026-03-06"
    # other answers leave the record alone
    assert not record_answer(store, questionnaire, a.id, "s0_n_interviews", 4).changes.metadata
    # a refused S0 value changes neither the answer nor the record
    with pytest.raises(ServiceError):
        record_answer(store, questionnaire, a.id, "s0_mission_end", "2026-02-01")  # before the start
    assert get_assessment(store, a.id).mission_end == "2026-03-06"


def test_one_list_of_institutions_for_a_report_in_its_language(store, questionnaire):
    a = create_assessment(store, questionnaire, country="SEN", round=2026, interviewed={"nso": "DG"},
                          institutions=[Institution("ANSD annex", "")])
    answers = store.answers(a.id)
    fr = mission.institutions_interviewed(questionnaire, answers, a, "fr")
    assert [(i.name, i.role) for i in fr] == [("Institut national de statistique", "DG"), ("ANSD annex", "")]
    assert mission.is_mission_key("s0_institutions.nso.role") and not mission.is_mission_key("s0_n_interviews")


def test_follow_s0_after_answers_are_replaced_as_a_whole(store, questionnaire):
    from capacity_app.domain.answers import Answer
    from capacity_app.services.assessments import follow_s0

    a = create_assessment(store, questionnaire, country="KEN", round=2026, mission_start="2026-03-02")
    store.replace_answers(a.id, [Answer("s0_mission_start", "2026-04-06", "answered"),
                                 Answer("s0_institutions.foreign.interviewed", "yes", "answered")], note="copy")
    changes = follow_s0(store, questionnaire, a.id)
    assert changes is not None and changes.metadata
    b = get_assessment(store, a.id)
    assert b.mission_start == "2026-04-06" and [i.name for i in b.institutions] == [
        "Consular service (foreign affairs)"]
    assert follow_s0(store, questionnaire, a.id) is None  # already in line
