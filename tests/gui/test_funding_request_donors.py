"""The donors' structures in the *Funding request…* dialog: the demo's risk matrix, indicators'
details and procurement plan loaded into their tabs; saved unchanged nothing is written; a risk
edited is stored in one write; a bad value is refused in one line with what was typed kept;
Escape over an edit asks; Tab leaves each table."""
from __future__ import annotations

import shutil
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from capacity_app.gui.plan import request as request_gui
from capacity_app.gui.plan.donor_tabs import CODE
from capacity_app.services.plan import actions as plans
from capacity_app.services.reports import plan_partners


@pytest.fixture
def demo_session(demo_db, tmp_path, qtbot):
    from capacity_app.gui.bus import ChangeBus
    from capacity_app.gui.writes import Writes
    from capacity_app.services.assessments import open_store

    path, aid = demo_db
    shutil.copy(path, tmp_path / "demo.sqlite3")
    store = open_store(tmp_path / "demo.sqlite3", backup_dir=tmp_path / "backups")
    yield SimpleNamespace(store=store, assessment_id=aid, writes=Writes(ChangeBus()), read_only=False)
    store.close()


def _dialog(qtbot, s):
    parent = QWidget()
    qtbot.addWidget(parent)
    d = request_gui.FundingRequestDialog(parent, s, plan_partners(s.store, s.assessment_id), ["KNBS"])
    d.kept_parent = parent  # the parent lives as long as the dialog
    return d


def _history(s) -> int:
    return len(s.store.history(s.assessment_id))


def _save(d):
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_demo_is_loaded_and_saved_unchanged_writes_nothing(demo_session, qtbot):
    s = demo_session
    stored = plans.funding_request(s.store, s.assessment_id)
    assert stored.risks and stored.indicators and stored.procurement  # the demo has all three
    d = _dialog(qtbot, s)
    assert [d.tabs.tabText(i).replace("&", "") for i in range(d.tabs.count())] == [
        "Request", "Risks", "Indicators", "Procurement"]
    assert d.risks.risks() == stored.risks
    assert d.indicators.details() == stored.indicators
    assert d.procurement.packages() == stored.procurement
    # a code shown by the report's label, edited with a list of the labels
    assert d.risks.table.item(0, 1).text() in {"low", "medium", "high"}
    table = d.risks.table
    table.setCurrentCell(0, 1)
    table.edit(table.currentIndex())
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None and editor.metaObject().className() == "QComboBox"
    assert [editor.itemText(i) for i in range(editor.count())] == ["low", "medium", "high"]
    from PySide6.QtWidgets import QAbstractItemDelegate

    original = d.risks.code(0, 1)
    assert editor.currentData() == original  # the list opens on the cell's code
    editor.setCurrentIndex(editor.findData(original))
    table.commitData(editor)
    table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert d.risks.code(0, 1) == original and table.item(0, 1).text() == original
    for tab in (d.risks, d.indicators, d.procurement):
        assert not tab.table.tabKeyNavigation()  # Tab leaves the table
    before = _history(s)
    _save(d)
    assert d.result() == d.DialogCode.Accepted and d.error.isHidden()
    assert _history(s) == before and plans.funding_request(s.store, s.assessment_id) == stored


def test_a_risk_edited_is_stored_in_one_write(demo_session, qtbot):
    s = demo_session
    d = _dialog(qtbot, s)
    d.risks.table.item(0, 4).setText("Kenya National Bureau of Statistics")
    d.risks.table.item(0, 2).setData(CODE, "low")
    d.risks.add_button.click()
    row = d.risks.table.rowCount() - 1
    for c, value in ((0, "Staff turnover at the bureau"), (3, "Two trained officers per task"), (4, "KNBS")):
        d.risks.table.item(row, c).setText(value)
    before = _history(s)
    _save(d)
    assert d.result() == d.DialogCode.Accepted, d.error.text()
    risks = plans.funding_request(s.store, s.assessment_id).risks
    assert risks[0].owner == "Kenya National Bureau of Statistics" and risks[0].impact == "low"
    assert risks[-1].risk == "Staff turnover at the bureau" and risks[-1].likelihood == "medium"
    assert _history(s) == before + 1


