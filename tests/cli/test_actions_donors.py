"""The funding request's donor structures from the command line: the risk matrix, the indicators'
details and the procurement plan read from a file written as ``actions request --json`` prints
them, printed back by --json exactly (a script's round trip); each part the file holds replaces the
one stored, the others stay; a bad file or entry is refused in one line in the user's language,
nothing changed."""
import json
import re

from cli_helpers import plan_json, refused


def _setup(cli_run):
    aid = cli_run("new", "--country", "SEN", "--round", "2026").output.strip()
    assert cli_run("actions", "finance", aid, "--currency", "XOF", "--rate", "XOF=605.25@2026-05-01",
                   "--rate", "EUR=0.9231@2026-05-01").exit_code == 0
    r = cli_run("actions", "add", aid, "--title", "Register linkage", "--start", "2027-Q1", "--end", "2028-Q4",
                "--cost", "2027=120000 EUR; partner=European Union; committed; staff",
                "--cost", "2028=100000 EUR; partner=European Union; pledged; equipment")
    assert r.exit_code == 0, r.output
    r = cli_run("actions", "objective", aid, "Official statistics by migratory status")
    assert r.exit_code == 0, r.output
    r = cli_run("actions", "indicator", "add", aid, "--objective", "--name", "Releases a year",
                "--target", "2027=1", "--target", "2028=2", "--verification", "Release calendar")
    assert r.exit_code == 0, r.output
    return aid


def _ids(cli_run, aid):
    plan = plan_json(cli_run, aid)
    return plan["actions"][0]["id"], plan["results"]["indicators"][0]["id"]


def _record(action, indicator):
    return {
        "risks": [{"risk": "=HYPERLINK(\"http://x\") records withheld", "likelihood": "medium", "impact": "high",
                   "mitigation": "Agreement negotiated first\nthen signed", "owner": "Ministère du Plan",
                   "actions": [action]},
                  {"risk": "Staff leave", "likelihood": "low", "impact": "medium", "mitigation": "Allowance",
                   "owner": "NSO"}],
        "indicators": [{"indicator": indicator, "frequency": "annual", "responsibility": "NSO",
                        "dli_partner": "European Union", "dli_amount": "50000.5"}],
        "procurement": [{"action": action, "description": "Statistician", "method": "individual", "amount": "120000",
                         "currency": "EUR", "start": "2027-01-15", "end": "2027-12-31", "review": "post", "line": 1}],
    }


def test_the_structures_round_trip_through_the_command_line(cli_run, tmp_path):
    aid = _setup(cli_run)
    action, indicator = _ids(cli_run, aid)
    f = tmp_path / "donors.json"
    f.write_text(json.dumps(_record(action, indicator), ensure_ascii=False), encoding="utf-8")
    r = cli_run("actions", "request", aid, "--donors", str(f), "--json")
    assert r.exit_code == 0, r.output
    shown = json.loads(r.output)
    assert {k: shown[k] for k in ("risks", "indicators", "procurement")} == _record(action, indicator)
    assert plan_json(cli_run, aid)["funding_request"]["risks"][0]["owner"] == "Ministère du Plan"
    # what --json prints goes back in unchanged: a script's round trip
    f.write_text(r.output, encoding="utf-8")
    again = cli_run("actions", "request", aid, "--donors", str(f), "--json")
    assert json.loads(again.output) == shown
    # a part the file holds replaces the one stored, the others stay; the signatories stay too
    assert cli_run("actions", "request", aid, "--signatory", "government; A. Diallo; Minister").exit_code == 0
    r = cli_run("actions", "request", aid, "--donors", "-", "--json", input=json.dumps({"procurement": []}))
    after = json.loads(r.output)
    assert "procurement" not in after and after["risks"] == shown["risks"] and after["signatories"]
    text = cli_run("actions", "request", aid).output
    assert "(likelihood: medium, impact: high)" in text and "disbursement-linked: 50000.5 EUR (European Union)" in text


