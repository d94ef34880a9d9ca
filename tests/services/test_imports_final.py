"""A final assessment is read-only, and a workbook is no way around it: an import into it
is refused with one clear message and changes nothing (not even a pre-import backup) unless the
person explicitly reopens it — "Reopen and import" in the window, --reopen on the command line —
which sets it in progress the one way (services.assessments.set_status, its history row) in the
import's transaction."""
from pathlib import Path

import openpyxl
import pytest

from capacity_app.services import assessments as svc
from capacity_app.services.base import AssessmentFinal
from capacity_app.services.exchange import apply_import, export_workbook, read_workbook


def _final_with_an_edited_workbook(store, q, tmp_path, status_in_book=None):
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    svc.record_answer(store, q, a.id, "s2_need_a", 2)
    book = export_workbook(store, a.id, tmp_path / "ken.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Answers"]
    col = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["Answer key"]).value == "s2_need_a":
            ws.cell(r, col["Code"]).value = 0  # an officer's later edit, in LibreOffice
    if status_in_book:
        meta = wb["Metadata"]
        for r in range(1, meta.max_row + 1):
            if meta.cell(r, 1).value == "status":
                meta.cell(r, 2).value = status_in_book
    wb.save(book)
    svc.set_status(store, a.id, "final")
    return a, read_workbook(book, q)


def test_an_import_into_a_final_assessment_is_refused_and_changes_nothing(store, questionnaire, tmp_path):
    a, plan = _final_with_an_edited_workbook(store, questionnaire, tmp_path)
    backups, history = store.backups(), store.history(a.id)
    with pytest.raises(AssessmentFinal) as exc:
        apply_import(store, plan, questionnaire)
    assert str(exc.value) == (f"assessment {a.id} (KEN 2026) is final (read-only until reopened): nothing "
                              "imported; reopen it (status in progress) to import into it")
    assert store.answers(a.id)["s2_need_a"].value == 2
    assert store.assessment(a.id).status == "final"
    assert store.backups() == backups and store.history(a.id) == history


def test_reopened_explicitly_the_import_applies_and_leaves_it_in_progress(store, questionnaire, tmp_path):
    a, plan = _final_with_an_edited_workbook(store, questionnaire, tmp_path, status_in_book="final")
    result = apply_import(store, plan, questionnaire, reopen=True)
    assert result.assessment.status == "in_progress"  # a file's "final" does not finalise it again
    assert store.answers(a.id)["s2_need_a"].value == 0
    moves = [(h["old"], h["new"]) for h in reversed(store.history(a.id)) if h["field"] == "signoff"]
    # the reopening, in the history, with its reason (services.signoff)
    assert [(o["status"], n["status"], n["kind"], n["reason"]) for o, n in moves] == [
        ("final", "in_progress", "reopened", f"reopened to import {Path(plan.path).name}")], moves


def test_finalised_while_the_preview_was_open_is_refused_in_the_transaction(store, questionnaire, tmp_path,
                                                                            monkeypatch):
    """The check is made again inside the import's transaction (another window may finalise it)."""
    from capacity_app.services import imports

    a, plan = _final_with_an_edited_workbook(store, questionnaire, tmp_path)
    svc.set_status(store, a.id, "in_progress", reason="a late answer")
    real_backup = store.backup

    def finalised_meanwhile(reason):
        path = real_backup(reason)
        svc.set_status(store, a.id, "final")
        return path

    monkeypatch.setattr(store, "backup", finalised_meanwhile)
    with pytest.raises(AssessmentFinal):
        imports.apply_import(store, plan, questionnaire)
    assert store.answers(a.id)["s2_need_a"].value == 2 and store.assessment(a.id).status == "final"


def test_cli_refuses_without_reopen_and_says_so_in_a_dry_run(cli_run, questionnaire, tmp_path):
    store = svc.open_store(cli_run.db)
    a, plan = _final_with_an_edited_workbook(store, questionnaire, tmp_path)
    store.close()
    book = str(tmp_path / "ken.xlsx")
    dry = cli_run("import", book, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "is final (read-only until reopened): the import would be refused (add --reopen" in dry.output
    r = cli_run("import", book, "--yes")
    assert r.exit_code == 2, r.output
    assert r.output.strip().splitlines()[-1] == (
        f"capacity-app: assessment {a.id} (KEN 2026) is final (read-only until reopened): nothing imported "
        "(add --reopen to reopen it and import)")
    store = svc.open_store(cli_run.db)
    assert store.answers(a.id)["s2_need_a"].value == 2
    store.close()
    r = cli_run("import", book, "--yes", "--reopen")
    assert r.exit_code == 0, r.output
    store = svc.open_store(cli_run.db)
    assert store.answers(a.id)["s2_need_a"].value == 0 and store.assessment(a.id).status == "in_progress"
    store.close()
