"""What an officer met in English while working in French, now in the interface's language: a cost's
refusal under the cost dialog and in the status bar (the entries of ``domain.texts`` said again by
``gui/service_text``), the plan's footer "%n of %1 actions costed." in the language's plural forms,
and the title made from the country and round (stored in English, shown in the interface's
language, kept as stored while it is not changed)."""
from __future__ import annotations

import pytest

from capacity_app.domain.plan.cost import CostError, Cost, parse_amount, validate_costs
from capacity_app.gui.plan.dialogs import PlanCount
from capacity_app.gui.service_text import service_text
from capacity_app.services.assessments import create_assessment, get_assessment

from tests.cli.test_said import no_english
from test_i18n import interface  # noqa: F401 - the fixture


def _refusal(make) -> str:
    with pytest.raises(CostError) as e:
        make()
    return str(e.value)


@pytest.mark.parametrize("lang", ["fr", "ru", "zh"])
def test_a_cost_refusal_is_said_in_the_interface_language(interface, lang):  # noqa: F811
    interface(lang)
    amount = _refusal(lambda: parse_amount("12,5", "amount executed"))
    line = _refusal(lambda: validate_costs([Cost(2027, "10", "XOF", funding="partner")]))
    assert amount.startswith("the amount executed '12,5' is not an amount")   # English as written
    assert line == "cost line 1: a cost funded by a development partner must name the partner"
    for message, key in ((amount, "cli.cost.not_amount"), (line, "cli.cost.partner_unnamed")):
        shown = service_text(message)
        assert shown != message and no_english(shown, key) == [] and no_english(shown, "cli.plan.cost_line") == []
    assert "'12,5'" in service_text(amount)
    assert "executed" not in service_text(amount)  # what the refusal names is said too
    interface("en")
    assert service_text(amount) == amount


def test_the_plans_footer_follows_the_languages_plural_forms(interface):  # noqa: F811
    interface("fr")
    assert PlanCount().costed(1, 2) == "1 action chiffrée sur 2."
    assert PlanCount().costed(3, 4) == "3 actions chiffrées sur 4."
    interface("en")
    assert PlanCount().costed(2, 5) == "2 of 5 actions costed."


def test_the_default_title_is_shown_in_french_and_kept_as_stored(interface, store, questionnaire, qtbot):  # noqa: F811
    from capacity_app.gui import details

    interface("fr")
    a = create_assessment(store, questionnaire, country="SEN", round=2026)
    assert a.title == "Senegal: migration data capacity assessment 2026"   # stored in English
    dlg = details.AssessmentDetailsDialog(store, a.id, lang="fr")
    qtbot.addWidget(dlg)
    assert dlg.title.text() == "Sénégal\u00a0: évaluation des capacités en matière de données migratoires, 2026"
    dlg._on_ok()
    assert get_assessment(store, a.id).title == a.title   # not changed: kept as stored
    typed = details.AssessmentDetailsDialog(store, a.id, lang="fr")
    qtbot.addWidget(typed)
    typed.title.setText("Sénégal, mission de mars")
    typed._on_ok()
    assert get_assessment(store, a.id).title == "Sénégal, mission de mars"
