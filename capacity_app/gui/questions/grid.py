"""A grid question: its table (rows × columns over the session's answers, per-cell editors, labels
that wrap, the page's width shared among the columns, keys to edit, clear and mark don't know) and,
for a wide grid, its current row answered as a form."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize,
    Qt, QTimer, Signal,
)
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QFrame, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMenu, QSpinBox, QStyle, QStyleOptionHeader, QStyleOptionViewItem, QStyledItemDelegate,
    QTableView, QVBoxLayout, QWidget,
)

from ...domain.answers import (
    ANSWERED,
    DONT_KNOW,
    EMPTY,
    NOT_APPLICABLE,
    YEAR_MAX,
    YEAR_MIN,
    Answer,
    AnswerValueError,
    coerce_typed,
)
from ...domain.celltext import neutral_direction
from ...domain.questionnaire import Field, Item, tr
from ..widgets.datefield import DateField
from ..widgets.editors import DropDown, FieldRow, YearBox, format_value, number_field_text, scroll_into_view
from .models import _brush
from ..numbers import decimal_sign
from ..team.review import review_mark
from ..session import not_saved_message
from ..writing import runs_isolated


DK_COLOUR = "#fff4d6"
NA_COLOUR = "#eef0f3"
OFF_COLOUR = "#f3f4f6"
UNSAVED_COLOUR = "#fde2e1"  # a value the database could not take, kept in its cell


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
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr(r.help, lang) if r.help else tr(r.label, lang)
            # a reviewed row carries its review's mark (gui/team/review.py; the legend is under the grid)
            mark = review_mark(self.session.review(f"{self.item.id}.{r.code}").status)
            label = runs_isolated(tr(r.label, lang))  # "10.c.1" in order in an Arabic window
            return f"{mark} {label}" if mark else label
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
            return neutral_direction(format_value(fld, a.value, self.session.lang))  # an override shown, not obeyed
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
            self.refresh_reviews()

    def refresh_reviews(self) -> None:
        """The rows' review marks (a review written, or an answer changed since its review)."""
        if self.item.rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.item.rows) - 1)


class _CheckList(QListWidget):
    pass


SOFT_HYPHEN = "\u00ad"


@lru_cache(maxsize=8)
def _hyphenator(lang: str):
    """The language's hyphenation patterns (pyphen: the dictionaries WeasyPrint hyphenates the
    report with), or None for a language without them (Arabic, Chinese)."""
    import pyphen  # type: ignore[import-untyped]

    return pyphen.Pyphen(lang=lang) if lang in pyphen.LANGUAGES else None


def breaks_anywhere(word: str) -> bool:
    """True for a run of Chinese (or Japanese, Korean) characters: its lines break between any two
    characters, with no hyphen (Qt's layout does so by itself)."""
    return any("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\uff00" <= c <= "\uffef"
               or "\uac00" <= c <= "\ud7af" for c in word)


def breakable_words(text: str, metrics, room: int, lang: str = "en") -> str:
    """``text`` with soft hyphens in every word wider than ``room`` pixels: where the language's
    hyphenation allows ("домо-хозяйств"), else between any two letters when a piece would still
    be too wide. Qt lays such a word out across lines (showing a hyphen where it breaks) instead
    of letting it run past the cell; words that fit are left whole."""
    if room <= 0 or metrics.horizontalAdvance(text) <= room:
        return text
    out = []
    for word in text.split(" "):
        if len(word) > 1 and metrics.horizontalAdvance(word) > room and not breaks_anywhere(word):
            hyphenator = _hyphenator(lang)
            pieces = hyphenator.inserted(word, hyphen=SOFT_HYPHEN).split(SOFT_HYPHEN) if hyphenator else [word]
            if any(metrics.horizontalAdvance(p + "-") > room for p in pieces):
                pieces = list(word)
            # a no-break space binds its words: never a break beside it ("о\u00a0взаимопонимании"
            # read "о -" at a line's end in the Russian S6C grid)
            word = SOFT_HYPHEN.join(pieces).replace("\u00a0" + SOFT_HYPHEN, "\u00a0").replace(
                SOFT_HYPHEN + "\u00a0", "\u00a0")
        out.append(word)
    return " ".join(out)


