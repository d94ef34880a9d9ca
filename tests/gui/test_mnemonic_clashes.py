"""Alt letters that clash (issue: Spanish "&Preguntas" and "Plan de &acción"... both P): in each
interface language, the mnemonics (&X) of the menu bar's titles, the tab bar, the buttons and the
labels of fields (a label with a buddy: the action plan's form, where English "&Title:" and
"S&tatus:" both took T) visible together in the main window on each of its tabs, and those of
each dialog of the action plan on its own, are each given once."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QTabBar, QWidget

LANGS = ("en", "fr", "es", "ru", "zh", "ar")


def _letter(text: str) -> str | None:
    m = re.search(r"&([^&\s])", (text or "").replace("&&", ""))
    return m.group(1).lower() if m else None


def _visible_letters(root: QWidget) -> dict[str, list[str]]:
    """Each mnemonic letter of the buttons (push, check and radio buttons), tab bars' tabs and
    fields' labels visible in ``root``, with the texts that carry it."""
    out: dict[str, list[str]] = {}
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or w.window() is not root:
            continue
        texts = []
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None:  # Alt+letter moves to the buddy field
            texts.append(w.text())
        elif isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()) if w.isTabVisible(i))
        for t in texts:
            if (x := _letter(t)) is not None:
                out.setdefault(x, []).append(t)
    return out


def _clashes(letters: dict[str, list[str]]) -> dict[str, list[str]]:
    return {k: v for k, v in letters.items() if len(v) > 1}


@pytest.fixture
def plan_window(speaking, make_window, db_path, questionnaire):
    def open_in(lang):
        from capacity_app.services.assessments import create_assessment
        from capacity_app.services.plan import actions as plans

        speaking(lang)
        win = make_window(db_path)
        a = create_assessment(win.store, questionnaire, country="KEN", round=2026)
        win.home.refresh()
        assert win.open_assessment(a.id)
        win.set_language(lang)
        plans.add_action(win.store, questionnaire, a.id, title="Train the NSO's staff",
                         institutions=("National Statistics Office",), start="2026-Q3", end="2027-Q4")
        win.view.action_plan.reload()
        return win
    return open_in


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_visible_things_share_an_alt_letter(plan_window, lang, monkeypatch):
    from PySide6.QtWidgets import QApplication

    win = plan_window(lang)
    found = []
    menus = {}
    for m in win.menuBar().actions():
        if (x := _letter(m.text())) is not None:
            menus.setdefault(x, []).append(m.text())
    tabs = win.view.tabs
    for i in range(tabs.count()):
        if not tabs.isTabVisible(i):
            continue
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        letters = {k: list(v) for k, v in menus.items()}
        for k, v in _visible_letters(win).items():
            letters.setdefault(k, []).extend(v)
        if clash := _clashes(letters):
            found.append(f"main window, tab {tabs.tabText(i)!r}: {clash}")

    def exec_(dlg):
        opened.append(type(dlg).__name__)
        dlg.show()
        QApplication.processEvents()
        if clash := _clashes(_visible_letters(dlg)):
            found.append(f"{type(dlg).__name__}: {clash}")
        dlg.hide()
        return QDialog.DialogCode.Rejected

    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", exec_)
    v = win.view.action_plan
    tabs.setCurrentWidget(v)
    v.table.selectRow(0)
    for button in v.findChildren(QAbstractButton):
        if button.isVisibleTo(v) and button.isEnabled() and button.objectName() != "qt_scrollarea_viewport" \
                and not button.isCheckable() and button in _dialog_buttons(v):
            button.click()
            QApplication.processEvents()
    assert len(opened) >= 4, opened
    assert not found, "\n".join(found)


def _dialog_buttons(v) -> list:
    return [b for b in (getattr(v, n, None) for n in ("results_button", "finance_button", "totals_button",
                                                       "request_button", "partner_button", "validation_button",
                                                       "progress_button", "achieved_button")) if b is not None]
