"""Export, import and aggregation as the officer meets them: the file dialogs, the background task
(the window's task runner), the import preview, and the written file offered to open.

Strings keep the translation context "MainWindow", where they were first written."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from ...services import assessments as svc
from ...services import documents as documents_service
from ...services import exchange as ex
from ...services.institutions import forms
from ...services import packages as pk
from ...services.institutions import submissions as subs
from ...services.base import ServiceError
from ...services.imports import archive_added
from ...services.outputs import check_store_output
from ..dialogs import AggregationDialog
from ..import_preview import ImportPreviewDialog
from ..numbers import sentences
from ..service_text import service_text
from ..writes import Refused
from ..writing import isolated
from .carried import archived_note

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ..host import WindowHost


class Flows:
    def __init__(self, window: WindowHost):
        self.window = window
        self.result_box: QMessageBox | None = None  # the last "file written" notice (open it, show its folder)
        self.error_box: QMessageBox | None = None  # the last "cannot be imported" notice
        self.preview: ImportPreviewDialog | None = None  # the last import preview
        self.aggregation_dialog: AggregationDialog | None = None  # kept: its files and output stay
        self.last_aggregation: tuple[str, str] | None = None  # (notice, details) of the last aggregation
        self.package_offer: QMessageBox | None = None  # "documents would stay behind" while shown

    # --- files ----------------------------------------------------------------------------------
    def ask_save_path(self, title: str, default_name: str, filt: str) -> str:
        w = self.window
        folder = str(w.settings.value("last/export_folder", "") or Path.home())
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(w, title, str(Path(folder) / default_name), filt)
        if path:
            w.settings.setValue("last/export_folder", str(Path(path).parent))
        return path

    def _refused(self, path: str, what: str) -> bool:
        """An output path that would replace the database, its side files or a backup (or a
        link, a folder, a device): told in the status bar, nothing runs (services.outputs)."""
        try:
            check_store_output(path, self.window.store)
        except Exception as exc:  # noqa: BLE001 - OutputError / OSError: one line, the window stays
            self._failed(what)(service_text(str(exc)))
            return True
        return False

    def _default_name(self, aid: int, ext: str) -> str:
        a = svc.get_assessment(self.window.store, aid)
        return f"{a.country}_{a.round}.{ext}"

    def _failed(self, what: str):
        return lambda message: self.window.show_message(
            QCoreApplication.translate("MainWindow", "%1 failed: %2").replace("%1", what)
            .replace("%2", service_text(message)), 15000)

    def offer_result(self, path: str, message: str, details: str = "") -> None:
        """A file was written: say so in the status bar and offer (without blocking the window) to
        open it or the folder that holds it, with the desktop's own viewer; ``details`` (what was
        left out, and why) under "Show Details…"."""
        w = self.window
        w.show_message(message.replace("\n", " "))
        if not w.dialogs_shown:
            return  # tests and benchmarks drive the window without dialogs
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, w.windowTitle(), message,
                          QMessageBox.StandardButton.NoButton, w)
        box.setObjectName("resultBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:
            box.setDetailedText(details)
        open_file = box.addButton(QCoreApplication.translate("MainWindow", "&Open"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(QCoreApplication.translate("MainWindow", "Show in &folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_file)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button) -> None:
            if button is open_file:
                self.open_local(path)
            elif button is open_folder:
                self.open_local(str(Path(path).parent))

        box.buttonClicked.connect(clicked)
        box.show()
        self.result_box = box

    def open_local(self, path: str) -> bool:
        """Open a local file or folder with the desktop's application for it (never a network URL)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        ok = Path(path).exists() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))
        if not ok:
            self.window.show_message(QCoreApplication.translate("MainWindow", "Could not open %s") % isolated(path))
        return bool(ok)

    # --- export ---------------------------------------------------------------------------------
    def export_workbook(self) -> None:
        """The exchange workbook (toolbar, Ctrl+E). The workbook carries no document: when documents
        are attached as evidence, it says they would stay behind and offers the package."""
        w = self.window
        aid = w.current_assessment_id()
        if aid is None:
            return
        try:
            left = len(documents_service.list_documents(w.store, aid))
        except ServiceError:
            left = 0
        if left:
            self._offer_package(left)
            return
        self.export_workbook_only()

    def _offer_package(self, left: int) -> None:
        """Documents would stay behind: the package (its default), the workbook alone, or nothing;
        asked without blocking the window (``package_offer`` while shown)."""
        from PySide6.QtWidgets import QMessageBox

        w = self.window
        text = (QCoreApplication.translate(
            "MainWindow", "This assessment has %n document attached as evidence. The workbook does not carry "
            "documents: a colleague who receives it does not get it. The assessment package carries the workbook "
            "and the document.", "", left) if left == 1 else QCoreApplication.translate(
            "MainWindow", "This assessment has %n documents attached as evidence. The workbook does not carry "
            "documents: a colleague who receives it gets none of them. The assessment package carries the "
            "workbook and every document.", "", left))
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Export workbook"), text,
                          QMessageBox.StandardButton.NoButton, w)
        box.setObjectName("packageOffer")
        box.setTextFormat(Qt.TextFormat.PlainText)
        package = box.addButton(QCoreApplication.translate("MainWindow", "Export the &package…"),
                                QMessageBox.ButtonRole.AcceptRole)
        workbook = box.addButton(QCoreApplication.translate("MainWindow", "&Workbook only…"),
                                 QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(package)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button) -> None:
            self.package_offer = None
            if button is package:
                QTimer.singleShot(0, self.export_package)
            elif button is workbook:
                QTimer.singleShot(0, self.export_workbook_only)

        box.buttonClicked.connect(clicked)
        box.rejected.connect(lambda: setattr(self, "package_offer", None))
        self.package_offer = box
        box.open()

    def export_workbook_only(self) -> None:
        w = self.window
        aid = w.current_assessment_id()
        if aid is None:
            return
        path = self.ask_save_path(QCoreApplication.translate("MainWindow", "Export workbook"),
                                  self._default_name(aid, "xlsx"),
                                  QCoreApplication.translate("MainWindow", "Workbooks (*.xlsx)"))
        if not path or self._refused(path, QCoreApplication.translate("MainWindow", "Export")):
            return
        w.flush_view()
        try:
            data = ex.build_export(w.store, w.questionnaire, aid, lang=w.lang)
        except Exception as exc:  # noqa: BLE001 - any failure is told in the status bar, the window stays
            w.show_message(QCoreApplication.translate("MainWindow", "Export failed: %s") % exc)
            return
        w.runner.run(QCoreApplication.translate("MainWindow", "Exporting the workbook"), "write_workbook", data, path,
                     process=True,
                     on_done=lambda _r: self.offer_result(path, "\n".join(filter(None, (
                         QCoreApplication.translate("MainWindow", "Workbook written: %s") % isolated(path),
                         archived_note(w.store, aid))))),  # archived answers: on their own sheet
                     on_error=self._failed(QCoreApplication.translate("MainWindow", "Export")),
                     on_cancel=lambda: w.show_message(QCoreApplication.translate("MainWindow", "Export cancelled.")))

    def export_package(self) -> None:
        """The assessment package: the workbook, the documents and their manifest in one
        .zip, written on the task runner (a few seconds with many documents)."""
        w = self.window
        aid = w.current_assessment_id()
        if aid is None:
            return
        path = self.ask_save_path(QCoreApplication.translate("MainWindow", "Export assessment package"),
                                  self._default_name(aid, "zip"),
                                  QCoreApplication.translate("MainWindow", "Assessment packages (*.zip)"))
        if not path or self._refused(path, QCoreApplication.translate("MainWindow", "Export")):
            return
        w.flush_view()
        w.runner.run(QCoreApplication.translate("MainWindow", "Exporting the package"), pk.export_package, w.store,
                     aid, path, lang=w.lang,
                     on_done=lambda _r: self.offer_result(path, "\n".join(filter(None, (
                         QCoreApplication.translate("MainWindow", "Package written: %s") % isolated(path),
                         archived_note(w.store, aid))))),  # archived answers: on their own sheet
                     on_error=self._failed(QCoreApplication.translate("MainWindow", "Export")),
                     on_cancel=lambda: w.show_message(QCoreApplication.translate("MainWindow", "Export cancelled.")))

    def export_xlsforms(self, folder: str | None = None) -> None:
        """*Forms for ODK and Kobo…*: the whole questionnaire's XLSForm and one per
        institution asked something, into a folder, on the task runner (progress, cancel)."""
        w = self.window
        aid = w.current_assessment_id()
        if aid is None:
            return
        what = QCoreApplication.translate("MainWindow", "Export")
        if not folder:
            from PySide6.QtWidgets import QFileDialog

            start = str(w.settings.value("last/export_folder", "") or Path.home())
            folder = QFileDialog.getExistingDirectory(w, QCoreApplication.translate("MainWindow", "Folder for the forms"),
                                                      start)
            if not folder:
                return
            w.settings.setValue("last/export_folder", folder)
        from ...services.institutions import xlsform as xf  # pyxform and openpyxl load with the first form

        w.flush_view()

        def done(paths) -> None:
            self.offer_result(str(paths[0]), QCoreApplication.translate("MainWindow", "Forms for ODK and Kobo written: %s")
                              % isolated(folder), "\n".join(str(p) for p in paths))

        w.runner.run(QCoreApplication.translate("MainWindow", "Writing the forms for ODK and Kobo"), xf.export_xlsforms,
                     w.store, aid, folder, lang=w.lang, on_done=done, on_error=self._failed(what),
                     on_cancel=lambda: w.show_message(QCoreApplication.translate("MainWindow", "Export cancelled.")))

    def export_report(self) -> None:
        w = self.window
        aid = w.current_assessment_id()
        if aid is None:
            return
        lang = w.store.preference("report_lang", None) or w.lang
        path = self.ask_save_path(QCoreApplication.translate("MainWindow", "PDF report"),
                                  self._default_name(aid, "pdf"),
                                  QCoreApplication.translate("MainWindow", "PDF (*.pdf)"))
        if not path or self._refused(path, QCoreApplication.translate("MainWindow", "Report")):
            return
        w.flush_view()
        # reading the assessment and its scores (~0.1 s) happens in the worker process too
        w.runner.run(QCoreApplication.translate("MainWindow", "Writing the PDF report"), "export_report_from_database",
                     str(w.store.path), aid, path, lang=lang, process=True,
                     on_done=lambda _r: self.offer_result(
                         path, QCoreApplication.translate("MainWindow", "Report written: %s") % isolated(path)),
                     on_error=self._failed(QCoreApplication.translate("MainWindow", "Report")),
                     on_cancel=lambda: w.show_message(QCoreApplication.translate("MainWindow", "Report cancelled.")))

    def export_report_docx(self) -> None:
        """The same report as a Word document the ministry can edit, written in a
        worker process as the PDF is."""
        w = self.window
        aid = w.current_assessment_id()
        if aid is None:
            return
        lang = w.store.preference("report_lang", None) or w.lang
        path = self.ask_save_path(QCoreApplication.translate("MainWindow", "Word document"),
                                  self._default_name(aid, "docx"),
                                  QCoreApplication.translate("MainWindow", "Word documents (*.docx)"))
        if not path or self._refused(path, QCoreApplication.translate("MainWindow", "Report")):
            return
        w.flush_view()
        w.runner.run(QCoreApplication.translate("MainWindow", "Writing the Word document"),
                     "export_report_docx_from_database", str(w.store.path), aid, path, lang=lang, process=True,
                     on_done=lambda _r: self.offer_result(
                         path, QCoreApplication.translate("MainWindow", "Report written: %s") % isolated(path)),
                     on_error=self._failed(QCoreApplication.translate("MainWindow", "Report")),
                     on_cancel=lambda: w.show_message(QCoreApplication.translate("MainWindow", "Report cancelled.")))

    def export_partner_edition(self, partner: str, *, docx: bool = False) -> None:
        """The funding request for one development partner (``report --partner``), as PDF
        or Word, written in a worker process as the report is: progress, cancel, the file offered."""
        w = self.window
        aid = w.current_assessment_id()
        if aid is None or not partner:
            return
        lang = w.store.preference("report_lang", None) or w.lang
        ext = "docx" if docx else "pdf"
        stem = "".join(ch if ch.isalnum() else "_" for ch in partner).strip("_")[:40] or "partner"
        title = QCoreApplication.translate("MainWindow", "Funding request for %1").replace("%1", partner)
        path = self.ask_save_path(title, self._default_name(aid, ext).replace(f".{ext}", f"_{stem}.{ext}"),
                                  QCoreApplication.translate("MainWindow", "Word documents (*.docx)") if docx
                                  else QCoreApplication.translate("MainWindow", "PDF (*.pdf)"))
        if not path or self._refused(path, QCoreApplication.translate("MainWindow", "Report")):
            return
        w.flush_view()
        worker = "export_report_docx_from_database" if docx else "export_report_from_database"
        w.runner.run(QCoreApplication.translate("MainWindow", "Writing the funding request for %1").replace("%1", partner),
                     worker, str(w.store.path), aid, path, lang=lang, partner=partner, process=True,
                     on_done=lambda _r: self.offer_result(
                         path, QCoreApplication.translate("MainWindow", "Report written: %s") % isolated(path)),
                     on_error=self._failed(QCoreApplication.translate("MainWindow", "Report")),
                     on_cancel=lambda: w.show_message(QCoreApplication.translate("MainWindow", "Report cancelled.")))

    # --- import ---------------------------------------------------------------------------------
    def import_workbook(self, path: str | None = None) -> None:
        w = self.window
        if not path:
            folder = w.settings.value("last/import_folder", "") or str(Path.home())
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(w, QCoreApplication.translate("MainWindow", "Import workbook"),
                                                  str(folder),
                                                  QCoreApplication.translate(
                                                      "MainWindow", "Workbooks, assessment packages and ODK or Kobo "
                                                                    "exports (*.xlsx *.zip *.csv)"))
            if not path:
                return
            w.settings.setValue("last/import_folder", str(Path(path).parent))
        # an ODK Central or KoboToolbox export of the forms becomes proposals
        w.runner.run(QCoreApplication.translate("MainWindow", "Reading the workbook"), subs.read_untrusted_submissions,
                     path, w.questionnaire,
                     on_done=lambda plan: self._read_other(path) if plan is None else self._import_submissions(path, plan),
                     on_error=self._import_failed,
                     on_cancel=lambda: w.show_message(QCoreApplication.translate("MainWindow", "Import cancelled.")))

    def _read_other(self, path: str) -> None:
        """A package, an institution's reply or an exchange workbook."""
        w = self.window
        if pk.is_package(path):  # the workbook, its documents and their manifest
            w.runner.run(QCoreApplication.translate("MainWindow", "Reading the package"), pk.read_package, path,
                         w.questionnaire,
                         on_done=lambda read: self._confirm_import(path, read.plan, read),
                         on_error=self._import_failed,
                         on_cancel=lambda: w.show_message(QCoreApplication.translate("MainWindow",
                                                                                     "Import cancelled.")))
            return
        self._read_reply(path)

    def _read_reply(self, path: str) -> None:
        w = self.window
        # an institution's reply becomes proposals; any other workbook is read as before
        w.runner.run(QCoreApplication.translate("MainWindow", "Reading the workbook"), forms.read_reply_or_plan_untrusted,
                     path, w.questionnaire,  # read once, whichever it is
                     on_done=lambda read: self._import_reply(read) if isinstance(read, forms.InstitutionReply)
                     else self._confirm_import(path, read),
                     on_error=self._import_failed,
                     on_cancel=lambda: w.show_message(QCoreApplication.translate("MainWindow", "Import cancelled.")))

    def _import_submissions(self, path: str, plan) -> None:
        """An ODK Central / KoboToolbox export: every value a proposal credited to its institution
        and respondent (no answer changes), stored on the task runner (an export of many
        submissions takes seconds), then the proposals shown; an old form refused in one line."""
        w = self.window

        def done(result) -> None:
            if result is None:  # not read as an export after all (its plan was given: never)
                return
            w.show_message(QCoreApplication.translate(
                "MainWindow", "Export of %1 submissions imported: %2 values proposed, no answer changed.")
                .replace("%1", str(len(plan.submissions))).replace("%2", str(result.stored)))
            from ..institutions.dialogs import show_proposals

            show_proposals(w, result.assessment_id)

        w.writes.run_in_background(QCoreApplication.translate("MainWindow", "Reading the workbook"),
                                   subs.import_submissions, w.store, path, plan, on_done=done,
                                   on_failed=lambda refused: self._import_failed(refused.message))

    def _import_reply(self, reply) -> None:
        """An institution's reply: its values stored as proposals (no answer changes), then the
        proposals shown; a wrong institution's file or an old form refused in one line."""
        w = self.window
        done = w.writes.run(forms.import_reply, w.store, reply)
        if isinstance(done, Refused):
            self._import_failed(done.message)
            return
        w.show_message(QCoreApplication.translate(
            "MainWindow", "Reply of %1 imported: %2 values proposed, no answer changed.")
            .replace("%1", isolated(done.respondent or done.institution)).replace("%2", str(done.proposals)))
        from ..institutions.dialogs import show_proposals

        show_proposals(w, done.assessment_id)

    def _import_failed(self, message: str) -> None:
        """A workbook that cannot be imported: a dialog that stays until closed, its headline in
        the interface language, then where and why (file, sheet, cell, reason)."""
        w = self.window
        message = service_text(message)  # the reason in the interface language (a refusal is already)
        title = QCoreApplication.translate("MainWindow", "Import")
        w.show_message(QCoreApplication.translate("MainWindow", "%1 failed: %2").replace("%1", title)
                       .replace("%2", message))
        if not w.dialogs_shown:
            return  # tests and benchmarks drive the window without dialogs
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, QCoreApplication.translate(
            "MainWindow", "This workbook cannot be imported. Nothing was changed."),
            QMessageBox.StandardButton.Close, w)
        box.setObjectName("importError")
        box.setInformativeText(message)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.error_box = box

    def _confirm_import(self, path: str, plan, package: pk.ReadPackage | None = None) -> None:
        """The preview, then the import; a package's documents (``package``) checked before the
        preview and attached after its workbook is imported."""
        w = self.window
        try:
            diff = ex.diff_import(w.store, plan, w.questionnaire)
            archived = archive_added(w.store, plan)  # listed too: an import adds them
            existing = w.store.find_assessment(plan.uid) if plan.uid else None
            documents = (pk.plan_documents(w.store, w.questionnaire, package.package, plan)
                         if package is not None else None)
        except Exception as exc:  # noqa: BLE001 - any failure is told, the window stays
            if package is not None:
                package.close()
            self._import_failed(str(exc))
            return
        dlg = ImportPreviewDialog(path, plan, diff, w.questionnaire, w.lang, existing, w, archived=archived)
        self.preview = dlg
        if not dlg.exec():
            if package is not None:
                package.close()
            w.show_message(QCoreApplication.translate("MainWindow", "Import cancelled: nothing was changed."))
            return
        overwrite = dlg.overwrite()
        both = dlg.both()  # comment and evidence conflicts whose two sides are kept
        open_id = w.session.assessment_id if w.session is not None else None
        where = w.view.current_key if w.view is not None else ""  # reopened there, not at S0
        if open_id is not None and not w.close_assessment(remember=False):
            if package is not None:
                package.close()
            w.show_message(QCoreApplication.translate("MainWindow", "Import cancelled: nothing was changed."))
            return
        kept = len({d.key for d in diff if d.newer_here} - set(overwrite) - set(both))

        def imported(result) -> None:
            msg = QCoreApplication.translate("MainWindow", "Imported %s.") % Path(path).name
            if kept:
                msg = sentences(msg, QCoreApplication.translate(
                    "MainWindow", "Kept %s answers changed here since the export.") % kept)
            if package is not None and documents is not None:  # attached in the import's transaction
                package.close()
                if documents.add:
                    msg = sentences(msg, QCoreApplication.translate("MainWindow", "Documents attached: %1.").replace(
                        "%1", str(len(documents.add))))
            w.show_message(msg)
            w.open_assessment(result.id, where if result.id == open_id and where else None)

        def refused(refusal) -> None:
            if package is not None:
                package.close()
            self._import_failed(refusal.message)
            if open_id is not None:
                w.open_assessment(open_id, where or None)

        # all or nothing, after a backup (seconds on a large database: off the GUI thread); newer
        # answers here kept unless chosen
        w.writes.run_in_background(QCoreApplication.translate("MainWindow", "Importing the workbook"),
                                   ex.apply_import, w.store, plan, w.questionnaire, overwrite=overwrite,
                                   both=both, reopen=dlg.reopens,  # a final assessment: "Reopen and import" chosen
                                   # signatures without a check (an older workbook): only when ticked
                                   accept_signatures=dlg.accept_signatures(),
                                   # a package's documents with its workbook, in one transaction
                                   then=pk.documents_with_import(package.package, documents) if package else None,
                                   on_done=imported, on_failed=refused)

    # --- aggregation ----------------------------------------------------------------------------
    def aggregate_workbooks(self) -> None:
        """The aggregation dialog (kept: after a cancel it shows the same files and output), the
        job in the background, then a notice that lists what was left out and why."""
        from ...services.aggregation import aggregate

        w = self.window
        if self.aggregation_dialog is None:
            self.aggregation_dialog = AggregationDialog(w, lang=str(getattr(w, "lang", "en") or "en"))
        dlg = self.aggregation_dialog
        if not dlg.exec():
            return
        out = dlg.output_path()
        if self._refused(out, QCoreApplication.translate("MainWindow", "Aggregation")):
            return
        w.runner.run(QCoreApplication.translate("MainWindow", "Aggregating workbooks"), aggregate, dlg.paths(), out,
                     db_path=str(w.store.path), kept_reads=dlg.kept_reads(),  # the check's reads
                     **dlg.options(),  # the PDF, analyst's files, round, ...
                     on_done=lambda rep: self._aggregated(out, rep),
                     on_error=self._failed(QCoreApplication.translate("MainWindow", "Aggregation")),
                     on_cancel=lambda: w.show_message(
                         QCoreApplication.translate("MainWindow", "Aggregation cancelled.")))

    def _aggregated(self, out: str, rep) -> None:
        """The notice: the whole output path, how many files were accepted, rejected and
        superseded; the rejected ones with their reasons and the superseded ones in the details."""
        counts = QCoreApplication.translate(
            "MainWindow", "%1 accepted, %2 rejected, %3 superseded.").replace(
            "%1", str(getattr(rep, "accepted", 0))).replace("%2", str(getattr(rep, "rejected", 0))).replace(
            "%3", str(getattr(rep, "superseded", 0)))
        message = QCoreApplication.translate("MainWindow", "Aggregate written: %s") % isolated(str(out)) + "\n" + counts
        left_out = [f for f in (getattr(rep, "files", None) or []) if getattr(f, "status", "accepted") != "accepted"]
        details = []
        for status in ("rejected", "superseded"):
            rows = [f for f in left_out if f.status == status]
            if not rows:
                continue
            details.append(QCoreApplication.translate("MainWindow", "Rejected:") if status == "rejected"
                           else QCoreApplication.translate("MainWindow", "Superseded (a later export is used):"))
            details.extend(f"  {f.path}: {f.reason}" for f in rows)
        for other in sorted({f.status for f in left_out} - {"rejected", "superseded"}):
            details.append(f"{other}:")
            details.extend(f"  {f.path}: {f.reason}" for f in left_out if f.status == other)
        self.last_aggregation = (message, "\n".join(details))
        self.offer_result(str(out), message, "\n".join(details))
