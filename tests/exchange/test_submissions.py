"""ODK Central and KoboToolbox submissions exports imported as proposals: synthetic exports
laid out as the platforms write them (submissions_export.py) of the forms the application writes;
every value a proposal credited to its institution and respondent, no answer changed; hostile and
careless exports refused in one line with nothing stored."""
from __future__ import annotations

import io
import random
import zipfile

import pytest

from exchange_helpers import make_store
from submissions_export import expected_values, kobo_csv, kobo_xlsx, odk_zip, submission_for

from capacity_app.services.assessments import questionnaire_for
from capacity_app.services.base import ServiceError
from capacity_app.services.institutions.proposals import accept, conflicts, list_proposals
from capacity_app.services.institutions.submissions import import_submissions
from capacity_app.services.institutions.xlsform import build

WHO = {"respondent": "Amina Diallo", "position": "Director of statistics"}


@pytest.fixture
def demo(demo_db, tmp_path):
    """(store, the demo assessment, its questionnaire): this test's copy of the session's demo."""
    import shutil

    made, aid = demo_db
    shutil.copyfile(made, tmp_path / "demo.sqlite3")
    store = make_store(tmp_path / "demo.sqlite3")
    a = store.assessment(aid)
    yield store, a, questionnaire_for(a)
    store.close()


def _normal(q, key, v):
    fld = q.resolve_key(key)[1]
    if fld.type == "select_multiple":
        return [c for c in fld.choice_codes if c in v]
    return v


def _zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, text in files.items():
            z.writestr(n, text.encode("utf-8") if isinstance(text, str) else text)
    return out.getvalue()


def test_odk_export_of_an_institution_becomes_its_proposals(demo, tmp_path):
    """Interior's form (its S1 rows, the S6C registers, its matrix cells, two S11 questions)
    answered once on ODK Central: each value not already the answer is a proposal credited to
    interior and its respondent; no answer changes; accepting one records it with its provenance."""
    store, a, q = demo
    form = build(store, a.id, institution="interior")
    sub = submission_for(q, form, random.Random(3), **WHO)
    data, _ = odk_zip(form, [sub])
    path = tmp_path / "interior.zip"
    path.write_bytes(data)
    before = store.answers(a.id)
    result = import_submissions(store, path)
    assert result.plan.platform == "ODK Central" and result.warnings == []
    expected = {k: _normal(q, k, v) for k, v in expected_values(q, sub).items()}
    stored = {p.key: p for p in list_proposals(store, a.id)}
    assert result.stored == len(stored) == len(expected) - result.same_as_answer > 200
    for key, p in stored.items():
        assert p.value == expected[key], key
        assert (p.institution, p.respondent) == ("interior", "Amina Diallo, Director of statistics")
        assert "interior.zip (ODK Central export, form version 1.3.0-" in p.source
    assert {k for k in expected if k not in stored} == {k for k, v in expected.items()
                                                        if before.get(k) and before[k].value == v}
    assert store.answers(a.id) == before  # nothing changes an answer
    assert any(k.startswith("s6c_registers.") for k in stored) and any(k.startswith("s3_matrix.") for k in stored)
    # accepting one: the answer, and whose value it was in the history
    key = next(k for k in stored if k.startswith("s6c_registers."))
    accept(store, q, a.id, stored[key].id)
    assert store.answers(a.id)[key].value == expected[key]
    rows = [h for h in store.history(a.id, key=key) if h["field"] == "proposal"]  # newest first
    assert rows and rows[0]["new"]["state"] == "accepted"
    assert "interior" in str(rows[0]["new"]) and "Amina Diallo" in str(rows[0]["new"])
    # the same export again: nothing new
    again = import_submissions(store, path)
    assert again.stored == 0


def test_kobo_xlsx_of_the_whole_form_credits_each_institution(demo, tmp_path):
    """The whole questionnaire's form answered twice on KoboToolbox, by the statistics office and
    by the interior: two institutions' proposals, their differences side by side."""
    store, a, q = demo
    form = build(store, a.id)
    subs = [submission_for(q, form, random.Random(seed), institution=inst, respondent=f"R {inst}", position="")
            for seed, inst in ((1, "nso"), (2, "interior"))]
    path = kobo_xlsx(form, subs, tmp_path / "kobo.xlsx")
    result = import_submissions(store, path)
    assert result.plan.platform == "KoboToolbox"
    counts = result.by_institution()
    assert set(counts) == {"nso", "interior"} and min(counts.values()) > 300
    clashes = conflicts(store, a.id)
    assert clashes and all({p.institution for p in ps} == {"nso", "interior"} for ps in clashes.values())
    p = next(p for p in list_proposals(store, a.id) if p.institution == "nso")
    assert p.respondent == "R nso"


