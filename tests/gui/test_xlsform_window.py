"""The forms for ODK and Kobo and their submissions in the window: File > Forms for ODK and
Kobo… writes the whole questionnaire's XLSForm and one per institution asked something into a
folder on the task runner; Import workbook… recognises an ODK Central or KoboToolbox export and
stores its values as proposals (no answer changes); an old form is refused in one line."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))

from submissions_export import kobo_xlsx, odk_zip, submission_for

from capacity_app.services.institutions.proposals import list_proposals
from capacity_app.services.institutions.xlsform import build


def _idle(win, qtbot):
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=120_000)


def test_forms_written_from_the_window(opened, qtbot, tmp_path):
    win = opened
    assert win.actions_by_name["xlsforms"].isEnabled()
    win.flows.export_xlsforms(str(tmp_path / "forms"))
    _idle(win, qtbot)
    names = sorted(p.name for p in (tmp_path / "forms").iterdir())
    assert "KEN_2026_xlsform_all.xlsx" in names and "KEN_2026_xlsform_interior.xlsx" in names
    assert "Forms for ODK and Kobo written" in win.statusBar().currentMessage()


def test_an_odk_export_imported_as_proposals_and_an_old_one_refused(opened, qtbot, tmp_path):
    win = opened
    aid = win.session.assessment_id
    q = win.questionnaire
    form = build(win.store, aid, institution="interior")
    sub = submission_for(q, form, random.Random(7), respondent="Beatrice Otieno", position="Registrar")
    data, files = odk_zip(form, [sub])
    (tmp_path / "interior.zip").write_bytes(data)
    before = win.store.answers(aid)
    win.import_workbook(str(tmp_path / "interior.zip"))
    _idle(win, qtbot)
    assert "no answer changed" in win.statusBar().currentMessage(), win.statusBar().currentMessage()
    stored = list_proposals(win.store, aid)
    assert len(stored) > 200 and {(p.institution, p.respondent) for p in stored} == {
        ("interior", "Beatrice Otieno, Registrar")}
    assert win.store.answers(aid) == before
    # a KoboToolbox export of a form made from another version of the questionnaire: one line
    path = kobo_xlsx(form, [sub], tmp_path / "old.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    col = header.index("cap_version") + 1
    ws.cell(row=2, column=col).value = "1.0.0"
    from capacity_app.exchange.institutions.xlsform import identity_check  # really made so

    ident = [ws.cell(row=2, column=header.index(n) + 1).value for n in (
        "cap_questionnaire", "cap_version", "cap_hash", "cap_assessment", "cap_institution", "cap_form_version")]
    ws.cell(row=2, column=header.index("cap_check") + 1).value = identity_check(*ident)
    wb.save(path)
    win.import_workbook(str(path))
    _idle(win, qtbot)
    message = win.statusBar().currentMessage()
    assert "an old form" in message and "\n" not in message, message
    assert len(list_proposals(win.store, aid)) == len(stored)
