"""The main window's parts: actions (built in gui/window/actions.py) drive the view through its own
methods, languages are listed once, and the GUI modules import no cycle."""
from __future__ import annotations

import ast
from pathlib import Path

from capacity_app.domain.languages import LANGUAGES, NAMES
from capacity_app.gui.window.actions import ACTIONS, IN_VIEW

GUI = Path(__file__).resolve().parents[2] / "capacity_app" / "gui"


def _gui_imports(name: str) -> set[str]:
    tree = ast.parse((GUI / f"{name}.py").read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def test_no_import_cycle_between_the_window_and_dialogs():
    """The window's shell (gui/window/: app, main_window, actions, flows) imports the dialogs,
    never the reverse."""
    assert not any(m == "window" or m.startswith("window.") for m in _gui_imports("dialogs"))
    assert not (GUI / "features.py").exists()


def test_languages_listed_once(window):
    combo = window.lang_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(LANGUAGES)
    assert [combo.itemText(i) for i in range(combo.count())] == [NAMES[c] for c in LANGUAGES]
    for path in GUI.rglob("*.py"):
        assert "Français" not in path.read_text(encoding="utf-8"), path.name


def test_every_action_is_built_and_enabled_by_context(window, opened):
    assert {name for name, *_ in ACTIONS} <= set(window.actions_by_name)
    assert all(window.actions_by_name[n].isEnabled() for n in IN_VIEW)
    window.close_assessment()
    assert not any(window.actions_by_name[n].isEnabled() for n in IN_VIEW)


def test_view_commands_through_the_actions(opened, qtbot):
    win = opened
    view = win.view
    a = win.actions_by_name
    first = view.page.section
    a["next_section"].trigger()
    assert view.page.section is not first
    a["prev_section"].trigger()
    assert view.page.section is first
    a["tab_dashboard"].trigger()
    assert view.tabs.currentIndex() == 2
    a["tab_questions"].trigger()
    a["find"].trigger()
    assert not view.find_bar.isHidden()
    a["find_next"].trigger()
    a["find_prev"].trigger()
    a["next_unanswered"].trigger()
    assert view.current_key
    a["tab_matrix"].trigger()
    assert view.tabs.currentIndex() == 1
    # the view remembers its own state: the tab is saved as it changes and restored on reopening
    aid = win.session.assessment_id
    win.close_assessment()
    assert win.settings.value("last/tab") in (1, "1")
    win.open_assessment(aid)
    assert win.view.tabs.currentIndex() == 1
