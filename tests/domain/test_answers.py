import pytest

from capacity_app.domain.answers import (
    ANSWERED, DONT_KNOW, NOT_APPLICABLE, Answer, AnswerSheet, AnswerValueError, check_value, coerce_text,
)


def test_check_value_by_type(questionnaire):
    q = questionnaire
    f = lambda key: q.resolve_key(key)[1]  # noqa: E731
    assert check_value(f("s2_need_a"), 3) == 3
    with pytest.raises(AnswerValueError, match="above the maximum 3"):
        check_value(f("s2_need_a"), 4)
    with pytest.raises(AnswerValueError, match="not one of the choices"):
        check_value(f("s2_policy"), "maybe")
    assert check_value(f("s2_bodies"), ["labour", "interior", "labour"]) == ["interior", "labour"]
    assert check_value(f("s0_reference_date"), "2026-05-15") == "2026-05-15"
    with pytest.raises(AnswerValueError, match="date"):
        check_value(f("s0_reference_date"), "15/05/2026")
    with pytest.raises(AnswerValueError, match="below the minimum 1950"):
        check_value(f("s1_statistics.imm_flow.year"), 1800)
    assert check_value(f("s0_population_millions"), 6.4) == 6.4
    with pytest.raises(AnswerValueError):
        check_value(f("s0_n_interviews"), True)


def test_coerce_text(questionnaire):
    f = lambda key: questionnaire.resolve_key(key)[1]  # noqa: E731
    assert coerce_text(f("s2_need_a"), " 2 ") == 2
    assert coerce_text(f("s2_bodies"), "interior, labour") == ["interior", "labour"]
    with pytest.raises(AnswerValueError, match="whole number"):
        coerce_text(f("s2_need_a"), "2.5")
    with pytest.raises(AnswerValueError, match="whole number"):
        coerce_text(f("s2_need_a"), "nan")


def test_relevance_in_grid_and_matrix(questionnaire):
    sheet = AnswerSheet(questionnaire)
    key = "s1_statistics.imm_flow.year"
    assert not sheet.is_relevant(key)
    sheet.put(Answer("s1_statistics.imm_flow.available", "yes", ANSWERED))
    assert sheet.is_relevant(key)
    assert not sheet.is_relevant("s3_matrix.A.CEN.periodicity")
    sheet.put(Answer("s3_matrix.A.CEN.exists", "yes", ANSWERED))
    assert sheet.is_relevant("s3_matrix.A.CEN.periodicity")
    assert not sheet.is_relevant("s3_matrix.A.HHS.periodicity")


def test_constraint_across_items(questionnaire):
    sheet = AnswerSheet(questionnaire)
    sheet.put(Answer("s0_mission_start", "2026-05-11", ANSWERED))
    with pytest.raises(AnswerValueError, match="cannot end before it starts"):
        sheet.validate("s0_mission_end", "2026-05-01")
    assert sheet.validate("s0_mission_end", "2026-05-15") == "2026-05-15"


def test_completion_counts_relevant_keys_only(questionnaire):
    sheet = AnswerSheet(questionnaire)
    s2 = questionnaire.section("S2")
    done, total = sheet.completion(s2)
    assert done == 0 and total > 15
    sheet.put(Answer("s2_policy", None, DONT_KNOW))
    sheet.put(Answer("s2_need_a", None, NOT_APPLICABLE))
    done2, total2 = sheet.completion(s2)
    assert done2 == 2 and total2 == total
    sheet.put(Answer("s2_policy", "no", ANSWERED))  # hides s2_bodies
    done3, total3 = sheet.completion(s2)
    assert total3 == total - 1
    assert 0 < sheet.overall_completion() < 1
    # per item (the navigator's markers), and per section as the sums of its items
    by_item = sheet.completion_by_item()
    assert by_item["s2_bodies"] == (0, 0, False) and by_item["s2_policy"] == (1, 1, True)
    by_section = sheet.completion_by_section()
    assert by_section == sheet.completion_by_section(by_item) == {
        s.id: sheet.completion(s) for s in questionnaire.sections}
    assert by_section["S2"] == (done3, total3)
