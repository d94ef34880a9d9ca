"""The warm report worker (services/workers/warm.py): preloaded in its own process, it serves one export
with the protocol of a fresh worker, and the GUI process imports none of it."""
from __future__ import annotations

import queue


def _drain(w, timeout=120.0):
    seen = []
    while True:
        msg = w.messages.get(timeout=timeout)
        seen.append(msg[0])
        if msg[0] not in ("progress", "ready"):
            return msg, seen


def test_a_warm_worker_preloads_then_writes_the_report(tmp_path):
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.services.workers.warm import WarmWorker

    db = tmp_path / "mission.sqlite3"
    with open_store(db, backup_dir=tmp_path / "b") as store:  # a short report: the worker is what is tested
        aid = create_assessment(store, questionnaire_for(), country="KEN", round=2026).id
    w = WarmWorker("export_report_from_database")
    try:
        assert w.wait_ready(120)
        out = tmp_path / "r.pdf"
        w.submit((str(db), aid, str(out)), {"lang": "fr"})
        msg, seen = _drain(w)
        assert msg[0] == "done", msg
        assert "progress" in seen and out.stat().st_size > 10_000
    finally:
        w.proc.join(10)
        w.close()
    assert not w.proc.is_alive()


def test_an_unused_warm_worker_stops_when_closed():
    from capacity_app.services.workers.warm import WarmWorker

    w = WarmWorker("export_report_from_database")
    w.close(timeout=60)
    assert not w.proc.is_alive()
    try:
        w.messages.get_nowait()
    except (queue.Empty, OSError, ValueError):
        pass


def test_a_worker_closed_during_its_preload_is_ended_not_waited_for():
    """The window closing while the report worker is still importing (it is started 8 s after the
    window): the worker holds nothing yet, so it is ended at once, never waited for until its
    preload is over (each window's close in the suite took 5 s when it was)."""
    import signal
    import sys

    from capacity_app.services.workers.warm import WarmWorker

    w = WarmWorker("export_report_from_database")
    w.close(timeout=60)
    assert not w.proc.is_alive()
    if sys.platform != "win32":
        assert w.proc.exitcode == -signal.SIGTERM  # ended by the close, not by the end of its preload
