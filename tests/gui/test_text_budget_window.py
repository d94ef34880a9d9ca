"""The window gets the services' refusal of a text no workbook could carry: a comment
typed into an assessment already holding all the text a workbook carries is refused with the
message naming the limit, in one line, and nothing is written; a shorter text still fits."""
from __future__ import annotations

from capacity_app.domain.celltext import WORKBOOK_TEXT_MAX, workbook_bytes
from capacity_app.services.assessments import create_assessment

COSTLY = ("&<>ministère 内政部 وزارة 🌍 " * 1000)[:20000]


def test_a_comment_over_the_assessments_text_is_refused_in_the_window(window, questionnaire, qtbot):
    q = questionnaire
    a = create_assessment(window.store, q, country="KEN", round=2026)
    keys = [k for k, _f, _p in q.all_keys()]
    per = workbook_bytes(COSTLY)
    for key in keys[: WORKBOOK_TEXT_MAX // per]:
        window.store.set_comment(a.id, key, COSTLY)  # filled below the services, as an old database may be
    window.home.refresh()
    assert window.open_assessment(a.id)
    session = window.session
    told = []
    session.failed.connect(lambda key, message: told.append((key, message)))
    key = keys[WORKBOOK_TEXT_MAX // per + 1]
    before = window.store.revision(a.id)
    assert session.set_comment(key, COSTLY) is False
    assert told and "more than a workbook carries (16 MB)" in told[-1][1] and "\n" not in told[-1][1]
    assert window.store.revision(a.id) == before and not window.store.answer(a.id, key).comment
    assert session.set_comment(key, "a short source note") is True  # what still fits is taken
