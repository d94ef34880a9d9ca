"""The job model (capacity_app.jobs) and the long jobs that follow it."""
import pytest

from capacity_app import jobs


def test_report_check_step_and_scaled():
    seen = []
    jobs.report(None, 0.5)  # no callback: nothing to do
    jobs.report(lambda f, m: seen.append((f, m)), 1.7, "over")
    jobs.report(lambda f, m: seen.append((f, m)), -1)
    assert seen == [(1.0, "over"), (0.0, "")]
    jobs.check(None)
    jobs.check(lambda: False)
    with pytest.raises(jobs.Cancelled) as err:
        jobs.check(lambda: True)
    assert err.value.user_error and str(err.value) == "cancelled"
    seen.clear()
    sub = jobs.scaled(lambda f, m: seen.append(round(f, 6)), 0.2, 0.6)
    for f in (0.0, 0.5, 1.0, 2.0):
        sub(f, "")
    assert seen == [0.2, 0.4, 0.6, 0.6]
    assert jobs.scaled(None, 0, 1) is None
    seen.clear()
    with pytest.raises(jobs.Cancelled):
        jobs.step(lambda f, m: seen.append(f), lambda: True, 0.3)
    assert seen == []  # a cancelled step reports nothing


def test_demo_outputs_report_progress_and_cancel(tmp_path):
    """The job of the demo's files, on an assessment with one answer (a report of 29 pages, not the
    demo's 64): the files written, the progress from 0 to 1 in order and a cancel inside the first
    export do not depend on the answers. The demo's own files are written by the `demo` command
    (tests/cli/test_cli_contract.py's test_check_and_demo)."""
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for, record_answer
    from capacity_app.services.demo import write_demo_outputs

    with open_store(tmp_path / "demo.sqlite3") as store:
        q = questionnaire_for()
        a = create_assessment(store, q, country="SEN", round=2026)
        record_answer(store, q, a.id, "s2_need_a", 3)
        seen = []
        written = write_demo_outputs(store, a.id, tmp_path / "out", progress=lambda f, m: seen.append(f))
        assert {p.name for p in written} == {"assessment.json", "report.pdf", "assessment.xlsx"}
        assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
        calls = []

        def cancelled():
            calls.append(1)
            return len(calls) > 3  # inside the first export, after the JSON

        with pytest.raises(jobs.Cancelled):
            write_demo_outputs(store, a.id, tmp_path / "cancelled", cancelled=cancelled)
    assert sorted(p.name for p in (tmp_path / "cancelled").iterdir()) == ["assessment.json"]
