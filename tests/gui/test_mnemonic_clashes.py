"""Alt letters that clash (issue: Spanish "&Preguntas" and "Plan de &acción"... both P): in each
interface language, the mnemonics (&X) of the menu bar's titles, the tab bar, the buttons and the
labels of fields (a label with a buddy: the action plan's form, where English "&Title:" and
"S&tatus:" both took T) visible together in the main window on each of its tabs, and those of
each dialog of the action plan on its own, are each given once.

And every button of the plan tab and of its dialogs has a letter in all six languages (in French
*Results chain…*, *Record the validation…*, *Currency…*, *Progress…* had none: the validation was
reached by guessing), but for the few that act on the row chosen in their list and have that
list's own key (``LIST_KEYED``): the 26 letters of English (and of the Chinese letters) do not go
round the plan's 21 buttons with the menus', the tabs' and the status's nine."""
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


def _letters_of_every_tab(root: QWidget) -> dict[str, list[str]]:
    """:func:`_visible_letters` of ``root`` with each page of its tab widgets shown in turn (the
    funding request's tabs): a letter is the dialog's own, whichever tab is open."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    seen: dict[str, list[str]] = {}
    for tab in root.findChildren(QTabWidget) or [None]:
        for i in range(tab.count() if tab is not None else 1):
            if tab is not None:
                tab.setCurrentIndex(i)
                QApplication.processEvents()
            for letter, texts in _visible_letters(root).items():
                # a text on every tab (Save) counts once; two on one tab, or on two tabs, clash
                merged = sorted(set(seen.get(letter, [])) | set(texts))
                seen[letter] = max(merged, seen.get(letter, []), texts, key=len)
        if tab is not None:
            tab.setCurrentIndex(0)
    return seen


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
                                                       "request_button", "partner_button", "validate_button",
                                                       "progress_button", "achieved_button")) if b is not None]


# the plan tab's buttons that have a letter in every language
LETTERED = ("results_button", "validate_button", "request_button", "partner_button", "new_button", "draft_button",
            "finance_button", "totals_button", "progress_button", "achieved_button", "down_button")
# those without, each acting on the row chosen in its list, with that list's key
LIST_KEYED = {"up_button": "Ctrl+Shift+Up in the table", "remove_button": "Delete in the table",
              "add_cost_button": "Insert in the cost lines", "edit_cost_button": "Enter in the cost lines",
              "remove_cost_button": "Delete in the cost lines"}
DOCUMENTS_KEYED = {"open": "Enter in the documents", "remove": "Delete in the documents"}


def _plan_with_everything(win, questionnaire):
    """The open assessment's plan with an action, a partner's cost line and a document, shown."""
    from decimal import Decimal

    from PySide6.QtWidgets import QApplication

    from capacity_app.domain.plan.cost import Cost, Rate
    from capacity_app.services import documents as docs
    from capacity_app.services.plan import actions as plans

    aid = win.session.assessment_id
    saved = plans.add_action(win.store, questionnaire, aid, title="Train the NSO's staff",
                             institutions=("National Statistics Office",), start="2026-Q3", end="2027-Q4",
                             costs=(Cost(2026, Decimal(15000), "USD", "partner", "European Union"),))
    docs.attach_bytes(win.store, aid, f"action:{saved.action.id}", "terms.pdf", b"%PDF-1.4 terms")
    plans.set_plan_finance(win.store, aid, currency="", rates=(Rate("KES", Decimal(130), "2026-01-02", "UN"),))
    QApplication.processEvents()  # the window's own start (it shows the questions) done first
    v = win.view.action_plan
    win.view.tabs.setCurrentWidget(v)
    v.reload()
    v.select(saved.action.id)
    QApplication.processEvents()
    return v


def _window_letters(win) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = {}
    for m in win.menuBar().actions():
        if (x := _letter(m.text())) is not None:
            letters.setdefault(x, []).append(m.text())
    for k, texts in _visible_letters(win).items():
        letters.setdefault(k, []).extend(texts)
    return letters


@pytest.mark.parametrize("lang", LANGS)
def test_every_button_of_the_plan_tab_has_a_letter_of_its_own(speaking, make_window, db_path, questionnaire, lang):
    """With an action, a cost line and a document, before and after the validation: each button
    has its Alt letter, shared with no menu, tab, field or other button visible with it."""
    from PySide6.QtWidgets import QApplication, QPushButton

    from capacity_app.services.assessments import create_assessment
    from capacity_app.services.plan import actions as plans

    speaking(lang)
    win = make_window(db_path)
    a = create_assessment(win.store, questionnaire, country="KEN", round=2026)
    win.home.refresh()
    assert win.open_assessment(a.id)
    win.set_language(lang)
    v = _plan_with_everything(win, questionnaire)
    assert v.f_documents.open.isVisibleTo(win) and v.f_costs.rowCount() == 1
    for validated in (False, True):
        if validated:
            plans.record_validation(win.store, a.id, date="2026-05-04", event="Workshop", institutions=["NSO"],
                                    approved_by="Ms A", position="Director")
            v.reload()
            QApplication.processEvents()
        letters = _window_letters(win)
        assert not _clashes(letters), _clashes(letters)
        for name in LETTERED:
            button = getattr(v, name)
            assert _letter(button.text()), f"{name}: {button.text()!r} has no Alt letter"
        assert _letter(v.f_documents.attach.text()), v.f_documents.attach.text()
        keyed = {getattr(v, n) for n in LIST_KEYED} | {getattr(v.f_documents, n) for n in DOCUMENTS_KEYED}
        for button in v.findChildren(QPushButton):
            if button.isVisibleTo(win) and button not in keyed:
                assert _letter(button.text()), f"{button.text()!r} has no Alt letter"


def _plan_dialogs(win, v, questionnaire) -> list:
    """Every dialog of the action plan, made as the plan's buttons make them (not shown)."""
    from capacity_app.domain.plan.validation import Validation
    from capacity_app.gui.plan import dialogs
    from capacity_app.gui.plan.compare import CompareDialog
    from capacity_app.gui.plan.progress import AchievedDialog, ProgressDialog
    from capacity_app.gui.plan.progress_replies import ProgressRepliesDialog
    from capacity_app.gui.plan.request import FundingRequestDialog, PartnerEditionDialog
    from capacity_app.gui.plan.results import ResultsChainDialog
    from capacity_app.domain.plan.request import Signatory
    from capacity_app.services.assessments import create_assessment

    s = win.session
    earlier = create_assessment(win.store, questionnaire, country="KEN", round=2025)
    request = FundingRequestDialog(v, s, ["European Union"], ["Ministry of Finance"])
    for role in ("government", "partner"):
        request.add_row(Signatory(role, "", ""))
    validated = Validation("2026-05-04", "Workshop", ("NSO",), "Ms A", "Director")
    return [
        ResultsChainDialog(v, s),
        dialogs.ValidationDialog(v, None, ["NSO"]), dialogs.ValidationDialog(v, validated, ["NSO"]),
        request, PartnerEditionDialog(v, ["European Union"]),
        dialogs.FinanceDialog(v, v.state.finance, "KES"),
        dialogs.TotalsDialog(v, v.state.totals, v.state.finance, s.lang),
        dialogs.CostLineDialog(v, None, "KES"), dialogs.CostLineDialog(v, v.current().costs[0], "KES"),
        ProgressDialog(win.store, s.assessment_id, s.writes, v, session=s),
        ProgressRepliesDialog(s, "2026", v),
        AchievedDialog(win.store, questionnaire, s.assessment_id, s.lang, v),
        CompareDialog(win.store, questionnaire, s.assessment_id, earlier.id, s.lang, v),
    ]


