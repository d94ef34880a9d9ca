"""Whose reply an ODK Central or KoboToolbox export is, and which of an institution's replies is
taken: the institution is the one the form was sent to (its identity check,
``cap_check``), whatever an edited column says; rows of another institution, a form id or a form
version naming another form, an instance ID given twice are refused in one line naming the file,
the submission and both institutions, the database unchanged (compared whole); of two replies of
one institution the newest is taken for every kind of answer (plain, grid row, matrix cell), the
older's open proposals superseded, and the import says so."""
from __future__ import annotations

import csv
import io
import random
import zipfile

import pytest

from exchange_helpers import dump, make_store
from submissions_export import expected_values, kobo_xlsx, odk_zip, submission_for

from capacity_app.exchange.institutions.xlsform import identity_check
from capacity_app.services.assessments import questionnaire_for
from capacity_app.services.base import ServiceError
from capacity_app.services.institutions.proposals import list_proposals
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


def _zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, text in files.items():
            z.writestr(n, text.encode("utf-8"))
    return out.getvalue()


def _edit(text, edits):
    """The CSV ``text`` with ``{(row, column): value}`` written (row 1: the first submission)."""
    rows = list(csv.reader(io.StringIO(text)))
    col = {h.rsplit("-", 1)[-1]: i for i, h in enumerate(rows[0])}
    for (row, column), value in edits.items():
        rows[row][col[column]] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _refused(store, path, *parts):
    """Importing ``path`` is refused in one line holding every one of ``parts``; nothing changed."""
    before = dump(store.path)
    with pytest.raises(ServiceError) as e:
        import_submissions(store, path)
    text = str(e.value)
    assert "\n" not in text and path.name in text and "nothing imported" in text, text
    for part in parts:
        assert part in text, text
    assert dump(store.path) == before
    return text


def _kobo_edit(path, edits):
    """The Kobo workbook at ``path`` with ``{(row, column header ending): value}`` written on its
    first sheet (as a person editing the export would)."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    for (row, column), value in edits.items():
        col = next(i for i, h in enumerate(header) if h == column or str(h).endswith("/" + column)) + 1
        ws.cell(row=row + 1, column=col).value = value
    wb.save(path)


# --- whose reply ----------------------------------------------------------------------------------

def test_an_odk_export_of_interiors_form_edited_to_say_nso_is_refused(demo, tmp_path):
    store, a, q = demo
    form = build(store, a.id, institution="interior")
    subs = [submission_for(q, form, random.Random(s), **WHO) for s in (1, 2)]
    _, files = odk_zip(form, subs)
    root = f"{form.form_id}.csv"
    edited = dict(files, **{root: _edit(files[root], {(2, "cap_institution"): "nso"})})
    path = tmp_path / "interior.zip"
    path.write_bytes(_zip(edited))
    _refused(store, path, "submission uuid:00000000-0000-4000-8000-000000000001",
             "sent to 'interior'", "credits 'nso'")
    # the whole export said nso: the same
    edited = dict(files, **{root: _edit(files[root], {(1, "cap_institution"): "nso", (2, "cap_institution"): "nso"})})
    path.write_bytes(_zip(edited))
    _refused(store, path, "sent to 'interior'", "credits 'nso'")
    # the check made again for nso (whoever can read the code can): the form id still names interior
    check = identity_check(q.id, q.version, q.content_hash[:16], a.uid, "nso", form.version)
    edits = {(r, c): v for r in (1, 2) for c, v in (("cap_institution", "nso"), ("cap_check", check))}
    path.write_bytes(_zip(dict(files, **{root: _edit(files[root], edits)})))
    _refused(store, path, "form id names 'interior'", "sent to 'nso'")
    # the platform's own form version edited
    path.write_bytes(_zip(dict(files, **{root: _edit(files[root], {(1, "FormVersion"): "2.0"})})))
    _refused(store, path, "the platform's form version '2.0' is not the form's own")
    # the check itself edited, or gone (a form written before forms carried one)
    path.write_bytes(_zip(dict(files, **{root: _edit(files[root], {(1, "cap_check"): "0" * 20,
                                                                    (2, "cap_check"): "0" * 20})})))
    _refused(store, path, "identity columns (cap_*) were changed")
    path.write_bytes(_zip(dict(files, **{root: _edit(files[root], {(1, "cap_check"): "", (2, "cap_check"): ""})})))
    _refused(store, path, "carries no identity check")
    assert list_proposals(store, a.id) == []
    # as sent: interior's
    path.write_bytes(_zip(files))
    result = import_submissions(store, path)
    assert result.plan.sent_to == "interior" and set(result.by_institution()) == {"interior"}


def test_a_kobo_export_of_interiors_form_edited_to_say_nso_is_refused(demo, tmp_path):
    store, a, q = demo
    form = build(store, a.id, institution="interior")
    subs = [submission_for(q, form, random.Random(s), **WHO) for s in (3, 4)]
    path = kobo_xlsx(form, subs, tmp_path / "kobo.xlsx")
    _kobo_edit(path, {(2, "cap_institution"): "nso"})
    _refused(store, path, "submission uuid:00000001-aaaa-4bbb-8ccc-dddddddddddd", "sent to 'interior'",
             "credits 'nso'")
    assert list_proposals(store, a.id) == []


def test_on_the_whole_form_the_institution_is_the_one_picked(demo, tmp_path):
    """The whole questionnaire's form: each respondent picks an institution; a cap_institution
    column edited away from the pick is refused."""
    store, a, q = demo
    form = build(store, a.id)
    subs = [submission_for(q, form, random.Random(s), institution=i, respondent="R", position="")
            for s, i in ((1, "nso"), (2, "interior"))]
    path = kobo_xlsx(form, subs, tmp_path / "all.xlsx")
    _kobo_edit(path, {(2, "cap_institution"): "nso"})
    _refused(store, path, "picked 'interior'", "credits 'nso'")


@pytest.mark.parametrize("platform", ["odk", "kobo"])
def test_an_instance_id_given_twice_is_refused(demo, tmp_path, platform):
    store, a, q = demo
    form = build(store, a.id, institution="interior")
    subs = [submission_for(q, form, random.Random(s), **WHO) for s in (5, 6)]
    if platform == "odk":
        subs[1]["uuid"] = "uuid:00000000-0000-4000-8000-000000000000"  # the first one's
        path = tmp_path / "twice.zip"
        path.write_bytes(odk_zip(form, subs)[0])
        instance = "uuid:00000000-0000-4000-8000-000000000000"
    else:
        path = kobo_xlsx(form, subs, tmp_path / "twice.xlsx")
        instance = "uuid:00000000-aaaa-4bbb-8ccc-dddddddddddd"
        _kobo_edit(path, {(2, "instanceID"): instance})
    _refused(store, path, f"submission {instance}: its instance ID is given twice")


# --- two replies of one institution ---------------------------------------------------------------

def _two_replies(q, form):
    """Two replies of interior, the second correcting the first: every value it gives differs
    from the first's."""
    first = submission_for(q, form, random.Random(11), **WHO)
    second = submission_for(q, form, random.Random(12), **WHO)
    for _ in range(20):  # every value different from the first's (a grid's, a matrix cell's too)
        same = {k for k, v in expected_values(q, second).items() if expected_values(q, first).get(k) == v}
        if not same:
            break
        second = submission_for(q, form, random.Random(len(same) * 7 + _), **WHO)
    return first, second


