"""A year after the assessment's reference date is refused alike in S1 (latest reference year of
a statistic), the S3 matrix (latest year of a source) and S6 (last census, last survey round), with
the reason, in each language; without a reference date the mission's last (else first) day of S0
stands for it; with none of them nothing is refused."""
from __future__ import annotations

import pytest

from capacity_app.domain.answers import ANSWERED, Answer, AnswerSheet, AnswerValueError

KEYS = ["s1_statistics.imm_stock_birth.year", "s3_matrix.A.CEN.latest_year", "s6a_last_census_year",
        "s6b_surveys.lfs.last_year"]


def _sheet(q, **s0):
    answers = {f"s0_{k}": Answer(f"s0_{k}", v, ANSWERED) for k, v in s0.items()}
    for key in ("s1_statistics.imm_stock_birth.available", "s3_matrix.A.CEN.exists"):
        answers[key] = Answer(key, "yes", ANSWERED)
    return AnswerSheet(q, answers)


@pytest.mark.parametrize("key", KEYS)
def test_a_year_after_the_reference_date_is_refused_with_the_reason(questionnaire, key):
    if questionnaire.resolve_key(key) is None:
        pytest.skip(f"{key} is not in this questionnaire")
    sheet = _sheet(questionnaire, reference_date="2026-11-30")
    assert sheet.validate(key, 2026) == 2026
    with pytest.raises(AnswerValueError) as refused:
        sheet.validate(key, 2031)
    assert "later than" in refused.value.message and "reference date" in refused.value.message
    fr = sheet.constraint_error(key, 2031, "fr")
    assert fr and "postérieur" in fr and "date de référence" in fr
    es = sheet.constraint_error(key, 2031, "es")
    assert es and "posterior" in es and "fecha de referencia" in es


def test_the_mission_dates_stand_for_a_missing_reference_date(questionnaire):
    key = KEYS[0]
    assert _sheet(questionnaire).validate(key, 2031) == 2031  # no date at all: nothing to judge by
    with pytest.raises(AnswerValueError):
        _sheet(questionnaire, mission_end="2025-06-30").validate(key, 2026)
    with pytest.raises(AnswerValueError):
        _sheet(questionnaire, mission_start="2025-06-01").validate(key, 2026)
    assert _sheet(questionnaire, mission_end="2025-06-30", mission_start="2025-06-01").validate(key, 2025) == 2025
