"""Whatever the services accept can be exported and imported again: each text within
its own limit, an assessment filled with them made a workbook no import could read (the long
soak: a 73 MB Answers sheet). The services refuse, at entry and in one line naming the limit, the
text that would take the assessment over what a workbook carries (domain.celltext.
WORKBOOK_TEXT_MAX), on every path: an answer, a comment, evidence, an action, a review note, an
import; a write that takes text away is never refused by it. Filled to the limit with the text
that costs a workbook most (non-Latin scripts written as character references, XML's & < >),
the assessment exports and imports again, the same."""
from __future__ import annotations

from dataclasses import replace

import pytest

from capacity_app.domain.answers import Answer
from capacity_app.domain.status import EMPTY

from capacity_app.domain.celltext import WORKBOOK_TEXT_MAX, workbook_bytes
from capacity_app.services import assessments as svc
from capacity_app.services.plan.actions import add_action
from capacity_app.services.exchange import export_workbook
from capacity_app.services.imports import apply_import, read_untrusted
from capacity_app.services.team.reviews import set_review

# 20,000 characters (TEXT_MAX) of what a ministry's name and a note hold, in the scripts that cost
# most: "内" is "&#20869;" in the sheet's XML, "🌍" "&#127757;", "&" "&amp;"
COSTLY = ("&<>ministère 内政部 وزارة 🌍 " * 1000)[:20000]


def _fill(store, q, aid) -> tuple[int, str]:
    """Comments of COSTLY on every key until the services refuse one: (how many, the refusal)."""
    n = 0
    for key, _f, _p in q.all_keys():
        try:
            svc.set_comment(store, q, aid, key, COSTLY)
        except svc.ServiceError as exc:
            return n, str(exc)
        n += 1
    raise AssertionError("the whole questionnaire took the text: no limit met")


@pytest.mark.slow
def test_filled_to_the_limit_it_exports_and_imports_again(store, questionnaire, tmp_path):
    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    n, refusal = _fill(store, q, a.id)
    assert n * workbook_bytes(COSTLY) > WORKBOOK_TEXT_MAX - workbook_bytes(COSTLY)  # filled, not stopped early
    assert "\n" not in refusal and "16 MB" in refusal and "more than a workbook carries" in refusal
    assert store.text_bytes(a.id) <= WORKBOOK_TEXT_MAX
    # topped up with shorter comments, to within a few hundred bytes of the limit
    keys = [k for k, _f, _p in q.all_keys()]
    spare = iter(k for k in keys if not store.answer(a.id, k).comment)
    for size in (5000, 1000, 200, 40):
        while True:
            try:
                svc.set_comment(store, q, a.id, next(spare), COSTLY[:size])
            except svc.ServiceError:
                break
    assert WORKBOOK_TEXT_MAX - store.text_bytes(a.id) < workbook_bytes(COSTLY[:40])
    # every other path that adds text is refused the same way, nothing written
    free = next(spare)
    before = store.revision(a.id)
    for write in (lambda: svc.add_evidence(store, q, a.id, free, "document", COSTLY[:4000]),
                  lambda: svc.record_text(store, q, a.id, "s0_lead_institution", COSTLY[:500] + "x"),
                  lambda: add_action(store, q, a.id, title="An action", resources=COSTLY[:4000]),
                  lambda: set_review(store, q, a.id, free, "follow_up", note=COSTLY[:4000])):
        with pytest.raises(svc.ServiceError, match="more than a workbook carries"):
            write()
    assert store.revision(a.id) == before
    # taking text away is never refused; then a little more fits again
    svc.set_comment(store, q, a.id, keys[0], "shorter")
    svc.add_evidence(store, q, a.id, free, "url", "https://example.org/census-2020")
    # the export at the limit imports again, the same
    book = export_workbook(store, a.id, tmp_path / "full.xlsx")
    other = svc.open_store(tmp_path / "other.sqlite3")
    try:
        imported = apply_import(other, read_untrusted(book, q), q)
        mine, theirs = store.answers(a.id), other.answers(imported.assessment.id)
        assert {k: (x.comment, x.evidence and [(e.kind, e.text) for e in x.evidence]) for k, x in mine.items()} == \
            {k: (x.comment, x.evidence and [(e.kind, e.text) for e in x.evidence]) for k, x in theirs.items()}
        # an import that would take the assessment over the limit is refused whole, nothing written
        plan = read_untrusted(book, q)
        more = [k for k in keys if not store.answer(a.id, k).comment and k != free][:2]
        grown = replace(plan, answers=[*plan.answers, *(Answer(k, None, EMPTY, COSTLY, ()) for k in more)])
        before = store.revision(a.id)
        with pytest.raises(svc.ServiceError, match="full.xlsx: nothing imported: the assessment would hold"):
            apply_import(store, grown, q, overwrite=True)
        assert store.revision(a.id) == before and not store.answer(a.id, more[0]).comment
    finally:
        other.close()


