"""The national statistics office's validation on the report's cover, in each language,
and gone once the assessment is reopened."""
from __future__ import annotations

import pytest

from capacity_app.services import assessments as svc
from capacity_app.services.reports import build_report_context
from capacity_app.services.team.signoff import reopen, sign_off


@pytest.mark.parametrize("lang, fragment", [
    ("en", "Validated for the national statistics office on 12 June 2026 by Dr Amina Mensah, Director-General, KNBS"),
    ("fr", "Validée pour l'Institut national de la statistique le 12 juin 2026 par Dr Amina Mensah"),
    ("ar", "اعتُمد باسم المكتب الإحصائي الوطني"),  # UN Arabic: "validated for" is باسم
    ("zh", "代表国家统计局核准"),
    ("ru", "Утверждено от имени национального статистического управления"),
])
def test_the_cover_names_who_validated(store, questionnaire, lang, fragment, fill_to_validate):
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    fill_to_validate(store, a.id)
    assert build_report_context(store, questionnaire, a.id, lang).cover.signoff == ""
    sign_off(store, a.id, "Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12")
    ctx = build_report_context(store, questionnaire, a.id, lang)
    assert fragment in ctx.cover.signoff and "Dr Amina Mensah" in ctx.cover.signoff and not ctx.draft
    reopen(store, a.id, "a late figure")
    assert build_report_context(store, questionnaire, a.id, lang).cover.signoff == ""


def test_below_the_threshold_it_is_refused_and_the_cover_never_reads_validated(store, questionnaire):
    """An assessment 16 % known is not validated (the report would say provisional while
    the cover read "Final · Validated")."""
    from capacity_app.services.base import ServiceError

    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    svc.record_answer(store, questionnaire, a.id, "s2_need_a", 3)
    with pytest.raises(ServiceError, match=r"cannot be validated yet: only .* of the primary questions are known"):
        sign_off(store, a.id, "Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12")
    ctx = build_report_context(store, questionnaire, a.id, "en")
    assert store.assessment(a.id).status != "final" and ctx.cover.signoff == "" and ctx.draft


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ru"])
def test_what_stood_open_the_reopening_and_the_changes_are_printed(store, questionnaire, fill_to_validate, lang):
    """Validated with answers not reviewed and one disputed: the cover says what stood open; once
    reopened, the cover says the validation is withdrawn, why and by whom, and Annex D lists every
    validation and reopening and the answers changed since the first validation, in each language."""
    from capacity_app.services.team.reviews import set_review
    from capacity_app.services.team.signoff import signoff_record

    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    fill_to_validate(store, a.id)
    svc.record_answer(store, questionnaire, a.id, "s2_need_a", 3)
    set_review(store, questionnaire, a.id, "s2_need_a", "disputed", "the ministry says 2")
    store.operator = "A. Supervisor"
    sign_off(store, a.id, "Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12")
    current = signoff_record(store, a.id)[0]
    points = dict(current.open_points)
    assert points["disputed"] == 1 and points["not_reviewed"] > 10
    ctx = build_report_context(store, questionnaire, a.id, lang)
    assert ctx.cover.signoff and ctx.cover.signoff_open and ctx.cover.reopened == ""
    assert str(points["not_reviewed"]) in ctx.cover.signoff_open
    assert ctx.validation is not None and ctx.validation.changes == []
    reopen(store, a.id, "the ministry of labour sent its 2025 figures")
    store.operator = "B. Officer"
    svc.record_answer(store, questionnaire, a.id, "s2_need_a", 1)
    ctx = build_report_context(store, questionnaire, a.id, lang)
    assert ctx.cover.signoff == "" and "the ministry of labour sent its 2025 figures" in ctx.cover.reopened
    assert "A. Supervisor" in ctx.cover.reopened
    assert len(ctx.validation.events) == 2 and "the ministry of labour" in ctx.validation.events[1]
    [change] = ctx.validation.changes
    assert change.section == "S2" and change.before != change.after and "B. Officer" in change.by
    if lang == "en":
        assert ctx.cover.reopened.startswith("Validation withdrawn on")
        assert (change.before, change.after) == ("3", "1") or "3" in change.before


def test_the_record_and_changes_are_in_the_pdf(store, questionnaire, fill_to_validate, tmp_path):
    from pdf_text import page_texts

    from capacity_app.services.reports import export_report_pdf
    from capacity_app.services.team.signoff import sign_off as validate

    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    fill_to_validate(store, a.id)
    validate(store, a.id, "Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12")
    reopen(store, a.id, "late figures from the ministry of labour")
    svc.record_answer(store, questionnaire, a.id, "s2_need_a", 1)
    pdf = export_report_pdf(store, a.id, tmp_path / "r.pdf", lang="en")
    pages = [" ".join(p.split()) for p in page_texts(pdf)]
    assert "Validation withdrawn on" in pages[0] and "late figures from the ministry of labour" in pages[0]
    text = " ".join(pages)
    assert "Validation record" in text and "Answers changed since the first validation" in text