@pytest.mark.parametrize("lang", (*LANGS, "pt"))   # every language the dialogs speak
def test_every_button_of_every_plan_dialog_has_a_letter_of_its_own(speaking, make_window, db_path, questionnaire,
                                                                     lang):
    """Each dialog of the plan on its own: every button has its letter (but a button repeated on
    every row, a signatory's *Remove*: Tab reaches each), none shared with another button, a
    field's label or a tab."""
    from PySide6.QtWidgets import QApplication, QPushButton

    from capacity_app.services.assessments import create_assessment

    speaking(lang)
    win = make_window(db_path)
    a = create_assessment(win.store, questionnaire, country="KEN", round=2026)
    win.home.refresh()
    assert win.open_assessment(a.id)
    win.set_language(lang)
    v = _plan_with_everything(win, questionnaire)
    found = []
    for dlg in _plan_dialogs(win, v, questionnaire):
        dlg.show()
        QApplication.processEvents()
        name = type(dlg).__name__
        if clash := _clashes(_letters_of_every_tab(dlg)):
            found.append(f"{name}: {clash}")
        buttons = [b for b in dlg.findChildren(QPushButton) if b.isVisibleTo(dlg) and b.text()]
        texts = [b.text() for b in buttons]
        found += [f"{name}: {b.text()!r} has no Alt letter" for b in buttons
                  if not _letter(b.text()) and texts.count(b.text()) == 1]
        dlg.hide()
        dlg.deleteLater()
    assert not found, "\n".join(found)
