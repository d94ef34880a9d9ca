"""Home: the list of assessments (and the trash), with their completion and band."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QModelRoleDataSpan, Signal
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from .. import jobs
from ..catalog.countries import localized_name, lookup
from ..domain.assessment import Assessment, title_in
from ..domain.celltext import neutral_direction
from ..domain.dates import local_time
from ..domain.editorial import with_code
from ..domain.labels import BANDS, band_label
from ..domain.rounding import percent
from ..services import summaries
from ..services.assessments import open_store
from ..services.changes import Changes
from .numbers import decimal_text, percent_text, when_text
from .status import status_label

DERIVE_CHUNK = 8  # summaries computed per background task (one read-only connection each)
ROW_HEIGHT = 30  # pixels: the list's rows (verticalHeader's default section size)
FITTED = (1, 2, 3, 5)  # the columns fitted to their texts (round, status, completion, last edit)
FOCUS_ROOM = 4  # pixels more than their texts: the current cell's outline (resources/styles/app.qss)
FIT_ROWS = 20  # the first rows measured for them (and those on screen); a screenful, not 3,000


def rows_on_screen(screen_height: int) -> int:
    """The rows a first view reads: as many as a list as tall as the screen shows, and some more."""
    return max(30, screen_height // ROW_HEIGHT + 5)

# The list's item-data roles and alignment as Qt's integer values (Qt.ItemDataRole, Qt.AlignmentFlag):
# reading any member of the Qt namespace creates all its 93 enum classes (about 20 ms), and
# nothing else the first window does needs them.
DISPLAY, TOOL_TIP, FOREGROUND, TEXT_ALIGNMENT, ACCESSIBLE_TEXT, USER = 0, 3, 9, 7, 11, 256
# what a column sorts by (a proxy's sortRole): the last change's raw stamp, chronological, while
# the cell writes its day out ("25 ноября 2026 года, 08:54")
SORT = USER + 1
ALIGN_RIGHT_VCENTER = 0x0002 | 0x0080
_ROLES = frozenset((DISPLAY, TOOL_TIP, FOREGROUND, TEXT_ALIGNMENT, ACCESSIBLE_TEXT, USER, SORT))

BAND_COLOURS = dict(zip(BANDS, ("#c0392b", "#d68910", "#2e86c1", "#1e8449"), strict=True))


def band_colour(code: str | None) -> QColor:
    return QColor(BAND_COLOURS.get(code or "", "#6b7280"))


@dataclass
class AssessmentRow:
    assessment: Assessment
    completion: float | None = None  # 0..1, filled after the first paint
    band: str | None = None          # band code, "" when not scored; None until derived
    overall: float | None = None     # as shown (one decimal)
    # the row's texts as shown, one per column: made at the first data() call that asks for one,
    # and made again after a change of the row's figures or of the language (None). Qt asks each
    # cell's text several times (fitting the columns, painting, accessibility): 3,358 data()
    # calls for 20 rows fitted and 25 painted at a start with 300 assessments
    texts: tuple[str, ...] | None = None


class AssessmentListModel(QAbstractTableModel):
    COLUMNS = ("country", "round", "status", "completion", "band", "updated")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AssessmentRow] = []
        self.lang = "en"

    def set_assessments(self, assessments: list[Assessment]) -> None:
        old = {r.assessment.id: r for r in self.rows}
        self.beginResetModel()
        self.rows = []
        for a in assessments:
            prev = old.get(a.id)
            if prev is not None and prev.assessment.updated_at == a.updated_at:
                self.rows.append(AssessmentRow(a, prev.completion, prev.band, prev.overall))
            else:
                self.rows.append(AssessmentRow(a, None, None, None))
        self.endResetModel()

    def set_derived(self, assessment_id: int, completion: float | None, band: str | None,
                    overall: float | None) -> None:
        for r, row in enumerate(self.rows):
            if row.assessment.id == assessment_id:
                row.completion, row.band, row.overall = completion, band, overall
                row.texts = None
                self.dataChanged.emit(self.index(r, 3), self.index(r, 4))

    def assessment(self, row: int) -> Assessment | None:
        return self.rows[row].assessment if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def header_labels(self) -> list[str]:
        return [self.tr("Country"), self.tr("Round"), self.tr("Status"), self.tr("Completion"),
                self.tr("Overall"), self.tr("Last edit")]

    def row_texts(self, row: AssessmentRow) -> tuple[str, ...]:
        """The texts of ``row``'s cells, in the order of :attr:`COLUMNS`."""
        a = row.assessment
        c = lookup(a.country)
        # one pair of brackets, as the report's cover: "Republic of Veloria (fictional, XVL)",
        # "维洛里亚共和国（虚构，XVL）", "肯尼亚（KEN）" (editorial.with_code)
        country = with_code(localized_name(c, self.lang) if c else a.country, a.country, self.lang)
        # the scoring result's completeness, as the dashboard and `capacity-app list` show it
        completion = "…" if row.completion is None else percent_text(percent(row.completion, 1))
        if row.band is None:
            band = "–"
        else:
            score = "" if row.overall is None else f"{decimal_text(row.overall)} · "  # as shown everywhere
            # a score without a band (below the completeness threshold) is provisional
            band = f"{score}{band_label(row.band, self.lang, provisional=not row.band and row.overall is not None)}"
        # the day written out as the status bar writes it
        updated = when_text(a.deleted_at if a.deleted else a.updated_at)
        return (country, str(a.round), status_label(a.status), completion, band, updated)

    if hasattr(QModelRoleDataSpan, "__getitem__"):  # PySide6 gives the span as a sequence
        def multiData(self, index, roleDataSpan) -> None:
            """Every role Qt's delegate asks of a cell, in one call: it asks 7 or 8 of each cell it
            fits or paints (the text, its font, colours, alignment, check state, size…), which was
            one call from Qt to Python each (3,358 at a start with 300 assessments); a role the
            list does not fill is left empty."""
            for role_data in roleDataSpan:
                value = self.data(index, role_data.role())
                if value is None:
                    role_data.clearData()
                else:
                    role_data.setData(value)

    def data(self, index, role=DISPLAY):
        if role not in _ROLES or not index.isValid():  # the view asks for roles the list never fills
            return None
        row = self.rows[index.row()]
        a = row.assessment
        col = self.COLUMNS[index.column()]
        if role in (DISPLAY, ACCESSIBLE_TEXT):
            if row.texts is None:
                row.texts = self.row_texts(row)
            return row.texts[index.column()]
        if role == TOOL_TIP:
            c = lookup(a.country)  # the title made from the country and round in the interface's language
            shown = title_in(a.title, a.round, localized_name(c, self.lang) if c else a.country, self.lang)
            return neutral_direction(shown)  # an override shown, not obeyed
        if role == FOREGROUND and col == "band" and row.band:
            return band_colour(row.band)
        if role == TEXT_ALIGNMENT and col in ("round", "completion"):
            return ALIGN_RIGHT_VCENTER
        if role == SORT:
            if col == "updated":  # the stamp in local time, "YYYY-MM-DD HH:MM:SS": text order is time order
                return local_time((a.deleted_at if a.deleted else a.updated_at) or "")
            if col == "round":
                return a.round
            if col == "completion":
                return -1.0 if row.completion is None else row.completion
            return self.data(index, DISPLAY)
        if role == USER:
            if col == "completion":
                return row.completion
            return a.id
        return None


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
    deleteRequested = Signal(int)  # Delete: move the selected row to the trash

    def keyPressEvent(self, e):
        if e.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            a = self.model().assessment(self.currentIndex().row())
            if a is not None:
                self.openRequested.emit(a.id)
                return
        if e.key() == QtCore.Qt.Key.Key_Delete and not e.modifiers():
            a = self.model().assessment(self.currentIndex().row())
            if a is not None:
                self.deleteRequested.emit(a.id)
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
                               ("duplicate", self.tr("Ne&xt round…"), "duplicate"),
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
        self.table, self.model, self.header_model = self._make_table()
        box.addWidget(self.table, 1)
        # the columns fitted to "…" are fitted again to the figures when they come ("98.1 في المائة"
        # was cut in Arabic): the header has a model of its own and does not see the list's changes
        self._fit_due: bool | None = None  # a fit asked for the next turn: None none, True to grow only
        self.model.dataChanged.connect(lambda *_: self._fit_columns_later())
        # scrolled: the rows shown now may hold a longer text
        self.table.verticalScrollBar().valueChanged.connect(lambda *_: self._fit_columns_later(grow_only=True))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.openRequested.connect(self.openRequested)
        self.table.deleteRequested.connect(self._on_delete_key)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.buttons["open"].clicked.connect(self._on_open_clicked)
        self.buttons["trash"].toggled.connect(self.set_trash_mode)
        self._pending: list[int] = []
        # missing or stale summaries are computed off the window's thread, a few rows per task,
        # one task at a time; a newer refresh drops the results of an older one (_generation)
        self._runner = None  # created on first use (see runner)
        self._deriving: list[int] = []  # the ids of the task under way
        self._generation = 0
        self._stale = False  # a write happened while another page was shown
        self._partial = False  # the list holds only the first rows (refresh(first=…))

    def _make_table(self):
        """(the list's view, its model, its header's model), set up."""
        table = AssessmentTable(self)
        table.setObjectName("assessmentList")
        table.setAccessibleName(self.tr("Assessments"))
        model = AssessmentListModel(table)
        table.setModel(model)
        hh = table.horizontalHeader()
        # the column titles come from a plain item model: a headerData() written in Python receives
        # a Qt.Orientation, which creates the whole Qt namespace (see DISPLAY above)
        header_model = QStandardItemModel(0, len(model.COLUMNS), self)
        header_model.setHorizontalHeaderLabels(model.header_labels())
        hh.setModel(header_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        # the country and the overall score share the width; the other columns are fitted to their
        # texts by the list itself (_fit_columns), once each time they change: Qt's ResizeToContents
        # fitted them again at each of the window's layouts, four times before the first paint (320 of
        # the 434 calls Qt made to the list at a start with 300 assessments)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        return table, model, header_model

    def _fit_columns_later(self, grow_only: bool = False) -> None:
        """:meth:`_fit_columns` on the next turn of the event loop, once however often it is asked
        (figures derived a row at a time, a scroll); a whole fit asked once stays whole."""
        due = self._fit_due
        self._fit_due = grow_only and due is not False
        if due is None:
            QtCore.QTimer.singleShot(0, self._fit_columns_due)

    def _fit_columns_due(self) -> None:
        grow_only, self._fit_due = bool(self._fit_due), None
        self._fit_columns(grow_only=grow_only)

    def _fit_columns(self, grow_only: bool = False) -> None:
        """The columns that are not stretched as wide as their header and the texts of the list's
        first rows and of the rows on screen, whatever the list is scrolled to (Qt's own fit measured
        from the first row shown: a change while scrolled down cut the top rows' texts), in the
        window's look (its style sheet: polished first when the list is not shown yet).
        ``grow_only``: only wider (the list scrolled: its columns never narrow under the reader)."""
        table, model = self.table, self.model
        table.ensurePolished()
        header = table.horizontalHeader()
        n = model.rowCount()
        rows = set(range(min(n, FIT_ROWS)))
        if table.isVisible() and n:
            top = max(table.rowAt(0), 0)
            bottom = table.rowAt(table.viewport().height() - 1)
            rows.update(range(top, (n - 1 if bottom < 0 else bottom) + 1))
        grid = 1 if table.showGrid() else 0
        for column in FITTED:
            width = max([header.sectionSizeHint(column),
                         *(table.sizeHintForIndex(model.index(r, column)).width() + grid for r in rows)])
            # and the room of the current cell's outline (the style sheet's 1-pixel border each side):
            # fitted to the text alone, the selected row's date was cut ("29 novembre 2026, …")
            width += FOCUS_ROOM
            if grow_only:
                width = max(width, header.sectionSize(column))
            if width != header.sectionSize(column):
                header.resizeSection(column, width)

    @property
    def runner(self):
        """The runner of the summary tasks, made when the first one starts."""
        if self._runner is None:
            from .tasks import TaskRunner  # start-up: the job machinery loads with the first task

            self._runner = TaskRunner(self, max_threads=1, spawns=False)
        return self._runner

    def on_changes(self, changes: Changes) -> None:
        """A write (published on the window's change bus): reload the list now when it is shown,
        else when it is shown next. Rows whose assessment did not change keep their figures."""
        if not (changes.listing or changes.assessment_id is not None):
            return
        if self.isHidden():
            self._stale = True
        else:
            self.refresh()

    def shown_again(self) -> None:
        """The window's stack shows the list again (its ``currentChanged``): reload it if a write
        happened while another page was shown. Told by the stack rather than by a ``showEvent``
        override: the first Python override handed an event makes PySide create its QEvent type,
        with an enum of 179 members (about 1.5 ms), and the first view calls no other."""
        if self._stale and not self.isHidden():
            self.refresh()

    def set_lang(self, lang: str) -> None:
        """The questionnaire language: country names and band labels follow it."""
        if lang == self.model.lang:
            return
        self.model.lang = lang
        for row in self.model.rows:
            row.texts = None
        self.model.layoutChanged.emit()  # rows keep band codes: their labels follow the language
        self._fit_columns()

    def refresh(self, derive: bool = True, first: int | None = None) -> None:
        """Reload the list; completion and band are filled in afterwards, one row at a time,
        so the list paints at once. ``first``: only the first so many rows, the rest read by
        :meth:`complete` (the window's first view: the rows a screen shows, not all 3,000)."""
        self._stale = False
        current = self.current_id()
        # stored summaries, up to date with each assessment's revision: one query for any number
        # of assessments; the missing or stale ones (None) are derived below, one per tick
        listed = summaries.listing(self.store, only_deleted=self.trash_mode, limit=first)
        rows = [r.assessment for r in listed]
        n = len(rows)
        if first is not None and n >= first:  # the count the subtitle says, all of them
            n = summaries.listed_count(self.store, only_deleted=self.trash_mode)
        self._partial = n > len(rows)
        self.model.set_assessments(rows)
        for row, r in zip(self.model.rows, listed, strict=True):  # the model was just reset: nothing painted yet
            s = r.summary
            row.completion = None if s is None else s.completion
            row.band = None if s is None else (s.band or "")
            row.overall = None if s is None else s.overall_shown
            row.texts = None  # (made already if the view asked when the model was reset)
        # English has no catalogue to pick a plural form from: the singular is its own text (each
        # is a %n text, so French and Spanish still choose their forms, "0 évaluation" included)
        if self.trash_mode and n == 0:
            text = self.tr("The trash is empty: an assessment moved to the trash can be restored from here.")
        elif self.trash_mode:
            text = (self.tr("Trash: %n assessment; restore it to work on it again.", "", n) if n == 1 else
                    self.tr("Trash: %n assessments; restore one to work on it again.", "", n))
        elif n == 0:  # nothing to open: say how to make the first one
            text = self.tr("No assessment yet. Press Ctrl+N (New…) to create the first one, or "
                           "Ctrl+I to import a workbook a colleague sent.")
        else:
            text = (self.tr("%n assessment. Enter or double-click opens it.", "", n) if n == 1 else
                    self.tr("%n assessments. Enter or double-click opens one.", "", n))
        self.subtitle.setText(text)
        self._fit_columns()
        if current is not None:
            self.select_id(current)
        if self.current_id() is None and rows:  # the row went (trash, restore): select the first
            self.table.selectRow(0)
        self._generation += 1
        self._pending = [r.assessment.id for r in self.model.rows if r.completion is None]
        if derive and self._pending:
            self._derive_next()
        self._update_buttons()

    def complete(self) -> None:
        """Read the rows a first view left out (``refresh(first=…)``); nothing when it read them all."""
        if self._partial:
            self.refresh()

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
        if self._runner is not None:
            self._runner.shutdown()

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

    def _on_delete_key(self, aid: int) -> None:
        """Delete on a row: the same as "Move to trash" (restorable); nothing in the trash view."""
        if not self.trash_mode and self.buttons["delete"].isEnabled():
            self.select_id(aid)
            self.buttons["delete"].click()

    def set_trash_mode(self, on: bool) -> None:
        self.trash_mode = on
        self.title.setText(self.tr("Trash") if on else self.tr("Assessments"))
        self.buttons["trash"].setChecked(on)
        label = self.tr("&Back to the list") if on else self.tr("Show t&rash")
        self.buttons["trash"].setText(label)
        self.buttons["trash"].setAccessibleName(label.replace("&", ""))
        self.refresh()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        t = self.trash_mode
        writable = not getattr(self.store, "readonly", False)  # a database that cannot be written: read, export
        self.buttons["open"].setEnabled(has and not t)
        self.buttons["duplicate"].setEnabled(has and not t and writable)
        self.buttons["delete"].setVisible(not t)
        self.buttons["delete"].setEnabled(has and writable)
        self.buttons["restore"].setVisible(t)
        self.buttons["restore"].setEnabled(has and writable)
        self.buttons["new"].setEnabled(not t and writable)
        self.buttons["import"].setEnabled(writable)
        self.selectionChanged.emit()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        a = self.model.assessment(rows[0].row())
        return a.id if a else None

    def focus_list(self) -> None:
        self.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def focus_start(self) -> None:
        """Where the keyboard starts on the list page: the list (a row selected), or "New…" when
        the list is empty. (setFocus() without a reason: called while the first window is built,
        when no Qt-namespace enum may be read, see DISPLAY.)"""
        if self.model.rowCount() > 0:
            if self.current_id() is None:
                self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.buttons["new"].setFocus()

    def keyPressEvent(self, e):
        # Enter on a focused button presses it, as Space does (a push button outside a dialog
        # takes only Space by itself)
        if e.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and not e.modifiers():
            b = self.focusWidget()
            if b in self.buttons.values() and b.isEnabled() and b.isVisible():
                b.click()
                e.accept()
                return
        super().keyPressEvent(e)

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
