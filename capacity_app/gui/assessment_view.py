"""The assessment view: navigator tree, question page, matrix, dashboard, find bar."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSplitter, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTabWidget, QToolButton, QTreeView, QVBoxLayout, QWidget,
)

from ..domain.questionnaire import tr
from ..domain.values import display_text
from .dashboard import Dashboard
from .questions.page import QuestionPage
from .questions.matrix import MatrixView
from .questions.models import MARKER_COLOURS, NavigatorModel
from .numbers import interface_language, percent_text
from .status import ReadOnlyBanner, StatusControl

if TYPE_CHECKING:
    from .plan.view import ActionPlanView

TAB_QUESTIONS, TAB_MATRIX, TAB_DASHBOARD = 0, 1, 2


class SectionNameDelegate(QStyledItemDelegate):
    """A section's name whole in the narrow navigator ("S6A Traditional sources: population
    census", not three rows of "Traditional sour…"), wrapped between words; a question's wording on
    up to two lines, so that questions that start alike are told apart ("Потребность в данных: A.
    Сколько иммигрантов…", not fifteen rows of "Потребность в данных: …"), the rest in
    its tooltip."""

    LINES = 8  # Spanish names at 1024 px need five (S2, S4, S11), the Arabic S4 seven at 1366 px
    QUESTION_LINES = 2

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    @staticmethod
    def _wraps(index) -> bool:
        return index.isValid() and index.column() == 0

    @staticmethod
    def _depth(index) -> int:
        depth = 0
        while index.parent().isValid():
            index, depth = index.parent(), depth + 1
        return depth

    def _text_width(self, index=None) -> int:
        # the column less the branch indicator (and a question's indentation), the marker and the
        # text's margins
        depth = self._depth(index) if index is not None else 0
        return max(40, self.view.columnWidth(0) - self.view.indentation() * (depth + 1) - 16 - 14)

    def _line_heights(self, index, option=None) -> list[float]:
        """The heights of the lines the row's name takes at the navigator's width (uncapped), laid
        out as the style lays it out: a Chinese line (its font a fallback) is taller than the
        tree's font says (19 px for 16: two lines of "需求：A. 每年有多少移民入境？" fitted one)."""
        from PySide6.QtGui import QTextLayout, QTextOption

        opt = QStyleOptionViewItem(option) if option is not None else QStyleOptionViewItem()
        self.initStyleOption(opt, index)
        layout = QTextLayout(opt.text, opt.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(wrap)
        heights: list[float] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self._text_width(index))
            heights.append(line.height())
        layout.endLayout()
        return heights or [0.0]

    def _lines_needed(self, index, option=None) -> int:
        """How many lines the row's name takes at the navigator's width (uncapped)."""
        return len(self._line_heights(index, option))

    def _lines(self, option, index) -> int:
        cap = self.LINES if index.internalId() == 0 else self.QUESTION_LINES
        return min(cap, self._lines_needed(index, option))

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        if self._wraps(index):
            import math

            from PySide6.QtGui import QFontMetrics, QFontMetricsF

            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            fm, fmf = QFontMetrics(opt.font), QFontMetricsF(opt.font)
            # the style lays each wrapped line out as high as the text engine makes it (ascent and
            # descent rounded up: 16 px where the font's height is 15); counted by the font's
            # height, a row without a marker was a pixel short of two lines: "S0 Mission and …"
            line = max(fm.lineSpacing(), math.ceil(fmf.ascent() + fmf.descent()))
            around = max(0, size.height() - fm.height())  # the row's padding (and a marker's extra)
            cap = self.LINES if index.internalId() == 0 else self.QUESTION_LINES
            shown = self._line_heights(index, option)[:cap]
            size.setHeight(max(size.height(), around + sum(max(line, math.ceil(h)) for h in shown)))
        return size

    def paint(self, painter, option, index):
        if not self._wraps(index):
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        opt.textElideMode = Qt.TextElideMode.ElideRight
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


class CompletionDelegate(QStyledItemDelegate):
    """Paints a section's completion as its percentage over a small bar (column 1 of the
    navigator: the share answered read, not only guessed from the bar)."""

    def paint(self, painter: QPainter, option, index):
        frac = index.data(Qt.ItemDataRole.UserRole)
        if frac is None:
            return super().paint(painter, option, index)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        fm = option.fontMetrics
        bar_h = 4
        top = option.rect.y() + max(0, (option.rect.height() - fm.height() - bar_h - 2) // 2)
        painter.save()
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        painter.drawText(QRect(option.rect.x() + 2, top, option.rect.width() - 4, fm.height()),
                         int(Qt.AlignmentFlag.AlignCenter), text)
        r = QRect(option.rect.x() + 4, top + fm.height() + 2, option.rect.width() - 8, bar_h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawRoundedRect(r, 2, 2)
        painter.setBrush(QColor("#1e8449" if frac >= 1 else "#2e86c1"))
        painter.drawRoundedRect(QRect(r.x(), r.y(), int(r.width() * frac), r.height()), 2, 2)
        painter.restore()


class NavigatorTree(QTreeView):
    """The questionnaire navigator. Enter moves into the question (``entered``); typed letters
    start a find (``typed``) instead of jumping to whatever row starts with them."""

    entered = Signal(QModelIndex)
    typed = Signal(str)

    def fit_completion_column(self) -> None:
        """The completion bars' column: narrow, yet wide enough for its title ("Done", "Fait",
        "Hecho") and the widest percentage the language writes ("100 %", "100 في المائة"), in the
        font the tree has once shown (the right-to-left font set with the language may be wider)."""
        widest = self.fontMetrics().horizontalAdvance(percent_text(100, 0)) + 8
        self.header().resizeSection(1, max(42, widest, self.header().sectionSizeHint(1)))

    def showEvent(self, e):
        super().showEvent(e)
        self.fit_completion_column()

    def _on_tab_changed(self, i: int) -> None:
        if i == TAB_DASHBOARD:
            self._back_to_dashboard = None

    def keyPressEvent(self, e):
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.entered.emit(self.currentIndex())
            return
        super().keyPressEvent(e)

    def keyboardSearch(self, search: str) -> None:
        if search.strip():
            self.typed.emit(search)


class MarkerLegend(QLabel):
    """What the navigator's dots mean (sections: the band of their score; policy questions:
    the gap between need and availability)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigatorLegend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.retranslate()

    def retranslate(self) -> None:
        def dot(kind: str, filled: bool = True) -> str:
            return f"<span style='color:{MARKER_COLOURS[kind]}'>{'●' if filled else '○'}</span>"

        gap, work, fine, none = (self.tr("gap"), self.tr("needs work"), self.tr("fine"), self.tr("not assessed"))
        def whole(label: str) -> str:
            """A Chinese label unbroken (word joiners between its characters): the line wraps
            between two marks, never inside "尚未评估", which has no space to wrap at."""
            return _esc(_BETWEEN_HAN.sub("\u2060", label))

        self.setText("&nbsp;&nbsp; ".join([
            f"{dot('gap')}&nbsp;{whole(gap)}",
            f"{dot('warn')}&nbsp;{whole(work)}",
            f"{dot('ok')}&nbsp;{whole(fine)}",
            f"{dot('none', False)}&nbsp;{whole(none)}",
        ]))
        self.setToolTip(self.tr("Sections: the band of their score. Policy questions: the gap between the "
                                "need and the data available; not assessed while no cell of their matrix "
                                "row is answered."))


_BETWEEN_HAN = re.compile("(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FindBar(QWidget):
    """Ctrl+F: question text (current language), item ids and comments; Enter / F3 next,
    Shift+Enter / Shift+F3 previous, Esc closes."""

    go = Signal(str)
    closed = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("findBar")
        box = QHBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        lab = QLabel(self.tr("Find:"), self)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("question text, item id or comment"))
        self.edit.setAccessibleName(self.tr("Find in questions, ids and comments"))
        self.edit.setClearButtonEnabled(True)
        lab.setBuddy(self.edit)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.prev = QToolButton(self)
        self.prev.setText(self.tr("Previous"))
        self.next = QToolButton(self)
        self.next.setText(self.tr("Next"))
        self.close_btn = QToolButton(self)
        self.close_btn.setText(self.tr("Close"))
        for w in (lab, self.edit, self.count, self.prev, self.next, self.close_btn):
            box.addWidget(w)
        box.setStretch(1, 1)
        self.matches: list[str] = []
        self.match_index = -1
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)
        self.next.clicked.connect(self.find_next)
        self.prev.clicked.connect(self.find_previous)
        self.close_btn.clicked.connect(self.close_bar)

    def eventFilter(self, obj, e):
        if obj is self.edit and e.type() == QEvent.Type.KeyPress:
            if e.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                (self.find_previous if e.modifiers() & Qt.KeyboardModifier.ShiftModifier else self.find_next)()
                return True
        return super().eventFilter(obj, e)

    def open_bar(self) -> None:
        self.setVisible(True)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.setVisible(False)
        self.closed.emit()

    def _on_text_changed(self, text: str) -> None:
        self.matches = search(self.session, text)
        self.match_index = -1
        self.count.setText(self.tr("%1 found").replace("%1", str(len(self.matches))) if text.strip() else "")

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, d: int) -> None:
        if not self.matches:
            return
        self.match_index = (self.match_index + d) % len(self.matches)
        self.count.setText(self.tr("%1 of %2").replace("%1", str(self.match_index + 1)).replace("%2", str(len(self.matches))))
        self.go.emit(self.matches[self.match_index])  # the focus on the match: F3 goes on


def search(session, text: str) -> list[str]:
    """Keys (item ids, or answer keys for comments inside grids and the matrix) matching
    ``text`` in the questionnaire order: every word of it found in the question's text, its help,
    its section's title, its grid's rows and columns, its choices, or the answer given (value, comment,
    evidence), in the interface's language and the questionnaire's; or its id ("open data
    portal" found S8's portal question, whose words are spread over the section and the question)."""
    words = text.strip().casefold().split()
    if not words:
        return []
    q = session.q
    langs = list(dict.fromkeys((interface_language(), session.lang)))

    def texts(t) -> list[str]:
        return [tr(t, lang) for lang in langs] if t else []

    def found(hay: list[str]) -> bool:
        joined = " ".join(h for h in hay if h).casefold()
        return all(w in joined for w in words)

    out: list[str] = []
    by_item: dict[str, list[str]] = {}
    for key in session.sheet.answers:
        by_item.setdefault(key.split(".", 1)[0], []).append(key)
    for item in q.items():
        if item.type == "note":
            continue
        section = q.section(item.section_id)
        hay = [item.id, *texts(item.label), *texts(item.help), *(texts(section.label) if section else [])]
        if item.type == "grid":
            hay += [x for r in item.rows for x in texts(r.label)] + [x for c in item.columns for x in texts(c.label)]
        fld = getattr(item, "field", None)
        if fld is not None:
            hay += [x for c in (fld.choices or ()) for x in texts(c.label)]
        answers_hay = []
        for key in by_item.get(item.id, ()):
            a = session.sheet.answers[key]
            answers_hay += [a.comment, *(e.text for e in a.evidence)]
            if a.value is not None:
                resolved = q.resolve_key(key)
                answers_hay.append(display_text(resolved[1], a.value, langs[0]) if resolved else str(a.value))
        if found(hay + answers_hay):
            out.append(item.id)
            continue
        for key in sorted(by_item.get(item.id, ())):  # a comment inside a grid or the matrix: its cell
            a = session.sheet.answers[key]
            if key != item.id and found([a.comment, *(e.text for e in a.evidence)]) and key not in out:
                out.append(key)
    return out


class AssessmentView(QWidget):
    """Everything about one open assessment; the main window hosts it."""

    positionChanged = Signal(str)  # the current item id or matrix key, for QSettings

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("assessmentView")
        box = self.box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        left = self._make_navigator_pane()
        self._make_tabs()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.read_only_banner = ReadOnlyBanner(session, self)
        box.addWidget(self.read_only_banner)
        box.addWidget(self.splitter, 1)
        self.find_bar = FindBar(session, self)
        self.find_bar.setVisible(False)
        box.addWidget(self.find_bar)
        self.current_key = ""
        # expand sections and the policy questions
        for r in range(self.nav.rowCount()):
            self.tree.setExpanded(self.nav.index(r, 0), r == self.nav.rowCount() - 1)
        self._connect_parts()
        QWidget.setTabOrder(self.tree, self.tabs)
        # the status stands beside the tabs (their corner): Tab goes from the tab bar to it, then
        # into the tab shown, in reading order on every tab. Made after the tabs' pages, it came
        # after all of them, and Tab from it left the plan for the navigator's filter
        QWidget.setTabOrder(self.tabs.tabBar(), self.status.combo)
        first = next((s for s in session.q.sections), None)
        if first is not None:
            self.page.show_section(first)
        QTimer.singleShot(0, self, self._track_focus)

    def _make_navigator_pane(self) -> QWidget:
        """The left pane: which questions are listed, the questionnaire's navigator, its legend."""
        session = self.session
        left = QWidget(self.splitter)
        left.setObjectName("navigatorPane")
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.setSpacing(0)
        self.tree = NavigatorTree(left)
        lbox.addWidget(self.tree, 1)
        # which questions the navigator lists: all, unanswered, not reviewed, to follow up
        self.filter = QComboBox(left)
        self.filter.setObjectName("navigatorFilter")
        self.filter.setAccessibleName(self.tr("Questions listed"))
        for text, code in ((self.tr("All questions"), ""), (self.tr("Unanswered"), "unanswered"),
                           (self.tr("Not reviewed"), "not_reviewed"), (self.tr("Follow-up or disputed"), "follow_up")):
            self.filter.addItem(text, code)
        # as wide as the navigator, not wider: its longest choice in Russian made the window 1030 px
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(12)
        lbox.insertWidget(0, self.filter)  # above the navigator, after it in the focus chain
        self.legend = MarkerLegend(left)
        lbox.addWidget(self.legend)
        self.tree.setObjectName("navigator")
        self.tree.setAccessibleName(self.tr("Questionnaire navigator"))
        self.nav = NavigatorModel(session, self.tree)
        self.tree.setModel(self.nav)
        self.tree.setItemDelegateForColumn(1, CompletionDelegate(self.tree))
        self.tree.setItemDelegateForColumn(0, SectionNameDelegate(self.tree))
        self.tree.setUniformRowHeights(False)  # a section's name may take two lines
        # a wider or narrower navigator lays its rows out again (the names wrap to its width)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        self.tree.header().sectionResized.connect(lambda *_a: self._relayout.start())
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.fit_completion_column()
        self.tree.setIndentation(16)  # room for the names (they wrap, SectionNameDelegate)
        self.tree.setMinimumWidth(210)
        self._filtered = False  # some rows hidden by the filter
        self.filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        session.completionChanged.connect(self.apply_filter)
        session.reviewsChanged.connect(self.apply_filter)
        return left

    def _make_tabs(self) -> None:
        """The tabs (questions, matrix, dashboard, action plan) and the status on every tab."""
        session = self.session
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.setDocumentMode(True)
        self.page = QuestionPage(session, self.tabs)
        self.matrix = MatrixView(session, self.tabs)
        self.dashboard = Dashboard(session, self.tabs)
        self.tabs.addTab(self.page, self.tr("&Questions"))
        self.tabs.addTab(self.matrix, self.tr("&Matrix"))
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        from .plan.view import ActionPlanView  # the plan the country owns

        self._action_plan = ActionPlanView(session, self.tabs)  # its panels made when first shown
        self.tabs.addTab(self._action_plan, self.tr("Action &plan"))
        self.status = StatusControl(session, self.tabs)  # draft / in progress / final, on every tab
        self.tabs.setCornerWidget(self.status, Qt.Corner.TopRightCorner)

    @property
    def action_plan(self) -> ActionPlanView:
        """The action plan tab, its panels made if it was not shown yet (they are made when the tab
        is first shown: a third of opening an assessment, on a tab the officer may never open)."""
        self._action_plan.ensure_built()
        return self._action_plan

    def _connect_parts(self) -> None:
        """The navigator, the tabs, the find bar and the session, each told what the others do."""
        session = self.session
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.entered.connect(self._on_tree_entered)
        self.tree.typed.connect(self._on_tree_typed)
        self.page.navigate.connect(self._on_navigate)
        self.page.currentItemChanged.connect(self._set_position)
        self.matrix.cellChanged.connect(self._on_matrix_cell_changed)
        self.dashboard.navigate.connect(self._go_from_dashboard)
        self._back_to_dashboard: str | None = None  # the follow-up answer Esc returns to ("": none)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.find_bar.go.connect(self.go_to_key)
        self.find_bar.closed.connect(lambda: self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason))
        # completion and scores arrive together (one derivation): one navigator refresh
        session.scoresChanged.connect(lambda _d: self.nav.refresh())
        session.languageChanged.connect(self._on_language_changed)

    def _track_focus(self) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old, new) -> None:
        # the item the officer is in becomes the remembered position
        w = new
        while w is not None and w is not self:
            if getattr(w, "objectName", lambda: "")() == "item" and hasattr(w, "item"):
                self._set_position(w.item.id)
                self._follow_in_navigator(w.item.id)
                return
            w = w.parentWidget()

    def _follow_in_navigator(self, item_id: str) -> None:
        """The navigator's row follows the question the keyboard is in, without moving
        the page or the focus."""
        idx = self.nav.index_of_item(item_id)
        if idx.isValid() and idx != self.tree.currentIndex():
            model = self.tree.selectionModel()
            model.blockSignals(True)
            model.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
            model.blockSignals(False)
            self.tree.scrollTo(idx)
            self.tree.viewport().update()

    def _set_position(self, key: str) -> None:
        if key and key != self.current_key:
            self.current_key = key
            self.positionChanged.emit(key)

    # --- navigation ------------------------------------------------------------------------------
    def _on_tree_current_changed(self, current: QModelIndex, _prev) -> None:
        self._back_to_dashboard = None  # gone elsewhere: Esc keeps its place
        kind, obj = self.nav.node(current)
        if kind == "section":
            self.tabs.setCurrentIndex(TAB_QUESTIONS)
            self.page.show_section(obj)
            self._set_position(next((it.id for it in obj.items if it.type != "note"), obj.id))
        elif kind == "item":
            if obj.type == "matrix":
                self.tabs.setCurrentIndex(TAB_MATRIX)
                return
            self.tabs.setCurrentIndex(TAB_QUESTIONS)
            self.page.show_section(self.session.q.section(obj.section_id))
            QTimer.singleShot(0, self, lambda: self.page.go_to(obj.id, focus=False))
            self._set_position(obj.id)
        elif kind == "pq":
            self.tabs.setCurrentIndex(TAB_MATRIX)
            self.matrix.select(obj.code)
        elif kind == "pqs":
            self.tabs.setCurrentIndex(TAB_DASHBOARD)

    def _on_tree_entered(self, index: QModelIndex) -> None:
        """Enter on the navigator: into the question (a section: its first question shown)."""
        kind, obj = self.nav.node(index)
        if kind == "section":
            first = next((it for it in obj.items if it.type != "note" and self.session.item_relevant(it)), None)
            if first is not None:
                self.go_to_key(first.id)
        elif kind == "item":
            if obj.type == "matrix":
                self.show_tab(TAB_MATRIX)
            else:
                self.go_to_key(obj.id)
        elif kind == "pq":
            self.go_to_key(f"pq:{obj.code}")
        elif kind == "pqs":
            self.show_tab(TAB_DASHBOARD)

    def _on_tree_typed(self, text: str) -> None:
        self.find_bar.open_bar()
        self.find_bar.edit.setText(text)

    def _on_navigate(self, where: str) -> None:
        if where == "matrix":
            self.tabs.setCurrentIndex(TAB_MATRIX)
            self.matrix.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_matrix_cell_changed(self, pq: str, src: str) -> None:
        self._set_position(f"{self.session.q.matrix_item().id}.{pq}.{src}")
        idx = self.nav.index_of_pq(pq)
        if idx.isValid():
            self.tree.selectionModel().blockSignals(True)
            self.tree.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.selectionModel().blockSignals(False)

    def _go_from_dashboard(self, key: str) -> None:
        """A follow-up row, a gap or a bar of the dashboard: into the answer's field; Esc that no
        editor takes comes back to the dashboard (to the same follow-up row)."""
        row = self.dashboard.follow.current_key() if self.dashboard.follow.hasFocus() else ""
        if self.go_to_key(key):
            self._back_to_dashboard = row

    def _on_tab_changed(self, i: int) -> None:
        if i == TAB_DASHBOARD:
            self._back_to_dashboard = None

    def keyPressEvent(self, e):
        # an Esc no control used (an open editor, a drop-down, a row form take theirs first)
        if e.key() == Qt.Key.Key_Escape and not e.modifiers() and self._back_to_dashboard is not None \
                and self.tabs.currentIndex() != TAB_DASHBOARD:
            row, self._back_to_dashboard = self._back_to_dashboard, None
            self.flush()
            self.tabs.setCurrentIndex(TAB_DASHBOARD)
            follow = self.dashboard.follow
            if row and follow.select_key(row):
                follow.setFocus(Qt.FocusReason.ShortcutFocusReason)
            else:
                self.dashboard.setFocus(Qt.FocusReason.ShortcutFocusReason)
            e.accept()
            return
        super().keyPressEvent(e)

    def go_to_key(self, key: str, focus: bool = True) -> bool:
        """Show and focus the editor of an answer key, an item id, or "pq:X"."""
        self._back_to_dashboard = None  # Esc returns to the dashboard only right after it sent us
        q = self.session.q
        if not key:
            return False
        if key.startswith("pq:"):
            self.tabs.setCurrentIndex(TAB_MATRIX)
            self.matrix.select(key[3:])
            self.matrix.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        resolved = q.resolve_key(key)
        item = resolved[0] if resolved else q.item(key.split(".", 1)[0])
        if item is None:
            return False
        if item.type == "matrix":
            self.tabs.setCurrentIndex(TAB_MATRIX)
            parts = key.split(".")
            if len(parts) >= 3:
                self.matrix.select(parts[1], parts[2])
                row = self.matrix.panel.rows.get(key)
                if focus and row is not None and row.isVisible():
                    row.focus()
                elif focus:
                    self.matrix.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self._set_position(".".join(parts[:3]) if len(parts) >= 3 else key)
            return True
        self.tabs.setCurrentIndex(TAB_QUESTIONS)
        self.page.show_section(q.section(item.section_id))
        idx = self.nav.index_of_item(item.id)
        if idx.isValid():
            self.tree.selectionModel().blockSignals(True)
            self.tree.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(idx)
            self.tree.selectionModel().blockSignals(False)
        ok = self.page.go_to(item.id, focus=focus)
        w = self.page.widgets.get(item.id)
        if ok and w is not None and w.grid is not None and resolved and item.type == "grid":
            r = [x.code for x in item.rows].index(resolved[2][0])
            c = [x.id for x in item.columns].index(resolved[1].id)
            w.grid.setCurrentIndex(w.grid.grid_model.index(r, c))
        elif ok and w is not None and w.grid is not None and key.count(".") == 1:  # a row (a review's)
            codes = [x.code for x in item.rows]
            row_code = key.split(".")[1]
            if row_code in codes:
                w.grid.setCurrentIndex(w.grid.grid_model.index(codes.index(row_code), 0))
        self._set_position(item.id)
        return True

    def _position_order(self) -> list[str]:
        s = self.session
        keys: list[str] = []
        for item in s.q.items():
            keys.extend(k for k in s.sheet.countable_keys(item))
        return keys

    def go_unanswered(self, step: int = 1) -> str | None:
        """Go to the next (step 1) or previous (step -1) unanswered key after the current position."""
        order = self._position_order()
        if not order:
            return None
        cur = self.current_key
        idxs = [i for i, k in enumerate(order) if cur and (k == cur or k.startswith(cur + "."))]
        n = len(order)
        start = (idxs[-1] + 1) if (idxs and step > 0) else ((idxs[0] - 1) if idxs else (0 if step > 0 else n - 1))
        if idxs and step > 0 and not self._focus_in(cur):
            start = idxs[0]  # not yet inside the current question (the top of a section): it counts
        elif idxs and step > 0 and len(idxs) > 1:
            # inside a grid: from its current cell on, not past the whole grid (its
            # unanswered cells were skipped)
            w = self.page.widgets.get(cur.split(".", 1)[0])
            grid = getattr(w, "grid", None)
            if grid is not None and grid.currentIndex().isValid():
                cell = grid.grid_model.key(grid.currentIndex())
                if cell in order:
                    start = order.index(cell) + 1
        for j in range(n):
            k = order[(start + step * j) % n]
            if not self.session.answer(k).is_answered:
                target = k
                self.go_to_key(target)
                resolved = self.session.q.resolve_key(target)
                if resolved:
                    self._set_position(target if resolved[0].type in ("grid", "matrix") else resolved[0].id)
                return target
        return None

    def item_listed(self, item, mode: str, answered: set[str] | None = None) -> bool:
        """Whether the navigator lists ``item`` under the filter ``mode`` ("" lists every one)."""
        from ..domain.team import review as rv

        if not mode or item.type == "matrix":
            return True
        s = self.session
        if mode == "unanswered":
            return any(not s.answer(k).is_answered for k in s.sheet.countable_keys(item))
        units = [f"{item.id}.{r.code}" for r in item.rows] if item.type == "grid" else [item.id]
        if answered is None:
            answered = set(rv.answered_units(s.q, s.sheet.answers))
        if mode == "not_reviewed":
            return any(u in answered and s.review(u).status == rv.NOT_REVIEWED for u in units)
        return any(s.review(u).status in rv.TO_FOLLOW_UP for u in units)

    def apply_filter(self) -> None:
        """List only the questions the filter asks for; a section none of whose questions is
        listed is hidden too (the policy questions' group always shows)."""
        from ..domain.team import review as rv

        mode = self.filter.currentData() or ""
        if not mode and not self._filtered:
            return  # nothing hidden, nothing to show again
        self._filtered = bool(mode)
        q = self.session.q
        answered = set(rv.answered_units(q, self.session.sheet.answers)) if mode == "not_reviewed" else None
        for s_row, section in enumerate(q.sections):
            parent = self.nav.index(s_row, 0)
            items = [it for it in section.items if it.type != "note"]
            shown = 0
            for r, item in enumerate(items):
                listed = self.item_listed(item, mode, answered)
                if self.tree.isRowHidden(r, parent) == listed:
                    self.tree.setRowHidden(r, parent, not listed)
                shown += listed
            hide = bool(mode) and not shown
            if self.tree.isRowHidden(s_row, QModelIndex()) != hide:
                self.tree.setRowHidden(s_row, QModelIndex(), hide)

    def go_not_reviewed(self) -> str | None:
        """The next answer not reviewed after the current question (wrapping): its review bar
        gets the keyboard (F8)."""
        from ..domain.team import review as rv

        s = self.session
        units = [u for u in rv.answered_units(s.q, s.sheet.answers) if s.review(u).status == rv.NOT_REVIEWED]
        if not units:
            return None
        order = [it.id for it in s.q.items()]
        rank = {item_id: i for i, item_id in enumerate(order)}
        cur = rank.get(self.current_key.split(".", 1)[0], -1)
        target = next((u for u in units if rank.get(u.split(".")[0], -1) > cur), units[0])
        self.go_to_key(target)
        self.focus_review()
        return target

    def validate_section(self) -> bool:
        """Validate every answer of the current section that is not reviewed yet."""
        from ..services.team.reviews import validate_section
        from .writes import Refused

        section = self.page.section
        if section is None:
            return False
        done = self.session.writes.run(validate_section, self.session.store, self.session.q,
                                       self.session.assessment_id, section.id)
        return not isinstance(done, Refused)

    def gap_codes(self) -> list[str]:
        """The policy questions with a gap, as the dashboard ranks them (a gap or a priority
        between need and availability), largest first."""
        result = getattr(self.session, "scores", None)
        if result is None:
            return []
        out = []
        for code in result.ranked:
            info = result.policy_questions.get(code)
            if info is not None and (info.gap or info.priority):
                out.append(code)
        return out

    def _current_pq(self) -> str:
        """The policy question of the current position (a matrix cell), or ""."""
        parts = self.current_key.split(".")
        matrix = self.session.q.matrix_item()
        if matrix is not None and len(parts) >= 2 and parts[0] == matrix.id:
            return parts[1]
        return ""

    def go_gap(self, step: int = 1) -> str | None:
        """Go to the next (step 1) or previous (step -1) policy question with a gap in the
        dashboard's ranking (from the current matrix cell; else the largest gap, or with -1 the
        smallest), wrapping around; its matrix row is shown. None when there is no gap."""
        codes = self.gap_codes()
        if not codes:
            return None
        cur = self._current_pq() if self.tabs.currentIndex() == TAB_MATRIX else ""
        if cur in codes:
            target = codes[(codes.index(cur) + step) % len(codes)]
        else:
            target = codes[0] if step > 0 else codes[-1]
        self.go_to_key(f"pq:{target}")
        return target

    def focus_review(self) -> bool:
        """Ctrl+R: the keyboard into the review of the answer it is on (the question, the grid's
        current row, the matrix's current cell)."""
        from PySide6.QtWidgets import QApplication

        if self.tabs.currentWidget() is self.matrix:
            self.matrix.panel.focus_review()
            return True
        if self.tabs.currentWidget() is not self.page:
            return False
        fw = QApplication.focusWidget()
        target = next((w for w in self.page.widgets.values() if fw is not None and w.isAncestorOf(fw)), None)
        if target is None:
            target = self.page.widgets.get(self.current_key.split(".", 1)[0])
        return target is not None and target.focus_review()

    def _focus_in(self, key: str) -> bool:
        """True when the keyboard is inside the editor of ``key``'s question (or matrix)."""
        from PySide6.QtWidgets import QApplication

        fw = QApplication.focusWidget()
        if fw is None:
            return False
        w = self.page.widgets.get(key.split(".", 1)[0])
        if w is not None:
            return w is fw or w.isAncestorOf(fw)
        return self.matrix.isAncestorOf(fw)

    def _on_language_changed(self, _lang: str) -> None:
        section = self.page.section
        if section is not None:
            self.page.show_section(section, force=True)
            item_id = self.current_key.split(".", 1)[0]
            if item_id in {it.id for it in section.items}:
                self.page.go_to(item_id, focus=False)
        self.nav.refresh()
        self.dashboard.update_scores(self.session.scores)

    def show_tab(self, i: int) -> None:
        self.tabs.setCurrentIndex(i)
        w = self.tabs.currentWidget()
        (self.matrix.table if w is self.matrix else w).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def flush(self) -> None:
        self.page.flush()
        self.matrix.flush()

    # --- commands of the window's actions ---------------------------------------------------------
    def open_find(self) -> None:
        self.find_bar.open_bar()

    def open_history(self) -> None:
        """Edit ▸ Answer history… (Ctrl+H): the versions of the current question's answers."""
        w = self.page.widgets.get(self.current_key.split(".", 1)[0]) if self.current_key else None
        if w is not None and getattr(w, "history", None) is not None:
            w.open_history()

    def find_next(self) -> None:
        self.find_bar.find_next()

    def find_previous(self) -> None:
        self.find_bar.find_previous()

    def focus_navigator(self, reason=Qt.FocusReason.ShortcutFocusReason) -> None:
        self.tree.setFocus(reason)

    def step_section(self, d: int) -> None:
        """Show the next (1) or previous (-1) section, wrapping around."""
        sections = list(self.session.q.sections)
        if not sections:
            return
        cur = self.page.section
        i = sections.index(cur) if cur in sections else 0
        target = sections[(i + d) % len(sections)]
        self.tabs.setCurrentIndex(TAB_QUESTIONS)
        self.tree.setCurrentIndex(self.nav.index_of_section(target.id))

    # --- remembered state -----------------------------------------------------------------------
    def restore_state(self, settings, geometry: QRect) -> None:
        """Splitter sizes and the tab from ``settings`` (QSettings); the tab is remembered there
        from now on. ``geometry``: the view's final place, laid out first so that restored
        splitter sizes are not rescaled."""
        self.setGeometry(geometry)
        self.box.activate()
        self.matrix.resize(self.tabs.size())
        for key, splitter in (("splitter/main", self.splitter), ("splitter/matrix", self.matrix)):
            v = settings.value(key)
            if isinstance(v, QByteArray) and not v.isEmpty():
                splitter.restoreState(v)
        tab = settings.value("last/tab")
        if tab not in (None, "") and str(tab).isdigit():
            self.tabs.setCurrentIndex(int(tab))
        self.tabs.currentChanged.connect(lambda i: settings.setValue("last/tab", i))

    def save_state(self, settings) -> None:
        settings.setValue("splitter/main", self.splitter.saveState())
        settings.setValue("splitter/matrix", self.matrix.saveState())
