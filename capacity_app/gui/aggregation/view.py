"""The cross-country view: a folder of country workbooks seen as countries × policy questions.

Opening a folder runs the aggregation read-only in the background (``services.aggregation.aggregate``
with no output: the job contract, a progress dialog with Cancel); the table shows one row per
country in the roll-ups (latest round; conflicts left out, as in the consolidated workbook), its
overall score and band and the availability (0–3) of each policy question, coloured. A filter keeps
one region, sub-region, intermediate region or group (LDC, LLDC, SIDS); selecting a country shows
its detail; the consolidated workbook and the PDF summary are exported from here (the same run, with
outputs). Every text from a workbook is shown as plain text."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..writing import isolated

# availability level -> background (the PDF heatmap's colours; the number is always shown too)
LEVEL_COLOURS = {0: "#d7301f", 1: "#fc8d59", 2: "#fee08b", 3: "#91cf60"}
FIXED_COLUMNS = 6  # country, name, round, overall, band, flags


class CrossCountryView(QDialog):
    """A non-modal window over a folder of workbooks. ``window`` (kept as ``main``): the main
    window (its task runner, status bar and database guard); ``None`` in tests, which call
    :meth:`show_report`."""

    def __init__(self, window: Any = None, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else window)
        self.main = window
        self.setObjectName("crossCountryView")
        self.setWindowTitle(self.tr("Cross-country view"))
        self.paths: list[str] = []
        self.report: Any = None
        self.kept_reads: Any = None  # what the files read gave: the export reads only those changed since
        self.pq_codes: list[str] = []

        self.open_button = QPushButton(self.tr("&Open folder…"))
        self.open_button.clicked.connect(self.choose_folder)
        self.folder_label = QLabel(self.tr("No folder open."))
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show countries of"))
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.setMinimumContentsLength(24)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.folder_label, 1)
        top.addWidget(filter_label)
        top.addWidget(self.filter)

        self.notice = QLabel()
        self.notice.setObjectName("crossCountryNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)

        self.table = QTableWidget(0, FIXED_COLUMNS)
        self.table.setAccessibleName(self.tr("Countries and the availability of data by policy question"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Country detail"))
        self.detail.setPlaceholderText(self.tr("Select a country to see its detail."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.export_xlsx = QPushButton(self.tr("Export &workbook…"))
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.export_pdf = QPushButton(self.tr("Export &PDF…"))
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_xlsx)
        bottom.addWidget(self.export_pdf)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._set_enabled(False)
        self.resize(1100, 640)

    # --- reading --------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of country workbooks"))
        if folder:
            self.open_paths([folder])

    def open_paths(self, paths: list[str]) -> None:
        """Read the workbooks in the background (progress and Cancel in the runner's dialog)."""
        from ...services.aggregation import aggregate

        self.paths = [str(p) for p in paths]
        self.folder_label.setText(", ".join(self.paths))
        self.notice.setText(self.tr("Reading the workbooks…"))
        runner = self.main.runner
        if self.kept_reads is None:
            from ...exchange.aggregate.kept import KeptReads

            self.kept_reads = KeptReads()
        # in the export's language, so that the export reads again only the files changed since
        runner.run(self.tr("Reading country workbooks"), aggregate, self.paths, None,
                   lang=self._lang(), kept_reads=self.kept_reads,
                   on_done=self.show_report,
                   on_error=lambda message: self.notice.setText(self.tr("Reading failed: %1").replace("%1", message)),
                   on_cancel=lambda: self.notice.setText(self.tr("Reading cancelled.")))

    def show_report(self, rep: Any) -> None:
        """Show an aggregation's result (``exchange.aggregate.AggregateReport``)."""
        from ...catalog.loader import load_bundled

        self.report = rep
        q = load_bundled()
        self.pq_codes = [p.code for p in q.policy_questions]
        self.pq_labels = {p.code: p.label for p in q.policy_questions}
        used = sorted(rep.used, key=lambda r: r.record.country)
        self._fill_filter(used)
        headers = [self.tr("Country"), self.tr("Name"), self.tr("Round"), self.tr("Overall"), self.tr("Band"),
                   self.tr("Read with care")]
        self.table.setColumnCount(FIXED_COLUMNS + len(self.pq_codes))
        self.table.setHorizontalHeaderLabels(headers + self.pq_codes)
        for i, code in enumerate(self.pq_codes):
            item = self.table.horizontalHeaderItem(FIXED_COLUMNS + i)
            if item is not None:
                item.setToolTip(_tr(self.pq_labels[code], self._lang()))
        self.table.setRowCount(len(used))
        for row, r in enumerate(used):
            self._fill_row(row, r)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.notice.setText(self._notice(rep))
        self._set_enabled(True)
        self._apply_filter()

    def _lang(self) -> str:
        """The window's questionnaire language (labels of bands, gap types, policy questions)."""
        return str(getattr(self.main, "lang", "en") or "en")

    def _band(self, sc: Any) -> str:
        from ...domain.labels import band_label

        if sc.band:
            return band_label(sc.band, self._lang())
        if sc.overall is not None:  # a score without a band: too little answered (rules 2.0)
            return band_label(None, self._lang(), provisional=True)
        return "–"

    def _name(self, iso3: str) -> str:
        from ...catalog.countries import name

        return name(iso3, self._lang())

    def _flags(self, r: Any) -> str:
        flags = []
        if r.record.checksum == "mismatch":
            flags.append(self.tr("edited after export"))
        if r.record.assessment_status == "draft":
            flags.append(self.tr("draft"))
        elif r.record.assessment_status == "in_progress":
            flags.append(self.tr("in progress"))
        return ", ".join(flags)

    def _fill_row(self, row: int, r: Any) -> None:
        from ...domain.rounding import round_half_up

        sc = r.scores
        cells = [r.record.country, self._name(r.record.country), str(r.record.round or ""),
                 "–" if sc.overall is None else f"{round_half_up(sc.overall, 1):.1f}", self._band(sc), self._flags(r)]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r)
            if col == 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)
        for i, code in enumerate(self.pq_codes):
            level = (sc.pq.get(code) or (None, None))[1]
            item = QTableWidgetItem("–" if level is None else f"{level:g}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if level is not None and int(level) in LEVEL_COLOURS:
                item.setBackground(QBrush(QColor(LEVEL_COLOURS[int(level)])))
                item.setForeground(QBrush(QColor("#000000")))
            item.setToolTip(f"{code}. {_tr(self.pq_labels[code], self._lang())}")
            self.table.setItem(row, FIXED_COLUMNS + i, item)

    def _notice(self, rep: Any) -> str:
        edited = sum(1 for f in rep.files if f.status == "accepted" and f.checksum == "mismatch")
        unfinished = sum(1 for r in rep.used if r.record.assessment_status != "final")
        parts = [self.tr("%1 countries; %2 workbooks used, %3 superseded, %4 rejected, %5 in conflict.")
                 .replace("%1", str(len(rep.used))).replace("%2", str(rep.accepted))
                 .replace("%3", str(rep.superseded)).replace("%4", str(rep.rejected))
                 .replace("%5", str(rep.conflicts))]
        if edited:
            parts.append(self.tr("%1 edited after export (scores recomputed).").replace("%1", str(edited)))
        if unfinished:
            parts.append(self.tr("%1 not final (draft or in progress).").replace("%1", str(unfinished)))
        if rep.excluded:
            parts.append(self.tr("Left out of every figure (fictional or training codes): %1.")
                         .replace("%1", ", ".join(sorted({r.record.country for r in rep.excluded}))))
        if rep.conflicts:
            parts.append(self.tr("Conflicting assessments are left out; choose one in File ▸ Aggregate workbooks…"))
        return " ".join(parts)

    # --- filter ---------------------------------------------------------------------------------
    def _fill_filter(self, used: list) -> None:
        from ...catalog.aggregate_texts import label
        from ...exchange.aggregate.groups import GROUPINGS, WORLD
        from ...exchange.aggregate.tables import group_name

        lang = self._lang()
        keys: list[tuple[str, str]] = []
        for r in used:
            for key in r.scores.memberships():
                if key[0] != WORLD and key not in keys:
                    keys.append(key)
        order = {g: i for i, g in enumerate(GROUPINGS)}
        keys.sort(key=lambda k: (order.get(k[0], 9), group_name(k[0], k[1], lang)))
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All countries"), None)
        for kind, code in keys:
            self.filter.addItem(f"{label('grouping', kind, lang)}: {group_name(kind, code, lang)}", (kind, code))
        self.filter.blockSignals(False)

    def _apply_filter(self) -> None:
        key = self.filter.currentData()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            r = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            hide = key is not None and r is not None and tuple(key) not in r.scores.memberships()
            self.table.setRowHidden(row, hide)
        selected = self.table.selectionModel().selectedRows()
        if selected and self.table.isRowHidden(selected[0].row()):
            self.table.clearSelection()  # never the detail of a country the filter hides

    def visible_countries(self) -> list[str]:
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and not self.table.isRowHidden(r):
                out.append(item.text())
        return out

    # --- detail ---------------------------------------------------------------------------------
    def _show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        item = self.table.item(rows[0].row(), 0)
        r = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if r is not None:
            self.detail.setPlainText(self.detail_text(r))

    def detail_text(self, r: Any) -> str:
        from ...catalog.countries import area_name
        from ...catalog.aggregate_texts import text
        from ...domain.labels import gap_type_label
        from ...domain.rounding import round_half_up

        sc, rec = r.scores, r.record
        lang = self._lang()
        places = [area_name(code, lang) for code in (sc.region, sc.sub_region, sc.intermediate_region) if code]
        places += [text(f"group.{g}", lang) for g in sc.groups]
        lines = [self.tr("%1 (%2), round %3").replace("%1", isolated(self._name(rec.country))).replace("%2", isolated(rec.country))
                 .replace("%3", str(rec.round)),
                 " · ".join(places),
                 self.tr("Overall: %1 (%2)").replace("%1", "–" if sc.overall is None
                                                     else f"{round_half_up(sc.overall, 1):.1f}")
                 .replace("%2", self._band(sc))]
        if r.change is not None:
            lines.append(self.tr("Change since the previous round: %1").replace("%1", f"{round_half_up(r.change, 1):+.1f}"))
        flags = self._flags(r)
        if flags:
            lines.append(self.tr("Read with care: %1").replace("%1", flags))
        lines.append(self.tr("File: %1").replace("%1", rec.path))
        lines.append("")
        lines.append(self.tr("Policy question: need / availability / gap / priority, gap type"))
        for code in self.pq_codes:
            d = r.recomputed.pq.get(code)
            if d is None:
                continue
            nums = " / ".join("–" if v is None else f"{v:g}" for v in (d.need, d.availability, d.gap, d.priority))
            lines.append(f"{code}. {_tr(self.pq_labels[code], lang)} — {nums}, "
                         f"{gap_type_label(d.gap_type, lang) if d.gap_type else '–'}")
        return "\n".join(lines)

    # --- export ---------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        """Write the consolidated workbook or the PDF summary of the open folder (the same run,
        with outputs, in the background)."""
        if not self.paths or self.main is None:
            return
        if kind == "xlsx":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Consolidated workbook"), "aggregate.xlsx",
                                                  self.tr("Excel workbooks (*.xlsx)"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Cross-country PDF summary"), "aggregate.pdf",
                                                  self.tr("PDF files (*.pdf)"))
        if path:
            self.export_to(kind, path)

    def export_to(self, kind: str, path: str) -> None:
        from ...services.aggregation import aggregate

        w = self.main
        what = self.tr("Export")
        if w.flows._refused(path, what):
            return
        if kind == "xlsx":
            args: tuple = (self.paths, path)
            kwargs: dict = {"lang": self._lang()}  # labels in the window's questionnaire language
        else:
            args = (self.paths, None)
            kwargs = {"pdf_out": path, "lang": self._lang()}
        kwargs["kept_reads"] = self.kept_reads
        w.runner.run(self.tr("Writing the cross-country export"), aggregate, *args,
                     on_done=lambda _r: w.offer_result(path, self.tr("Written: %1").replace("%1", path)),
                     on_error=lambda message: self.notice.setText(self.tr("Export failed: %1").replace("%1", message)),
                     on_cancel=lambda: self.notice.setText(self.tr("Export cancelled.")), **kwargs)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.export_xlsx, self.export_pdf, self.filter):
            w.setEnabled(on)


def _tr(text: Any, lang: str = "en") -> str:
    from ...domain.questionnaire import tr

    return tr(text, lang)


def open_view(window: Any) -> CrossCountryView:
    """Show the view (one per window, reused)."""
    view = getattr(window, "_crosscountry_view", None)
    if view is None:
        view = CrossCountryView(window)
        window._crosscountry_view = view
    view.show()
    view.raise_()
    view.activateWindow()
    return view


__all__ = ["CrossCountryView", "open_view"]
