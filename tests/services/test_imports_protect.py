"""Import leftovers of the action plan is protected like the answers (an action changed
here after the export is kept unless asked, the CLI refuses without --overwrite-newer), and the
record's mission facts follow the imported S0 answers."""
from dataclasses import replace

from capacity_app.services.plan import actions as plans
from capacity_app.services import assessments as svc
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
from capacity_app.services.imports import newer_here


def _with_action(store, q, tmp_path):
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    svc.record_answer(store, q, a.id, "s2_need_a", 2)
    saved = plans.add_action(store, q, a.id, title="Train the census office", priority=2)
    book = export_workbook(store, a.id, tmp_path / "a.xlsx")
    return a, saved.action, book


def test_an_action_changed_here_after_the_export_is_kept(store, questionnaire, tmp_path):
    q = questionnaire
    a, action, book = _with_action(store, q, tmp_path)
    plans.update_action(store, q, a.id, replace(action, title="Train the census and survey offices"))
    plan = read_workbook(book, q)
    diffs = diff_import(store, plan, q)
    key = f"action:{action.id}"
    mine = [d for d in diffs if d.key == key]
    assert mine and all(d.newer_here and d.changed_at for d in mine)
    assert key in [d.key for d in newer_here(diffs)]
    assert "changed here since this workbook was exported" in mine[0].describe(q)

    apply_import(store, plan, q)  # by default the newer action here stays
    assert store.action(a.id, action.id).title == "Train the census and survey offices"
    apply_import(store, plan, q, overwrite={key})  # chosen: the workbook's
    assert store.action(a.id, action.id).title == "Train the census office"


def test_an_action_removed_here_after_the_export_stays_removed(store, questionnaire, tmp_path):
    q = questionnaire
    a, action, book = _with_action(store, q, tmp_path)
    plans.remove_action(store, a.id, action.id)
    plan = read_workbook(book, q)
    assert [(d.key, d.newer_here) for d in diff_import(store, plan, q) if d.key.startswith("action")] == [
        (f"action:{action.id}", True)]
    apply_import(store, plan, q)
    assert store.action_plan(a.id) == []
    apply_import(store, plan, q, overwrite=True)
    assert [x.id for x in store.action_plan(a.id)] == [action.id]


def test_cli_refuses_to_revert_a_newer_action(cli_run, questionnaire, tmp_path):
    q = questionnaire
    store = svc.open_store(cli_run.db)
    a, action, book = _with_action(store, q, tmp_path)
    plans.update_action(store, q, a.id, replace(action, milestone="Curriculum agreed"))
    store.close()
    r = cli_run("import", book, "--yes")
    assert r.exit_code == 2, r.output
    assert "--overwrite-newer" in r.output
    store = svc.open_store(cli_run.db)
    assert store.action(a.id, action.id).milestone == "Curriculum agreed"  # nothing imported
    store.close()
    r = cli_run("import", book, "--yes", "--overwrite-newer")
    assert r.exit_code == 0, r.output
    store = svc.open_store(cli_run.db)
    assert store.action(a.id, action.id).milestone == ""
    store.close()


def test_the_record_follows_an_imported_s0_reference_date(store, questionnaire, tmp_path):
    import openpyxl

    from capacity_app.exchange.workbook.format import ANSWERS_COLUMNS, column_letter

    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026, reference_date="2025-12-31")
    assert store.assessment(a.id).reference_date == "2025-12-31"
    book = export_workbook(store, a.id, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Answers"]
    kcol = ANSWERS_COLUMNS.index("Answer key") + 1
    row = next(c.row for (c,) in ws.iter_rows(min_row=2, min_col=kcol, max_col=kcol)
               if c.value == "s0_reference_date")
    ws[f"{column_letter(ANSWERS_COLUMNS.index('Code') + 1)}{row}"] = "2026-06-30"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    result = apply_import(store, read_workbook(edited, q), q)
    assert store.answer(a.id, "s0_reference_date").value == "2026-06-30"
    assert store.assessment(a.id).reference_date == "2026-06-30"  # the record follows S0
    assert result.assessment.reference_date == "2026-06-30"
