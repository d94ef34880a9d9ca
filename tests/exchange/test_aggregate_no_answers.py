"""An assessment with no answers at all has no score and no band: UNSD's aggregation marks it
provisional as it marks a partly filled one (left out of the score roll-ups unless provisional
scores are included, its plan, implementation and money counted all the same), never "used" as
if it had been scored (docs/methodology.md, section 19)."""
from __future__ import annotations

import datetime as dt

import pytest

from exchange_helpers import sheet_rows


@pytest.fixture(scope="module")
def aggregated(tmp_path_factory):
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.exchange.aggregate.run import aggregate
    from capacity_app.services.assessments import new_assessment, open_store
    from capacity_app.services.exchange import export_workbook

    folder = tmp_path_factory.mktemp("no-answers")
    with open_store(folder / "empty.sqlite3", backup_dir=folder / "backups") as store:
        aid = new_assessment(store, load_bundled(), country="GHA", round=2026).id
        assert store.answers(aid) == {}
        export_workbook(store, aid, folder / "gha26.xlsx")
    out = folder / "all.xlsx"
    rep = aggregate([folder / "gha26.xlsx"], out, bundle_dir=folder / "bundle", workers=0, today=dt.date(2026, 11, 20))
    return rep, out


def test_no_answers_is_provisional_and_its_plan_counted(aggregated):
    rep, out = aggregated
    (gha,) = rep.rounds
    assert gha.recomputed.overall is None and gha.provisional
    assert (gha.in_rollups, gha.rollup_note, gha.counts_plan) == (False, "provisional", True)
    assert [r.country for r in rep.plan_rounds] == ["GHA"] and rep.used == []
    assert "GHA 2026: Provisional score, no band (completeness 0.0% below 80%)" in " ".join(rep.warnings)
    about = {r["Field"]: r["Value"] for r in sheet_rows(out, "About")}
    assert about["provisional"] == ("left out of the score roll-ups and trends, their plan, implementation and "
                                    "money counted: GHA 2026")
    summary = {r["Country code"]: r for r in sheet_rows(out, "Summary")}
    assert summary["GHA"]["Roll-up note"] == "provisional"


def test_its_plan_row_says_provisional(aggregated):
    from capacity_app.exchange.aggregate.format import AGG_PLANS

    _rep, out = aggregated
    (row,) = [r for r in sheet_rows(out, AGG_PLANS) if r["Country code"] == "GHA"]
    assert (row["In roll-ups"], row["Provisional score"]) == (1, 1)
