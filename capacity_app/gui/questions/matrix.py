"""The policy question × data source matrix: a grid of derived levels with a side panel that
edits the fields of the current cell."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShortcut, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHeaderView, QLabel, QScrollArea, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from ..documents import DocumentsPanel
from ..widgets.editors import FieldRow, tab_after
from .models import LEVEL_COLOURS, MatrixModel
from ..team.review import ReviewBar, marks_legend
from ..writing import isolated


class MatrixTable(QTableView):
    activatedCell = Signal()

    def keyPressEvent(self, e):
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.activatedCell.emit()
            return
        super().keyPressEvent(e)


class CellPanel(QScrollArea):
    """The fields of one matrix cell (exists, variables, periodicity …) with their editors."""

    back = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("cellPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, QLabel] = {}
        self._rows: list[FieldRow] = []
        self._labels: list[QLabel] = []
        self.coords: tuple[str, str] | None = None
        session.answerChanged.connect(self._on_answer_changed)
        session.scoresChanged.connect(lambda _s: self._update_header())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    MIN_WIDTH = 270

    def minimumSizeHint(self):
        """Never narrower than its widest unbreakable line (a check box's label in French or
        Spanish): the fields never scroll sideways, the splitter gives the panel what it needs."""
        hint = super().minimumSizeHint()
        body = self.widget()
        need = self.MIN_WIDTH
        if body is not None:
            need = max(need, body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                       + 2 * self.frameWidth())
        hint.setWidth(need)
        return hint

    def show_cell(self, pq: str, src: str) -> None:
        if self.coords == (pq, src):
            return
        q = self.session.q
        p, s = q.policy_question(pq), q.source(src)
        prefix = f"{q.matrix_item().id}.{pq}.{src}"
        if not self.rows:
            self._build()
        else:
            self.flush()
        self.coords = (pq, src)
        self.title.setText(f"{isolated(pq)}. {self.session.text(p.label)}")  # "A." first, right to left too
        self.subtitle.setText(f"{isolated(src)} — {self.session.text(s.label)}")
        self.variables.setText(self.tr("Variables this question needs: %s") % self.session.text(p.variables)
                               if p.variables else "")
        self.variables.setVisible(bool(p.variables))
        # the same editors serve every cell: only their answer keys change
        rows, labels = {}, {}
        for f, row, lab in zip(q.matrix.fields, self._rows, self._labels, strict=True):
            key = f"{prefix}.{f.id}"
            row.set_key(key)
            rows[key] = row
            labels[key] = lab
        self.rows, self.labels = rows, labels
        self.review.set_unit(prefix)
        self.documents.set_target(prefix)
        self._apply_relevance()
        self._update_header()

    def _build(self) -> None:
        q = self.session.q
        body = QWidget()
        body.setObjectName("pageBody")
        box = QVBoxLayout(body)
        # narrow side margins: the widest field (a French checklist) and the vertical scroll bar
        # that a cell's fields and review may need still fit the panel's least width
        box.setContentsMargins(10, 12, 10, 14)
        box.setSpacing(6)
        self.title = QLabel(body)
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        box.addWidget(self.title)
        self.subtitle = QLabel(body)
        self.subtitle.setObjectName("cellSource")
        self.subtitle.setWordWrap(True)
        box.addWidget(self.subtitle)
        self.level = QLabel(body)  # below the fields (see below)
        self.level.setObjectName("cellLevel")
        self.level.setWordWrap(True)
        self.variables = QLabel(body)
        self.variables.setObjectName("help")
        self.variables.setWordWrap(True)
        box.addWidget(self.variables)
        self._rows, self._labels = [], []
        first = f"{q.matrix_item().id}.{q.policy_questions[0].code}.{q.sources[0].code}"
        for f in q.matrix.fields:
            lab = QLabel(self.session.text(f.label), body)
            lab.setObjectName("fieldLabel")
            lab.setWordWrap(True)
            if f.help:
                lab.setToolTip(self.session.text(f.help))
            row = FieldRow(self.session, f"{first}.{f.id}", f, body, compact=True)
            lab.setBuddy(row.editor.focus_target())
            box.addWidget(lab)
            box.addWidget(row)
            self._rows.append(row)
            self._labels.append(lab)
        # the cell's review, after its fields in the tab order
        box.addSpacing(6)
        self.review = ReviewBar(self.session, "", body, compact=True)
        box.addWidget(self.review)
        # the cell's documents: gui/documents.py
        self.documents = DocumentsPanel(self.session, "", body, compact=True)
        box.addWidget(self.documents)
        # the derived level and its reasons change with every answer: below the fields, so that
        # the fields never move under the pointer (above them, the next click landed on
        # "Don't know" instead of the year box)
        box.addSpacing(8)
        box.addWidget(self.level)
        box.addStretch(1)
        old = self.takeWidget()
        self.setWidget(body)
        # made when the matrix is first shown, after the tabs beside it: its fields follow the panel
        # in the tab order, where they stood when made with it
        tab_after(self, body)
        if old is not None:
            old.deleteLater()

    def rebuild(self) -> None:
        """Language changed: new labels and editors."""
        coords = self.coords
        self.rows, self.labels, self._rows, self._labels = {}, {}, [], []
        self.coords = None
        if coords:
            self.show_cell(*coords)

    def _update_header(self) -> None:
        if self.coords is None:
            return
        pq, src = self.coords
        scores = self.session.scores
        cell = scores.cells.get(f"{pq}.{src}") if scores is not None else None
        rel = self.session.q.matrix.relevance.get((pq, src))
        rel_text = {"main": self.tr("● main source"), "supporting": self.tr("○ supporting source")}.get(
            rel or "", self.tr("not an expected source (may still be used)"))
        level = cell.level if cell is not None else None
        lines = [rel_text]
        if level is not None:
            lines.append(self.tr("Derived level: %s of 3") % level)
        elif self.session.scores is None:
            lines.append(self.tr("Derived level: shown when scoring is available"))
        else:
            lines.append(self.tr("Derived level: not yet (answer 'exists' first)"))
        reasons = list(cell.reasons) if cell is not None else []
        text = "<br>".join(_esc(x) for x in lines)
        if reasons:
            text += "<ul style='margin:2px 0 0 -20px'>" + "".join(f"<li>{_esc(r)}</li>" for r in reasons) + "</ul>"
        self.level.setText(text)
        colour = LEVEL_COLOURS.get(level, "#f3f4f6") if level is not None else "#f3f4f6"
        self.level.setStyleSheet(f"background:{colour}; border-radius:4px; padding:6px;")

    def _apply_relevance(self) -> None:
        for key, row in self.rows.items():
            rel = self.session.is_relevant(key)
            row.setVisible(rel)
            self.labels[key].setVisible(rel)

    def _on_answer_changed(self, key: str) -> None:
        if key in self.rows:
            self.rows[key].refresh()
            self._apply_relevance()

    def focus_review(self) -> None:
        """Ctrl+R: the keyboard into the cell's review, scrolled into view."""
        self.ensureWidgetVisible(self.review, 0, 40)
        self.review.focus()

    def focus_first(self) -> None:
        for row in self.rows.values():
            if row.isVisible():
                row.focus()
                return

    def flush(self) -> None:
        for row in self.rows.values():
            row.flush()


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MatrixView(QSplitter):
    """The grid on the left, the current cell's fields on the right."""

    cellChanged = Signal(str, str)

    def __init__(self, session, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("matrixSplitter")
        self.session = session
        left = QWidget(self)
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(10, 10, 4, 10)
        legend = QLabel(self.tr("● main source   ○ supporting source   colour and number: derived level "
                                "0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns."), left)
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        lbox.addWidget(legend)
        marks = QLabel(marks_legend(), left)  # the reviews' marks
        marks.setObjectName("hint")
        marks.setWordWrap(True)
        lbox.addWidget(marks)
        self.table = MatrixTable(left)
        self.model = MatrixModel(session, self.table)
        self.table.setModel(self.model)
        self.table.setObjectName("matrix")
        self.table.setAccessibleName(self.tr("Policy question by data source matrix"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(34)
        self.table.setMinimumWidth(34 * len(session.q.sources) + 40)  # the window fits 1024 px
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMinimumSectionSize(26)
        lbox.addWidget(self.table, 1)
        self.panel = CellPanel(session, self)
        self.addWidget(left)
        self.addWidget(self.panel)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([600, 440])
        self.setChildrenCollapsible(False)
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.table.activatedCell.connect(self.panel.focus_first)
        self.panel.back.connect(lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        session.scoresChanged.connect(lambda _s: self.model.refresh_scores())
        session.reviewsChanged.connect(self.model.refresh)
        session.answerChanged.connect(self._on_answer_changed)
        session.languageChanged.connect(self._on_language_changed)
        # the first cell is made current when the matrix is first shown or asked for: its panel's
        # editors were a quarter of opening an assessment, on a tab the officer may not open
        self._unopened = True
        self._quiet = False

    def showEvent(self, e):
        self._first_cell()
        super().showEvent(e)

    def _first_cell(self) -> None:
        """The first cell current and in the panel, as the matrix starts (the panel keeps a cell
        shown before); said to nobody, as when it was made with the view."""
        if not self._unopened:
            return
        self._unopened = False
        q = self.session.q
        self._quiet = True
        try:
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._quiet = False
        if self.panel.coords is None:
            self.panel.show_cell(q.policy_questions[0].code, q.sources[0].code)

    def _on_answer_changed(self, key: str) -> None:
        parts = key.split(".")
        if parts[0] == self.session.q.matrix_item().id and len(parts) >= 3:
            self.model.refresh_cell(parts[1], parts[2])

    def _on_language_changed(self, _lang: str) -> None:
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.model.refresh()
        self.panel.rebuild()

    def _on_current_changed(self, current, _previous) -> None:
        if current.isValid() and not self._quiet:
            pq, src = self.model.coords(current)
            self.panel.show_cell(pq, src)
            self.cellChanged.emit(pq, src)

    def select(self, pq: str, src: str | None = None) -> None:
        self._first_cell()
        q = self.session.q
        rows = [p.code for p in q.policy_questions]
        cols = [s.code for s in q.sources]
        if pq not in rows:
            return
        r = rows.index(pq)
        if src is None:  # the first main source of that question
            src = next((s for s in cols if q.matrix.relevance.get((pq, s)) == "main"), cols[0])
        c = cols.index(src) if src in cols else 0
        idx = self.model.index(r, c)
        self.table.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.panel.show_cell(pq, cols[c])

    def flush(self) -> None:
        self.panel.flush()
