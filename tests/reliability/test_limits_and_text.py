"""Fast checks for limits and text on every path."""
from __future__ import annotations

import pytest

import scenarios_limits as L


def test_text_limits_hold_on_every_path_and_survive_export(tmp_path):
    out = L.scenario_text_limits(tmp_path, evidence_entries=10_000)
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


# --- the round-trip property (done means): any text the entry points accept, at every
# place a value, comment or evidence is stored, survives export -> import through a real file ---

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

HARD = ["\x00", "\x01", "\x0b", "\x1b", "\x1f", "\r", "\n", "\r\n", "\t", " ", "\x85", "\xa0", "\u2028",
        "=", "+", "-", "@", "\ufffe", "\uffff", "\ud800", "_x000D_", "_x005F_", "_xFFFE_", "_", "\\",
        "\\n", ": ", "document: ", "é", "中", "🙂"]
TEXTS = st.lists(st.one_of(st.sampled_from(HARD), st.text(max_size=6)), max_size=10).map("".join)
# (key, what): text values on a plain item, a grid cell and a matrix field; comments and evidence
# there, on a choice item, and on a grid, the matrix and a note as a whole
PLACES = {"s0_lead_institution": "value", "s0_institutions.nso.role": "value",
          "s3_matrix.A.CEN.notes": "value", "s2_need_a": "choice", "s1_statistics": "whole",
          "s3_matrix": "whole", "s0_intro": "whole"}


def _round_trip(tmp_path, entries):
    """Store ``entries`` {key: (value, comment, [evidence texts])} through the services (what they
    refuse is left out), export, import into a new database; (stored, re-imported) answers."""
    from capacity_app.services.assessments import (
        ServiceError, add_evidence, create_assessment, open_store, questionnaire_for, record_answer,
        set_comment,
    )
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

    from scenarios import answers_signature

    q = questionnaire_for()
    with open_store(tmp_path / "a.sqlite3", daily_backup=False) as store:
        a = create_assessment(store, q, country="KEN", round=2026)
        for key, (value, comment, evidence) in entries.items():
            calls = [lambda key=key, c=comment: set_comment(store, q, a.id, key, c)]
            if PLACES[key] in ("value", "choice"):
                v = value if PLACES[key] == "value" else 2
                calls.insert(0, lambda key=key, v=v: record_answer(store, q, a.id, key, v))
            calls += [lambda key=key, t=t: add_evidence(store, q, a.id, key, "note", t) for t in evidence]
            for call in calls:
                try:
                    call()
                except ServiceError:
                    pass  # refused at entry: nothing stored, nothing to carry
        before = answers_signature(store, a.id)
        xlsx = export_workbook(store, a.id, tmp_path / "a.xlsx")
    plan = read_workbook(xlsx, q)
    with open_store(tmp_path / "b.sqlite3", daily_backup=False) as store:
        after = answers_signature(store, apply_import(store, plan, q).assessment.id)
    return before, after


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(st.fixed_dictionaries({k: st.tuples(TEXTS, TEXTS, st.lists(TEXTS, max_size=3)) for k in PLACES}))
def test_any_accepted_text_survives_export_and_import(tmp_path_factory, entries):
    before, after = _round_trip(tmp_path_factory.mktemp("prop"), entries)
    assert after == before


def test_texts_at_the_limits_survive_export_and_import(tmp_path):
    from capacity_app.domain.celltext import EVIDENCE_TEXT_MAX, TEXT_MAX

    crlf = ("a line of text\r\n" * TEXT_MAX)[:TEXT_MAX]  # the longest comment, CR LF in every line
    entries = {k: (crlf, crlf, ["e\r\n" * (EVIDENCE_TEXT_MAX // 3), "x" * EVIDENCE_TEXT_MAX] * 20)
               for k in PLACES}
    before, after = _round_trip(tmp_path, entries)
    assert all(v[2] == crlf for v in before.values()), "a text at the limit was refused"
    assert after == before
