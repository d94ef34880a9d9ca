"""An answer's versions read back from the history (services/provenance.py, the team merge)
when several writes fall in the same second: the stamps have a second's resolution, and
on a busy machine an export and the next change often share it."""
from capacity_app.domain.answers import Answer, Evidence
from capacity_app.exchange.workbook.format import row_check
from capacity_app.services.provenance import provenances
from capacity_app.storage import store as store_module


def test_writes_in_the_same_second_stay_separate_versions(store, questionnaire, monkeypatch):
    from capacity_app.services.assessments import create_assessment

    a = create_assessment(store, questionnaire, country="KEN", round=2026)
    monkeypatch.setattr(store_module, "now_iso", lambda: "2026-11-24T06:33:29+00:00")
    key = "s2_policy_note"
    store.save_answer(a.id, key, "answered", "first", comment="a comment")
    store.add_evidence(a.id, key, "document", "the law")
    exported = row_check(Answer(key, "first", "answered", "a comment", (Evidence("document", "the law"),)))
    assert provenances(store, a.id)[key].check == exported  # the version a workbook would carry
    store.save_answer(a.id, key, "answered", "second")  # the same second: a new version all the same
    p = provenances(store, a.id)[key]
    assert p.check != exported and p.descends_from(exported), p  # (it read as a conflict)
    assert p.earlier[-1] == row_check(Answer(key, None, "empty", "", ()))  # before any answer