def _settled_as_newest(store, a, q, newer):
    """Interior's open proposals are exactly the newest reply's values that are not the answer."""
    answers = store.answers(a.id)
    wanted = {}
    for key, v in expected_values(q, newer).items():
        fld = q.resolve_key(key)[1]
        v = [c for c in fld.choice_codes if c in v] if fld.type == "select_multiple" else v
        if answers.get(key) is None or answers[key].value != v:
            wanted[key] = v
    got = {p.key: p.value for p in list_proposals(store, a.id, state="open") if p.institution == "interior"}
    assert got == wanted
    kinds = {k.split(".")[0] for k in got}
    assert {"s1_statistics", "s3_matrix", "s11_unaccompanied"} <= kinds or \
        {"s3_matrix", "s6c_registers"} <= kinds, kinds


@pytest.mark.parametrize("platform", ["odk", "kobo"])
def test_the_newest_of_two_replies_is_taken_for_every_kind_of_answer(demo, tmp_path, platform):
    store, a, q = demo
    form = build(store, a.id, institution="interior")
    older, newer = _two_replies(q, form)
    # a value of the newer reply that is the answer already: the older's different value must not stay
    key = next(k for k in expected_values(q, newer) if k.startswith("s3_matrix."))
    assert expected_values(q, older)[key] != expected_values(q, newer)[key]
    if platform == "odk":
        newer["submitted"], older["submitted"] = "2026-05-12T09:30:00.000Z", "2026-05-10T08:00:00.000Z"
        path = tmp_path / "two.zip"
        path.write_bytes(odk_zip(form, [newer, older])[0])  # listed newest first: the time decides
        taken = "the one of 2026-05-12 09:30 taken (uuid:00000000-0000-4000-8000-000000000000)"
    else:
        path = kobo_xlsx(form, [older, newer], tmp_path / "two.xlsx")
        taken = "the one of 2026-11-11 09:00 taken (uuid:00000001-aaaa-4bbb-8ccc-dddddddddddd)"
    from capacity_app.services import assessments as svc

    item, pq, src, f = key.split(".")
    svc.record_answer(store, q, a.id, key, expected_values(q, newer)[key])
    result = import_submissions(store, path)
    assert f"interior: 2 replies, {taken}; the older one superseded" in result.warnings
    _settled_as_newest(store, a, q, newer)
    assert not [p for p in list_proposals(store, a.id, state="open", key=key)]


def test_a_newer_export_supersedes_an_older_ones_open_proposals(demo, tmp_path):
    """The older reply imported first, the newer later in its own export: the older's proposals
    the newer gives another value for, or gives as the answer already is, are superseded."""
    store, a, q = demo
    form = build(store, a.id, institution="interior")
    older, newer = _two_replies(q, form)
    (tmp_path / "1.zip").write_bytes(odk_zip(form, [older])[0])
    import_submissions(store, tmp_path / "1.zip")
    key = next(k for k in expected_values(q, newer) if k.startswith("s3_matrix."))
    from capacity_app.services import assessments as svc

    svc.record_answer(store, q, a.id, key, expected_values(q, newer)[key])
    newer["uuid"] = "uuid:00000000-0000-4000-8000-00000000abcd"
    newer["submitted"] = "2026-12-01T10:00:00.000Z"
    (tmp_path / "2.zip").write_bytes(odk_zip(form, [newer])[0])
    import_submissions(store, tmp_path / "2.zip")
    _settled_as_newest(store, a, q, newer)
    gone = list_proposals(store, a.id, state="superseded", key=key)
    assert gone and "settled by a newer reply: 2.zip" in gone[0].note