def test_kobo_csv_has_no_grids_and_says_so(demo, tmp_path):
    store, a, q = demo
    form = build(store, a.id, institution="interior")
    sub = submission_for(q, form, random.Random(5), **WHO)
    path = tmp_path / "kobo.csv"
    path.write_bytes(kobo_csv(form, [sub]))
    result = import_submissions(store, path, dry_run=True)
    assert "repeat groups" in result.warnings[0]
    assert all("." not in p.key for p in result.proposals)
    assert list_proposals(store, a.id) == []  # dry run


def test_a_rejected_submission_is_left_out(demo, tmp_path):
    store, a, q = demo
    form = build(store, a.id, institution="foreign")
    subs = [submission_for(q, form, random.Random(s), **WHO) for s in (1, 2)]
    data, _ = odk_zip(form, subs, review={0: "rejected"})
    (tmp_path / "f.zip").write_bytes(data)
    result = import_submissions(store, tmp_path / "f.zip", dry_run=True)
    assert len(result.plan.submissions) == 1 and "rejected on ODK Central" in result.warnings[0]


def test_an_exchange_workbook_is_not_a_submissions_export(demo, tmp_path):
    from capacity_app.services.exchange import export_workbook

    store, a, _ = demo
    out = export_workbook(store, a.id, tmp_path / "w.xlsx")
    assert import_submissions(store, out) is None


# --- hostile and careless exports ------------------------------------------------------------------

def _odk_files(store, a, q, institution="interior", seed=4):
    form = build(store, a.id, institution=institution)
    sub = submission_for(q, form, random.Random(seed), **WHO)
    return form, odk_zip(form, [sub])[1]


def _replace_column(text, column, value, row=1):
    import csv

    rows = list(csv.reader(io.StringIO(text)))
    i = rows[0].index(column)
    rows[row][i] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _root(form):
    return f"{form.form_id}.csv"


def _as_made(text):
    """The root CSV with each row's identity check made again from its identity columns: a form
    really made so (an old form, another assessment's), not one edited after it was made."""
    import csv

    from capacity_app.exchange.institutions.xlsform import identity_check

    rows = list(csv.reader(io.StringIO(text)))
    col = {h.rsplit("-", 1)[-1]: i for i, h in enumerate(rows[0])}
    for row in rows[1:]:
        if not row:
            continue
        row[col["cap_check"]] = identity_check(*(row[col[n]] for n in (
            "cap_questionnaire", "cap_version", "cap_hash", "cap_assessment", "cap_institution", "cap_form_version")))
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(r for r in rows if r)
    return out.getvalue()


