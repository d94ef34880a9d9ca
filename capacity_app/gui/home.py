"""Home: the list of assessments (and the trash), with their completion and band."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from .. import jobs
from ..services import summaries
from ..services.assessments import open_store
from ..services.changes import Changes
from .models import AssessmentListModel
from .tasks import TaskRunner

DERIVE_CHUNK = 8  # summaries computed per background task (one read-only connection each)


def compute_summaries(db_path: str, ids: list[int], questionnaire, progress=None, cancelled=None
                      ) -> list[tuple[int, summaries.Computed | None]]:
    """Job for the task runner: the summaries of ``ids`` computed on a read-only connection of its
    own (the window keeps the one writer connection and stores them): ``[(id, Computed | None)]``."""
    out: list[tuple[int, summaries.Computed | None]] = []
    with open_store(db_path, readonly=True, integrity="light") as store:
        for i, aid in enumerate(ids):
            jobs.check(cancelled)
            try:
                out.append((aid, summaries.compute_summary(store, aid, questionnaire)))
            except Exception:  # noqa: BLE001 - a row that cannot be derived shows no figures
                out.append((aid, None))
            jobs.report(progress, (i + 1) / len(ids))
    return out


class AssessmentTable(QTableView):
    openRequested = Signal(int)

    def keyPressEvent(self, e):
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            a = self.model().assessment(self.currentIndex().row())
            if a is not None:
                self.openRequested.emit(a.id)
                return
        super().keyPressEvent(e)


class HomePage(QWidget):
    openRequested = Signal(int)
    selectionChanged = Signal()

    def __init__(self, store, questionnaire, icon, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        # the questionnaire may still be loading: ask for it only when deriving completion
        self._questionnaire = questionnaire
        self.trash_mode = False
        self.setObjectName("home")
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 12)
        box.setSpacing(8)
        self.title = QLabel(self.tr("Assessments"), self)
        self.title.setObjectName("pageTitle")
        box.addWidget(self.title)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("help")
        self.subtitle.setWordWrap(True)
        box.addWidget(self.subtitle)
        row = QHBoxLayout()
        self.buttons = {}
        for name, text, ic in (("new", self.tr("&New…"), "new"), ("open", self.tr("&Open"), "open"),
                               ("duplicate", self.tr("Next &round"), "duplicate"),
                               ("delete", self.tr("Move to &trash"), "delete"),
                               ("restore", self.tr("&Restore"), "restore"),
                               ("import", self.tr("&Import workbook…"), "import"),
                               ("trash", self.tr("Show t&rash"), "trash")):
            b = QPushButton(icon(ic), text, self)
            b.setObjectName(f"home_{name}")
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            self.buttons[name] = b
            row.addWidget(b)
        row.insertStretch(6, 1)
        self.buttons["trash"].setCheckable(True)
        box.addLayout(row)
        self.table = AssessmentTable(self)
        self.table.setObjectName("assessmentList")
        self.table.setAccessibleName(self.tr("Assessments"))
        self.model = AssessmentListModel(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # fit the columns to a screenful of rows (about 20), not to every row (Qt's default measures up
        # to 1000 rows: 30,000 data() calls before the first paint with 300 assessments; 0, "the
        # visible rows", means every row while the table is not laid out yet)
        hh.setResizeContentsPrecision(20)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No assessment yet. Press Ctrl+N to start one, or import a workbook."), self)
        self.empty.setObjectName("hint")
        box.addWidget(self.empty)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.openRequested.connect(self.openRequested)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.buttons["open"].clicked.connect(self._on_open_clicked)
        self.buttons["trash"].toggled.connect(self.set_trash_mode)
        self._pending: list[int] = []
        # missing or stale summaries are computed off the window's thread, a few rows per task,
        # one task at a time; a newer refresh drops the results of an older one (_generation)
        self.runner = TaskRunner(self, max_threads=1, spawns=False)
        self._deriving: list[int] = []  # the ids of the task under way
        self._generation = 0
        self._stale = False  # a write happened while another page was shown

    def on_changes(self, changes: Changes) -> None:
        """A write (published on the window's change bus): reload the list now when it is shown,
        else when it is shown next. Rows whose assessment did not change keep their figures."""
        if not (changes.listing or changes.assessment_id is not None):
            return
        if self.isHidden():
            self._stale = True
        else:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def set_lang(self, lang: str) -> None:
        """The questionnaire language: country names and band labels follow it."""
        if lang == self.model.lang:
            return
        self.model.lang = lang
        self.model.layoutChanged.emit()  # rows keep band codes: their labels follow the language

    def refresh(self, derive: bool = True) -> None:
        """Reload the list; completion and band are filled in afterwards, one row at a time,
        so the list paints at once."""
        self._stale = False
        current = self.current_id()
        # stored summaries, up to date with each assessment's revision: one query for any number
        # of assessments; the missing or stale ones (None) are derived below, one per tick
        listed = summaries.listing(self.store, only_deleted=self.trash_mode)
        rows = [r.assessment for r in listed]
        self.model.set_assessments(rows)
        for row, r in zip(self.model.rows, listed, strict=True):  # the model was just reset: nothing painted yet
            s = r.summary
            row.completion = None if s is None else s.completion
            row.band = None if s is None else (s.band or "")
            row.overall = None if s is None else s.overall_shown
        self.empty.setVisible(not rows)
        n = len(rows)
        self.subtitle.setText(self.tr("Trash: %n assessment(s); restore one to work on it again.", "", n)
                               if self.trash_mode else
                               self.tr("%n assessment(s). Enter or double-click opens one.", "", n))
        if current is not None:
            self.select_id(current)
        elif rows:
            self.table.selectRow(0)
        self._generation += 1
        self._pending = [r.assessment.id for r in self.model.rows if r.completion is None]
        if derive and self._pending:
            self._derive_next()
        self._update_buttons()

    def _derive_next(self) -> None:
        """Start computing the next few missing summaries in the background."""
        if self._deriving or not self._pending:
            return
        q = self._questionnaire()
        if q is None:  # still loading: the window refreshes the list once it is there
            return
        chunk, self._pending = self._pending[:DERIVE_CHUNK], self._pending[DERIVE_CHUNK:]
        generation = self._generation
        self._deriving = chunk
        self.runner.run("summaries", compute_summaries, str(self.store.path), chunk, q, quiet=True,
                        on_done=lambda rows: self._on_derived(generation, rows),
                        on_error=lambda _msg: self._on_derived(generation, [(aid, None) for aid in chunk]),
                        on_cancel=lambda: self._on_derived(generation, []))

    def _on_derived(self, generation: int, rows: list) -> None:
        self._deriving = []
        if generation == self._generation:
            for aid, computed in rows:
                self._show_derived(aid, computed)
        self._derive_next()

    def _show_derived(self, aid: int, computed) -> None:
        if computed is None:
            self.model.set_derived(aid, None, None, None)
            return
        summaries.keep_summary(self.store, aid, computed)  # the writer's side: this thread
        s = computed.summary
        self.model.set_derived(aid, s.completion, s.band or "", s.overall_shown)

    def shutdown(self) -> None:
        """Stop deriving and wait for the task under way (the window is closing); a result still
        on its way is dropped."""
        self._generation += 1
        self._pending = []
        self.runner.shutdown()

    def derive_all(self) -> None:
        """Compute every missing summary now, on this thread (tests, screenshots)."""
        self._generation += 1  # a background result still on its way is dropped: done here
        self._pending = [aid for aid in self._deriving if aid not in self._pending] + self._pending
        q = self._questionnaire()
        while self._pending:
            aid = self._pending.pop(0)
            try:
                computed = summaries.compute_summary(self.store, aid, q)
            except Exception:  # noqa: BLE001 - a row that cannot be derived shows no figures
                computed = None
            self._show_derived(aid, computed)

    def set_trash_mode(self, on: bool) -> None:
        self.trash_mode = on
        self.title.setText(self.tr("Trash") if on else self.tr("Assessments"))
        self.buttons["trash"].setChecked(on)
        self.refresh()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        t = self.trash_mode
        self.buttons["open"].setEnabled(has and not t)
        self.buttons["duplicate"].setEnabled(has and not t)
        self.buttons["delete"].setVisible(not t)
        self.buttons["delete"].setEnabled(has)
        self.buttons["restore"].setVisible(t)
        self.buttons["restore"].setEnabled(has)
        self.buttons["new"].setEnabled(not t)
        self.selectionChanged.emit()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        a = self.model.assessment(rows[0].row())
        return a.id if a else None

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_id(self, aid: int) -> None:
        for r, row in enumerate(self.model.rows):
            if row.assessment.id == aid:
                self.table.selectRow(r)
                return

    def _on_table_double_clicked(self, index) -> None:
        a = self.model.assessment(index.row())
        if a is not None and not self.trash_mode:
            self.openRequested.emit(a.id)

    def _on_open_clicked(self) -> None:
        aid = self.current_id()
        if aid is not None:
            self.openRequested.emit(aid)