def test_a_bad_file_is_refused_in_one_line_nothing_changed(cli_run, tmp_path, monkeypatch):
    aid = _setup(cli_run)
    action, indicator = _ids(cli_run, aid)
    f = tmp_path / "donors.json"
    f.write_text(json.dumps(_record(action, indicator)), encoding="utf-8")
    assert cli_run("actions", "request", aid, "--donors", str(f)).exit_code == 0
    before = plan_json(cli_run, aid)

    def bad(record, *words):
        f.write_text(json.dumps(record) if not isinstance(record, str) else record, encoding="utf-8")
        refused(cli_run("actions", "request", aid, "--donors", str(f)), *words)
        assert plan_json(cli_run, aid) == before

    good = _record(action, indicator)
    bad("{not json", "not a JSON file")
    bad(["risks"], "does not hold a funding request's record")
    bad({"risks": "all"}, "risks in the file must be a list")
    bad({**good, "risks": [{**good["risks"][0], "likelihood": "certain"}]}, "risk 1 — the likelihood must be one of")
    bad({"indicators": [{**good["indicators"][0], "dli_amount": "220000.01"}]},
        "release 220000.01 EUR, more than its lines in the plan (220000 EUR)")
    bad({"procurement": [{**good["procurement"][0], "end": "2030-01-01"}]}, "outside the plan's years, 2027 to 2028")
    bad({"procurement": [{**good["procurement"][0], "method": "tender"}]}, "rfb, rfp, rfq")
    bad({"procurement": [{**good["procurement"][0], "amount": "lots"}]}, "the amount 'lots' is not an amount")
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    bad({"procurement": [{**good["procurement"][0], "review": "never"}]},
        "marché 1 du plan de passation — l'examen doit être l'une des valeurs prior, post")
    monkeypatch.setenv("CAPACITY_APP_LANG", "ru")
    bad({"risks": [{**good["risks"][0], "owner": ""}]}, "риск 1 — не указано учреждение, ответственное за риск")


def test_a_line_s_eu_budget_from_the_command_line(cli_run):
    aid = _setup(cli_run)
    r = cli_run("actions", "edit", aid, "1", "--cost", "2027=120000 EUR; partner=European Union; staff; modality=grants",
                "--cost", "2028=100000 EUR; partner=European Union; modality=procurement; eu=evaluation")
    assert r.exit_code == 0, r.output
    lines = plan_json(cli_run, aid)["actions"][0]["costs"]
    assert [(x.get("modality"), x.get("eu_line")) for x in lines] == [("grants", None), ("procurement", "evaluation")]
    before = plan_json(cli_run, aid)
    refused(cli_run("actions", "edit", aid, "1", "--cost", "2027=1 EUR; partner=European Union; modality=loan"),
            "the implementation modality must be one of grants, procurement")
    assert plan_json(cli_run, aid) == before


def test_the_donor_workbook_holds_the_report_s_figures_and_text_never_a_formula(cli_run, tmp_path):
    import openpyxl

    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import build_report_context

    aid = _setup(cli_run)
    action, indicator = _ids(cli_run, aid)
    assert cli_run("actions", "edit", aid, "1", "--cost", "2027=120000.4 EUR; partner=European Union; modality=grants",
                   "--cost", "2028=100000.3 EUR; partner=European Union; modality=procurement").exit_code == 0
    f = tmp_path / "donors.json"
    f.write_text(json.dumps({**_record(action, indicator), "procurement": [
        {**_record(action, indicator)["procurement"][0], "amount": "5000"}]}), encoding="utf-8")
    assert cli_run("actions", "request", aid, "--donors", str(f)).exit_code == 0
    out = tmp_path / "eu.xlsx"
    r = cli_run("actions", "donor-workbook", aid, "--partner", "european union", "--out", out, "--lang", "fr")
    assert r.exit_code == 0, r.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["Budget EUR", "Budget XOF", "Budget USD"]
    # the Union's results framework in its edition's words (the logframe's)
    assert {"Cadre logique", "Risques", "Indicateurs du cadre logique", "Plan de passation"} <= set(wb.sheetnames)
    risk = wb["Risques"]["A2"]
    assert risk.value.startswith("=HYPERLINK") and risk.data_type == "s"       # text, never a formula
    with open_store(cli_run.db, readonly=True) as store:
        ctx = build_report_context(store, None, int(aid), "fr")
    [table] = ctx.funding.donors.eu_budgets
    assert len(table.blocks) == 3
    for block in table.blocks:
        ws = wb[next(f"Budget {code}" for code in ("EUR", "XOF", "USD") if code in block.currency)]
        printed = [[c for c in row.cells] + [row.total] for row in (*block.rows, block.total)]
        written = [list(r)[1:] for r in ws.iter_rows(min_row=4, values_only=True)]
        digits = [[re.sub(r"\D", "", str(c)) for c in row] for row in printed]
        assert [[re.sub(r"\D", "", str(v if v is not None else "–")) for v in row] for row in written] == digits
    framework = list(wb["Indicateurs du cadre logique"].iter_rows(min_row=2, values_only=True))
    assert framework[0][-2:] == (50000.5, "EUR")
    procurement = list(wb["Plan de passation"].iter_rows(min_row=2, values_only=True))
    assert [p[1] for p in procurement[:1]] == ["Statistician"] and set(procurement[1]) == {None}
    # under the table, the report's sentence on the lines no package covers, as text
    assert [p[0] for p in procurement[2:]] == ctx.funding.donors.package_gaps
    refused(cli_run("actions", "donor-workbook", aid, "--partner", "World Bank", "--out", tmp_path / "wb.xlsx"),
            "no line of the plan is funded by 'World Bank'; the partners are: European Union")
    assert not (tmp_path / "wb.xlsx").exists()
