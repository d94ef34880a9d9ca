"""A report is bounded whatever is stored and
prints the comment and evidence of a grid or the matrix as a whole; a killed aggregation leaves no
worker and no temporary folder; a report starts no process."""
from __future__ import annotations

import pytest

from scenarios_bounded import FAST_BOUNDED, scenario_aggregate_kills, scenario_bounded_report, store_worst_case



def test_long_words_get_a_break_opportunity_every_few_characters():
    from capacity_app.reports.budget import WORD_CHARS, breakable

    text = breakable("short words stay " + "x" * 1000 + " as they are")
    assert text.startswith("short words stay ") and text.endswith(" as they are")
    assert max(len(w) for w in text.replace("\u200b", " ").split()) == WORD_CHARS
    assert text.replace("\u200b", "") == "short words stay " + "x" * 1000 + " as they are"


def _printed(ctx) -> list[str]:
    out = [ctx.cover.title] + [x for i in ctx.cover.institutions for x in (i.name, i.role)]
    for sec in ctx.annex + ctx.areas + ctx.context_parts:
        for b in sec.blocks:
            out += b.notes + [c for ln in b.lines for c in ln.cells]
            for r in b.rows:
                out += r.value_lines + r.comments + [e.text for e in r.evidence]
    return out


def test_the_report_context_cuts_what_it_prints_with_a_note(tmp_path):
    from capacity_app.reports.budget import EVIDENCE_SHOWN, FIELD_CHARS, INSTITUTIONS_SHOWN, WORD_CHARS
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.reports import build_report_context

    db = tmp_path / "worst.sqlite3"
    aid = store_worst_case(db, FAST_BOUNDED)
    with open_store(db, readonly=True) as store:
        ctx = build_report_context(store, questionnaire_for(), aid, "fr")
    printed = _printed(ctx)
    assert max(len(w) for t in printed for w in t.replace("\u200b", " ").split()) <= WORD_CHARS
    assert max(len(t) for t in printed) < FIELD_CHARS + 200
    assert len(ctx.cover.institutions) == INSTITUTIONS_SHOWN
    assert ctx.cover.institutions_more.startswith(f"… {FAST_BOUNDED['institutions'] - INSTITUTIONS_SHOWN:,}"
                                                  .replace(",", "\u202f"))
    assert "(voir les données jointes)" in ctx.cover.institutions_more
    rows = [r for sec in ctx.annex + ctx.areas for b in sec.blocks for r in b.rows]
    assert rows and max(len(r.evidence) for r in rows) <= EVIDENCE_SHOWN + 1
    notes = [n for sec in ctx.annex for b in sec.blocks for n in b.notes]
    assert any("de plus (voir les données jointes)" in n for n in notes + printed)
    # the attached JSON is complete
    import json

    data = json.loads(ctx.attachments[0].payload())
    assert sum(len(a["evidence"]) for a in data["answers"]) == 2 * FAST_BOUNDED["evidence"] + 1


def test_comment_and_evidence_on_a_grid_and_the_matrix_as_a_whole_are_in_the_report(tmp_path):
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import (
        add_evidence, create_assessment, open_store, questionnaire_for, set_comment,
    )
    from capacity_app.services.reports import build_report_context

    q = questionnaire_for()
    with open_store(tmp_path / "db.sqlite3", daily_backup=False) as store:
        a = create_assessment(store, q, country="KEN", round=2026, title="t")
        set_comment(store, q, a.id, "s3_matrix", "matrix-wide comment")
        add_evidence(store, q, a.id, "s3_matrix", "document", "matrix-wide evidence")
        set_comment(store, q, a.id, "s1_statistics", "grid-wide comment")
        add_evidence(store, q, a.id, "s1_statistics", "document", "grid-wide evidence")
        ctx = build_report_context(store, q, a.id, "en")
    html = render_html(ctx)
    for text in ("matrix-wide comment", "matrix-wide evidence", "grid-wide comment", "grid-wide evidence"):
        assert text in html, text


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_words_of_20000_characters_and_long_lists_render_in_seconds(tmp_path):
    # before the fix a 20,000-character word took 44 s to lay out (quadratic); here eight of them,
    # 600 evidence lines and 1,000 institutions
    fig = scenario_bounded_report(tmp_path, FAST_BOUNDED, seconds=30, mb=600)
    assert fig["ok"], fig["summary"] + "\n" + "\n".join(fig["problems"])


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
@pytest.mark.skipif(not __import__("os").path.exists("/proc/self/cmdline"), reason="needs Linux /proc")
def test_a_killed_aggregation_leaves_no_worker_and_no_temporary_folder(tmp_path):
    # before the fix: both workers of every killed run still blocked 5 s later, and a run killed
    # while writing left its sheets (an xlsx-* folder) in the temporary folder for good
    fig = scenario_aggregate_kills(tmp_path, kills=4, files=24)
    assert fig["orphans"] == 0 and fig["leftover_folders"] == 0, fig["summary"] + "\n" + "\n".join(fig["problems"])
    assert fig["ok"], fig["summary"]


def test_stale_run_folders_are_removed_only_when_their_process_is_gone(tmp_path):
    import os
    import subprocess
    import sys

    from capacity_app.exchange.aggregate.run import RUN_PREFIX, remove_stale_runs

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    (tmp_path / f"{RUN_PREFIX}{dead}-abc").mkdir()
    (tmp_path / f"{RUN_PREFIX}{dead}-abc" / "sheet1.xml").write_text("x")
    (tmp_path / f"{RUN_PREFIX}{os.getppid()}-def").mkdir()  # a live owner
    (tmp_path / "unrelated-1-x").mkdir()
    assert remove_stale_runs(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{RUN_PREFIX}{os.getppid()}-def", "unrelated-1-x"]


def test_a_report_starts_no_process_even_from_a_cold_start(tmp_path):
    # before the fix: 54 (WeasyPrint's library lookup ran ldconfig, gcc and ld for every name)
    from scenarios import cold_report_processes

    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for

    q = questionnaire_for()
    with open_store(tmp_path / "db.sqlite3", daily_backup=False) as store:
        a = create_assessment(store, q, country="KEN", round=2026, title="t")
    started, error = cold_report_processes(tmp_path / "db.sqlite3", a.id, tmp_path / "r.pdf")
    assert not error and (tmp_path / "r.pdf").exists(), error
    assert started == [], started
