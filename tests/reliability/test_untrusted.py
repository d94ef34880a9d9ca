"""Fast versions of the scenarios (no entry point trusts its input; long versions: the
report tool): each family of the third outside attack through the command line."""
import pytest

import scenarios_untrusted as S


def _explain(fig):
    return f"{fig['summary']}\n" + "\n".join(fig["problems"])


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_times_at_the_calendars_edge_are_refused_at_every_entry(tmp_path):
    fig = S.scenario_times(tmp_path)
    assert fig["ok"], _explain(fig)


def test_read_commands_create_nothing_and_error_lines_cut_long_values(tmp_path):
    fig = S.scenario_read_commands(tmp_path)
    assert fig["ok"], _explain(fig)


def test_metadata_accepted_is_metadata_every_output_holds(tmp_path):
    fig = S.scenario_metadata(tmp_path)
    assert fig["ok"], _explain(fig)


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_only_regular_files_are_read(tmp_path):
    fig = S.scenario_special_files(tmp_path)
    assert fig["ok"], _explain(fig)


def test_member_floods_are_refused_from_the_end_records(tmp_path):
    fig = S.scenario_member_floods(tmp_path)
    assert fig["ok"], _explain(fig)


def test_expressions_are_bounded(tmp_path):
    fig = S.scenario_expressions(tmp_path)
    assert fig["ok"], _explain(fig)


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_every_write_path_reports_a_size_limit_in_one_line(tmp_path):
    fig = S.scenario_write_limits(tmp_path)
    assert fig["ok"], _explain(fig)


def test_a_damaged_database_takes_no_write_and_gives_no_backup(tmp_path):
    fig = S.scenario_damaged_pages(tmp_path)
    assert fig["ok"], _explain(fig)


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_every_entry_point_refuses_its_worst_input_in_bounded_time_and_memory(tmp_path):
    fig = S.scenario_entry_bounds(tmp_path)
    assert fig["ok"], _explain(fig)


@pytest.mark.slow
def test_what_the_services_accept_exports_and_imports_again(tmp_path):
    fig = S.scenario_text_budget(tmp_path)
    assert fig["ok"], _explain(fig)


def test_damage_found_once_is_not_forgotten(tmp_path):
    fig = S.scenario_damage_remembered(tmp_path)
    assert fig["ok"], _explain(fig)
