"""A cost line's amount in the interface's language (the window's number fields read the
language's decimal sign): walked in French at 1366×768, "1250,50" was refused with an English line
asking for a point; the amount is read with the comma, shown back with it, and a text that is not
digits is told in French."""
from __future__ import annotations

from decimal import Decimal

import pytest


@pytest.fixture
def french(qsettings):
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.app import install_translations, make_app

    qsettings.setValue("interface_language", "fr")
    app = make_app(settings=qsettings)
    yield app
    install_translations(QApplication.instance(), "en")


def test_a_french_amount_takes_the_decimal_comma(french, qtbot):
    from capacity_app.domain.plan.cost import Cost
    from capacity_app.gui.plan.dialogs import CostLineDialog

    dlg = CostLineDialog(None, None, "EUR", 2027)
    qtbot.addWidget(dlg)
    assert "1250,50" in dlg.amount.placeholderText()
    dlg.amount.setText("1250,50")
    dlg.accept()
    assert dlg.error.isHidden() and dlg.cost().amount == Decimal("1250.50")
    again = CostLineDialog(None, Cost(2027, Decimal("1250.5"), "EUR"), "EUR")
    qtbot.addWidget(again)
    assert again.amount.text() == "1250,5"  # shown as it is read, with the comma
    again.amount.setText("mille euros")
    again.accept()
    assert not again.error.isHidden() and again.cost() is None
    assert again.error.text().startswith("Montant : ") and "« , »" in again.error.text(), again.error.text()


def test_an_english_amount_keeps_the_point(qsettings, qtbot):
    from capacity_app.gui.plan.dialogs import CostLineDialog

    dlg = CostLineDialog(None, None, "EUR", 2027)
    qtbot.addWidget(dlg)
    dlg.amount.setText("12,5")  # a thousands separator or a comma for decimals: refused, never guessed
    dlg.accept()
    assert not dlg.error.isHidden() and dlg.cost() is None
    assert dlg.error.text() == ("Amount: write digits, with “.” for decimals, such as 45000000 or 1250.50 "
                                "(no thousands separators).")


def test_a_french_exchange_rate_takes_the_decimal_comma(french, qtbot):
    """The plan's rates too: '605,25' in French (the English test refuses '129,35')."""
    from capacity_app.domain.plan.cost import Finance, Rate
    from capacity_app.gui.plan.dialogs import FinanceDialog

    dlg = FinanceDialog(None, Finance("XOF", (Rate("XOF", Decimal("605.25"), "2026-05-01", "UN"),)), "XOF")
    qtbot.addWidget(dlg)
    assert dlg.rates.item(0, 1).text() == "605,25"  # shown with the comma
    dlg.rates.item(0, 1).setText("610,5")
    dlg.accept()
    assert dlg.error.isHidden(), dlg.error.text()
    assert dlg.finance().rates[0].per_usd == Decimal("610.5")
