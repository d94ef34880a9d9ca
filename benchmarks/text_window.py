"""The floor of a window that shows text: PySide6 alone, no application code, drawing the kinds of
things the application's first view draws (a menu bar of five menus, a toolbar of text buttons, a
table of a few rows under a header, a status bar message), painted once, then closed.

bench_gui_start.py times it beside the bare window (an empty QMainWindow, which draws no text and
so never loads fontconfig's font list nor shapes a glyph) and the application: the application's
ratio to this window is what its own code costs over Qt drawing text.

``--look DB``: the same window in the application's look, still without a line of its code: the
application's style sheet (resources/styles/app.qss, as it sets it), its bundled fonts
registered and put behind the window's font (as gui/writing.register_fonts does, so that Arabic and
Chinese show on any system), and the table's rows read from the ``assessments`` table of the
SQLite database DB as the application's list reads them (``deleted_at`` empty: not in the trash;
newest change first), the first 25 of them. What this costs over the plain window is the part of
the application's start that its look and its data take, before any of its own Python runs."""
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# the faces the application registers before its first view in a language not written in Chinese
# characters (gui/writing.register_fonts: the Chinese faces follow once the view is on screen)
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")

app = QApplication([])
rows = [("Republic of Veloria (XVL)", "2026", "Migration data capacity assessment 2026", "In progress",
         "98.1 %", "2.4", "2026-11-25 07:10")]
if len(sys.argv) == 3 and sys.argv[1] == "--look":
    import sqlite3

    from PySide6.QtCore import QDir
    from PySide6.QtGui import QFont, QFontDatabase

    QDir.addSearchPath("styles", str(RESOURCES / "styles"))
    app.setStyleSheet((RESOURCES / "styles" / "app.qss").read_text(encoding="utf-8"))
    families = []
    for name in FONTS:
        font_id = QFontDatabase.addApplicationFont(str(RESOURCES / "report" / "fonts" / name))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    QFont.insertSubstitutions(app.font().family(), families)
    with sqlite3.connect(f"file:{sys.argv[2]}?mode=ro", uri=True) as con:
        rows = [(f"{country} ({country})", str(rnd), title or "", status, "", "", updated)
                for country, rnd, title, status, updated in con.execute(
                    "SELECT country, round, title, status, updated_at FROM assessments WHERE deleted_at = '' "
                    "ORDER BY updated_at DESC, id DESC LIMIT 25")]
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
for row in rows:
    model.appendRow([QStandardItem(v) for v in row])
table = QTableView()
table.setModel(model)
w.setCentralWidget(table)
w.statusBar().showMessage(f"{len(rows)} assessments")
w.resize(1280, 820)
w.show()
QTimer.singleShot(0, lambda: (w.repaint(), app.processEvents(), w.close(), app.quit()))
app.exec()
