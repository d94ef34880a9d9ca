"""The Aggregate dialog: the files (dropped or added), the choices the command line offers (which
round, final assessments only, the SIDS list, the labels' language, a PDF summary, the analyst's
files) and *Check files*, which reads them in the background without writing anything and lists
every file that would be rejected, superseded or in conflict with its reason; a conflict is settled
here by ticking the assessment to use (``--prefer``)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.languages import LANGUAGES, NAMES
from ..writing import number_locale

LATEST = 1999  # the round spin box's minimum: "the latest round of each country"


class DropList(QListWidget):
    """Accepts workbook files and folders dropped from the file manager."""

    dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, e):
        if e.mimeData().hasUrls():
            e.acceptProposedAction()
        else:
            super().dragEnterEvent(e)

    def dragMoveEvent(self, e):
        if e.mimeData().hasUrls():
            e.acceptProposedAction()
        else:
            super().dragMoveEvent(e)

    def dropEvent(self, e):
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.dropped.emit(paths)
            e.acceptProposedAction()


class AggregationDialog(QDialog):
    """Drop workbooks or folders, choose the output and the options, check the files, run."""

    def __init__(self, parent=None, lang: str = "en"):
        super().__init__(parent)
        self.main = parent
        self._kept_reads: Any = None
        self.setWindowTitle(self.tr("Aggregate country workbooks"))
        box = QVBoxLayout(self)
        self._add_files(box)
        self._add_check(box)
        self._add_options(box, lang)
        self._add_output(box)
        self.prefer: list[str] = []  # the files chosen in conflicts
        self.resize(760, 620)

    def _add_files(self, box: QVBoxLayout) -> None:
        """The list of workbooks and folders, and the buttons that add, remove and check them."""
        box.addWidget(QLabel(self.tr("Drop exported workbooks or folders here, or add them:"), self))
        self.list = DropList(self)
        self.list.setAccessibleName(self.tr("Workbooks and folders to aggregate"))
        self.list.dropped.connect(self.add_paths)
        box.addWidget(self.list, 1)
        row = QHBoxLayout()
        add_files = QPushButton(self.tr("Add files…"), self)
        add_dir = QPushButton(self.tr("Add folder…"), self)
        remove = QPushButton(self.tr("Remove"), self)
        self.check_button = QPushButton(self.tr("&Check files"), self)
        self.check_button.setToolTip(self.tr("Read the files without writing anything: which would be rejected, "
                                             "superseded or in conflict, and why"))
        for b in (add_files, add_dir, remove):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.check_button)
        box.addLayout(row)
        add_files.clicked.connect(self._on_add_files)
        add_dir.clicked.connect(self._on_add_dir)
        remove.clicked.connect(lambda: [self.list.takeItem(self.list.row(i)) for i in self.list.selectedItems()])
        self.check_button.clicked.connect(self.check_files)

    def _add_check(self, box: QVBoxLayout) -> None:
        """What checking the files found: a note and the files not used, with the reason."""
        self.problems = QTableWidget(0, 3, self)
        self.problems.setAccessibleName(self.tr("Files not used, with the reason"))
        self.problems.setHorizontalHeaderLabels([self.tr("File"), self.tr("Status"), self.tr("Reason")])
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setVisible(False)
        self.problems.itemChanged.connect(self._on_prefer_changed)
        self.check_note = QLabel(self)
        self.check_note.setWordWrap(True)
        self.check_note.setTextFormat(Qt.TextFormat.PlainText)
        self.check_note.setVisible(False)
        box.addWidget(self.check_note)
        box.addWidget(self.problems, 1)

    def _add_options(self, box: QVBoxLayout, lang: str) -> None:
        """The round, which assessments and scores, the period of the plans' implementation, the
        SIDS list, the labels' language, the PDF summary and the analyst's files."""
        form = QFormLayout()
        self.round = QSpinBox(self)
        self.round.setLocale(number_locale())  # 0-9 whatever the system's digits (ar_EG)
        self.round.setRange(LATEST, 2100)
        self.round.setSpecialValueText(self.tr("the latest round of each country"))
        self.round.setValue(LATEST)
        form.addRow(self.tr("&Round:"), self.round)
        self.final_only = QCheckBox(self.tr("&Final assessments only (drafts and assessments in progress left out)"),
                                    self)
        form.addRow("", self.final_only)
        self.include_provisional = QCheckBox(self.tr("&Include provisional scores (no band: completeness below 80 % "
                                                     "or no valid reference date); the roll-ups say how many"), self)
        form.addRow("", self.include_provisional)
        self.period = QLineEdit(self)  # the plans' implementation: a year or a half-year
        self.period.setPlaceholderText(self.tr("the latest year reported (a year, 2026, or a half-year, 2026-H1)"))
        form.addRow(self.tr("Implementation p&eriod:"), self.period)
        self.sids = QComboBox(self)
        self.sids.addItem(self.tr("UN M49 list (53 countries and areas)"), "m49")
        self.sids.addItem(self.tr("UN-OHRLLS list"), "ohrlls")
        form.addRow(self.tr("SIDS &list:"), self.sids)
        self.lang = QComboBox(self)
        for code in LANGUAGES:  # the aggregation's labels in every language (resources/aggregate/)
            self.lang.addItem(NAMES[code], code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        form.addRow(self.tr("&Labels in:"), self.lang)
        self.pdf = QCheckBox(self.tr("Also write the &PDF summary (next to the workbook)"), self)
        self.bundle = QCheckBox(self.tr("Also write the analyst's files: CSV with a data dictionary, &Stata and SPSS "
                                        "(a folder next to the workbook)"), self)
        form.addRow("", self.pdf)
        form.addRow("", self.bundle)
        box.addLayout(form)

    def _add_output(self, box: QVBoxLayout) -> None:
        """The output workbook, its refusal line, and Aggregate / Cancel."""
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setVisible(False)
        out_row = QHBoxLayout()
        self.out = QLineEdit(self)
        self.out.textChanged.connect(lambda _t: self.message.setVisible(False))
        self.out.setAccessibleName(self.tr("Output workbook"))
        self.out.setPlaceholderText(self.tr("aggregate.xlsx"))
        browse = QPushButton(self.tr("Browse…"), self)
        out_row.addWidget(QLabel(self.tr("Output:"), self))
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        box.addLayout(out_row)
        box.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aggregate"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        browse.clicked.connect(self._on_browse)

    # --- files ------------------------------------------------------------------------------------
    def add_paths(self, paths) -> None:
        have = set(self.paths())
        for p in paths:
            p = str(Path(p).expanduser().absolute()) if p else p
            if p and p not in have:
                self.list.addItem(p)
                have.add(p)
        if self.paths():
            self.message.setVisible(False)  # "Add at least one…" no longer applies

    def output_path(self) -> str:
        """The output workbook as a whole path: a bare name goes next to the first input (never
        into the program's working folder)."""
        text = self.out.text().strip()
        if not text:
            return ""
        p = Path(text).expanduser()
        if not p.is_absolute():
            first = Path(self.paths()[0]) if self.paths() else Path.home()
            p = (first if first.is_dir() else first.parent) / p
        if not p.suffix:
            p = p.with_suffix(".xlsx")
        return str(p)

    def paths(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def kept_reads(self) -> Any:
        """What the files read by this dialog's check and runs gave: a run after the check reads
        again only the files changed since (``exchange.aggregate.kept``)."""
        if self._kept_reads is None:
            from ...exchange.aggregate.kept import KeptReads

            self._kept_reads = KeptReads()
        return self._kept_reads

    def options(self) -> dict[str, Any]:
        """The keyword arguments of ``services.aggregation.aggregate`` for the choices made."""
        out = Path(self.output_path()) if self.output_path() else None
        return {
            "pdf_out": str(out.with_suffix(".pdf")) if out is not None and self.pdf.isChecked() else None,
            "bundle_dir": str(out.with_name(out.stem + "-analyst")) if out is not None and self.bundle.isChecked()
            else None,
            "prefer": tuple(self.prefer),
            "round_year": None if self.round.value() == LATEST else self.round.value(),
            "status_filter": "final" if self.final_only.isChecked() else "any",
            "include_provisional": self.include_provisional.isChecked(),
            "period": self.period.text().strip() or None,
            "sids_list": self.sids.currentData(),
            "lang": self.lang.currentData(),
        }

    # --- checking the files -------------------------------------------------------------------------
    def check_files(self) -> None:
        """Read the files in the background (nothing written) and list the ones not used."""
        if not self.paths():
            self.message.setText(self.tr("Add at least one workbook or folder."))
            self.message.setVisible(True)
            return
        from ...services.aggregation import aggregate

        runner = getattr(self.main, "runner", None)
        if runner is None:
            return
        opts = self.options()
        self.check_button.setEnabled(False)
        runner.run(self.tr("Checking the workbooks"), aggregate, self.paths(), None,
                   prefer=opts["prefer"], round_year=opts["round_year"], status_filter=opts["status_filter"],
                   sids_list=opts["sids_list"], lang=opts["lang"], include_provisional=opts["include_provisional"],
                   period=opts["period"], kept_reads=self.kept_reads(), on_done=self.show_check, on_error=self._check_failed,
                   on_cancel=lambda: self.check_button.setEnabled(True))

    def _check_failed(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self.check_note.setText(self.tr("The files could not be checked: %1").replace("%1", message))
        self.check_note.setVisible(True)

    def show_check(self, rep: Any) -> None:
        """List the files a run would not use, with the reason; a conflicting file can be ticked to
        settle its conflict."""
        self.check_button.setEnabled(True)
        lang = self.lang.currentData()
        from ...catalog.aggregate_texts import label

        left = [f for f in rep.files if f.status != "accepted"]
        self.problems.blockSignals(True)
        self.problems.setRowCount(len(left))
        for i, f in enumerate(left):
            name = QTableWidgetItem(Path(f.path).name)
            name.setData(Qt.ItemDataRole.UserRole, f.path)
            name.setToolTip(f.path)
            if f.status == "conflict":
                name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Checked if f.path in self.prefer else Qt.CheckState.Unchecked)
                name.setToolTip(self.tr("Tick the assessment to use for this country and round"))
            self.problems.setItem(i, 0, name)
            status = QTableWidgetItem(label("file_status_short", f.status, lang))
            status.setToolTip(label("file_status", f.status, lang))
            self.problems.setItem(i, 1, status)
            reason = QTableWidgetItem(f.reason_text(lang))
            reason.setToolTip(f.reason_text(lang))
            self.problems.setItem(i, 2, reason)
        self.problems.blockSignals(False)
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.setVisible(bool(left))
        parts = [self.tr("%1 workbooks used, %2 superseded, %3 rejected, %4 in conflict; %5 countries in the "
                         "roll-ups.").replace("%1", str(rep.accepted)).replace("%2", str(rep.superseded))
                 .replace("%3", str(rep.rejected)).replace("%4", str(rep.conflicts)).replace("%5", str(len(rep.used)))]
        if rep.conflicts:
            parts.append(self.tr("Tick one file of each conflict to use it, then check again or aggregate."))
        self.check_note.setText(" ".join(parts))
        self.check_note.setVisible(True)

    def _on_prefer_changed(self, item: QTableWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if not path or not (item.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            return
        if item.checkState() == Qt.CheckState.Checked and path not in self.prefer:
            self.prefer.append(path)
        elif item.checkState() != Qt.CheckState.Checked and path in self.prefer:
            self.prefer.remove(path)

    # --- buttons ------------------------------------------------------------------------------------
    def _on_add_files(self):
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Workbooks"), "", self.tr("Workbooks (*.xlsx)"))
        self.add_paths(files)

    def _on_add_dir(self):
        d = QFileDialog.getExistingDirectory(self, self.tr("Folder of workbooks"))
        if d:
            self.add_paths([d])

    def _on_browse(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Output workbook"), self.out.text() or "aggregate.xlsx",
                                              self.tr("Workbooks (*.xlsx)"))
        if path:
            self.out.setText(path)

    def _on_ok(self):
        if not self.paths():
            self.message.setText(self.tr("Add at least one workbook or folder."))
            self.message.setVisible(True)
            return
        if not self.out.text().strip():
            self.message.setText(self.tr("Choose where to write the aggregate workbook."))
            self.message.setVisible(True)
            return
        self.out.setText(self.output_path())  # shown whole: where it is written
        self.message.setVisible(False)
        self.accept()
