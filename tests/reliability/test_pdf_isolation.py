"""PDF isolation: hostile text in an assessment never makes the renderer open files, connect or
embed anything (fast and long versions are the same scenario)."""

import pytest

from scenarios import audit_selfcheck, scenario_pdf_isolation



def test_the_watchers_see_opens_and_connections(tmp_path):
    seen = audit_selfcheck(tmp_path)
    assert seen["opens"], "the audit hook did not record a deliberate open"
    assert any("socket.connect" in c for c in seen["connects"]), seen
    assert seen["hits"] == ["/probe"]


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_hostile_answers_open_nothing_connect_nowhere_embed_nothing(tmp_path):
    fig = scenario_pdf_isolation(tmp_path)
    detail = fig["summary"] + "\n" + "\n".join(fig["problems"])
    assert fig["opened_outside"] == 0 and fig["passwd_opens"] == 0, detail
    assert fig["connections"] == 0 and fig["canary_hits"] == 0, detail
    assert fig["extra_attachments"] == 0 and fig["leaks"] == 0, detail
    assert fig["fetcher_refused"] > 0, detail  # the raw-HTML wall was really exercised
    assert fig["ok"], detail
