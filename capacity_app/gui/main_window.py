"""The main window: the list of assessments (home)."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

from ..catalog.countries import lookup
from ..services.assessments import load_sheet


class MainWindow(QMainWindow):
    def __init__(self, store, questionnaire):
        super().__init__()
        self.store = store
        self.questionnaire = questionnaire
        self.setWindowTitle(self.tr("Migration data capacity assessment"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Round"), self.tr("Status"),
                                              self.tr("Completion"), self.tr("Last edit")])
        self.setCentralWidget(self.table)
        self.resize(1000, 640)
        self.refresh()

    def refresh(self) -> None:
        rows = self.store.assessments()
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            c = lookup(a.country)
            done = load_sheet(self.store, self.questionnaire, a.id).overall_completion()
            for col, text in enumerate([f"{c.name if c else a.country} ({a.country})", str(a.round),
                                        a.status, f"{done * 100:.0f} %", a.updated_at]):
                self.table.setItem(r, col, QTableWidgetItem(text))
