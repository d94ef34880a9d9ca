"""``actions add/edit`` with what a donor reads: the results framework, risks, dependencies,
the SDG target, each cost line's basis, category and pipeline status; every hostile entry refused
in one line, nothing saved."""
import json

from cli_helpers import plan_json, refused


def test_help_names_every_donor_field(cli_run):
    for cmd in ("add", "edit"):
        text = " ".join(cli_run("actions", cmd, "--help").output.split())
        for option in ("--indicator", "--baseline", "--target", "--verification", "--risks", "--depends-on",
                       "--sdg-target", "survey_operations", "committed", "UNIT_COSTxQUANTITY"):
            assert option in text, (cmd, option)


def test_donor_fields_through_the_command_line(cli_run):
    aid = cli_run("new", "--country", "SEN", "--round", "2026").output.strip()
    assert cli_run("actions", "finance", aid, "--rate", "EUR=0.92@2026-01-05").exit_code == 0
    first = cli_run("actions", "add", aid, "--title", "Train the census staff").output.strip().splitlines()[-1]
    r = cli_run("actions", "add", aid, "--title", "Add the migration module to the census",
                "--indicator", "Census tables on country of birth published",
                "--baseline", "0 tables (2026)", "--target", "12 tables (2028)",
                "--verification", "Census report on the ANSD web site", "--risks", "Census budget kept",
                "--depends-on", "1", "--sdg-target", "SDG 17.18", "--start", "2027-Q1", "--end", "2028-Q4",
                "--cost", "2027=1500000x12 XOF; consultants; national",
                "--cost", "2028=250000 EUR; partner=European Union; committed; survey operations")
    assert r.exit_code == 0, r.output
    a = plan_json(cli_run, aid)["actions"][1]
    assert (a["indicator"], a["baseline"], a["target"], a["verification"], a["risks"], a["sdg_target"]) == (
        "Census tables on country of birth published", "0 tables (2026)", "12 tables (2028)",
        "Census report on the ANSD web site", "Census budget kept", "17.18")
    assert a["depends_on"] == [first]
    assert a["costs"][0] == {"year": 2027, "amount": "18000000", "currency": "XOF", "funding": "national",
                             "funder": "", "secured": False, "executed": None, "category": "consultants",
                             "unit_cost": "1500000", "quantity": "12"}
    assert a["costs"][1]["pipeline"] == "committed" and a["costs"][1]["secured"] is True
    assert a["costs"][1]["category"] == "survey_operations"
    text = cli_run("actions", aid).output
    assert "SDG target: 17.18" in text and "depends on: action 1" in text and "(committed)" in text
    # edited, then cleared
    assert cli_run("actions", "edit", aid, "2", "--target", "15 tables (2028)", "--depends-on", "").exit_code == 0
    a = plan_json(cli_run, aid)["actions"][1]
    assert a["target"] == "15 tables (2028)" and a["depends_on"] == []


def test_hostile_donor_entries_refused_in_one_line(cli_run):
    aid = cli_run("new", "--country", "SEN", "--round", "2026").output.strip()
    assert cli_run("actions", "add", aid, "--title", "One").exit_code == 0
    assert cli_run("actions", "add", aid, "--title", "Two", "--depends-on", "1").exit_code == 0
    before = plan_json(cli_run, aid)
    cases = [
        (("--sdg-target", "17.20"), ("17.20", "does not exist")),
        (("--sdg-target", "18.1"), ("17 goals",)),
        (("--sdg-target", "census"), ("not a target",)),
        (("--depends-on", "9"), ("no action",)),
        (("--depends-on", "1"), ("itself",)),
        (("--depends-on", "2"), ("circle",)),  # action 1 waiting for 2, which waits for 1
        (("--cost", "2027=100x3 XOF; partner=IOM; pledged; secured"), ("pledged", "not secured")),
        (("--cost", "2027=100x0 XOF"), ("quantity", "above zero")),
        (("--cost", "2027=100x-1 XOF"), ("not",)),
        (("--cost", "2027=0.01x0.001 XOF"), ("decimals",)),
        (("--cost", "2027=9999999999999x9 XOF"), ("too large",)),
        (("--cost", "2027=100 XOF; catering"), ("catering", "cost category")),
        (("--cost", "2027=100 XOF; promised"), ("pipeline status",)),
        (("--indicator", "x" * 1001), ("indicator", "1000")),
        (("--risks", "half a pair \ud800"), ("risks", "U+D800")),
    ]
    for opts, words in cases:
        target = "1" if opts[0] == "--depends-on" and opts[1] in ("1", "2") else "2"
        refused(cli_run("actions", "edit", aid, target, *opts), *words)
    assert plan_json(cli_run, aid) == before
    # an action others depend on cannot be removed
    refused(cli_run("actions", "remove", aid, "1"), "depends on action 1")
    assert plan_json(cli_run, aid) == before


