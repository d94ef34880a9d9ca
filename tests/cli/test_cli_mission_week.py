"""The command line on a mission laptop: every write credited to --operator (or
CAPACITY_OPERATOR), never to "unknown person"; a dry run of an import on a laptop that has no
database yet; a workbook export that leaves attached documents behind says so on stderr."""
from __future__ import annotations

from click.testing import CliRunner

from capacity_app.cli import main
from capacity_app.services.assessments import open_store


def test_answers_are_credited_to_the_operator_given(cli_run, monkeypatch):
    aid = cli_run("--operator", "  Officer   Wanjiru ", "new", "--country", "KEN", "--round", "2026").output.strip()
    assert cli_run("--operator", "Officer Wanjiru", "set", aid, "s2_need_a", "3").exit_code == 0
    monkeypatch.setenv("CAPACITY_OPERATOR", "Officer Otieno")
    assert cli_run("set", aid, "s2_need_b", "2").exit_code == 0
    with open_store(cli_run.db, readonly=True) as store:
        by_key = {h["key"]: h["operator"] for h in store.history(int(aid)) if h["field"] == "value"}
    assert by_key == {"s2_need_a": "Officer Wanjiru", "s2_need_b": "Officer Otieno"}


def test_a_blank_or_two_line_operator_is_refused_in_one_line(cli_run):
    for bad in ("   ", "two\nlines" * 40, "x" * 201):
        r = CliRunner().invoke(main, ["--db", str(cli_run.db), "--operator", bad, "list"])
        assert r.exit_code == 2 and "--operator" in r.output and "Traceback" not in r.output


def test_a_dry_run_on_a_laptop_with_no_database(cli_run, tmp_path):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    cli_run("set", aid, "s2_need_a", "3")
    book = tmp_path / "ken.xlsx"
    assert cli_run("export", aid, "--xlsx", book).exit_code == 0
    fresh = tmp_path / "laptop" / "capacity.sqlite3"
    fresh.parent.mkdir()
    r = CliRunner().invoke(main, ["--db", str(fresh), "import", str(book), "--dry-run"])
    assert r.exit_code == 0, r.output
    assert "no such database" not in r.output and "dry run: nothing written" in r.output
    assert "no database yet" in r.stderr
    assert list(fresh.parent.iterdir()) == []  # nothing made where the database would be


def test_a_workbook_export_names_the_documents_it_leaves_behind(cli_run, tmp_path):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    r = CliRunner().invoke(main, ["--db", str(cli_run.db), "export", aid, "--xlsx", str(tmp_path / "a.xlsx")])
    assert r.exit_code == 0 and r.stderr == ""
    law = tmp_path / "law.pdf"
    law.write_bytes(b"%PDF-1.4\n%%EOF\n")
    cli_run("attach", aid, "s2_need_a", law)
    r = CliRunner().invoke(main, ["--db", str(cli_run.db), "export", aid, "--xlsx", str(tmp_path / "b.xlsx")])
    assert r.exit_code == 0 and "wrote" in r.stdout
    [line] = r.stderr.splitlines()
    assert "1 document attached as evidence is not in the workbook" in line and "--package" in line
    r = CliRunner().invoke(main, ["--db", str(cli_run.db), "export", aid, "--package", str(tmp_path / "c.zip")])
    assert r.exit_code == 0 and r.stderr == ""


def test_a_document_from_an_unnamed_author_stays_unknown_on_import(cli_run, tmp_path):
    """A document attached where nobody was named is not credited to the officer who
    imports the package (nor in the report's annex, which reads the same record)."""
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    law = tmp_path / "law.pdf"
    law.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert cli_run("attach", aid, "s2_need_a", law).exit_code == 0
    cli_run("--operator", "Officer Wanjiru", "attach", aid, "s2_need_b", law)
    package = tmp_path / "ken.zip"
    assert cli_run("export", aid, "--package", package).exit_code == 0
    other = tmp_path / "supervisor.sqlite3"
    r = CliRunner().invoke(main, ["--db", str(other), "--operator", "Supervisor Kamau", "import", str(package)])
    assert r.exit_code == 0, r.output
    with open_store(other, readonly=True) as store:
        [a] = store.assessments()
        by_target = {d.target: d.operator for d in store.attachments(a.id)}
    assert by_target == {"s2_need_a": "", "s2_need_b": "Officer Wanjiru"}


