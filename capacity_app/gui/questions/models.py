"""Qt item models of the open assessment: thin adapters over domain objects (the questionnaire,
the policy question × source matrix). They hold references, never a second copy of the data.
The assessment list's model lives in ``home`` (it loads at start-up, these when an assessment opens)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.labels import BANDS, band_for
from ...domain.rounding import round_half_up
from ..numbers import percent_text
from ..team.review import review_info, review_label, review_mark

if TYPE_CHECKING:
    from ...domain.questionnaire import Questionnaire
    from ...domain.scoring import CellScore

LEVEL_COLOURS = {0: "#f5b7b1", 1: "#fad7a0", 2: "#aed6f1", 3: "#a9dfbf"}


# --- the navigator: sections, items, policy questions --------------------------------------

PQ_GROUP = 10_000  # internal id of the "policy questions" node's children


class NavigatorModel(QAbstractItemModel):
    """Sections (with their items) and the policy questions A–O, over the questionnaire.

    Internal ids: top-level rows carry 0; an item row carries its section's row + 1; a policy
    question row carries PQ_GROUP. Column 1 holds the completion fraction (a bar is painted)."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.q: Questionnaire = session.q
        # the items a section row shows (notes are not listed); the questionnaire never changes
        self._section_items = [tuple(it for it in sec.items if it.type != "note") for sec in self.q.sections]
        self._cache: dict[tuple[int, int, int], dict] = {}
        self._assessed_pqs: set[str] | None = None  # policy questions with an answered matrix cell

    def _assessed(self) -> set[str]:
        """Policy questions with at least one answered cell in their matrix row (the others are
        "not assessed": no green "ok" for a question nobody has looked at)."""
        if self._assessed_pqs is None:
            m = self.q.matrix_item()
            prefix = (m.id + ".") if m is not None else "\0"
            self._assessed_pqs = {k.split(".", 2)[1] for k, a in self.session.sheet.answers.items()
                                  if k.startswith(prefix) and a.is_answered and k.count(".") >= 2}
        return self._assessed_pqs

    # structure
    def _top_count(self) -> int:
        return len(self.q.sections) + (1 if self.q.policy_questions else 0)

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            if parent.row() < len(self.q.sections):
                return self.createIndex(row, column, parent.row() + 1)
            return self.createIndex(row, column, PQ_GROUP)
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        if index.internalId() == PQ_GROUP:
            return self.createIndex(len(self.q.sections), 0, 0)
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return self._top_count()
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        if parent.row() < len(self.q.sections):
            return len(self._section_items[parent.row()])
        return len(self.q.policy_questions)

    def columnCount(self, parent=QModelIndex()):
        return 2

    # what a row stands for: ("section", Section) | ("item", Item) | ("pqs", None) | ("pq", PolicyQuestion)
    def node(self, index):
        if not index.isValid():
            return None, None
        if index.internalId() == 0:
            if index.row() < len(self.q.sections):
                return "section", self.q.sections[index.row()]
            return "pqs", None
        if index.internalId() == PQ_GROUP:
            return "pq", self.q.policy_questions[index.row()]
        return "item", self._section_items[index.internalId() - 1][index.row()]

    def index_of_item(self, item_id: str) -> QModelIndex:
        item = self.q.item(item_id)
        if item is None:
            return QModelIndex()
        for s_row, s in enumerate(self.q.sections):
            if s.id == item.section_id:
                items = [it for it in s.items if it.type != "note"]
                for r, it in enumerate(items):
                    if it.id == item_id:
                        return self.index(r, 0, self.index(s_row, 0))
        return QModelIndex()

    def index_of_section(self, section_id: str) -> QModelIndex:
        for s_row, s in enumerate(self.q.sections):
            if s.id == section_id:
                return self.index(s_row, 0)
        return QModelIndex()

    def index_of_pq(self, code: str) -> QModelIndex:
        for r, p in enumerate(self.q.policy_questions):
            if p.code == code:
                return self.index(r, 0, self.index(len(self.q.sections), 0))
        return QModelIndex()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Questionnaire"), self.tr("Done"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = (index.internalId(), index.row(), index.column())
        roles = self._cache.get(key)
        if roles is None:
            roles = self._cache[key] = {}
        if role not in roles:
            roles[role] = self._data(index, role)
        return roles[role]

    def _data(self, index, role):
        kind, obj = self.node(index)
        if kind is None:
            return None
        s = self.session
        col = index.column()
        if kind == "section":
            done, total = s.completion().get(obj.id, (0, 0))
            if col == 0 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{obj.id}  {s.text(obj.label)}"
            if col == 1 and role == Qt.ItemDataRole.UserRole:
                return None if total == 0 else done / total
            if col == 1 and role == Qt.ItemDataRole.DisplayRole:  # the section's share answered
                return "" if total == 0 else percent_text(round_half_up(100 * done / total, 0), 0)
            if col == 1 and role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
                return "" if total == 0 else self.tr("%1 of %2 answered").replace("%1", str(done)).replace(
                    "%2", str(total))
            if col == 0 and role == Qt.ItemDataRole.ToolTipRole:
                sec = s.scores.sections.get(obj.id) if s.scores is not None else None
                score = sec.shown if sec is not None else None
                txt = self.tr("%1 of %2 answered").replace("%1", str(done)).replace("%2", str(total))
                if score is not None:
                    txt += "\n" + self.tr("Score: %1").replace("%1", f"{score:.1f}")
                return f"{obj.id} {s.text(obj.label)}\n{txt}"  # the whole name, however narrow the navigator
            if col == 0 and role == Qt.ItemDataRole.FontRole:
                return _bold()
            if col == 0 and role == Qt.ItemDataRole.DecorationRole:
                return _marker(self._section_gap(obj.id))
        elif kind == "item":
            if col == 0 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return s.text(obj.label)
            if col == 0 and role == Qt.ItemDataRole.ToolTipRole:
                return f"{obj.id}\n{s.text(obj.label)}"
            if col == 0 and role == Qt.ItemDataRole.ForegroundRole and not s.item_state(obj.id)[2]:
                return QBrush(QColor("#9ca3af"))
            if col == 1 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._item_state(obj)
        elif kind == "pqs":
            if col == 0 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Policy questions A–O")
            if col == 0 and role == Qt.ItemDataRole.FontRole:
                return _bold()
        elif kind == "pq":
            info = s.scores.policy_questions.get(obj.code) if s.scores is not None else None
            assessed = info is not None and info.gap is not None and obj.code in self._assessed()
            if col == 0 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{obj.code}. {s.text(obj.label)}"
            if col == 0 and role == Qt.ItemDataRole.ToolTipRole:
                if info is None or not assessed:
                    return "\n".join([s.text(obj.label), self.tr("Not assessed yet: no cell of its row in the matrix is answered.")])
                return "\n".join([s.text(obj.label),
                                  self.tr("Need %1, availability %2, gap %3").replace("%1", str(info.need))
                                  .replace("%2", str(info.availability)).replace("%3", str(info.gap))]
                                 + info.reasons[:3])
            if col == 0 and role == Qt.ItemDataRole.DecorationRole:
                return _marker("none" if not assessed else "gap" if (info.gap or 0) > 0 else "ok")
            if col == 1 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if not assessed:
                    return "–" if role == Qt.ItemDataRole.DisplayRole else self.tr("not assessed")
                gap = info.gap
                return self.tr("gap %1").replace("%1", str(gap)) if gap else self.tr("ok")
        return None

    def _item_state(self, item) -> str:
        done, total, relevant = self.session.item_state(item.id)
        if not relevant:
            return self.tr("skip")
        if not total:
            return ""
        if total == 1:
            return "✓" if done else ""
        return f"{done}/{total}"

    def _section_gap(self, section_id: str) -> str | None:
        scores = self.session.scores
        sec = scores.sections.get(section_id) if scores is not None else None
        band = band_for(sec.score) if sec is not None else None
        if band is None:
            return None
        return "gap" if band == BANDS[0] else "warn" if band == BANDS[1] else "ok"

    def refresh(self) -> None:
        """Everything derived again; the view told of the rows whose data it was shown changed (a
        completion, a marker, an item now skipped), not of every row: each row it is told of it
        measures again (a section's name wrapped at the navigator's width)."""
        shown = self._cache
        self._cache = {}
        self._assessed_pqs = None
        changed: set[tuple[int, int]] = set()
        for (parent_id, row, column), roles in shown.items():
            if (parent_id, row) in changed:
                continue
            index = self.createIndex(row, column, parent_id)
            if any(self.data(index, role) != value for role, value in roles.items()):
                changed.add((parent_id, row))
        for parent_id, row in sorted(changed):
            self.dataChanged.emit(self.createIndex(row, 0, parent_id), self.createIndex(row, 1, parent_id))


