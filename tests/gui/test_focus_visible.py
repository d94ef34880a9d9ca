"""Where the keyboard is, is seen: every kind of focusable control of the plan's screens draws its
focus in the application's style sheet (a border of at least 3:1 contrast against the page), at
the default size and the largest font size, left to right and right to left."""
from __future__ import annotations

import pytest


def _widgets(parent):
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
        QTabBar,
        QTableWidget,
        QTableWidgetItem,
        QToolButton,
        QTreeWidget,
        QTreeWidgetItem,
    )

    table = QTableWidget(2, 2, parent)
    table.setItem(0, 0, QTableWidgetItem("Census"))
    tree = QTreeWidget(parent)
    tree.addTopLevelItem(QTreeWidgetItem(["Outcome 1"]))
    combo = QComboBox(parent)
    combo.addItems(["Planned", "In progress"])
    tool = QToolButton(parent)
    tool.setText("Results chain…")
    tabs = QTabBar(parent)   # the funding request's and the progress' tabs, reached by their letters
    for text in ("Request", "Risks", "Indicators"):
        tabs.addTab(text)
    return [QPushButton("Record the validation…", parent), QLineEdit("2026", parent), QPlainTextEdit("reason", parent),
            combo, QCheckBox("Priority action", parent), tool, table, tree, tabs]


def _contrast(a, b) -> float:
    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("rtl, point", [(False, 10), (True, 10), (False, 20)])
def test_every_focusable_control_draws_its_focus(qtbot, qapp, rtl, point):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from capacity_app.gui.window.app import load_style_sheet

    before_sheet, before_dir, before_font = qapp.styleSheet(), qapp.layoutDirection(), qapp.font()
    qapp.setStyleSheet(load_style_sheet().replace("font-size: 10pt", f"font-size: {point}pt", 1))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    try:
        dlg = QDialog()
        qtbot.addWidget(dlg)
        box = QVBoxLayout(dlg)
        widgets = _widgets(dlg)
        for w in widgets:
            box.addWidget(w)
        dlg.show()
        qtbot.waitExposed(dlg)
        page = QColor("#f6f7f9")
        for w in widgets:
            dlg.setFocus()
            qapp.processEvents()
            plain = w.grab().toImage()
            w.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(w.hasFocus, timeout=2000)
            qapp.processEvents()
            focused = w.grab().toImage()
            changed = [(x, y) for x in range(0, min(plain.width(), focused.width()), 2)
                       for y in range(0, min(plain.height(), focused.height()), 2)
                       if plain.pixelColor(x, y) != focused.pixelColor(x, y)]
            assert len(changed) >= (plain.width() + plain.height()) // 4, type(w).__name__
            strongest = max(_contrast(focused.pixelColor(x, y), page) for x, y in changed)
            assert strongest >= 3.0, (type(w).__name__, strongest)
    finally:
        qapp.setStyleSheet(before_sheet)
        qapp.setLayoutDirection(before_dir)
        qapp.setFont(before_font)
