"""Services.documents: a document attached to a question, a grid row, a matrix cell or
an action is stored once per content (SHA-256), listed, detached (its bytes gone with the last
attachment), copied privately for the viewer; kinds, sizes and names are bounded; a final
assessment refuses; one history row per write."""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from capacity_app.domain import documents as dd
from capacity_app.domain.plan.actions import Action
from capacity_app.services import assessments as svc
from capacity_app.services.plan.actions import add_action
from capacity_app.services.base import AssessmentFinal, ServiceError
from capacity_app.services.documents import attach_bytes, attach_file, detach, list_documents, viewing_copy
from capacity_app.services.team.signoff import sign_off

LAW = b"%PDF-1.4\n% statistics law\n%%EOF\n"
TABLE = b"year,migrants\n2024,1200\n"


@pytest.fixture
def aid(store, questionnaire):
    return svc.create_assessment(store, questionnaire, country="KEN", round=2026).id


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content)
    return p


def _document_rows(store) -> list[tuple]:
    return store.db.execute("SELECT sha256, size FROM documents ORDER BY sha256").fetchall()


def test_attach_dedup_list_detach(store, questionnaire, aid, tmp_path):
    store.operator = "B. Officer"
    law = _file(tmp_path, "Statistics law.pdf", LAW)
    before = len(store.history(aid))
    done = attach_file(store, questionnaire, aid, "s2_need_a", law)
    a = done.attachment
    assert a.sha256 == hashlib.sha256(LAW).hexdigest() and a.size == len(LAW) and a.name == "Statistics law.pdf"
    assert a.media_type == "application/pdf" and a.operator == "B. Officer" and a.at.endswith("+00:00")
    assert done.changes.documents and done.changes.keys == {"s2_need_a"} and not done.changes.answers
    # the same content to a grid row and a matrix cell (an answer key inside one names it): stored once
    attach_file(store, questionnaire, aid, "s0_institutions.nso.interviewed", law)
    attach_file(store, questionnaire, aid, "s3_matrix.A.CEN", _file(tmp_path, "copy.pdf", LAW))
    attach_file(store, questionnaire, aid, "s3_matrix.A.CEN", _file(tmp_path, "table.csv", TABLE))
    assert len(_document_rows(store)) == 2
    rows = list_documents(store, aid)
    assert [(r.target, r.name) for r in rows] == [
        ("s2_need_a", "Statistics law.pdf"), ("s0_institutions.nso", "Statistics law.pdf"),
        ("s3_matrix.A.CEN", "copy.pdf"), ("s3_matrix.A.CEN", "table.csv")]
    assert [r.name for r in list_documents(store, aid, "s3_matrix.A.CEN")] == ["copy.pdf", "table.csv"]
    assert store.documents_size(aid) == len(LAW) + len(TABLE)
    hist = [h for h in store.history(aid) if h["field"] == "document"]
    assert len(store.history(aid)) - before == 4 == len(hist)
    # apart from the answers' own rows: attaching changes no answer (an import's "changed here")
    assert {h["key"] for h in hist} == {"document:s2_need_a", "document:s0_institutions.nso", "document:s3_matrix.A.CEN"}
    # the same content twice on one target: refused, nothing written
    with pytest.raises(ServiceError, match="already attached to s2_need_a"):
        attach_file(store, questionnaire, aid, "s2_need_a", law)
    # detach by id, then by hash prefix: the bytes go with the last attachment naming them
    detach(store, aid, rows[0].id)
    assert len(_document_rows(store)) == 2
    detach(store, aid, rows[1].id)
    gone = detach(store, aid, LAW_HASH[:10])
    assert gone.attachment.target == "s3_matrix.A.CEN" and gone.changes.documents
    assert _document_rows(store) == [(hashlib.sha256(TABLE).hexdigest(), len(TABLE))]
    assert [h["old"]["name"] for h in store.history(aid) if h["field"] == "document" and h["new"] is None] == [
        "copy.pdf", "Statistics law.pdf", "Statistics law.pdf"]
    with pytest.raises(ServiceError, match="has no attachment 999"):
        detach(store, aid, 999)


LAW_HASH = hashlib.sha256(LAW).hexdigest()


