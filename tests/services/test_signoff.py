"""services.signoff: validating for the national statistics office records who and when and moves
the assessment to final; every field checked; a final assessment refuses edits until reopened with
a reason; set_status leaves final only that way."""
from __future__ import annotations

import pytest

from capacity_app.services import assessments as svc
from capacity_app.services.base import AssessmentFinal, ServiceError
from capacity_app.services.team.reviews import set_review
from capacity_app.services.team.signoff import reopen, sign_off, signoff_record

from workbook_values import sheet_values

WHO = dict(name="  Dr Amina   Mensah ", position="Director-General", institution="Kenya National Bureau of Statistics",
           date="2026-06-12")


@pytest.fixture
def aid(store, questionnaire, fill_to_validate):
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    fill_to_validate(store, a.id)
    svc.record_answer(store, questionnaire, a.id, "s2_need_a", 3)
    return a.id


def test_validate_then_read_only_then_reopen_with_a_reason(store, questionnaire, aid):
    store.operator = "A. Supervisor"
    changes = sign_off(store, aid, **WHO)
    assert changes.metadata and store.assessment(aid).status == "final"
    current, events = signoff_record(store, aid)
    assert current.name == "Dr Amina Mensah" and current.date == "2026-06-12" and current.operator == "A. Supervisor"
    for write in (lambda: svc.record_answer(store, questionnaire, aid, "s2_need_a", 1),
                  lambda: set_review(store, questionnaire, aid, "s2_need_a", "validated")):
        with pytest.raises(AssessmentFinal, match="is final: reopen it"):
            write()
    with pytest.raises(AssessmentFinal, match="already final"):
        sign_off(store, aid, **WHO)
    with pytest.raises(ServiceError, match="only with a reason"):
        reopen(store, aid, "   ")
    assert store.assessment(aid).status == "final"
    reopen(store, aid, "the ministry of labour sent its 2025 figures")
    current, events = signoff_record(store, aid)
    assert current is None and [e.kind for e in events] == ["validated", "reopened"]
    assert events[-1].reason == "the ministry of labour sent its 2025 figures"
    svc.record_answer(store, questionnaire, aid, "s2_need_a", 1)  # editable again
    with pytest.raises(ServiceError, match="not final"):
        reopen(store, aid, "again")


@pytest.mark.parametrize("field, value, fragment", [
    ("name", " ", "name of the person who validates is required"),
    ("position", "", "position is required"),
    ("institution", "x" * 201, "longer than 200"),
    ("institution", "two\nlines", None),  # whitespace folded to one line
    ("date", "12/06/2026", "YYYY-MM-DD"),
    ("date", "2026-02-30", "YYYY-MM-DD"),
    ("date", "", "YYYY-MM-DD"),
])
def test_every_field_is_checked(store, aid, field, value, fragment):
    if fragment is None:
        sign_off(store, aid, **{**WHO, field: value})
        assert signoff_record(store, aid)[0].institution == "two lines"
        return
    with pytest.raises(ServiceError, match=fragment):
        sign_off(store, aid, **{**WHO, field: value})
    assert store.assessment(aid).status != "final" and store.signoff_events(aid) == []


def test_final_by_status_has_no_signoff_and_leaves_final_only_with_a_reason(store, aid):
    svc.set_status(store, aid, "final")
    assert signoff_record(store, aid)[0] is None
    with pytest.raises(ServiceError, match="only with a reason"):
        svc.set_status(store, aid, "draft")
    svc.set_status(store, aid, "draft", reason="started again")
    assert store.assessment(aid).status == "draft"
    assert store.signoff_events(aid)[-1].reason == "started again"


