"""The assessment package: `export ID --package FILE.zip` carries the workbook, the
documents and a manifest with the SHA-256 of each; `import FILE.zip` takes it back whole (two
documents to a fresh database and back, byte for byte), and refuses a package that does not match
its manifest in one line, exit 2, nothing written."""
from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from capacity_app.cli import main
from capacity_app.exchange.workbook.package import MANIFEST, WORKBOOK, PackageError, PackageLimits, check_package
from capacity_app.services.assessments import open_store

LAW = b"%PDF-1.4\n% the statistics law\n" + bytes(range(256)) + b"\n%%EOF\n"
TABLE = "year;migrants;source\n2024;1 200;census \u00e9\u00e8\n".encode()


def run(db: Path, *args):
    return CliRunner().invoke(main, ["--db", str(db), *map(str, args)], catch_exceptions=False)


def digest(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(sorted(conn.iterdump())).encode("utf-8", "surrogatepass")).hexdigest()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Database A: an assessment with answers, an action and two documents on three targets; its
    package."""
    d = tmp_path_factory.mktemp("package")
    a = d / "a.sqlite3"
    run(a, "new", "--country", "KEN", "--round", "2026")
    run(a, "set", "1", "s2_need_a", "3", "--comment", "law of 2019")
    action = run(a, "actions", "add", "1", "--title", "Census questions").output.strip().split()[-1]
    (d / "Statistics law 2019.pdf").write_bytes(LAW)
    (d / "table.csv").write_bytes(TABLE)
    for target, f in (("s2_need_a", "Statistics law 2019.pdf"), ("s3_matrix.A.CEN", "table.csv"),
                      (f"action:{action}", "Statistics law 2019.pdf")):
        r = run(a, "attach", "1", target, d / f)
        assert r.exit_code == 0, r.output
    pkg = d / "kenya.zip"
    r = run(a, "export", "1", "--package", pkg)
    assert r.exit_code == 0, r.output
    return d, a, pkg


def _documents(db: Path) -> list[dict]:
    rows = json.loads(run(db, "documents", "1", "--json").output)
    return [{k: v for k, v in r.items() if k != "id"} for r in rows]


def test_the_package_lists_every_member_with_its_hash_manifest_first(exported):
    _, _, pkg = exported
    with zipfile.ZipFile(pkg) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read(MANIFEST))
        assert names[0] == MANIFEST and names[1] == WORKBOOK
        assert sorted(names[2:]) == sorted(f"documents/{hashlib.sha256(c).hexdigest()}.{e}"
                                           for c, e in ((LAW, "pdf"), (TABLE, "csv")))
        for m in manifest["members"]:
            content = zf.read(m["name"])
            assert (hashlib.sha256(content).hexdigest(), len(content)) == (m["sha256"], m["size"])
    assert [m["name"] for m in manifest["members"]] == names[1:]
    assert [(a["target"], a["name"]) for a in manifest["attachments"]][:2] == [
        ("s2_need_a", "Statistics law 2019.pdf"), ("s3_matrix.A.CEN", "table.csv")]


def test_round_trip_to_a_fresh_database_and_back_byte_for_byte(exported, tmp_path):
    d, a, pkg = exported
    b = tmp_path / "b.sqlite3"
    r = run(b, "import", pkg)
    assert r.exit_code == 0, r.output
    assert "documents: attached 3" in r.output and "created assessment 1" in r.output
    assert _documents(b) == _documents(a)
    answers = json.loads(run(b, "answers", "1", "--json").output)
    assert next(x for x in answers if x["item_id"] == "s2_need_a")["comment"] == "law of 2019"
    back = tmp_path / "back.zip"
    assert run(b, "export", "1", "--package", back).exit_code == 0
    with zipfile.ZipFile(pkg) as one, zipfile.ZipFile(back) as two:
        docs = [n for n in one.namelist() if n.startswith("documents/")]
        assert docs == [n for n in two.namelist() if n.startswith("documents/")]
        assert all(one.read(n) == two.read(n) for n in docs)
        assert {one.read(n) for n in docs} == {LAW, TABLE}
    # back into A: everything is there already, nothing added
    before = _documents(a)
    r = run(a, "import", back, "--yes")
    assert r.exit_code == 0, r.output
    assert "the 3 documents are attached already" in r.output
    assert _documents(a) == before
    # a document detached in B travels to nowhere; one attached in B is added in A
    (tmp_path / "note.txt").write_bytes(b"minutes of the meeting\n")
    run(b, "attach", "1", "s2_need_b", tmp_path / "note.txt")
    assert run(b, "export", "1", "--package", back).exit_code == 0
    r = run(a, "import", back, "--dry-run")
    assert "documents: 1 documents to attach (3 attached already) (would be attached)" in r.output
    assert len(_documents(a)) == 3
    r = run(a, "import", back, "--yes")
    assert r.exit_code == 0 and "documents: attached 1" in r.output, r.output
    assert [x["name"] for x in _documents(a)][-1] == "note.txt"


# --- tampered packages -------------------------------------------------------------------------

def _members(pkg: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(pkg) as zf:
        return [(n, zf.read(n)) for n in zf.namelist()]


def _rebuild(pkg: Path, out: Path, members: list[tuple[str, bytes]], *, link: str | None = None) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == link:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, content)
    return out


def _tampered(pkg: Path, out: Path, how: str) -> Path:
    members = _members(pkg)
    manifest = json.loads(members[0][1])
    doc = next(i for i, (n, _) in enumerate(members) if n.startswith("documents/"))
    if how == "hash mismatch":
        name, content = members[doc]
        members[doc] = (name, content[:-1] + bytes([content[-1] ^ 1]))
    elif how == "extra member":
        members.append(("documents/readme.txt", b"not listed"))
    elif how == "missing member":
        del members[doc]
    elif how == "path traversal":
        members.append(("../../evil.pdf", LAW))
        manifest["members"].append({"name": "../../evil.pdf", "sha256": hashlib.sha256(LAW).hexdigest(),
                                    "size": len(LAW)})
        members[0] = (MANIFEST, json.dumps(manifest).encode())
    elif how == "absolute path":
        members.append(("/tmp/evil.pdf", LAW))
    elif how == "link":
        return _rebuild(pkg, out, members[:doc] + [(members[doc][0], b"/etc/passwd")] + members[doc + 1:],
                        link=members[doc][0])
    elif how == "no manifest":
        members.pop(0)
    elif how == "manifest lies about a size":
        manifest["members"][1]["size"] += 1
        members[0] = (MANIFEST, json.dumps(manifest).encode())
    elif how == "zip bomb":
        bomb = b"\0" * (30 * 1024 * 1024)
        sha = hashlib.sha256(bomb).hexdigest()
        members.append((f"documents/{sha}.pdf", bomb))
        manifest["members"].append({"name": f"documents/{sha}.pdf", "sha256": sha, "size": len(bomb)})
        members[0] = (MANIFEST, json.dumps(manifest).encode())
    elif how == "attachment to an unknown question":
        manifest["attachments"][0]["target"] = "s9_nowhere"
        members[0] = (MANIFEST, json.dumps(manifest).encode())
    elif how == "attachment listed twice":
        manifest["attachments"].append(dict(manifest["attachments"][0]))
        members[0] = (MANIFEST, json.dumps(manifest).encode())
    elif how == "attachment's time not a time":
        manifest["attachments"][0]["at"] = "yesterday"
        members[0] = (MANIFEST, json.dumps(manifest).encode())
    elif how == "a name too long":
        manifest["attachments"][0]["name"] = "x" * 1200 + ".pdf"
        members[0] = (MANIFEST, json.dumps(manifest).encode())
    elif how == "a folder holding data":
        members.append(("documents/", b"data"))
    elif how == "an empty document":
        empty = hashlib.sha256(b"").hexdigest()
        members.append((f"documents/{empty}.pdf", b""))
        manifest["members"].append({"name": f"documents/{empty}.pdf", "sha256": empty, "size": 0})
        manifest["attachments"].append({**manifest["attachments"][0], "sha256": empty, "name": "empty.pdf"})
        members[0] = (MANIFEST, json.dumps(manifest).encode())
    elif how == "an empty file":
        out.write_bytes(b"")
        return out
    elif how == "not a zip":
        out.write_bytes(b"%PDF-1.4 renamed .zip")
        return out
    return _rebuild(pkg, out, members)


@pytest.mark.parametrize("how, fragment", [
    ("hash mismatch", "does not match the manifest (its SHA-256 differs)"),
    ("extra member", "member documents/readme.txt is not in the manifest"),
    ("missing member", "of the manifest is missing"),
    ("path traversal", "member '../../evil.pdf' is refused: a path with '..'"),
    ("absolute path", "member '/tmp/evil.pdf' is refused: an absolute path"),
    ("link", "is a link or a special file"),
    ("no manifest", "no manifest.json in the package (not an assessment package)"),
    ("manifest lies about a size", "does not match the manifest (size"),
    ("zip bomb", "possible zip bomb"),
    ("attachment to an unknown question", "attached to 's9_nowhere', which is not a question"),
    ("not a zip", "not an assessment package"),
    ("attachment listed twice", "attachment 'Statistics law 2019.pdf' to 's2_need_a' listed twice"),
    ("attachment's time not a time", "its time 'yesterday' is not a date and time"),
    ("a name too long", "an attachment's name is longer than 1000 characters"),
    ("a folder holding data", "member 'documents/' is a folder"),
    ("an empty file", "the file is empty"),
    ("an empty document", "is an empty document (a document attached is never empty)"),
])
def test_a_tampered_package_is_refused_whole(exported, tmp_path, how, fragment):
    d, a, pkg = exported
    bad = _tampered(pkg, tmp_path / "tampered.zip", how)
    # into the database it came from (an update) and into a fresh one: one line, exit 2, nothing written
    b = tmp_path / "b.sqlite3"
    run(b, "new", "--country", "SEN", "--round", "2026")
    late = how == "attachment to an unknown question"  # found after the workbook is read (in a process): once
    for db in (a,) if late else (a, b):
        before = digest(db)
        for extra in ((), ("--dry-run",)) if late else ((), ("--yes",), ("--dry-run",)):
            r = run(db, "import", bad, *extra)
            lines = [ln for ln in r.output.splitlines() if ln.strip() and not ln.startswith(str(bad))
                     and "answers, questionnaire" not in ln]
            assert r.exit_code == 2, (how, r.output)
            assert len(lines) == 1 and fragment in lines[0], (how, r.output)
        assert digest(db) == before


def test_a_package_zipped_again_with_its_folder_entry_and_stored_members_is_the_same(exported, tmp_path):
    """Unpacked and zipped again by a zip tool: the folder's own entry 'documents/' and members
    stored rather than deflated; the same content, taken as it is."""
    _, _, pkg = exported
    again = tmp_path / "again.zip"
    with zipfile.ZipFile(again, "w", zipfile.ZIP_STORED) as zf:
        for name, content in _members(pkg):
            if name == WORKBOOK:
                zf.writestr(zipfile.ZipInfo("documents/"), b"")
            zf.writestr(name, content)
    checked = check_package(again, tmp_path)
    assert {checked.content(sha) for sha in checked.documents} == {LAW, TABLE}
    # the package renamed .xlsx is still read as a package (by its content); a workbook renamed .zip is told
    from capacity_app.exchange.workbook.package import is_package

    renamed = tmp_path / "package.xlsx"
    renamed.write_bytes(pkg.read_bytes())
    assert is_package(renamed) and not is_package(tmp_path / "none.xlsx")
    book = tmp_path / "book.zip"
    book.write_bytes(checked.workbook.read_bytes())
    with pytest.raises(PackageError, match="an Excel workbook, not an assessment package"):
        check_package(book, tmp_path)
    assert not is_package(checked.workbook)
    # by name, as a zip tool may order them: the manifest after the documents
    by_name = _rebuild(pkg, tmp_path / "by-name.zip", sorted(_members(pkg)))
    assert zipfile.ZipFile(by_name).namelist()[0].startswith("documents/")
    assert {check_package(by_name, tmp_path).content(sha) for sha in checked.documents} == {LAW, TABLE}
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr(zipfile.ZipInfo("documents/"), b"")
    with pytest.raises(PackageError, match="the package is empty"):
        check_package(empty, tmp_path)


def test_a_hostile_workbook_in_a_package_is_refused_naming_the_package(exported, tmp_path):
    """A formula typed into the package's workbook (and its manifest made to match): refused as
    any workbook is, in one line that names the package and its workbook, not the private folder
    it was unpacked in."""
    import openpyxl

    d, a, pkg = exported
    members = _members(pkg)
    wb = openpyxl.load_workbook(io.BytesIO(dict(members)[WORKBOOK]))
    ws = wb["Answers"]
    next(r for r in ws.iter_rows(min_row=2) if r[1].value == "s2_need_a")[6].value = '=WEBSERVICE("http://x")'
    buf = io.BytesIO()
    wb.save(buf)
    book = buf.getvalue()
    manifest = json.loads(members[0][1])
    manifest["members"][0] = {"name": WORKBOOK, "sha256": hashlib.sha256(book).hexdigest(), "size": len(book)}
    bad = _rebuild(pkg, tmp_path / "formula.zip", [(MANIFEST, json.dumps(manifest).encode()), (WORKBOOK, book),
                                                   *members[2:]])
    before = digest(a)
    r = run(a, "import", bad, "--yes")
    lines = [ln for ln in r.output.splitlines() if ln.strip()]
    assert r.exit_code == 2 and len(lines) == 1, r.output
    assert lines[0].startswith(f"capacity-app: {bad} (workbook.xlsx): Answers!G") and "contains a formula" in lines[0]
    assert "capacity-app-package-" not in r.output
    assert digest(a) == before


def test_documents_into_a_final_assessment_only_with_reopen(exported, tmp_path):
    """A package whose workbook matches a final assessment but which carries a document missing
    there: refused, naming --reopen (the dry run says so); with --reopen the assessment is reopened and the
    document attached, in one transaction (it was refused even with --reopen)."""
    import shutil

    d, a, _ = exported
    db, src = tmp_path / "final.sqlite3", tmp_path / "source.sqlite3"
    shutil.copy(a, db)
    shutil.copy(a, src)
    assert run(src, "status", "1", "final").exit_code == 0
    pkg = tmp_path / "final.zip"
    assert run(src, "export", "1", "--package", pkg).exit_code == 0
    gone = next(x for x in json.loads(run(db, "documents", "1", "--json").output) if x["name"] == "table.csv")
    assert run(db, "detach", "1", gone["id"]).exit_code == 0
    assert run(db, "status", "1", "final").exit_code == 0
    before = digest(db)
    r = run(db, "import", pkg, "--dry-run")
    assert "documents: 1 documents to attach (" in r.output, r.output
    assert "attached already) (refused: the assessment is final; add --reopen" in r.output, r.output
    assert digest(db) == before
    r = run(db, "import", pkg, "--yes", "--reopen")
    assert r.exit_code == 0 and "reopened" in r.output and "documents: attached 1" in r.output, r.output
    assert run(db, "status", "1").output.strip() == "in_progress"
    assert _documents(db)[-1]["sha256"] == gone["sha256"]


def test_documents_that_cannot_be_attached_leave_no_assessment(exported, tmp_path, monkeypatch):
    """The workbook and the documents of a package in one transaction: a failure while the
    documents are attached (here the disk full) leaves the database as it was, no assessment
    without its evidence."""
    from capacity_app.storage.store import Store, WriteError

    _, _, pkg = exported
    b = tmp_path / "b.sqlite3"
    open_store(b).close()  # an empty database (a read command creates none)
    before = digest(b)

    def full(self, *args, **kwargs):
        raise WriteError(f"{self.path}: the disk is full", "disk_full")

    monkeypatch.setattr(Store, "attach_document", full)
    r = run(b, "import", pkg)
    assert r.exit_code == 2, r.output
    assert "disk is full" in r.output and "Traceback" not in r.output
    assert digest(b) == before
    monkeypatch.undo()
    assert run(b, "list").output.strip() == "no assessments"


def test_limits_of_the_check(tmp_path, exported):
    _, _, pkg = exported
    with pytest.raises(PackageError, match="too many members"):
        check_package(pkg, tmp_path, PackageLimits(max_members=3))
    with pytest.raises(PackageError, match="the limit is 0 MB"):
        check_package(pkg, tmp_path, PackageLimits(max_document=100))
    checked = check_package(pkg, tmp_path)
    assert checked.workbook.parent == tmp_path and checked.workbook.name == "kenya.xlsx"
    assert {checked.content(sha) for sha in checked.documents} == {LAW, TABLE}
    assert all(f.parent == tmp_path and f.name == sha for sha, f in checked.documents.items())
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w"):
        pass
    with pytest.raises(PackageError):
        check_package(empty, tmp_path)
    garbage = tmp_path / "manifest.zip"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(MANIFEST, b"[1, 2")
        zf.writestr(WORKBOOK, b"x")
    garbage.write_bytes(buf.getvalue())
    with pytest.raises(PackageError, match="manifest.json is not valid: not UTF-8 JSON"):
        check_package(garbage, tmp_path)


# --- the package's own round trip, over any names and contents ------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from capacity_app.domain.documents import MEDIA_TYPES, safe_name  # noqa: E402
from capacity_app.exchange.workbook.package import PackedAttachment, PackedDocument, write_package  # noqa: E402

_TARGETS = st.sampled_from(["s2_need_a", "s0_institutions.nso", "s3_matrix.A.CEN", "action:one", "s0_institutions"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(st.tuples(st.binary(min_size=1, max_size=2000), st.text(min_size=0, max_size=40),
                               st.sampled_from(sorted(MEDIA_TYPES)), _TARGETS,
                               st.text(max_size=30)), min_size=1, max_size=5,
                     unique_by=lambda doc: (doc[0], doc[3])))  # one attachment of a content to a target
def test_any_documents_come_back_as_they_went(tmp_path_factory, docs):
    d = tmp_path_factory.mktemp("roundtrip")
    workbook = d / "w.xlsx"
    workbook.write_bytes(b"PK\x03\x04 not read here")
    contents: dict[str, PackedDocument] = {}
    packed = []
    for content, name, ext, target, who in docs:
        sha = hashlib.sha256(content).hexdigest()
        name = safe_name(f"{name}.{ext}")
        contents.setdefault(sha, PackedDocument(name, sha, len(content), lambda c=content: c))
        packed.append(PackedAttachment(target, sha, name, MEDIA_TYPES[ext], who, "2026-03-01T10:00:00+00:00"))
    pkg = write_package(d / "p.zip", workbook, contents.values(), packed, {"uid": "u" * 32})
    back = check_package(pkg, d)
    assert {sha: back.content(sha) for sha in back.documents} == {sha: doc.read() for sha, doc in contents.items()}
    assert back.attachments == packed
    assert back.workbook.read_bytes() == workbook.read_bytes()


def test_a_damaged_stored_document_leaves_no_package(store, questionnaire, tmp_path):
    from capacity_app.services import assessments as svc
    from capacity_app.services.base import ServiceError
    from capacity_app.services.documents import attach_bytes
    from capacity_app.services.packages import export_package

    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    law = attach_bytes(store, a.id, "s2_need_a", "law.pdf", LAW).attachment
    store.db.execute("UPDATE documents SET content = ? WHERE sha256 = ?", [LAW[:-1] + b"!", law.sha256])
    out = tmp_path / "p.zip"
    with pytest.raises(ServiceError, match="law.pdf does not match its SHA-256"):
        export_package(store, a.id, out)
    assert not out.exists() and not list(tmp_path.glob(".p.zip.*"))


@pytest.mark.parametrize("how", ["hash mismatch", "extra member", "missing member", "path traversal", "absolute path",
                                 "link", "no manifest", "manifest lies about a size", "zip bomb", "not a zip",
                                 "a folder holding data", "an empty file", "an empty document"])
def test_a_tampered_package_is_refused_in_french_on_the_command_line(exported, tmp_path, how):
    """The same refusals with the command line in French: said from their entries, the package's
    name kept, no run of three English words left (before, most were English in every language)."""
    from test_refusals_said import _english_left

    d, a, pkg = exported
    bad = _tampered(pkg, tmp_path / "tampered.zip", how)
    english = run(a, "import", bad, "--dry-run").output
    runner = CliRunner()
    r = runner.invoke(main, ["--db", str(a), "import", str(bad), "--dry-run"], env={"CAPACITY_APP_LANG": "fr"})
    assert r.exit_code == 2, r.output
    line = next(ln for ln in r.output.splitlines() if "tampered.zip" in ln)
    first = next(ln for ln in english.splitlines() if "tampered.zip" in ln)
    assert line != first and _english_left(first.split("tampered.zip", 1)[1], line) == [], line
