"""An import replaces the answers as a whole: the record's facts follow S0 (
item 6): a workbook with another S0 reference date changes the record and the dashboard."""
from __future__ import annotations

import openpyxl

from capacity_app.exchange.workbook.format import ANSWERS_COLUMNS, column_letter
from capacity_app.gui import import_preview
from capacity_app.services.exchange import export_workbook


def test_an_imported_s0_reference_date_reaches_the_record_and_the_dashboard(opened, qtbot, monkeypatch, tmp_path):
    win = opened
    aid = win.session.assessment_id
    win.session.set_answer("s0_reference_date", "2025-12-31")
    win.flush_view()
    qtbot.waitUntil(lambda: win.store.assessment(aid).reference_date == "2025-12-31", timeout=5000)
    book = export_workbook(win.store, aid, tmp_path / "ken.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Answers"]
    kcol = ANSWERS_COLUMNS.index("Answer key") + 1
    row = next(c.row for (c,) in ws.iter_rows(min_row=2, min_col=kcol, max_col=kcol)
               if c.value == "s0_reference_date")
    ws[f"{column_letter(ANSWERS_COLUMNS.index('Code') + 1)}{row}"] = "2026-06-30"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)

    seen = []

    def accept(dlg):
        seen.append(dlg)
        return 1

    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", accept)
    win.import_workbook(str(edited))
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    # the import runs after a backup, off the GUI thread: on a loaded machine it took over 20 s
    # once; a refusal ends the wait at once and says why
    def refused() -> bool:
        return win.flows.error_box is not None and win.flows.error_box.isVisible()

    qtbot.waitUntil(lambda: refused() or win.store.assessment(aid).reference_date == "2026-06-30", timeout=60000)
    assert not refused(), win.flows.error_box.text()
    qtbot.waitUntil(lambda: win.session is not None and win.session.answer("s0_reference_date").value == "2026-06-30",
                    timeout=10000)
    win.view.show_tab(2)
    qtbot.waitUntil(lambda: "30 June 2026" in win.view.dashboard.meta.text(), timeout=10000)  # written out
