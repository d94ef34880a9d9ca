"""Capacity-app institutions and proposals: who is asked what, changed per assessment;
proposals listed beside the answer, accepted and rejected from the command line."""
from __future__ import annotations

from capacity_app.domain.institutions.proposals import NewProposal
from capacity_app.services.institutions import proposals as sp
from capacity_app.services.assessments import open_store, questionnaire_for


def test_institutions_and_proposals(cli_run):
    assert cli_run("new", "--country", "KEN", "--round", "2026").output.strip() == "1"
    out = cli_run("institutions", "1").output
    assert "central_bank" in out and "Central bank" in out
    r = cli_run("institutions", "1", "--institution", "central_bank", "--assign", "s12_budget",
                "--deadline", "2026-12-01", "--contact", "A. Mwangi")
    assert r.exit_code == 0 and "s12_budget" in r.output and "4 questions" in r.output
    assert "by 2026-12-01, contact A. Mwangi" in cli_run("institutions", "1").output
    bad = cli_run("institutions", "1", "--institution", "central_bank", "--assign", "s12_budget.x")
    assert bad.exit_code == 2 and "name a section" in bad.output
    q = questionnaire_for()
    with open_store(cli_run.db) as store:
        ids = sp.add_proposals(store, q, 1, [NewProposal("s12_budget", "central_bank", "answered", "yes", "", "B. Njeri"),
                                             NewProposal("s12_budget", "nso", "answered", "no")], "cb.xlsx").ids
    out = cli_run("proposals", "1").output
    assert f"#{ids[0]} [open] CONFLICT s12_budget: Yes (now: not answered) - central_bank (B. Njeri)" in out
    refused = cli_run("proposals", "1", "--institution", "central_bank", "--accept-all")
    assert refused.exit_code == 2 and "settle them one by one" in refused.output
    assert cli_run("proposals", "1", "--reject", ids[1], "--note", "the bank knows").exit_code == 0
    assert cli_run("proposals", "1", "--accept", ids[0]).output.startswith(f"accepted proposal {ids[0]}: s12_budget")
    answers = cli_run("answers", "1").output
    assert "s12_budget" in answers
    assert "[accepted]" in cli_run("proposals", "1", "--state", "accepted").output


def test_export_and_import_a_reply(cli_run, tmp_path):
    import openpyxl

    cli_run("new", "--country", "KEN", "--round", "2026")
    out = tmp_path / "cb.xlsx"
    r = cli_run("export", "1", "--institution", "central_bank", "--xlsx", out, "--lang", "fr")
    assert r.exit_code == 0 and f"wrote {out}" in r.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Couverture", "Questions"]
    ws = wb["Questions"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "s1_statistics.remit_in.available")
    row[4].value = "Oui"
    wb["Couverture"]["B13"] = "B. Njeri"
    wb.save(tmp_path / "reply.xlsx")
    wrong = cli_run("import", tmp_path / "reply.xlsx", "--institution", "labour")
    assert wrong.exit_code == 2 and "not to 'labour'" in wrong.output and len(wrong.output.strip().splitlines()) == 1
    r = cli_run("import", tmp_path / "reply.xlsx")
    assert r.exit_code == 0 and "reply of central_bank (B. Njeri)" in r.output and "1 values proposed" in r.output
    assert "s1_statistics.remit_in.available: Yes (now: not answered) - central_bank (B. Njeri)" in cli_run("proposals", "1").output
    row[4].value = "Peut-être"
    wb.save(tmp_path / "careless.xlsx")
    bad = cli_run("import", tmp_path / "careless.xlsx")
    assert bad.exit_code == 2 and "Questions!E" in bad.output and "Peut-être" in bad.output
    assert "[open]" in cli_run("proposals", "1").output and cli_run("proposals", "1").output.count("#") == 1
    folder = tmp_path / "forms"
    r = cli_run("export", "1", "--institutions", folder)
    assert r.exit_code == 0 and len(list(folder.glob("KEN-2026-*.xlsx"))) == 7