def test_an_institution_answered_no_is_not_counted_as_interviewed(store, questionnaire):
    """Seven rows of the S0 grid, one answered "No": the report says 6, not 7."""
    from capacity_app.domain.mission import institution_rows

    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    codes = [code for code, _ in institution_rows(questionnaire)]
    for code in codes:
        svc.record_answer(store, questionnaire, a.id, f"s0_institutions.{code}.interviewed",
                          "no" if code == "central_bank" else "yes")
    ctx = build_report_context(store, questionnaire, a.id, "en")
    s0 = next(p for p in ctx.context_parts if p.id == "S0")
    grid = next(b for b in s0.blocks if b.kind == "grid")
    assert len(grid.lines) == len(codes) == 7
    assert "Institutions interviewed: 6" in s0.reading and "Institutions interviewed: 7" not in s0.reading


def test_a_provisional_score_is_said_under_the_validation_on_the_cover(store, questionnaire, fill_to_validate):
    """The cover read "Final · Validated by …" while page 4 said provisional. Known
    enough to be validated but without a reference date (no band), the cover says the score is
    provisional right under the validation."""
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    fill_to_validate(store, a.id)
    svc.record_answer(store, questionnaire, a.id, "s0_reference_date", status="empty")
    sign_off(store, a.id, "Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12")
    ctx = build_report_context(store, questionnaire, a.id, "en")
    assert ctx.summary.provisional
    assert ctx.cover.signoff and "the score is provisional" in ctx.cover.signoff_open


REVIEW_LINE = {
    "en": "Reviews signed off on 11 June 2026 by Grace Kamau, Mission supervisor, UNSD",
    "fr": "Revues approuvées le 11 juin 2026 par Grace Kamau, Mission supervisor, UNSD",
    "es": "Revisiones aprobadas el 11 de junio de 2026 por Grace Kamau",
    "ar": "أُقرّت المراجعات في",
    "zh": "由UNSD的Grace Kamau（Mission supervisor）签核",
    "ru": "Проверка ответов подтверждена",
}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ru"])
def test_the_supervisors_review_signoff_is_on_the_cover_apart_from_the_validation(
        store, questionnaire, fill_to_validate, lang):
    """The supervisor's review sign-off names the supervisor on its own cover line; a
    validation given without one says so under it; a reopening withdraws both from the cover and
    Annex D keeps every act in order."""
    from capacity_app.services.team.reviews import set_review, validate_section
    from capacity_app.services.team.signoff import sign_off_reviews

    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    fill_to_validate(store, a.id)
    for section in questionnaire.sections:
        validate_section(store, questionnaire, a.id, section.id)
    set_review(store, questionnaire, a.id, "s2_need_a", "disputed", "the ministry says 2")
    store.operator = "Officer Wanjiru"
    sign_off_reviews(store, a.id, "Grace Kamau", "Mission supervisor", "UNSD", "2026-06-11")
    ctx = build_report_context(store, questionnaire, a.id, lang)
    assert REVIEW_LINE[lang] in ctx.cover.reviewed and "Grace Kamau" in ctx.cover.reviewed
    assert "Officer Wanjiru" not in ctx.cover.reviewed and ctx.cover.reviewed_open  # 1 disputed stood open
    assert ctx.cover.signoff == ""
    sign_off(store, a.id, "Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12")
    ctx = build_report_context(store, questionnaire, a.id, lang)
    assert ctx.cover.reviewed and "Dr Amina Mensah" in ctx.cover.signoff and "Grace Kamau" not in ctx.cover.signoff
    reopen(store, a.id, "a late figure")
    ctx = build_report_context(store, questionnaire, a.id, lang)
    assert ctx.cover.reviewed == "" and ctx.cover.signoff == "" and "a late figure" in ctx.cover.reopened
    assert len(ctx.validation.events) == 3 and "Grace Kamau" in ctx.validation.events[0]
    assert "Dr Amina Mensah" in ctx.validation.events[1]


def test_a_validation_without_the_review_signoff_says_so(store, questionnaire, fill_to_validate):
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    fill_to_validate(store, a.id)
    sign_off(store, a.id, "Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12")
    ctx = build_report_context(store, questionnaire, a.id, "en")
    assert "the supervisor had not signed the reviews off" in ctx.cover.signoff_open and ctx.cover.reviewed == ""