@pytest.mark.parametrize("case, message", [
    ("old_version", "an old form: it was made from questionnaire '1.1.0'"),
    ("other_hash", "an old form"),
    ("other_assessment", "which is not in this database"),
    ("other_questionnaire", "not one of this questionnaire"),
    ("outside_list", "s11_unaccompanied: 'maybe' is not one of yes, no"),
    ("unknown_row", "no row 'nowhere' in the grid"),
    ("not_a_number", "'=1+1' is not a whole number"),
    ("control_characters", "cap_respondent: holds the control character U+001B (refused)"),
    ("mixed_forms", "the submissions come from different forms"),
    ("labels_export", "not the export of a form written by capacity-app"),
    ("orphan_repeat_row", "no submission 'uuid:nobody' in the export"),
    ("not_utf8", "not UTF-8 text"),
    ("nul", "holds the control character U+0000"),
    ("duplicate_column", "two columns are the question 's11_unaccompanied'"),
    ("huge", "more than 20,000 rows"),
])
def test_hostile_export_refused_in_one_line(demo, tmp_path, case, message):
    store, a, q = demo
    form, files = _odk_files(store, a, q)
    root = _root(form)
    rep = f"{form.form_id}-s6c_registers.csv"
    if case == "old_version":
        files[root] = _as_made(_replace_column(files[root], "cap_version", "1.1.0"))
    elif case == "other_hash":
        files[root] = _as_made(_replace_column(files[root], "cap_hash", "0" * 16))
    elif case == "other_assessment":
        files[root] = _as_made(_replace_column(files[root], "cap_assessment", "f" * 32))
        files = {n.replace(a.uid, "f" * 32): text for n, text in files.items()}  # the other form's own names
    elif case == "other_questionnaire":
        files[root] = _as_made(_replace_column(files[root], "cap_questionnaire", "another-questionnaire"))
    elif case == "outside_list":
        files[root] = _replace_column(files[root], "s11-s11_unaccompanied", "maybe")
    elif case == "unknown_row":
        files[rep] = _replace_column(files[rep], "s6c_registers_row", "nowhere")
    elif case == "not_a_number":
        files[root] = files[root]  # a formula where the S1 grid's year is asked
        grid = f"{form.form_id}-s1_statistics.csv"
        files[grid] = _replace_column(files[grid], "s1_statistics_year", "=1+1")
    elif case == "control_characters":
        files[root] = _replace_column(files[root], "cap_respondent", "Amina\x1b[31m Diallo")
    elif case == "mixed_forms":
        lines = files[root].split("\r\n")
        other = _as_made(_replace_column(files[root], "cap_assessment", "f" * 32)).split("\r\n")[1]
        files[root] = "\r\n".join([lines[0], lines[1], other.replace("uuid:0", "uuid:9"), ""])
    elif case == "labels_export":
        header, rest = files[root].split("\r\n", 1)
        files[root] = header.replace("cap_assessment", "Assessment").replace("cap_", "Label ") + "\r\n" + rest
    elif case == "orphan_repeat_row":
        files[rep] = _replace_column(files[rep], "PARENT_KEY", "uuid:nobody")
    elif case == "not_utf8":
        files[root] = files[root].encode("utf-8").replace(b"Amina", b"Am\xe9na")
    elif case == "nul":
        files[root] = files[root].replace("Amina", "Am\x00na")
    elif case == "duplicate_column":
        files[root] = files[root].replace("SubmissionDate,", "s11_unaccompanied,", 1)
    elif case == "huge":
        header, row = files[root].split("\r\n")[:2]
        files[root] = header + "\r\n" + "\r\n".join([row] * 20_001) + "\r\n"
    path = tmp_path / "export.zip"
    path.write_bytes(_zip(files))
    with pytest.raises(ServiceError) as e:
        import_submissions(store, path)
    text = str(e.value)
    assert message in text and "\n" not in text, text
    assert list_proposals(store, a.id) == []


def test_a_formula_cell_in_a_kobo_workbook_is_refused(demo, tmp_path):
    from openpyxl import load_workbook

    store, a, q = demo
    form = build(store, a.id, institution="interior")
    sub = submission_for(q, form, random.Random(2), **WHO)
    path = kobo_xlsx(form, [sub], tmp_path / "k.xlsx")
    wb = load_workbook(path)  # the test's own file, written then edited as a careless user would
    ws = wb.worksheets[0]
    col = [c.value for c in ws[1]].index("s11/s11_unaccompanied") + 1
    ws.cell(row=2, column=col).value = '=HYPERLINK("http://example.invalid","yes")'
    wb.save(path)
    with pytest.raises(ServiceError, match="a cell holds a formula"):
        import_submissions(store, path)
    assert list_proposals(store, a.id) == []


