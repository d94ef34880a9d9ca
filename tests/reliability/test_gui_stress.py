"""GUI under stress: closing the window while its export runs (5 times here, 50 in
``make reliability``). The cycles run in a child process so that an abort is a figure."""

import pytest
from scenarios import counts, scenario_gui_close_during_export


@pytest.mark.slow  # make reliability (tests/sample.py)
def test_closing_during_export_leaves_no_thread_and_loses_nothing(tmp_path):
    fig = scenario_gui_close_during_export(tmp_path, closes=counts()["gui_closes"])
    detail = fig["summary"] + "\n" + "\n".join(fig["problems"])
    assert fig["aborted"] == 0, detail
    assert fig["not_closed"] == 0, detail  # every close with work running did close the window
    assert fig["threads_left"] == 0 and fig["thread_warnings"] == 0, detail
    assert fig["lost"] == 0 and fig["acknowledged"] > 0, detail
    assert fig["incomplete_outputs"] == 0 and fig["temp_files_left"] == 0, detail
    assert fig["closed_while_running"] >= 1, detail
    assert fig["ok"], detail
