"""Application start-up: QApplication, the store, the main window."""
from __future__ import annotations

import sys


def run_gui(db_path: str | None = None, exit_after_show: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..services.assessments import open_store, questionnaire_for
    from ..storage.db import StorageError

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("capacity-app")
    app.setOrganizationName("UNSD")
    try:
        store = open_store(db_path)
    except StorageError as exc:
        if exit_after_show:
            print(f"capacity-app: {exc}", file=sys.stderr)
            return 2
        QMessageBox.critical(None, "capacity-app", str(exc))
        return 2
    from .main_window import MainWindow

    window = MainWindow(store, questionnaire_for())
    window.show()
    if exit_after_show:
        QTimer.singleShot(0, lambda: (window.repaint(), app.processEvents(), window.close(), app.quit()))
    try:
        return app.exec()
    finally:
        store.close()
