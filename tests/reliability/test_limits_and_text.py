"""Fast checks for limits and text on every path (issue 17 items 3, 4, 5, 12, 13, 17)."""
from __future__ import annotations

import scenarios_limits as L


def test_text_limits_hold_on_every_path_and_survive_export(tmp_path):
    out = L.scenario_text_limits(tmp_path, evidence_entries=3_000)
    assert out["ok"], out["problems"]


def test_empty_text_is_refused_not_stored_as_answered(tmp_path, cli_run):
    assert L.scenario_empty_text(tmp_path)["ok"]
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    r = cli_run("set", aid, "s0_lead_institution", "")
    assert r.exit_code == 2 and "empty text" in r.output, r.output


def test_consolidated_answers_go_on_in_further_sheets(tmp_path):
    out = L.scenario_aggregate_rows(tmp_path, files=3, max_rows=40)
    assert out["ok"], out["problems"]


def test_import_preview_lists_institutions_and_the_trash(tmp_path):
    out = L.scenario_import_preview(tmp_path)
    assert out["ok"], out["problems"]


def test_text_from_workbooks_escaped_and_dates_checked(tmp_path):
    out = L.scenario_text_from_workbooks(tmp_path)
    assert out["ok"], out["problems"]
