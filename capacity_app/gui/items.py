"""The question page: one section's items, each with its editor, help, comment and evidence."""
from __future__ import annotations


from PySide6.QtCore import (
    QAbstractItemModel, QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize,
    Qt, QTimer, Signal,
)
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMenu, QPushButton, QScrollArea, QSpinBox, QStackedWidget, QStyle,
    QStyleOptionHeader, QStyleOptionViewItem, QStyledItemDelegate, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from ..domain.answers import (
    ANSWERED, DONT_KNOW, EMPTY, EVIDENCE_KINDS, NOT_APPLICABLE, YEAR_MAX, YEAR_MIN, Answer, AnswerValueError, coerce_text,
)
import time

from ..domain.questionnaire import Field, Item, Section, tr
from .datefield import DateField
from .editors import FieldRow, YearBox, _PlainText, format_value, retry_button, scroll_into_view, tab_after
from .session import comment_key, evidence_key, not_saved_message
from .models import _brush

DK_COLOUR = "#fff4d6"
NA_COLOUR = "#eef0f3"
OFF_COLOUR = "#f3f4f6"
UNSAVED_COLOUR = "#fde2e1"  # a value the database could not take, kept in its cell


# --- comment and evidence -------------------------------------------------------------------

class CommentPanel(QWidget):
    """Comment box and evidence list for one key (an item id for grids and simple items)."""

    def __init__(self, session, key: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.key = key
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        self.comment = _PlainText(self)
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("Comment (who said what, caveats, follow-up)"))
        self.comment.setAccessibleName(self.tr("Comment on %s") % key)
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 2 + 14)
        box.addWidget(self.comment)
        self.evidence = QListWidget(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setAccessibleName(self.tr("Evidence for %s") % key)
        box.addWidget(self.evidence)
        row = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Evidence kind"))
        names = {"document": self.tr("Document"), "url": self.tr("Web address"),
                 "institution": self.tr("Institution"), "note": self.tr("Note")}
        for k in EVIDENCE_KINDS:
            self.kind.addItem(names.get(k, k), k)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Document title, web address or institution"))
        self.text.setAccessibleName(self.tr("Evidence text"))
        self.add = QPushButton(self.tr("Add evidence"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove selected evidence"))
        for w in (self.kind, self.text, self.add, self.remove):
            row.addWidget(w)
        row.setStretch(1, 1)
        box.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.retry = retry_button(self)
        note = QHBoxLayout()
        note.addWidget(self.message, 1)
        note.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(700)
        self._timer.timeout.connect(self.flush)
        self.comment.textChanged.connect(self._on_comment_changed)
        self.comment.focusLost.connect(self.flush)
        self.add.clicked.connect(self._on_add_clicked)
        self.text.returnPressed.connect(self._on_add_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.retry.clicked.connect(self._on_retry_clicked)
        session.failed.connect(self._on_session_failed)
        session.accepted.connect(self._on_session_accepted)
        session.readOnlyChanged.connect(self._apply_read_only)
        self._apply_read_only(session.read_only)
        self._loading = False
        self.refresh()

    def _apply_read_only(self, why: str) -> None:
        """Read-only: the comment and evidence are read (and copied), not changed."""
        self.comment.setReadOnly(bool(why))
        for w in (self.kind, self.text, self.add, self.remove):
            w.setEnabled(not why)

    def refresh(self) -> None:
        a = self.session.answer(self.key)
        kept = self.session.unsaved.get(comment_key(self.key))
        comment = kept.value if kept is not None else a.comment  # a comment not saved stays as typed
        self._loading = True
        if self.comment.toPlainText() != comment:
            self.comment.setPlainText(comment)
        self._loading = False
        self.evidence.clear()
        for e in a.evidence:
            it = QListWidgetItem(f"[{self.kind.itemText(max(0, self.kind.findData(e.kind)))}] {e.text}")
            it.setData(Qt.ItemDataRole.UserRole, e.id)
            self.evidence.addItem(it)
        self.evidence.setFixedHeight(min(4, max(1, len(a.evidence))) * (self.evidence.fontMetrics().lineSpacing() + 4) + 8)
        self.evidence.setVisible(bool(a.evidence))
        self.remove.setVisible(bool(a.evidence))
        self.retry.setVisible(any(k in self.session.unsaved for k in self._keys()))

    def _keys(self) -> tuple[str, str]:
        return comment_key(self.key), evidence_key(self.key)

    def _on_session_failed(self, key: str, message: str) -> None:
        if key in self._keys():
            self.message.setText(message)
            self.message.setVisible(True)
            self.retry.setVisible(key in self.session.unsaved)

    def _on_session_accepted(self, key: str) -> None:
        if key in self._keys():
            self.message.setVisible(False)
            self.retry.setVisible(any(k in self.session.unsaved for k in self._keys()))

    def _on_retry_clicked(self) -> None:
        for k in self._keys():
            kept = self.session.unsaved.get(k)
            if kept is not None and kept.retry():
                self.session.forget(k)
                if k == evidence_key(self.key) and self.text.text().strip() == str(kept.value).strip():
                    self.text.clear()  # the evidence typed is now in the list
        self.refresh()

    def _on_comment_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        text = self.comment.toPlainText()
        kept = self.session.unsaved.get(comment_key(self.key))
        if kept is not None and kept.value == text:
            return  # already kept, not saved: tried again with "Try again" or on close
        if text != self.session.answer(self.key).comment:
            self.session.set_comment(self.key, text)
        elif kept is not None:
            self.session.forget(comment_key(self.key))  # typed back to what is stored

    def _on_add_clicked(self) -> None:
        if self.session.add_evidence(self.key, self.kind.currentData(), self.text.text()):
            self.text.clear()
            self.refresh()

    def _on_remove_clicked(self) -> None:
        it = self.evidence.currentItem()
        if it is not None and self.session.remove_evidence(self.key, int(it.data(Qt.ItemDataRole.UserRole))):
            self.refresh()


# --- grids ----------------------------------------------------------------------------------

class GridModel(QAbstractTableModel):
    """A grid item's rows × columns over the session's answer sheet (no copy)."""

    def __init__(self, session, item: Item, parent=None):
        super().__init__(parent)
        self.session = session
        self.item = item
        self._relevant: dict[str, bool] = {}  # cleared on every change
        self._cache: dict[tuple[int, int], dict] = {}  # what each cell shows, per role
        session.unsavedChanged.connect(self.refresh)
        session.readOnlyChanged.connect(self._on_read_only)

    def relevant(self, key: str) -> bool:
        r = self._relevant.get(key)
        if r is None:
            r = self._relevant[key] = self.session.is_relevant(key)
        return r

    def key(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return f"{self.item.id}.{self.item.rows[index.row()].code}.{self.item.columns[index.column()].id}"

    def field(self, index: QModelIndex | QPersistentModelIndex) -> Field:
        return self.item.columns[index.column()]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.item.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.item.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        lang = self.session.lang
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if orientation == Qt.Orientation.Horizontal:
                c = self.item.columns[section]
                return tr(c.help, lang) if role == Qt.ItemDataRole.ToolTipRole and c.help else tr(c.label, lang)
            r = self.item.rows[section]
            return tr(r.help, lang) if role == Qt.ItemDataRole.ToolTipRole and r.help else tr(r.label, lang)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        roles = self._cache.get((index.row(), index.column()))
        if roles is None:
            roles = self._cache[(index.row(), index.column())] = {}
        if role not in roles:
            roles[role] = self._data(index, role)
        return roles[role]

    def _data(self, index, role):
        key = self.key(index)
        kept = self.session.unsaved.get(key)  # not saved: the cell shows what was entered, marked
        a = Answer(key, kept.value, kept.status) if kept is not None else self.session.answer(key)
        fld = self.field(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if a.status == DONT_KNOW:
                return self.tr("don't know")
            if a.status == NOT_APPLICABLE:
                return self.tr("n/a")
            return format_value(fld, a.value, self.session.lang)
        if role == Qt.ItemDataRole.EditRole:
            return a.value
        if role == Qt.ItemDataRole.BackgroundRole:
            if kept is not None:
                return _brush(UNSAVED_COLOUR)
            if not self.relevant(key):
                return _brush(OFF_COLOUR)
            if a.status == DONT_KNOW:
                return _brush(DK_COLOUR)
            if a.status == NOT_APPLICABLE:
                return _brush(NA_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and a.status in (DONT_KNOW, NOT_APPLICABLE):
            return _brush("#7a5b00" if a.status == DONT_KNOW else "#6b7280")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{key}\n{tr(fld.help, self.session.lang)}".strip()
            return f"{not_saved_message(kept.reason)}\n{tip}" if kept is not None else tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headerData(index.row(), Qt.Orientation.Vertical)}, {self.headerData(index.column(), Qt.Orientation.Horizontal)}: {self.data(index)}"
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self.relevant(self.key(index)) and not self.session.read_only:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.key(index)
        ok = self.session.clear(key) if value is None else self.session.set_answer(key, value)
        return ok

    def _on_read_only(self, _why: str) -> None:
        self.refresh()  # the cells' flags: editable or not

    def set_status(self, index: QModelIndex, status: str) -> bool:
        key = self.key(index)
        if status != EMPTY and not self.relevant(key):
            return False  # a cell that is not asked takes no "don't know"
        return self.session.set_answer(key, None, status)

    def refresh(self) -> None:
        self._relevant = {}
        self._cache = {}
        if self.item.rows and self.item.columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.item.rows) - 1, len(self.item.columns) - 1))


class _CheckList(QListWidget):
    pass


class GridDelegate(QStyledItemDelegate):
    """Per-cell editors by column type; typed text that is not a value is reported inline."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.editor: QWidget | None = None  # the editor last made (the table feeds it the first key)

    @staticmethod
    def _field(index: QModelIndex | QPersistentModelIndex) -> Field:
        model = index.model()
        assert isinstance(model, GridModel)  # the delegate of grid tables only
        return model.field(index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        fld = self._field(index)
        lang = self.session.lang
        w: QWidget
        if fld.type == "select_one":
            combo = w = QComboBox(parent)
            combo.addItem("", None)
            for c in fld.choices:
                combo.addItem(tr(c.label, lang), c.code)
        elif fld.type == "select_multiple":
            checks = w = _CheckList(parent)
            for c in fld.choices:
                it = QListWidgetItem(tr(c.label, lang))
                it.setData(Qt.ItemDataRole.UserRole, c.code)
                it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                it.setCheckState(Qt.CheckState.Unchecked)
                checks.addItem(it)
            checks.setMinimumHeight(min(24 * len(fld.choices) + 6, 180))
            checks.setMinimumWidth(min(260, max(checks.sizeHintForColumn(0) + 36, 160)))
        elif fld.type == "year":
            lo = int(fld.minimum) if fld.minimum is not None else YEAR_MIN
            hi = int(fld.maximum) if fld.maximum is not None else YEAR_MAX
            w = YearBox(lo, hi, parent)
        elif fld.type == "date":
            model = index.model()
            assert isinstance(model, GridModel)
            key = model.key(index)
            date = w = DateField(parent)
            date.setAutoFillBackground(True)
            date.invalid.connect(lambda message, k=key: self.session.failed.emit(k, message))
        else:
            w = QLineEdit(parent)
        w.setAccessibleName(tr(fld.label, lang))
        self.editor = w
        return w

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        r = QRect(option.rect)
        if isinstance(editor, (_CheckList, DateField)):
            # wider and taller than the cell when it needs to be, kept inside the table
            view = editor.parentWidget()
            bounds = view.rect() if view is not None else r
            w = max(r.width(), editor.minimumWidth() if isinstance(editor, _CheckList) else editor.minimumSizeHint().width())
            h = max(r.height(), editor.minimumHeight() if isinstance(editor, _CheckList) else r.height())
            x = min(r.x(), max(bounds.left(), bounds.right() - w))
            r = QRect(x, r.y(), w, h)
        editor.setGeometry(r)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        fld = self._field(index)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)) if value is not None else 0)
        elif isinstance(editor, _CheckList):
            chosen = set(value or ())
            for i in range(editor.count()):
                it = editor.item(i)
                it.setCheckState(Qt.CheckState.Checked if it.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked)
            editor.setCurrentRow(0)
        elif isinstance(editor, YearBox):
            editor.set_year(None if value is None else int(value))
        elif isinstance(editor, DateField):
            editor.set_iso(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(format_value(fld, value, self.session.lang) if value is not None else "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(model, GridModel)  # the delegate of grid tables only
        fld = model.field(index)
        key = model.key(index)
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, _CheckList):
            value = [editor.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.count())
                     if editor.item(i).checkState() == Qt.CheckState.Checked] or None
        elif isinstance(editor, YearBox):
            editor.interpretText()
            value = editor.year()
        elif isinstance(editor, DateField):
            if not editor.commit():
                return  # the message is shown; the stored date stays
            value = editor.iso()
        elif isinstance(editor, QLineEdit):
            text = editor.text().strip()
            if not text:
                value = None
            elif fld.type in ("integer", "decimal"):
                try:
                    value = coerce_text(fld, text.replace(",", ".") if fld.type == "decimal" else text, key)
                except AnswerValueError as exc:
                    self.session.failed.emit(key, str(exc))
                    return
            else:
                value = text
        else:
            return  # not an editor createEditor makes
        old = self.session.answer(key)
        if value is None and old.status != ANSWERED:
            return  # leave don't know / not applicable alone when the editor was left empty
        if value == old.value and old.status == ANSWERED:
            return  # nothing changed: no history row, no undo step
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class WrapHeader(QHeaderView):
    """A header whose labels wrap onto several lines instead of being elided, so a grid's
    column titles ("Published by migratory status") and row labels (SDG indicator names) are
    read in full at any window width. The row labels' width is capped by the table (``cap``)."""

    PAD = 14

    def __init__(self, orientation: Qt.Orientation, parent=None) -> None:
        super().__init__(orientation, parent)
        self.cap = 0  # the vertical header's width (set by the table); 0 = as wide as its longest label
        horizontal = orientation == Qt.Orientation.Horizontal
        self.setDefaultAlignment((Qt.AlignmentFlag.AlignHCenter if horizontal else Qt.AlignmentFlag.AlignLeft)
                                 | Qt.AlignmentFlag.AlignVCenter)

    def text(self, logical: int) -> str:
        model = self.model()
        v = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) if model is not None else None
        return "" if v is None else str(v)

    def _font(self):
        f = self.font()
        # column titles in the style sheet's header weight; row labels are read like body text
        f.setBold(self.orientation() == Qt.Orientation.Horizontal)
        return f

    def lines(self, logical: int, width: int) -> list[str]:
        """The label broken into lines ``width`` pixels wide: between words, and a word longer
        than the line (a long French or Spanish compound in a narrow column) broken with a
        hyphen rather than cut off."""
        from PySide6.QtGui import QFontMetrics

        fm = QFontMetrics(self._font())
        room = max(12, width - self.PAD)
        out: list[str] = []
        line = ""
        for word in self.text(logical).split():
            while fm.horizontalAdvance(word) > room:
                # the longest head of the word that fits with its hyphen
                k = len(word) - 1
                while k > 1 and fm.horizontalAdvance(word[:k] + "-") > room:
                    k -= 1
                if line:
                    out.append(line)
                    line = ""
                out.append(word[:k] + "-")
                word = word[k:]
            candidate = f"{line} {word}" if line else word
            if line and fm.horizontalAdvance(candidate) > room:
                out.append(line)
                line = word
            else:
                line = candidate
        if line:
            out.append(line)
        return out or [""]

    def _wrapped(self, logical: int, width: int) -> QRect:
        from PySide6.QtGui import QFontMetrics

        fm = QFontMetrics(self._font())
        lines = self.lines(logical, width)
        return QRect(0, 0, max(fm.horizontalAdvance(x) for x in lines), fm.lineSpacing() * len(lines))

    def natural_width(self) -> int:
        from PySide6.QtGui import QFontMetrics

        fm = QFontMetrics(self._font())
        return max((fm.horizontalAdvance(self.text(i)) for i in range(self.count())), default=0) + self.PAD + 2

    def fits(self, logical: int) -> bool:
        """True when the label is shown in full: every line of it within its section."""
        if self.orientation() == Qt.Orientation.Horizontal:
            width, height = self.sectionSize(logical), self.height()
        else:
            width, height = self.width(), self.sectionSize(logical)
        r = self._wrapped(logical, width)
        return r.width() <= width - self.PAD + 1 and r.height() <= height - 4

    def sectionSizeFromContents(self, logical: int) -> QSize:
        if self.orientation() == Qt.Orientation.Horizontal:
            w = self.sectionSize(logical) or self.defaultSectionSize()
        else:
            w = self.cap or self.natural_width()
        return QSize(w, self._wrapped(logical, w).height() + 12)

    def sizeHint(self) -> QSize:
        s = super().sizeHint()
        if self.orientation() == Qt.Orientation.Horizontal:
            h = max((self._wrapped(i, self.sectionSize(i)).height() + 12 for i in range(self.count())), default=0)
            return QSize(s.width(), max(h, self.fontMetrics().height() + 12))
        return QSize(self.cap or self.natural_width(), s.height())

    def paintSection(self, painter, rect, logical: int) -> None:
        if not rect.isValid():
            return
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        opt.rect = rect
        opt.section = logical
        opt.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_Header, opt, painter, self)
        painter.save()
        painter.setFont(self._font())
        painter.setPen(QColor("#374151"))
        width = rect.width() if self.orientation() == Qt.Orientation.Horizontal else self.width()
        painter.drawText(rect.adjusted(self.PAD // 2, 2, -(self.PAD // 2), -2),
                         int(self.defaultAlignment()), "\n".join(self.lines(logical, width)))
        painter.restore()


class GridTable(QTableView):
    """A grid that fits its rows and the page's width (the page scrolls, not the table): row
    labels and column titles wrap, the label column is capped and the answer columns share
    the rest. Typing starts editing with that key; Delete clears a cell; Alt+Down opens a
    cell's drop-down; the context menu, Shift+F10 or the Menu key act on the current cell."""

    MIN_COLUMN = 64
    rowFormRequested = Signal()  # Ctrl+Enter: the current row as a form
    MAX_NEED = 130  # a longer word is broken rather than widen the column further

    def __init__(self, session, item: Item, parent=None):
        super().__init__(parent)
        self.session = session
        self.grid_model = GridModel(session, item, self)
        self.setHorizontalHeader(WrapHeader(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(WrapHeader(Qt.Orientation.Vertical, self))
        self.setModel(self.grid_model)
        self.delegate = GridDelegate(session, self)
        self.setItemDelegate(self.delegate)
        self.setObjectName("grid")
        self.setAccessibleName(tr(item.label, session.lang))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        hh, vh = self.horizontalHeader(), self.verticalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # widths set by _fit
        hh.setMinimumSectionSize(40)
        hh.setStretchLastSection(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vh.setMinimumSectionSize(28)
        self.menu: QMenu | None = None  # the context menu last opened (tests look at it)
        self._fitting = False
        self._needs: list[int] | None = None  # the columns' least widths, until the values change
        # a later fit runs on a timer the table owns: deleted with the table (an assessment closed
        # by an import), it never fires on a dead table, as QTimer.singleShot(0, self._fit) did
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        hh.sectionResized.connect(self._on_section_resized)
        self._fit()

    # --- fitting the page ---------------------------------------------------------------------
    def _column_needs(self) -> list[int]:
        """Each answer column's least width: the longest word of its title and of its cells
        (titles and values wrap between words)."""
        if self._needs is not None:
            return self._needs
        hh = self.horizontalHeader()
        assert isinstance(hh, WrapHeader)
        from PySide6.QtGui import QFontMetrics

        title = QFontMetrics(hh._font())
        body = self.fontMetrics()
        model = self.grid_model
        needs = []
        for c in range(model.columnCount()):
            word = max((title.horizontalAdvance(w) for w in hh.text(c).split()), default=0) + hh.PAD + 2
            for r in range(model.rowCount()):
                text = model.data(model.index(r, c)) or ""
                word = max(word, max((body.horizontalAdvance(w) for w in str(text).split()), default=0) + 14)
            needs.append(max(self.MIN_COLUMN, min(word, self.MAX_NEED)))
        self._needs = needs
        return needs

    def _weights(self) -> list[int]:
        """Free-text columns take twice the share of a choice column."""
        return [2 if c.type == "text" else 1 for c in self.grid_model.item.columns]

    def _cap(self, width: int, needs: list[int]) -> int:
        """The label column's width for a table ``width`` pixels wide: about a quarter of it
        (labels wrap), never so wide that the answer columns lose their titles."""
        vh = self.verticalHeader()
        assert isinstance(vh, WrapHeader)
        cap = min(vh.natural_width(), max(150, int(width * 0.27)), 340)
        return max(110, min(cap, width - sum(needs) - 2 * self.frameWidth()))

    @staticmethod
    def _share(avail: int, needs: list[int], weights: list[int] | None = None) -> list[int]:
        """Widths for the answer columns filling ``avail``: in proportion to ``weights``, a
        column never below its need."""
        n = len(needs)
        weights = weights or [1] * n
        fixed: dict[int, int] = {}
        while True:
            free = [i for i in range(n) if i not in fixed]
            if not free:
                break
            unit = (avail - sum(fixed.values())) / sum(weights[i] for i in free)
            over = [i for i in free if needs[i] > unit * weights[i]]
            if not over:
                break
            for i in over:
                fixed[i] = needs[i]
        free = [i for i in range(n) if i not in fixed]
        widths = [fixed.get(i, 0) for i in range(n)]
        if free:
            rest = avail - sum(fixed.values())
            total = sum(weights[i] for i in free)
            for i in free:
                widths[i] = int(rest * weights[i] / total)
            widths[free[-1]] += rest - sum(widths[i] for i in free)
        return widths

    def _fit(self) -> None:
        if self._fitting or not self.grid_model.columnCount():
            return
        self._fitting = True
        try:
            vh, hh = self.verticalHeader(), self.horizontalHeader()
            assert isinstance(vh, WrapHeader)
            needs = self._column_needs()
            cap = self._cap(self.width(), needs)
            if vh.cap != cap:
                vh.cap = cap
                self.updateGeometries()
            avail = self.width() - cap - 2 * self.frameWidth()
            for i, w in enumerate(self._share(max(avail, sum(needs)), needs, self._weights())):
                if hh.sectionSize(i) != w:
                    hh.resizeSection(i, w)
            self.updateGeometries()
            vh.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
            h = hh.sizeHint().height() + vh.length() + 2 * self.frameWidth() + 1
            if self.height() != h:
                self.setFixedHeight(h)
            self.updateGeometries()
        finally:
            self._fitting = False

    def fit_later(self) -> None:
        """Fit at the next idle moment (requests before then make one fit)."""
        self._fit_timer.start()

    def _on_section_resized(self, *_args) -> None:
        if not self._fitting:
            self.fit_later()

    def resizeEvent(self, e):
        super().resizeEvent(e)
        self._fit()

    def changeEvent(self, e):
        super().changeEvent(e)
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._needs = None  # measured in the old font
            self.fit_later()

    def minimumSizeHint(self) -> QSize:
        return QSize(110 + sum(self._column_needs()) + 2 * self.frameWidth(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.minimumSizeHint().width(), self.height())

    def dataChanged(self, top_left, bottom_right, roles=()):
        super().dataChanged(top_left, bottom_right, roles)
        self._needs = None
        if not self._fitting:
            self.fit_later()  # a longer value may need a taller row

    def currentChanged(self, current, previous):
        super().currentChanged(current, previous)
        if current.isValid():
            scroll_into_view(self, self.visualRect(current).translated(self.viewport().pos()))

    # --- keys -------------------------------------------------------------------------------------
    def _editable(self, idx: QModelIndex) -> bool:
        return bool(idx.isValid() and self.grid_model.flags(idx) & Qt.ItemFlag.ItemIsEditable)

    def _refuse(self, idx: QModelIndex) -> None:
        why = self.session.read_only
        self.session.failed.emit(self.grid_model.key(idx), why[:1].upper() + why[1:] + "." if why else self.tr(
            "This cell is not asked: an earlier answer in its row (for example “Available: no”) leaves it out."))

    def _drop_down_key(self, e: QKeyEvent) -> bool:
        return (e.key() == Qt.Key.Key_Down and bool(e.modifiers() & Qt.KeyboardModifier.AltModifier)) or e.key() == Qt.Key.Key_F4

    def event(self, e):
        # Alt+Down on a cell with a drop-down opens it here (before the window's next-section shortcut)
        if (e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and self._drop_down_key(e)
                and self.state() != QAbstractItemView.State.EditingState):
            idx = self.currentIndex()
            if idx.isValid() and self.grid_model.field(idx).type in ("select_one", "select_multiple", "date"):
                e.accept()
                return True
        return super().event(e)

    def keyPressEvent(self, e):
        idx = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and idx.isValid():
            key, mods = e.key(), e.modifiers()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if self._editable(idx):
                    self.grid_model.setData(idx, None)
                return
            if (key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier) or key == Qt.Key.Key_Menu:
                self.open_menu(idx)
                return
            if self._drop_down_key(e):
                self._open_drop_down(idx)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier:
                self.rowFormRequested.emit()
                return
            if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._editable(idx):
                self._refuse(idx)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(idx)
                return
            text = e.text()
            if text and text.isprintable() and not text.isspace() and not (
                    mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
                self._type_to_edit(idx, e)
                return
        super().keyPressEvent(e)

    def _type_to_edit(self, idx: QModelIndex, e: QKeyEvent) -> None:
        """Start editing with the key typed, which the editor keeps (it replaces the value for
        text, numbers, years and dates; it picks the first choice starting with it)."""
        if not self._editable(idx):
            self._refuse(idx)
            return
        self.delegate.editor = None
        if not self.edit(idx, QAbstractItemView.EditTrigger.EditKeyPressed, e):
            return
        editor = self.delegate.editor
        if editor is None:
            return
        text = e.text()
        if isinstance(editor, QComboBox):
            needle = text.casefold()
            for i in range(1, editor.count()):
                if editor.itemText(i).casefold().startswith(needle):
                    editor.setCurrentIndex(i)
                    break
        elif isinstance(editor, _CheckList):
            editor.keyboardSearch(text)
        else:
            line = editor.edit if isinstance(editor, DateField) else (
                editor.lineEdit() if isinstance(editor, QSpinBox) else editor)
            if isinstance(line, QLineEdit):
                line.selectAll()
                QApplication.sendEvent(line, QKeyEvent(QEvent.Type.KeyPress, e.key(), e.modifiers(), text))

    def _open_drop_down(self, idx: QModelIndex) -> None:
        if not self._editable(idx):
            self._refuse(idx)
            return
        self.delegate.editor = None
        self.edit(idx)
        editor = self.delegate.editor
        if isinstance(editor, QComboBox):
            editor.showPopup()
        elif isinstance(editor, DateField):
            editor.open_calendar()

    # --- the context menu ---------------------------------------------------------------------
    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        if e.reason() == QContextMenuEvent.Reason.Mouse:
            idx = self.indexAt(self.viewport().mapFrom(self, e.pos()))
            if idx.isValid():
                self.setCurrentIndex(idx)
            self.open_menu(idx, e.globalPos())
        else:  # the Menu key: the current cell, never the one under the middle of the table
            self.open_menu(self.currentIndex())
        e.accept()

    def open_menu(self, idx: QModelIndex, at: QPoint | None = None) -> QMenu | None:
        """Don't know / not applicable / clear for the cell ``idx``; shown at ``at`` or under
        the cell. A cell that is not asked refuses (its reason shown under the grid)."""
        if not idx.isValid():
            return None
        if not self._editable(idx):
            self._refuse(idx)
            return None
        fld = self.grid_model.field(idx)
        key = self.grid_model.key(idx)
        pidx = QPersistentModelIndex(idx)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName(self.tr("Cell %s") % key)
        if fld.dont_know:
            menu.addAction(self.tr("Don't know"), lambda: self._set_status(pidx, DONT_KNOW))
        if fld.not_applicable:
            menu.addAction(self.tr("Not applicable"), lambda: self._set_status(pidx, NOT_APPLICABLE))
        menu.addAction(self.tr("Clear"), lambda: self._set_status(pidx, EMPTY))
        if at is None:
            rect = self.visualRect(idx)
            at = self.viewport().mapToGlobal(rect.bottomLeft())
        if menu.actions():
            menu.setActiveAction(menu.actions()[0])
        self.menu = menu
        menu.popup(at)
        return menu

    def _set_status(self, pidx: QPersistentModelIndex, status: str) -> None:
        if pidx.isValid():
            self.grid_model.set_status(self.grid_model.index(pidx.row(), pidx.column()), status)


class RowForm(QFrame):
    """The current row of a wide grid as a form: each column's editor under its full title,
    with don't know / not applicable and its messages (Ctrl+Enter in the grid opens it, Esc
    goes back to the grid). It follows the grid's current row; columns not asked are hidden."""

    back = Signal()

    def __init__(self, session, item: Item, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.item = item
        self.setObjectName("rowForm")
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(4)
        self.title = QLabel(self)
        self.title.setObjectName("cellSource")
        self.title.setWordWrap(True)
        box.addWidget(self.title)
        self.fields: list[FieldRow] = []
        self.labels: list[QLabel] = []
        first = item.rows[0].code
        for col in item.columns:
            lab = QLabel(tr(col.label, session.lang), self)
            lab.setObjectName("fieldLabel")
            lab.setWordWrap(True)
            if col.help:
                lab.setToolTip(tr(col.help, session.lang))
            row = FieldRow(session, f"{item.id}.{first}.{col.id}", col, self, compact=True)
            lab.setBuddy(row.editor.focus_target())
            box.addWidget(lab)
            box.addWidget(row)
            self.fields.append(row)
            self.labels.append(lab)
        self.row_index = 0
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        session.answerChanged.connect(self._on_answer_changed)
        self.show_row(0)

    def prefix(self) -> str:
        return f"{self.item.id}.{self.item.rows[self.row_index].code}."

    def show_row(self, r: int) -> None:
        for f in self.fields:
            f.flush()
        self.row_index = r
        row = self.item.rows[r]
        self.title.setText(tr(row.label, self.session.lang))
        for col, f in zip(self.item.columns, self.fields, strict=True):
            f.set_key(f"{self.prefix()}{col.id}")
        self.apply_relevance()

    def apply_relevance(self) -> None:
        for f, lab in zip(self.fields, self.labels, strict=True):
            rel = self.session.is_relevant(f.key)
            f.setVisible(rel)
            lab.setVisible(rel)

    def _on_answer_changed(self, key: str) -> None:
        if key.startswith(self.prefix()):
            for f in self.fields:
                if f.key == key:
                    f.refresh()
            self.apply_relevance()

    def focus_first(self) -> None:
        for f in self.fields:
            if not f.isHidden():
                f.focus()
                return

    def flush(self) -> None:
        for f in self.fields:
            f.flush()


# --- items and the section page ----------------------------------------------------------------

class ItemWidget(QFrame):
    """One question: label, help, editor (or grid), inline messages, comment and evidence."""

    navigate = Signal(str)  # e.g. "matrix"
    FORM_COLUMNS = 4  # grids with this many columns or more offer the row form

    def __init__(self, session, item: Item, parent=None):
        super().__init__(parent)
        self.session = session
        self.item = item
        self.form: RowForm | None = None  # a wide grid's row form, built when first opened
        self.form_button: QToolButton | None = None
        self.setObjectName("item")
        lang = session.lang
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel(tr(item.label, lang), self)
        self.title.setObjectName("noteText" if item.type == "note" else "itemTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.title, 1)
        if item.type != "note":
            ident = QLabel(item.id, self)
            ident.setObjectName("itemId")
            head.addWidget(ident, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        if item.help:
            self.help = QLabel(tr(item.help, lang), self)
            self.help.setObjectName("help")
            self.help.setWordWrap(True)
            box.addWidget(self.help)
        self.row: FieldRow | None = None
        self.grid: GridTable | None = None
        self.message = None
        if item.type == "grid":
            self.grid = GridTable(session, item, self)
            box.addWidget(self.grid)
            hint = QLabel(self.tr("Type or press F2 to edit a cell; Delete clears it; the context menu "
                                  "(Shift+F10) marks don't know."), self)
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            if len(item.columns) >= self.FORM_COLUMNS:
                # a wide grid: its current row can also be answered as a form
                self.form_button = QToolButton(self)
                self.form_button.setObjectName("more")
                self.form_button.setCheckable(True)
                self.form_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                self.form_button.setArrowType(Qt.ArrowType.RightArrow)
                self.form_button.setText(self.tr("Answer the current row as a form (Ctrl+Enter)"))
                self.form_button.toggled.connect(self._on_form_toggled)
                self.grid.rowFormRequested.connect(self.open_form)
                self.grid.selectionModel().currentRowChanged.connect(self._on_grid_row_changed)
                box.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignLeft)
                self._form_index = box.count()
            box.addWidget(hint)
            self.message = QLabel(self)
            self.message.setObjectName("fieldError")
            self.message.setWordWrap(True)
            self.message.setVisible(False)
            box.addWidget(self.message)
            session.failed.connect(self._on_session_failed)
            session.accepted.connect(self._on_session_accepted)
        elif item.type == "matrix":
            b = QPushButton(self.tr("Open the policy question × source matrix"), self)
            b.clicked.connect(lambda: self.navigate.emit("matrix"))
            box.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        elif item.type != "note":
            self.row = FieldRow(session, item.id, item.field, self)
            box.addWidget(self.row)
        self.comments: CommentPanel | None = None
        if item.type != "note":
            self.more = QToolButton(self)
            self.more.setObjectName("more")
            self.more.setCheckable(True)
            self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.more.setArrowType(Qt.ArrowType.RightArrow)
            self.more.setAccessibleName(self.tr("Show comment and evidence"))
            self.more.toggled.connect(self._on_more_toggled)
            box.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
            self._box = box
            a = session.answer(item.id)
            self.more.setText(self._more_text())
            if a.comment or a.evidence:
                self.more.setChecked(True)

    def _on_form_toggled(self, on: bool) -> None:
        if self.grid is None:
            return
        if self.form is None:
            if not on:
                return
            form = self.form = RowForm(self.session, self.item, self)
            form.back.connect(self._on_form_back)
            self._box.insertWidget(self._form_index, form)
            if self.form_button is not None:
                tab_after(self.form_button, form)
        if on:
            idx = self.grid.currentIndex()
            self.form.show_row(idx.row() if idx.isValid() else 0)
        else:
            self.form.flush()
        self.form.setVisible(on)
        if self.form_button is not None:
            self.form_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def open_form(self) -> None:
        """Ctrl+Enter in the grid: the form of the current row, focused on its first question."""
        if self.form_button is None:
            return
        self.form_button.setChecked(True)
        if self.form is not None:
            self.form.focus_first()

    def _on_form_back(self) -> None:
        if self.grid is not None:
            self.grid.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_grid_row_changed(self, current, _previous) -> None:
        if self.form is not None and self.form.isVisible() and current.isValid():
            self.form.show_row(current.row())

    def _more_text(self) -> str:
        a = self.session.answer(self.item.id)
        extra = []
        if a.comment:
            extra.append(self.tr("comment"))
        if a.evidence:
            extra.append(self.tr("%n evidence", "", len(a.evidence)))
        label = self.tr("Comment and evidence")
        return f"{label} ({', '.join(extra)})" if extra else label

    def _on_more_toggled(self, on: bool) -> None:
        if self.comments is None:
            if not on:
                return
            # built on first use: most items never get a comment
            self.comments = CommentPanel(self.session, self.item.id, self)
            self._box.addWidget(self.comments)
            tab_after(self.more, self.comments)  # Tab goes from the button into the comment box
        self.comments.setVisible(on)
        self.more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.more.setText(self._more_text())
        if on and self.more.hasFocus():  # opened from the keyboard: the note is typed next
            self.comments.comment.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_session_failed(self, key: str, message: str) -> None:
        if self.message is not None and key.startswith(self.item.id + "."):
            self.message.setText(message)
            self.message.setVisible(True)

    def _on_session_accepted(self, key: str) -> None:
        if self.message is not None and key.startswith(self.item.id + "."):
            self.message.setVisible(False)

    def refresh(self) -> None:
        if self.row is not None:
            self.row.refresh()
        if self.grid is not None:
            self.grid.grid_model.refresh()
        if self.comments is not None:
            self.comments.refresh()
        if self.item.type != "note":
            self.more.setText(self._more_text())

    def focus(self) -> None:
        if self.row is not None:
            self.row.focus()
        elif self.grid is not None:
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.grid.currentIndex().isValid():
                self.grid.setCurrentIndex(self.grid.grid_model.index(0, 0))
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        if self.row is not None:
            self.row.flush()
        if self.form is not None:
            self.form.flush()
        if self.comments is not None:
            self.comments.flush()


class SectionPage(QScrollArea):
    """One section's items. Built a few items per event-loop turn (a long section never
    freezes the window), and kept while the assessment is open."""

    BUDGET_MS = 6

    def __init__(self, session, section: Section, owner: QuestionPage):
        super().__init__(owner)
        self.session = session
        self.section = section
        self.owner = owner
        self.setObjectName("questionPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.widgets: dict[str, ItemWidget] = {}
        self.dirty = False
        body = QWidget()
        body.setObjectName("pageBody")
        self.box = QVBoxLayout(body)
        self.box.setContentsMargins(18, 14, 18, 18)
        self.box.setSpacing(10)
        title = QLabel(tr(section.label, session.lang), body)
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        self.box.addWidget(title)
        if section.help:
            h = QLabel(tr(section.help, session.lang), body)
            h.setObjectName("help")
            h.setWordWrap(True)
            self.box.addWidget(h)
        self.box.addStretch(1)
        self.setWidget(body)
        self.body = body  # the scroll area's widget, laid out by self.box
        self._pending = list(section.items)

    @property
    def complete(self) -> bool:
        return not self._pending

    def _build_one(self) -> ItemWidget:
        item = self._pending.pop(0)
        w = ItemWidget(self.session, item, self.widget())
        w.ensurePolished()  # style-sheet sizes known before the layout measures the item
        w.navigate.connect(self.owner.navigate)
        self.widgets[item.id] = w
        self.box.insertWidget(self.box.count() - 1, w)
        w.setVisible(self.session.item_relevant(item))
        return w

    def build_some(self, budget_ms: float | None = None) -> bool:
        """Build items for up to ``budget_ms``; True when the section is complete."""
        t0 = time.perf_counter()
        budget = (self.BUDGET_MS if budget_ms is None else budget_ms) / 1000
        while self._pending:
            self._build_one()
            if time.perf_counter() - t0 >= budget:
                break
        self._settle()
        return not self._pending

    def _settle(self) -> None:
        """Grow the page to fit the items just built before anything paints (otherwise one
        frame shows them squeezed into the old height)."""
        self.box.activate()
        body = self.body
        h = max(body.sizeHint().height(), self.viewport().height())
        if body.height() != h:
            body.resize(self.viewport().width(), h)

    def ensure_built(self, item_id: str | None = None) -> None:
        built = False
        while self._pending and (item_id is None or item_id not in self.widgets):
            self._build_one()
            built = True
        if built:
            self._settle()

    def apply_relevance(self) -> None:
        for w in self.widgets.values():
            w.setVisible(self.session.item_relevant(w.item))

    def refresh_all(self) -> None:
        for w in self.widgets.values():
            w.refresh()
        self.apply_relevance()
        self.dirty = False

    def flush(self) -> None:
        for w in self.widgets.values():
            w.flush()


class QuestionPage(QStackedWidget):
    """The current section's page; pages are kept per section, so coming back is instant, and
    relevance shows and hides items as answers change."""

    navigate = Signal(str)
    currentItemChanged = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("questionStack")
        self.pages: dict[str, SectionPage] = {}
        self.section: Section | None = None
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._on_build_tick)
        session.answerChanged.connect(self._on_answer_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old, new) -> None:
        """The control the keyboard reaches is scrolled into view (a grid its current cell)."""
        page = self.current
        if page is None or new is None or isinstance(new, GridTable) or not page.body.isAncestorOf(new):
            return
        scroll_into_view(new)
        # once more after the layout settles (a row form or comment panel just opened grows the page)
        QTimer.singleShot(0, self, lambda w=new: self._scroll_to(w))  # dropped with this page

    def _scroll_to(self, w: QWidget) -> None:
        from shiboken6 import isValid

        if isValid(w) and w.isVisible() and w.hasFocus():
            scroll_into_view(w)

    @property
    def current(self) -> SectionPage | None:
        return self.pages.get(self.section.id) if self.section is not None else None

    @property
    def widgets(self) -> dict[str, ItemWidget]:
        page = self.current
        return page.widgets if page is not None else {}

    def scroll_bar(self):
        return self.current.verticalScrollBar()

    def show_section(self, section: Section, force: bool = False) -> None:
        if force:
            self.flush()
            for old in self.pages.values():
                self.removeWidget(old)
                old.deleteLater()
            self.pages = {}
        elif section is self.section and self.current is not None:
            return
        else:
            self.flush()
        self.section = section
        page = self.pages.get(section.id)
        if page is None:
            page = SectionPage(self.session, section, self)
            self.pages[section.id] = page
            self.addWidget(page)
            page.build_some()
        elif page.dirty:
            page.refresh_all()
        self.setCurrentWidget(page)
        if not page.complete:
            self._builder.start()

    def _on_build_tick(self) -> None:
        page = self.current
        if page is None or page.build_some():
            self._builder.stop()

    def apply_relevance(self) -> None:
        if self.current is not None:
            self.current.apply_relevance()

    def _on_answer_changed(self, key: str) -> None:
        item_id = key.split(".", 1)[0]
        for other in self.pages.values():
            if other is not self.current:
                other.dirty = True
        page = self.current
        if page is None:
            return
        w = page.widgets.get(item_id)
        if w is not None:
            w.refresh()
        page.apply_relevance()

    def go_to(self, item_id: str, focus: bool = True) -> bool:
        page = self.current
        if page is None:
            return False
        page.ensure_built(item_id)
        w = page.widgets.get(item_id)
        if w is None:
            return False
        if w.isHidden():
            return False
        page.box.activate()
        page.ensureWidgetVisible(w, 0, 40)
        page.verticalScrollBar().setValue(max(0, w.y() - 8))
        if focus:
            w.focus()
        self.currentItemChanged.emit(item_id)
        return True

    def ensure_built(self) -> None:
        if self.current is not None:
            self.current.ensure_built()

    def refresh_all(self) -> None:
        if self.current is not None:
            self.current.refresh_all()

    def flush(self) -> None:
        for page in self.pages.values():
            page.flush()
