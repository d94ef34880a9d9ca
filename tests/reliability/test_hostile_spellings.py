"""Fast version of the scenario (long version: ``make reliability``): the hostile set of
the second outside attack, and its attacks in two random valid spellings each, read as the window
and the command line read them."""

import pytest
from scenarios_hostile import scenario_hostile_spellings


def _explain(fig):
    return f"{fig['summary']}\n" + "\n".join(fig["problems"])


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_no_file_can_crash_the_app(tmp_path):
    fig = scenario_hostile_spellings(tmp_path, spellings=1)
    assert fig["files"] >= 18, _explain(fig)
    assert fig["ok"], _explain(fig)


def test_hostile_state_beyond_the_workbook_holds(tmp_path):
    """The lock on the file itself, files that are not ours, a clock moved, numbers, invisible text
    and a final assessment, through the command line (scenarios_hostile.scenario_hostile_state)."""
    from scenarios_hostile import scenario_hostile_state

    fig = scenario_hostile_state(tmp_path)
    assert fig["ok"], _explain(fig)
    assert fig["held"] >= 18, _explain(fig)
