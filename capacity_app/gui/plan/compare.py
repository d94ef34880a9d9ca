"""Round over round: what changed between two rounds of one country — the improvements and the
regressions only (sections, policy questions, matrix cells), both rounds named, both scored now
under the current rules (the version is said). Enter or a double click on a line goes to it."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...domain.celltext import neutral_direction
from ...domain.questionnaire import tr as qtr
from ...services.assessments import ServiceError
from ...services.rounds import RoundsCompared, compare_with, plan_rounds
from ..widgets.lines import tree_lines
from ..service_text import service_text

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def _num(v) -> str:
    return "–" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))


class CompareDialog(QDialog):
    """Two rounds of one country compared (the earlier round first)."""

    navigate = Signal(str)  # an item id or "pq:X" to go to

    def __init__(self, store, questionnaire, assessment_id: int, other_id: int | None = None, lang: str = "en",
                 parent=None):
        super().__init__(parent)
        self.q = questionnaire
        self.store = store
        self.lang = lang
        self.setObjectName("compareDialog")
        box = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        self.rules = QLabel(self)
        self.rules.setObjectName("help")
        self.rules.setWordWrap(True)
        self.overall = QLabel(self)
        self.overall.setWordWrap(True)
        box.addWidget(self.heading)
        box.addWidget(self.rules)
        box.addWidget(self.overall)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Changes between the two rounds"))
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        box.addWidget(self.tree, 1)
        self.empty = QLabel(self.tr("No change between the two rounds."), self)
        self.empty.setObjectName("hint")
        self.empty.setVisible(False)
        box.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.result_: RoundsCompared | None = None
        try:
            self.result_ = compare_with(store, questionnaire, assessment_id, other_id, lang)
        except ServiceError as exc:
            self.setWindowTitle(self.tr("Compare rounds"))
            self.heading.setText(self.tr("The rounds cannot be compared."))
            self.rules.setText(service_text(str(exc)))
            self.tree.setVisible(False)
        else:
            self._fill(self.result_)
        self.resize(900, 560)
        self.tree.setFocus()

    def _fill(self, rc: RoundsCompared) -> None:
        e, la = rc.earlier, rc.later
        self.setWindowTitle(self.tr("Compare rounds %1 and %2").replace("%1", str(e.round)).replace("%2", str(la.round)))
        self.heading.setText(self.tr("Round %1 (reference date %2) → round %3 (reference date %4)")
                             .replace("%1", str(e.round)).replace("%2", e.effective_reference_date)
                             .replace("%3", str(la.round)).replace("%4", la.effective_reference_date))
        self.rules.setText(self.tr("Both rounds are scored now under the current scoring rules (version %s), "
                                   "so the changes come from the answers only.") % rc.comparison.rules_version)
        o = rc.comparison.overall
        self.overall.setText(self.tr("Overall score: %1 → %2 (%3)").replace("%1", _num(o.get("before")))
                             .replace("%2", _num(o.get("after"))).replace("%3", str(o.get("trend_label", ""))))
        self.tree.setHeaderLabels([self.tr("What changed"), self.tr("Round %s") % e.round,
                                   self.tr("Round %s") % la.round])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(1, 150)
        self.tree.setColumnWidth(2, 150)
        after = rc.comparison.after
        groups = {"improved": QTreeWidgetItem([self.tr("Improvements")]),
                  "regressed": QTreeWidgetItem([self.tr("Regressions")])}
        for sid, x in rc.changed_sections().items():
            sec = after.sections.get(sid) if after else None
            label = f"{sid} {sec.label}" if sec is not None and sec.label else sid
            self._line(groups, x, self.tr("Section %s") % label, _num(x["before"]), _num(x["after"]),
                       self._section_target(sid))
        for code, p in rc.changed_policy_questions().items():
            pq = after.policy_questions.get(code) if after else None
            label = f"{code}. {pq.label}" if pq is not None else code
            a, g = p["availability"], p["gap"]
            self._line(groups, p, self.tr("Policy question %s") % label,
                       self.tr("availability %1, gap %2").replace("%1", _num(a["before"])).replace("%2", _num(g["before"])),
                       self.tr("availability %1, gap %2").replace("%1", _num(a["after"])).replace("%2", _num(g["after"])),
                       f"pq:{code}")
        for key, x in rc.changed_cells().items():
            pq_code, _, src = key.partition(".")
            source = next((qtr(s.label, self.lang) for s in self.q.sources if s.code == src), src)
            self._line(groups, x, self.tr("Matrix %1 × %2").replace("%1", pq_code).replace("%2", source),
                       self.tr("level %s") % _num(x["before"]), self.tr("level %s") % _num(x["after"]), f"pq:{pq_code}")
        self._plan_lines(groups, rc)
        shown = False
        for g in groups.values():
            if g.childCount():
                g.setText(0, f"{g.text(0)} ({g.childCount()})")
                f = g.font(0)
                f.setBold(True)
                g.setFont(0, f)
                g.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(g)
                g.setExpanded(True)
                g.setFirstColumnSpanned(True)
                shown = True
        self.tree.setVisible(shown)
        self.empty.setVisible(not shown)
        if shown:
            first = self.tree.topLevelItem(0)
            child = first.child(0) if first is not None and first.childCount() else None
            if child is not None:
                self.tree.setCurrentItem(child)

    def _line(self, groups, entry, what: str, before: str, after: str, target: str) -> None:
        g = groups.get(entry.get("trend"))
        if g is None:
            return
        it = QTreeWidgetItem(g, [what, before, after])
        it.setData(0, TARGET_ROLE, target)
        it.setToolTip(0, what)

    def _plan_lines(self, groups: dict, rc: RoundsCompared) -> None:
        """The earlier plan between the rounds, read once as ``actions achieved`` and ``actions
        compare`` read it (services.rounds.plan_rounds): done, dropped and late actions from its
        progress reports, and the money spent to date against the cost of the lines it is on."""
        from .dialogs import sums

        try:
            pr = plan_rounds(self.store, rc.later.id, rc.earlier.id)
        except ServiceError:
            return
        c = pr.comparison
        lines = ([(self.tr("Done since round %s: %s"), a, self.tr("Done")) for a in c.done_since]
                 + [(self.tr("Dropped since round %s: %s"), a, self.tr("Dropped")) for a in c.dropped_since]
                 + [(self.tr("Late (end passed) since round %s: %s"), a, a.end or "") for a in c.late])
        if not lines and not pr.spent:
            return
        g = groups.setdefault("plan", QTreeWidgetItem([self.tr("Action plan")]))
        for text, a, after in lines:
            it = QTreeWidgetItem(g, [text.replace("%s", str(rc.earlier.round), 1).replace("%s", neutral_direction(a.title), 1),
                                     "", after])  # an override in a title shown as a mark, not obeyed
            it.setToolTip(0, it.text(0))
        if pr.spent:
            QTreeWidgetItem(g, [self.tr("Cost executed against cost planned, on the lines with spending entered"),
                                sums(pr.planned, self.lang), sums(pr.spent, self.lang)])

    def _section_target(self, sid: str) -> str:
        sec = self.q.section(sid)
        return sec.items[0].id if sec is not None and sec.items else ""

    def _activated(self, item: QTreeWidgetItem, _col: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            self.navigate.emit(str(target))
            self.accept()

    def lines(self) -> list[list[str]]:
        """Every line as shown (headings as one-column lines), for tests and screen readers."""
        return tree_lines(self.tree, 3)
