"""Fast checks for limits and text on every path (issue 17 items 3, 4, 5, 12, 13, 17)."""
from __future__ import annotations

import scenarios_limits as L


def test_text_limits_hold_on_every_path_and_survive_export(tmp_path):
    out = L.scenario_text_limits(tmp_path, evidence_entries=3_000)
    assert out["ok"], out["problems"]