MARKER_COLOURS = {"gap": "#c0392b", "warn": "#d68910", "ok": "#1e8449", "none": "#9ca3af"}
_MARKERS: dict = {}
_BRUSHES: dict = {}
_FONTS: dict = {}


def _brush(colour: str) -> QBrush:
    b = _BRUSHES.get(colour)
    if b is None:
        b = _BRUSHES[colour] = QBrush(QColor(colour))
    return b


def _bold():
    f = _FONTS.get("bold")
    if f is None:
        from PySide6.QtGui import QFont

        f = _FONTS["bold"] = QFont()
        f.setBold(True)
    return f


def _marker(kind: str | None):
    """A small coloured dot (gap red, warning amber, fine green; a grey ring: not assessed);
    None draws nothing. ``MARKER_COLOURS`` is the legend under the navigator."""
    if kind is None:
        return None
    if kind not in _MARKERS:
        from PySide6.QtGui import QIcon, QPainter, QPixmap

        pm = QPixmap(24, 24)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind == "none":
            from PySide6.QtGui import QPen

            p.setPen(QPen(QColor(MARKER_COLOURS[kind]), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(7, 7, 10, 10)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(MARKER_COLOURS[kind]))
            p.drawEllipse(6, 6, 12, 12)
        p.end()
        _MARKERS[kind] = QIcon(pm)
    return _MARKERS[kind]


# --- the matrix ------------------------------------------------------------------------------

class MatrixModel(QAbstractTableModel):
    """Policy questions (rows) × sources (columns). Each cell shows its expected relevance
    (● main, ○ supporting) and the derived level 0–3 from the scoring result."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.q = session.q
        self._started: set[str] | None = None  # cell prefixes with an answer (cached per change)
        self._cache: dict[tuple[int, int], dict] = {}
        self._cells: dict = {}  # the scoring cells last shown

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.q.policy_questions)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.q.sources)

    def coords(self, index) -> tuple[str, str]:
        return self.q.policy_questions[index.row()].code, self.q.sources[index.column()].code

    def prefix(self, index) -> str:
        pq, src = self.coords(index)
        return f"{self.q.matrix_item().id}.{pq}.{src}"

    def relevance(self, index) -> str | None:
        return self.q.matrix.relevance.get(self.coords(index)) if self.q.matrix else None

    def cell(self, index) -> CellScore | None:
        pq, src = self.coords(index)
        scores = self.session.scores
        return scores.cells.get(f"{pq}.{src}") if scores is not None else None

    def started(self, index) -> bool:
        if self._started is None:
            item_id = self.q.matrix_item().id + "."
            self._started = {k.rsplit(".", 1)[0] for k, a in self.session.sheet.answers.items()
                             if k.startswith(item_id) and a.is_answered}
        return self.prefix(index) in self._started

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            src = self.q.sources[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return src.code
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.session.text(src.label)
        else:
            pq = self.q.policy_questions[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return pq.code
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{pq.code}. {self.session.text(pq.label)}"
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = (index.row(), index.column())
        roles = self._cache.get(key)
        if roles is None:
            roles = self._cache[key] = self._roles(index)
        return roles.get(role)

    def _roles(self, index) -> dict:
        """Everything a cell shows, computed once per change (painting asks many times)."""
        rel = self.relevance(index)
        cell = self.cell(index)
        level = cell.level if cell is not None else None
        mark = {"main": "●", "supporting": "○"}.get(rel or "", "")
        if level is None:
            display = mark if not self.started(index) else f"{mark} ·".strip()
        else:
            display = f"{mark} {level}".strip()
        pq, src = self.coords(index)
        review = self.session.review(self.prefix(index))  # its review, marked after the level
        if review_mark(review.status):
            display = f"{display} {review_mark(review.status)}".strip()
        parts = [f"{pq} × {src}",
                 {"main": self.tr("main source"), "supporting": self.tr("supporting source")}.get(
                     rel or "", self.tr("not an expected source")),
                 self.tr("level %1").replace("%1", str(level)) if level is not None else self.tr("no level yet")]
        if review.review is not None:
            parts.append(f"{review_label(review.status)} ({review_info(review)})"
                         + (f": {review.review.note}" if review.review.note and not review.changed_since else ""))
        parts.extend(cell.reasons if cell is not None else [])
        roles = {
            Qt.ItemDataRole.DisplayRole: display,
            Qt.ItemDataRole.UserRole: level,
            Qt.ItemDataRole.UserRole + 1: rel,
            Qt.ItemDataRole.BackgroundRole: _brush(LEVEL_COLOURS.get(int(level), "#ffffff") if level is not None
                                      else ("#ffffff" if rel else "#f7f7f8")),
            Qt.ItemDataRole.TextAlignmentRole: int(Qt.AlignmentFlag.AlignCenter),
            Qt.ItemDataRole.ToolTipRole: "\n".join(parts),
            Qt.ItemDataRole.AccessibleTextRole: ", ".join(
                parts[:3] + ([review_label(review.status)] if review_mark(review.status) else [])),
        }
        if rel == "main":
            roles[Qt.ItemDataRole.FontRole] = _bold()
        return roles

    def flags(self, index):
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def refresh(self) -> None:
        self._started = None
        self._cache = {}
        self._cells = _cells(self.session.scores)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def refresh_cell(self, pq: str, src: str) -> None:
        """One cell changed (an answer in it): repaint only that cell."""
        self._started = None
        rows = [p.code for p in self.q.policy_questions]
        cols = [s.code for s in self.q.sources]
        if pq in rows and src in cols:
            r, c = rows.index(pq), cols.index(src)
            self._cache.pop((r, c), None)
            idx = self.index(r, c)
            self.dataChanged.emit(idx, idx)

    def refresh_scores(self) -> None:
        """New scores: repaint the cells whose level or reasons changed."""
        cells = _cells(self.session.scores)
        if not self._cells and not cells:
            return
        for key in set(cells) | set(self._cells):
            if cells.get(key) != self._cells.get(key):
                pq, _, src = key.partition(".")
                self.refresh_cell(pq, src)
        self._cells = cells


def _cells(scores) -> dict[str, CellScore]:
    """The matrix cells of a ScoreResult ("A.CEN" -> CellScore), empty without scores."""
    return dict(scores.cells) if scores is not None else {}
