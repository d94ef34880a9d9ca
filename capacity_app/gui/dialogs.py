"""Dialogs: new assessment, preferences, import preview, shortcuts (aggregation: ``aggregate_dialog``)."""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Protocol
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..catalog.countries import countries, localized_name, search
from ..domain.assessment import TITLE_MAX
from ..domain.mission import institution_rows
from ..domain.questionnaire import tr
from ..services import settings as prefs
from ..services.assessments import ServiceError
from .aggregation.dialog import AggregationDialog  # noqa: F401  (its own module; named here for the callers)
from .widgets.datefield import DateField
from .writing import number_locale, with_code
from .languages import INTERFACE_LANGUAGES, QUESTIONNAIRE_LANGUAGES, interface_language
from .service_text import service_text
from .widgets.unsaved import close_or_ask, save_shortcut


class CountryPicker(QComboBox):
    """Every ISO 3166 country (and the fictional training country), searchable by name or code."""

    def __init__(self, lang: str = "en", parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        entries = sorted(countries().values(), key=lambda c: localized_name(c, lang).casefold())
        for c in entries:
            self.addItem(with_code(localized_name(c, lang), c.iso3), c.iso3)
        self._lang = lang
        # the completer lists catalog.countries.search's ranking for what is typed: "Gha" gives
        # Ghana first, then Afghanistan (Qt's own filter keeps the alphabetical order)
        self._matches = QStringListModel(self)
        comp = QCompleter(self._matches, self)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        comp.setMaxVisibleItems(12)
        self.setCompleter(comp)
        self.setCurrentIndex(-1)
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box has its line edit
        edit.textEdited.connect(self._complete)
        edit.setPlaceholderText(self.tr("Type a country name or ISO code"))
        self.setAccessibleName(self.tr("Country"))

    def _complete(self, text: str) -> None:
        found = search(text, self._lang) if text.strip() else []
        self._matches.setStringList([with_code(localized_name(c, self._lang), c.iso3) for c in found])
        completer = self.completer()
        if found and completer is not None:
            completer.complete()

    def matches(self) -> list[str]:
        """What the completer lists for the text typed, best first."""
        return self._matches.stringList()

    def iso3(self) -> str:
        text = self.currentText().strip()
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            return self.itemData(i)
        if len(text) == 3 and text.isalpha():
            return text.upper()  # a code typed directly (the service checks it)
        if text.endswith(")") and "(" in text:
            return text.rsplit("(", 1)[1].rstrip(")").strip().upper()
        i = self.findText(text, Qt.MatchFlag.MatchContains)
        return self.itemData(i) if i >= 0 and text else text


def _date_edit(parent) -> DateField:
    """An empty date field (typed as ISO or the locale's short format; its calendar opens on
    today); ``date() == minimumDate()`` while it is empty."""
    return DateField(parent)


class Created(Protocol):
    """What creating an assessment gives back: at least the new assessment's id."""

    @property
    def id(self) -> int: ...


class NewAssessmentDialog(QDialog):
    """Country, round, title, and the mission's facts: reference date, first and last day, the
    institutions interviewed (the rows of section S0's grid, each ticked with the respondent's
    role). These facts are recorded as S0's answers (``services.assessments.create_assessment``),
    where they are corrected later. ``create(**fields)`` is called on OK; a refused request shows
    its message in the dialog (no second dialog)."""

    def __init__(self, create: Callable[..., Created], lang: str = "en", parent=None, questionnaire=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self._create = create  # not "create": that name is QWidget.create
        self.result_assessment: Created | None = None
        if questionnaire is None:
            from ..services.assessments import questionnaire_for

            questionnaire = questionnaire_for()
        form = QFormLayout()
        self.country = CountryPicker(lang, self)
        self.round = QSpinBox(self)
        self.round.setLocale(number_locale())  # 0-9 whatever the system's digits (ar_EG)
        self.round.setRange(1990, 2100)
        self.round.setValue(_dt.date.today().year)
        self.round.setAccessibleName(self.tr("Round (year)"))
        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_MAX)  # what every output holds (the service checks it too)
        self.title.setPlaceholderText(self.tr("optional: made from the country and round"))
        self.title.setAccessibleName(self.tr("Title"))
        self.reference = _date_edit(self)
        self.reference.setAccessibleName(self.tr("Reference date"))
        self.start = _date_edit(self)
        self.start.setAccessibleName(self.tr("Mission start"))
        self.end = _date_edit(self)
        self.end.setAccessibleName(self.tr("Mission end"))
        # the calendars open on a date already given: the end on the start, the start on the reference
        self.start.reference = lambda: self._given(self.reference)
        self.end.reference = lambda: self._given(self.start) or self._given(self.reference)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Round:"), self.round)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Re&ference date:"), self.reference)
        form.addRow(self.tr("Mission &start:"), self.start)
        form.addRow(self.tr("Mission &end:"), self.end)
        rows = institution_rows(questionnaire)
        self.institution_codes = [code for code, _ in rows]
        self.institutions = QTableWidget(len(rows), 2, self)
        self.institutions.setObjectName("newInstitutions")
        self.institutions.setHorizontalHeaderLabels([self.tr("Interviewed"), self.tr("Role of the respondent")])
        header = self.institutions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.institutions.verticalHeader().setVisible(False)
        self.institutions.setAccessibleName(self.tr("Institutions interviewed"))
        self.institutions.setTabKeyNavigation(False)
        for r, (_code, label) in enumerate(rows):
            item = QTableWidgetItem(tr(label, lang))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.institutions.setItem(r, 0, item)
            self.institutions.setItem(r, 1, QTableWidgetItem(""))
        self.institutions.itemChanged.connect(self._tick_on_role)
        for date in (self.reference, self.start, self.end):
            date.changed.connect(self._edited)
        self.round.valueChanged.connect(self._edited)
        self.country.currentTextChanged.connect(self._edited)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        where = QLabel(self.tr("These details are the answers of section S0 (Mission and respondents): "
                               "correct or complete them there at any time."), self)
        where.setObjectName("hint")
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("Institutions interviewed:"), self))
        box.addWidget(self.institutions, 1)
        box.addWidget(where)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.resize(600, 560)

    @staticmethod
    def _given(d: DateField) -> QDate | None:
        return None if d.date() == d.minimumDate() else d.date()

    def _tick_on_role(self, item: QTableWidgetItem) -> None:
        """A role typed for an institution means it was interviewed."""
        if item.column() == 1 and item.text().strip():
            first = self.institutions.item(item.row(), 0)
            if first is not None and first.checkState() != Qt.CheckState.Checked:
                first.setCheckState(Qt.CheckState.Checked)

    def fields(self) -> dict:
        def date(d: DateField) -> str:
            given = self._given(d)
            return given.toString("yyyy-MM-dd") if given is not None else ""

        interviewed = {}
        for r, code in enumerate(self.institution_codes):
            first = self.institutions.item(r, 0)
            if first is not None and first.checkState() == Qt.CheckState.Checked:
                interviewed[code] = (self.institutions.item(r, 1) or QTableWidgetItem("")).text().strip()
        return {"country": self.country.iso3(), "round": self.round.value(),
                "title": self.title.text().strip() or None, "reference_date": date(self.reference),
                "mission_start": date(self.start), "mission_end": date(self.end), "interviewed": interviewed}

    def _on_ok(self) -> None:
        created = self._create(**self.fields())  # through the window's writes: a refusal comes back
        if not created:
            self.message.setText(self._readable(str(getattr(created, "message", ""))))
            self.message.setVisible(True)
            return
        self.result_assessment = created
        self.accept()

    def _readable(self, message: str) -> str:
        """A refusal as the officer reads it: the field's name where the service names S0's answer
        key ("Mission end: …", not "s0_mission_end: …")."""
        names = {"s0_reference_date": self.tr("Reference date"), "s0_mission_start": self.tr("Mission start"),
                 "s0_mission_end": self.tr("Mission end")}
        key, sep, rest = message.partition(": ")
        return f"{names[key]}: {rest}" if sep and key in names else message

    def _edited(self, *_args) -> None:
        """Something was corrected: the refusal's banner goes (OK tells again if it still holds)."""
        self.message.setVisible(False)