def test_targets_actions_and_refusals(store, questionnaire, aid, tmp_path):
    law = _file(tmp_path, "law.pdf", LAW)
    action = add_action(store, questionnaire, aid, Action(id="census-questions", title="Census questions")).action
    done = attach_file(store, questionnaire, aid, f"action:{action.id}", law)
    assert done.attachment.target == f"action:{action.id}"
    assert attach_file(store, questionnaire, aid, "s0_institutions", law).attachment.target == "s0_institutions"
    for item, message in [("action:nope", "has no such action"), ("s0_institutions.nowhere", "unknown item id"),
                          ("s3_matrix", "attach to a matrix cell"), ("nope", "unknown item id")]:
        with pytest.raises(ServiceError, match=message):
            attach_file(store, questionnaire, aid, item, law)
    with pytest.raises(ServiceError, match=r"^s{77}\.\.\.: unknown item id") as refused:  # a pasted page: cut
        attach_file(store, questionnaire, aid, "s" * 5000, law)
    assert len(str(refused.value)) < 200
    with pytest.raises(ServiceError, match="no such file"):
        attach_file(store, questionnaire, aid, "s2_need_a", tmp_path / "missing.pdf")
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(ServiceError, match="not a regular file"):
        attach_file(store, questionnaire, aid, "s2_need_a", tmp_path / "folder.pdf")
    assert len(list_documents(store, aid)) == 2


@pytest.mark.parametrize("name, problem", [
    ("run.exe", ".exe files cannot be attached"),
    ("report.pdf.bat", ".bat files cannot be attached"),
    ("README", "without an extension cannot be attached"),
    ("photo\u202egnp.exe", ".exe files cannot be attached"),  # shows as photoexe.png in a window
])
def test_kinds_are_refused_by_extension(store, questionnaire, aid, tmp_path, name, problem):
    with pytest.raises(ServiceError, match=problem):
        attach_file(store, questionnaire, aid, "s2_need_a", _file(tmp_path, name, LAW))
    assert _document_rows(store) == []


@pytest.mark.parametrize("given, stored", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("C:\\Windows\\system32\\CON.txt", "_CON.txt"),
    ("nul.pdf", "_nul.pdf"),
    ("  .hidden report .pdf", "hidden report.pdf"),
    ("tab\there\x1b[31m.csv", "tab here[31m.csv"),
    ("a\u202eb\u200bc\u2066.pdf", "abc.pdf"),
    ("x" * 500 + ".docx", "x" * (dd.MAX_NAME - 5) + ".docx"),
    ("Bericht:2024?.PDF", "Bericht_2024_.pdf"),
])
def test_names_are_sanitised(store, aid, given, stored):
    a = attach_bytes(store, aid, "s2_need_a", given, LAW + given.encode("utf-8", "surrogatepass")).attachment
    assert a.name == stored and len(a.name) <= dd.MAX_NAME
    assert a.media_type == dd.MEDIA_TYPES[dd.extension(stored)]


def test_size_limits(store, questionnaire, aid, tmp_path, monkeypatch):
    with pytest.raises(ServiceError, match="the file is empty"):
        attach_file(store, questionnaire, aid, "s2_need_a", _file(tmp_path, "empty.pdf", b""))
    big = tmp_path / "big.pdf"
    with open(big, "wb") as fh:  # sparse: its size is refused before a byte is read
        fh.truncate(dd.MAX_DOCUMENT + 1)
    with pytest.raises(ServiceError, match="the limit is 25 MB per document"):
        attach_file(store, questionnaire, aid, "s2_need_a", big)
    # the assessment's limit (made small here): distinct contents add up, a second attachment of
    # one content costs nothing
    monkeypatch.setattr(dd, "MAX_PER_ASSESSMENT", 2 * len(LAW) + 1)
    attach_bytes(store, aid, "s2_need_a", "a.pdf", LAW)
    attach_bytes(store, aid, "s2_need_b", "a.pdf", LAW)
    attach_bytes(store, aid, "s2_need_b", "b.pdf", LAW + b"1")
    with pytest.raises(ServiceError, match="per assessment"):
        attach_bytes(store, aid, "s2_need_a", "c.pdf", LAW + b"2")
    assert len(_document_rows(store)) == 2


