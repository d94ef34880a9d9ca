"""``actions progress send|receive|proposals|accept|reject``: named in the help, a
reply taken back as proposals and accepted, a refusal in one line with nothing stored."""
from __future__ import annotations

import json
import shutil

import openpyxl
from cli_helpers import refused
from workbook_values import sheet_values


def test_the_verbs_are_named_in_the_help(cli_run):
    for args in (("actions", "--help"), ("actions", "progress", "--help")):
        out = cli_run(*args).output
        for verb in ("send", "receive", "proposals", "accept", "reject"):
            assert verb in out, (args, verb)


def test_send_receive_accept_from_the_command_line(cli_run, demo_db, tmp_path):
    path, aid = demo_db
    shutil.copy(path, cli_run.db)
    out = tmp_path / "interior.xlsx"
    r = cli_run("actions", "progress", "send", aid, "2026", "--institution",
                "Ministry of the Interior, Migration Directorate", "--out", out, "--lang", "fr")
    assert r.exit_code == 0 and "2 actions" in r.output, r.output
    refused(cli_run("actions", "progress", "send", aid, "2026", "--institution", "nobody", "--out", out),
            "is led by 'nobody'", "Ministry of the Interior, Migration Directorate")
    wb = openpyxl.load_workbook(out)
    actions = wb.worksheets[1]
    assert actions["E2"].value == "En cours"     # the data-sharing agreement, as recorded for 2026
    actions["H2"].value = "Le décret est signé ; les ministres signent en janvier"
    wb.save(tmp_path / "reply.xlsx")
    r = cli_run("actions", "progress", "receive", aid, tmp_path / "reply.xlsx", "--dry-run")
    assert r.exit_code == 0 and "1 entry would propose" in r.output, r.output
    assert json.loads(cli_run("actions", "progress", "proposals", aid, "--json").output)["proposals"] == []
    r = cli_run("actions", "progress", "receive", aid, tmp_path / "reply.xlsx")
    assert "1 entry proposed" in r.output, r.output
    (p,) = json.loads(cli_run("actions", "progress", "proposals", aid, "--json").output)["proposals"]
    assert p["kind"] == "action" and p["proposed"]["reason"].startswith("Le décret est signé")
    refused(cli_run("actions", "progress", "accept", aid), "give a proposal's number or --all")
    r = cli_run("actions", "progress", "accept", aid, p["id"])
    assert r.exit_code == 0, r.output
    shown = json.loads(cli_run("actions", "progress", "show", aid, "2026", "--json").output)
    assert any((a["entry"] or {}).get("reason", "").startswith("Le décret est signé") for a in shown["actions"])
    refused(cli_run("actions", "progress", "reject", aid, p["id"]), f"proposal {p['id']} is accepted already")
    refused(cli_run("actions", "progress", "receive", aid, tmp_path / "nothing.xlsx"), "nothing.xlsx")


def test_send_the_xlsform(cli_run, demo_db, tmp_path):
    path, aid = demo_db
    shutil.copy(path, cli_run.db)
    r = cli_run("actions", "progress", "send", aid, "2026", "--institution", "NSOV", "--out", tmp_path / "f.xlsx",
                "--xlsform", "--lang", "ar")
    assert r.exit_code == 0 and "XLSForm" in r.output, r.output
    assert "Arabic (ar)" in sheet_values(tmp_path / "f.xlsx", "settings")[1]


def test_send_is_said_in_the_command_line_s_language(cli_run, demo_db, tmp_path, monkeypatch):
    path, aid = demo_db
    shutil.copy(path, cli_run.db)
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    r = cli_run("actions", "progress", "send", aid, "2026", "--institution",
                "Ministry of the Interior, Migration Directorate", "--out", tmp_path / "i.xlsx")
    assert r.exit_code == 0 and "le classeur de suivi de" in r.output and "actions : 2, lignes de coût" in r.output, \
        r.output


