"""Fast versions of the storage reliability scenarios (long versions: ``make reliability``).

Each test runs a scenario from scenarios.py with the counts of the current mode and asserts the
published promises on its figures."""
import pytest

from scenarios import (
    counts, scenario_backup_kills, scenario_crash_kills, scenario_disk_full,
    scenario_migration_kills, scenario_two_instances,
)

N = counts()


def _explain(fig):
    return f"{fig['summary']}\n" + "\n".join(fig["problems"])


def test_kill_while_saving_loses_nothing_acknowledged(tmp_path):
    fig = scenario_crash_kills(tmp_path, kills=N["crash_kills"])
    assert fig["corrupt"] == 0, _explain(fig)
    assert fig["lost"] == 0, _explain(fig)
    assert fig["history_missing"] == 0, _explain(fig)
    assert fig["acknowledged"] > 0 and fig["kills_after_ack"] > 0, _explain(fig)
    assert fig["ok"], _explain(fig)


def test_second_instance_is_refused_and_never_two_writers(tmp_path):
    fig = scenario_two_instances(tmp_path, rounds=N["two_instances"])
    assert fig["two_writers"] == 0, _explain(fig)
    assert fig["refused"] >= 2 * N["two_instances"], _explain(fig)
    assert fig["unclear"] == 0 and fig["lost"] == 0, _explain(fig)
    assert fig["ok"], _explain(fig)


def test_kill_during_backup_leaves_complete_backups_only(tmp_path):
    fig = scenario_backup_kills(tmp_path, kills=N["backup_kills"])
    assert fig["incomplete"] == 0 and fig["changed"] == 0, _explain(fig)
    assert fig["checked"] > 0, _explain(fig)
    assert fig["leftover_temp_files"] <= 2, _explain(fig)  # at most the last interrupted one
    assert fig["ok"], _explain(fig)


def test_kill_during_migration_is_before_or_after_never_between(tmp_path):
    fig = scenario_migration_kills(tmp_path, kills=N["migration_kills"])
    assert fig["between"] == 0 and fig["damaged"] == 0, _explain(fig)
    assert fig["incomplete_backups"] == 0, _explain(fig)
    assert fig["ok"], _explain(fig)


@pytest.mark.parametrize("use_tmpfs", [True, False], ids=["tmpfs-when-root", "max_page_count"])
def test_disk_full_while_saving_and_backing_up(tmp_path, use_tmpfs):
    fig = scenario_disk_full(tmp_path, use_tmpfs=use_tmpfs)
    if not use_tmpfs:
        assert fig["method"] == "max_page_count"
    assert "disk is full" in (fig.get("save_message") or ""), _explain(fig)
    assert fig["lost"] == 0 and fig["lost_while_full"] == 0, _explain(fig)
    assert fig["pending_saved"], _explain(fig)
    if fig["method"] == "tmpfs":
        assert "disk is full" in (fig.get("backup_message") or ""), _explain(fig)
        assert fig["partial_backup_files"] == 0, _explain(fig)
        for what in ("workbook", "report"):
            if f"{what}_export_message" in fig:
                assert fig[f"{what}_export_files_left"] == 0, _explain(fig)
    assert fig["ok"], _explain(fig)
