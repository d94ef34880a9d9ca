"""The funding request from the command line: a cost line's sustainability in --cost,
who commits the national part and who signs (``actions request``), the budgets a donor reads in
``actions --json``; bad input refused in one line, nothing changed."""
from decimal import Decimal

from cli_helpers import plan_json, refused


def _setup(cli_run):
    aid = cli_run("new", "--country", "SEN", "--round", "2026").output.strip()
    assert cli_run("actions", "finance", aid, "--currency", "XOF", "--rate", "XOF=605.25@2026-05-01",
                   "--rate", "EUR=0.9231@2026-05-01").exit_code == 0
    r = cli_run("actions", "add", aid, "--title", "Register linkage", "--start", "2027-Q1", "--end", "2028-Q4",
                "--cost", "2027=120000 EUR; partner=European Union; committed; staff; recurrent; takeover=2029:70000",
                "--cost", "2028=100000 EUR; partner=European Union; pledged; staff",
                "--cost", "2027=45000000 XOF; national; training")
    assert r.exit_code == 0, r.output
    return aid


def test_sustainability_budgets_and_signatories(cli_run):
    aid = _setup(cli_run)
    line = plan_json(cli_run, aid)["actions"][0]["costs"][0]
    assert (line["recurrent"], line["takeover_year"], line["takeover_amount"]) == (True, 2029, "70000")
    assert "taken over by the national budget from 2029" in cli_run("actions", aid).output
    r = cli_run("actions", "request", aid, "--committed-by", "Ministry of Finance",
                "--signatory", "government; Aminata Diallo; Minister of the Economy",
                "--signatory", "finance; Moussa Ndiaye; Minister of Finance",
                "--signatory", "partner=European Union; Jean Dupont; Head of Delegation")
    assert r.exit_code == 0, r.output
    plan = plan_json(cli_run, aid)
    assert plan["funding_request"]["committed_by"] == "Ministry of Finance"
    assert [s["role"] for s in plan["funding_request"]["signatories"]] == ["government", "finance", "partner"]
    b = plan["budgets"]
    assert b["partners"]["European Union"]["currency"] == "EUR"
    assert b["partners"]["European Union"]["total"]["EUR"] == "220000"
    for table in (b["by_category"], b["by_year_and_category"], b["by_year_and_source"]):
        for code in table["currencies"]:
            assert sum(Decimal(v) for v in table["row_totals"][code].values()) == Decimal(table["total"][code])
    assert sum(Decimal(s["percent"]) for s in b["co_financing"]) == 100
    assert b["taken_over_by_the_national_budget"][0]["from_year"] == 2029


def test_bad_input_refused_in_one_line_nothing_changed(cli_run, tmp_path):
    aid = _setup(cli_run)
    before = plan_json(cli_run, aid)
    # a partner's edition for a partner no line names: refused before anything is written
    out = tmp_path / "edition"
    out.mkdir()
    refused(cli_run("report", aid, "--partner", "World Bank", "--pdf", str(out / "wb.pdf"),
                    "--docx", str(out / "wb.docx")), "no line of the plan is funded by 'World Bank'",
            "European Union")
    assert list(out.iterdir()) == []
    # the national budget cannot take over a cost the partner still funds
    refused(cli_run("actions", "edit", aid, "1", "--cost",
                     "2027=120000 EUR; partner=European Union; recurrent; takeover=2027:70000"), "2027")
    refused(cli_run("actions", "edit", aid, "1", "--cost", "2027=1 EUR; partner=EU; takeover=2030"),
             "takeover=YEAR:AMOUNT")
    refused(cli_run("actions", "request", aid, "--signatory", "partner=World Bank; A. B; Director"),
             "World Bank", "European Union")
    refused(cli_run("actions", "request", aid, "--signatory", "mayor; A. B; Mayor"), "government")
    assert plan_json(cli_run, aid) == before


def test_a_takeover_above_its_line_is_refused_and_one_in_the_plan_s_currency_is_converted(cli_run):
    """A takeover of 5,200,000 typed for a EUR 650,000 line (meant in the plan's francs CFA) is
    refused in one line, never printed as more than the plan; typed with its currency it is
    converted into the line's at the plan's rates."""
    aid = cli_run("new", "--country", "SEN", "--round", "2026").output.strip()
    r = cli_run("actions", "finance", aid, "--currency", "XOF", "--rate", "XOF=605.25@2026-05-01",
                "--rate", "EUR=0.9227@2026-05-01")
    assert r.exit_code == 0, r.output
    line = "2027=650000 EUR; partner=European Union; secured; recurrent; takeover=2029:{}"
    r = cli_run("actions", "add", aid, "--title", "Migration unit", "--start", "2026-Q1", "--end", "2028-Q4",
                "--cost", line.format("5200000"))
    refused(r, "cost line 1: the national budget would take over 5200000 EUR a year, more than the line itself "
               "(650000 EUR)")
    r = cli_run("actions", "add", aid, "--title", "Migration unit", "--start", "2026-Q1", "--end", "2028-Q4",
                "--cost", line.format("300000000 XOF"))
    assert r.exit_code == 0, r.output
    (cost,) = plan_json(cli_run, aid)["actions"][0]["costs"]
    # 300,000,000 XOF / 605.25 XOF per USD = 495,662.95 USD, times 0.9227 EUR per USD = 457,348.20 EUR
    assert cost["takeover_amount"] == "457348.2"
