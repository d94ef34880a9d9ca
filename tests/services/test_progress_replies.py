"""Progress collected from the institutions: the workbook sent to an action's lead,
filled as a focal point would (openpyxl), received as proposals and accepted equals what was
typed; the identity is what was sent; a later reply supersedes the older one; a hostile or wrong
file is refused in one line with nothing stored."""
from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.progress import ActionProgress, IndicatorValue, LineMoney
from capacity_app.exchange.institutions.progress_reply import read_progress_reply
from capacity_app.exchange.workbook.importer import WorkbookError
from capacity_app.services.assessments import ServiceError, open_store
from capacity_app.services.plan import actions as plans
from capacity_app.services.plan import progress_replies as pr

from workbook_values import sheet_values

D = Decimal
TODAY = "2027-01-20"
NSO = "National Statistics Office of Veloria (NSOV)"
INTERIOR = "Ministry of the Interior, Migration Directorate"


@pytest.fixture
def demo(demo_db, tmp_path):
    """A store on a copy of the demo (its plan, results chain and 2026 progress) and its id."""
    path, aid = demo_db
    shutil.copy(path, tmp_path / "demo.sqlite3")
    with open_store(tmp_path / "demo.sqlite3", backup_dir=tmp_path / "backups") as store:
        yield store, aid


def _action(store, aid, n):
    return store.action_plan(aid)[n - 1]


def fill(src, dst, *, actions=None, money=None, indicators=None, respondent=("Awa Diop", "Head of unit")):
    """The workbook as a focal point returns it: the yellow cells typed in (``{key: {column
    offset among the yellow cells: value}}`` per sheet) and the respondent's name."""
    import openpyxl

    wb = openpyxl.load_workbook(src)
    cover, sheets = wb.worksheets[0], dict(zip(("actions", "money", "indicators"), wb.worksheets[1:4], strict=True))
    cells = [c for row in cover.iter_rows() for c in row if c.protection.locked is False]
    for c, v in zip(cells, respondent, strict=True):
        c.value = v
    first = {"actions": 5, "money": 6, "indicators": 6}
    for code, edits in (("actions", actions), ("money", money), ("indicators", indicators)):
        ws = sheets[code]
        for key, values in (edits or {}).items():
            row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == key)
            for offset, v in values.items():
                cell = row[first[code] - 1 + offset]
                cell.value = v
                if isinstance(v, str) and v.startswith("="):   # typed as text, as a quote makes it
                    cell.data_type, cell.quotePrefix = "s", True
    wb.save(dst)
    return dst


def send(store, aid, tmp_path, name="nso.xlsx", who="NSOV", period="2026", lang="en"):
    out = tmp_path / name
    pr.send_progress_workbook(store, aid, period, who, out, lang=lang)
    return out


def receive(store, aid, path, **kw):
    return pr.receive_progress(store, aid, read_progress_reply(path), today=TODAY, **kw)


def test_round_trip_send_fill_receive_accept_equals_the_entries(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)   # the statistics unit, led by the NSOV, not started in 2026
    sent = send(store, aid, tmp_path)
    assert receive(store, aid, sent).proposed == ()   # returned as sent: nothing proposed
    reply = fill(sent, tmp_path / "reply.xlsx",
                 actions={unit.id: {0: "In progress", 1: dt.date(2026, 12, 1), 3: "Posts advertised in December"}},
                 money={f"{unit.id}#1": {0: 28000000, 1: "14000000", 2: 3500000.5}},
                 indicators={"I11": {0: 2, 1: dt.date(2026, 12, 20), 2: "Appointment decrees"}})
    before = (store.action_progress(aid), store.indicator_values(aid))
    got = receive(store, aid, reply)
    assert got.institution == NSO and got.respondent == "Awa Diop, Head of unit" and len(got.ids) == 2
    assert (store.action_progress(aid), store.indicator_values(aid)) == before   # proposals, not progress
    assert {p.key for p in pr.plan_proposals(store, aid)} == {f"progress:{unit.id}:2026", "indicator:I11:2026"}
    assert store.proposals(aid) == []   # the questionnaire's proposals do not show them
    assert pr.accept_all(store, aid, today=TODAY) == list(got.ids)
    assert next(e for e in store.action_progress(aid) if e.action_id == unit.id) == ActionProgress(
        unit.id, "2026", "in_progress", "2026-12-01", None, "Posts advertised in December",
        (LineMoney(1, "XOF", D(28000000), D(14000000), D("3500000.5")),))
    assert IndicatorValue("I11", "2026", D(2), "2026-12-20", "Appointment decrees") in store.indicator_values(aid)
    rows = [h for h in store.history(aid, f"progress:{unit.id}:2026") if h["field"] == "proposal"]   # newest first
    assert rows[0]["new"]["state"] == "accepted" and rows[0]["new"]["provenance"]["institution"] == NSO
    assert pr.plan_proposals(store, aid) == []


def test_a_correction_replaces_the_recorded_entry_only_when_accepted_and_the_history_keeps_it(demo, tmp_path):
    store, aid = demo
    done = _action(store, aid, 1)
    old = next(e for e in store.action_progress(aid) if e.action_id == done.id)
    reply = fill(send(store, aid, tmp_path), tmp_path / "reply.xlsx", money={f"{done.id}#1": {2: 2450000}})
    (pid,) = receive(store, aid, reply).ids
    assert next(e for e in store.action_progress(aid) if e.action_id == done.id) == old
    assert f"progress:{done.id}:2026" in pr.recorded_keys(store, aid)     # said before it is accepted
    pr.accept(store, aid, pid, today=TODAY)
    new = next(e for e in store.action_progress(aid) if e.action_id == done.id)
    assert new.lines[0].spent == D(2450000) and new.status == old.status == "done"
    kept = [h for h in store.history(aid, f"progress:{done.id}:2026") if h["field"] == "progress"]
    assert kept[0]["old"]["lines"][0]["spent"] == "2410000"
    with pytest.raises(ServiceError, match="accepted already"):
        pr.accept(store, aid, pid, today=TODAY)