def test_a_text_within_its_limit_is_refused_when_the_assessment_is_full(store, questionnaire):
    """Fast: an assessment near the limit (its text set in the store, as a database a previous
    version wrote may hold) takes no more text from any service, and still takes less."""
    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    keys = [k for k, _f, _p in q.all_keys()]
    per = workbook_bytes(COSTLY)
    for key in keys[: WORKBOOK_TEXT_MAX // per]:
        store.set_comment(a.id, key, COSTLY)  # below the services: filled at once
    left = WORKBOOK_TEXT_MAX - store.text_bytes(a.id)
    assert 0 <= left < per
    key = keys[WORKBOOK_TEXT_MAX // per + 1]
    with pytest.raises(svc.ServiceError) as refused:
        svc.set_comment(store, q, a.id, key, COSTLY)
    assert str(refused.value).startswith("the assessment would hold 16.0 MB of text")
    svc.set_comment(store, q, a.id, key, "x" * min(left, 100))  # what still fits is taken
    svc.set_comment(store, q, a.id, keys[0], "")  # and text taken away
    assert store.text_bytes(a.id) < WORKBOOK_TEXT_MAX - per + 100


def test_accepting_an_institutions_reply_keeps_the_assessment_exportable(store, questionnaire):
    """A reply's texts become the answers when accepted (services.proposals): refused whole
    when they would take the assessment over what a workbook carries, the proposals still open."""
    from capacity_app.domain.institutions.proposals import NewProposal
    from capacity_app.services.institutions import proposals

    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    keys = [k for k, _f, _p in q.all_keys()]
    per = workbook_bytes(COSTLY)
    for key in keys[: WORKBOOK_TEXT_MAX // per]:
        store.set_comment(a.id, key, COSTLY)
    rest = keys[WORKBOOK_TEXT_MAX // per:]
    sent = [NewProposal(k, "nso", "answered", COSTLY) for k in rest
            if q.resolve_key(k) is not None and q.resolve_key(k)[1].type == "text"][:2]
    assert len(sent) == 2
    received = proposals.add_proposals(store, q, a.id, sent, "reply.xlsx")
    before = store.revision(a.id)
    with pytest.raises(svc.ServiceError, match="more than a workbook carries"):
        proposals.accept_institution(store, q, a.id, "nso")
    assert store.revision(a.id) == before
    assert len(proposals.list_proposals(store, a.id, state="open")) == len(received.ids)


def test_proposals_accepted_in_bulk_keep_the_report_within_its_budget_and_the_workbook_exportable(
        store, questionnaire, tmp_path):
    """A submissions export of long texts from several institutions, every proposal
    accepted in bulk (an institution at a time, all or none): what is accepted stays within what a
    workbook carries (it exports and reads back), and the report prints at most its budget of the
    users' text (reports/budget.REPORT_CHARS), however many long answers and comments arrived."""
    from dataclasses import asdict

    from capacity_app.domain.institutions.proposals import NewProposal
    from capacity_app.reports.budget import REPORT_CHARS
    from capacity_app.services.institutions import proposals
    from capacity_app.services.reports import build_report_context

    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    texts = [k for k, _f, _p in q.all_keys() if q.resolve_key(k) is not None and q.resolve_key(k)[1].type == "text"]
    institutions = ("nso", "interior")
    accepted, refused = 0, 0
    for n, inst in enumerate(institutions):
        mine = texts[n::len(institutions)]
        sent = [NewProposal(k, inst, "answered", COSTLY, comment=COSTLY, respondent="R. " + inst) for k in mine]
        proposals.add_proposals(store, q, a.id, sent, f"capacity_{a.id}_{inst}.zip (ODK Central export)")
        try:
            accepted += len(proposals.accept_institution(store, q, a.id, inst).ids)
        except svc.ServiceError as exc:  # all or none: over what a workbook carries
            assert "more than a workbook carries" in str(exc) and "\n" not in str(exc)
            refused += 1
    assert accepted * 2 * len(COSTLY) > 5 * REPORT_CHARS  # far more text than the report prints
    assert store.text_bytes(a.id) <= WORKBOOK_TEXT_MAX
    book = export_workbook(store, a.id, tmp_path / "bulk.xlsx")
    assert len(read_untrusted(book, q).answers) >= accepted
    ctx = build_report_context(store, q, a.id, "en")
    printed = str(asdict(ctx)).count("ministère") * len(COSTLY) / COSTLY.count("ministère")
    assert printed <= REPORT_CHARS * 1.02, printed
