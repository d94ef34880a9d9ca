"""The import preview: what a workbook would change, before anything is written, as a person
reads it — grouped by section under headings, each line the question's wording, the workbook
cell that changed, and the value labels in the interface language.

An answer the database changed after the workbook was exported is marked "changed here since
this workbook was exported" and kept unless its box is ticked (one by one — Space on the line —
or all at once); :meth:`ImportPreviewDialog.overwrite` gives the keys whose workbook value the
officer chose. A colleague's workbook (the team merge) names who made each incoming
change and when; an answer both changed since their common version is a conflict, its two values
side by side each with who made it and when, kept unless chosen ("Take theirs for all
conflicts").
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..domain.answers import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE, Answer
from ..domain.assessment import FINAL
from ..domain.celltext import shown_invisible
from ..domain.questionnaire import Questionnaire, tr as qtr
from ..domain.values import archived_rows, display_text
from ..services.imports import BROKEN, CHECKED, UNCHECKED, Difference, question_wording, section_of
from .status import status_label
from .numbers import when_text
from .writing import isolated
from .widgets.lines import WrappedLines, tree_lines

KEY_ROLE = Qt.ItemDataRole.UserRole + 1

COL_QUESTION, COL_CELL, COL_HERE, COL_WORKBOOK, COL_NOTE = range(5)


class ImportPreviewDialog(QDialog):
    """Shows what an import would change; the officer chooses which newer answers to replace."""

    def __init__(self, path: str, plan, differences: list[Difference], q: Questionnaire, lang: str = "en",
                 existing=None, parent=None, archived: list | None = None):
        super().__init__(parent)
        self.q = q
        self.lang = lang
        # the archived answers the import adds (services.imports.archive_added), as a person reads them
        self.archived = archived_rows(archived or [], q, lang)
        # an action's title by its id, as the workbook has it (lines name the action, not its id)
        read = getattr(plan, "action_plan", None)
        self._action_titles = {a.id: a.title for a in (read.actions if read is not None else ())}
        self.setWindowTitle(self.tr("Import %s") % shown_invisible(Path(path).name))
        box = QVBoxLayout(self)
        lines = [d for d in differences if d.kind != "edited_outside" or not existing]
        outside = [d for d in differences if d.kind == "edited_outside" or d.edited_outside]
        self._add_heading(box, plan, existing, outside)
        self.newer = [d for d in lines if d.newer_here]
        self._add_newer(box, lines)
        self._add_tree()
        # a new assessment: only the cells edited outside and the signatures it would record are lines
        self._fill(lines if existing is not None else [d for d in differences
                                                       if d.kind in ("edited_outside", "signature")])
        self._fill_archived()
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.installEventFilter(self)  # Space ticks or clears the current line's box
        self.empty = QLabel(self.tr("No change: the workbook matches this database."), self)
        self.empty.setObjectName("hint")
        shown_lines = self.tree.topLevelItemCount() > 0
        self.empty.setVisible(existing is not None and not shown_lines)
        self.tree.setVisible(shown_lines)
        box.addWidget(self.empty)
        box.addWidget(self.tree, 1)
        self._add_consent(box, differences)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reopen and import") if self.reopens else self.tr("Import"))
        if existing is not None and not shown_lines:
            ok.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        if shown_lines:
            self.resize(1100, 560)
        else:  # a new assessment, or no change: as small as what it says (seen under Xvfb: a
            # 1100x560 dialog, empty but for one line)
            self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())
        for c, width in ((COL_CELL, 72), (COL_HERE, 170), (COL_WORKBOOK, 190), (COL_NOTE, 340)):
            self.tree.setColumnWidth(c, width)

    def _add_heading(self, box: QVBoxLayout, plan, existing, outside: list[Difference]) -> None:
        """What the import does (a new assessment, or which one it updates), that it reopens a
        final one, how many cells were edited outside the application, the reader's warnings."""
        if existing is None:
            head = self.tr("A new assessment: %1 %2, %3 answers.").replace("%1", str(plan.country)) \
                .replace("%2", str(plan.round)).replace("%3", str(len(plan.answers)))
        else:
            head = self.tr("Updates the existing assessment %1 %2 (id %3).").replace("%1", str(existing.country)) \
                .replace("%2", str(existing.round)).replace("%3", str(existing.id))
        self.heading = QLabel(head, self)
        self.heading.setWordWrap(True)
        box.addWidget(self.heading)
        # a final assessment is read-only: importing into it is the person's explicit choice to
        # reopen it (services.imports.apply_import(reopen=True)), said here and on the button
        self.reopens = existing is not None and existing.status == FINAL
        if self.reopens:
            final = QLabel(self.tr("This assessment is final (read-only). Importing reopens it: its status "
                                   "is set back to “In progress”."), self)
            final.setObjectName("fieldError")
            final.setWordWrap(True)
            box.addWidget(final)
        if outside:
            note = QLabel(self.tr("Cells of the workbook edited outside the application: %1 (marked "
                                  "below).").replace("%1", str(len(outside))), self)
            note.setWordWrap(True)
            box.addWidget(note)
        self.archived_note = None
        if self.archived:
            self.archived_note = QLabel(self.tr("Archived answers the import adds (questions this questionnaire "
                                                "version no longer asks): %1 (listed below).").replace(
                "%1", str(len(self.archived))), self)
            self.archived_note.setWordWrap(True)
            box.addWidget(self.archived_note)
        for w in getattr(plan, "warnings", None) or []:
            extra = QLabel(self.tr("Warning: %s") % w, self)
            extra.setWordWrap(True)
            extra.setTextFormat(Qt.TextFormat.PlainText)
            box.addWidget(extra)

    def _add_newer(self, box: QVBoxLayout, lines: list[Difference]) -> None:
        """The answers changed here since the export, and the conflicts of a team merge: what
        happens to them, and the buttons that decide for all of them at once."""
        # the team merge (a workbook with a Changes sheet): answers changed both here and in the
        # workbook since their common version, side by side with who and when; "all" acts on them
        self.conflict_keys = {d.key for d in lines if d.conflict}
        newer_keys = {d.key for d in self.newer} - self.conflict_keys
        self.newer_note = None
        self.conflict_note = None
        if self.conflict_keys:
            self.conflict_note = QLabel(self.tr(
                "Answers changed both here and in the workbook since the common version (conflicts): %1. Under "
                "each value, who changed it and when. Each is kept as it is here unless you tick its box in the "
                "column “In the workbook”.").replace("%1", str(len(self.conflict_keys))), self)
            self.conflict_note.setObjectName("fieldError")
            self.conflict_note.setWordWrap(True)
            box.addWidget(self.conflict_note)
        if newer_keys:
            self.newer_note = QLabel(self.tr(
                "Answers changed here since this workbook was exported: %1. They are kept as they are "
                "here unless you tick their box in the column “In the workbook”.").replace(
                "%1", str(len(newer_keys))), self)
            self.newer_note.setObjectName("fieldError")
            self.newer_note.setWordWrap(True)
            box.addWidget(self.newer_note)
        if self.newer:
            row = QHBoxLayout()
            if self.conflict_keys:
                self.keep_all = QPushButton(self.tr("&Keep ours for all conflicts"), self)
                self.take_all = QPushButton(self.tr("Take &theirs for all conflicts"), self)
            else:
                self.keep_all = QPushButton(self.tr("&Keep all newer answers"), self)
                self.take_all = QPushButton(self.tr("Use the &workbook's values for all"), self)
            self.keep_all.clicked.connect(lambda: self._set_all(False))
            self.take_all.clicked.connect(lambda: self._set_all(True))
            row.addWidget(self.keep_all)
            row.addWidget(self.take_all)
            self.both_all = None
            if any(d.conflict and d.what in ("comment", "evidence") for d in lines):
                self.both_all = QPushButton(self.tr("Keep &both for all comment and evidence conflicts"), self)
                self.both_all.clicked.connect(lambda: self.keep_both(True))
                row.addWidget(self.both_all)
            row.addStretch(1)
            box.addLayout(row)

    def _add_consent(self, box: QVBoxLayout, differences: list[Difference]) -> None:
        """A signature the workbook carries without a check (an older workbook) is taken
        only when the officer ticks this box (off by default); one whose check fails is refused
        whatever is ticked (``services.imports.signature_refusal``)."""
        self.signatures_box: QCheckBox | None = None
        if any(d.kind == "signature" and d.check == UNCHECKED for d in differences):
            self.signatures_box = QCheckBox(self.tr("Accept the signatures this workbook carries without a check"),
                                            self)
            self.signatures_box.setObjectName("acceptSignatures")
            self.signatures_box.setChecked(False)
            box.addWidget(self.signatures_box)

    def accept_signatures(self) -> bool:
        """Whether the officer accepted the signatures the workbook carries without a check."""
        return self.signatures_box is not None and self.signatures_box.isChecked()

    def _add_tree(self) -> None:
        """The table of the lines, one group per section, its text wrapped to the columns' widths."""
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Changes the import would make"))
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Cell"), self.tr("In this database"),
                                   self.tr("In the workbook"), self.tr("Note")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(COL_QUESTION, QHeaderView.ResizeMode.Stretch)
        for c in (COL_CELL, COL_HERE, COL_WORKBOOK, COL_NOTE):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tree.setItemDelegate(WrappedLines(self.tree))
        header.sectionResized.connect(lambda *_a: self.tree.doItemsLayout())  # heights follow widths
        self._checks: dict[str, list[QTreeWidgetItem]] = {}
        self._both: dict[str, list[QTreeWidgetItem]] = {}  # conflicts whose both sides can be kept (Note column)
        self._absent: set[str] = set()  # answers the workbook does not have: never taken "for all"
        self._syncing = False

    # --- lines ----------------------------------------------------------------------------------
    def _fill(self, lines: list[Difference]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        order = {s.id: i for i, s in enumerate(self.q.sections)}

        def heading(sid: str) -> QTreeWidgetItem:
            if sid not in groups:
                if sid == "":
                    title = self.tr("Assessment details")
                elif sid == ACTIONS:
                    title = self.tr("Action plan")
                else:
                    sec = self.q.section(sid)
                    title = f"{sid} — {qtr(sec.label, self.lang)}" if sec else sid
                item = QTreeWidgetItem([title])
                f = item.font(0)
                f.setBold(True)
                item.setFont(0, f)
                item.setFirstColumnSpanned(True)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[sid] = item
            return groups[sid]

        for d in lines:
            if _is_action(d.key):
                sid = ACTIONS
            else:
                sid = section_of(self.q, d.key) if d.key and d.kind not in ("metadata", "restore") else ""
            parent = heading(sid)
            child = QTreeWidgetItem(parent, self._columns(d))
            child.setData(COL_QUESTION, KEY_ROLE, d.key)
            child.setToolTip(COL_QUESTION, f"{child.text(COL_QUESTION)}\n({d.key})" if d.key else child.text(0))
            for c in (COL_HERE, COL_WORKBOOK, COL_NOTE):
                child.setToolTip(c, child.text(c))
            if d.newer_here:
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(COL_WORKBOOK, Qt.CheckState.Unchecked)
                self._checks.setdefault(d.key, []).append(child)
                if d.conflict and d.what in ("comment", "evidence"):
                    # a comment or evidence both sides wrote: both can be kept
                    child.setCheckState(COL_NOTE, Qt.CheckState.Unchecked)
                    child.setText(COL_NOTE, self.tr("Keep both (merged, each with its author and time)") + "\n"
                                  + child.text(COL_NOTE))
                    child.setToolTip(COL_NOTE, child.text(COL_NOTE))
                    self._both.setdefault(d.key, []).append(child)
                if d.kind == "removed" and d.what == "value" and not d.conflict:
                    self._absent.add(d.key)  # not in the workbook: "for all" leaves it as it is here
        for sid in sorted(groups, key=lambda s: (s != "", order.get(s, len(order) + (s == ACTIONS)), s)):
            self.tree.addTopLevelItem(groups[sid])
            groups[sid].setExpanded(True)
            groups[sid].setFirstColumnSpanned(True)

    def _fill_archived(self) -> None:
        """The archived answers the import adds, under a heading of their own after the changes: a
        line each with its question id (and its text where known), the value as shown and the
        questionnaire version that asked it. Added to those archived here; none is replaced."""
        if not self.archived:
            return
        group = QTreeWidgetItem([self.tr("Archived answers")])
        f = group.font(0)
        f.setBold(True)
        group.setFont(0, f)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for row in self.archived:
            question = f"{row.key} — {_plain(row.question, '')}" if row.question else row.key
            note = (self.tr("archived answer, asked by questionnaire version %1").replace("%1", _plain(row.version, ""))
                    if row.version else self.tr("archived answer (the version that asked it is not recorded)"))
            child = QTreeWidgetItem(group, [question, "", "",
                                            _plain(row.value, self.tr("(empty)")), note])
            child.setData(COL_QUESTION, KEY_ROLE, row.key)
            for c in (COL_QUESTION, COL_HERE, COL_WORKBOOK, COL_NOTE):
                child.setToolTip(c, child.text(c))
        self.tree.addTopLevelItem(group)
        group.setExpanded(True)
        group.setFirstColumnSpanned(True)

    def _who(self, by: str, at: str) -> str:
        """Who made a version and when, as a line reads it."""
        return self.tr("%1, %2").replace("%1", isolated(_plain(by, self.tr("unknown person")))).replace(
            "%2", isolated(when_text(at)) or self.tr("time unknown"))

    def _by(self, by: str, at: str) -> str:
        """Who made a version, then when, on two lines (under its value)."""
        return f"{_plain(by, self.tr('unknown person'))}\n{when_text(at) or self.tr('time unknown')}"

    def _columns(self, d: Difference) -> list[str]:
        note = []
        if d.conflict:
            note.append(self.tr("conflict: changed here and in the workbook since the common version"))
        elif d.newer_here:
            note.append(self.tr("changed here since this workbook was exported (%s)") % isolated(when_text(d.changed_at)))
        elif d.by or d.at:  # a colleague's change: who made it, when
            note.append(self.tr("changed by %1").replace("%1", self._who(d.by, d.at)))
        if d.edited_outside or d.kind == "edited_outside":
            note.append(self.tr("edited outside the application"))
        cell = d.cell.partition("!")[2] if d.cell.startswith("Answers!") else d.cell
        if d.kind == "restore":
            return [self.tr("The assessment is in the trash: importing restores it."), "", "", "", ""]
        if d.kind == "signature":
            return self._signature_columns(d)
        if d.kind == "metadata":
            if d.what == "status":  # by its label, as the status control shows it ("final" was shown)
                return [self._metadata_name(d.what), "", status_label(str(d.old)), status_label(str(d.new)),
                        "; ".join(note)]
            return [self._metadata_name(d.what), "", _plain(d.old, self.tr("(empty)")),
                    _plain(d.new, self.tr("(empty)")), "; ".join(note)]
        if _is_action(d.key):
            return [*self._action_columns(d, cell), "; ".join(note)]
        what = {"comment": self.tr("comment"), "evidence": self.tr("evidence")}.get(d.what, "")
        question = question_wording(self.q, d.key, self.lang)
        if what:  # first, so that a long question cut at the column's end still says it
            question = f"{what[:1].upper()}{what[1:]} — {question}"
        if d.kind == "edited_outside":
            return [question, cell, "", "", "; ".join(note)]
        if d.what == "comment":
            old = _plain(d.old_answer.comment if d.old_answer else "", self.tr("(empty)"))
            new = _plain(d.new_answer.comment if d.new_answer else "", self.tr("(empty)"))
        elif d.what == "evidence":
            old, new = _plain(d.old, self.tr("(empty)")), _plain(d.new, self.tr("(empty)"))
        else:
            old, new = self.value_text(d.key, d.old_answer), self.value_text(d.key, d.new_answer)
        if d.conflict:  # side by side: each value, who made it, when
            old, new = f"{old}\n{self._by(d.here_by, d.here_at)}", f"{new}\n{self._by(d.by, d.at)}"
        elif d.stale and d.here_by:  # this database's newer version: who made it, when
            old = f"{old}\n{self._by(d.here_by, d.here_at)}"
        return [question, cell, old, new, "; ".join(note)]

    def _signature_columns(self, d: Difference) -> list[str]:
        """A signature the import would record: what it is, the signature in full (who, position,
        when, what: never cut) and what the workbook's check says of it."""
        name = {"sign-off": self.tr("Validation for the national statistics office"),
                "review sign-off": self.tr("Reviews signed off by the supervisor"),
                "plan validation": self.tr("Validation of the plan")}.get(d.what, d.what)
        note = {CHECKED: self.tr("its check holds"),
                UNCHECKED: self.tr("no check (a workbook written before signatures carried one): taken only if "
                                   "you accept it below"),
                BROKEN: self.tr("refused: it does not match its check (edited outside the application); "
                                "nothing can be imported from this workbook")}.get(d.check, "")
        signed = shown_invisible(str(d.signed or d.new or "").replace("\r\n", " ").replace("\n", " "))
        return [name, d.cell, "", signed, note]

    def value_text(self, key: str, a: Answer | None) -> str:
        """An answer's value as the interface shows it: the choice label, not the code."""
        if a is None or a.status == EMPTY:
            return self.tr("(empty)")
        if a.status == DONT_KNOW:
            return self.tr("Don't know")
        if a.status == NOT_APPLICABLE:
            return self.tr("Not applicable")
        resolved = self.q.resolve_key(key)
        if a.status == ANSWERED and resolved is not None:
            return _plain(display_text(resolved[1], a.value, self.lang),
                          self.tr("(empty)"))
        return _plain(a.value, self.tr("(empty)"))

    def _action_columns(self, d: Difference, cell: str) -> list[str]:
        """An action-plan line: the action by its title and the field by its name, its values as
        the Action plan tab shows them (a status or priority by its label)."""
        from .plan.view import priority_label, status_label

        empty = self.tr("(empty)")
        if d.key == "action_plan":
            return [self.tr("Order of the actions"), cell, _plain(d.old, empty), _plain(d.new, empty)]
        if d.key == "action_plan:finance":
            return [self.tr("Currency and exchange rates of the plan"), cell, _plain(d.old, empty),
                    _plain(d.new, empty)]
        if d.key == "action_plan:validation":
            return [self.tr("Validation of the plan"), cell, _plain(d.old, self.tr("(not validated)")),
                    _plain(d.new, self.tr("(not validated)"))]
        title = self._action_titles.get(d.key.partition(":")[2]) or d.old or d.new or d.key
        if d.kind == "added":
            return [self.tr("New action: %s") % _plain(title, ""), cell, empty, _plain(d.new, empty)]
        if d.kind == "removed":
            return [self.tr("Action removed: %s") % _plain(title, ""), cell, _plain(d.old, empty),
                    self.tr("(removed)")]
        name = d.what.removeprefix("action ").strip()
        shown = {"status": status_label, "priority": lambda v: priority_label(int(v)),
                 "priority_action": lambda v: self.tr("yes") if v else self.tr("no")}.get(name.replace(" ", "_"))

        def value(v) -> str:
            if shown is not None and v not in (None, ""):
                try:
                    return shown(v)
                except (TypeError, ValueError):
                    pass
            return _plain(v, empty)

        field_name = {
            "title": self.tr("title"), "recommendation id": self.tr("recommendation"),
            "policy questions": self.tr("policy questions"), "institutions": self.tr("responsible institutions"),
            "start": self.tr("start"), "end": self.tr("end"), "resources": self.tr("resources"),
            "milestone": self.tr("milestone"), "priority": self.tr("priority"), "status": self.tr("status"),
            "priority action": self.tr("priority action"), "strategy": self.tr("strategy objective"),
            "costs": self.tr("costs"),
        }.get(name, name)
        return [self.tr("Action “%1” — %2").replace("%1", _plain(title, "")).replace("%2", field_name), cell,
                value(d.old), value(d.new)]

    def _metadata_name(self, name: str) -> str:
        return {
            "title": self.tr("Title"), "round": self.tr("Round"), "status": self.tr("Status"),
            "mission_start": self.tr("Mission start"), "mission_end": self.tr("Mission end"),
            "reference_date": self.tr("Reference date"), "country": self.tr("Country"),
            "institutions": self.tr("Institutions"),
        }.get(name, name)

    # --- choices --------------------------------------------------------------------------------
    def _set_all(self, take: bool) -> None:
        """Every line's box (with conflicts: every conflict's; an answer the workbook holds an
        earlier version of stays as chosen)."""
        state = Qt.CheckState.Checked if take else Qt.CheckState.Unchecked
        for key, items in self._checks.items():
            if self.conflict_keys and key not in self.conflict_keys:
                continue
            if take and key in self._absent:  # the workbook simply does not have it
                continue
            for it in items:
                it.setCheckState(COL_WORKBOOK, state)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and not event.modifiers():
            item = self.tree.currentItem()
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.checkState(COL_WORKBOOK) == Qt.CheckState.Checked
                item.setCheckState(COL_WORKBOOK, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return True
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_B and \
                not event.modifiers():  # B: keep both sides of the current comment or evidence conflict
            item = self.tree.currentItem()
            if item is not None and item.data(COL_QUESTION, KEY_ROLE) in self._both:
                checked = item.checkState(COL_NOTE) == Qt.CheckState.Checked
                item.setCheckState(COL_NOTE, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return True
        return super().eventFilter(watched, event)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._syncing or column not in (COL_WORKBOOK, COL_NOTE):
            return
        key = item.data(COL_QUESTION, KEY_ROLE)
        if column == COL_NOTE and key not in self._both:
            return
        checked = item.checkState(column) == Qt.CheckState.Checked
        self._syncing = True
        try:  # one choice per answer: its value, comment and evidence lines follow together
            for other in self._checks.get(key, []) if column == COL_WORKBOOK else self._both.get(key, []):
                if other is not item:
                    other.setCheckState(column, item.checkState(column))
            if checked:  # the workbook's, or both: one or the other
                other_column = COL_NOTE if column == COL_WORKBOOK else COL_WORKBOOK
                for other in self._both.get(key, []) if other_column == COL_NOTE else self._checks.get(key, []):
                    other.setCheckState(other_column, Qt.CheckState.Unchecked)
        finally:
            self._syncing = False

    def keep_both(self, on: bool = True) -> None:
        """Keep both sides of every comment and evidence conflict (or none)."""
        for items in self._both.values():
            for it in items:
                it.setCheckState(COL_NOTE, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def both(self) -> frozenset[str]:
        """The keys whose two sides are kept (comment and evidence merged, this database's value)."""
        return frozenset(k for k, items in self._both.items()
                         if items and items[0].checkState(COL_NOTE) == Qt.CheckState.Checked)

    def overwrite(self) -> frozenset[str]:
        """The keys whose newer answer here the workbook's value replaces (ticked)."""
        return frozenset(k for k, items in self._checks.items()
                         if items and items[0].checkState(COL_WORKBOOK) == Qt.CheckState.Checked)

    def lines(self) -> list[list[str]]:
        """Every line as shown (headings as one-column lines), for tests and screen readers."""
        return tree_lines(self.tree, 5)


ACTIONS = "\x00actions"  # the action plan's heading (no section id can be this)


def _is_action(key: str) -> bool:
    return key.startswith(("action_plan", "action:"))


def _plain(v, empty: str) -> str:
    """A value from the file or the database as the preview shows it: one line, at most 200
    characters, direction controls and zero-width characters shown as marks ("[RLO]")."""
    if v is None or v == "":
        return empty
    s = shown_invisible(str(v).replace("\r\n", " ").replace("\n", " "))
    return s if len(s) <= 200 else s[:197] + "…"
