"""Time that cannot go backwards: what changed here since a workbook's export is decided
by content — the answers' row checks, the action plan's fingerprints (Metadata plan_checks) — so a
clock moved back, or a mission flying from New York to Tokyo between the export and an edit, can no
longer let an import revert that edit without a word."""
import datetime as dt
import time
from dataclasses import replace

import pytest

from capacity_app.services.plan import actions as plans
from capacity_app.services import assessments as svc
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook


@pytest.fixture
def zone(monkeypatch):
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def _clock_back(monkeypatch, hours: int) -> None:
    """The store's clock set back by ``hours`` (a laptop whose clock was corrected, or wrong)."""
    from capacity_app.storage import actionplan, store

    def earlier() -> str:
        return (dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)).isoformat(timespec="seconds")

    monkeypatch.setattr(store, "now_iso", earlier)
    monkeypatch.setattr(actionplan, "now_iso", earlier)


def _exported(store, q, tmp_path):
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    svc.record_answer(store, q, a.id, "s2_need_a", 2)
    action = plans.add_action(store, q, a.id, title="Train the census office", priority=2).action
    book = export_workbook(store, a.id, tmp_path / "a.xlsx")
    return a, action, book


def _kept(store, q, a, action, book, title):
    plan = read_workbook(book, q)
    assert plan.plan_checks and f"action:{action.id}" in plan.plan_checks
    mine = [d for d in diff_import(store, plan, q) if d.key == f"action:{action.id}"]
    assert mine and all(d.newer_here for d in mine), mine
    apply_import(store, plan, q)  # the newer action here stays
    assert store.action(a.id, action.id).title == title


def test_an_action_edited_with_the_clock_set_back_is_kept(store, questionnaire, tmp_path, monkeypatch):
    q = questionnaire
    a, action, book = _exported(store, q, tmp_path)
    _clock_back(monkeypatch, 3)  # the edit's stamp is three hours before the export's
    plans.update_action(store, q, a.id, replace(action, title="Train the census and survey offices"))
    _kept(store, q, a, action, book, "Train the census and survey offices")


def test_an_action_edited_before_flying_from_new_york_to_tokyo_is_kept(store, questionnaire, tmp_path, zone):
    """Exported and edited in New York, imported in Tokyo: a local stamp of the edit, read in
    Tokyo's time, fell thirteen hours before the export."""
    q = questionnaire
    zone("America/New_York")
    a, action, book = _exported(store, q, tmp_path)
    plans.update_action(store, q, a.id, replace(action, title="Train the survey office"))
    zone("Asia/Tokyo")
    _kept(store, q, a, action, book, "Train the survey office")


def test_an_answer_edited_with_the_clock_set_back_is_kept(store, questionnaire, tmp_path, monkeypatch):
    q = questionnaire
    a, _action, book = _exported(store, q, tmp_path)
    _clock_back(monkeypatch, 3)
    svc.record_answer(store, q, a.id, "s2_need_a", 3)
    plan = read_workbook(book, q)
    assert [d.newer_here for d in diff_import(store, plan, q) if d.key == "s2_need_a"] == [True]
    apply_import(store, plan, q)
    assert store.answer(a.id, "s2_need_a").value == 3


def test_nothing_changed_here_is_not_newer_whatever_the_clock(store, questionnaire, tmp_path, monkeypatch):
    """The other side: a workbook edited outside, nothing changed here since, the clock moved
    forward a day: the workbook's action is taken without asking."""
    import openpyxl

    q = questionnaire
    a, action, book = _exported(store, q, tmp_path)
    _clock_back(monkeypatch, -24)
    svc.record_answer(store, q, a.id, "s2_need_b", 1)  # another answer: the plan is untouched
    wb = openpyxl.load_workbook(book)
    ws = wb["Action plan"]
    for row in ws.iter_rows(min_row=2):
        if row[1].value == "Train the census office":
            row[1].value = "Train the statistics office"
    wb.save(book)
    plan = read_workbook(book, q)
    diffs = [d for d in diff_import(store, plan, q) if d.key == f"action:{action.id}"]
    assert diffs and not any(d.newer_here for d in diffs)
    apply_import(store, plan, q)
    assert store.action(a.id, action.id).title == "Train the statistics office"
