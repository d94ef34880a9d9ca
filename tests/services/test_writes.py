"""Every write goes through a service that returns what it changed; the GUI and the command line
never write through the store themselves."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from capacity_app.services import assessments as svc
from capacity_app.services import settings as prefs
from capacity_app.services.changes import Changes

PKG = Path(__file__).resolve().parents[2] / "capacity_app"


def _store_write_methods() -> set[str]:
    """The Store methods that write: those opening a transaction, and those calling one that does."""
    body = []  # Store, its core (opening, preferences, the list) and the action plan's part
    for file, name in (("store.py", "Store"), ("core.py", "StoreCore"), ("actionplan.py", "ActionPlanStore")):
        tree = ast.parse((PKG / "storage" / file).read_text(encoding="utf-8"))
        body += next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name).body
    calls: dict[str, set[str]] = {}
    writes: set[str] = set()
    for fn in body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        called = {n.func.attr for n in ast.walk(fn) if isinstance(n, ast.Call)
                  and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name)
                  and n.func.value.id == "self"}
        calls[fn.name] = called
        if "transaction" in called:
            writes.add(fn.name)
    grown = True
    while grown:
        more = {name for name, called in calls.items() if called & writes} - writes
        writes |= more
        grown = bool(more)
    return writes - {"transaction", "_history", "_touch"}


def _receiver_is_store(node: ast.expr) -> bool:
    return ((isinstance(node, ast.Name) and node.id == "store")
            or (isinstance(node, ast.Attribute) and node.attr == "store"))


def _direct_writes(root: Path, writes: set[str]) -> list[str]:
    found = []
    for f in sorted(root.rglob("*.py")):
        name = f.relative_to(root.parent)
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in writes and _receiver_is_store(node.func.value)):
                found.append(f"{name}:{node.lineno}: store.{node.func.attr}()")
            if isinstance(node, (ast.Assign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    if isinstance(t, ast.Attribute) and _receiver_is_store(t.value):
                        found.append(f"{name}:{node.lineno}: store.{t.attr} = …")
    return sorted(found)


def test_the_store_write_methods_are_found():
    writes = _store_write_methods()
    assert {"save_answer", "set_comment", "add_evidence", "remove_evidence", "delete_assessment",
            "restore_assessment", "set_preference", "update_assessment", "replace_answers",
            "create_assessment", "save_action", "insert_action", "remove_action",
            "reorder_actions", "replace_action_plan"} <= writes
    assert not writes & {"answers", "answer", "assessment", "assessments", "preference", "history",
                         "action_plan", "action"}


def test_gui_and_cli_never_write_through_the_store():
    writes = _store_write_methods()
    assert _direct_writes(PKG / "gui", writes) + _direct_writes(PKG / "cli", writes) == []


def test_the_check_catches_a_direct_write(tmp_path):
    (tmp_path / "gui").mkdir()
    (tmp_path / "gui" / "bad.py").write_text(
        "def f(self):\n    self.store.remove_evidence(3)\n    self.store.answer(1, 'k')\n"
        "def g(store):\n    store.backup_dir = None\n", encoding="utf-8")
    assert _direct_writes(tmp_path / "gui", _store_write_methods()) == [
        "gui/bad.py:2: store.remove_evidence()", "gui/bad.py:5: store.backup_dir = …"]


# --- what each write returns -------------------------------------------------------------------

def test_answer_writes_name_their_assessment_and_key(store, questionnaire):
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    saved = svc.record_answer(store, questionnaire, a.id, "s2_policy", "yes")
    assert saved.changes == Changes(a.id, frozenset({"s2_policy"}), answers=True, scores=True)
    assert svc.set_comment(store, questionnaire, a.id, "s2_policy", "see the act").changes.keys == {"s2_policy"}
    added = svc.add_evidence(store, questionnaire, a.id, "s2_policy", "url", "https://example.org")
    assert added.changes.answers and added.changes.assessment_id == a.id
    assert [e.id for e in store.answer(a.id, "s2_policy").evidence] == [added.id]
    with pytest.raises(svc.ServiceError, match="no evidence"):
        svc.remove_evidence(store, a.id, "s2_comment", added.id)  # another item's evidence
    removed = svc.remove_evidence(store, a.id, "s2_policy", added.id)
    assert removed.answer.evidence == () or list(removed.answer.evidence) == []
    assert removed.changes.keys == {"s2_policy"}


def test_list_writes_say_the_list_changed(store, questionnaire):
    created = svc.new_assessment(store, questionnaire, country="KEN", round=2025)
    assert created.changes.listing and created.changes.assessment_id == created.id
    svc.record_answer(store, questionnaire, created.id, "s2_policy", "yes")
    nxt = svc.next_round(store, questionnaire, created.id)
    assert nxt.changes.listing and nxt.changes.answers
    assert store.answer(nxt.id, "s2_policy").value == "yes"
    trashed = svc.trash_assessment(store, created.id)
    assert trashed.listing and store.assessment(created.id).deleted
    assert svc.restore_assessment(store, created.id).listing
    assert not store.assessment(created.id).deleted
    with pytest.raises(svc.ServiceError):
        svc.trash_assessment(store, 999)


def test_preferences_and_weights(store, questionnaire, tmp_path):
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    ch = prefs.save_preferences(store, prefs.Preferences("Amina", "fr", str(tmp_path / "bk")))
    assert ch == Changes(preferences=True)
    assert prefs.preferences(store) == prefs.Preferences("Amina", "fr", str(tmp_path / "bk"))
    assert store.backup_dir == tmp_path / "bk" and (tmp_path / "bk").is_dir()
    with pytest.raises(svc.ServiceError, match="report language"):
        prefs.save_preferences(store, prefs.Preferences("Amina", "de", ""))
    equal = prefs.weights(store, questionnaire, a.id)
    ch = prefs.update_weights(store, questionnaire, a.id, {"S3": 3})
    assert ch.scores and ch.metadata and ch.assessment_id == a.id
    assert prefs.weights(store, questionnaire, a.id) != equal
    assert prefs.reset_weights(store, a.id).scores
    assert prefs.weights(store, questionnaire, a.id) == equal
    assert prefs.reset_weights(store, a.id) == Changes(a.id)  # already equal: nothing changed


def test_institutions_are_limited_when_an_assessment_is_created(tmp_path):
    from capacity_app.domain.assessment import INSTITUTION_TEXT_MAX, INSTITUTIONS_MAX, Institution

    store = svc.open_store(tmp_path / "db.sqlite3")
    try:
        q = svc.questionnaire_for()
        many = [Institution(f"Office {i}") for i in range(INSTITUTIONS_MAX + 1)]
        with pytest.raises(svc.ServiceError, match="at most"):
            svc.create_assessment(store, q, country="GHA", round=2026, institutions=many)
        with pytest.raises(svc.ServiceError, match="characters"):
            svc.create_assessment(store, q, country="GHA", round=2026,
                                  institutions=[Institution("x" * (INSTITUTION_TEXT_MAX + 1))])
        assert store.assessments() == []
        ok = svc.create_assessment(store, q, country="GHA", round=2026, institutions=many[:3])
        assert len(ok.institutions) == 3
    finally:
        store.close()
