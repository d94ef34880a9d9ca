"""Import protects newer work: an answer changed in the database after the workbook was exported
is marked, kept by default, replaced only when asked (service and CLI)."""
import pytest

from capacity_app.services import assessments as svc
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
from capacity_app.services.imports import newer_here, question_wording


@pytest.fixture
def exported(store, questionnaire, tmp_path):
    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    svc.record_answer(store, q, a.id, "s2_need_a", 2)
    svc.record_answer(store, q, a.id, "s2_need_b", 1)
    book = export_workbook(store, a.id, tmp_path / "a.xlsx")
    return a, book


def test_a_stale_workbook_keeps_the_newer_answer(store, questionnaire, exported):
    q = questionnaire
    a, book = exported
    svc.record_answer(store, q, a.id, "s2_need_a", 3)  # after the export
    svc.set_comment(store, q, a.id, "s2_need_b", "checked with the ministry")
    plan = read_workbook(book, q)
    diffs = diff_import(store, plan, q)
    assert {(d.key, d.what) for d in diffs} == {("s2_need_a", "value"), ("s2_need_b", "comment")}
    assert all(d.newer_here and d.changed_at for d in diffs)
    comment = next(d for d in diffs if d.what == "comment")
    assert comment.cell.startswith("Answers!K")  # the comment's own cell, not the value's
    assert [d.key for d in newer_here(diffs)] == ["s2_need_a", "s2_need_b"]
    assert "changed here since this workbook was exported" in diffs[0].describe(q)
    apply_import(store, plan, q)  # by default: ours kept
    assert store.answer(a.id, "s2_need_a").value == 3
    assert store.answer(a.id, "s2_need_b").comment == "checked with the ministry"
    apply_import(store, plan, q, overwrite={"s2_need_a"})  # one answer chosen
    assert store.answer(a.id, "s2_need_a").value == 2
    assert store.answer(a.id, "s2_need_b").comment == "checked with the ministry"


def test_overwrite_all_and_a_newer_export_is_not_stale(store, questionnaire, exported, tmp_path):
    q = questionnaire
    a, book = exported
    svc.record_answer(store, q, a.id, "s2_need_a", 3)
    # the workbook holds the version this change replaced (the team merge: its sender did not
    # change it since): taking the workbook as a whole keeps it, naming the answer takes it back
    apply_import(store, read_workbook(book, q), q, overwrite=True)
    assert store.answer(a.id, "s2_need_a").value == 3
    apply_import(store, read_workbook(book, q), q, overwrite={"s2_need_a"})
    assert store.answer(a.id, "s2_need_a").value == 2
    later = export_workbook(store, a.id, tmp_path / "later.xlsx")  # exported after every change
    assert diff_import(store, read_workbook(later, q), q) == []
    # after importing the stale workbook, a re-import of that same export is not "newer here"
    diffs = diff_import(store, read_workbook(book, q), q)
    assert not any(d.newer_here for d in diffs)


def test_question_wording_names_items_grids_and_matrix(questionnaire):
    q = questionnaire
    item = q.item("s2_need_a")
    assert question_wording(q, "s2_need_a") == item.label["en"]
    assert question_wording(q, "s2_need_a", "fr") == item.label["fr"]
    matrix = question_wording(q, "s3_matrix.A.CEN.exists")
    assert matrix.startswith("A. ") and "CEN" in matrix


def test_cli_refuses_to_revert_newer_answers(cli_run, questionnaire, tmp_path):
    q = questionnaire
    assert cli_run("new", "--country", "KEN", "--round", "2026").exit_code == 0
    assert cli_run("set", "1", "s2_need_a", "2").exit_code == 0
    book = tmp_path / "k.xlsx"
    assert cli_run("export", "1", "--xlsx", book).exit_code == 0
    assert cli_run("set", "1", "s2_need_a", "3").exit_code == 0
    wording = q.item("s2_need_a").label["en"]

    r = cli_run("import", book, "--dry-run")
    assert r.exit_code == 0, r.output
    assert f'"{wording}" (s2_need_a) value: 3 -> 2' in r.output
    assert "changed here since this workbook was exported" in r.output
    assert "nothing written" in r.output

    # the workbook holds the version this change replaced (its sender did not change it since, the
    # team merge): --yes keeps it and says so; a workbook without the Changes sheet is refused
    r = cli_run("import", book, "--yes")
    assert r.exit_code == 0 and "kept the answers changed here since the workbook's version: 1" in r.output
    r = cli_run("answers", "1", "--json")
    assert '"value": 3' in r.output  # not reverted
    import openpyxl

    old = tmp_path / "old.xlsx"
    wb = openpyxl.load_workbook(book)
    del wb["Changes"]
    wb.save(old)
    r = cli_run("import", old, "--yes")
    assert r.exit_code == 2
    refusal = [ln for ln in r.output.splitlines() if ln.startswith("capacity-app:")]
    assert len(refusal) == 1 and wording in refusal[0] and "--overwrite-newer" in refusal[0]
    r = cli_run("answers", "1", "--json")
    assert '"value": 3' in r.output  # nothing imported

    r = cli_run("import", book, "--yes", "--overwrite-newer")
    assert r.exit_code == 0 and "updated assessment 1" in r.output
    assert '"value": 2' in cli_run("answers", "1", "--json").output


def test_an_edit_in_the_workbook_alone_is_not_newer_here(store, questionnaire, exported, tmp_path):
    """Answers written in the same second as the export: the Row check written at the export
    tells the workbook's own edit (offered) from a change here (kept)."""
    import openpyxl

    from capacity_app.exchange.workbook.format import ANSWERS_COLUMNS, column_letter

    q = questionnaire
    a, book = exported
    wb = openpyxl.load_workbook(book)
    ws = wb["Answers"]
    kcol = ANSWERS_COLUMNS.index("Answer key") + 1
    row = next(c.row for (c,) in ws.iter_rows(min_row=2, min_col=kcol, max_col=kcol) if c.value == "s2_need_b")
    ws[f"{column_letter(ANSWERS_COLUMNS.index('Code') + 1)}{row}"] = 3
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    plan = read_workbook(edited, q)
    assert plan.row_checks["s2_need_b"]
    diffs = diff_import(store, plan, q)
    assert [(d.key, d.newer_here, d.edited_outside) for d in diffs] == [("s2_need_b", False, True)]
    apply_import(store, plan, q)
    assert store.answer(a.id, "s2_need_b").value == 3
