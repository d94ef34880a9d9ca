"""The dashboard's answers to follow up: those a reviewer disputed or marked for follow-up
(domain.review), then "don't know" (rules 2.0 list "don't know" answers and scorable items left
blank), apart from "not answered yet", each grouped by section with its count. A long list starts folded (the counts show; a section opens on demand) and keeps what the
officer opened or closed while the scores refresh. Keyboard: arrows move, Enter on an answer opens
it, Enter (or Left/Right) on a group or a section opens or closes it."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QSizePolicy, QTreeWidget, QTreeWidgetItem

from ..domain.scoring import FollowUpItem

KEY_ROLE = Qt.ItemDataRole.UserRole          # an answer's key (leaves only)
NODE_ROLE = Qt.ItemDataRole.UserRole + 1     # a group's or section's id ("dont_know", "empty/S1")

DONT_KNOW, BLANK = "dont_know", "empty"
DISPUTED, FOLLOW_UP = "disputed", "follow_up"  # answers a reviewer disputed or marked (domain.review)
REVIEWED = (DISPUTED, FOLLOW_UP)
OPEN_ALL_UP_TO = 12  # a group with at most this many answers shows them all at once


class FollowUpTree(QTreeWidget):
    navigate = Signal(str)  # an answer key to go to

    def __init__(self, section_title=None, parent=None) -> None:
        """``section_title(section_id)``: the section's title in the interface language."""
        super().__init__(parent)
        self.setObjectName("followUp")
        self.section_title = section_title or (lambda sid: sid)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setExpandsOnDoubleClick(False)  # activation opens a group (no double toggle)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the page scrolls
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Answers to follow up: don't know, then not answered yet, by section"))
        self._opened: dict[str, bool] = {}  # node id -> opened (True) or closed by the officer
        self._filling = False
        self.itemActivated.connect(self._activated)
        self.itemExpanded.connect(lambda it: self._toggled(it, True))
        self.itemCollapsed.connect(lambda it: self._toggled(it, False))

    # --- content ---------------------------------------------------------------------------------
    def set_items(self, rows: list[FollowUpItem]) -> None:
        current = self.current_key()
        cur = self.currentItem()
        current_node = str(cur.data(0, NODE_ROLE) or "") if cur is not None else ""
        self._filling = True
        try:
            self.clear()
            groups = ((DISPUTED, [r for r in rows if r.status == DISPUTED]),
                      (FOLLOW_UP, [r for r in rows if r.status == FOLLOW_UP]),
                      (DONT_KNOW, [r for r in rows if r.status == DONT_KNOW]),
                      (BLANK, [r for r in rows if r.status not in (DONT_KNOW, *REVIEWED)]))
            for status, members in groups:
                if members:
                    self._add_group(status, members)
            if not rows:
                it = QTreeWidgetItem(self, [self.tr("Nothing to follow up: no \"don't know\" answer and "
                                                    "nothing left blank.")])
                it.setFlags(Qt.ItemFlag.NoItemFlags)
        finally:
            self._filling = False
        # the keyboard keeps its place while the scores refresh
        if not (current and self.select_key(current, expand=False)) and current_node:
            node = self._node(current_node)
            if node is not None:
                self.setCurrentItem(node)
        self.fit_height()

    def _node(self, node_id: str) -> QTreeWidgetItem | None:
        for group in filter(None, (self.topLevelItem(g) for g in range(self.topLevelItemCount()))):
            if group.data(0, NODE_ROLE) == node_id:
                return group
            for sec in filter(None, (group.child(i) for i in range(group.childCount()))):
                if sec.data(0, NODE_ROLE) == node_id:
                    return sec
        return None

    def _add_group(self, status: str, members: list[FollowUpItem]) -> None:
        n = len(members)
        if status == DISPUTED:
            title = (self.tr("Disputed in review: %n answer", "", n) if n == 1 else
                     self.tr("Disputed in review: %n answers", "", n))
        elif status == FOLLOW_UP:
            title = (self.tr("Needs follow-up (review): %n answer", "", n) if n == 1 else
                     self.tr("Needs follow-up (review): %n answers", "", n))
        elif status == DONT_KNOW:
            title = (self.tr("Don't know: %n answer to follow up", "", n) if n == 1 else
                     self.tr("Don't know: %n answers to follow up", "", n))
        else:
            title = (self.tr("Not answered yet: %n item", "", n) if n == 1 else
                     self.tr("Not answered yet: %n items", "", n))
        group = QTreeWidgetItem(self, [title])
        group.setData(0, NODE_ROLE, status)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        by_section: dict[str, list[FollowUpItem]] = {}
        for r in members:
            by_section.setdefault(r.section, []).append(r)
        small = n <= OPEN_ALL_UP_TO
        for sid, items in by_section.items():
            node_id = f"{status}/{sid}"
            sec = QTreeWidgetItem(group, [self.tr("%1 %2 (%3)").replace("%1", sid)
                                          .replace("%2", self.section_title(sid)).replace("%3", str(len(items)))])
            sec.setData(0, NODE_ROLE, node_id)
            for r in items:
                leaf = QTreeWidgetItem(sec, [r.label or r.key])
                leaf.setData(0, KEY_ROLE, r.key)
                leaf.setToolTip(0, f"{r.label}\n({r.key})" if status in REVIEWED else r.key)
            sec.setExpanded(self._opened.get(node_id, small))
        # the reviews and "don't know" open by default (sections folded when many); "not answered
        # yet" folded
        group.setExpanded(self._opened.get(status, status in (DONT_KNOW, *REVIEWED)))

    # --- keys ------------------------------------------------------------------------------------
    def _rows(self) -> list[tuple[QTreeWidgetItem, QTreeWidgetItem, QTreeWidgetItem]]:
        """(group, section, answer) of every answer row, in the order shown."""
        out: list[tuple[QTreeWidgetItem, QTreeWidgetItem, QTreeWidgetItem]] = []
        for group in filter(None, (self.topLevelItem(g) for g in range(self.topLevelItemCount()))):
            for sec in filter(None, (group.child(s) for s in range(group.childCount()))):
                out.extend((group, sec, leaf) for leaf in filter(None, (sec.child(i) for i in range(sec.childCount()))))
        return out

    def leaves(self) -> list[QTreeWidgetItem]:
        return [leaf for _g, _s, leaf in self._rows()]

    def keys(self, status: str | None = None) -> list[str]:
        """The answer keys in the order shown (of one group: ``"disputed"``, ``"follow_up"``,
        ``"dont_know"`` or ``"empty"``)."""
        return [leaf.data(0, KEY_ROLE) for group, _s, leaf in self._rows()
                if status is None or group.data(0, NODE_ROLE) == status]

    def current_key(self) -> str:
        it = self.currentItem()
        key = it.data(0, KEY_ROLE) if it is not None else None
        return str(key) if key else ""

    def select_key(self, key: str, expand: bool = True) -> bool:
        """Make an answer's row current (its group and section opened when ``expand``)."""
        for group, sec, leaf in self._rows():
            if leaf.data(0, KEY_ROLE) == key:
                if expand:
                    sec.setExpanded(True)
                    group.setExpanded(True)
                elif not (sec.isExpanded() and group.isExpanded()):
                    return False
                self.setCurrentItem(leaf)
                return True
        return False

    # --- behaviour -------------------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.navigate.emit(str(key))
        elif item.childCount():
            item.setExpanded(not item.isExpanded())

    def _toggled(self, item: QTreeWidgetItem, opened: bool) -> None:
        if not self._filling:
            node = item.data(0, NODE_ROLE)
            if node:
                self._opened[str(node)] = opened
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the rows shown: the dashboard is one scrolling page, no box inside it."""
        height = 0
        it = self.topLevelItem(0) if self.topLevelItemCount() else None
        while it is not None:
            height += max(self.visualItemRect(it).height(), self.fontMetrics().height() + 4)
            it = self.itemBelow(it)
        self.setFixedHeight(max(60, height + 2 * self.frameWidth() + 6))
