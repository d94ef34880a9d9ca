"""capacity-app review / reviews (cli/team.py): set, show and withdraw a review of a question, a
grid row and a matrix cell; coverage and the follow-up list as text and JSON; a changed answer
shown as not reviewed with what its review was; refusals in one line with exit 2 (a status not in
the list, a key that is not an answer, a note or a name too long, a final assessment), the
database unchanged by a refusal."""
from __future__ import annotations

import json


def _new(cli_run) -> str:
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    assert cli_run("set", aid, "s2_need_a", "3").exit_code == 0
    return aid


def test_review_show_and_list(cli_run):
    aid = _new(cli_run)
    r = cli_run("review", aid, "s2_need_a", "--status", "validated", "--note", "NSO table 4",
                "--reviewer", " A. Supervisor ")
    assert r.exit_code == 0 and r.output.startswith("s2_need_a: validated"), r.output
    assert cli_run("review", aid, "s3_matrix.A.CEN.exists", "--status", "follow_up").exit_code == 0
    # a key inside a grid row reviews the row
    row = cli_run("review", aid, "s0_institutions.nso.interviewed", "--status", "disputed", "--note", "two names")
    assert row.exit_code == 0 and row.output.startswith("s0_institutions.nso: disputed"), row.output
    shown = cli_run("review", aid, "s2_need_a").output
    assert "validated" in shown and "NSO table 4" in shown
    one = json.loads(cli_run("review", aid, "s2_need_a", "--json").output)
    assert one["status"] == "validated" and one["note"] == "NSO table 4" and one["at"]
    assert one["reviewer"] == "A. Supervisor"
    data = json.loads(cli_run("reviews", aid, "--json").output)
    assert data["coverage"] == {"answers": 1, "validated": 1, "follow_up": 0, "disputed": 0, "not_reviewed": 0}
    # disputed first, then needs follow-up; unanswered units reviewed are listed too
    assert [f["unit"] for f in data["follow_up"]] == ["s0_institutions.nso", "s3_matrix.A.CEN"]
    text = cli_run("reviews", aid).output
    assert text.startswith("1 of 1 answers validated; 0 need follow-up, 0 disputed, 0 not reviewed"), text
    assert "s0_institutions.nso: disputed" in text and "two names" in text
    # withdrawn
    assert cli_run("review", aid, "s3_matrix.A.CEN", "--status", "not_reviewed").exit_code == 0
    assert [f["unit"] for f in json.loads(cli_run("reviews", aid, "--json").output)["follow_up"]] == [
        "s0_institutions.nso"]


def test_a_changed_answer_is_shown_not_reviewed(cli_run):
    aid = _new(cli_run)
    assert cli_run("review", aid, "s2_need_a", "--status", "validated").exit_code == 0
    assert cli_run("set", aid, "s2_need_a", "2").exit_code == 0
    shown = cli_run("review", aid, "s2_need_a").output
    assert shown.startswith("s2_need_a: not_reviewed") and "changed since it was reviewed" in shown, shown
    data = json.loads(cli_run("reviews", aid, "--json").output)
    assert data["coverage"]["validated"] == 0 and data["coverage"]["not_reviewed"] == 1


def test_refusals_leave_the_database_as_it_was(cli_run):
    aid = _new(cli_run)
    assert cli_run("review", aid, "s2_need_a", "--status", "validated", "--note", "kept").exit_code == 0
    before = cli_run("reviews", aid, "--json").output
    for args, fragment in [
        (("s2_need_a", "--status", "approved"), "approved"),
        (("s0_institutions", "--status", "validated"), "row by row"),
        (("nope", "--status", "validated"), "unknown item id"),
        (("s2_need_a", "--status", "disputed", "--note", "x" * 5000), "longer than"),
        (("s2_need_a", "--status", "disputed", "--reviewer", "x" * 300), "reviewer's name"),
    ]:
        r = cli_run("review", aid, *args)
        assert r.exit_code == 2 and fragment in r.output, (args, r.output)
    assert cli_run("review", "999", "s2_need_a", "--status", "validated").exit_code == 2
    assert cli_run("reviews", aid, "--json").output == before
    assert cli_run("status", aid, "final").exit_code == 0
    final = cli_run("review", aid, "s2_need_a", "--status", "disputed")
    assert final.exit_code == 2 and "is final" in final.output
    assert cli_run("reviews", aid, "--json").output == before


def test_signoff_makes_it_final_and_reopen_takes_a_reason(cli_run, fill_to_validate):
    from capacity_app.services.assessments import open_store

    aid = _new(cli_run)
    none = cli_run("signoff", aid)
    assert none.exit_code == 0 and "not validated for the national statistics office" in none.output
    missing = cli_run("signoff", aid, "--name", "Dr Amina Mensah", "--date", "2026-06-12")
    assert missing.exit_code == 2 and "position is required" in missing.output
    early = cli_run("signoff", aid, "--name", "Dr Amina Mensah", "--position", "Director-General",
                    "--institution", "Kenya National Bureau of Statistics", "--date", "2026-06-12")
    assert early.exit_code == 2 and "cannot be validated yet: only" in early.output  # the readiness is said, never a traceback
    assert cli_run("status", aid).output.strip() == "draft"
    with open_store(cli_run.db) as store:
        fill_to_validate(store, int(aid))
    r = cli_run("signoff", aid, "--name", "Dr Amina Mensah", "--position", "Director-General",
                "--institution", "Kenya National Bureau of Statistics", "--date", "2026-06-12")
    assert r.exit_code == 0 and "final, validated by Dr Amina Mensah, Director-General" in r.output, r.output
    edit = cli_run("set", aid, "s2_need_a", "1")
    assert edit.exit_code == 2 and "is final: reopen it" in edit.output
    assert cli_run("review", aid, "s2_need_a", "--status", "validated").exit_code == 2
    shown = json.loads(cli_run("signoff", aid, "--json").output)
    assert shown["status"] == "final" and shown["signoff"]["institution"] == "Kenya National Bureau of Statistics"
    assert cli_run("reopen", aid).exit_code == 2  # --reason is required
    blank = cli_run("reopen", aid, "--reason", "  ")
    assert blank.exit_code == 2 and "only with a reason" in blank.output
    assert cli_run("status", aid, "in_progress").exit_code == 2
    assert cli_run("reopen", aid, "--reason", "the labour ministry's 2025 figures").exit_code == 0
    assert cli_run("set", aid, "s2_need_a", "1").exit_code == 0
    history = cli_run("signoff", aid).output
    assert "not validated" in history and "reopened: the labour ministry's 2025 figures" in history
    assert "validated by Dr Amina Mensah" in history