class PreferencesDialog(QDialog):
    """Operator name (kept in the answer history), data folder, report language, backups, and the
    interface language (QSettings "interface_language", used from the next start)."""

    def __init__(self, store, settings, parent=None, writes=None):
        """``writes``: the window's (gui/writes.py), which publishes what saving changed."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.store = store
        self.settings = settings
        self.writes = writes
        self.changes = None  # what saving changed (services.changes.Changes), once saved
        stored = prefs.preferences(store)
        form = QFormLayout(self)
        self.operator = QLineEdit(stored.operator, self)
        self.operator.setAccessibleName(self.tr("Operator name"))
        self.operator.setPlaceholderText(self.tr("your name, recorded with every change"))
        self._folder_shown = str(prefs.data_folder())
        self.data_dir = QLineEdit(self._folder_shown, self)
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        self.data_dir.setToolTip(self.tr("Where the database and its backups live (kept in %s, read by "
                                         "the window and the command line alike).") % prefs.config_file())
        self.folder_note = QLabel(self)
        self.folder_note.setObjectName("hint")
        self.folder_note.setWordWrap(True)
        self.folder_note.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_change = None  # what saving did to the data folder (services.settings.FolderChange)
        self.report_lang = QComboBox(self)
        self.report_lang.setAccessibleName(self.tr("Default report language"))
        for code, name in QUESTIONNAIRE_LANGUAGES.items():
            self.report_lang.addItem(name, code)
        self.report_lang.setCurrentIndex(max(0, self.report_lang.findData(stored.report_lang)))
        self.backup_dir = QLineEdit(stored.backup_dir, self)
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        self.backup_dir.setPlaceholderText(str(store.backup_dir or Path(store.path).parent / "backups"))
        self.word_template = QLineEdit(stored.word_template, self)  # the Word report's styles
        self.word_template.setAccessibleName(self.tr("Word template"))
        self.word_template.setPlaceholderText(self.tr("the bundled template"))
        self.word_template.setToolTip(self.tr("A Word document (.docx) whose styles the Word report uses: the "
                                              "national statistics office's own template."))
        self.ui_lang = QComboBox(self)
        self.ui_lang.setAccessibleName(self.tr("Interface language"))
        for code, name in INTERFACE_LANGUAGES.items():
            self.ui_lang.addItem(name, code)
        self._ui_lang_shown = interface_language(settings)
        self.ui_lang.setCurrentIndex(max(0, self.ui_lang.findData(self._ui_lang_shown)))
        form.addRow(self.tr("&Operator name:"), self.operator)
        data_row = self._with_browse(self.data_dir)
        form.addRow(self.tr("&Data folder:"), data_row)
        form.addRow("", self.folder_note)
        self.data_dir.textChanged.connect(self._explain_folder)
        self._explain_folder()
        form.addRow(self.tr("Default &report language:"), self.report_lang)
        self._backup_row = self._with_browse(self.backup_dir)
        form.addRow(self.tr("&Backup folder:"), self._backup_row)
        self._template_row = self._with_browse(self.word_template, self.tr("Word documents (*.docx)"))
        form.addRow(self.tr("&Word template:"), self._template_row)
        form.addRow(self.tr("Interface &language:"), self.ui_lang)
        for row, field in ((data_row, self.data_dir), (self._backup_row, self.backup_dir),
                           (self._template_row, self.word_template)):
            form.labelForField(row).setBuddy(field)  # the label's key to the field, not to its row
        note = QLabel(self.tr("A new interface language applies from the next start."), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow(note)
        if store.readonly:  # the preferences kept in the database stay as they are
            for w in (self.operator, self.report_lang, self._backup_row, self._template_row):
                w.setEnabled(False)
            ro = QLabel(self.tr("This database cannot be written: only the data folder (to move the data "
                                "somewhere it can be written) and the interface language can be changed."), self)
            ro.setObjectName("fieldError")
            ro.setWordWrap(True)
            form.insertRow(0, ro)
        self._add_buttons(form)
        self._opened = self._snapshot()
        self.resize(640, 280)
        self._fit_height()

    def _add_buttons(self, form) -> None:
        """The line of a refusal, hidden until one comes, then OK and Cancel (Ctrl+S: OK)."""
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setVisible(False)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        save_shortcut(self, self._on_ok)

    def _snapshot(self) -> tuple:
        """The fields as shown, to tell what was typed since the dialog opened."""
        return (self.operator.text(), self.data_dir.text(), self.report_lang.currentData(), self.backup_dir.text(),
                self.word_template.text(), self.ui_lang.currentData())

    def reject(self) -> None:
        """Escape, *Cancel* or the close button: closed at once when nothing was changed; else
        asked (*Save* saves as OK does, and closes only when that is accepted)."""
        close_or_ask(self, self._snapshot() != self._opened, self.tr("The preferences typed are not saved."),
                     super().reject, self._on_ok)

    def _fit_height(self) -> None:
        """Tall enough for the wrapped notes (the read-only one, the folder's, a refusal)."""
        form = self.layout()
        if form is not None and form.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), form.totalHeightForWidth(self.width())))

    def _explain_folder(self) -> None:
        """Say, before saving, what a new data folder does: nothing, use the database already
        there, or move this one with its backups at the next start."""
        text = self.data_dir.text().strip()
        if text == self._folder_shown:
            move = prefs.pending_move()
            self.folder_note.setText(self.tr("The database and its backups are in this folder.") if move is None
                                     else self.tr("At the next start, the database and its backups move to %s.")
                                     % move.get("to"))
            return
        try:
            change = prefs.plan_data_folder(text, Path(self._folder_shown))
        except ServiceError as exc:
            self.folder_note.setText(service_text(str(exc)))
            return
        if change.action == "use":
            self.folder_note.setText(self.tr("A database is already in %1: it is used from the next start; the "
                                             "current one stays in %2.").replace("%1", str(change.target))
                                     .replace("%2", str(change.current)))
        elif change.action == "move":
            self.folder_note.setText(self.tr("At the next start, the database and its %1 backups move to %2 "
                                             "(the old file is kept, renamed “capacity.sqlite3.moved”).")
                                     .replace("%1", str(change.backups)).replace("%2", str(change.target)))
        else:
            self.folder_note.setText(self.tr("The database and its backups are in this folder."))
        self._fit_height()

    def _with_browse(self, edit: QLineEdit, files: str = "") -> QWidget:
        """``edit`` with its Browse… button: a folder, or a file of the ``files`` filter."""
        w = QWidget(self)
        box = QHBoxLayout(w)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        b = QPushButton(self.tr("Browse…"), w)
        b.setAccessibleName(self.tr("Browse for %s") % edit.accessibleName())
        b.clicked.connect(lambda: self._browse(edit, files))
        box.addWidget(b)
        return w

    def _browse(self, edit: QLineEdit, files: str = "") -> None:
        if files:
            path, _ = QFileDialog.getOpenFileName(self, edit.accessibleName(), edit.text(), files)
        else:
            path = QFileDialog.getExistingDirectory(self, edit.accessibleName(), edit.text() or edit.placeholderText())
        if path:
            edit.setText(path)

    def _on_ok(self) -> None:
        try:
            self.apply()
        except ServiceError as exc:
            self.message.setText(service_text(str(exc)))
            self.message.setVisible(True)
            self._fit_height()
            return
        self.accept()

    def apply(self) -> None:
        """Save: the database's preferences through the service (``self.changes`` says what
        changed), the data folder and interface language in QSettings."""
        chosen = prefs.Preferences(self.operator.text(), self.report_lang.currentData(), self.backup_dir.text(),
                                   self.word_template.text())
        if not self.store.readonly:  # a database that cannot be written keeps its preferences
            self.changes = prefs.save_preferences(self.store, chosen)
            if self.writes is not None:
                self.writes.publish(self.changes)
        if self.data_dir.text().strip() != self._folder_shown:  # the settings file, outside the database
            self.folder_change = prefs.request_data_folder(self.data_dir.text())
        ui_lang = self.ui_lang.currentData()
        # an unset language follows the system locale: keep it so unless the officer chose one
        if ui_lang != self._ui_lang_shown or self.settings.contains("interface_language"):
            self.settings.setValue("interface_language", ui_lang)
        self.settings.sync()