class GridDelegate(QStyledItemDelegate):
    """Per-cell editors by column type; typed text that is not a value is reported inline."""

    FOCUS_BORDER = 1  # the current cell's border, drawn inside it (app.qss: QTableView::item:focus)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.editor: QWidget | None = None  # the editor last made (the table feeds it the first key)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The cell's lines as they wrap inside the current cell's border, with the border around
        them: a cell whose text filled its row exactly lost its last line while it was the
        current one (the border, drawn inside the cell, narrowed it and took a line's room)."""
        b = self.FOCUS_BORDER
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)  # (what QStyledItemDelegate.sizeHint does, then the border)
        opt.rect = opt.rect.adjusted(b, b, -b, -b)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), opt.widget)
        return QSize(size.width() + 2 * b, size.height() + 2 * b)

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
            combo = w = DropDown(parent)  # F4 opens its list; Alt+Down changes section
            combo.addItem("", None)
            for c in fld.choices:
                combo.addItem(tr(c.label, lang), c.code)
            # a choice picked from the open list is saved at once: one Enter, not two
            combo.activated.connect(lambda _i, c=combo: self._picked(c))
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

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """A word wider than its cell ("домохозяйств", "субнациональный" in a narrow Russian
        column at 1024 px) may break with a hyphen where it must, rather than be cut at the cell's
        edge: Qt's item views wrap between words only. The model's text is unchanged."""
        super().initStyleOption(option, index)
        width = option.rect.width()
        if option.text and width > 0 and option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            style = option.widget.style() if option.widget is not None else QApplication.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
            option.text = breakable_words(option.text, option.fontMetrics, width - 2 * margin - 2 * self.FOCUS_BORDER,
                                          self.session.lang)

    def _picked(self, combo: DropDown) -> None:
        if combo.from_list:
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor, event) -> bool:
        """Up and Down in a cell's editor move to the row above or below, the value typed or
        picked saved first; they never change a choice or a year by themselves. In an
        open list they move in the list; in a check list, between its choices."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and \
                event.modifiers() & Qt.KeyboardModifier.AltModifier and not isinstance(editor, _CheckList):
            # Alt+Down / Alt+Up in an open cell: the value saved, then the window's section change
            # (the item view keeps the shortcut from the editor)
            table = self.parent()
            if isinstance(table, GridTable):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                sequence = QKeySequence(event.keyCombination())
                for action in table.window().findChildren(QAction):
                    if action.isEnabled() and action.shortcut() == sequence:
                        action.trigger()
                        break
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers() & (
                    Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
                    | Qt.KeyboardModifier.ShiftModifier) and \
                isinstance(editor, (QComboBox, QLineEdit, QSpinBox)):
            table = self.parent()
            if isinstance(table, GridTable):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                table.step_row(step)
                return True
        return super().eventFilter(editor, event)

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
            editor.setText("" if value is None else number_field_text(value) if fld.type in ("integer", "decimal")
                           else format_value(fld, value, self.session.lang))

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
                    value = coerce_typed(fld, text, key, self.session.lang, decimal_sign())
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


def _one_line(text: str, _width: int, font, _lang: str) -> int:
    """The width of ``text`` on one line in ``font``."""
    from PySide6.QtGui import QFontMetrics

    return QFontMetrics(font).horizontalAdvance(text)


class WrapHeader(QHeaderView):
    """A header whose labels wrap onto several lines instead of being elided, so a grid's
    column titles ("Published by migratory status") and row labels (SDG indicator names) are
    read in full at any window width. The row labels' width is capped by the table (``cap``)."""

    PAD = 14

    def __init__(self, orientation: Qt.Orientation, parent=None) -> None:
        super().__init__(orientation, parent)
        self.cap = 0  # the vertical header's width (set by the table); 0 = as wide as its longest label
        # each label's lines and box at a width, and its width on one line, measured once: the
        # table asks for them again for every section it sizes and paints (a grid of 26 rows and 8
        # columns measured 8,400 words to show its first page). Keyed by the font and language
        # they were measured in, so a new style or interface language measures anew.
        self._measured: dict[tuple, Any] = {}
        # the font, its key and the language measures are made in, and the widest label on one
        # line: kept until the font, the style or the labels change (the row labels' section
        # sizes each asked for the widest of all of them: 26 rows measured 26 times over)
        self._context: tuple | None = None
        self._natural: int | None = None
        horizontal = orientation == Qt.Orientation.Horizontal
        self.setDefaultAlignment((Qt.AlignmentFlag.AlignHCenter if horizontal else Qt.AlignmentFlag.AlignLeft)
                                 | Qt.AlignmentFlag.AlignVCenter)

    def _lang(self) -> str:
        """The language of the labels: the session's of the nearest view that has one (English
        where none has)."""
        w = self.parent()
        while w is not None:
            lang = getattr(getattr(w, "session", None), "lang", None)
            if isinstance(lang, str):
                return lang
            w = w.parent()
        return "en"

    def text(self, logical: int) -> str:
        model = self.model()
        v = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) if model is not None else None
        return "" if v is None else str(v)

    def _font(self):
        f = self.font()
        # column titles in the style sheet's header weight; row labels are read like body text
        f.setBold(self.orientation() == Qt.Orientation.Horizontal)
        return f

    def setModel(self, model) -> None:
        super().setModel(model)
        self._natural = None
        if model is not None:
            for changed in (model.headerDataChanged, model.modelReset, model.layoutChanged, model.rowsInserted,
                            model.rowsRemoved, model.columnsInserted, model.columnsRemoved):
                changed.connect(self._labels_changed)

    def _labels_changed(self, *_args) -> None:
        self._natural = None

    def changeEvent(self, e) -> None:
        super().changeEvent(e)
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange,
                        QEvent.Type.ParentChange):
            self._context = None
            self._natural = None

    def _font_and_language(self) -> tuple:
        """(font, its key, language) of the measures, found once until the font or style changes."""
        if self._context is None:
            font = self._font()
            self._context = font, font.key(), self._lang()
        return self._context

    def _measure(self, what: str, text: str, width: int, measure: Callable[..., Any]) -> Any:
        """``measure(text, width, font, lang)``, kept for this header's font and language."""
        font, font_key, lang = self._font_and_language()
        key = (what, text, width, font_key, lang)
        found = self._measured.get(key)
        if found is None:
            if len(self._measured) > 4096:  # widths change as the window is resized
                self._measured.clear()
            found = self._measured[key] = measure(text, width, font, lang)
        return found

    def lines(self, logical: int, width: int) -> list[str]:
        """The label broken into lines ``width`` pixels wide: between words, and a word longer
        than the line (a long French or Spanish compound in a narrow column) broken with a
        hyphen rather than cut off."""
        return list(self._measure("lines", self.text(logical), width, self._break))

    def _break(self, text: str, width: int, font, lang: str) -> tuple[str, ...]:
        """:meth:`lines` of ``text``, measured."""
        from PySide6.QtGui import QFontMetrics

        fm = QFontMetrics(font)
        room = max(12, width - self.PAD)
        out: list[str] = []
        line = ""
        hyphenator = _hyphenator(lang)
        for word in text.split():
            # where the language allows a break (pyphen, as the report: "персо-нальный", not
            # "персональны-й"); between any two letters only where none fits
            allowed = hyphenator.positions(word) if hyphenator is not None and fm.horizontalAdvance(word) > room else []
            done = 0
            mark = "" if breaks_anywhere(word) else "-"  # Chinese breaks between characters, no hyphen
            while fm.horizontalAdvance(word) > room:
                fitting = [p - done for p in allowed if p > done and fm.horizontalAdvance(word[:p - done] + "-") <= room]
                if fitting:
                    k = max(fitting)
                else:  # the longest head of the word that fits with its hyphen
                    k = len(word) - 1
                    while k > 1 and fm.horizontalAdvance(word[:k] + mark) > room:
                        k -= 1
                if line:
                    out.append(line)
                    line = ""
                out.append(word[:k] + mark)
                word = word[k:]
                done += k
            candidate = f"{line} {word}" if line else word
            if line and fm.horizontalAdvance(candidate) > room:
                out.append(line)
                line = word
            else:
                line = candidate
        if line:
            out.append(line)
        return tuple(out) or ("",)

    def _wrapped(self, logical: int, width: int) -> QRect:
        w, h = self._measure("box", self.text(logical), width, self._box)
        return QRect(0, 0, w, h)

    def _box(self, text: str, width: int, font, lang: str) -> tuple[int, int]:
        """The width and height of ``text``'s lines at ``width``."""
        from PySide6.QtGui import QFontMetrics

        fm = QFontMetrics(font)
        lines = self._measure("lines", text, width, self._break)
        # as high as the lines are drawn: an Arabic or Chinese line (in a fallback font) is taller
        # than the header's font says, and the last line of "يستخدم رقم تعريف شخصيًا مشتركًا" was cut
        drawn = fm.boundingRect(QRect(0, 0, 100_000, 100_000), int(Qt.AlignmentFlag.AlignLeft), "\n".join(lines))
        return max(fm.horizontalAdvance(x) for x in lines), max(fm.lineSpacing() * len(lines), drawn.height())

    def natural_width(self) -> int:
        if self._natural is None:
            widest = max((self._measure("one line", self.text(i), 0, _one_line) for i in range(self.count())),
                         default=0)
            self._natural = widest + self.PAD + 2
        return self._natural

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

    def __init__(self, session, item: Item, parent=None, width: int | None = None):
        """``width``: the width the table will be laid out at, when its page knows it (it is
        fitted at that width from the start, not at the 100 pixels a table has before layout)."""
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
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # heights set by _fit, once (_fit_rows)
        vh.setMinimumSectionSize(28)
        self.menu: QMenu | None = None  # the context menu last opened (tests look at it)
        self._fitting = False
        self._fitted_width = -1  # the width of the last fit: a resize that keeps it needs none
        self._needs: list[int] | None = None  # the columns' least widths, until the values change
        self._floors: list[int] = []  # the least widths their titles need
        # a later fit runs on a timer the table owns: deleted with the table (an assessment closed
        # by an import), it never fires on a dead table, as QTimer.singleShot(0, self._fit) did
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        hh.sectionResized.connect(self._on_section_resized)
        self.grid_model.headerDataChanged.connect(self.fit_later)  # a row label's mark: its height again
        if width:
            self.resize(width, self.height())
        # fitted in the style sheet's fonts: polished first (the polish, left to the first measure,
        # changed the font during the fit and asked for a second one)
        self.ensurePolished()
        self._fit()
        self._fit_timer.stop()  # (what the polish's font change asked for: this fit was made after it)

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
        needs, floors = [], []
        for c in range(model.columnCount()):
            word = max((title.horizontalAdvance(w) for w in hh.text(c).split()), default=0) + hh.PAD + 2
            floors.append(max(self.MIN_COLUMN, min(word, self.MAX_NEED)))
            for r in range(model.rowCount()):
                text = model.data(model.index(r, c)) or ""
                word = max(word, max((body.horizontalAdvance(w) for w in str(text).split()), default=0) + 14)
            needs.append(max(self.MIN_COLUMN, min(word, self.MAX_NEED)))
        self._needs, self._floors = needs, floors
        return needs

    def _within(self, avail: int, needs: list[int]) -> list[int]:
        """The needs brought within ``avail`` when the cells' longest words ask for more (a web
        address, a name with no space): each column gives up what its cells ask beyond its title's
        longest word, in proportion; such a cell's word then breaks anywhere (the view wraps
        anywhere when a word is wider than its column), and the table never runs off the page."""
        for floors in (self._floors, [self.MIN_COLUMN] * len(needs)):
            # first down to the titles' longest words; on a narrow screen, titles hyphenate too
            # (WrapHeader breaks a word wider than its column with a hyphen: still shown whole)
            over = sum(needs) - avail
            spare = [max(0, n - f) for n, f in zip(needs, floors, strict=True)]
            if over <= 0:
                return needs
            if not sum(spare):
                continue
            cut = min(1.0, over / sum(spare))
            needs = [n - int(s * cut + 0.999) for n, s in zip(needs, spare, strict=True)]
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
            needs = self._within(self.width() - cap - 2 * self.frameWidth(), needs)
            if vh.cap != cap:
                vh.cap = cap
                self.updateGeometries()
            avail = self.width() - cap - 2 * self.frameWidth()
            for i, w in enumerate(self._share(max(avail, sum(needs)), needs, self._weights())):
                if hh.sectionSize(i) != w:
                    hh.resizeSection(i, w)
            self.updateGeometries()
            self._fit_rows()
            h = hh.sizeHint().height() + vh.length() + 2 * self.frameWidth() + 1
            if self.height() != h:
                self.setFixedHeight(h)
            self.updateGeometries()
            self._fitted_width = self.width()
        finally:
            self._fitting = False

    def _fit_rows(self) -> None:
        """Each row as high as its label and its cells need at the columns' widths: what Qt's
        ResizeToContents gives a section (the view's hint for the row, the header's for the label
        within its least and greatest size), measured once a fit. In that mode the header measured
        every row again whenever the table's geometry was updated or its page laid out: five times
        the cells of a grid on its first showing instead of once."""
        vh = self.verticalHeader()
        least, most = vh.minimumSectionSize(), vh.maximumSectionSize()
        for r in range(self.grid_model.rowCount()):
            h = max(self.sizeHintForRow(r), min(max(least, vh.sectionSizeFromContents(r).height()), most))
            if vh.sectionSize(r) != h:
                vh.resizeSection(r, h)

    def fit_later(self) -> None:
        """Fit at the next idle moment (requests before then make one fit)."""
        self._fit_timer.start()

    def _on_section_resized(self, *_args) -> None:
        if not self._fitting:
            self.fit_later()

    def resizeEvent(self, e):
        super().resizeEvent(e)
        if self.width() != self._fitted_width:  # its own height set by the fit, or a page built
            self._fit()                         # ahead shown at the width it was fitted at

    def changeEvent(self, e):
        super().changeEvent(e)
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._needs = None  # measured in the old font
            self.fit_later()

    def minimumSizeHint(self) -> QSize:
        """As narrow as its columns' least width: a long word of a cell or a title breaks (``_within``)."""
        n = self.grid_model.columnCount()
        return QSize(110 + n * self.MIN_COLUMN + 2 * self.frameWidth(), super().minimumSizeHint().height())

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
        """F4 opens a cell's list or calendar; Alt+Down and Alt+Up are the window's: they always
        change section."""
        return e.key() == Qt.Key.Key_F4 and not e.modifiers()

    def step_row(self, step: int) -> None:
        """The row above (-1) or below (1), same column, the focus kept on the table."""
        idx = self.currentIndex()
        if not idx.isValid():
            return
        row = min(max(idx.row() + step, 0), self.grid_model.rowCount() - 1)
        self.setCurrentIndex(self.grid_model.index(row, idx.column()))
        self.setFocus(Qt.FocusReason.OtherFocusReason)

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
            # the combo's own search, so that the keys typed next go on with it ("Non", not "N"
            # then a new search for "on", which picked "Oui")
            QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, e.key(), e.modifiers(), text))
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
