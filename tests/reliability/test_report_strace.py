"""The Word and PDF report under strace: no file read beyond its inputs, no network, no
program started, whatever URLs its user text, attached documents or Word template carry. Skipped
where strace is not installed; about 20 s of processor time (make reliability adds the run on the
unchanged demo database)."""
import shutil

import pytest
from scenarios_strace import scenario_report_strace, strace_selfcheck

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")


def test_the_watcher_sees_a_read_a_socket_and_a_program(tmp_path):
    seen = strace_selfcheck(tmp_path)
    files = [line.split(" ")[1] for line in seen["outside"] if "O_DIRECTORY" not in line]
    assert files == ["/etc/hostname"], seen  # (the import path's folders are listed: no allow-list here)
    assert any("AF_INET" in n for n in seen["network"]), seen
    assert any("/true" in s for s in seen["starts"]), seen


@pytest.mark.slow
def test_the_report_reads_only_its_inputs_and_connects_nowhere(tmp_path):
    fig = scenario_report_strace(tmp_path)
    assert fig["ok"], fig["summary"] + "\n" + "\n".join(fig["problems"])
    assert fig["outside_total"] == 0 and fig["network_total"] == 0 and fig["canary_hits"] == 0