def test_a_bad_value_is_refused_in_one_line_and_kept(demo_session, qtbot):
    s = demo_session
    stored = plans.funding_request(s.store, s.assessment_id)
    d = _dialog(qtbot, s)
    t = d.indicators
    partner = plan_partners(s.store, s.assessment_id)[0]
    row = next(r for r in range(t.table.rowCount()) if not t.code(r, 3))
    t.table.item(row, 1).setData(CODE, "annual")
    t.table.item(row, 2).setText("KNBS")
    t.table.item(row, 3).setData(CODE, partner)
    t.table.item(row, 4).setText("999999999999")
    _save(d)
    assert d.result() != d.DialogCode.Accepted
    message = d.error.text()
    assert not d.error.isHidden() and "\n" not in message and partner in message, message
    assert t.cell(row, 4) == "999999999999" and t.code(row, 3) == partner  # what was typed stays
    assert plans.funding_request(s.store, s.assessment_id) == stored
    # an amount that is not digits: told in one line, its tab shown
    d.tabs.setCurrentIndex(0)
    t.table.item(row, 4).setText("a lot")
    _save(d)
    assert d.tabs.currentWidget() is t and "digits" in d.error.text() and t.cell(row, 4) == "a lot"
    assert plans.funding_request(s.store, s.assessment_id) == stored


def test_escape_over_an_edit_asks(demo_session, qtbot, monkeypatch):
    s = demo_session
    asked: list[str] = []
    monkeypatch.setattr(request_gui, "ask_unsaved", lambda _p, what: asked.append(what) or "cancel")
    d = _dialog(qtbot, s)
    d.show()
    qtbot.waitExposed(d)
    d.procurement.table.item(0, 1).setText("Tablets for the enumerators")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert asked == ["The funding request typed is not saved."] and d.isVisible()
    d.procurement.remove_button.setFocus()
    d.procurement.table.setCurrentCell(0, 0)
    d.procurement.remove_button.click()
    monkeypatch.setattr(request_gui, "ask_unsaved", lambda _p, what: "discard")
    d.reject()
    assert not d.isVisible()
    assert plans.funding_request(s.store, s.assessment_id).procurement[0].description != "Tablets for the enumerators"


def test_a_refusal_and_the_codes_are_in_the_interface_language(speaking, demo_session, qtbot):
    s = demo_session
    speaking("fr")
    d = _dialog(qtbot, s)
    assert d.tabs.tabText(1).replace("&", "") == "Risques"
    rows = range(d.risks.table.rowCount())
    assert {d.risks.table.item(r, 1).text() for r in rows} <= {"faible", "moyenne", "élevée"}   # la probabilité
    assert {d.risks.table.item(r, 2).text() for r in rows} <= {"faible", "moyen", "élevé"}      # l'impact
    d.procurement.table.item(0, 5).setText("2020-01-01")
    _save(d)
    assert "sortent des années du plan" in d.error.text() and "\n" not in d.error.text(), d.error.text()
    assert d.procurement.cell(0, 5) == "2020-01-01"


@pytest.mark.parametrize("lang, likelihood, impact", [
    ("pt", ["baixa", "média", "elevada"], ["baixo", "médio", "elevado"]),
    ("ru", ["низкая", "средняя", "высокая"], ["низкое", "среднее", "высокое"]),
    ("es", ["baja", "media", "alta"], ["bajo", "medio", "alto"]),
])
def test_likelihood_and_impact_each_have_their_own_list(speaking, qtbot, lang, likelihood, impact):
    """"Probabilidade" is feminine, "impacto" masculine, "воздействие" neuter: each drop-down
    offers the levels agreeing with its own column, shown and chosen the same way."""
    from capacity_app.domain.plan.donors import Risk
    from capacity_app.gui.plan.donor_tabs import RisksTab

    speaking(lang)
    parent = QWidget()
    qtbot.addWidget(parent)
    tab = RisksTab(parent, [Risk("R", "medium", "high", "M", "O")])
    lists = [[label for _code, label in tab.table.itemDelegateForColumn(c).options] for c in (1, 2)]
    assert lists == [likelihood, impact]
    assert (tab.table.item(0, 1).text(), tab.table.item(0, 2).text()) == (likelihood[1], impact[2])
    assert (tab.risks()[0].likelihood, tab.risks()[0].impact) == ("medium", "high")
