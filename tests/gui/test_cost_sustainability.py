"""A cost line's sustainability in the window's cost editor: recurrent, the year the
national budget takes a partner's line over and the amount a year; kept when the line is edited
again, refused in one line when half given, never offered for a line the national budget pays."""
from __future__ import annotations

from decimal import Decimal


def test_the_cost_editor_takes_and_keeps_the_sustainability(qsettings, qtbot):
    from capacity_app.domain.plan.cost import Cost
    from capacity_app.gui.plan.dialogs import CostLineDialog

    line = Cost(2027, Decimal(48_000), "EUR", "partner", "European Union", recurrent=True, takeover_year=2028,
                takeover_amount=Decimal("48000.5"))
    dlg = CostLineDialog(None, line, "XOF")
    qtbot.addWidget(dlg)
    assert dlg.recurrent.isChecked() and dlg.takeover.isEnabled() and dlg.takeover_year.value() == 2028
    dlg.accept()  # edited without touching it: nothing of it is lost
    assert dlg.error.isHidden() and dlg.cost() == line
    dlg = CostLineDialog(None, line, "XOF")
    qtbot.addWidget(dlg)
    dlg.takeover_amount.clear()  # a year without an amount: refused in one line
    dlg.accept()
    assert not dlg.error.isHidden() and dlg.cost() is None and "\n" not in dlg.error.text()
    dlg.takeover_year.setValue(dlg.takeover_year.minimum())  # neither: recurrent, not taken over
    dlg.accept()
    assert dlg.cost() == Cost(2027, Decimal(48_000), "EUR", "partner", "European Union", recurrent=True)


def test_a_national_line_is_not_taken_over(qsettings, qtbot):
    from capacity_app.gui.plan.dialogs import CostLineDialog

    dlg = CostLineDialog(None, None, "XOF", 2027)
    qtbot.addWidget(dlg)
    dlg.recurrent.setChecked(True)
    assert not dlg.takeover.isEnabled()  # the national budget already pays it
    dlg.funding.setCurrentIndex(dlg.funding.findData("partner"))
    assert dlg.takeover.isEnabled()


def test_the_sustainability_fields_speak_the_interface_language(qsettings, qtbot):
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.plan.dialogs import CostLineDialog
    from capacity_app.gui.window.app import install_translations, make_app

    qsettings.setValue("interface_language", "fr")
    make_app(settings=qsettings)
    try:
        dlg = CostLineDialog(None, None, "XOF", 2027)
        qtbot.addWidget(dlg)
        assert dlg.recurrent.text().startswith("Coût &récurrent")
        assert dlg.takeover_year.specialValueText() == "(non pris en charge)"
    finally:
        install_translations(QApplication.instance(), "en")