# (keys, action): both columns translated when shown (key names such as Shift or Delete differ by
# language); QT_TRANSLATE_NOOP marks them for lupdate.
SHORTCUTS = [
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+N"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "New assessment")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+O"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected assessment (home)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+D"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Assessment details: title, round, country")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+W"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the assessment, back to the list")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Z"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo the last answer")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+Z"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Redo")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+F"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Find in questions, ids and comments")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F3 / Shift+F3"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous match")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+J"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Next unanswered item")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+J"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous unanswered item")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+R"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Review the current answer (a question, a grid row, a matrix cell)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+H"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "History of the current answer: who, when, restore a value")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F8"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Next answer not reviewed")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+1 / 2 / 3"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Questions / Matrix / Dashboard")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+L"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Focus the navigator")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+L"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Next questionnaire language")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+Down / Alt+Up"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous section")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter (matrix)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the current cell's fields")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc (matrix panel)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to the grid")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F4 (grid)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a cell's list or calendar")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete (grid)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear a cell")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+F10 (grid)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Don't know / not applicable / clear")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+,"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Preferences")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+E"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Export the workbook")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+P"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "PDF report")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F1"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Help (offline)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+F1"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "This list")),
]


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for r, (k, a) in enumerate(SHORTCUTS):
            table.setItem(r, 0, QTableWidgetItem(self.tr(k)))
            table.setItem(r, 1, QTableWidgetItem(self.tr(a)))
        table.verticalHeader().setVisible(False)  # row numbers say nothing here
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        # wide enough for the longest action (translations run longer than English), within reason
        needed = (table.columnWidth(0) + table.columnWidth(1)
                  + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 24)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        box = QVBoxLayout(self)
        box.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(min(max(520, needed), 900), 560)
