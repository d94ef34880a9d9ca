"""The question page: one section's items, each with its editor (or grid), help, messages,
comment and evidence; a page per section, built a few items per event-loop turn and kept while the
assessment is open."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QToolButton, QVBoxLayout,
    QWidget,
)

from ...domain.questionnaire import Item, Section, tr
from ...services import documents as documents_service
from ...services.institutions import proposals as proposals_service
from ...services.base import ServiceError
from .comments import CommentPanel
from ..widgets.editors import FieldRow, scroll_into_view, tab_after
from .grid import GridTable, RowForm
from .history import HistoryDialog, open_history
from .flow import FlowLayout
from ..team.review import ReviewBar, marks_legend
from ..numbers import bracketed, sentences


def documents_count(session, key: str) -> int:
    """How many documents are attached to ``key`` (0 when the database cannot say: closed)."""
    try:
        return len(documents_service.list_documents(session.store, session.assessment_id, key))
    except ServiceError:
        return 0


def has_documents(session, key: str) -> bool:
    """Whether documents are attached to ``key`` (False when the database cannot say: closed)."""
    try:
        return bool(documents_service.list_documents(session.store, session.assessment_id, key))
    except ServiceError:
        return False


class ItemWidget(QFrame):
    """One question: label, help, editor (or grid), inline messages, comment and evidence."""

    navigate = Signal(str)  # e.g. "matrix"
    FORM_COLUMNS = 4  # grids with this many columns or more offer the row form

    def __init__(self, session, item: Item, parent=None):
        super().__init__(parent)
        self.session = session
        self.item = item
        self.review: ReviewBar | None = None  # the answer's review (none for a note)
        self.form: RowForm | None = None  # a wide grid's row form, built when first opened
        self.form_button: QToolButton | None = None
        self.setObjectName("item")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(6)
        self._add_head(box)
        self.row: FieldRow | None = None
        self.grid: GridTable | None = None
        self.message: QLabel | None = None
        if item.type == "grid":
            self._add_grid(box)
        elif item.type == "matrix":
            b = QPushButton(self.tr("Open the policy question × source matrix"), self)
            b.clicked.connect(lambda: self.navigate.emit("matrix"))
            box.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        elif item.type != "note":
            self.row = FieldRow(session, item.id, item.field, self)
            box.addWidget(self.row)
        self.comments: CommentPanel | None = None
        if item.type != "note":
            self._add_foot(box)

    def _add_head(self, box: QVBoxLayout) -> None:
        """The question's title, its identifier and its help."""
        item, lang = self.item, self.session.lang
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

    def _add_grid(self, box: QVBoxLayout) -> None:
        """A grid question: the table, a wide grid's row form button, the editing hint and the
        line for the session's refusals."""
        session, item = self.session, self.item
        grid = self.grid = GridTable(session, item, self, width=self._room())
        box.addWidget(grid)
        hint = QLabel(sentences(self.tr("Type or press F2 to edit a cell; Delete clears it; the context menu "
                                        "(Shift+F10) marks don't know."), marks_legend()), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        if len(item.columns) >= self.FORM_COLUMNS:
            # a wide grid: its current row can also be answered as a form
            self.form_button = self._disclosure()
            self.form_button.setText(self.tr("Answer the current row as a form (Ctrl+Enter)"))
            self.form_button.toggled.connect(self._on_form_toggled)
            grid.rowFormRequested.connect(self.open_form)
            grid.selectionModel().currentRowChanged.connect(self._on_grid_row_changed)
            box.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignLeft)
            self._form_index = box.count()
        box.addWidget(hint)
        message = self.message = QLabel(self)
        message.setObjectName("fieldError")
        message.setWordWrap(True)
        message.setVisible(False)
        box.addWidget(message)
        session.failed.connect(self._on_session_failed)
        session.accepted.connect(self._on_session_accepted)

    def _room(self) -> int | None:
        """The width the page's body gives what this item holds (None before the body has one):
        the body's width less its margins and this item's own."""
        body = self.parentWidget()
        outer = body.layout() if body is not None else None
        inner = self.layout()
        if body is None or outer is None or inner is None or body.width() <= 0:
            return None
        self.ensurePolished()  # the style sheet's frame and margins
        m, own = outer.contentsMargins(), inner.contentsMargins()
        return body.width() - m.left() - m.right() - own.left() - own.right() - 2 * self.frameWidth()

    def _disclosure(self) -> QToolButton:
        """A button that opens a part of the question below it, its arrow pointing at it when open."""
        b = QToolButton(self)
        b.setObjectName("more")
        b.setCheckable(True)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setArrowType(Qt.ArrowType.RightArrow)
        return b

    def _add_foot(self, box: QVBoxLayout) -> None:
        """An answer's foot: "Comment and evidence" (open when something was written or attached),
        History… and the answer's review (a grid's, of its current row, on a line of its own)."""
        session, item = self.session, self.item
        self.more = self._disclosure()
        self.more.setAccessibleName(self.tr("Show comment and evidence"))
        self.more.toggled.connect(self._on_more_toggled)
        # the answer's review (a grid's: of its current row; the matrix is reviewed cell by cell
        # in its panel), on the line of "Comment and evidence"
        if item.type != "matrix":
            self.review = ReviewBar(session, item.id if item.type != "grid" else "", self)
        # one line that wraps on a narrow page (the review under the buttons), never wider
        foot = FlowLayout()
        foot.addWidget(self.more)
        # every version of the answer, who and when, and "Restore this value"
        self.history = QToolButton(self)
        self.history.setObjectName("history")
        self.history.setText(self.tr("History…"))
        self.history.setToolTip(self.tr("Every version of this answer: who gave it, when; restore one") + " (Ctrl+H)")
        self.history.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the keyboard's way: Ctrl+H
        self.history.clicked.connect(self.open_history)
        self.history_dialog: HistoryDialog | None = None
        foot.addWidget(self.history)
        # the values institutions proposed for it and not decided yet: shown only then
        self.proposals = QToolButton(self)
        self.proposals.setObjectName("proposals")
        self.proposals.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.proposals.clicked.connect(self.open_proposals)
        foot.addWidget(self.proposals)
        self._show_proposals()
        session.bus.changed.connect(self._on_bus)
        if self.review is not None and self.grid is None:
            foot.addWidget(self.review)  # the rest of the line
        box.addLayout(foot)
        if self.review is not None and self.grid is not None:  # a row's review: a line of its own
            box.addWidget(self.review)
            session.reviewsChanged.connect(self.grid.grid_model.refresh_reviews)
            self._follow_grid_row()
            self.grid.selectionModel().currentRowChanged.connect(lambda *_a: self._follow_grid_row())
        self._box = box
        a = session.answer(item.id)
        self.more.setText(self._more_text())
        if a.comment or a.evidence or has_documents(session, item.id):
            self.more.setChecked(True)  # what was written or attached shows

    def _show_proposals(self) -> None:
        n = proposals_service.open_count(self.session.store, self.session.assessment_id, self.item.id)
        self.proposals.setText(self.tr("Proposed by institutions: %n…", "", n))
        self.proposals.setToolTip(self.tr("Values the institutions proposed in their replies: accept, edit or "
                                          "reject them"))
        self.proposals.setVisible(n > 0)

    def _on_bus(self, changes) -> None:
        if changes.assessment_id == self.session.assessment_id and changes.proposals:  # not on every answer
            self._show_proposals()

    def open_proposals(self) -> None:
        """The institutions' proposals, those of this question selected."""
        from ..host import WindowHost
        from ..institutions.dialogs import show_proposals  # loaded with its first use

        window = self.window()
        if not isinstance(window, WindowHost):
            return
        dlg = show_proposals(window, self.session.assessment_id)
        if dlg is not None:
            first = next((p.key for p in dlg.proposals if p.key == self.item.id or p.key.startswith(self.item.id + ".")),
                         None)
            if first is not None:
                dlg.select_key(first)

    def open_history(self) -> None:
        self.history_dialog = open_history(self.session, self.item.id, self)

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

    def _follow_grid_row(self) -> None:
        """A grid's review bar reviews its current row (the first until one is chosen)."""
        if self.grid is None or self.review is None or not self.item.rows:
            return
        idx = self.grid.currentIndex()
        row = self.item.rows[idx.row() if idx.isValid() and idx.row() < len(self.item.rows) else 0]
        self.review.set_unit(f"{self.item.id}.{row.code}")
        name = tr(row.label, self.session.lang)
        self.review.label.setText(self.tr("Review of “%s”:") % (name if len(name) <= 40 else name[:39] + "…"))
        self.review.label.setToolTip(name)

    def focus_review(self) -> bool:
        """Ctrl+R: the keyboard into this answer's review (a grid: its current row's)."""
        if self.review is None:
            return False
        self.review.focus()
        return True

    def _more_text(self) -> str:
        a = self.session.answer(self.item.id)
        extra = []
        if a.comment:
            extra.append(self.tr("comment"))
        if a.evidence:
            extra.append(self.tr("%n evidence", "", len(a.evidence)))
        documents = documents_count(self.session, self.item.id)  # counted too
        if documents:
            extra.append(self.tr("%n document", "", documents) if documents == 1 else
                         self.tr("%n documents", "", documents))
        label = self.tr("Comment and evidence")
        if not extra:
            return label
        # "comment, 1 evidence, 2 documents" in the language's own list (the Arabic comma, the Chinese 、)
        listed = extra[0]
        for more in extra[1:]:
            listed = self.tr("%1, %2").replace("%1", listed).replace("%2", more)
        return f"{label}{bracketed(listed)}"  # Chinese "评论和证据（评论、1项证据）"

    def _on_more_toggled(self, on: bool) -> None:
        if self.comments is None:
            if not on:
                return
            # built on first use: most items never get a comment
            self.comments = CommentPanel(self.session, self.item.id, self)
            self._box.addWidget(self.comments)
            # Tab goes from the button (and the review beside it) into the comment box below
            tab_after(self.review.note if self.review is not None else self.more, self.comments)
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
        # the scroll bar's room kept from the start: the page is as wide before its items are
        # built as after (a grid is fitted to its width once, a title wrapped once)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
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
        # as wide as the page will lay it out before its own layout first runs (when it is shown
        # below): on a page built ahead, hidden, no resize would reach it and lay it out again
        m = self.box.contentsMargins()
        w.resize(self.body.width() - m.left() - m.right(), w.height())
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

    def sized_as(self, shown: SectionPage) -> None:
        """Take the size of the page shown, so that items built while this page is hidden are
        made at the width they will have (a hidden widget is laid out only when it shows)."""
        self.setGeometry(shown.geometry())
        self.viewport().resize(shown.viewport().size())
        self.body.resize(shown.body.width(), max(self.body.height(), shown.viewport().height()))

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
    relevance shows and hides items as answers change. While the questions are shown, once the
    current section is built and the officer has paused (no answer, no navigation, no scrolling,
    no focus moved for ``QUIET_MS``), the other sections are built behind it, one item at a time
    with the window's events between them, so that going to them later shows them at once (a
    grid's first measuring held the window 100-200 ms on the click that went there)."""

    navigate = Signal(str)
    currentItemChanged = Signal(str)

    QUIET_MS = 2000  # a pause this long before building sections ahead
    AHEAD_STEP_MS = 40  # the window's own events between two items built ahead

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("questionStack")
        self.pages: dict[str, SectionPage] = {}
        self.section: Section | None = None
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._on_build_tick)
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.timeout.connect(self._build_ahead)
        session.answerChanged.connect(self._on_answer_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old, new) -> None:
        """The control the keyboard reaches is scrolled into view (a grid its current cell)."""
        self._not_quiet()
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
        new = page is None
        if page is None:
            page = self._new_page(section)
        # shown (and so laid out at the stack's size) before its first items are built: they are
        # made at the width they will have
        self.setCurrentWidget(page)
        if new:
            page.build_some()
        elif page.dirty:
            page.refresh_all()
        if not page.complete:
            self._builder.start()
        self._not_quiet()

    def _new_page(self, section: Section) -> SectionPage:
        page = self.pages[section.id] = SectionPage(self.session, section, self)
        self.addWidget(page)
        page.verticalScrollBar().valueChanged.connect(self._not_quiet)
        return page

    def _on_build_tick(self) -> None:
        page = self.current
        if page is None or page.build_some():
            self._builder.stop()
            self._not_quiet()

    def _not_quiet(self, *_args) -> None:
        """The officer did something: building ahead waits for the next pause."""
        self._ahead.start(self.QUIET_MS)

    def _build_ahead(self) -> None:
        """One item of the next section not yet built (after the current one, in the
        questionnaire's order), on a hidden page of the current page's size."""
        shown = self.current
        if shown is None or not shown.complete or not self.isVisible() or shown.body.width() <= 0:
            return  # (another tab shown: its own typing is not seen here)
        sections = self.session.q.sections
        at = next((i for i, s in enumerate(sections) if s is self.section), 0)
        for section in sections[at + 1:] + sections[:at]:
            page = self.pages.get(section.id)
            if page is None or not page.complete:
                break
        else:
            return  # every section is built
        if page is None:
            page = self._new_page(section)
        page.sized_as(shown)
        page.build_some(0)
        self._ahead.start(self.AHEAD_STEP_MS)

    def apply_relevance(self) -> None:
        if self.current is not None:
            self.current.apply_relevance()

    def _on_answer_changed(self, key: str) -> None:
        self._not_quiet()
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
