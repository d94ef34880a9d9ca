"""Two real windows (offscreen) wait for their warm report worker; one gets
SIGTERM (a logout) and closes as the officer's close does, the other SIGKILL (a crash); a few
seconds later none of the processes either started is alive (the long version, in
docs/reliability.md, adds SIGHUP and random moments around the worker's spawn)."""
from __future__ import annotations

import pytest

from scenarios_lifecycle import FAST_ROUNDS, scenario_window_ends


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_the_window_leaves_no_process_behind_on_sigterm_or_sigkill(tmp_path):
    fig = scenario_window_ends(tmp_path, FAST_ROUNDS)
    assert fig["ok"], fig["problems"]
    assert fig["with_worker"] == 2 and fig["leftovers"] == 0 and fig["unclean"] == 0