def test_rows_are_checked_as_set_and_value_check_them(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    cases = [
        # each refusal names the cell that is wrong, on its own sheet
        ({"money": {f"{unit.id}#1": {1: 1000, 2: 5000}}}, "Money!I"),
        ({"money": {f"{unit.id}#1": {1: 1000, 2: 5000}}}, ": cost line 1 of action 3: 5000 XOF spent to date is more"),
        ({"actions": {unit.id: {0: "Dropped", 3: None}}}, "Actions!H3: action 3 is dropped: give the reason"),
        ({"actions": {unit.id: {1: dt.date(2027, 3, 1)}}}, "Actions!F3: the start of action 3 (2027-03-01) is after today"),
        ({"indicators": {"I11": {0: 1}}}, ": give the date the value of indicator I11 was measured"),
        ({"indicators": {"I11": {0: 1}}}, "Indicators!G"),
        ({"actions": {unit.id: {0: "Perhaps"}}}, "'Perhaps' is not one of the statuses"),
        ({"money": {f"{unit.id}#1": {0: "a lot"}}}, "'a lot' is not a number"),
    ]
    for n, (edits, words) in enumerate(cases):
        path = fill(sent, tmp_path / f"bad{n}.xlsx", **edits)
        with pytest.raises((ServiceError, WorkbookError)) as exc:
            receive(store, aid, path)
        assert words in str(exc.value) and "\n" not in str(exc.value), (words, str(exc.value))
    assert pr.plan_proposals(store, aid, None) == []


def test_the_reply_is_the_institution_s_the_form_was_sent_to(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    reply = fill(send(store, aid, tmp_path), tmp_path / "reply.xlsx", actions={unit.id: {3: "Waiting for the law"}})
    import openpyxl

    wb = openpyxl.load_workbook(reply)
    meta = wb["_form"]
    row = next(r for r in meta.iter_rows() if r[0].value == "institution")
    row[1].value = INTERIOR      # the identity edited to credit another institution
    wb.save(tmp_path / "forged.xlsx")
    with pytest.raises(WorkbookError, match="hidden identity sheet was changed"):
        receive(store, aid, tmp_path / "forged.xlsx")
    # the action given to another institution after the form was sent
    from capacity_app.catalog.loader import load_bundled

    plans.update_action(store, load_bundled(), aid, replace(unit, institutions=(INTERIOR,)))
    with pytest.raises(ServiceError, match=r"Actions!E3: action 3 is led by 'Ministry of the Interior.*not by "
                                           r"'National Statistics Office of Veloria \(NSOV\)', to whom this form was sent"):
        receive(store, aid, reply)
    with pytest.raises(ServiceError, match="not for assessment"):
        from capacity_app.services.assessments import new_assessment

        receive(store, new_assessment(store, load_bundled(), country="KEN", round=2026).id, reply)
    assert pr.plan_proposals(store, aid, None) == []
    with pytest.raises(ServiceError, match="no action of assessment .* is led by 'labour'"):
        send(store, aid, tmp_path, who="labour")


def test_a_newer_reply_supersedes_the_older_one_whole(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    first = receive(store, aid, fill(sent, tmp_path / "first.xlsx", actions={unit.id: {3: "First answer"}},
                                     indicators={"I11": {0: 1, 1: dt.date(2026, 12, 1)}}))
    second = receive(store, aid, fill(sent, tmp_path / "second.xlsx", actions={unit.id: {3: "Second answer"}}))
    assert second.superseded == 1 and len(first.ids) == 2 and len(second.ids) == 1
    every = {p.id: p for p in pr.plan_proposals(store, aid, None)}
    assert [every[i].state for i in first.ids] == ["superseded", "superseded"]
    (open_,) = pr.plan_proposals(store, aid)
    assert open_.value["reason"] == "Second answer"
    # the same reply again stores nothing new
    again = receive(store, aid, tmp_path / "second.xlsx")
    assert again.ids == () and again.already == 1


def test_hostile_and_wrong_files_are_refused_in_one_line(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    import openpyxl

    wb = openpyxl.load_workbook(sent)
    wb.worksheets[1].cell(row=3, column=8).value = '=HYPERLINK("http://evil.example","click")'
    wb.save(tmp_path / "formula.xlsx")
    wb = openpyxl.load_workbook(sent)
    wb.worksheets[1].cell(row=3, column=3).value = "Another title"
    wb.save(tmp_path / "protected.xlsx")
    wb = openpyxl.load_workbook(sent)
    wb.worksheets[2].cell(row=25_000, column=6).value = 1
    wb.save(tmp_path / "huge.xlsx")
    (tmp_path / "text.xlsx").write_text("not a workbook")
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (70 * 1024 * 1024))
    from openpyxl import Workbook

    plain = Workbook()
    plain.active["A1"] = "hello"
    plain.save(tmp_path / "other.xlsx")
    expected = {"formula.xlsx": "a formula", "protected.xlsx": "a protected cell was changed",
                "huge.xlsx": "20", "text.xlsx": "not", "bomb.xlsx": "", "other.xlsx": "not a progress form"}
    for name, words in expected.items():
        with pytest.raises(WorkbookError) as exc:
            receive(store, aid, tmp_path / name)
        assert words in str(exc.value) and "\n" not in str(exc.value), (name, str(exc.value))
    # user text is data: a reason that looks like a formula, typed as text, is kept as text
    reply = fill(sent, tmp_path / "text-formula.xlsx", actions={unit.id: {3: "=1+1 (as typed)"}})
    (pid,) = receive(store, aid, reply).ids
    assert store.proposal(pid)[1].value["reason"] == "=1+1 (as typed)"
    assert len(pr.plan_proposals(store, aid, None)) == 1


def test_the_reading_process_refuses_what_the_reader_refuses(demo, tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(WorkbookError):
        pr.read_progress_untrusted(tmp_path / "x.xlsx")


@pytest.mark.parametrize("lang", ["fr", "ar", "zh"])
def test_the_workbook_speaks_the_form_s_language(demo, tmp_path, lang):
    import openpyxl

    from capacity_app.catalog import forms_texts

    store, aid = demo
    path = send(store, aid, tmp_path, lang=lang)
    wb = openpyxl.load_workbook(path)
    # the workbook's fixed texts as the catalogues give them (resources/forms/strings*.yaml); its
    # Cover sheet is named as the question form's
    assert wb.sheetnames[:4] == [forms_texts.text(k, lang) for k in (
        "form.sheet.cover", "progress.sheet.actions", "progress.sheet.money", "progress.sheet.indicators")]
    assert wb.worksheets[1].sheet_view.rightToLeft is (lang == "ar")
    assert wb.worksheets[1]["E2"].value == forms_texts.text("progress.status.done", lang)
    # every text in the six languages
    assert all(set(forms_texts.translations(k)) >= {"en", "fr", "es", "ar", "zh", "ru"} for k in forms_texts.keys())


def test_a_finished_action_stays_finished_in_the_next_period_s_workbook(demo, tmp_path):
    store, aid = demo
    done, unit = _action(store, aid, 1), _action(store, aid, 3)
    sent = send(store, aid, tmp_path, name="nso-2027.xlsx", period="2027")
    row = next(r for r in read_progress_reply(sent).rows["actions"] if r.key == done.id)
    assert row.values == ("done", "2026-07-06", "2026-10-30", None)      # its 2026 report, not the plan's "planned"
    got = receive(store, aid, sent)                                     # returned untouched: its report for 2027
    assert got.proposed == (f"progress:{done.id}:2027",)
    (p,) = pr.plan_proposals(store, aid)
    assert p.value["status"] == "done" and p.value["period"] == "2027"
    # an open action's last status is shown, and proposes nothing unless changed
    assert next(r for r in read_progress_reply(sent).rows["actions"] if r.key == unit.id).values[0] == "planned"


def _kobo_export(xlsform, path, submissions):
    """A KoboToolbox .xlsx export (XML values and headers, groups separated by '/') of the form:
    each submission's values by field name over the form's defaults, its identity as the form
    computes it."""
    import openpyxl

    form = sheet_values(xlsform, "survey")
    head = form[0]
    rows = [dict(zip(head, r, strict=False)) for r in form[1:]]
    names, groups, calc = [], [], {}
    for r in rows:
        if r["type"] == "begin_group":
            groups.append(r["name"])
        elif r["type"] == "end_group":
            groups.pop()
        elif r["name"]:
            names.append("/".join([*groups, r["name"]]))
            if r["type"] == "calculate":
                calc[r["name"]] = r["calculation"][1:-1]
            elif r.get("default"):        # what the respondent saw filled in, submitted as it was
                calc[r["name"]] = r["default"]
    out = openpyxl.Workbook()
    ws = out.active
    ws.append([*names, "_uuid", "_submission_time"])
    for n, (when, values) in enumerate(submissions):
        ws.append([{**calc, **values}.get(name.rsplit("/", 1)[-1]) for name in names] + [f"uuid-{n}", when])
    out.save(path)
    return path


def test_the_xlsform_and_its_kobo_export_round_trip(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    form = tmp_path / "nso-form.xlsx"
    pr.send_progress_workbook(store, aid, "2026", "NSOV", form, lang="fr", xlsform=True)   # pyxform converted it
    head = sheet_values(form, "survey")[0]
    assert {"label::French (fr)", "label::Arabic (ar)", "label::Chinese (zh)", "label::Portuguese (pt)", "default"} <= set(head)
    first = {"a2_reason": "Premier envoi", "cap_respondent": "Awa Diop"}
    newest = {"a2_status": "in_progress", "a2_started": "2026-11-02", "a2_reason": "Recrutement lancé",
              "m2_committed": "28000000", "cap_respondent": "Awa Diop", "cap_position": "Cheffe de division"}
    export = _kobo_export(form, tmp_path / "kobo.xlsx", [("2026-12-01T10:00:00", newest),
                                                         ("2026-11-20T09:00:00", first)])
    reply = pr.read_progress_untrusted(export)
    assert reply.meta["submissions"] == "2" and reply.respondent == "Awa Diop"
    got = pr.receive_progress(store, aid, reply, today=TODAY)
    assert got.proposed == (f"progress:{unit.id}:2026",)
    pr.accept_all(store, aid, today=TODAY)
    assert store.action_progress(aid, unit.id)[0] == ActionProgress(
        unit.id, "2026", "in_progress", "2026-11-02", None, "Recrutement lancé",
        (LineMoney(1, "XOF", D(28000000), None, None),))
    # its identity columns edited to credit another institution: refused, nothing stored
    forged = _kobo_export(form, tmp_path / "forged.xlsx", [("2026-12-02T10:00:00", {**newest, "cap_institution": INTERIOR,
                                                                                     "a2_reason": "x"})])
    with pytest.raises(WorkbookError, match="identity columns"):
        pr.read_progress_untrusted(forged)


def test_an_edited_or_mixed_export_is_refused_in_one_line(demo, tmp_path):
    import openpyxl

    store, aid = demo
    nso, interior = tmp_path / "nso-form.xlsx", tmp_path / "int-form.xlsx"
    pr.send_progress_workbook(store, aid, "2026", "NSOV", nso, lang="en", xlsform=True)
    pr.send_progress_workbook(store, aid, "2026", INTERIOR, interior, lang="en", xlsform=True)
    one = _kobo_export(nso, tmp_path / "one.xlsx", [("2026-12-01T10:00:00", {"cap_respondent": "A"})])
    wb = openpyxl.load_workbook(one)
    wb.active.cell(row=2, column=wb.active.max_column - 2).value = "=1+1"
    wb.save(tmp_path / "formula.xlsx")
    a = openpyxl.load_workbook(one).active
    b = openpyxl.load_workbook(_kobo_export(interior, tmp_path / "two.xlsx", [("2026-12-01", {})])).active
    mixed = openpyxl.Workbook()
    head = [c.value for c in a[1]]
    mixed.active.append(head)
    mixed.active.append([c.value for c in a[2]])
    other = dict(zip([c.value for c in b[1]], [c.value for c in b[2]], strict=True))
    mixed.active.append([other.get(h) for h in head])
    mixed.save(tmp_path / "mixed.xlsx")
    for name, words in (("formula.xlsx", "a formula"), ("mixed.xlsx", "different forms")):
        with pytest.raises(WorkbookError) as exc:
            pr.read_progress_untrusted(tmp_path / name)
        assert words in str(exc.value) and "\n" not in str(exc.value), str(exc.value)


def test_the_questionnaire_s_proposals_leave_the_plan_s_alone(demo, tmp_path):
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.services.institutions import proposals as sp

    store, aid = demo
    unit = _action(store, aid, 3)
    reply = fill(send(store, aid, tmp_path), tmp_path / "reply.xlsx", actions={unit.id: {3: "Waiting"}})
    (pid,) = receive(store, aid, reply).ids
    assert sp.list_proposals(store, aid) == []
    for decide in (lambda: sp.accept(store, load_bundled(), aid, pid), lambda: sp.reject(store, aid, [pid])):
        with pytest.raises(ServiceError, match="of the plan's progress, not of an answer: capacity-app actions progress"):
            decide()
    assert [p.state for p in pr.plan_proposals(store, aid, None)] == ["open"]


# --- ODK Central's .zip of CSV files -------------------------------------------------------

ODK_TAIL = ("meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected",
            "Status", "ReviewState", "DeviceID", "Edits", "FormVersion")


def _odk_rows(xlsform, submissions):
    """ODK Central's CSV of the form's submissions: ``SubmissionDate``, every field by its group
    path joined with '-', then its own columns; each submission ``(when, values, instance)`` over
    the form's defaults, its identity as the form computes it."""
    form = sheet_values(xlsform, "survey")
    head = form[0]
    names, groups, calc = [], [], {}
    for r in (dict(zip(head, r, strict=False)) for r in form[1:]):
        if r["type"] == "begin_group":
            groups.append(r["name"])
        elif r["type"] == "end_group":
            groups.pop()
        elif r["name"]:
            names.append("-".join([*groups, r["name"]]))
            if r["type"] == "calculate":
                calc[r["name"]] = r["calculation"][1:-1]
            elif r.get("default"):
                calc[r["name"]] = r["default"]
    rows = [["SubmissionDate", *names, *ODK_TAIL]]
    for when, values, instance in submissions:
        given = {**calc, **values}
        rows.append([when, *(given.get(n.rsplit("-", 1)[-1], "") for n in names), f"uuid:{instance}",
                     f"uuid:{instance}", "7", "focal point", "0", "0", "", values.get("ReviewState", ""), "", "0",
                     "20261101"])
    return rows


def _odk_zip(path, tables):
    """A .zip of CSV files ``{member name: rows}``, as ODK Central exports them."""
    import csv
    import io

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, rows in tables.items():
            buf = io.StringIO()
            csv.writer(buf).writerows(rows)
            z.writestr(name, buf.getvalue())
    return path


def test_odk_central_s_csv_zip_round_trips_and_the_newest_submission_is_taken(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    form = tmp_path / "nso-form.xlsx"
    pr.send_progress_workbook(store, aid, "2026", "NSOV", form, lang="en", xlsform=True)
    newest = {"a2_status": "in_progress", "a2_started": "2026-11-02", "a2_reason": "Recruitment launched",
              "m2_committed": "28000000", "m2_disbursed": "1000", "cap_respondent": "Awa Diop",
              "cap_position": "Head of division"}
    rows = _odk_rows(form, [("2026-11-20T09:00:00.000Z", {"a2_reason": "First draft", "cap_respondent": "A"}, "1"),
                            ("2026-12-01T10:00:00.000Z", newest, "2"),
                            ("2026-12-03T10:00:00.000Z", {"a2_reason": "Rejected one", "ReviewState": "rejected"},
                             "3")])
    export = _odk_zip(tmp_path / "odk.zip", {"capacity_progress.csv": rows})
    reply = pr.read_progress_untrusted(export)
    # the submission the review rejected is left out; of the two others, the newest
    assert (reply.meta["submissions"], reply.meta["left_out"]) == ("2", "1") and reply.respondent == "Awa Diop"
    assert reply.meta["filled_at"] == "2026-12-01T10:00:00Z"
    got = pr.receive_progress(store, aid, reply, today=TODAY)
    assert got.institution == NSO and got.proposed == (f"progress:{unit.id}:2026",)
    pr.accept_all(store, aid, today=TODAY)
    assert store.action_progress(aid, unit.id)[0] == ActionProgress(
        unit.id, "2026", "in_progress", "2026-11-02", None, "Recruitment launched",
        (LineMoney(1, "XOF", D(28000000), D(1000), None),))
    # the main CSV alone reads the same
    (tmp_path / "odk.csv").write_bytes(zipfile.ZipFile(export).read("capacity_progress.csv"))
    assert pr.read_progress_untrusted(tmp_path / "odk.csv").rows == reply.rows


def test_a_hostile_or_wrong_odk_export_is_refused_in_one_line_and_nothing_is_stored(demo, tmp_path):
    store, aid = demo
    nso, interior = tmp_path / "nso-form.xlsx", tmp_path / "int-form.xlsx"
    pr.send_progress_workbook(store, aid, "2026", "NSOV", nso, lang="en", xlsform=True)
    pr.send_progress_workbook(store, aid, "2026", INTERIOR, interior, lang="en", xlsform=True)
    mine = _odk_rows(nso, [("2026-12-01T10:00:00Z", {"a2_reason": "x", "cap_respondent": "A"}, "1")])
    theirs = _odk_rows(interior, [("2026-12-01T11:00:00Z", {"cap_respondent": "B"}, "2")])
    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("capacity_progress.csv", b"0" * (70 * 1024 * 1024))     # 70 MB in about 70 KB
    _odk_zip(tmp_path / "no-main.zip", {"capacity_progress-repeat.csv": [["PARENT_KEY", "KEY", "cap_check"],
                                                                           ["uuid:1", "uuid:1/r[1]", "x"]]})
    _odk_zip(tmp_path / "other.zip", {"notes.csv": [["a", "b"], ["1", "2"]]})
    with zipfile.ZipFile(tmp_path / "not-csv.zip", "w") as z:
        z.writestr("survey.xml", "<x/>")
    _odk_zip(tmp_path / "twice.zip", {"capacity_progress.csv": [*mine, mine[1]]})
    _odk_zip(tmp_path / "mixed.zip", {"capacity_progress.csv": [*mine, theirs[1]]})
    _odk_zip(tmp_path / "two-forms.zip", {"a.csv": mine, "b.csv": theirs})
    forged = [list(r) for r in theirs]
    forged[1][[h.rsplit("-", 1)[-1] for h in forged[0]].index("cap_institution")] = NSO
    _odk_zip(tmp_path / "forged.zip", {"capacity_progress.csv": forged})
    expected = {"bomb.zip": "too large once unpacked", "no-main.zip": "its main CSV, with the cap_check column, is "
                "missing", "other.zip": "main CSV", "not-csv.zip": "not a progress form of capacity-app",
                "twice.zip": "uuid:1: its instance ID is given twice", "mixed.zip": "different forms",
                "two-forms.zip": "two tables of submissions", "forged.zip": "identity columns"}
    for name, words in expected.items():
        with pytest.raises(WorkbookError) as exc:
            pr.read_progress_untrusted(tmp_path / name)
        assert words in str(exc.value) and "\n" not in str(exc.value), (name, str(exc.value))
    # the Interior's own export is the Interior's: credited to it, whoever sends the file
    _odk_zip(tmp_path / "interior.zip", {"capacity_progress.csv": theirs})
    got = pr.receive_progress(store, aid, pr.read_progress_untrusted(tmp_path / "interior.zip"), dry_run=True,
                              today=TODAY)
    assert got.institution == INTERIOR
    assert pr.plan_proposals(store, aid, None) == []


# --- the newer reply by what the replies say, never by the order they arrive in ------------------------

def dated(path, stamp: str):
    """The workbook at ``path`` as last saved at ``stamp`` (its dcterms:modified, which Excel,
    LibreOffice and openpyxl write at each save)."""
    import re

    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    core = parts["docProps/core.xml"].decode()
    parts["docProps/core.xml"] = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>",
                                        core).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_an_older_reply_received_later_never_overrides_the_newer(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    may3 = dated(fill(sent, tmp_path / "may3.xlsx", actions={unit.id: {3: "Written on 3 May"}}), "2026-05-03T08:00:00Z")
    may12 = dated(fill(sent, tmp_path / "may12.xlsx", actions={unit.id: {3: "Written on 12 May"}}),
                  "2026-05-12T11:30:00+02:00")   # a zone: 09:30 UTC
    assert read_progress_reply(may12).meta["filled_at"] == "2026-05-12T09:30:00Z"
    first = receive(store, aid, may12)
    assert first.replies == 1 and first.replies_line() == ""
    late = receive(store, aid, may3)     # the older one arrives last
    assert late.older and late.ids == () and late.superseded == 0
    assert late.replies_line() == (f"{NSO}: 2 replies for 2026, the one of 2026-05-12 09:30:00 UTC taken; this one, of "
                                   "2026-05-03 08:00:00 UTC, is older: set aside, nothing stored")
    (open_,) = pr.plan_proposals(store, aid)
    assert open_.value["reason"] == "Written on 12 May" and open_.source.endswith("; filled 2026-05-12T09:30:00Z)")
    # accepted, the newer one still stands against the older one sent again
    pr.accept_all(store, aid, today=TODAY)
    assert receive(store, aid, may3).older and pr.plan_proposals(store, aid) == []
    assert store.action_progress(aid, unit.id)[0].reason == "Written on 12 May"


def test_replies_in_order_the_newer_supersedes_and_says_which_was_taken(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    may3 = dated(fill(sent, tmp_path / "may3.xlsx", actions={unit.id: {3: "Written on 3 May"}}), "2026-05-03T08:00:00Z")
    may12 = dated(fill(sent, tmp_path / "may12.xlsx", actions={unit.id: {3: "Written on 12 May"}}),
                  "2026-05-12T09:30:00Z")
    (old_id,) = receive(store, aid, may3).ids
    got = receive(store, aid, may12)
    assert not got.older and len(got.ids) == 1 and store.proposal(old_id)[1].state == "superseded"
    assert got.replies_line() == (f"{NSO}: 2 replies for 2026, the one of 2026-05-12 09:30:00 UTC taken (this one); "
                                  "the older superseded")
    # a workbook that states no time (its core properties gone): taken as received last, and said
    with zipfile.ZipFile(may3) as z:
        parts = {i.filename: z.read(i) for i in z.infolist() if i.filename != "docProps/core.xml"}
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"docProps/core.xml", b"docProps/gone.xml")
    with zipfile.ZipFile(tmp_path / "undated.xlsx", "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    undated = receive(store, aid, tmp_path / "undated.xlsx")   # set aside: the replies before state a time
    assert undated.undated and undated.set_aside and undated.ids == () and undated.replies == 3
    assert undated.replies_line() == (f"{NSO}: 3 replies for 2026, the one of 2026-05-12 09:30:00 UTC taken; this one "
                                      "states no time it was filled: set aside, nothing stored")
    (open_,) = pr.plan_proposals(store, aid)
    assert open_.value["reason"] == "Written on 12 May"


def test_two_replies_stating_the_same_time_the_one_received_last_is_taken_and_said(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    a = dated(fill(sent, tmp_path / "a.xlsx", actions={unit.id: {3: "A"}}), "2026-05-12T09:30:00Z")
    b = dated(fill(sent, tmp_path / "b.xlsx", actions={unit.id: {3: "B"}}), "2026-05-12T09:30:00Z")
    receive(store, aid, a)
    got = receive(store, aid, b)
    assert got.tie and not got.older and got.replies_line() == (
        f"{NSO}: 2 replies for 2026, this one taken as the one received last (it states the same time as one "
        "received before, 2026-05-12 09:30:00 UTC)")
    assert [p.value["reason"] for p in pr.plan_proposals(store, aid)] == ["B"]
    # the same reply received again is no second reply
    again = receive(store, aid, b)
    assert again.replies == 2 and again.ids == () and again.already == 1


def test_a_time_spelled_into_what_came_back_is_not_a_time_the_reply_states(demo, tmp_path):
    """An export whose submission time is text ending like a proposal's source ("x; filled …"): no
    time is kept from it, so it can never set a later genuine reply aside."""
    store, aid = demo
    form = tmp_path / "nso-form.xlsx"
    pr.send_progress_workbook(store, aid, "2026", "NSOV", form, lang="en", xlsform=True)
    odd = _odk_zip(tmp_path / "odd.zip", {"f.csv": _odk_rows(form, [("x; filled 2099-01-01T00:00:00Z",
                                                                      {"a2_reason": "Odd"}, "1")])})
    got = pr.receive_progress(store, aid, pr.read_progress_untrusted(odd), today=TODAY)
    assert got.filled == "" and "; filled" not in pr.plan_proposals(store, aid)[0].source
    real = _odk_zip(tmp_path / "real.zip", {"f.csv": _odk_rows(form, [("2026-12-01T10:00:00.000Z",
                                                                       {"a2_reason": "Real"}, "2")])})
    assert not pr.receive_progress(store, aid, pr.read_progress_untrusted(real), today=TODAY).older
    assert [p.value["reason"] for p in pr.plan_proposals(store, aid)] == ["Real"]


def test_two_odk_exports_received_out_of_order(demo, tmp_path):
    store, aid = demo
    form = tmp_path / "nso-form.xlsx"
    pr.send_progress_workbook(store, aid, "2026", "NSOV", form, lang="en", xlsform=True)
    newer = _odk_zip(tmp_path / "newer.zip", {"f.csv": _odk_rows(form, [("2026-12-01T10:00:00.000Z",
                                                                        {"a2_reason": "Newer"}, "2")])})
    older = _odk_zip(tmp_path / "older.zip", {"f.csv": _odk_rows(form, [("2026-11-20T09:00:00.000Z",
                                                                        {"a2_reason": "Older"}, "1")])})
    pr.receive_progress(store, aid, pr.read_progress_untrusted(newer), today=TODAY)
    late = pr.receive_progress(store, aid, pr.read_progress_untrusted(older), today=TODAY)
    assert late.older and late.taken == "2026-12-01T10:00:00Z"
    assert [p.value["reason"] for p in pr.plan_proposals(store, aid)] == ["Newer"]


def _undated(path, dst, how):
    """The workbook at ``path`` stating no usable time: its core properties gone, or its
    dcterms:modified spelled ``x``, a year before 1000, or twice."""
    import re

    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    if how == "gone":
        del parts["docProps/core.xml"]
        parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"docProps/core.xml", b"docProps/gone.xml")
    else:
        core = parts["docProps/core.xml"].decode()
        m = re.search(r"<dcterms:modified[^>]*>[^<]*</dcterms:modified>", core)
        twice = m.group(0) + m.group(0) if how == "twice" else re.sub(r">[^<]*<", f">{how}<", m.group(0))
        parts["docProps/core.xml"] = core.replace(m.group(0), twice).encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return dst


def test_a_reply_stating_a_time_after_now_is_refused_or_taken_without_it(demo, tmp_path):
    """A reply saved "2099" (a computer's clock wrong) is refused in one line with nothing stored,
    so it can never hold back the correct replies; --take takes it without that time, and a
    genuine later reply then supersedes it."""
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    ahead = dated(fill(sent, tmp_path / "ahead.xlsx", actions={unit.id: {3: "Ahead"}}), "2099-01-01T00:00:00Z")
    real = dated(fill(sent, tmp_path / "real.xlsx", actions={unit.id: {3: "Real"}}), "2026-05-12T09:30:00Z")
    before = store.db.execute("SELECT count(*) FROM proposals").fetchone()
    with pytest.raises(ServiceError) as exc:
        receive(store, aid, ahead)
    assert str(exc.value) == ("ahead.xlsx: it states it was filled on 2099-01-01 00:00:00 UTC, after now (more than 24 "
                              "hours ahead): the clock of the computer that saved it is wrong; nothing was received "
                              "(receive it with --take to take it without that time)")
    assert store.db.execute("SELECT count(*) FROM proposals").fetchone() == before
    (bad,) = receive(store, aid, ahead, take=True).ids
    assert "filled" not in store.proposal(bad)[1].source
    got = receive(store, aid, real)
    assert not got.set_aside and len(got.ids) == 1
    assert [p.value["reason"] for p in pr.plan_proposals(store, aid)] == ["Real"]
    assert store.proposal(bad)[1].state == "superseded"


def test_a_time_within_the_clocks_tolerance_is_taken(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    soon = dated(fill(sent, tmp_path / "soon.xlsx", actions={unit.id: {3: "Soon"}}), "2027-01-21T10:00:00Z")
    assert len(receive(store, aid, soon).ids) == 1   # TODAY is 2027-01-20: ten hours after its end


def test_two_replies_seconds_apart_are_told_apart_to_the_second(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    first = dated(fill(sent, tmp_path / "a.xlsx", actions={unit.id: {3: "A"}}), "2026-05-12T14:47:30Z")
    second = dated(fill(sent, tmp_path / "b.xlsx", actions={unit.id: {3: "B"}}), "2026-05-12T14:47:10Z")
    receive(store, aid, first)
    got = receive(store, aid, second)
    assert got.older and "this one, of 2026-05-12 14:47:10 UTC, is older" in got.replies_line()
    assert "the one of 2026-05-12 14:47:30 UTC taken" in got.replies_line()


def test_a_rejected_entry_sent_again_stays_rejected_and_is_said(demo, tmp_path):
    """The same reply received again, in the same file or a copy saved later, proposes nothing the
    officer rejected; `accept --all` then cannot take it."""
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    reply = dated(fill(sent, tmp_path / "r.xlsx", actions={unit.id: {3: "Wrong"}}), "2026-05-12T09:30:00Z")
    (first,) = receive(store, aid, reply).ids
    pr.reject(store, aid, first, "not what the unit decided")
    again = receive(store, aid, reply)
    assert again.ids == () and again.rejected_before == 1
    later = dated(fill(sent, tmp_path / "r2.xlsx", actions={unit.id: {3: "Wrong"}}), "2026-05-13T09:30:00Z")
    assert receive(store, aid, later).rejected_before == 1
    assert pr.accept_all(store, aid) == [] and pr.plan_proposals(store, aid) == []
    fixed = dated(fill(sent, tmp_path / "r3.xlsx", actions={unit.id: {3: "Right"}}), "2026-05-14T09:30:00Z")
    assert len(receive(store, aid, fixed).ids) == 1


def test_accept_checks_the_lead_again_against_the_plan_as_it_is_now(demo, tmp_path, questionnaire):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    (pid,) = receive(store, aid, fill(sent, tmp_path / "r.xlsx", actions={unit.id: {3: "Posts advertised"}})).ids
    plans.update_action(store, questionnaire, aid, replace(unit, institutions=(INTERIOR, NSO)))
    before = (store.action_progress(aid), store.proposal(pid)[1].state)
    with pytest.raises(ServiceError, match=f"proposal {pid}: action 3 is now led by 'Ministry of the Interior, "
                                           "Migration Directorate', not by 'National Statistics Office"):
        pr.accept(store, aid, pid, today=TODAY)
    assert (store.action_progress(aid), store.proposal(pid)[1].state) == before


def test_money_above_the_line_received_and_accepted_is_said_both_times(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    budget = unit.costs[0].amount
    sent = send(store, aid, tmp_path)
    reply = fill(sent, tmp_path / "r.xlsx", actions={unit.id: {0: "In progress", 1: dt.date(2026, 12, 1)}},
                 money={f"{unit.id}#1": {0: budget * 100, 1: budget * 100, 2: budget * 100}})
    got = receive(store, aid, reply)
    words = f"cost line 1 of action 3: {budget * 100} XOF spent to date is above the line's budget of {budget} (10,000%)"
    assert words in got.warnings
    (pid,) = got.ids
    pr.accept(store, aid, pid, today=TODAY)
    assert words in pr.proposal_warnings(store, aid, pid)
    from capacity_app.services.plan import progress as prog

    row = prog.summary(store, aid, "2026", today=TODAY).rows[2]
    assert row.standing.overall == "off_track" and row.overruns


def test_a_rejected_reply_no_longer_counts_as_received_before(demo, tmp_path):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    ahead = dated(fill(sent, tmp_path / "ahead.xlsx", actions={unit.id: {3: "Ahead"}}), "2026-12-01T00:00:00Z")
    real = dated(fill(sent, tmp_path / "real.xlsx", actions={unit.id: {3: "Real"}}), "2026-05-12T09:30:00Z")
    (bad,) = receive(store, aid, ahead).ids
    pr.reject(store, aid, bad)
    got = receive(store, aid, real)
    assert not got.set_aside and not got.forced and len(got.ids) == 1 and got.replies == 1
    assert [p.value["reason"] for p in pr.plan_proposals(store, aid)] == ["Real"]


@pytest.mark.parametrize("how", ["gone", "x", "0999-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "twice"])
def test_a_reply_stating_no_usable_time_never_overrides_one_that_states_it(demo, tmp_path, how):
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    timed = dated(fill(sent, tmp_path / "timed.xlsx", actions={unit.id: {3: "Timed"}}), "2026-05-12T09:30:00Z")
    bare = _undated(fill(sent, tmp_path / "f.xlsx", actions={unit.id: {3: "Bare"}}), tmp_path / "bare.xlsx", how)
    assert read_progress_reply(bare).meta["filled_at"] == ""
    receive(store, aid, timed)
    before = store.db.execute("SELECT count(*) FROM proposals").fetchone()
    got = receive(store, aid, bare)
    assert got.undated and got.ids == () and store.db.execute("SELECT count(*) FROM proposals").fetchone() == before
    assert [p.value["reason"] for p in pr.plan_proposals(store, aid)] == ["Timed"]
    forced = receive(store, aid, bare, take=True)
    assert forced.forced and len(forced.ids) == 1 and "states no time it was filled and the one of 2026-05-12 " \
        "09:30:00 UTC received before does" in forced.replies_line()
    assert [p.value["reason"] for p in pr.plan_proposals(store, aid)] == ["Bare"]


def test_replies_are_grouped_by_the_institution_however_its_name_is_spaced_or_cased(demo, tmp_path):
    """Two replies naming the lead spaced and cased differently (as the plan spelled it when each
    form was sent) are one institution's: the older set aside, the newer superseding."""
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    may12 = dated(fill(sent, tmp_path / "may12.xlsx", actions={unit.id: {3: "May 12"}}), "2026-05-12T09:30:00Z")
    may3 = dated(fill(sent, tmp_path / "may3.xlsx", actions={unit.id: {3: "May 3"}}), "2026-05-03T08:00:00Z")
    may20 = dated(fill(sent, tmp_path / "may20.xlsx", actions={unit.id: {3: "May 20"}}), "2026-05-20T08:00:00Z")
    pr.receive_progress(store, aid, read_progress_reply(may12), today=TODAY)
    r = read_progress_reply(may3)
    odd = replace(r, meta={**r.meta, "institution": "  " + NSO.upper().replace(" ", "  ")})
    assert pr.receive_progress(store, aid, odd, today=TODAY).older
    r = read_progress_reply(may20)
    odd = replace(r, meta={**r.meta, "institution": NSO.lower()})
    got = pr.receive_progress(store, aid, odd, today=TODAY)
    assert not got.set_aside and got.replies == 2 and got.superseded == 1
    assert [p.value["reason"] for p in pr.plan_proposals(store, aid)] == ["May 20"]


def _corrupt_member(path, method):
    """A .zip of one CSV member whose compressed stream is damaged (deflate: an invalid block type;
    LZMA: garbage after its header), its directory intact."""
    import struct

    with zipfile.ZipFile(path, "w", method) as z:
        z.writestr("capacity_progress.csv", "SubmissionDate,cap_check\n" + "2026-12-01,x\n" * 200)
    data = bytearray(path.read_bytes())
    name_len, extra_len = struct.unpack("<HH", data[26:30])
    start = 30 + name_len + extra_len
    if method == zipfile.ZIP_DEFLATED:
        data[start] = 0xFF   # BFINAL 1, BTYPE 11: reserved
    else:
        data[start + 9:start + 40] = b"\xff" * 31
    path.write_bytes(bytes(data))
    return path


def test_crafted_odk_exports_are_refused_in_one_line_never_an_unexpected_error(demo, tmp_path):
    """Times out of range in UTC, damaged compressed members, identity columns edited with their
    check computed again (a plain digest): each refused in one line or read with no time, nothing
    stored."""
    from capacity_app.exchange.institutions.progress_xlsform import IDENTITY, identity_check

    store, aid = demo
    form = tmp_path / "nso-form.xlsx"
    pr.send_progress_workbook(store, aid, "2026", "NSOV", form, lang="en", xlsform=True)
    far = _odk_zip(tmp_path / "far.zip", {"f.csv": _odk_rows(form, [("9999-12-31T23:59:59-01:00",
                                                                     {"a2_reason": "Far"}, "1")])})
    assert pr.read_progress_untrusted(far).meta["filled_at"] == ""
    for method in (zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA):
        bad = _corrupt_member(tmp_path / f"corrupt-{method}.zip", method)
        with pytest.raises(WorkbookError) as exc:
            pr.read_progress_untrusted(bad)
        # a damaged deflate stream cannot be unpacked; an LZMA member is refused before it is read
        expected = "cannot be unpacked" if method == zipfile.ZIP_DEFLATED else "is compressed with LZMA"
        assert expected in str(exc.value) and "unexpected" not in str(exc.value), str(exc.value)
    rows = _odk_rows(form, [("2026-12-01T10:00:00Z", {"a2_reason": "x"}, "1")])
    col = {h.rsplit("-", 1)[-1]: i for i, h in enumerate(rows[0])}
    sent_ok = rows[1][col["cap_sent"]]
    import base64
    import json

    def b64(v):
        return base64.b64encode(json.dumps(v).encode()).decode()

    edits = {"b64": {"cap_sent": "%%%"}, "json": {"cap_sent": base64.b64encode(b"{").decode()},
             "not-a-pair": {"cap_sent": b64([1, 2, 3])}, "keys-short": {"cap_keys": "A1"},
             "no-sheet": {"cap_sent": b64(["", {"actions": []}])},
             "carried": {"cap_sent": b64([["x"], json.loads(base64.b64decode(sent_ok))[1]])},
             "row": {"cap_sent": b64(["", {k: [5] * len(v) for k, v in json.loads(base64.b64decode(sent_ok))[1]
                                               .items()}])}}
    for name, edit in edits.items():
        crafted = [list(r) for r in rows]
        for k, v in edit.items():
            crafted[1][col[k]] = v
        crafted[1][col["cap_check"]] = identity_check({k: str(crafted[1][col[k]]) for k in IDENTITY})
        path = _odk_zip(tmp_path / f"{name}.zip", {"capacity_progress.csv": crafted})
        with pytest.raises(WorkbookError) as exc:
            pr.read_progress_untrusted(path)
        assert "identity columns (cap_*) were changed" in str(exc.value) and "\n" not in str(exc.value), name
    assert pr.plan_proposals(store, aid, None) == []


@pytest.mark.parametrize("amount", ["1e1000000", "1E-1000000", "1e31"])
def test_an_amount_written_with_a_huge_exponent_is_refused_in_one_line_at_once(demo, tmp_path, amount):
    """``1e1000000`` typed as text in a money cell kept the reading process busy until its time
    limit (its million digits): refused in one line naming the cell, nothing stored."""
    import time

    store, aid = demo
    unit = _action(store, aid, 3)
    reply = fill(send(store, aid, tmp_path), tmp_path / "reply.xlsx", money={f"{unit.id}#1": {0: amount}})
    t = time.perf_counter()
    with pytest.raises(WorkbookError) as exc:
        pr.read_progress_untrusted(reply)
    assert time.perf_counter() - t < 5
    assert "is out of range" in str(exc.value) and "\n" not in str(exc.value), str(exc.value)
    assert pr.plan_proposals(store, aid, None) == []


def test_a_nul_in_a_reason_from_an_odk_export_is_refused_as_the_questionnaire_s_reader_refuses_it(demo, tmp_path):
    """One rule for text from outside: a control character is refused whichever reader it came
    through (the questionnaire's ODK reader and the progress's alike), one line, nothing stored."""
    from capacity_app.exchange.institutions.submissions import control_problem

    store, aid = demo
    form = tmp_path / "nso-form.xlsx"
    pr.send_progress_workbook(store, aid, "2026", "NSOV", form, lang="en", xlsform=True)
    rows = _odk_rows(form, [("2026-12-01T10:00:00.000Z", {"a2_status": "in_progress",
                                                          "a2_reason": "Recruitment\x00launched"}, "1")])
    before = store.db.execute("SELECT count(*) FROM proposals").fetchone()
    with pytest.raises((ServiceError, WorkbookError)) as exc:
        pr.receive_progress(store, aid, pr.read_progress_untrusted(_odk_zip(tmp_path / "odk.zip",
                                                                            {"capacity_progress.csv": rows})),
                            today=TODAY)
    assert "control character U+0000 (refused)" in str(exc.value) and "\n" not in str(exc.value)
    assert store.db.execute("SELECT count(*) FROM proposals").fetchone() == before
    assert control_problem("a\x00b") == "holds the control character U+0000 (refused)"


def test_the_next_workbook_marks_money_already_above_its_line_and_reads_back_unchanged(demo, tmp_path):
    """Overruns recorded for 2026 are shown in the 2027 workbook the lead receives: the line's
    Disbursed and Spent cells filled, each overrun's sentence (the one rule) their comment, in the
    workbook's language; returned as sent, the workbook proposes nothing."""
    import openpyxl

    from capacity_app.domain.plan.overrun import DISBURSED_OVER_BUDGET, SPENT_OVER_BUDGET, overrun_text
    from capacity_app.domain.plan.progress import action_overruns
    from capacity_app.exchange.institutions.progress_form import OPEN_FILL, write_progress_workbook
    from capacity_app.exchange.workbook.cells import OVERRUN_FILL
    from capacity_app.services.plan import progress as prog

    store, aid = demo
    unit = _action(store, aid, 3)
    double = unit.costs[0].amount * 2
    prog.record_progress(store, aid, ActionProgress(unit.id, "2026", "in_progress", "2026-03-01", None, "",
                                                    (LineMoney(1, "XOF", double, double, double),)), replace=True, today=TODAY)
    sent = send(store, aid, tmp_path, period="2027", lang="fr")
    ws = openpyxl.load_workbook(sent).worksheets[2]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == f"{unit.id}#1")
    committed, disbursed, spent = row[5], row[6], row[7]
    found = {o.kind: o for o in action_overruns(unit, store.action_progress(aid), until="2027")}
    assert set(found) == {SPENT_OVER_BUDGET, DISBURSED_OVER_BUDGET}
    assert spent.fill.fgColor.rgb.endswith(OVERRUN_FILL) and spent.comment.text == overrun_text(found[SPENT_OVER_BUDGET], 3, "fr")
    assert disbursed.comment.text == overrun_text(found[DISBURSED_OVER_BUDGET], 3, "fr")
    assert "dépensés à ce jour" in spent.comment.text and spent.value is None and spent.protection.locked is False
    assert committed.comment is None and committed.fill.fgColor.rgb.endswith(OPEN_FILL)
    other = next(r for r in ws.iter_rows(min_row=2) if r[0].value != f"{unit.id}#1")
    assert all(c.comment is None for c in other)
    form = pr.build_progress_form(store, aid, "NSOV", "2027", "fr")
    plain = write_progress_workbook(replace(form, flags={}), tmp_path / "plain.xlsx")
    assert form.flags and _read(sent) == _read(plain)   # the marks change nothing that is read back


def _read(path):
    reply = read_progress_reply(path)
    return {code: [(r.key, r.values, r.changed) for r in rows] for code, rows in reply.rows.items()}


_EDIT = st.lists(st.tuples(st.sampled_from([2026, 2027]), st.integers(1, 10**8)), min_size=0, max_size=3)


@pytest.fixture
def three_replies(demo, tmp_path):
    """Three replies of the statistics office on action 3's first line (the same workbook sent once,
    filled three ways): {amount: path}."""
    store, aid = demo
    unit = _action(store, aid, 3)
    sent = send(store, aid, tmp_path)
    return {amount: fill(sent, tmp_path / f"r{amount}.xlsx", actions={unit.id: {0: "In progress"}},
                         money={f"{unit.id}#1": {0: amount, 1: amount, 2: amount}})
            for amount in (1000, 250000, 9000000)}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(st.tuples(st.just("receive"), st.sampled_from([1000, 250000, 9000000])),
                                st.tuples(st.just("accept"), st.booleans()),
                                st.tuples(st.just("reject"), st.booleans()),
                                st.tuples(st.just("edit"), _EDIT),
                                st.tuples(st.just("remove"), st.booleans())),
                      min_size=2, max_size=7))
def test_replies_interleaved_with_plan_edits_never_lose_or_move_a_unit(demo, questionnaire, three_replies, steps):
    """Replies received, accepted and rejected between edits and removals of the plan: every step
    is refused with the money recorded unchanged, or keeps every unit on the line (number,
    currency, year, funder) it was recorded on; an accepted proposal's money is what it proposed;
    a rejected reply received again is not proposed again."""
    store, aid = demo
    unit = _action(store, aid, 3)

    def money():
        return {(e.action_id, e.period, m.line, m.currency): (m.committed, m.disbursed, m.spent)
                for e in store.action_progress(aid) for m in e.lines}

    rejected: set[int] = set()
    for step in [("receive", 250000), *steps]:
        before, lines = money(), {a.id: a.costs for a in store.action_plan(aid)}
        opened = [p for p in pr.plan_proposals(store, aid) if p.key.startswith(f"progress:{unit.id}:")]
        try:
            if step[0] == "receive":
                got = receive(store, aid, three_replies[step[1]])
                assert not (step[1] in rejected and got.ids), "a rejected reply came back as a proposal"
            elif step[0] in ("accept", "reject") and opened:
                p = opened[0 if step[1] else -1]
                if step[0] == "reject":
                    pr.reject(store, aid, p.id, "not ours")
                    event("rejected")
                    rejected.add(int(pr.proposed_entry(p).lines[0].spent))
                else:
                    pr.accept(store, aid, p.id, today=TODAY)
                    event("accepted")
                    assert money()[(unit.id, "2026", 1, lines[unit.id][0].currency)][2] == \
                        pr.proposed_entry(p).lines[0].spent
                    continue
            elif step[0] == "edit" and unit.id in lines:
                current = store.action(aid, unit.id)
                first = current.costs[0]
                costs = (first, *(replace(first, year=y, amount=D(n)) for y, n in step[1]))
                plans.update_action(store, questionnaire, aid, replace(current, costs=costs))
            elif step[0] == "remove":
                plans.remove_action(store, aid, unit.id)
        except ServiceError:
            event(f"{step[0]} refused")
            assert money() == before
            continue
        if step[0] in ("receive", "reject", "edit", "remove"):
            assert money() == before   # only an accept records money
        now = {a.id: a.costs for a in store.action_plan(aid)}
        for (action_id, _period, line, currency) in before:
            was, kept = lines[action_id][line - 1], now[action_id][line - 1]
            assert (kept.year, kept.currency, kept.funding, kept.funder) == (was.year, currency, was.funding,
                                                                             was.funder)