def test_validation_history_kept_through_revalidation_and_withdrawal(cli_run):
    """Re-validating keeps the earlier record, a withdrawal needs its reason, each record says who
    entered it."""
    aid = cli_run("new", "--country", "KEN", "--round", "2026", "--mission-start", "2026-02-10").output.strip()
    assert cli_run("actions", "finance", aid, "--rate", "KES=129.35@2026-03-01").exit_code == 0
    assert cli_run("actions", "add", aid, "--title", "Census module", "--owner", "KNBS", "--start", "2026-Q3",
                   "--end", "2027-Q4", "--cost", "2027=1000000").exit_code == 0
    base = ("actions", "validate", aid, "--event", "Workshop", "--institution", "KNBS", "--approved-by",
            "Dr A. Mwangi", "--position", "Director-General")
    assert cli_run(*base, "--date", "2026-03-10").exit_code == 0
    assert cli_run(*base, "--date", "2026-03-20").exit_code == 0
    refused(cli_run("actions", "validate", aid, "--withdraw"), "reason")
    assert cli_run("actions", "validate", aid, "--withdraw", "--reason", "Budget law changed").exit_code == 0
    events = json.loads(cli_run("actions", "validate", aid, "--history", "--json").output)
    assert [e["kind"] for e in events] == ["validated", "revalidated", "withdrawn"]
    assert [e["validation"]["date"] for e in events[:2]] == ["2026-03-10", "2026-03-20"]
    assert events[2]["reason"] == "Budget law changed" and events[2]["validation"] is None
    assert all(e["at"] for e in events)
    text = cli_run("actions", "validate", aid, "--history").output
    assert "validated again" in text and "withdrawn" in text and "Budget law changed" in text


def test_changes_since_the_validation_in_the_language_asked(cli_run):
    aid = cli_run("new", "--country", "KEN", "--round", "2026", "--mission-start", "2026-02-10").output.strip()
    assert cli_run("actions", "finance", aid, "--rate", "KES=129.35@2026-03-01").exit_code == 0
    assert cli_run("actions", "add", aid, "--title", "Census module", "--owner", "KNBS", "--start", "2026-Q3",
                   "--end", "2027-Q4", "--cost", "2027=1000000; partner=AfDB; pledged").exit_code == 0
    assert cli_run("actions", "validate", aid, "--date", "2026-03-10", "--event", "Workshop", "--institution", "KNBS",
                   "--approved-by", "Dr A. Mwangi", "--position", "DG").exit_code == 0
    assert cli_run("actions", "edit", aid, "1", "--cost", "2027=1250000; partner=AfDB; committed").exit_code == 0
    fr = " ".join(cli_run("actions", aid, "--lang", "fr").output.replace("\u202f", " ").split())
    assert "stade du financement : annoncé → engagé" in fr
    assert "montant : 1 000 000 KES → 1 250 000 KES" in fr
    en = cli_run("actions", aid).output
    # a funding stage moved on is progress in financing, no amendment: said apart, by the stage's label
    assert "funding progress since the validation: Census module (2027): funding stage: pledged → committed" in en
    assert "pipeline pledged" not in en and "changed since the validation: Census module (2027): amount" in en
    ru = cli_run("actions", aid, "--lang", "ru").output
    assert "стадия финансирования: объявлено → обязательство принято" in ru  # the catalogued languages too