def test_the_signoff_travels_in_the_workbook_to_a_fresh_database(store, questionnaire, aid, tmp_path):
    """Validated, exported, imported into another database: final there with the same
    validation (who, date, when and by whom recorded); a workbook edited by hand is refused."""
    import openpyxl

    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook
    from capacity_app.services.assessments import open_store
    from capacity_app.exchange.workbook.importer import WorkbookError

    store.operator = "A. Supervisor"
    sign_off(store, aid, **WHO)
    here = signoff_record(store, aid)[0]
    book = export_workbook(store, aid, tmp_path / "final.xlsx")
    with open_store(tmp_path / "unsd.sqlite3") as fresh:
        a = apply_import(fresh, read_workbook(book, questionnaire)).assessment
        assert a.status == "final" and signoff_record(fresh, a.id)[0] == here
        with pytest.raises(AssessmentFinal):
            svc.record_answer(fresh, questionnaire, a.id, "s2_need_a", 1)
    wb = openpyxl.load_workbook(book)
    ws = wb["Metadata"]
    row = next(r for r in ws.iter_rows() if r[0].value == "signoff")
    row[1].value = row[1].value.replace("2026-06-12", "12 June")
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    with pytest.raises(WorkbookError, match="YYYY-MM-DD"):
        read_workbook(edited, questionnaire)


def test_the_workbook_carries_the_reopening_and_the_changes_since(store, questionnaire, aid, tmp_path):
    """Once reopened, the workbook says so (who, when, why) and names the answers changed
    since the first validation, for the ministry and UNSD; the validation's open points travel too."""
    import json

    from capacity_app.services.exchange import export_workbook

    def record(book):
        return {r[0]: r[1] for r in sheet_values(book, "Metadata")[1:]}

    assert (record(export_workbook(store, aid, tmp_path / "new.xlsx")).get("signoff_record") or "") == ""
    sign_off(store, aid, **WHO)
    meta = record(export_workbook(store, aid, tmp_path / "validated.xlsx"))
    assert json.loads(meta["signoff"])["open"]["not_reviewed"] > 0
    store.operator = "A. Supervisor"
    reopen(store, aid, "the ministry of labour sent its 2025 figures")
    svc.record_answer(store, questionnaire, aid, "s2_need_a", 1)
    got = json.loads(record(export_workbook(store, aid, tmp_path / "reopened.xlsx"))["signoff_record"])
    assert [e["kind"] for e in got["events"]] == ["validated", "reopened"]
    assert got["events"][1]["reason"] == "the ministry of labour sent its 2025 figures"
    assert got["events"][1]["operator"] == "A. Supervisor" and got["changed_since_first_validation"] == ["s2_need_a"]


def test_validation_is_refused_with_a_follow_up_open_and_records_what_stands_open(store, questionnaire, aid):
    set_review(store, questionnaire, aid, "s2_need_a", "follow_up", "ask the ministry again")
    with pytest.raises(ServiceError, match="cannot be validated yet: 1 answer still needs follow-up"):
        sign_off(store, aid, **WHO)
    set_review(store, questionnaire, aid, "s2_need_a", "disputed", "the ministry says 2")
    sign_off(store, aid, **WHO)
    current = signoff_record(store, aid)[0]
    assert dict(current.open_points)["disputed"] == 1


def test_the_record_too_long_for_a_cell_leaves_the_oldest_out():
    from capacity_app.domain.team.signoff import REOPENED, SignOffEvent, record_json

    events = [SignOffEvent(REOPENED, f"2026-06-{i % 28 + 1:02d}T10:00:00+00:00", "x", None, "r" * 2000)
              for i in range(40)]
    text = record_json(events, [f"s2_need_{i}" for i in range(5000)])
    import json

    got = json.loads(text)
    assert len(text) <= 30_000 and got["events_left_out"] > 0 and got["changed_left_out"] > 0


# --- the supervisor's review sign-off -------------------------------------------------

SUPERVISOR = dict(name="Grace Kamau", position="Mission supervisor", institution="UNSD", date="2026-06-11")


def _review_all(store, questionnaire, aid):
    from capacity_app.services.team.reviews import validate_section

    for section in questionnaire.sections:
        validate_section(store, questionnaire, aid, section.id)


def test_review_signoff_is_refused_until_every_answer_is_reviewed_and_no_follow_up_stands(
        store, questionnaire, aid):
    from capacity_app.services.team.signoff import review_record, sign_off_reviews

    with pytest.raises(ServiceError, match="cannot be signed off yet: .* answers are not reviewed"):
        sign_off_reviews(store, aid, **SUPERVISOR)
    _review_all(store, questionnaire, aid)
    set_review(store, questionnaire, aid, "s2_need_a", "follow_up", "ask again")
    with pytest.raises(ServiceError, match="1 answer still needs follow-up"):
        sign_off_reviews(store, aid, **SUPERVISOR)
    with pytest.raises(ServiceError, match="name of the supervisor"):
        sign_off_reviews(store, aid, **{**SUPERVISOR, "name": "  "})
    with pytest.raises(ServiceError, match="review sign-off must be a date"):
        sign_off_reviews(store, aid, **{**SUPERVISOR, "date": "11/06/2026"})
    assert review_record(store, aid) == (None, None) and store.signoff_events(aid) == []


