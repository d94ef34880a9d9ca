"""The floor of a window that shows text: PySide6 alone, no application code, drawing the kinds of
things the application's first view draws (a menu bar of five menus, a toolbar of text buttons, a
table of a few rows under a header, a status bar message), painted once, then closed.

bench_gui_start.py times it beside the bare window (an empty QMainWindow, which draws no text and
so never loads fontconfig's font list nor shapes a glyph) and the application: the application's
ratio to this window is what its own code costs over Qt drawing text."""
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication([])
w = QMainWindow()
w.setWindowTitle("Migration data capacity assessment")
for menu_title in ("&File", "&Edit", "&View", "&Go", "&Help"):
    menu = w.menuBar().addMenu(menu_title)
    for i in range(8):
        a = QAction(f"{menu_title.strip('&')} action {i}…", w)
        a.setShortcut(QKeySequence.fromString(f"Ctrl+Shift+{i}"))
        menu.addAction(a)
bar = w.addToolBar("Main")
for text in ("New", "Open", "Import", "Export", "Report", "Aggregate", "Undo", "Redo", "Find", "Language"):
    bar.addAction(text)
model = QStandardItemModel(0, 7)
model.setHorizontalHeaderLabels(["Country", "Round", "Title", "Status", "Completeness", "Score", "Updated"])
for row in (("Republic of Veloria (XVL)", "2026", "Migration data capacity assessment 2026", "In progress",
             "98.1 %", "2.4", "2026-11-25 07:10"),):
    model.appendRow([QStandardItem(v) for v in row])
table = QTableView()
table.setModel(model)
w.setCentralWidget(table)
w.statusBar().showMessage("1 assessment")
w.resize(1280, 820)
w.show()
QTimer.singleShot(0, lambda: (w.repaint(), app.processEvents(), w.close(), app.quit()))
app.exec()