def test_import_prefer_both_merges_a_comment_conflict(cli_run, tmp_path):
    """On the command line too, a comment both sides wrote can keep both."""
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    cli_run("set", aid, "s2_policy", "partly")
    base = tmp_path / "base.xlsx"
    cli_run("export", aid, "--xlsx", base)
    officer = tmp_path / "officer.sqlite3"
    runner = CliRunner()

    def as_officer(*args):
        return runner.invoke(main, ["--db", str(officer), "--operator", "Officer Wanjiru", *map(str, args)])

    assert as_officer("import", base).exit_code == 0
    from capacity_app.services import assessments as svc

    with open_store(officer) as store:
        store.operator = "Officer Wanjiru"
        a = store.assessments()[0]
        svc.set_comment(store, svc.questionnaire_for(), a.id, "s2_policy", "Cabinet approval expected in July.")
    sent = tmp_path / "officer.xlsx"
    assert as_officer("export", a.id, "--xlsx", sent).exit_code == 0
    with open_store(cli_run.db) as store:
        store.operator = "Supervisor Kamau"
        svc.set_comment(store, svc.questionnaire_for(), int(aid), "s2_policy", "No budget line yet.")
    refused = cli_run("import", sent, "--yes")
    assert refused.exit_code == 2 and "conflict" in refused.output
    r = cli_run("import", sent, "--yes", "--prefer", "both")
    assert r.exit_code == 0, r.output
    with open_store(cli_run.db, readonly=True) as store:
        comment = store.answer(int(aid), "s2_policy").comment
    assert "No budget line yet." in comment and "Cabinet approval expected in July." in comment
    assert "Officer Wanjiru" in comment


def test_signoff_shows_the_readiness_before_anyone_validates(cli_run):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    out = cli_run("signoff", aid).output
    assert "readiness: 0.0% of the primary questions known (at least 80% needed)" in out
    assert "cannot be validated yet" in out
    import json

    ready = json.loads(cli_run("signoff", aid, "--json").output)["readiness"]
    assert ready["completeness"] == 0.0 and ready["threshold"] == 80.0 and ready["refused"]


def test_review_signoff_names_the_supervisor_not_the_operator(cli_run, fill_to_validate, questionnaire):
    """The supervisor's review sign-off and the office's validation each name their own
    person on the command line; the laptop's operator (who entered them) is never renamed."""
    import json

    from capacity_app.services.team.reviews import validate_section

    aid = cli_run("--operator", "Officer Wanjiru", "new", "--country", "KEN", "--round", "2026").output.strip()
    with open_store(cli_run.db) as store:
        fill_to_validate(store, int(aid))
    sup = ["--operator", "Officer Wanjiru", "review-signoff", aid, "--name", "Grace Kamau",
           "--position", "Mission supervisor", "--date", "2026-06-11"]
    r = CliRunner().invoke(main, ["--db", str(cli_run.db), *sup])
    assert r.exit_code != 0 and "cannot be signed off yet" in r.output and "not reviewed" in r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1
    assert "the reviews are not signed off" in cli_run("review-signoff", aid).output
    with open_store(cli_run.db) as store:
        for section in questionnaire.sections:
            validate_section(store, questionnaire, int(aid), section.id)
    out = cli_run(*sup).output
    assert "reviews signed off by Grace Kamau, Mission supervisor, on 2026-06-11" in out
    cli_run("--operator", "Officer Wanjiru", "signoff", aid, "--name", "Dr Amina Mensah", "--position",
            "Director-General", "--institution", "KNBS", "--date", "2026-06-12")
    shown = cli_run("signoff", aid).output
    assert "validated by Dr Amina Mensah" in shown and "reviews signed off by Grace Kamau" in shown
    got = json.loads(cli_run("signoff", aid, "--json").output)
    assert [e["kind"] for e in got["events"]] == ["reviewed", "validated"]
    assert {e["operator"] for e in got["events"]} == {"Officer Wanjiru"}
    assert got["reviews_signed_off"]["name"] == "Grace Kamau"