def test_review_signoff_names_its_own_person_and_the_validation_another(store, questionnaire, aid):
    """The supervisor and the office's director are each named in their own act; the laptop's
    operator is who entered both and is never renamed; the status stays until the validation."""
    from capacity_app.domain.team.signoff import NO_REVIEW_SIGNOFF
    from capacity_app.services.team.signoff import readiness, review_record, sign_off_reviews

    store.operator = "Officer Wanjiru"
    assert dict(readiness(store, aid).open_points()).get(NO_REVIEW_SIGNOFF) == 1
    _review_all(store, questionnaire, aid)
    set_review(store, questionnaire, aid, "s2_need_a", "disputed", "the ministry says 2")
    before = store.assessment(aid).status
    changes = sign_off_reviews(store, aid, **SUPERVISOR)
    assert changes.metadata and store.assessment(aid).status == before
    standing, last = review_record(store, aid)
    assert standing == last and (standing.name, standing.position, standing.operator) == \
        ("Grace Kamau", "Mission supervisor", "Officer Wanjiru")
    assert dict(standing.open_points)["disputed"] == 1 and "not_reviewed" not in dict(standing.open_points)
    ready = readiness(store, aid)
    assert ready.reviewed == standing and NO_REVIEW_SIGNOFF not in dict(ready.open_points())
    sign_off(store, aid, **WHO)
    current, events = signoff_record(store, aid)
    assert [e.kind for e in events] == ["reviewed", "validated"]
    assert current.name == "Dr Amina Mensah" and store.operator == "Officer Wanjiru"
    with pytest.raises(AssessmentFinal, match="signed off before the validation"):
        sign_off_reviews(store, aid, **SUPERVISOR)


def test_a_reopening_withdraws_the_review_signoff_and_the_next_starts_from_it(store, questionnaire, aid):
    from capacity_app.services.team.signoff import review_record, sign_off_reviews

    _review_all(store, questionnaire, aid)
    sign_off_reviews(store, aid, **SUPERVISOR)
    sign_off(store, aid, **WHO)
    reopen(store, aid, "the ministry of labour sent its 2025 figures")
    standing, last = review_record(store, aid)
    assert standing is None and last.name == "Grace Kamau"
    assert signoff_record(store, aid)[0] is None
    svc.record_answer(store, questionnaire, aid, "s2_need_a", 1)  # not reviewed again: refused
    with pytest.raises(ServiceError, match="1 of .* answers are not reviewed"):
        sign_off_reviews(store, aid, **SUPERVISOR)


def test_the_review_signoff_travels_in_the_workbook(store, questionnaire, aid, tmp_path):
    import json

    from capacity_app.services.assessments import open_store
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook
    from capacity_app.services.team.signoff import review_record, sign_off_reviews

    _review_all(store, questionnaire, aid)
    store.operator = "Officer Wanjiru"
    sign_off_reviews(store, aid, **SUPERVISOR)
    book = export_workbook(store, aid, tmp_path / "reviewed.xlsx")
    meta = {r[0]: r[1] for r in sheet_values(book, "Metadata")[1:]}
    assert json.loads(meta["review_signoff"])["name"] == "Grace Kamau"
    assert [e["kind"] for e in json.loads(meta["signoff_record"])["events"]] == ["reviewed"]
    with open_store(tmp_path / "laptop-b.sqlite3") as other:
        other.operator = "Officer Otieno"
        a = apply_import(other, read_workbook(book, questionnaire)).assessment
        got = review_record(other, a.id)[0]
        assert got == review_record(store, aid)[0] and got.operator == "Officer Wanjiru"
        apply_import(other, read_workbook(book, questionnaire), overwrite=True)  # the same again: once
        assert [e.kind for e in other.signoff_events(a.id)] == ["reviewed"]
