"""The report tool (make reliability) turns scenario figures into docs/reliability.md."""
import importlib.util
import types
from pathlib import Path

import scenarios

TOOL = Path(__file__).resolve().parents[2] / "tools" / "reliability_report.py"


def _tool():
    spec = importlib.util.spec_from_file_location("reliability_report", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_scenario_has_a_row_and_failures_are_listed(tmp_path):
    tool = _tool()
    names = [name for name, *_ in tool.plan(scenarios.FAST)]
    assert {"crash_kills", "two_instances", "backup_kills", "migration_kills", "disk_full", "upgrades",
            "export_import_kills", "importer_fuzz", "formula_injection", "pdf_isolation",
            "gui_close_during_export"} <= set(names)
    modules = [m for m in vars(tool).values()  # scenarios and the scenarios_* modules it registers
               if isinstance(m, types.ModuleType) and m.__name__.startswith("scenarios")]
    for name in names:
        if name != "disk_full_page_count":
            found = [getattr(m, f"scenario_{name}") for m in modules if hasattr(m, f"scenario_{name}")]
            assert found and found[0].__doc__, name
    rows = [
        {"name": "crash_kills", "promise": "1", "title": "kill -9 while saving", "verdict": "held",
         "summary": "200 kills: 0 corrupt, 0 acknowledged answers lost", "seconds": 1.0, "problems": []},
        {"name": "importer_fuzz", "promise": "3", "title": "fuzz | pipes", "verdict": "FAILED",
         "summary": "1 uncaught", "seconds": 2.0, "problems": ["case 7: uncaught KeyError"]},
        {"name": "pdf_isolation", "promise": "5", "title": "pdf", "verdict": "skipped",
         "summary": "capacity_app.services.reports is not part of this build yet", "seconds": 0.0},
    ]
    text = tool.render(rows)
    assert "| kill -9 while saving | 1 | held | 200 kills: 0 corrupt, 0 acknowledged answers lost | 1.0 s |" in text
    assert "fuzz \\| pipes" in text
    assert "case 7: uncaught KeyError" in text and "## Open findings" in text
    assert "not part of this build yet" in text


def test_only_option_runs_one_scenario_and_writes_the_file(tmp_path, monkeypatch):
    monkeypatch.delenv("CAPACITY_RELIABILITY", raising=False)
    tool = _tool()
    out = tmp_path / "docs" / "reliability.md"
    code = tool.main([str(out), "--only", "upgrades"])
    text = out.read_text(encoding="utf-8")
    assert code == 0
    assert "upgrades from every schema version" in text and "fast mode" in text
    assert "kill -9 while saving" not in text
