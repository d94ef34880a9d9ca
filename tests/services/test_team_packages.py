"""Two laptops and a supervisor over assessment packages: an answer's comment changed on
both sides is a conflict that can keep both (merged, each part with its author and time), once
settled it does not come back on a later import, and "take theirs for all" never empties an
answer the colleague's workbook simply did not have."""
from __future__ import annotations

import pytest

from capacity_app.services import assessments as svc
from capacity_app.services.demo import create_demo
from capacity_app.services.imports import apply_import, conflicts, diff_import
from capacity_app.services.packages import documents_with_import, export_package, plan_documents, read_package


def _db(path, operator):
    store = svc.open_store(path, backup_dir=path.parent / f"{path.stem}-backups")
    store.operator = operator
    return store


def _import(store, q, path, **kw):
    read = read_package(path, q)
    try:
        docs = plan_documents(store, q, read.package, read.plan)
        return apply_import(store, read.plan, q, then=documents_with_import(read.package, docs), **kw)
    finally:
        read.close()


def _diffs(store, q, path):
    read = read_package(path, q)
    try:
        return diff_import(store, read.plan, q)
    finally:
        read.close()


@pytest.fixture(scope="module")
def _split_once(tmp_path_factory):
    """The two laptops' databases, made once for the module (each test opens copies of them):
    the supervisor's (the demo, s2_need_a left unanswered before the split) and officer
    Wanjiru's, made from the supervisor's package."""
    q = svc.questionnaire_for()
    folder = tmp_path_factory.mktemp("laptops")
    sup = _db(folder / "supervisor.sqlite3", "Supervisor Kamau")
    officer = _db(folder / "officer.sqlite3", "Officer Wanjiru")
    try:
        aid = create_demo(sup).id
        svc.record_answer(sup, q, aid, "s2_need_a", status="empty")
        base = export_package(sup, aid, folder / "base.zip")
        oid = _import(officer, q, base).assessment.id
    finally:
        sup.close()
        officer.close()
    return folder, aid, oid


@pytest.fixture
def laptops(_split_once, tmp_path):
    """This test's copies of the two laptops: (supervisor's store, its assessment id, officer's
    store, the officer's assessment id)."""
    import shutil

    folder, aid, oid = _split_once
    for name in ("supervisor.sqlite3", "officer.sqlite3"):
        shutil.copyfile(folder / name, tmp_path / name)
    sup = _db(tmp_path / "supervisor.sqlite3", "Supervisor Kamau")
    officer = _db(tmp_path / "officer.sqlite3", "Officer Wanjiru")
    yield sup, aid, officer, oid
    sup.close()
    officer.close()


def test_a_comment_conflict_kept_both_ways(laptops, questionnaire, tmp_path):
    q = questionnaire
    sup, aid, officer, oid = laptops
    svc.record_answer(officer, q, oid, "s2_policy", "partly", comment="Cabinet approval expected in July (ministry).")
    svc.record_answer(sup, q, aid, "s2_policy", "partly", comment="The strategy has no budget line yet.")
    sent = export_package(officer, oid, tmp_path / "officer.zip")
    [clash] = conflicts(_diffs(sup, q, sent))
    assert clash.key == "s2_policy" and clash.what == "comment"
    _import(sup, q, sent, both=frozenset({"s2_policy"}))
    merged = sup.answer(aid, "s2_policy").comment
    assert "The strategy has no budget line yet." in merged and "Cabinet approval expected in July" in merged
    assert "Supervisor Kamau" in merged and "Officer Wanjiru" in merged
    # settled: the same package again shows nothing about it, neither a conflict nor "changed here"
    assert [d for d in _diffs(sup, q, sent) if d.key == "s2_policy"] == []
    # the other way: the officer takes the supervisor's package and gets the merged comment, no conflict
    back = export_package(sup, aid, tmp_path / "supervisor.zip")
    diffs = [d for d in _diffs(officer, q, back) if d.key == "s2_policy"]
    assert diffs and not conflicts(diffs) and not any(d.newer_here for d in diffs)
    _import(officer, q, back)
    assert officer.answer(oid, "s2_policy").comment == merged
    assert [d for d in _diffs(officer, q, back) if d.key == "s2_policy"] == []


def test_evidence_kept_both_is_the_union(laptops, questionnaire, tmp_path):
    q = questionnaire
    sup, aid, officer, oid = laptops
    officer.add_evidence(oid, "s2_bodies", "note", "Met the diaspora office on Tuesday")
    svc.record_answer(sup, q, aid, "s2_bodies", ["interior", "foreign"])
    svc.record_answer(officer, q, oid, "s2_bodies", ["interior", "foreign", "labour"])
    sup.add_evidence(aid, "s2_bodies", "url", "https://example.org/decree")
    sent = export_package(officer, oid, tmp_path / "officer.zip")
    assert [c.key for c in conflicts(_diffs(sup, q, sent))] == ["s2_bodies"]
    _import(sup, q, sent, both=frozenset({"s2_bodies"}))
    got = sup.answer(aid, "s2_bodies")
    texts = [e.text for e in got.evidence]
    assert "Met the diaspora office on Tuesday" in texts and "https://example.org/decree" in texts
    assert got.value == ["interior", "foreign"]  # the value is this laptop's: only comment and evidence merge


def test_take_theirs_for_all_never_empties_what_the_workbook_did_not_have(laptops, questionnaire, tmp_path):
    q = questionnaire
    sup, aid, officer, oid = laptops
    svc.record_answer(sup, q, aid, "s2_need_a", 2)  # only the supervisor answered it, after the split
    svc.record_answer(officer, q, oid, "s2_need_b", 1)
    sent = export_package(officer, oid, tmp_path / "officer.zip")
    _import(sup, q, sent, overwrite=True)  # "Use the workbook's values for all"
    assert sup.answer(aid, "s2_need_a").value == 2 and sup.answer(aid, "s2_need_b").value == 1


def test_a_conflict_settled_ours_does_not_come_back(laptops, questionnaire, tmp_path):
    """A conflict settled here (this laptop's kept) came back as "changed here" on every
    later import of the same package."""
    q = questionnaire
    sup, aid, officer, oid = laptops
    svc.record_answer(officer, q, oid, "s2_need_c", 1)
    svc.record_answer(sup, q, aid, "s2_need_c", 3)
    sent = export_package(officer, oid, tmp_path / "officer.zip")
    assert [c.key for c in conflicts(_diffs(sup, q, sent))] == ["s2_need_c"]
    _import(sup, q, sent)  # ours kept
    assert sup.answer(aid, "s2_need_c").value == 3
    assert [d for d in _diffs(sup, q, sent) if d.key == "s2_need_c"] == []