def test_an_older_reply_received_later_is_set_aside_and_said(cli_run, demo_db, tmp_path, monkeypatch):
    """The interior's reply of 12 May arrives first, its reply of 3 May after: the one of 12 May
    stays the one taken, said in one line; the database holds no proposal from the older one."""
    import re
    import zipfile

    path, aid = demo_db
    shutil.copy(path, cli_run.db)
    out = tmp_path / "interior.xlsx"
    cli_run("actions", "progress", "send", aid, "2026", "--institution",
            "Ministry of the Interior, Migration Directorate", "--out", out)
    for name, reason, stamp in (("may12.xlsx", "Written on 12 May", "2026-05-12T09:30:00Z"),
                                ("may3.xlsx", "Written on 3 May", "2026-05-03T08:00:00Z")):
        wb = openpyxl.load_workbook(out)
        wb.worksheets[1]["H2"].value = reason
        wb.save(tmp_path / name)
        with zipfile.ZipFile(tmp_path / name) as z:   # the time Excel writes at its save
            parts = {i.filename: z.read(i) for i in z.infolist()}
        parts["docProps/core.xml"] = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(),
                                            parts["docProps/core.xml"])
        with zipfile.ZipFile(tmp_path / name, "w") as z:
            for member, data in parts.items():
                z.writestr(member, data)
    assert "1 entry proposed" in cli_run("actions", "progress", "receive", aid, tmp_path / "may12.xlsx").output
    r = cli_run("actions", "progress", "receive", aid, tmp_path / "may3.xlsx")
    refused(r, "filled 2026-05-03 08:00:00 UTC: older than the reply of 2026-05-12 09:30:00 UTC received before; nothing "
               "stored (--take takes it all the same)")
    (p,) = json.loads(cli_run("actions", "progress", "proposals", aid, "--json").output)["proposals"]
    assert p["proposed"]["reason"] == "Written on 12 May"
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")   # said in the command line's language
    refused(cli_run("actions", "progress", "receive", aid, tmp_path / "may3.xlsx"),
            "remplie le 2026-05-03 08:00:00 UTC : plus ancienne que la réponse du 2026-05-12 09:30:00 UTC reçue avant elle ; "
            "rien n'est enregistré (--take la retient tout de même)")
    monkeypatch.delenv("CAPACITY_APP_LANG")
    # the officer's way out: taken all the same, and said so
    r = cli_run("actions", "progress", "receive", aid, tmp_path / "may3.xlsx", "--take")
    assert r.exit_code == 0 and "1 entry proposed" in r.output, r.output
    assert ("Ministry of the Interior, Migration Directorate: 2 replies for 2026, this one, of 2026-05-03 08:00:00 UTC, "
            "taken on the officer's word (--take) although the one of 2026-05-12 09:30:00 UTC received before is "
            "newer") in r.output
    (p,) = json.loads(cli_run("actions", "progress", "proposals", aid, "--json").output)["proposals"]
    assert p["proposed"]["reason"] == "Written on 3 May"


def test_a_count_in_the_hidden_identity_that_is_no_count_is_refused_in_one_line(cli_run, demo_db, tmp_path):
    """The ``_form`` sheet's ``submissions`` set to 'x', its check recomputed: one line, nothing stored."""
    from capacity_app.exchange.institutions.form import form_check

    path, aid = demo_db
    shutil.copy(path, cli_run.db)
    out = tmp_path / "interior.xlsx"
    cli_run("actions", "progress", "send", aid, "2026", "--institution",
            "Ministry of the Interior, Migration Directorate", "--out", out)
    for name in ("submissions", "left_out"):
        wb = openpyxl.load_workbook(out)
        wb.worksheets[1]["H2"].value = "Edited"
        ws = wb["_form"]
        pairs = [(str(r[0].value), str(r[1].value or "")) for r in ws.iter_rows() if r[0].value != "check"]
        pairs.append((name, "x"))   # openpyxl reads the rows' separators as Excel escapes them
        check = form_check([(k, v.replace("_x001D_", "\x1d")) for k, v in pairs])
        for i, (k, v) in enumerate([*pairs, ("check", check)], 1):
            ws.cell(i, 1, k)
            ws.cell(i, 2, v)
        wb.save(tmp_path / "edited.xlsx")
        refused(cli_run("actions", "progress", "receive", aid, tmp_path / "edited.xlsx"),
                f"gives {name} as 'x', not a count", "nothing was received")
        assert json.loads(cli_run("actions", "progress", "proposals", aid, "--json").output)["proposals"] == []


def test_an_institution_is_named_as_people_name_it_and_the_help_s_examples_work_on_the_demo(demo_db, tmp_path):
    """The start of its name, or words only it has, name a lead unambiguously; the full name is
    shown back; words several leads share are refused with those it could be. The database is a
    copy of the session's demo (the one ``demo`` makes: its report and workbook, which this test
    never reads, are written by tests/cli/test_cli_contract.py's run of the command)."""
    from click.testing import CliRunner

    from capacity_app.cli import main

    db = tmp_path / "demo.sqlite3"
    made, aid = demo_db
    shutil.copy(made, db)
    runner = CliRunner()
    for key, full in (("interior", "Ministry of the Interior, Migration Directorate"),
                      ("Ministry of the Interior", "Ministry of the Interior, Migration Directorate"),
                      ("central bank", "Central Bank of Veloria"), ("NSOV", "National Statistics Office of Veloria")):
        r = runner.invoke(main, ["--db", str(db), "actions", "progress", "send", str(aid), "2026", "--institution", key,
                                 "--out", str(tmp_path / "f.xlsx")])
        assert r.exit_code == 0 and full in r.output, (key, r.output)
    r = runner.invoke(main, ["--db", str(db), "actions", "progress", "send", str(aid), "2026", "--institution", "ministry",
                             "--out", str(tmp_path / "f.xlsx")])
    assert r.exit_code == 2 and "names several leading institutions" in r.output