def test_cli_import_submissions(tmp_path):
    from click.testing import CliRunner

    from capacity_app.cli import main as cli_main
    from capacity_app.services.demo import create_demo

    db = tmp_path / "d.sqlite3"
    store = make_store(db)
    a = create_demo(store)
    q = questionnaire_for(a)
    form = build(store, a.id, institution="labour")
    sub = submission_for(q, form, random.Random(9), **WHO)
    store.close()
    path = tmp_path / "labour.zip"
    path.write_bytes(odk_zip(form, [sub])[0])
    runner = CliRunner()
    r = runner.invoke(cli_main, ["--db", str(db), "import", str(path), "--dry-run"])
    assert r.exit_code == 0, r.output
    assert "ODK Central export of form version 1.3.0-" in r.output and "labour:" in r.output
    assert "dry run: nothing written" in r.output
    r = runner.invoke(cli_main, ["--db", str(db), "import", str(path)])
    assert r.exit_code == 0, r.output
    assert "proposals stored" in r.output and "no answer changed" in r.output
    store = make_store(db)
    try:
        assert {p.institution for p in list_proposals(store, a.id)} == {"labour"}
    finally:
        store.close()
    r = runner.invoke(cli_main, ["--db", str(db), "import", str(path), "--institution", "interior"])
    assert r.exit_code != 0 and "submissions of 'labour', not of 'interior'" in r.output, r.output
    bad = tmp_path / "old.zip"
    files = odk_zip(form, [sub])[1]
    files[_root(form)] = _as_made(_replace_column(files[_root(form)], "cap_version", "1.0.0"))
    bad.write_bytes(_zip(files))
    r = runner.invoke(cli_main, ["--db", str(db), "import", str(bad)])
    assert r.exit_code != 0 and "an old form" in r.output and len(r.output.strip().splitlines()) <= 2, r.output


def test_an_undecrypted_submission_and_a_kobo_not_approved_one_are_left_out(demo, tmp_path):
    """ODK Central exports a submission it could not decrypt as a row without values (its Status
    says why); Kobo writes a validation status by its label too: each left out with a warning, the
    others read."""
    store, a, q = demo
    form = build(store, a.id, institution="foreign")
    subs = [submission_for(q, form, random.Random(s), **WHO) for s in (1, 2)]
    files = odk_zip(form, subs)[1]
    root = _root(form)
    import csv

    rows = list(csv.reader(io.StringIO(files[root])))
    header = rows[0]
    keep = {"SubmissionDate", "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "Status"}
    rows[1] = [v if h in keep else "" for h, v in zip(header, rows[1], strict=True)]
    rows[1][header.index("Status")] = "not decrypted"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    files[root] = out.getvalue()
    for name in files:  # its repeat rows went with it
        if name != root:
            files[name] = "\r\n".join(line for line in files[name].split("\r\n")
                                      if "4000-8000-000000000000" not in line)
    (tmp_path / "odk.zip").write_bytes(_zip(files))
    result = import_submissions(store, tmp_path / "odk.zip", dry_run=True)
    assert len(result.plan.submissions) == 1 and "no data in the export ('not decrypted')" in result.warnings[0]
    subs[0]["validation"] = "Not Approved"
    path = kobo_xlsx(form, subs, tmp_path / "kobo.xlsx")
    result = import_submissions(store, path, dry_run=True)
    assert len(result.plan.submissions) == 1 and "rejected on KoboToolbox ('Not Approved')" in result.warnings[0]


def test_group_paths_with_dots_and_headers_without_questions(demo, tmp_path):
    """Kobo may join group paths with '.': read the same; an export whose columns hold none of the
    form's questions (headers renamed) is refused in one line instead of importing nothing."""
    store, a, q = demo
    form = build(store, a.id, institution="interior")
    sub = submission_for(q, form, random.Random(3), **WHO)
    data = kobo_csv(form, [sub]).decode("utf-8")
    header, rest = data.split("\r\n", 1)
    dotted = tmp_path / "dots.csv"
    dotted.write_bytes((header.replace("/", ".") + "\r\n" + rest).encode("utf-8"))
    plain = tmp_path / "plain.csv"
    plain.write_bytes(data.encode("utf-8"))
    assert import_submissions(store, dotted, dry_run=True).proposals == \
        import_submissions(store, plain, dry_run=True).proposals != []
    renamed = tmp_path / "renamed.csv"
    cells = header.split(";")
    header2 = ";".join(c if _is_meta(c) else f"Q{i}" for i, c in enumerate(cells))
    renamed.write_bytes((header2 + "\r\n" + rest).encode("utf-8"))
    with pytest.raises(ServiceError, match="no column of the export is a question of the form"):
        import_submissions(store, renamed)


def _is_meta(column):
    last = column.split("/")[-1]
    return last.startswith("cap_") or last.startswith("_") or last == "instanceID"
