"""The national statistics office's validation on the report's cover (issue 32), in each language,
and gone once the assessment is reopened."""
from __future__ import annotations

import pytest

from capacity_app.services import assessments as svc
from capacity_app.services.reports import build_report_context
from capacity_app.services.signoff import reopen, sign_off


@pytest.mark.parametrize("lang, fragment", [
    ("en", "Validated for the national statistics office on 12 June 2026 by Dr Amina Mensah, Director-General, KNBS"),
    ("fr", "Validée pour l'Institut national de la statistique le 12 juin 2026 par Dr Amina Mensah"),
    ("ar", "اعتُمد لصالح المكتب الإحصائي الوطني"),
    ("zh", "代表国家统计局核准"),
    ("ru", "Утверждено от имени национального статистического управления"),
])
def test_the_cover_names_who_validated(store, questionnaire, lang, fragment):
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    assert build_report_context(store, questionnaire, a.id, lang).cover.signoff == ""
    sign_off(store, a.id, "Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12")
    ctx = build_report_context(store, questionnaire, a.id, lang)
    assert fragment in ctx.cover.signoff and "Dr Amina Mensah" in ctx.cover.signoff and not ctx.draft
    reopen(store, a.id, "a late figure")
    assert build_report_context(store, questionnaire, a.id, lang).cover.signoff == ""