def test_the_database_itself_is_never_attached(store, questionnaire, aid, tmp_path):
    """The database, its -wal file or a backup, reached by a link named like a document: refused
    in one line (it holds every assessment of the machine), nothing attached."""
    backup = store.backup("manual")
    (tmp_path / "wal.pdf").symlink_to(Path(str(store.path) + "-wal"))
    os.link(store.path, tmp_path / "hard.pdf")
    for link, what in ((tmp_path / "db.pdf", "the database or one of its files"),
                       (tmp_path / "wal.pdf", "the database or one of its files"),
                       (tmp_path / "hard.pdf", "the database or one of its files"),
                       (tmp_path / "backup.pdf", "a backup of the database")):
        if not link.exists() and not link.is_symlink():
            link.symlink_to(store.path if link.name == "db.pdf" else backup)
        with pytest.raises(ServiceError, match=f"^{link.name}: is {what}; it is never attached"):
            attach_file(store, questionnaire, aid, "s2_need_a", link)
    assert list_documents(store, aid) == []


def test_a_final_assessment_refuses_attaching_and_detaching(store, questionnaire, aid, tmp_path, fill_to_validate):
    fill_to_validate(store, aid)
    law = _file(tmp_path, "law.pdf", LAW)
    kept = attach_file(store, questionnaire, aid, "s2_need_a", law).attachment
    sign_off(store, aid, name="Dr A. Mensah", position="Director-General", institution="KNBS", date="2026-06-12")
    rows = len(store.history(aid))
    with pytest.raises(AssessmentFinal, match="is final: reopen it"):
        attach_file(store, questionnaire, aid, "s2_need_b", law)
    with pytest.raises(AssessmentFinal, match="is final: reopen it"):
        detach(store, aid, kept.id)
    assert len(store.history(aid)) == rows and list_documents(store, aid) == [kept]
    assert viewing_copy(store, aid, kept.id).read_bytes() == LAW  # reading stays allowed


def test_viewing_copy_is_private_and_read_only(store, aid):
    a = attach_bytes(store, aid, "s2_need_a", "law.pdf", LAW).attachment
    out = viewing_copy(store, aid, a.id)
    try:
        assert out.name == "law.pdf" and out.read_bytes() == LAW
        if os.name == "posix":
            assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
            assert stat.S_IMODE(out.stat().st_mode) == 0o400
        # damaged bytes in the database are never handed to a viewer
        store.db.execute("UPDATE documents SET content = ? WHERE sha256 = ?", [LAW.replace(b"law", b"LAW"), a.sha256])
        with pytest.raises(ServiceError, match="does not match its SHA-256"):
            viewing_copy(store, aid, a.id)
    finally:
        os.chmod(out, 0o600)
        shutil.rmtree(out.parent)


def test_fixture_v008_documents_survive_opening(tmp_path):
    """The schema v8 fixture (tests/storage/fixtures) opened by the application keeps its
    attachments, its one copy of a content attached twice and the bytes under their hash."""
    import json

    from capacity_app.services.assessments import open_store

    fixtures = Path(__file__).resolve().parents[1] / "storage" / "fixtures"
    src = fixtures / "schema-v008-m008_documents.sqlite3"
    expected = json.loads(src.with_suffix(".json").read_text(encoding="utf-8"))["documents"]
    db = tmp_path / src.name
    shutil.copyfile(src, db)
    with open_store(db) as store:
        a = store.find_assessment("fixture0000000000000000000000001")
        rows = store.attachments(a.id)
        assert [{"target": r.target, "name": r.name, "sha256": r.sha256, "size": r.size, "media_type": r.media_type}
                for r in rows] == expected
        for r in rows:
            assert hashlib.sha256(store.document_content(r.sha256)).hexdigest() == r.sha256
        assert len(_document_rows(store)) == 3


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
@example("0.A.")   # a trailing dot after an extension: read as the extension the second time
@example("report.PDF. .")
def test_a_safe_name_is_short_and_stays_as_it_is(name):
    """Any name becomes one a file system takes and that sanitising again leaves as it is (a name
    travels through a package and is sanitised again on import)."""
    safe = dd.safe_name(name)
    assert 0 < len(safe) <= dd.MAX_NAME and dd.safe_name(safe) == safe
    assert not any(c in safe for c in '/\\<>:"|?*\x00\u202e\u2066') and safe.strip(". ") == safe
