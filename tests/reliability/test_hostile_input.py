"""Fast versions of the hostile-input scenarios: importer fuzzing and formula injection
(long versions: ``make reliability``)."""

import pytest

from scenarios import counts, scenario_formula_injection, scenario_importer_fuzz

N = counts()


def _explain(fig):
    return f"{fig['summary']}\n" + "\n".join(fig["problems"])


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_importer_fuzzing_refuses_cleanly_and_never_imports_partially(tmp_path):
    fig = scenario_importer_fuzz(tmp_path, mutations=N["fuzz_mutations"],
                                 truncation_step=N["fuzz_truncation_step"], full=False)
    assert fig["files"] >= 150, _explain(fig)
    assert fig["crashes"] == 0, _explain(fig)  # the importing process must never die
    assert fig["uncaught"] == 0, _explain(fig)
    assert fig["partial"] == 0, _explain(fig)
    assert fig["named_percent"] == 100.0, _explain(fig)
    assert fig["ok"], _explain(fig)


def test_formula_payloads_are_text_in_the_export_and_come_back_unchanged(tmp_path):
    fig = scenario_formula_injection(tmp_path)
    assert fig["payloads"] >= 50
    assert fig["formula_elements"] == 0 and fig["non_text_cells"] == 0, _explain(fig)
    assert fig["changed"] == 0, _explain(fig)
    assert fig["ok"], _explain(fig)


@pytest.mark.slow  # the long version runs in make reliability (tests/reliability/scenarios*.py)
def test_kill_during_export_and_import_leaves_complete_or_nothing(tmp_path):
    from scenarios import scenario_export_import_kills

    fig = scenario_export_import_kills(tmp_path, kills=N["export_import_kills"])
    assert fig["incomplete"] == 0, _explain(fig)
    assert fig["between"] == 0 and fig["damaged"] == 0, _explain(fig)
    assert fig["ok"], _explain(fig)
